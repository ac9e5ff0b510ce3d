"""Quotes role probe AJ: the common title forms of world English-language news, one row per form, each role.

The table (``data/quotes_roles_aj.yaml``) is a systematic probe, not one real
set's errors: for each role (official, advocate, business, affected, expert,
media, and unknown controls) the common ways news copy in the US, UK,
Ireland, Canada, Australia, New Zealand, India, Pakistan, Nigeria, Ghana,
Kenya, South Africa, the Philippines, Malaysia, Singapore and the Gulf names
a speaker of that role (a title before the name, an appositive after it, "a
spokesman for X", "X's Y", "the Y of X", a possessive, a nationality), with
invented names and bodies; and rows checking that a title given once holds
for the same person's later quotes.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_roles_aj.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before round AJ changed any rule 88/127 rows were
# right (official 37/67, advocate 12/14, business 10/13, affected 12/12,
# expert 9/9, media 4/4, unknown controls 3/3, title carried 1/5). After the
# armed forces, a legislature's speaker, a chief of staff to the head of state or
# government, monarchs, a district's or municipality's chief executive (official),
# a chamber of commerce and an employers' federation in lower case (business) as
# lexicon entries, "Tribunal" an official organisation word, "the MP/TD/MLA for
# <seat>" an elected office, a country's president in lower case (by nationality,
# country, "the country's", "of <country>") a head of state, a sector word before
# "union" no company, and "former" before a representative of an official body:
# 124/127 (official 66/67, advocate 13/14, business 12/13, affected 12/12, expert
# 9/9, media 4/4, unknown controls 3/3, title carried 5/5).
KNOWN_MISSES: dict[str, str] = {
    "o-emir-appositive":
        "the speaker: a name with a particle after a title appositive ('the emir, Sheikh Hamad bin Khalid') is not read as the name, the title stays the speaker",
    "a-ngo-director":
        "'executive director of the NGO X': a capitalised kind noun ('NGO') after the head title is not read as the body's kind, the business head title wins",
    "b-chamber-of-commerce-spokesman":
        "the speaker: 'a spokesman for the X Chamber of Commerce and Industry' (a body named with 'of' and 'and') reads no speaker",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_roles_aj_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
