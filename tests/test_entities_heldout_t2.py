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
    "EXCLUSIVE: Why Coleen Hartley": "a tabloid headline with a verb in capitals ('QUIT') is read as a title-case headline: names only if known",
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


# Tuned-on (written with the fix, from the classes the round-T events show): a nickname in
# quotes inside one outlet's full name joins another outlet's "<nickname> <surname>", and a
# curly and a straight apostrophe are one letter when a surname alone is folded.
@pytest.mark.parametrize("articles, expected", [
    ([("Visayan Daily", "Governor Benjamin “Benjie” Lagdameo spoke."),
      ("Manila Ledger", "Gov. Benjie Lagdameo said the hospital was full. Lagdameo added more.")],
     [["Benjamin Lagdameo", "person", ["Benjamin “Benjie” Lagdameo", "Benjie Lagdameo", "Lagdameo"]]]),
    ([("Cebu Times", 'Councillor Ricardo "Cardo" Dalisay said the road was closed.'),
      ("Manila Ledger", "Cardo Dalisay, a councillor, said the road was closed.")],
     [["Ricardo Dalisay", "person", ['Ricardo "Cardo" Dalisay', "Cardo Dalisay"]]]),
    ([("Africa Desk", "KCHRE chair Mercy Wairimu Ndung’u said the police lied."),
      ("Nairobi Evening", "Rights group chief Ndung'u said the police lied, a claim the government denied.")],
     [["Mercy Wairimu Ndung’u", "person", ["Mercy Wairimu Ndung’u", "Ndung'u"]], ["KCHRE", "organisation", ["KCHRE"]]]),
    # look-alike: two people of one surname; the nickname of one names no other
    ([("Cebu Times", 'Ricardo "Cardo" Dalisay said the road was closed.'),
      ("Manila Ledger", "Teresa Dalisay said the road was closed.")],
     [["Ricardo Dalisay", "person", ['Ricardo "Cardo" Dalisay']], ["Teresa Dalisay", "person", ["Teresa Dalisay"]]]),
])
def test_nicknames_and_apostrophes_across_outlets(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected


def test_typhoon_governor_one_row() -> None:
    rows = event_rows(EVENTS / "typhoon-amihan-visayas-2026")
    assert len(rows[("Benjamin Lagdameo", "person")].articles) == 3
    assert ("Benjie Lagdameo", "person") not in rows
