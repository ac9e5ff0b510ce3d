"""What the naming held-out tests read from the tool, shared by the table files (rounds L, N, O)."""

from __future__ import annotations

from typing import Any

import pytest

from framing.model import Document
from framing.naming import Mention, rank_topics


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
