"""Round X events' own frame cases (tuned on: the changes were made after reading these articles).

Each row is one sentence of a round-X event article and the exact set of policy
frames it carries (tests.frames_tables.sentence_frames).
"""

from __future__ import annotations

import pytest

from tests.frames_tables import sentence_frames

CASES = [
    ("qaresh-ceasefire-exchange-2026", "halden", "Talks on second phase", set()),
    ("qaresh-ceasefire-exchange-2026", "the-times-of-velmora", "Ninety-one hostages remain", {"health_safety", "security_defense"}),
    ("singer-assault-verdict-2026", "associated-press", "The civil jury voted 10-2", {"crime_punishment", "legality"}),
    ("singer-assault-verdict-2026", "marquee", "Kessler said the defense would file", {"legality"}),
    # Round X2: "Education Officer" and "Department for Education" name a post and a ministry,
    # not schooling (the first pass counted Quality of life for them; wrong, corrected).
    ("university-pay-strike-2026", "the-gatehouse", "Maya Lindqvist, the Students", {"economic"}),
    ("university-pay-strike-2026", "the-examiner", "A Department for Education spokesperson", {"economic"}),
    ("canada-drug-price-cap-2026", "cpb-news", "The price cap will apply to 87 drugs", {"economic", "policy_prescription"}),
]


@pytest.mark.parametrize(("slug", "article", "start", "expected"), CASES, ids=[c[2][:30] for c in CASES])
def test_round_x_event_frames(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected
