"""Round X, second pass of framing.tone: names of bodies, procedure read as praise, drugs that treat, labels.

The held-out table (tests/data/tone_heldout_x2.yaml: 30 word cases and 4
signs) was written before the second pass (lexicons/tone.yaml, framing/tone.py), with
sentences of my own in many house styles. A word case asks whether a word
reaches VADER (``hidden``: it is read in a neutral sense); a sign case asks
the sign of a sentence's compound. Before: words 10/30, signs 1/4; after 30/30, 4/4 (also in the
commit message).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from framing.tone import NEGATIVE, POSITIVE, neutralise, polarity
from tests.conftest import DATA

TABLE = DATA / "tone_heldout_x2.yaml"


def _table() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(("text", "word", "hidden"), [(r["text"], r["word"], r["hidden"]) for r in _table()["cases"]],
                         ids=[f"{r['word']}|{r['text'][:40]}" for r in _table()["cases"]])
def test_tone_heldout_x2(text: str, word: str, hidden: bool) -> None:
    shown = re.search(r"\b" + re.escape(word) + r"(?!\w)", neutralise(text)) is not None
    assert shown is not hidden


def _sign(compound: float) -> str:
    return "negative" if compound <= NEGATIVE else "positive" if compound >= POSITIVE else "neutral"


@pytest.mark.parametrize(("text", "sign"), [(r["text"], r["sign"]) for r in _table()["signs"]],
                         ids=[r["text"][:40] for r in _table()["signs"]])
def test_tone_signs_x2(text: str, sign: str) -> None:
    assert _sign(polarity(text)["compound"]) == sign
