"""Round AB of framing.frames: hostages held, stolen records, snap polls, places of events, fresh topics.

The held-out table (tests/data/frames_heldout_ab.yaml, 34 sentences) was
written before the round-AB changes, with sentences of my own in many house
styles; the exact set of policy and immigration frames of each sentence read
alone is asserted ("other" is the empty set). A case listed in
``KNOWN_MISSES`` is a strict xfail: a miss the round did not fix, kept
visible. Before the change 16/34, after 29/34 (the corrected rows measured
before: 18/34). Three expectations were corrected after the first measurement,
each to a convention an older table fixed: the gangs row is External
regulation too (round AA: a UN statement is External regulation); the fuel
subsidy row is Economic only (rounds T and Z: a subsidy removal is no Policy);
the pilots' union row is Health and safety only (round O: a union that warns
is a source, not labour's Economic frame).
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.frames_tables import doc_of, policy_frames, table_cases

TABLE = DATA / "frames_heldout_ab.yaml"
# Misses left for a later round, each with why (a strict xfail fails once it passes). Round AC
# fixed the housing association, the temple crush and the bail sum (tests/test_frames_heldout_ac.py).
KNOWN_MISSES: dict[str, str] = {
    "He is accused of steering": "an accusation of corruption is told by the whole charge; 'accused of' alone is also "
    "politics' criticism (round Q: 'Ministers were accused of backsliding' is no crime)",
    "Tanker drivers have held the country hostage": "'tanker' is water brought in (capacity) and 'tanker driver' is "
    "that too in a water outage; a strike of tanker drivers needs the sense of the whole story",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, KNOWN_MISSES))
def test_frames_heldout_ab(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected
