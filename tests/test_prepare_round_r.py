"""Boilerplate table, round R (tests/data/boilerplate_round_r.yaml).

Page furniture of AFP-style English services, UK tabloids, labour and
reader-funded outlets, US local TV, nonprofit newsrooms, Canadian public
broadcasters, Postmedia-style tabloids, BBC-style sport sites and Spanish sports
dailies; and look-alike reporting that stays content. Written BEFORE the
round-R rules, with lines of my own (none from the test events): on the code
before them none of its 9 furniture cases passed (the look-alike case did);
after them 8 of 9 pass (one strict xfail). One case was added after reading
the events, so it is tuned: a place inside the byline block.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import check_boilerplate_case

ROUND_R = yaml.safe_load((Path(__file__).parent / "data" / "boilerplate_round_r.yaml").read_text(encoding="utf-8"))


_MISSES = {"Los Ché drop two points at home"}


def _marked(cases: list[dict[str, object]]) -> list[object]:
    return [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="a place alone between the standfirst and the "
                                                 "lead is not told apart from a Title-Case deck"))
        if str(c["text"]).split("\n")[1] in _MISSES else c
        for c in cases
    ]


@pytest.mark.parametrize("case", _marked(ROUND_R), ids=lambda c: c["text"].split("\n")[1][:40])
def test_boilerplate_round_r(case: dict[str, object]) -> None:
    check_boilerplate_case(case)
