"""Round M of framing.entities: Commonwealth English news.

The held-out table (tests/data/entities_heldout_m.yaml, 42 sentences and 2
merges in the house styles of Indian, Pakistani, Sri Lankan, Nigerian, Kenyan,
Philippine, Irish, Malaysian and Australian outlets) was written before the
changes, with sentences not taken from the event: 9/42 and 0/2 exact then.
The misses that remain are strict xfails with their reason. The weaknesses were
found on tests/data/events/rampur-bus-crash-2026, whose rows are checked at
the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import event_rows, merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_m.yaml"
EVENTS = ROOT / "tests" / "data" / "events"
P, O, L = "person", "organisation", "place"

# Misses that no general rule here covers, with the reason.
HARD: dict[str, str] = {
    "Police Media Spokesman": "an unknown body before a title is kept ('Police Media'); no word says it is half a title",
    "Kiambu MCA": "a single unknown word before a title is no name unless the gazetteer knows it",
    "Cebu City Mayor": "the office word before a title goes with the title, by the round-L rule ('Lakeview City Manager')",
    "Nairobi County Commissioner": "the office word before a title goes with the title, by the round-L rule",
    "Lagos State Governor": "the office word before a title goes with the title, by the round-L rule",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_m(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE))
def test_merges_across_outlets_heldout_m(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected


# Written after the round-M rules (not held out): their edges, and what they must leave alone.
@pytest.mark.parametrize(
    "text, expected",
    [
        # an office's seat set off by commas is a place; a name in full there is the holder
        ("An inquiry by the Additional District Magistrate (ADM), Kurnool, was ordered.",
         [["Kurnool", "Kurnool", L]]),
        ("The Collector, Meera Anand, visited the site.", [["Meera Anand", "Meera Anand", P]]),
        # a kicker that opens with no known name is read as usual
        ("Joe Biden: The year ahead looks hard, aides said.", [["Joe Biden", "Joe Biden", P]]),
        # "State Police" and "Police" are bodies, not offices held by a person
        ("Michigan State Police said the road was closed.", [["Michigan State Police", "Michigan State Police", O]]),
        # a language word inside a place's name stays
        ("Floods hit Tamil Nadu and Punjab on Monday.", [["Tamil Nadu", "Tamil Nadu", L], ["Punjab", "Punjab", L]]),
        # Irish counties written before their name; a priest's "Fr" is a title (the Brennan event)
        ("Gardaí in Co Kildare and County Offaly are investigating.",
         [["Co Kildare", "Co Kildare", L], ["County Offaly", "County Offaly", L]]),
        ("Fr Brendan Dolan led the vigil.", [["Brendan Dolan", "Brendan Dolan", P]]),
        # a bracketed abbreviation of a body between two names is no title's wing
        ("The Public Works Department (PWD) said the road would reopen.",
         [["Public Works Department", "Public Works Department", O], ["PWD", "Public Works Department", O]]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_false_friends_m(text: str, expected: list[list[str]]) -> None:
    assert names(text) == expected


def test_rampur_event_names() -> None:
    rows = {key: r.spellings for key, r in event_rows(EVENTS / "rampur-bus-crash-2026").items()}
    canon = {c for c, _k in rows}
    assert ("Devbhoomi Pradesh", L) in rows and ("Tarkot", L) in rows and ("Rampur Ghat", L) in rows
    assert ("Arvind Semwal", P) in rows and ("Sundar Lal Kothiyal", P) in rows and ("Rajeev Uniyal", P) in rows
    assert set(rows[("Devendra Singh Kandari", P)]) == {"Devendra Kandari", "Devendra Singh Kandari", "Kandari"}
    assert not {"Operations", "SDRF Commandant Arvind Semwal", "Local MLA Sundar Lal Kothiyal", "CM Kandari",
                "Superintendent of Police", "Additional District Magistrate", "DM", "Assembly Sunita Bhandari",
                "Rampur Ghat in Tarkot", "Hindi", "Devbhoomi Pradesh Bus Accident", "Read Time",
                "Track Latest News Live", "India News", "Devnagar Bureau"} & canon
    assert ("Tarkot", P) not in rows
