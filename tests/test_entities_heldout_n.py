"""Round N of framing.entities: courts and business, technology, sport, local government, disasters.

The held-out table (tests/data/entities_heldout_n.yaml) was written before
the changes, with sentences not taken from the round-N events. The misses
that remain are strict xfails with their reason. The weaknesses were found on
the four round-N events, whose rows are checked at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_n.yaml"
EVENTS = ROOT / "tests" / "data" / "events"
P, O, L = "person", "organisation", "place"

# Misses that no general rule here covers, with the reason.
HARD: dict[str, str] = {
    "The attackers used RDP": "a lone unknown word after 'according to' ('Mandiant') may be a person or a firm; no cue says which",
    "Board OKs $40M Rovers": "in a Title Case headline a lone club word ('Rovers') has no evidence around it",
    "Voters backed the $2.5B Eastbank": "a lone unknown word with no cue ('Eastbank levy') is left out",
}
MERGE_HARD: dict[str, str] = {
    "The attackers used RDP": "a lone unknown word after 'according to' ('Mandiant') may be a person or a firm; no cue says which",
    "Board OKs $40M Rovers": "in a Title Case headline a lone club word ('Rovers') has no evidence around it",
    "Voters backed the $2.5B Eastbank": "a lone unknown word with no cue ('Eastbank levy') is left out",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_n(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE, MERGE_HARD))
def test_merges_across_outlets_heldout_n(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected
