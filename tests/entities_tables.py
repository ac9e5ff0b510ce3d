"""Shared reader for the held-out entity tables (tests/data/entities_heldout_*.yaml).

Each table is a list of ``cases``: a text, an optional outlet and the exact
``[text, canonical, kind]`` of every name the text holds. A case whose text
starts with a key of ``hard`` is a strict xfail with that reason. A table may
also hold ``merges``: two or more ``[outlet, text]`` articles and the exact
``[canonical, kind, spellings]`` rows their comparison gives.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from framing.entities import EntityRow, compare_entities, extract_entities
from framing.events import load_event
from framing.model import Article, Document
from framing.prepare import prepare


def names(text: str, outlet: str = "Test") -> list[list[str]]:
    """Every name of one text as ``[as written, canonical, kind]``."""
    doc = prepare(Article(id="t", outlet=outlet, text=text))
    return [[m.text, m.canonical, m.kind] for m in extract_entities(doc)]


def table_cases(table: Path, hard: Mapping[str, str] | None = None) -> list[Any]:
    """The table's cases as ``pytest.param(text, outlet, expected)``, hard ones marked strict xfail."""
    data = yaml.safe_load(table.read_text(encoding="utf-8"))
    out = []
    for c in data["cases"]:
        why = next((w for start, w in (hard or {}).items() if c["text"].startswith(start)), None)
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        out.append(pytest.param(c["text"], c.get("outlet", "Test"), c["expected"], marks=marks, id=c["text"][:40]))
    return out


def compared(docs: Sequence[Document]) -> tuple[EntityRow, ...]:
    """The entity rows of prepared articles compared with each other."""
    return compare_entities(docs, [extract_entities(d) for d in docs])


def merged(articles: Sequence[tuple[str, str]]) -> list[list[Any]]:
    """The rows of ``(outlet, text)`` articles compared, as ``[canonical, kind, spellings]``."""
    docs = [prepare(Article(id=f"a{i}", outlet=o, text=t)) for i, (o, t) in enumerate(articles)]
    return [[r.canonical, r.kind, list(r.spellings)] for r in compared(docs)]


def event_rows(folder: Path) -> dict[tuple[str, str], EntityRow]:
    """An event folder's entity rows by (canonical, kind)."""
    return {(r.canonical, r.kind): r for r in compared([prepare(a) for a in load_event(folder).articles])}


def merge_cases(table: Path, hard: Mapping[str, str] | None = None) -> list[Any]:
    """The table's merges as ``pytest.param(articles, expected)``; one whose article starts with a key of ``hard`` is a strict xfail."""
    data = yaml.safe_load(table.read_text(encoding="utf-8"))
    out = []
    for m in data["merges"]:
        arts = [tuple(a) for a in m["articles"]]
        why = next((w for start, w in (hard or {}).items() if any(t.startswith(start) for _o, t in arts)), None)
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        out.append(pytest.param(arts, m["expected"], marks=marks, id=arts[0][1][:40]))
    return out



def table_tests(table: Path, misses: Mapping[str, str], merge_misses: Mapping[str, str]) -> tuple[Any, Any]:
    """The two tests of a real-article table: every name of each case, and each merge's rows.

    A table file binds them to its own module names (``test_extract_entities_real_x,
    test_compare_entities_real_x = table_tests(...)``), so every round's table is read the same
    way; ``misses`` and ``merge_misses`` are its strict xfails (see ``table_cases``).
    """

    @pytest.mark.parametrize("text, outlet, expected", table_cases(table, misses))
    def test_extract(text: str, outlet: str, expected: list[list[str]]) -> None:
        assert names(text, outlet) == expected

    @pytest.mark.parametrize("articles, expected", merge_cases(table, merge_misses))
    def test_compare(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
        assert merged(articles) == expected

    return test_extract, test_compare

def event_kinds(folder: Path) -> dict[str, set[str]]:
    """Each entity name of a test event with the kinds its rows give it (two kinds: read two ways)."""
    out: dict[str, set[str]] = {}
    for name, kind in event_rows(folder):
        out.setdefault(name, set()).add(kind)
    return out
