"""Quotes body probe AL: the common ways world English-language news names and quotes a body (organisation), one row per form.

The table (``data/quotes_bodies_al.yaml``) is a systematic probe, not one real
set's errors: for each kind of body (ministry, agency, local government,
police/fire/army, court, state company, intergovernmental body, party, union,
charity/NGO, campaign group, church, company, employers' body, university,
hospital, research institute/think tank, news outlet) the common ways news copy
names it and quotes it ("a spokesperson for X said", "X said in a statement",
"according to X", "X's director, Y", a lower-case kind, an acronym after the
full name, "the company/ministry/union said" pointing back), with real
well-known bodies where the point is knowledge of the name, invented ones
elsewhere, and controls that must keep their role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_bodies_al.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before round AL changed any rule 63/155 rows were
# right (official 31/57, advocate 14/42, business 5/39, affected 3/3, expert
# 7/10, media 2/2, unknown controls 1/2). After the main intergovernmental
# bodies, international NGOs, campaign groups, churches, think tanks, the largest
# brand-named companies and employers' federations as lexicon entries, "Church"
# and "Without Borders" advocate words, local-government kinds in lower case
# ("city council", "provincial government") official, up to two lower-case
# modifiers in "a spokesperson for the <kind>", "the utility" pointing back at a
# body with a utility's word, a lower-case kind only in lower case, and a body
# after "former"/before "'s former" giving no role: 143/155 (official 55/57,
# advocate 37/42, business 35/39, affected 3/3, expert 9/10, media 2/2, unknown
# controls 2/2).
KNOWN_MISSES: dict[str, str] = {
    "fire-service-lower":
        "'a spokesperson for the fire service said' (a two-word kind after the spokesperson's 'for the') reads no speaker",
    "ngo-country-director":
        "'Oxfam's country director': a possessive bare brand before a head title is not read as the body",
    "camp-reporters-without-borders":
        "'Reporters Without Borders said': a plural people noun opening the subject ('Reporters') reads as a group, role unknown",
    "camp-committee-to-protect-journalists":
        "the speaker: 'the Committee to Protect Journalists' is cut at 'to' ('Committee')",
    "camp-article-19":
        "the speaker: a name ending in a number ('Article 19') is read as no name",
    "church-supreme-council-islamic":
        "'Supreme Council of ...' is headed by 'Council' (official); a religious council of that form is not told apart",
    "co-vale":
        "'Vale' is a surname too (the seed 'Rhiannon Vale' on later reference), so the brand is not listed",
    "co-emirates":
        "'Emirates' is also the country (the Emirates), so the airline is listed only as 'Emirates airline'",
    "co-possessive-ceo":
        "'Shell's chief executive': a possessive bare brand before a head title is not read as the body",
    "hosp-district-lower":
        "'hospital' is a kind of any role (public or private), so an unnamed hospital gives no role",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_bodies_al_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
