"""Round X of framing.tone: labour strikes, prisoners, legal money, prizes, cancer, stock and welfare.

The held-out table (tests/data/tone_heldout_x.yaml: 36 word cases and 10
signs) was written before the round-X change to lexicons/tone.yaml, with
sentences of my own in many house styles. A word case asks whether a word
reaches VADER (``hidden``: it is read in a neutral sense); a sign case asks
the sign of a sentence's compound. Figures before and after are in the
commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.tone_tables import read_table, sign_of, word_shown

TABLE = read_table(DATA / "tone_heldout_x.yaml")


@pytest.mark.parametrize(("text", "word", "hidden"), [(r["text"], r["word"], r["hidden"]) for r in TABLE["cases"]],
                         ids=[f"{r['word']}|{r['text'][:40]}" for r in TABLE["cases"]])
def test_tone_heldout_x(text: str, word: str, hidden: bool) -> None:
    assert word_shown(text, word) is not hidden


@pytest.mark.parametrize(("text", "sign"), [(r["text"], r["sign"]) for r in TABLE["signs"]],
                         ids=[r["text"][:40] for r in TABLE["signs"]])
def test_tone_signs_x(text: str, sign: str) -> None:
    assert sign_of(text) == sign
