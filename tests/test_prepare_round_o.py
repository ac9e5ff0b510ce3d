"""Boilerplate table, round O (tests/data/boilerplate_round_o.yaml).

Page furniture of Canadian (Postmedia's "Article content", numbered ad slots,
sign-up box and share line; "With files from The Canadian Press"), translator's
notes in brackets, the Daily Mail's carousel and "Scroll down for video", the
Guardian's kicker, newsletter box and tag list, the Express's sign-up box and
stamp, Reuters' summary label, syndication notice and handout-picture caption,
slash bylines, captions closed by their credit, contact and e-mail lines,
promises of updates and donation boxes; and look-alike reporting that stays
content. Written after
the round-O rules, so these are regression cases, not a held-out measure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import check_boilerplate_case

ROUND_O = yaml.safe_load((Path(__file__).parent / "data" / "boilerplate_round_o.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_O, ids=lambda c: c["text"].split("\n")[1][:40])
def test_boilerplate_round_o(case: dict[str, object]) -> None:
    check_boilerplate_case(case)
