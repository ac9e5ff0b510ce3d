"""Round O of framing.entities: aviation, space, migration, elections abroad.

The held-out table (tests/data/entities_heldout_o.yaml) was written before
the changes, with sentences not taken from the round-O events. The misses
that remain are strict xfails with their reason. The weaknesses were found on
the four round-O events, whose rows are checked at the end (tuned on).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import event_rows, merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_o.yaml"
EVENTS = ROOT / "tests" / "data" / "events"
P, O, L = "person", "organisation", "place"

# Misses that no general rule here covers, with the reason.
HARD: dict[str, str] = {
    "Flight QK 771 from Calgary": "a city that is also a first name ('Regina') after 'diverted to', which is no place cue",
}
MERGE_HARD: dict[str, str] = {
    "Flight QK 771 from Calgary": "a city that is also a first name ('Regina') after 'diverted to', which is no place cue",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_o(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE, MERGE_HARD))
def test_merges_across_outlets_heldout_o(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected


# Tuned on the four round-O events (not held out): the rows their outlets compare.
def _rows(event: str) -> dict[tuple[str, str], tuple[str, ...]]:
    return {key: r.spellings for key, r in event_rows(EVENTS / event).items()}


def test_poll_result_event_names() -> None:
    rows = _rows("vindhya-pradesh-poll-result-2026")
    # "Shri Devendra Singh Thakur" in one outlet is the "Devendra Singh Thakur" of the others
    assert set(rows[("Devendra Singh Thakur", P)]) == {"Devendra Singh Thakur", "Thakur"}
    assert set(rows[("Balkrishna Das", P)]) == {"Balkrishna Das"}
    assert ("Gyan Singh Lodhi", P) in rows and ("Raj Bhavan", L) in rows
    canon = {c for c, _k in rows}
    assert not {"Shri Devendra Singh Thakur", "Mahant Balkrishna", "Scheduled Tribes", "Adivasi", "Dalit",
                "Nari Shakti", "Bharat Mata", "Union", "Chief Electoral", "MahantjiForCM"} & canon


def test_boat_rescue_event_names() -> None:
    rows = _rows("lampedusa-style-boat-rescue-2026")
    assert set(rows[("SeaBridge Humanitarian", O)]) == {"SeaBridge Humanitarian", "SeaBridge"}
    assert set(rows[("Katrin Vogel", P)]) == {"Katrin Vogel", "Vogel"}
    assert ("Santa Rena", L) in rows and ("Porto Empedocle", L) in rows
    assert ("Guardia di Finanza", O) in rows and ("SOS Mare Aperto", O) in rows and ("Britain Forward", O) in rows
    canon = {c for c, _k in rows}
    assert not {"NGO SeaBridge Humanitarian", "German Katrin Vogel", "Interior Undersecretary Nicola Sarti",
                "CP", "NGO"} & canon


def test_runway_overrun_event_names() -> None:
    rows = _rows("cordell-runway-overrun-2026")
    assert set(rows[("Northway Air", O)]) == {"Northway Air", "Northway"}
    assert ("FlightAware", O) in rows and ("Pacific Northwest", L) in rows
    canon = {c for c, _k in rows}
    assert not {"Northway Air ATR", "Thank God", "Native American", "Thanksgiving", "RNAV", "ILS", "EMAS",
                "NW", "Privacy Notice", "Privacy Policy"} & canon


def test_rocket_debris_event_names() -> None:
    rows = _rows("isla-verde-rocket-debris-2026")
    assert ("Helion Orbital", O) in rows and ("Helion", L) not in rows
    canon = {c for c, _k in rows}
    assert not {"MECO", "EC", "Second Wind", "Space Forums", "SUBSCRIBE Invalid"} & canon
