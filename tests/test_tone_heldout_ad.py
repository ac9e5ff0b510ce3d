"""Round AD of framing.tone: danger zones, bans on activities, hunger strikes, a plea, harms VADER lacks.

The held-out table (tests/data/tone_heldout_ad.yaml: 24 word cases and 12
signs) was written before the round-AD change to lexicons/tone.yaml, with
sentences of my own in many house styles. A word case asks whether a word
reaches VADER (``hidden``: it is read in a neutral sense); a sign case asks
the sign of a sentence's compound. A case whose text and word are a key of
``KNOWN_MISSES`` (a sign case: its text and None) is a strict xfail with that
reason. Before the change 14/24 words and 2/12 signs, after 24/24 and 11/12
(the corrected rows measured before: 16/24 words, 3/12 signs); 12/12 signs in
round AE, once lexicons/tone.yaml could rate the hyphenated "force-fed". Three
expectations were corrected after the first measurement, each to a convention
an older round fixed: hostages "freed" are released (round X hides freed), so
the word is hidden and "Police stormed the store and freed all 11 hostages
unharmed" is neutral; press freedom is hidden as the name of a cause (round
Z), also in "a grave blow to press freedom".
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.tone_tables import read_table, sign_cases, sign_of, word_cases, word_shown

TABLE = read_table(DATA / "tone_heldout_ad.yaml")
# Misses left for a later round, (text start, word or None for a sign) -> why (a strict xfail fails once it passes).
KNOWN_MISSES: dict[tuple[str, str | None], str] = {}


@pytest.mark.parametrize(("text", "word", "hidden"), word_cases(TABLE, KNOWN_MISSES))
def test_tone_heldout_ad(text: str, word: str, hidden: bool) -> None:
    assert word_shown(text, word) is not hidden


@pytest.mark.parametrize(("text", "sign"), sign_cases(TABLE, KNOWN_MISSES))
def test_tone_signs_ad(text: str, sign: str) -> None:
    assert sign_of(text) == sign
