"""Round AA of framing.tone: rate decisions, indices, weather, services, doping terms, margins and disasters.

The held-out table (tests/data/tone_heldout_aa.yaml: 39 word cases and 10
signs) was written before the round-AA change to lexicons/tone.yaml and
framing/tone.py, with sentences of my own in many house styles. A word case
asks whether a word reaches VADER (``hidden``: it is read in a neutral sense);
a sign case asks the sign of a sentence's compound. A case whose text and word
are a key of ``KNOWN_MISSES`` (a sign case: its text and None) is a strict
xfail with that reason. Before the change 16/39 words and 2/10 signs, after
39/39 and 9/10.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.tone_tables import read_table, sign_cases, sign_of, word_cases, word_shown

TABLE = read_table(DATA / "tone_heldout_aa.yaml")
# Misses left for a later round, (text start, word or None for a sign) -> why (a strict xfail fails once it passes).
KNOWN_MISSES: dict[tuple[str, str | None], str] = {
    ("Inmates held two warders hostage", None): "'held <someone> hostage' holds its object between the words, which a "
    "phrase cannot skip, and bare 'hostage' stays unrated (round X: a captive's status, as in a prisoner exchange)",
}


@pytest.mark.parametrize(("text", "word", "hidden"), word_cases(TABLE, KNOWN_MISSES))
def test_tone_heldout_aa(text: str, word: str, hidden: bool) -> None:
    assert word_shown(text, word) is not hidden


@pytest.mark.parametrize(("text", "sign"), sign_cases(TABLE, KNOWN_MISSES))
def test_tone_signs_aa(text: str, sign: str) -> None:
    assert sign_of(text) == sign
