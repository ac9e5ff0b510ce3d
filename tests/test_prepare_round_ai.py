"""Boilerplate table, round AI (tests/data/boilerplate_round_ai.yaml): page furniture of real pages.

Round AI: real articles of an unseen set (kept out of the repo) showed a headline printed twice
over the story, a popularity badge and a reading-time widget split over two lines. The table
holds lines of my own in those shapes, written before the rules: on the code before them 2 of
its 4 cases passed (the controls); after them all 4 pass. Last, a left and a right single mark
typed as one double opener (‘’We are here,” ...).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import _doc, check_boilerplate_case

DATA = Path(__file__).parent / "data"
ROUND_AI = yaml.safe_load((DATA / "boilerplate_round_ai.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_AI, ids=lambda c: c["text"].split("\n")[0][:40])
def test_boilerplate_round_ai(case: dict[str, object]) -> None:
    check_boilerplate_case(case)


# Round AI: a left and a right single mark typed as one double opener ("‘’"), closed by a double
# mark, seen on a real page (kept out of the repo). Written with the rule: on the code before it
# the first two rows fail (no quote at all: the pair read as a closed single quote and the
# double closer as a stray) and the controls pass, as they still do.
# Each row: the text, then every quote span as (text, the two characters at its opening mark).
@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("‘’We are here to demand the release of the two men,” said some of the lawyers.",
         [("We are here to demand the release of the two men,", "‘’")]),
        ("The lawyers arrived early. ‘’We are here to demand their release,” said one.",
         [("We are here to demand their release,", "‘’")]),
        # controls: a doubled single opener and closer; a "‘’" no double mark closes; a possessive
        ("‘‘The plant will close in 2017,’’ the chairman said.", [("The plant will close in 2017,", "‘‘")]),
        ("She said ‘’ was a typo. He said “fine” and left.", [("fine", "“f")]),
        ("The drivers’’ union met on Monday.", []),
    ],
)
def test_a_left_and_right_single_mark_as_a_double_opener(text: str, spans: list[tuple[str, str]]) -> None:
    doc = _doc(text)
    got = [(s.text, text[s.open_mark : s.open_mark + 2]) for s in doc.quote_spans]
    assert got == spans
    for s in doc.quote_spans:
        assert text[s.start : s.end] == s.text
