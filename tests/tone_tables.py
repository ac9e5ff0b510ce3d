"""What the tone held-out tests read from the tool, shared by the table files (rounds V, W, X).

A word case asks whether a word of a sentence still reaches VADER after
:func:`framing.tone.neutralise` (``hidden``: it is read in a neutral sense); a
sign case asks the sign of a sentence's compound score.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from framing.tone import NEGATIVE, POSITIVE, neutralise, polarity


def read_table(path: Path) -> dict[str, Any]:
    """A tone table: its ``cases`` (text, word, hidden) and, where it has them, its ``signs`` (text, sign)."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def word_shown(text: str, word: str) -> bool:
    """Whether ``word`` still stands in ``text`` once its neutral senses are hidden from VADER."""
    return re.search(r"\b" + re.escape(word) + r"(?!\w)", neutralise(text)) is not None


def sign_of(text: str) -> str:
    """The sign of a sentence's compound score: negative, positive or neutral (the tool's own thresholds)."""
    compound = polarity(text)["compound"]
    return "negative" if compound <= NEGATIVE else "positive" if compound >= POSITIVE else "neutral"


def _why(misses: dict[tuple[str, str | None], str], text: str, word: str | None) -> list[Any]:
    why = next((w for (start, wd), w in misses.items() if text.startswith(start) and wd == word), None)
    return [pytest.mark.xfail(strict=True, reason=why)] if why else []


def word_cases(table: dict[str, Any], misses: dict[tuple[str, str | None], str]) -> list[Any]:
    """A held-out table's word cases as params (text, word, hidden); a key of ``misses`` is a strict xfail."""
    return [
        pytest.param(r["text"], r["word"], r["hidden"], marks=_why(misses, r["text"], r["word"]),
                     id=f"{r['word']}|{r['text'][:40]}")
        for r in table["cases"]
    ]


def sign_cases(table: dict[str, Any], misses: dict[tuple[str, str | None], str]) -> list[Any]:
    """A held-out table's sign cases as params (text, sign); ``(text start, None)`` in ``misses`` is a strict xfail."""
    return [pytest.param(r["text"], r["sign"], marks=_why(misses, r["text"], None), id=r["text"][:40]) for r in table["signs"]]
