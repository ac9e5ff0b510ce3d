"""Tuned-on checks of round AB's events for framing.entities (written with the fix).

Each test names one class of construction, seen in an event's own text; the
rows still wrong are strict xfails with their reason. They count in no
held-out figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.entities_tables import event_kinds, event_rows

EVENTS = Path(__file__).resolve().parent / "data" / "events"
TOWER = EVENTS / "tower-fire-corrigan-house-2026"
SCHOOL = EVENTS / "school-abduction-kauran-2026"
FUEL = EVENTS / "fuel-subsidy-protests-valdoria-2026"


def test_a_person_of_a_police_force() -> None:
    rows = event_rows(TOWER)
    # "Detective Chief Superintendent Ravi Chandran of Wyvern Police told reporters" (wire) and
    # "Detective Chief Superintendent Ravi Chandran, of Wyvern Police, said" (local site).
    assert set(rows[("Ravi Chandran", "person")].articles) == {"kelsborough-live", "northstar"}
    assert set(rows[("Wyvern Police", "organisation")].articles) == {"kelsborough-live", "northstar"}
    assert not any(" of Wyvern" in name for name in event_kinds(TOWER))


def test_a_tower_and_an_estate_are_places() -> None:
    kinds = event_kinds(TOWER)
    assert kinds.get("Grenfell Tower") == {"place"}  # "since the Grenfell Tower blaze in London"
    # "Corrigan House, on the Larkhill estate," beside "St Brendan's Church on Larkhill Road".
    assert "kelsborough-live" in event_rows(TOWER)[("Larkhill", "place")].articles


def test_units_of_a_force_and_a_rank() -> None:
    kinds = event_kinds(SCHOOL)
    # "the Police Mobile Force, Counter-Terrorism Unit and local vigilantes"; "The Director, Defence
    # Media Operations, Major General Ishaya Maikano"; "Army spokesman Major General Ishaya Maikano".
    assert kinds.get("Counter-Terrorism Unit") == {"organisation"}
    assert kinds.get("Defence Media Operations") == {"organisation"}
    assert "Major" not in kinds
    assert set(event_rows(SCHOOL)[("Ishaya Maikano", "person")].articles) == {"daily-lantern", "monde-24"}


def test_a_state_capital_a_forest_and_a_language_service() -> None:
    kinds = event_kinds(SCHOOL)
    assert kinds.get("Birnin Zuru") == {"place"}  # "from the state capital Birnin Zuru"
    assert kinds.get("Gandun Sarki") == {"place"}  # "in the Gandun Sarki forest"
    assert kinds.get("BWS Hausa") == {"organisation"}  # "she told BWS Hausa"


def test_a_portfolio_before_minister_names_no_body() -> None:
    rows = event_rows(FUEL)
    # "Finance Minister Lucia Benavente", "Interior Minister Raúl Escárate": the title's portfolio.
    assert "Finance" not in rows[("Finance Ministry", "organisation")].spellings
    assert "Interior" not in rows[("Interior Ministry", "organisation")].spellings
    assert event_kinds(FUEL).get("Marisol Quintana") == {"person"}  # "Ombudsman Marisol Quintana"


def test_a_pollster_and_the_country_it_is_named_for() -> None:
    kinds = event_kinds(FUEL)
    assert kinds.get("Pulso Valdoria") == {"organisation"}  # "a February poll by Pulso Valdoria"
    assert "bramwell" in event_rows(FUEL)[("Valdoria", "place")].articles


def test_spanish_places_and_bodies() -> None:
    kinds = event_kinds(FUEL)
    assert kinds.get("Villa Esperanza") == {"place"}  # "the San Aurelio neighborhood of Villa Esperanza"
    assert kinds.get("Hospital del Puerto") == {"organisation"}  # "A nurse at the Hospital del Puerto, who"
    assert kinds.get("Ruta Troncal") == {"place"}  # "a blockade on the Ruta Troncal 5 highway"


@pytest.mark.xfail(reason="'the National Federation of Transport Workers (Fenatra)': a short name in "
                          "brackets that is not the English initials is not taken as the body's alias",
                   strict=True)
def test_a_bracketed_short_name_in_translated_copy() -> None:
    rows = event_rows(FUEL)
    assert len({r.canonical for (name, kind), r in rows.items() if "Fenatra" in r.spellings}) == 1
    assert any(r.status == "shared" for r in rows.values() if "Fenatra" in r.spellings)


@pytest.mark.xfail(reason="'invaded GGSS Kauran': a school's defined initials before its town read as "
                          "one place, and 'Kauran' alone then folds into it", strict=True)
def test_a_school_s_initials_and_its_town() -> None:
    rows = event_rows(SCHOOL)
    assert rows[("Kauran", "place")].status == "shared"
    assert "GGSS Kauran" not in event_kinds(SCHOOL)


def test_a_local_government_area_of_a_state() -> None:
    assert "Birnin Tudu Local Government Area of Zuruma" not in event_kinds(SCHOOL)


@pytest.mark.xfail(reason="'The Governor of Zuruma State, Aminu Lere Dangaladima,': the office opening the "
                          "sentence is read as a body", strict=True)
def test_a_governor_of_a_state() -> None:
    assert "Governor of Zuruma" not in event_kinds(SCHOOL)


@pytest.mark.xfail(reason="'Arden Moor, which reported a surplus' and the handle '@ArdenMoorHomes' are not "
                          "linked to 'Arden Moor Homes' named in the same article", strict=True)
def test_a_landlord_s_short_name_and_handle() -> None:
    kinds = event_kinds(TOWER)
    assert "Arden Moor" not in kinds
    assert "ArdenMoorHomes" not in kinds


@pytest.mark.xfail(reason="'His sister Shannon said': a first name alone after a kin noun is no person",
                   strict=True)
def test_a_relative_by_first_name() -> None:
    assert event_kinds(TOWER).get("Shannon") == {"person"}
