"""Quotes syntax probe AM: how news copy attaches a speaker and a title to a quote, one row per form.

The table (``data/quotes_syntax_am.yaml``) is a systematic probe of families of
forms, not one real set's errors: lower-case agency titles with a level and a
rank before a name (a), honorifics of many countries alone and between a
title and a name (b), cues such as "was quoted as saying" (c), US and British
spellings of titles and bodies (d), a person a wire cites (e), district
offices of South Asia, Africa and francophone states (f) and a title given
by "according to the <title> of <body>" (g), a state assembly's member (h),
a name of four words or more named later by its first two (n);
with controls. Each row checks
the exact speaker, role and cue lemma of every quote, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_cue_case, table_cases

TABLE = DATA / "quotes_syntax_am.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before round AM changed any rule 104/151 rows
# were right (a 21/36, b 38/52, c 10/18, d 15/17, e 5/8, f 15/19, g 0/1). After
# round AM's rules (ranks skipped between a body's noun and a representative
# title; a level of government and a public service before it; up to five
# lower-case title words before a name after the cue; two-word honorifics after
# a title; "quoted as saying"; a wire citing a person) and lexicon entries
# (public services, honorifics, US "councilor", clergy styles, "civil surgeon",
# "DC", "coordinator"): 149/151 (a 36/36, b 51/52, c 18/18, d 17/17, e 8/8,
# f 19/19, g 0/1). Five rows h (a state assembly's member: "Bentong assemblyman
# X", "Assemblywoman X"), added after the first measure, all failed on the code
# before and pass with "assemblyman"/"assemblywoman"/"assemblymember" as
# official titles: 154/156 in all. Row e-reuters-reported-quoting-minister's cue was corrected
# from "say" to "report" (the text's verb is "reported"; the row was wrong).
# Seven rows n (a name of four words or more named later by its first two,
# with controls), added after that: 3/7 on the code before their rule, 7/7
# after it (the first two words of a longer name are its given name).
KNOWN_MISSES: dict[str, str] = {
    "b-speaker-rt-hon":
        "'Speaker' alone before a name is no title in the lexicon (a conference's speaker too), so 'Speaker Rt Hon X' keeps role unknown",
    "g-according-to-title-then-name":
        "a title given by 'according to the <title> of <body>' before the name is first used is not carried to the name in the next sentence (no safe rule: the title may be someone else's)",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_syntax_am_speaker_role_and_cue(row: dict[str, Any]) -> None:
    check_cue_case(row)
