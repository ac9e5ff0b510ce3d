"""Tuned-on checks of round V's events for framing.entities (written with the fix).

Each test names one class the held-out table V measures, seen in an event's
own text; the misses that remain are strict xfails with their reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.entities_tables import event_kinds

EVENTS = Path(__file__).resolve().parent / "data" / "events"


def test_irish_police_is_one_organisation() -> None:
    kinds = event_kinds(EVENTS / "ballycarra-hotel-protest-2026")
    assert kinds.get("An Garda Síochána") == {"organisation"}
    assert "Síochána" not in kinds


def test_tabloid_capitals_name_nothing() -> None:
    kinds = event_kinds(EVENTS / "a14-climate-blockade-2026")
    assert not {"GLUE", "TRAPPED", "HOUR"} & set(kinds)


def test_intensity_grade_is_no_body() -> None:
    kinds = event_kinds(EVENTS / "huaral-earthquake-2026")
    assert not {"VIII", "VII", "VI"} & set(kinds)


def test_spanish_title_is_no_part_of_the_name() -> None:
    kinds = event_kinds(EVENTS / "huaral-earthquake-2026")
    assert kinds.get("Teodoro Ccahuana Yupanqui") == {"person"}
    assert "Sr. Teodoro Ccahuana Yupanqui" not in kinds


def test_south_asian_court_titles_and_currencies() -> None:
    kinds = event_kinds(EVENTS / "chandigarh-fixing-scandal-2026")
    assert kinds.get("Sana Iftikhar") == {"person"}
    assert not {"Barrister Sana Iftikhar", "Indian Rs10m", "Indian Rs2"} & set(kinds)


@pytest.mark.xfail(strict=True, reason="a magistrate's title spelt out with its initials in brackets "
                                       "('Judicial Magistrate First Class (JMIC) Amanpreet Kaur') reads as a body")
def test_magistrate_after_bracketed_initials_is_a_person() -> None:
    assert event_kinds(EVENTS / "chandigarh-fixing-scandal-2026").get("Amanpreet Kaur") == {"person"}


def test_fact_check_verdict_names_nothing() -> None:
    assert "FALSE" not in event_kinds(EVENTS / "ballycarra-hotel-protest-2026")


def test_court_list_lines_name_defendants_in_full() -> None:
    kinds = event_kinds(EVENTS / "a14-climate-blockade-2026")
    assert kinds.get("Harriet Cole") == {"person"}


def test_named_group_is_an_organisation() -> None:
    kinds = event_kinds(EVENTS / "a14-climate-blockade-2026")
    assert kinds.get("Last Harvest") == {"organisation"}


def test_sports_teams_are_organisations() -> None:
    kinds = event_kinds(EVENTS / "chandigarh-fixing-scandal-2026")
    assert kinds.get("Tricity Tuskers") == {"organisation"}
    assert kinds.get("Lucknow Nawabs") == {"organisation"}
    assert "Tuskers for Rs" not in kinds
