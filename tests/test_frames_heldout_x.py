"""Round X of framing.frames: hostages and truces, courts' defence, counts of people, labour and prices.

The held-out table (tests/data/frames_heldout_x.yaml, 39 sentences) was written
before the round-X changes, with sentences of my own in many house styles; the
exact set of policy and immigration frames of each sentence read alone is
asserted ("other" is the empty set). A case listed in ``HARD`` is a strict
xfail: a miss the round did not fix, kept visible. Figures before and after
are in the commit message and the report.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.frames_tables import doc_of, policy_frames, table_cases

TABLE = DATA / "frames_heldout_x.yaml"
# Misses left for a later round, each with why (a strict xfail fails once it passes).
HARD: dict[str, str] = {
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, HARD))
def test_frames_heldout_x(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected
