"""Round AA of framing.frames: homes named by a possessive, army ranks, bonds, condemnation by one actor, fresh topics.

The held-out table (tests/data/frames_heldout_aa.yaml, 37 sentences) was
written before the round-AA changes, with sentences of my own in many house
styles; the exact set of policy and immigration frames of each sentence read
alone is asserted ("other" is the empty set). A case listed in
``KNOWN_MISSES`` is a strict xfail: a miss the round did not fix, kept
visible. Before the change 15/37, after 35/37. Two expectations were
corrected after the first measurement, each to a convention an older table
fixed: the archbishop row is Morality too (round T: bishops and clergy are
Morality), the ransomware row Security and defense too (round W: a cyberattack
is Security and defense).
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.frames_tables import doc_of, policy_frames, table_cases

TABLE = DATA / "frames_heldout_aa.yaml"
# Misses left for a later round, each with why (a strict xfail fails once it passes).
KNOWN_MISSES: dict[str, str] = {
    "A snap poll after the debate": "'the debate' and 'the challenger' name an election only through the story; "
    "alone they are also a policy debate and a boxer's challenger",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, KNOWN_MISSES))
def test_frames_heldout_aa(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected
