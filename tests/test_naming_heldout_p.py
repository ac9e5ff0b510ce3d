"""Naming held-out table P: housing, courts, tech platforms and minors, doping labels, layoffs; the peripheral rule.

The table (``data/naming_heldout_p.yaml``) was written before the fix from
sentences of many house styles, none from the test events (measured then:
mentions 3/27, topic 10/27); the tuned-on table (``data/naming_tuned_p.yaml``)
holds cases from the four round-P events.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.naming import find_mentions, peripheral_categories
from tests.conftest import DATA
from tests.naming_tables import event_mentions, found_absent, main_topic, marked, mention_rows, missing_present
from tests.test_naming_event_topic import _doc

TABLE = yaml.safe_load((DATA / "naming_heldout_p.yaml").read_text(encoding="utf-8"))

# A bare "staff" is left out of the lexicon (a hospital's, school's or
# newsroom's staff outnumber the employer's in news copy), so this row misses.
MISSES: frozenset[str] = frozenset(["Rank-and-file workers accused the bosses of union-"])
TOPIC_MISSES: frozenset[str] = frozenset()


@pytest.mark.parametrize("row", marked(TABLE["single"], MISSES, "still missed; see MISSES"), ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_mentions(row: dict[str, Any]) -> None:
    doc = _doc(row["text"])
    assert mention_rows(find_mentions(doc)) == row["expected"]


@pytest.mark.parametrize("row", marked(TABLE["single"], TOPIC_MISSES, "still missed; see MISSES"), ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_topic(row: dict[str, Any]) -> None:
    assert main_topic(_doc(row["text"])) == row["topic"]


TUNED = yaml.safe_load((DATA / "naming_tuned_p.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", TUNED["events"], ids=[r["event"] for r in TUNED["events"]])
def test_tuned_event_topic(row: dict[str, Any]) -> None:
    assert event_mentions(row["event"])[2] == row["topic"]


@pytest.mark.parametrize("row", TUNED["events"], ids=[r["event"] for r in TUNED["events"]])
def test_tuned_event_mentions_present(row: dict[str, Any]) -> None:
    assert missing_present(row) == []


@pytest.mark.parametrize("row", TUNED["events"], ids=[r["event"] for r in TUNED["events"]])
def test_tuned_event_mentions_absent(row: dict[str, Any]) -> None:
    assert found_absent(row) == []


def test_peripheral_category_is_central_when_an_outlet_leads_with_it() -> None:
    """Children are the people involved in the minors' social-media story, bystanders in the layoffs story."""
    _, court, _ = event_mentions("eleventh-circuit-age-verification-2026")
    _, layoffs, _ = event_mentions("hanseong-chip-layoffs-2026")
    assert "children" not in peripheral_categories(court)
    assert "children" in peripheral_categories(layoffs)
