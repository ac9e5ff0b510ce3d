"""Shared reader for the held-out entity tables (tests/data/entities_heldout_*.yaml).

Each table is a list of ``cases``: a text, an optional outlet and the exact
``[text, canonical, kind]`` of every name the text holds. A case whose text
starts with a key of ``hard`` is a strict xfail with that reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from framing.entities import extract_entities
from framing.model import Article
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
