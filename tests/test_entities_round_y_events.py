"""Tuned-on checks of round Y's events for framing.entities (written with the fix).

Each test names one class the held-out table Y measures, seen in an event's
own text.
"""

from __future__ import annotations

from pathlib import Path

from tests.entities_tables import event_kinds, event_rows

EVENTS = Path(__file__).resolve().parent / "data" / "events"
TARIFFS = EVENTS / "steel-tariff-escalation-2026"
BAN = EVENTS / "teen-social-media-ban-2026"
STABBING = EVENTS / "thornbury-stabbing-unrest-2026"
MINE = EVENTS / "yarrabin-mine-approval-2026"


def test_trade_named_firms_are_organisations_only() -> None:
    kinds = event_kinds(TARIFFS)
    for firm in ("Castell Dynamics", "Northgate Avionics", "Harkness Steel", "Zentra Motors",
                 "Brightwater Capital Markets", "Halcott Brothers Bank", "Whitcombe & Hale"):
        assert kinds.get(firm) == {"organisation"}, firm
    # "Castell Dynamics Inc." and the bare "Castell Dynamics" are one row.
    assert "Castell Dynamics Inc." in event_rows(TARIFFS)[("Castell Dynamics", "organisation")].spellings


def test_regime_adjective_country_adjective_and_index() -> None:
    kinds = event_kinds(TARIFFS)
    assert kinds.get("Dorvania") == {"place"}
    assert not {"Communist Dorvania", "Dorvanian", "Dorvangrad Composite Index"} & set(kinds)
    # "Communist Dorvania" is Dorvania: the business channel names the same place as the others.
    assert "eagle-business" in event_rows(TARIFFS)[("Dorvania", "place")].articles


def test_apps_listed_as_platforms_greens_and_things_that_are_no_names() -> None:
    kinds = event_kinds(BAN)
    assert kinds.get("Lumen") == {"organisation"}
    assert kinds.get("Skeet") == {"organisation"}
    assert kinds.get("Greens") == {"organisation"}
    assert not {"Social Media Minimum Age", "Social", "ID", "USD", "Family Standard the Coalition",
                "Today New Carrick"} & set(kinds)


def test_titles_cut_and_mosque_is_a_body() -> None:
    kinds = event_kinds(STABBING)
    assert kinds.get("Claire Pennington") == {"person"}
    assert kinds.get("Jas Kaur") == {"person"}
    assert kinds.get("Thornbury Vale Central Mosque") == {"organisation"}
    assert not {"Reverend Claire Pennington", "Organiser Jas Kaur"} & set(kinds)


def test_miner_short_name_people_and_land() -> None:
    kinds = event_kinds(MINE)
    rows = event_rows(MINE)
    assert "Kestrel" not in kinds  # "Kestrel", "senior Kestrel executives", "Shares in Kestrel": the miner
    assert "Kestrel" in rows[("Kestrel Minerals", "organisation")].spellings
    assert rows[("Kestrel Minerals", "organisation")].status == "shared"  # every outlet names the miner
    # "Yarrabin elders", "the Yarrabin people": a people, not the native title corporation.
    assert "Yarrabin" not in rows[("Yarrabin Native Title Aboriginal Corporation", "organisation")].spellings
    assert kinds.get("Yarrabin Country") == {"place"}
    assert kinds.get("Warramba Pool") == {"place"}
    assert kinds.get("Andrew Pellow") == {"person"}
    assert kinds.get("ASX") == {"organisation"}
    for body in ("Environmental Defenders Collective", "Critical Minerals Facility",
                 "Chamber of Minerals and Energy of Western Corrin"):
        assert kinds.get(body) == {"organisation"}, body
    assert not {"MD Andrew Pellow", "FID", "DFS", "ILUA", "Minerals and Energy of Western Corrin"} & set(kinds)


def test_saints_possessive_is_the_church() -> None:
    kinds = event_kinds(STABBING)
    rows = event_rows(STABBING)
    assert "St Aldhelm" not in kinds  # "vicar of St Aldhelm's, told": the church, not the saint
    assert "St Aldhelm's" in rows[("St Aldhelm's Church", "organisation")].spellings
