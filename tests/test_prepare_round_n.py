"""Boilerplate table, round N (tests/data/boilerplate_round_n.yaml).

Page furniture of Australian, Canadian, business and technology sites: ABC
Australia's "Topic:", "Photo shows", "(ABC News: Name)" credits, "Key points:"
and "Related Stories" lists with their link headlines; a tabloid's "MORE NEWS"
and "EXCLUSIVE" kicker; CBC's byline-and-stamp line and "Social Sharing";
Postmedia's "Author of the article:"; tag strips with middle dots; "In brief",
"Disclaimer:", "Subscriber content", a lightbox's "Close" and a top author bio;
and look-alike reporting that stays content. Written after the round-N rules,
so these are regression cases, not a held-out measure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import check_boilerplate_case

ROUND_N = yaml.safe_load((Path(__file__).parent / "data" / "boilerplate_round_n.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_N, ids=lambda c: c["text"].split("\n")[1][:40])
def test_boilerplate_round_n(case: dict[str, object]) -> None:
    check_boilerplate_case(case)
