"""Round V of framing.frames and framing.tone: asylum centres and their rumours, earthquakes, road protests in court, fixing in sport.

The held-out frames table (tests/data/frames_heldout_v.yaml) was written
before the round-V changes, with sentences of my own in many house styles;
the exact set of policy and immigration frames of each sentence read alone is
asserted ("other" is the empty set). The held-out tone table
(tests/data/tone_heldout_v.yaml, also written first) asks whether a word
reaches VADER: court procedure ("charged with"), sport's scoring ("free
hits") and words of another language quoted in an English text. The figures
before and after are in the module's commit message and the report. The
misses that remain are strict xfails with their reason.
"""

from __future__ import annotations


import pytest
import yaml

from tests.conftest import DATA
from tests.frames_tables import doc_of, policy_frames, table_cases
from tests.tone_tables import word_shown

TABLE = DATA / "frames_heldout_v.yaml"
TONE_TABLE = DATA / "tone_heldout_v.yaml"

HARD: dict[str, str] = {
    "Survivors spent the night": "'short of tents and blankets': bare tents and blankets are no capacity cue (a "
    "festival's tents, a volunteer's blanket, round O), and 'short of' is also 'short of a majority'",
    "The league said it had zero": "a league's 'zero tolerance' reads as a government's policy (Policy prescription) "
    "only by the body that holds it",
    "Investigators believe a bookmaker paid": "a payment named by 'paid' alone is no Economic cue (too common a verb)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, HARD))
def test_frames_heldout_v(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected


def _tone_cases() -> list[tuple[str, str, bool]]:
    rows = yaml.safe_load(TONE_TABLE.read_text(encoding="utf-8"))["cases"]
    return [(r["text"], r["word"], r["hidden"]) for r in rows]


@pytest.mark.parametrize(("text", "word", "hidden"), _tone_cases(), ids=[f"{c[1]}|{c[0][:40]}" for c in _tone_cases()])
def test_tone_heldout_v(text: str, word: str, hidden: bool) -> None:
    assert word_shown(text, word) is not hidden
