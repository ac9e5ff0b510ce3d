"""Naming held-out table N: money and markets, cybersecurity, public money, sport, Australian words.

The table (``data/naming_heldout_n.yaml``) was written before the fix from
sentences of many house styles, none from the test events; the tuned-on table
(``data/naming_tuned_n.yaml``) holds cases from the four events the fix was
prompted by (Veltrix fraud verdict, Saint-Laurent health breach, Kurrawong
bushfire, Riverside stadium vote), and the event tests check that every test
event and seed keeps (or now gets) its main topic.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.naming import find_mentions
from tests.conftest import DATA
from tests.naming_tables import main_topic, marked, mention_rows
from tests.test_naming_event_topic import _doc

TABLE = yaml.safe_load((DATA / "naming_heldout_n.yaml").read_text(encoding="utf-8"))

# Rows that still miss: two shared words ("fraudster", "bad actor") never choose
# a topic alone, and investors and shareholders name people in any company
# story, so they choose no topic either ("Shareholders voted down the pay
# package" files under no topic). strict: a fix must un-mark them.
MISSES = frozenset(['Shareholders voted down the pay package at a storm', 'Prosecutors told the jury the fraudster had lied t', 'Regulators have vowed to root out the bad actors, '])
TOPIC_MISSES = frozenset(['Shareholders voted down the pay package at a storm', 'Prosecutors told the jury the fraudster had lied t', 'Regulators have vowed to root out the bad actors, '])


@pytest.mark.parametrize("row", marked(TABLE["single"], MISSES, "held-back term or shared word; see MISSES"), ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_mentions(row: dict[str, Any]) -> None:
    doc = _doc(row["text"])
    assert mention_rows(find_mentions(doc)) == row["expected"]


@pytest.mark.parametrize("row", marked(TABLE["single"], TOPIC_MISSES, "held-back term or shared word; see MISSES"), ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_topic(row: dict[str, Any]) -> None:
    assert main_topic(_doc(row["text"])) == row["topic"]
