"""What the naming held-out tests read from the tool, shared by the table files (rounds L, N to S)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from framing.events import load_event
from framing.model import Document
from framing.naming import Mention, find_event_mentions, find_mentions, rank_event_topics, rank_topics
from framing.prepare import prepare
from tests.conftest import DATA


def mention_rows(mentions: tuple[Mention, ...]) -> list[list[str]]:
    """Each mention as a table row: [text, term, category, topic, voice]."""
    return [[m.text, m.term, m.category, m.topic, m.voice] for m in mentions]


def main_topic(doc: Document) -> str | None:
    """The article's main topic, or None when no topic has words of its own in it."""
    ranking = rank_topics(doc)
    return ranking[0][0] if ranking and ranking[0][1] else None


def marked(rows: list[dict[str, Any]], misses: frozenset[str], reason: str) -> list[Any]:
    """The rows, those whose text opens with one of ``misses`` (50 characters) as strict xfails."""
    return [
        pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=reason)) if r["text"][:50] in misses else r
        for r in rows
    ]


@lru_cache(maxsize=8)
def event_mentions(slug: str) -> tuple[tuple[str, ...], tuple[tuple[Mention, ...], ...], str]:
    """A test event's article ids, each article's mentions and the event's main topic."""
    docs = [prepare(a) for a in load_event(DATA / "events" / slug).articles]
    return tuple(d.article.id for d in docs), find_event_mentions(docs), rank_event_topics(docs)[0][0]


def missing_present(row: dict[str, Any]) -> list[Any]:
    """The rows of a tuned-on event's ``present`` list ([article, text, term, category, topic]) not found."""
    ids, mentions, _ = event_mentions(row["event"])
    got = {(ids[k], m.text, m.term, m.category, m.topic) for k, ms in enumerate(mentions) for m in ms}
    return [r for r in row["present"] if tuple(r) not in got]


def found_absent(row: dict[str, Any]) -> list[list[Any]]:
    """The rows of a tuned-on event's ``absent`` list ([article, span, category or None]) that are found."""
    ids, mentions, _ = event_mentions(row["event"])
    return [
        [aid, span, category]
        for aid, span, category in row["absent"]
        for k, ms in enumerate(mentions)
        if ids[k] == aid
        for m in ms
        if m.text.lower() == span.lower() and category in (None, m.category)
    ]


def rows_opening_with(rows: list[dict[str, Any]], prefixes: tuple[str, ...]) -> frozenset[str]:
    """The keys (first 50 characters) of the rows whose text opens with one of ``prefixes`` (40 characters)."""
    return frozenset(r["text"][:50] for r in rows if any(r["text"].startswith(p[:40]) for p in prefixes))


def single_article_tests(
    rows: list[dict[str, Any]], misses: frozenset[str], topic_misses: frozenset[str], reason: str
) -> tuple[Any, Any]:
    """The two tests of a held-out table's one-article rows: its mentions and its main topic.

    A table file binds them to module names (``test_single_article_mentions,
    test_single_article_topic = single_article_tests(...)``), so every round's
    table is read the same way; ``misses`` and ``topic_misses`` are strict xfails.
    """
    from tests.test_naming_event_topic import _doc

    ids = [r["text"][:50] for r in rows]

    @pytest.mark.parametrize("row", marked(rows, misses, reason), ids=ids)
    def test_single_article_mentions(row: dict[str, Any]) -> None:
        assert mention_rows(find_mentions(_doc(row["text"]))) == row["expected"]

    @pytest.mark.parametrize("row", marked(rows, topic_misses, reason), ids=ids)
    def test_single_article_topic(row: dict[str, Any]) -> None:
        assert main_topic(_doc(row["text"])) == row["topic"]

    return test_single_article_mentions, test_single_article_topic


def tuned_event_tests(events: list[dict[str, Any]]) -> tuple[Any, Any, Any]:
    """The three tests of a tuned-on table of test events: main topic, mentions present, mentions absent."""
    ids = [r["event"] for r in events]
    # A row whose main topic the code does not yet give right carries ``topic_miss`` (its reason):
    # its topic test is a strict xfail, so the row states the right topic, never the code's.
    topic_rows = [
        pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=r["topic_miss"])) if r.get("topic_miss") else r
        for r in events
    ]

    @pytest.mark.parametrize("row", topic_rows, ids=ids)
    def test_tuned_event_topic(row: dict[str, Any]) -> None:
        assert event_mentions(row["event"])[2] == row["topic"]

    @pytest.mark.parametrize("row", events, ids=ids)
    def test_tuned_event_mentions_present(row: dict[str, Any]) -> None:
        assert missing_present(row) == []

    @pytest.mark.parametrize("row", events, ids=ids)
    def test_tuned_event_mentions_absent(row: dict[str, Any]) -> None:
        assert found_absent(row) == []

    return test_tuned_event_topic, test_tuned_event_mentions_present, test_tuned_event_mentions_absent
