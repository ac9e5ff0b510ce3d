"""Tuned-on checks of round W's events for framing.entities (written with the fix).

Each test names one class the held-out table W measures, seen in an event's
own text.
"""

from __future__ import annotations

from pathlib import Path

from tests.entities_tables import event_kinds

EVENTS = Path(__file__).resolve().parent / "data" / "events"


def test_post_nominal_degree_names_no_one() -> None:
    kinds = event_kinds(EVENTS / "ransomware-hospital-attack-2026")
    assert "MD" not in kinds
    assert kinds.get("Anita Raghunathan") == {"person"}


def test_catalogue_title_and_particle_city() -> None:
    kinds = event_kinds(EVENTS / "ransomware-hospital-attack-2026")
    assert "Known Exploited Vulnerabilities" not in kinds
    assert kinds.get("Des Moines") == {"place"}


def test_business_in_place_is_two_names() -> None:
    kinds = event_kinds(EVENTS / "colorado-rifle-ban-vote-2026")
    assert "Summit Fresh Market in Lakewood" not in kinds
    assert "AR-15" not in kinds


def test_bill_office_and_social_tail_name_no_one() -> None:
    kinds = event_kinds(EVENTS / "kenya-tax-bill-crackdown-2026")
    assert not {"Finance Bill", "Inspector-General of Police", "Follow Qanat International",
                "Join the Kenya Patriot"} & set(kinds)


def test_documents_peoples_and_car_models_name_no_one() -> None:
    kinds = event_kinds(EVENTS / "queensland-youth-detention-2026")
    assert not {"Holden Commodore", "Torres Strait Islander", "Traditional Custodians",
                "UN Convention", "Government Services"} & set(kinds)
