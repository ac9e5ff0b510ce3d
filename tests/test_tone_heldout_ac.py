"""Round AC of framing.tone: rescues, bailouts, freezes, records broken, clean athletes, fairs, harms VADER lacks.

The held-out table (tests/data/tone_heldout_ac.yaml: 33 word cases and 11
signs) was written before the round-AC change to lexicons/tone.yaml, with
sentences of my own in many house styles. A word case asks whether a word
reaches VADER (``hidden``: it is read in a neutral sense); a sign case asks
the sign of a sentence's compound. A case whose text and word are a key of
``KNOWN_MISSES`` (a sign case: its text and None) is a strict xfail with that
reason. Before the change 15/33 words and 4/11 signs, after 33/33 and 11/11
(the corrected row measured before: 16/33 words). One expectation was
corrected after the first measurement, to a convention round AA fixed: clean
water keeps its valence ("Thousands are without clean water": its lack reads
as hardship through VADER's negation). The floodwater sign holds only through
VADER's "lower" (-1.2): VADER still lacks floodwater and "swept".
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.tone_tables import read_table, sign_cases, sign_of, word_cases, word_shown

TABLE = read_table(DATA / "tone_heldout_ac.yaml")
# Misses left for a later round, (text start, word or None for a sign) -> why (a strict xfail fails once it passes).
KNOWN_MISSES: dict[tuple[str, str | None], str] = {}


@pytest.mark.parametrize(("text", "word", "hidden"), word_cases(TABLE, KNOWN_MISSES))
def test_tone_heldout_ac(text: str, word: str, hidden: bool) -> None:
    assert word_shown(text, word) is not hidden


@pytest.mark.parametrize(("text", "sign"), sign_cases(TABLE, KNOWN_MISSES))
def test_tone_signs_ac(text: str, sign: str) -> None:
    assert sign_of(text) == sign
