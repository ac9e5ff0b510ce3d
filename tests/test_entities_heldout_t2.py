"""Round T, second pass of framing.entities: long names of bodies with a comma or a
conjunction inside, two streets joined by "and", village words before a place
("Barangay", "Brgy.", "Sitio"), nicknames given with "known as" or "whom ... call",
programmes and counted plurals in title case, business districts ("CBD"), question
words after a headline label, a unit of a body after its acronym, and curly and
straight apostrophes in one article.

The held-out table (tests/data/entities_heldout_t2.yaml) was written before
the changes, with sentences not taken from the events. The misses that remain
are strict xfails with their reason; the tuned-on checks of the round-T events
follow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import event_kinds, event_rows, merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_t2.yaml"
EVENTS = ROOT / "tests" / "data" / "events"

HARD: dict[str, str] = {
    "Explainer: What Thames Water": "'Thames Water' with a possessive in a headline and no other evidence reads as a person",
    "EXCLUSIVE: Why Coleen Hartley": "a tabloid headline with a verb in capitals ('QUIT') is read as a title-case headline: names only if known",
    "KCHRE chairwoman Mercy Wambui": "a surname alone opening a sentence with a straight apostrophe ('Ng'ang'a said') is dropped",
}
MERGE_HARD: dict[str, str] = {
    "Explainer: What Thames Water": "'Thames Water' with a possessive in a headline and no other evidence reads as a person",
    "EXCLUSIVE: Why Coleen Hartley": "a tabloid headline with a verb in capitals ('QUIT') is read as a title-case headline: names only if known",
    "KCHRE chairwoman Mercy Wambui": "a surname alone opening a sentence with a straight apostrophe ('Ng'ang'a said') is dropped",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_t2(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE, MERGE_HARD))
def test_merges_across_outlets_heldout_t2(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected


# Tuned-on: the round-T events themselves (names and kinds the answer keys ask for).
def test_typhoon_event_rows_t2() -> None:
    rows = event_rows(EVENTS / "typhoon-amihan-visayas-2026")
    pagasa = rows[("Philippine Atmospheric, Geophysical and Astronomical Services Administration", "organisation")]
    assert len(pagasa.articles) == 3
    assert ("Eastern Visayas Institute for Climate and Ocean Sciences", "organisation") in rows
    assert ("Sabang Dako", "place") in rows and ("Tinago", "place") in rows
    assert "Kuya Jun-jun" in rows[("Junrey Molina", "person")].spellings
    assert ("District Eastern Visayas", "organisation") in rows
    kinds = event_kinds(EVENTS / "typhoon-amihan-visayas-2026")
    for name in ("Philippine Atmospheric", "Geophysical and Astronomical Services Administration", "Ocean Sciences",
                 "What Lakandula", "Lakandula", "Brgy", "Emergency Cash Transfer", "Mobile Command Centers",
                 "Kuya Jun-jun"):
        assert name not in kinds, name


def test_kenya_protests_event_rows_t2() -> None:
    kinds = event_kinds(EVENTS / "nairobi-finance-bill-protests-2026")
    assert kinds.get("Parliament Road") == {"place"} and kinds.get("City Hall Way") == {"place"}
    assert kinds.get("CBD") == {"place"} and kinds.get("Nairobi CBD") == {"place"}
    assert "Parliament Road and City Hall Way" not in kinds
