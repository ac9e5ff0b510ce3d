"""Naming held-out table P: housing, courts, tech platforms and minors, doping labels, layoffs; the peripheral rule.

The table (``data/naming_heldout_p.yaml``) was written before the fix from
sentences of many house styles, none from the test events (measured then:
mentions 3/27, topic 10/27); the tuned-on table (``data/naming_tuned_p.yaml``)
holds cases from the four round-P events.
"""

from __future__ import annotations

import yaml

from framing.naming import peripheral_categories
from tests.conftest import DATA
from tests.naming_tables import event_mentions, single_article_tests, tuned_event_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_p.yaml").read_text(encoding="utf-8"))

# A bare "staff" is left out of the lexicon (a hospital's, school's or
# newsroom's staff outnumber the employer's in news copy), so this row misses.
MISSES: frozenset[str] = frozenset(["Rank-and-file workers accused the bosses of union-"])
TOPIC_MISSES: frozenset[str] = frozenset()


test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "still missed; see MISSES"
)


TUNED = yaml.safe_load((DATA / "naming_tuned_p.yaml").read_text(encoding="utf-8"))

test_tuned_event_topic, test_tuned_event_mentions_present, test_tuned_event_mentions_absent = tuned_event_tests(
    TUNED["events"]
)


def test_peripheral_category_is_central_when_an_outlet_leads_with_it() -> None:
    """Children are the people involved in the minors' social-media story, bystanders in the layoffs story."""
    _, court, _ = event_mentions("eleventh-circuit-age-verification-2026")
    _, layoffs, _ = event_mentions("hanseong-chip-layoffs-2026")
    assert "children" not in peripheral_categories(court)
    assert "children" in peripheral_categories(layoffs)
