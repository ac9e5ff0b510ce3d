"""Round T of framing.entities: forms of address and ranks before a full name (Filipino
"Aling", "Mang", "Lola", "Kuya"; "Atty.", "Usec.", "Engr."; role nouns such as "Evacuee"),
formal address that names no one ("Honourable Members", "His Excellency the President"),
"an Ohio Republican", compass regions, streets named after people, Filipino "ng" inside a
body's name, a place's own court written with a possessive, and the final apostrophe of
Luo names ("Achieng'").

The held-out table (tests/data/entities_heldout_t.yaml) was written before
the changes, with sentences not taken from the events (before: 12/27 cases,
1/3 merges). The misses that remain are strict xfails with their reason; the
tuned-on checks of the round-T events follow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import event_kinds, event_rows, merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_t.yaml"
EVENTS = ROOT / "tests" / "data" / "events"

HARD: dict[str, str] = {
}
MERGE_HARD: dict[str, str] = {
    "Ohio's Supreme Court": "the rows fold, but the place's possessive stays its own mention, so the spelling is 'Supreme Court'",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_t(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE, MERGE_HARD))
def test_merges_across_outlets_heldout_t(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected


# Tuned-on: the round-T events themselves (names and kinds the answer keys ask for).
def test_typhoon_event_kinds() -> None:
    kinds = event_kinds(EVENTS / "typhoon-amihan-visayas-2026")
    for name in ("Nenita Cabarles", "Rolando Sabenorio", "Rosalinda Pajaron", "Francisca Ebarle"):
        assert kinds.get(name) == {"person"}, name
    for name in ("Eastern Samar", "Western Visayas", "Northern Samar"):
        assert kinds.get(name) == {"place"}, name
    assert kinds.get("Kilusang Maralita ng Silangang Visayas") == {"organisation"}
    for name in ("Aling Nenita Cabarles", "Aling Nenita", "Mang Rolando Sabenorio", "Evacuee Rosalinda Pajaron",
                 "Silangang Visayas", "Kilusang Maralita", "Brig", "Social Welfare Sec"):
        assert name not in kinds, name


def test_kenya_protests_event_kinds() -> None:
    kinds = event_kinds(EVENTS / "nairobi-finance-bill-protests-2026")
    assert kinds.get("Faith Achieng'") == {"person"}
    assert kinds.get("Tom Mboya Street") == {"place"}
    assert kinds.get("Parliament Buildings") == {"place"}
    for name in ("Faith Achieng", "Members", "Head of State", "Excellency the President", "Gen Z", "VAT",
                 "Third Reading"):
        assert name not in kinds, name


def test_abortion_ruling_event_rows() -> None:
    rows = event_rows(EVENTS / "westmark-abortion-ruling-2026")
    court = rows[("Westmark Supreme Court", "organisation")]
    assert len(court.articles) == 3
    assert ("Westmark's Supreme Court", "organisation") not in rows
    assert ("Samuel Brandt", "person") in rows and ("Justices Samuel Brandt", "person") not in rows


def test_aquatics_event_kinds() -> None:
    kinds = event_kinds(EVENTS / "world-aquatics-eligibility-vote-2026")
    for name in ("Ohio Republican", "Olympic", "LGBTQ", "European Open Championships"):
        assert name not in kinds, name
    assert kinds.get("Dale Whitcomb") == {"person"}
    assert kinds.get("Trans Sport Alliance") == {"organisation"}
