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
    "The defense asked": "'to exclude' still cues Fairness (exclusion) when evidence is excluded",
    "The defence will call": "'trial' and 'witnesses' are no Legality cues alone",
    "About 2.4 million": "'million' cues Economic whatever it counts (people, users), not only money",
    "The app now has": "'million' cues Economic whatever it counts",
    "Kenya's population": "'million' cues Economic whatever it counts",
    "The city has 1.2 million": "'million' cues Economic whatever it counts",
    "Tom Reed": "'education' cues Quality of life even inside a job title",
    "The scandal has badly": "'reputation' cues External regulation for any body, not only a state",
    "Critics warned the delay": "'cost lives' is no Health cue yet (only its Economic reading was removed)",
    "Aid convoys": "aid convoys and trucks are no Capacity cue yet",
    "The professor, who teaches": "'criticised' by one expert still cues Public opinion",
    "The bank's shares": "'shares' (stock) is no Economic cue",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, HARD))
def test_frames_heldout_x(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected
