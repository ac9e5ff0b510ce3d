"""Boilerplate table, round S (tests/data/boilerplate_round_s.yaml).

Page furniture of EV and tech sites, Chinese state media in English, German
business services, progressive outlets, UK tabloids, FT-style papers, South
African outlets, Fox-style sites, AP-style credits and Spanish-language sites;
and look-alike reporting that stays content. Written BEFORE the round-S rules,
with lines of my own (none from the test events): on the code before them
none of its 7 furniture cases passed, and the look-alike case failed too (an
old donation rule read "Donate today or not, ..., its director said." as an
appeal); after them all pass. One case was added after reading the events, so
it is tuned: the cities opening a German service's lead and a members' box line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import check_boilerplate_case

ROUND_S = yaml.safe_load((Path(__file__).parent / "data" / "boilerplate_round_s.yaml").read_text(encoding="utf-8"))


_MISSES: set[str] = set()


def _marked(cases: list[dict[str, object]]) -> list[object]:
    return [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="a place alone between the standfirst and the "
                                                 "lead is not told apart from a Title-Case deck"))
        if str(c["text"]).split("\n")[1] in _MISSES else c
        for c in cases
    ]


@pytest.mark.parametrize("case", _marked(ROUND_S), ids=lambda c: c["text"].split("\n")[1][:40])
def test_boilerplate_round_s(case: dict[str, object]) -> None:
    check_boilerplate_case(case)
