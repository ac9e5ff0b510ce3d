"""Round AD of framing.frames: round AC's misses on fresh sentences, and fresh topics.

The held-out table (tests/data/frames_heldout_ad.yaml, 37 sentences) was
written before the round-AD changes, with sentences of my own in many house
styles; the exact set of policy and immigration frames of each sentence read
alone is asserted ("other" is the empty set). A case listed in
``KNOWN_MISSES`` is a strict xfail: a miss the round did not fix, kept
visible. Before the change 20/37, after 34/37 (the corrected rows measured
before: 22/37). Three expectations were corrected after the first
measurement, each to a convention the lexicon or an older table fixed:
families relocated to storm shelters are Quality of life too (round T: where
people are moved to; the lexicon's uprooted and displaced families); a
ransom's sum is Economic (the lexicon's money words list ransom and bribes;
round AB: the money in a corruption case is Economic); signatures for a
recall election are Public opinion (round T: signatures for a ballot).
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.frames_tables import doc_of, policy_frames, table_cases

TABLE = DATA / "frames_heldout_ad.yaml"
# Misses left for a later round, each with why (a strict xfail fails once it passes).
KNOWN_MISSES: dict[str, str] = {
    "Water from an abandoned shaft flooded the Ridgeback colliery": "a mine flooded and miners 'cut off' below "
    "the surface: 'flooded' and 'cut off' alone are any flood or any closed road, and the mine's name stands "
    "between the verb and 'colliery', so no phrase cue reaches it",
    "The foreign ministry summoned the ambassador after fishing boats": "water cannon fired at fishing boats is "
    "a maritime confrontation (Security), but 'water cannon' is the police's cue (Crime) and the sentence names "
    "no navy or coast guard",
    "Investigators say wealthy parents paid up to $500,000": "a sum without million/billion is no money cue "
    "('$500,000'), and buying an advantage for the wealthy is Fairness only by its sense, not by a word",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, KNOWN_MISSES))
def test_frames_heldout_ad(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected
