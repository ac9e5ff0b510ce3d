"""Naming held-out table O: transport accidents, islands and launches, migration at sea, Indian elections.

The table (``data/naming_heldout_o.yaml``) was written before the fix from
sentences of many house styles, none from the test events; the tuned-on table
(``data/naming_tuned_o.yaml``) holds cases from the four events the fix was
prompted by (Cordell runway overrun, Isla Verde rocket debris, the boat
capsizing off Santa Rena, the Vindhya Pradesh poll result).
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.naming import find_mentions
from tests.conftest import DATA
from tests.naming_tables import event_mentions, found_absent, main_topic, marked, mention_rows, missing_present
from tests.test_naming_event_topic import _doc

TABLE = yaml.safe_load((DATA / "naming_heldout_o.yaml").read_text(encoding="utf-8"))

# Rows that still miss after the fix (strict: a later fix must un-mark them).
# "train driver" is generic (train and bus drivers are named in strike and
# shortage stories too), so a rail accident told only through its driver and
# "people" chooses no topic and files them under "general". A bare "crew" counts
# only in a sentence that names a plane, ship or train ("crews contained the
# blaze" are firefighters), and "lost GPS signal on the approach" names none.
MISSES: frozenset[str] = frozenset(
    ["The train driver was among 14 people injured when ", "At least five occupants were treated for minor inj"]
)
# "infiltrators" is shared with conflict (armed infiltrators across a front line), so
# it never chooses a topic alone; in an election story the other words decide.
TOPIC_MISSES: frozenset[str] = frozenset(
    [
        "Infiltrators have been added to the voter rolls, t",
        "The train driver was among 14 people injured when ",
        "At least five occupants were treated for minor inj",
    ]
)


@pytest.mark.parametrize("row", marked(TABLE["single"], MISSES, "still missed; see MISSES"), ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_mentions(row: dict[str, Any]) -> None:
    doc = _doc(row["text"])
    assert mention_rows(find_mentions(doc)) == row["expected"]


@pytest.mark.parametrize("row", marked(TABLE["single"], TOPIC_MISSES, "still missed; see MISSES"), ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_topic(row: dict[str, Any]) -> None:
    assert main_topic(_doc(row["text"])) == row["topic"]


TUNED = yaml.safe_load((DATA / "naming_tuned_o.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", TUNED["events"], ids=[r["event"] for r in TUNED["events"]])
def test_tuned_event_topic(row: dict[str, Any]) -> None:
    assert event_mentions(row["event"])[2] == row["topic"]


@pytest.mark.parametrize("row", TUNED["events"], ids=[r["event"] for r in TUNED["events"]])
def test_tuned_event_mentions_present(row: dict[str, Any]) -> None:
    assert missing_present(row) == []


@pytest.mark.parametrize("row", TUNED["events"], ids=[r["event"] for r in TUNED["events"]])
def test_tuned_event_mentions_absent(row: dict[str, Any]) -> None:
    assert found_absent(row) == []
