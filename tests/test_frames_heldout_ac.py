"""Round AC of framing.frames: round AB's misses on fresh sentences, and fresh topics.

The held-out table (tests/data/frames_heldout_ac.yaml, 38 sentences) was
written before the round-AC changes, with sentences of my own in many house
styles; the exact set of policy and immigration frames of each sentence read
alone is asserted ("other" is the empty set). A case listed in
``KNOWN_MISSES`` is a strict xfail: a miss the round did not fix, kept
visible. Before the change 18/38, after 36/38 (the corrected rows measured
before: 19/38). Three expectations were corrected after the first measurement,
each to a convention an older table fixed: the bail row is Legality too (round
V: a judge and a court are Legality); the police shooting row is Health and
safety too (round T: a killing by police is); the compensation row is Health
and safety and Quality of life too (round O: the dead are; round Q: "Families
of the dead men have yet to receive any compensation" is Quality of life).
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.frames_tables import doc_of, policy_frames, table_cases

TABLE = DATA / "frames_heldout_ac.yaml"
# Misses left for a later round, each with why (a strict xfail fails once it passes).
# (Round AD fixed both of round AC's misses: a refugee camp is no war cue, and people moved to
# shelters are an evacuation; 38/38.)
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, KNOWN_MISSES))
def test_frames_heldout_ac(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected
