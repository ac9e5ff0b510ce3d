"""Round Y of framing.tone: markets and money, speech verbs, statuses and ranks, formulas, and a ban as a measure.

The held-out table (tests/data/tone_heldout_y.yaml: 41 word cases and 8
signs) was written before the round-Y change to lexicons/tone.yaml and
framing/tone.py, with sentences of my own in many house styles. A word case
asks whether a word reaches VADER (``hidden``: it is read in a neutral sense);
a sign case asks the sign of a sentence's compound. Before the change 9/41
words and 2/8 signs, after 41/41 and 8/8.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.tone_tables import read_table, sign_of, word_shown

TABLE = read_table(DATA / "tone_heldout_y.yaml")


@pytest.mark.parametrize(("text", "word", "hidden"), [(r["text"], r["word"], r["hidden"]) for r in TABLE["cases"]],
                         ids=[f"{r['word']}|{r['text'][:40]}" for r in TABLE["cases"]])
def test_tone_heldout_y(text: str, word: str, hidden: bool) -> None:
    assert word_shown(text, word) is not hidden


@pytest.mark.parametrize(("text", "sign"), [(r["text"], r["sign"]) for r in TABLE["signs"]],
                         ids=[r["text"][:40] for r in TABLE["signs"]])
def test_tone_signs_y(text: str, sign: str) -> None:
    assert sign_of(text) == sign
