"""Round AL (parties and places) of framing.entities: invented sentences that name real
political parties and coalitions in the shapes news copy uses ("<party> leader X", "the
ruling <party>", "<party> MP X", "(<ACRONYM>)", "won by <party>"), and places and buildings
by the head words of world Englishes ("Taman Sri Muda", "Military Hospital Roundabout",
"Jubilee House"), with controls (an ambiguous short party name used as an ordinary word;
an acronym that is another body's: "PTI reported" of the Press Trust of India).

The table (tests/data/entities_parties.yaml) was measured on the code before the round
first (24/51); the misses that remain are strict xfails with their reasons.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.entities_tables import names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_parties.yaml"

KNOWN_MISSES: dict[str, str] = {
    'Fianna Fáil leader Micheál Martin ': "a miss on the code before round AL",
    'Pakatan Harapan and Barisan Nasion': "a miss on the code before round AL",
    'Likud and Yesh Atid clashed over t': "a miss on the code before round AL",
    'Fine Gael lost two seats in Dublin': "a miss on the code before round AL",
    'Plaid Cymru won the seat for the f': "a miss on the code before round AL",
    'ZANU-PF supporters rallied in Hara': "a miss on the code before round AL",
    'Morena won a two-thirds majority i': "a miss on the code before round AL",
    'Jubilee and ODM signed a cooperati': "a miss on the code before round AL",
    'The PTI and PML-N held rallies in ': "a miss on the code before round AL",
    'BJP leader Amit Shah addressed the': "a miss on the code before round AL",
    'Congress leader Rahul Gandhi said ': "a miss on the code before round AL",
    'The ruling ANC lost its majority f': "a miss on the code before round AL",
    'The DA said the minister must resi': "a miss on the code before round AL",
    'The ruling New Patriotic Party los': "a miss on the code before round AL",
    'SNP MP Stephen Flynn questioned th': "a miss on the code before round AL",
    'AfD lawmaker Beatrix von Storch wa': "a miss on the code before round AL",
    'Liberal Democratic Party lawmaker ': "a miss on the code before round AL",
    'The Partido Popular (PP) won the m': "a miss on the code before round AL",
    'The seat was won by Fidesz for the': "a miss on the code before round AL",
    'The Pakistan Tehreek-e-Insaf (PTI)': "a miss on the code before round AL",
    'Lawmakers from the Kenya Kwanza co': "a miss on the code before round AL",
    'Sinn Féin vice-president Michelle ': "a miss on the code before round AL",
    'Residents of Taman Sri Muda fled t': "a miss on the code before round AL",
    'The crash happened at the Military': "a miss on the code before round AL",
    'Traffic backed up at the Police St': "a miss on the code before round AL",
    'Police fired tear gas near the Tet': "a miss on the code before round AL",
    'The fire spread through Kibera Set': "a miss on the code before round AL",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, KNOWN_MISSES))
def test_extract_entities_parties(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected
