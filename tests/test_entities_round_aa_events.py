"""Tuned-on checks of round AA's events for framing.entities (written with the fix).

Each test names one class of construction, seen in an event's own text; the
rows still wrong are strict xfails with their reason. They count in no
held-out figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.entities_tables import event_kinds, event_rows

EVENTS = Path(__file__).resolve().parent / "data" / "events"
HOSPITAL = EVENTS / "hospital-ransomware-ashgrove-2026"
DAM = EVENTS / "dam-burst-velgaon-2026"
DEBATE = EVENTS / "election-debate-norland-2026"


def test_leader_of_opposition_is_an_office() -> None:
    kinds = event_kinds(DAM)
    rows = event_rows(DAM)
    # "Leader of Opposition Sunanda Kale" (wire, daily), "opposition leader Sunanda Kale" (broadcaster).
    assert rows[("Sunanda Kale", "person")].status == "shared"
    assert not {"Opposition Sunanda Kale", "Opposition"} & set(kinds)


def test_initials_and_the_full_name_are_one_person() -> None:
    rows = event_rows(DAM)
    # "retired chief engineer S R Nimbalkar" (wire) and "former chief engineer Sudhakar Nimbalkar" (daily).
    person = rows[("Sudhakar Nimbalkar", "person")]
    assert set(person.articles) == {"press-syndicate-of-india", "the-national-times"}
    assert "S R Nimbalkar" in person.spellings
    assert "S R Nimbalkar" not in event_kinds(DAM)


def test_a_unit_after_its_figure_and_two_forces_in_a_list() -> None:
    kinds = event_kinds(DAM)
    assert "TMC" not in kinds  # "a storage capacity of 2.06 TMC": thousand million cubic feet
    assert "SDRF and Army" not in kinds  # "along with SDRF and Army personnel"
    assert kinds.get("SDRF") == {"organisation"}
    assert event_rows(DAM)[("SDRF", "organisation")].status == "some"


def test_a_person_of_her_village() -> None:
    kinds = event_kinds(DAM)
    assert kinds.get("Shantabai Kamble") == {"person"}  # "For 60-year-old Shantabai Kamble of Khadki"
    assert kinds.get("Khadki") == {"place"}


def test_pollsters_papers_channels_and_a_chamber() -> None:
    kinds = event_kinds(DEBATE)
    rows = event_rows(DEBATE)
    # "A Pollwise survey for Norvision", "An Opinio poll for the daily Dagsposten", "Dagsposten, a
    # paper that has endorsed", "the online panel Civica", "the commercial channel TV Nord",
    # "the 175-seat Landsting".
    assert rows[("Dagsposten", "organisation")].status == "shared"
    for name in ("Pollwise", "Opinio"):
        assert set(rows[(name, "organisation")].articles) == {"polarity", "the-meridian"}
    for name in ("Civica", "TV Nord", "Landsting"):
        assert kinds.get(name) == {"organisation"}


def test_an_owner_cut_from_each_party_of_a_list() -> None:
    kinds = event_kinds(DEBATE)
    rows = event_rows(DEBATE)
    # "With Brandt's Civic Union and Holt's Progressive Alliance within two points": two parties.
    assert rows[("Civic Union", "organisation")].status == "shared"
    assert kinds.get("Progressive Alliance") == {"organisation"}
    assert not {"Brandt's Civic Union", "Holt's Progressive Alliance"} & set(kinds)


def test_a_statistics_office_and_its_country() -> None:
    kinds = event_kinds(DEBATE)
    rows = event_rows(DEBATE)
    office = rows[("Statistics Norland", "organisation")]
    assert office.status == "shared"
    assert "Norland" not in office.spellings
    assert kinds.get("Norland") == {"place"}  # "Norland's centre-left prime minister"


def test_money_is_no_name() -> None:
    assert "NKr" not in event_kinds(DEBATE)  # "NKr 4.2 billion a year"
    assert "Bitcoin" not in event_kinds(HOSPITAL)  # "unless they are paid in Bitcoin"


def test_a_hospital_by_its_short_name() -> None:
    rows = event_rows(HOSPITAL)
    # "one nurse at Ashgrove General told CourierOnline" beside "Ashgrove General Hospital".
    hospital = rows[("Ashgrove General Hospital", "organisation")]
    assert set(hospital.articles) == {"daily-courier", "npb-news"}
    assert "Ashgrove General" in hospital.spellings
    assert "Ashgrove General" not in event_kinds(HOSPITAL)
    assert event_kinds(DEBATE).get("Haldvik General Hospital") == {"organisation"}  # "a nurse at Haldvik General"


def test_tabloid_capitals_consultancies_and_gangs() -> None:
    kinds = event_kinds(HOSPITAL)
    assert "AGO" not in kinds  # "who were warned TWO YEARS AGO that"
    assert kinds.get("Brisco Cyber") == {"organisation"}  # "who now runs consultancy Brisco Cyber"
    assert kinds.get("Korsa") == {"organisation"}  # "Korsa, a Russian-speaking operation that went dark"


@pytest.mark.xfail(reason="'Velgaon, Khadki and Sonari are among the worst-affected villages': a list "
                          "opening its sentence before 'villages' gives no place cue to its names", strict=True)
def test_villages_listed_before_their_noun() -> None:
    assert "press-syndicate-of-india" in event_rows(DAM)[("Velgaon", "place")].articles


def test_a_vendor_and_its_product() -> None:
    kinds = event_kinds(HOSPITAL)
    assert "Corvane SecureGate" not in kinds
    assert kinds.get("Corvane") == {"organisation"}


@pytest.mark.xfail(reason="'the Alliance's apparatchiks': a party's head word alone after 'the' is not "
                          "linked to the full name only another outlet gives ('Progressive Alliance')",
                   strict=True)
def test_a_party_by_its_head_word() -> None:
    assert "plain-speaking" in event_rows(DEBATE)[("Progressive Alliance", "organisation")].articles


@pytest.mark.xfail(reason="'Marit is 34, a nurse at Haldvik General': a first name given alone (the "
                          "surname withheld) is not read as a person", strict=True)
def test_a_first_name_alone_with_an_age() -> None:
    assert event_kinds(DEBATE).get("Marit") == {"person"}


def test_initials_join_the_full_name_in_an_older_event() -> None:
    # The same rule on round V's fixing scandal: "the team's manager R.K. Sharma (52)" (one
    # daily) is "team liaison manager Rakesh Kumar Sharma" (the others).
    rows = event_rows(EVENTS / "chandigarh-fixing-scandal-2026")
    person = rows[("Rakesh Kumar Sharma", "person")]
    assert len(person.articles) == 3
    assert "R.K. Sharma" in person.spellings
