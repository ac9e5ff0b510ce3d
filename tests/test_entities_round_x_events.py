"""Tuned-on checks of round X's events for framing.entities (written with the fix).

Each test names one class the held-out table X measures, seen in an event's
own text.
"""

from __future__ import annotations

from pathlib import Path

from tests.entities_tables import event_kinds, event_rows

EVENTS = Path(__file__).resolve().parent / "data" / "events"


def test_person_of_firm_is_a_person_and_a_firm() -> None:
    rows = event_rows(EVENTS / "singer-assault-verdict-2026")
    kinds = event_kinds(EVENTS / "singer-assault-verdict-2026")
    assert not {"Gloria Estrada-Finn of Estrada-Finn Rubin LLP", "Martin Kessler of Kessler Brandt LLP"} & set(kinds)
    assert kinds.get("Estrada-Finn Rubin") == {"organisation"}
    assert kinds.get("Kessler Brandt") == {"organisation"}
    # The lawyers named with their firms are the people the AP names alone: one row each.
    assert "Kessler" in rows[("Martin Kessler", "person")].spellings
    assert "Kessler" not in kinds


def test_song_titles_and_promoter_short_name() -> None:
    kinds = event_kinds(EVENTS / "singer-assault-verdict-2026")
    assert not {"Slow Burn", "Velvet Rope", "Low Light"} & set(kinds)
    assert kinds.get("Crestline Live") == {"organisation"}
    assert "Crestline" not in kinds


def test_party_adjective_opener_and_index() -> None:
    kinds = event_kinds(EVENTS / "university-pay-strike-2026")
    assert kinds.get("Conservative Party") == {"organisation"}
    assert not {"Conservative", "Instead", "RPI"} & set(kinds)


def test_demonyms_strip_front_wadi_and_slash_dateline() -> None:
    kinds = event_kinds(EVENTS / "qaresh-ceasefire-exchange-2026")
    assert not {"Qareshi", "Qareshis", "Velmoran", "QARESH", "MARDEN", "PM"} & set(kinds)
    assert kinds.get("Qaresh Strip") == {"place"}
    assert kinds.get("Qaresh Front") == {"organisation"}
    assert kinds.get("Wadi Sefa") == {"place"}
    assert kinds.get("Marden") == {"place"}


def test_canada_provinces_french_article_and_collectives() -> None:
    kinds = event_kinds(EVENTS / "canada-drug-price-cap-2026")
    rows = event_rows(EVENTS / "canada-drug-price-cap-2026")
    assert not {"Le Québec", "Big Pharma", "Canadians", "WATCH", "American R", "N.S."} & set(kinds)
    assert kinds.get("Cape Breton") == {"place"}
    assert kinds.get("Nova Scotia") == {"place"}
    assert "Québec" in rows[("Quebec", "place")].spellings


def test_platform_feature_bare_university_and_province_body() -> None:
    assert "Instagram Stories" not in event_kinds(EVENTS / "singer-assault-verdict-2026")
    assert "University" not in event_kinds(EVENTS / "university-pay-strike-2026")
    kinds = event_kinds(EVENTS / "canada-drug-price-cap-2026")
    assert "Nova Scotia's Department of Health and Wellness" not in kinds
    assert kinds.get("Department of Health and Wellness") == {"organisation"}
