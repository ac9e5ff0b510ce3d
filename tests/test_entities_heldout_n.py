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

from tests.entities_tables import event_rows, merge_cases, merged, names, table_cases

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


# Tuned on the four round-N events (not held out): the rows their outlets compare.
def _rows(event: str) -> dict[tuple[str, str], tuple[str, ...]]:
    return {key: r.spellings for key, r in event_rows(EVENTS / event).items()}


def test_veltrix_event_names() -> None:
    rows = _rows("veltrix-fraud-verdict-2026")
    # particles' case ("De La Vega"/"de la Vega") does not split a person across outlets
    assert set(rows[("Rosalind de la Vega", P)]) == {"Rosalind de la Vega", "Rosalind De La Vega"}
    assert ("Harriet Van der Linde", P) in rows and ("Siobhán Ní Bhriain", P) in rows
    assert ("Bartholomew Nguyễn", P) in rows
    assert ("Halberd Restructuring", O) in rows
    canon = {c for c, _k in rows}
    assert not {"APY", "BTC", "ETH", "USDC", "ICU", "Q1", "New Yorkers", "Wren"} & canon


def test_saint_laurent_event_names() -> None:
    rows = _rows("saint-laurent-health-breach-2026")
    assert ("Ontario Health", O) in rows and ("Northfold Intelligence", O) in rows
    canon = {c for c, _k in rows}
    assert not {"TB", "BTC", "VPN", "HR", "RDP", "PDG", "Social Sharing", "Tuesday the RSSL", "Montreal ERs",
                "Montrealers", "Quebec Health"} & canon


def test_kurrawong_event_names() -> None:
    rows = _rows("kurrawong-bushfire-2026")
    # "RFS" alone in one outlet is the "NSW Rural Fire Service (RFS)" of the others
    assert set(rows[("NSW Rural Fire Service", O)]) == {"RFS", "NSW Rural Fire Service", "Rural Fire Service"}
    # a nickname in quotes inside a name; Aboriginal honorifics and "Cr" are titles
    assert set(rows[("Brendan Hollis", P)]) == {"Brendan Hollis", 'Brendan "Hoss" Hollis', "Brendan"}
    assert set(rows[("Dennis Cartwright", P)]) == {"Dennis Cartwright", "Dennis"}
    assert set(rows[("Kevin Brandt", P)]) == {"Kevin Brandt", "Brandt"}
    assert ("Jacinta Weir", P) in rows
    assert ("Lowther Gap", L) in rows and ("Lowther Gap", P) not in rows
    assert ("Tamboura Showground", L) in rows and ("Tamboura Showground", O) not in rows
    canon = {c for c, _k in rows}
    assert not {"Related Stories", "Black Summer", "Cr Brandt", "Uncle Dennis"} & canon


def test_riverside_event_names() -> None:
    rows = _rows("riverside-stadium-vote-2026")
    assert set(rows[("Major League Baseball", O)]) == {"MLB", "Major League Baseball"}
    assert ("Greater Halverton Chamber of Commerce", O) in rows
    assert set(rows[("Mauricio Moreno", P)]) == {'Mauricio "Big Mo" Moreno', "Moreno", "Big Mo"}
    canon = {c for c, _k in rows}
    assert not {"OKs", "B Hawks", "Lashkar-e-Taiba", "Homes Not Home Runs", "Big Mo"} & canon
