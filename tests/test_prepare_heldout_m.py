"""Held-out boilerplate table, round M (tests/data/boilerplate_heldout_m.yaml).

Page furniture of Commonwealth news sites (Indian national dailies and fast
digital sites, Pakistani, Nigerian, Kenyan papers): "Read Time: 4 mins",
"(With inputs from PTI)", "Also Read |", "Show full article", "Track Latest
News Live on ...", tag strips, section labels, syndicated-feed notes,
"Reported by X, Edited by Y"; and look-alike reporting that stays content.
Written before the round-M rules, with lines not taken from the rampur event:
11/26 before (6/21 furniture, 5/5 kept), 26/26 after.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import _doc, check_boilerplate_case

DATA = Path(__file__).parent / "data"
HELDOUT_M = yaml.safe_load((DATA / "boilerplate_heldout_m.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", HELDOUT_M, ids=lambda c: c["text"].split("\n")[1][:40])
def test_boilerplate_heldout_m(case: dict[str, object]) -> None:
    check_boilerplate_case(case)


_BODY = "\n".join(f"Paragraph {i} of the story tells what happened on day {i}." for i in range(1, 12))


# Written after the round-M rules (not held out): the foot of a long story, past the
# top paragraphs, where Indian dailies print the stamp and the tag strip.
@pytest.mark.parametrize(
    ("reason", "line"),
    [
        ("timestamp", "Published - August 3, 2026 06:15 pm IST"),
        ("timestamp", "Updated - 03 August 2026 at 18:15 (PKT)"),
        ("reading time", "Reading time: 5-6 minutes"),
        ("site furniture", "Kerala / monsoon / landslide"),
        ("site furniture", "Topics: Lagos, flooding, LASEMA"),
        ("credit line", "With inputs from PTI and IANS"),
    ],
    ids=lambda v: v[:30],
)
def test_round_m_furniture_at_the_foot(reason: str, line: str) -> None:
    doc = _doc("Floods hit the state\n" + _BODY + "\n" + line)
    assert [[b.reason, b.text] for b in doc.boilerplate] == [[reason, line]]
    assert len(doc.sentences) == 12


# Look-alikes of the round-M shapes that are reporting (written after the rules).
@pytest.mark.parametrize(
    "line",
    [
        "With inputs from the ministry, the team drafted a new plan.",
        "Also, read receipts were switched off on the phone.",
        "Tracking the latest news on the flood, residents gathered at the school.",
        "Downloads of the app rose after the flood.",
        "He said the road was shut and/or damaged in places.",
        "Topics of the meeting included drainage and relief.",
        "Local News reporters reached the spot first.",
        "Published in 2019, the report warned of landslides.",
    ],
    ids=lambda v: v[:30],
)
def test_round_m_lookalikes_stay_content(line: str) -> None:
    doc = _doc("Floods hit the state\n" + line + "\nRoads were shut.")
    assert [b.text for b in doc.boilerplate] == []
