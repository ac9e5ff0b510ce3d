"""Tuned-on checks of round Z's events for framing.entities (written with the fix).

Each test names one class of construction, seen in an event's own text; the
rows still wrong are strict xfails with their reason. They count in no
held-out figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.entities_tables import event_kinds, event_rows

EVENTS = Path(__file__).resolve().parent / "data" / "events"
FERRY = EVENTS / "ferry-capsize-samaro-2026"
PENSION = EVENTS / "pension-age-strike-2026"
COINVALE = EVENTS / "coinvale-exchange-collapse-2026"
COUP = EVENTS / "sahel-coup-2026"


def test_a_firm_its_global_name_and_its_arm_in_one_country() -> None:
    kinds = event_kinds(COINVALE)
    rows = event_rows(COINVALE)
    # "Coinvale Global" (financial paper), "Coinvale" (trade site, local TV): one firm, every outlet.
    firm = rows[("Coinvale Global", "organisation")]
    assert firm.status == "shared"
    assert "Coinvale" in firm.spellings
    assert "Coinvale" not in kinds  # never a place nor a row of its own
    # "a separate U.S. affiliate, Coinvale US": the arm is its own row; the bare name is not its.
    assert rows[("Coinvale US", "organisation")].spellings == ("Coinvale US",)


def test_employers_and_firms_named_with_a_relative_clause() -> None:
    kinds = event_kinds(COINVALE)
    assert kinds.get("Chainward") == {"organisation"}  # "head of investigations at Chainward"
    assert kinds.get("Tallis Trading") == {"organisation"}  # "a trading firm Mr. Varga-Roth co-founded"
    rows = event_rows(COINVALE)
    sec = rows[("Securities and Exchange Commission", "organisation")]
    assert {"SEC", "U.S. Securities and Exchange Commission"} <= set(sec.spellings)
    assert not {"U.S. Securities", "Exchange Commission", "On Your Side"} & set(kinds)


def test_a_team_named_at_its_game_is_no_person() -> None:
    kinds = event_kinds(COINVALE)
    rows = event_rows(COINVALE)
    assert kinds.get("Redfield Roughnecks") == {"organisation"}
    assert "Redfield" not in rows[("Redfield Roughnecks", "organisation")].spellings
    assert kinds.get("Redfield") == {"place"}


def test_ranks_cut_from_names() -> None:
    kinds = event_kinds(FERRY)
    assert kinds.get("Ramon Tayag") == {"person"}  # "Commodore Ramon Tayag"
    assert kinds.get("Kristine Abaya") == {"person"}  # "Seaman First Class Kristine Abaya"
    assert not {"Commodore Ramon Tayag", "Seaman First Class Kristine Abaya", "First Class Kristine Abaya"} & set(kinds)
    coup = event_kinds(COUP)
    assert coup.get("Moussa Tamboura") == {"person"}  # "Col", "Colonel", "Colonel-Major"
    assert event_rows(COUP)[("Moussa Tamboura", "person")].status == "shared"
    assert "Colonel-Major Moussa Tamboura" not in coup


def test_a_province_is_not_its_disaster_office() -> None:
    rows = event_rows(FERRY)
    assert rows[("Samaro", "place")].status == "shared"
    office = rows[("Samaro Provincial Disaster Risk Reduction and Management Office", "organisation")]
    assert "Samaro" not in office.spellings
    assert event_kinds(FERRY).get("Malacara Palace") == {"place"}


def test_a_country_beside_its_bodies_and_its_rating() -> None:
    kinds = event_kinds(PENSION)
    rows = event_rows(PENSION)
    # "rates Belcastre AA- with a negative outlook", "Belcastre ran a budget deficit",
    # "Belcastre Debout" and "SUD-Fer Belcastre": the country, in every outlet.
    assert rows[("Belcastre", "place")].status == "shared"
    assert "Belcastre AA" not in kinds
    assert rows[("Belcastre Debout", "organisation")].spellings == ("Belcastre Debout",)
    assert kinds.get("Place des Tanneurs") == {"place"}


def test_capital_head_of_state_market_and_region() -> None:
    kinds = event_kinds(COUP)
    assert kinds.get("Koundiba") == {"place"}  # "a teacher at the French lycée in Koundiba, who had left"
    assert kinds.get("Benuara") == {"place"}  # "Benuara's President Emmanuel Ekwueme-Dada"
    assert kinds.get("Grand Marché") == {"place"}
    assert kinds.get("Sahel") == {"place"}  # "in the Sahel", not the Sahel Conflict Monitor
    assert kinds.get("West Africa Policy Lab") == {"organisation"}
    assert "West African" not in kinds  # "the West African state of Zangaré": an adjective


def test_a_presidents_party_is_the_party() -> None:
    kinds = event_kinds(COUP)
    rows = event_rows(COUP)
    # "secretary-general of Tessougué's Union for Renewal and Solidarity (URS)"
    party = rows[("Union for Renewal and Solidarity", "organisation")]
    assert {"rmi-english", "the-africa-dispatch"} <= set(party.articles)
    assert kinds.get("Amadou Tessougué") == {"person"}
    assert not {"Solidarity", "Tessougué's Union for Renewal"} & set(kinds)


@pytest.mark.xfail(reason="'Calbigan' (the coast guard station's town) is not linked to 'Calbigan City': "
                          "'X' and 'X City' are often two places (Mexico, Kuwait, Quezon)", strict=True)
def test_a_city_and_its_short_name() -> None:
    assert "Calbigan" not in event_kinds(FERRY)


@pytest.mark.xfail(reason="'Tessie' is no listed pet form of 'Teresita' (lexicons/first_names.yaml, "
                          "the quotes engineer's)", strict=True)
def test_a_governor_by_her_nickname() -> None:
    assert "Tessie Macaraeg" not in event_kinds(FERRY)


@pytest.mark.xfail(reason="'Coast Guard, Navy and Air Force personnel': a list closed by a body's "
                          "head ('Force') is kept whole", strict=True)
def test_navy_and_air_force_are_two_bodies() -> None:
    assert "Navy and Air Force" not in event_kinds(FERRY)


@pytest.mark.xfail(reason="'German Bunds', 'the CFA' after a sum, a section label 'NATION' over the "
                          "page and a president's initials ('PES orders'): a bond, a currency, a "
                          "label and a person read as names", strict=True)
def test_things_that_are_no_names() -> None:
    assert "German Bunds" not in event_kinds(PENSION)
    assert not {"CFA", "NATION"} & set(event_kinds(COUP))
    assert "PES" not in event_kinds(FERRY)


@pytest.mark.xfail(reason="'who gave his name only as Rafael': a first name given alone after "
                          "'name only as' is not read", strict=True)
def test_a_first_name_given_alone() -> None:
    assert event_kinds(COINVALE).get("Rafael") == {"person"}
