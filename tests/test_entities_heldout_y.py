"""Round Y of framing.entities: firms named by their trade, a firm's short
name, titles before names, an ideology before a country, indices and
exchanges, abbreviations of things, 'Today' openers, the Greens, mosques and
a people's Country, collectives and facilities.

The held-out table (tests/data/entities_heldout_y.yaml) was written before
the changes, with sentences not taken from the events, and measured on the
old code first. The misses that remain are strict xfails with their reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.entities_tables import names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_y.yaml"

HARD: dict[str, str] = {
    "Yesterday Kilmarnock fell": "a lone word the gazetteer lacks, opening the sentence once the day is "
                                 "cut, has no cue to its kind ('Kilmarnock fell silent' alone is left out too)",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_y(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected
