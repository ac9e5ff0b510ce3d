"""What the acceptance tests read from a comparison, shared by the event files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framing.compare import Comparison, compare
from framing.events import load_event
from framing.model import Document
from framing.prepare import prepare


def speakers(c: Comparison, article: str) -> set[tuple[str | None, str]]:
    """The (speaker, role) pairs of an article's quotes, scare quotes left out."""
    return {(q.speaker, q.speaker_role) for q in c.article(article).quotes if q.kind != "scare"}


def row_texts(c: Comparison, label: str) -> list[list[str]]:
    """The figures, as written, of every row with this label that more than one outlet carries."""
    return [[cell.text for cell in r.cells] for r in c.numbers if r.label == label and r.status != "only-one"]


def narrator(c: Comparison, article: str) -> set[tuple[str, str]]:
    """The (term, category) pairs an article uses in its own voice."""
    return {(m.term, m.category) for m in c.article(article).mentions if m.voice == "narrator"}


def entity_rows(c: Comparison) -> set[tuple[str, str, int]]:
    """The (canonical name, kind, number of articles) of every entity row."""
    return {(e.canonical, e.kind, len(e.articles)) for e in c.entities}


def spellings(c: Comparison) -> set[str]:
    """Every spelling any entity row holds."""
    return {s for e in c.entities for s in e.spellings}


def prepared(event: Path, article: str) -> Document:
    """One article of an event folder, prepared (its sentences and what was set aside)."""
    return prepare(next(a for a in load_event(event).articles if a.id == article))


def event_fixture(event: Path) -> Any:
    """A module-scoped fixture holding the comparison of an event folder; its name is the name it is bound to."""

    @pytest.fixture(scope="module")
    def comparison() -> Comparison:
        return compare(load_event(event))

    return comparison
