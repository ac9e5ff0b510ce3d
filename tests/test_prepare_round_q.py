"""Boilerplate table, round Q (tests/data/boilerplate_round_q.yaml).

Page furniture of specialist health sites, UK tabloids, reader-funded
watchdogs, Japanese English outlets, US syndicated conservative sites,
Guardian-style and Al-Jazeera-style sites, Gulf, Indian, Nepali and Nigerian
dailies, BBC-style sites and USA-Today-style credits; and look-alike reporting
that stays content. Written BEFORE the round-Q rules, with lines of my own
(none from the test events): on the code before them none of its 11
furniture cases passed (the look-alike case did); one line (a paywall prompt
and its button on one line) was added after reading the events.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import check_boilerplate_case

ROUND_Q = yaml.safe_load((Path(__file__).parent / "data" / "boilerplate_round_q.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_Q, ids=lambda c: c["text"].split("\n")[1][:40])
def test_boilerplate_round_q(case: dict[str, object]) -> None:
    check_boilerplate_case(case)


@pytest.mark.parametrize(
    ("text", "aside", "content"),
    [
        # tuned on the heatwave event's "[VIDEO] ..." line: a player's label and its caption
        ("Typhoon nears Okinawa\n[VIDEO] Waves batter the sea wall in Naha on Sunday\nThe storm weakened overnight.",
         [["caption", "[VIDEO] Waves batter the sea wall in Naha on Sunday"]], ["Typhoon nears Okinawa", "The storm weakened overnight."]),
        ("Typhoon nears Okinawa\n[PHOTOS] Flood waters rise in Nago\nThe storm weakened overnight.",
         [["caption", "[PHOTOS] Flood waters rise in Nago"]], ["Typhoon nears Okinawa", "The storm weakened overnight."]),
        # a bracketed aside in reporting stays
        ("Typhoon nears Okinawa\n[The storm] weakened overnight, forecasters said.",
         [], ["Typhoon nears Okinawa", "[The storm] weakened overnight, forecasters said."]),
    ],
)
def test_a_video_or_gallery_caption_behind_its_label(text: str, aside: list[list[str]], content: list[str]) -> None:
    from tests.test_prepare import _doc

    doc = _doc(text)
    assert [[b.reason, b.text] for b in doc.boilerplate] == aside
    assert [s.text for s in doc.sentences] == content
