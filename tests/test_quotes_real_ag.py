"""Quotes real-article table AG: the error classes found hand-labelling the quotes of 16 more real articles, in sentences of our own.

The table (``data/quotes_real_ag.yaml``) rebuilds each class a colleague
found labelling every quote of 16 real articles (ordinary people described
by what happened to them or by an ordinary noun, emergency services, a
nationality glued to a name, a ruling body after "In a ... ruling", a
party's officers, a national space agency, "on her behalf", a cue-less
paragraph after "he said") in invented sentences on other topics, with
controls. Each row lists the quotes of one text in order, as a prefix of
the quote, the speaker and (where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_real_ag.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before round AG changed any rule 8/30 rows
# were right as first written (the controls); after ordinary-person nouns,
# relative clauses of what happened to the person, 'local' as a noun, emergency
# services, a party's agents and bare 'official', and space agencies: 22/30.
# Two rows added (a nationality then 'champion <Surname>', 'In its ruling' with a
# court): after a nationality dropped from a full name, an opening prepositional
# phrase skipped before a participle cue's subject and 'a statement issued on her
# behalf': 24/32. Three rows added for a quote run on over paragraphs (two
# failing on the code before, one control): after an unclosed quote, one
# first-person paragraph without marks and the quote paragraph after it going on
# with the speaker, and ', signed for then posted.' read as no attribution: 27/35.
# Three rows added (two failing on the code before, one control): after 'a lawyer
# representing <Person>' (affected) and '<Name> lives next to ...' opening a
# sentence: 30/38. After a lower-case title before a known person's bare surname
# ('world road champion Aas') describing that person: 31/38. The acronym row's
# expected speaker corrected from 'VSRO' to the long form the article defines (an
# acronym folds to its definition, as everywhere else); one row added ('the tweet
# said' after '<Body> tweeted that'), failing before: after that rule 33/39.
# Five rows added after the round from a further real set's two basic failures (a
# nationality before 'President', 'the CEO of <unknown firm>' read as a body named
# 'CEO of X'), two failing before and three controls: 38/44. Round AJ: after
# "Tribunal" became an official body's word (the tribunal is a court), the two
# tribunal rows read right: 40/44.
KNOWN_MISSES: dict[str, str] = {
    "g1-noun-before-name": "'passenger' before a name and 'Eyewitness' give no role",
    "g1-holidaymakers-plural-appositive": "a plural appositive after two given names gives no role",
    "g3-nationality-glued-to-name": "the name is right now; nothing but the nationality describes him, so no role (the sports-story default needs the story's topic)",
    "g3-nationality-subject-then-said": "a nationality before the name is read as part of it",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_real_ag_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
