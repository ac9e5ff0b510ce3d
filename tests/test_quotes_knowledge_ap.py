"""Quotes knowledge probe AP: unions, state-owned companies and professions' honorifics, one row per form.

The table (``data/quotes_knowledge_ap.yaml``) is a systematic probe of families of
forms, not one real set's errors: the world's trade unions and union federations by
name and acronym (a), state-owned companies and national carriers by name (b),
honorifics of professions before a name (c), a person titled in one sentence and
named by surname in another (d); with controls (x). Each row checks the exact
speaker, role and cue lemma of every expected quote, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_cue_case, table_cases

TABLE = DATA / "quotes_knowledge_ap.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Measured before round AP changed any rule:
# 44/102 (a 10/42, b 15/35, c 9/14, d 4/4, x 6/7).
# After round AP's knowledge (unions and union centres, state-owned companies and
# national carriers, professions' styles and 'Ratu' before a name, 'chairman general'
# a representative title): 95/102 (a 37/42, b 35/35, c 13/14, d 4/4, x 6/7).
KNOWN_MISSES: dict[str, str] = {
    "a-nlc-president":
        "NLC is also Kenya's National Land Commission: the ambiguous acronym is left out (the full 'Nigeria Labour Congress' reads)",
    "a-unite":
        "'Unite' alone is also a company's brand (Unite Students): listed only as 'Unite the Union' and 'Unite Here'",
    "a-knut":
        "names match in any case and 'Knut' is a given name ('Knut X' lost its given name in a test event): KNUT is left out",
    "a-cgt":
        "CGT is also capital gains tax: the ambiguous acronym is left out",
    "a-verdi":
        "'Verdi' is also a surname: only the union's own spelling 'ver.di' is listed",
    "c-arch-dot":
        "the sentence splitter (framing/prepare.py, outside this round's area) ends the sentence at 'Arch.'",
    "x-pilots-union-captain":
        "heading a body named by a lower-case union kind ('who heads the pilots union') gives no role yet: a rule, not knowledge",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_knowledge_ap_speaker_role_and_cue(row: dict[str, Any]) -> None:
    check_cue_case(row, all_quotes=False)
