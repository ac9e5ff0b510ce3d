"""Round AE of framing.tone: words read in a sense news does not use, found on real articles.

The table (tests/data/tone_real_ae.yaml: 9 word cases, 3 signs) rebuilds, in
sentences of my own, what a check of the tone output on eight real events
found: a court's sentence and verdict read as mildly positive, "a perfect
storm" as praise, a post "shared" as kindness, "play politics" as fun. Before
the round-AE change to lexicons/tone.yaml 3/9 words and 0/3 signs, after 9/9
and 3/3.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.tone_tables import read_table, sign_cases, sign_of, word_cases, word_shown

TABLE = read_table(DATA / "tone_real_ae.yaml")
# Misses left for a later round, (text start, word or None for a sign) -> why (a strict xfail fails once it passes).
KNOWN_MISSES: dict[tuple[str, str | None], str] = {}


@pytest.mark.parametrize(("text", "word", "hidden"), word_cases(TABLE, KNOWN_MISSES))
def test_tone_real_ae(text: str, word: str, hidden: bool) -> None:
    assert word_shown(text, word) is not hidden


@pytest.mark.parametrize(("text", "sign"), sign_cases(TABLE, KNOWN_MISSES))
def test_tone_signs_real_ae(text: str, sign: str) -> None:
    assert sign_of(text) == sign
