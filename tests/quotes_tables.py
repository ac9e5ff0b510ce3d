"""Shared reader for the held-out quote tables (tests/data/quotes_heldout_*.yaml) and their event cases.

Each table is a list of ``cases``: an ``id``, a text and the quotes it holds
in order, each ``[prefix of the quote, speaker, role or null]`` (a null role
is not checked: no reader could code it). A case whose id is a key of the
known misses is a strict xfail with that reason, so a fix makes it fail until
it is moved out.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from framing.events import load_article
from framing.model import Article
from framing.prepare import prepare
from framing.quotes import extract_quotes


def table_cases(table: Path, known_misses: Mapping[str, str]) -> list[Any]:
    """The table's cases as ``pytest.param(row)``, the known misses marked strict xfail."""
    rows = yaml.safe_load(table.read_text(encoding="utf-8"))["cases"]
    out = []
    for row in rows:
        reason = known_misses.get(row["id"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(row, id=row["id"], marks=marks))
    return out


def check_case(row: dict[str, Any]) -> None:
    """Every quote of the row's text, in order, with the expected prefix, speaker and (where coded) role."""
    quotes = extract_quotes(prepare(Article(id="t", outlet="Test Outlet", text=row["text"])))
    expected = row["expected"]
    got = [
        [e[0] if q.text.startswith(e[0]) else q.text, q.speaker, q.speaker_role if len(e) > 2 and e[2] else None]
        for q, e in zip(quotes, expected)
    ]
    assert got == [[e[0], e[1], e[2] if len(e) > 2 and e[2] else None] for e in expected]
    assert len(quotes) == len(expected)


def check_cue_case(row: dict[str, Any], *, all_quotes: bool = True) -> None:
    """Every quote of the row's text, in order, with the expected prefix, speaker, role and cue lemma.

    A fifth column, where a row gives one, is the quote's kind. With ``all_quotes`` the text
    holds no quote beyond the expected ones (the probe tables of rounds AM and AN); the bodies
    table of round AO checks the expected ones only.
    """
    quotes = extract_quotes(prepare(Article(id="t", outlet="Test Outlet", text=row["text"])))
    expected = row["expected"]
    got = [
        [e[0] if q.text.startswith(e[0]) else q.text, q.speaker, q.speaker_role, q.cue_lemma]
        + ([q.kind] if len(e) > 4 else [])
        for q, e in zip(quotes, expected)
    ]
    assert got == expected
    if all_quotes:
        assert len(quotes) == len(expected)


def check_event_case(path: Path, starts: str, speaker: str, role: str | None) -> None:
    """The first quote of an event article that opens with ``starts`` has this speaker (and role, unless None)."""
    quotes = extract_quotes(prepare(load_article(path)))
    found = [q for q in quotes if q.text.startswith(starts)]
    assert [(q.speaker, q.speaker_role if role else None) for q in found[:1]] == [(speaker, role)]
