"""What the naming held-out tests read from the tool, shared by the table files (rounds L, N, O, P)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from framing.events import load_event
from framing.model import Document
from framing.naming import Mention, find_event_mentions, rank_event_topics, rank_topics
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
