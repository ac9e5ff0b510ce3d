"""Round K of framing.entities: headlines, armed groups and unknown names in conflict news,
organisation names with connectors, words glued to a name at a sentence's start, modifiers.

The held-out table (tests/data/entities_heldout_k.yaml, 52 sentences) was
written before the changes from sentences of other stories: 23/52 exact then,
52/52 after.
The weaknesses were found on tests/data/events/tarsova-border-shelling-2026
and tests/data/events/linwood-measles-outbreak-2026, whose rows are checked
at the end. Cases no general rule here covers are marked xfail with the
reason, so that a fix shows up as an unexpected pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.entities import EntityRow
from tests.entities_tables import event_rows, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_k.yaml"
EVENTS = ROOT / "tests" / "data" / "events"

# Misses that no general rule here covers, with the reason.
HARD: dict[str, str] = {}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_k(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


def _rows(slug: str) -> dict[tuple[str, str], EntityRow]:
    return event_rows(EVENTS / slug)


def test_tarsova_event_names() -> None:
    rows = _rows("tarsova-border-shelling-2026")
    canon = {c for c, _k in rows}
    assert ("Civilians in Conflict Watch", "organisation") in rows
    assert ("Northbridge Relief", "organisation") in rows
    assert ("Karsk", "place") in rows
    assert not {"Civilians", "Conflict Watch", "Three Hospital", "People", "Staff", "Motor Rifle Brigade"} & canon


def test_linwood_event_names() -> None:
    rows = _rows("linwood-measles-outbreak-2026")
    canon = {c for c, _k in rows}
    assert not any(c.startswith("Ohio Parents") for c in canon)
    assert ("Grace Covenant Academy", "organisation") in rows
    assert ("Thomas Wexler", "person") in rows
    assert ("Kevin Marsh", "person") in rows
    assert ("Renata Okafor", "person") in rows and ("Okafor", "place") not in rows
    assert ("Grace Covenant", "person") not in rows
    assert not {"Tuesday's Linwood County Board of Commissioners", "People", "Kevin Marsh of Millbrook"} & canon


# Written after the changes: wording the new rules must not misread (a surname is the
# person, not the listed group or a place; a known place keeps its reading).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rep. Ann Wagner said the bill would pass. Wagner said she had the votes.",
         [["Ann Wagner", "Ann Wagner", "person"], ["Wagner", "Ann Wagner", "person"]]),
        ("President Vladimir Putin spoke on Tuesday. Critics said Putin's army was exhausted.",
         [["Vladimir Putin", "Vladimir Putin", "person"], ["Putin", "Vladimir Putin", "person"]]),
        ("President Trump spoke. The Trump-backed candidate won in Ohio.",
         [["Trump", "Trump", "person"], ["Trump", "Trump", "person"], ["Ohio", "Ohio", "place"]]),
        ("Mary Barra of General Motors said the plant would close.",
         [["Mary Barra", "Mary Barra", "person"], ["General Motors", "General Motors", "organisation"]]),
        ("Bank of England Governor Andrew Bailey spoke on Thursday.",
         [["Bank of England", "Bank of England", "organisation"], ["Andrew Bailey", "Andrew Bailey", "person"]]),
        ("Port Harlan Police Department said the road was closed.",
         [["Port Harlan Police Department", "Port Harlan Police Department", "organisation"]]),
        ("Voters in the Labour-run borough were angry.", [["Labour", "Labour Party", "organisation"]]),
        # A nationality adjective is no place, and a country is not its adjective misspelt.
        ("The Velorian army said it had shelled the Dolmar enclave. Officials in Veloria denied it.",
         [["Dolmar", "Dolmar", "place"], ["Veloria", "Veloria", "place"]]),
        ("Kenya's government said Kenyan troops would stay.", [["Kenya", "Kenya", "place"]]),
        ("Moms for Liberty said its members would attend.", [["Moms for Liberty", "Moms for Liberty", "organisation"]]),
        ("Get our Morning Health newsletter every weekday.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_false_friends_k(text: str, expected: list[list[str]]) -> None:
    assert names(text) == expected
