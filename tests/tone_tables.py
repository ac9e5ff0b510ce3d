"""What the tone held-out tests read from the tool, shared by the table files (rounds V, W, X).

A word case asks whether a word of a sentence still reaches VADER after
:func:`framing.tone.neutralise` (``hidden``: it is read in a neutral sense); a
sign case asks the sign of a sentence's compound score.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

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
