"""Round AK (media) of framing.entities: invented sentences that cite real news
outlets by name in the shapes news copy uses ("told the X", "according to X",
"X reported", "a report in X", "in an interview with X", "X's correspondent",
"(X)" credits), with controls (a place or a person sharing a word with an
outlet; an ambiguous short masthead used as an ordinary word).

The table (tests/data/entities_media.yaml) was measured on the code before
the round first (22/44); the misses are strict xfails with their reasons.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.entities_tables import names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_media.yaml"

KNOWN_MISSES: dict[str, str] = {
    'The minister said the figures were': "not yet known as an outlet",
    'According to Yonhap, the missile f': "not yet known as an outlet",
    'According to Clarín, the peso fell': "not yet known as an outlet",
    'According to Bernama, the flood di': "not yet known as an outlet",
    'According to Anadolu Agency, the c': "not yet known as an outlet",
    'The JoongAng Daily reported that t': "not yet known as an outlet",
    'Prothom Alo reported 12 deaths in ': "not yet known as an outlet",
    'Xinhua said rescuers had pulled 14': "not yet known as an outlet",
    'Rappler reported that the barangay': "not yet known as an outlet",
    'Citizen TV reported that the bus h': "not yet known as an outlet",
    'Die Zeit and Der Spiegel both repo': "not yet known as an outlet",
    'A report by New Age said 40 people': "not yet known as an outlet",
    'The figures were first published b': "not yet known as an outlet",
    'In an interview with Newstalk, Mr ': "not yet known as an outlet",
    'Speaking on Newstalk Breakfast, Mr': "not yet known as an outlet",
    'In an interview with Channels TV, ': "not yet known as an outlet",
    "Al Jazeera's correspondent in Khar": "not yet known as an outlet",
    'Three people died in the blast, Da': "not yet known as an outlet",
    'The Globe and Mail reported that O': "not yet known as an outlet",
    'Mr Kelly told the Times that it wa': "not yet known as an outlet",
    'According to The Age, the council ': "not yet known as an outlet",
    'The New Age movement drew thousand': "not yet known as an outlet",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, KNOWN_MISSES))
def test_extract_entities_media(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected
