"""Naming table AF: error classes a hand check of real articles found, in sentences of my own.

The table (``data/naming_real_af.yaml``) restates each class (a people word inside a paper's or a
body's capitalised name and a photo caption closed by "| Photographer / Paper"; a people word as
the modifier of another noun; a building fire's survivors filed under crime by a shouted word; a
crowd's shout read as the outlet's scare quote; a public office called "manager") with controls;
see its header. Before the fix: mentions 13/28, topic 20/28, captions 1/2.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests
from tests.test_prepare import check_boilerplate_case

TABLE = yaml.safe_load((DATA / "naming_real_af.yaml").read_text(encoding="utf-8"))

# Each still missed, with why (one line each):
KNOWN_MISSES: dict[str, str] = {
    'Anger grew when the chair said the Tenan': "before round AF's rules",
    'Chants of “scab” followed the two men wh': "before round AF's rules",
    'Cries of “killer” followed the defendant': "before round AF's rules",
    'Farmers in the valley were angry, Halden': "before round AF's rules",
    'Officials said the economic management t': "before round AF's rules",
    'Pickets stood at the depot gate on Tuesd': "before round AF's rules",
    'Survivors of the warehouse blaze told th': "before round AF's rules",
    'The city manager said the budget would b': "before round AF's rules",
    'The depot will shut in June, the company': "before round AF's rules",
    'The plan was first reported by Socialist': "before round AF's rules",
    'The refugee system is under strain, the ': "before round AF's rules",
    'The state-appointed emergency manager sw': "before round AF's rules",
    'Under the new management structure, thre': "before round AF's rules",
    'Victim after victim of the hotel inferno': "before round AF's rules",
}
TOPIC_KNOWN_MISSES: dict[str, str] = {
    'Anger grew when the chair said the Tenan': "before round AF's rules",
    'Officials said the economic management t': "before round AF's rules",
    'Pickets stood at the depot gate on Tuesd': "before round AF's rules",
    'Survivors of the tower fire said the fir': "before round AF's rules",
    'Survivors of the warehouse blaze told th': "before round AF's rules",
    'Under the new management structure, thre': "before round AF's rules",
    'Victim after victim of the hotel inferno': "before round AF's rules",
}
CAPTION_KNOWN_MISSES: dict[str, str] = {
    'Depot to close with 300 jobs lost\n\nThe H': "before round AF's rules",
}

MISSES = rows_opening_with(TABLE["single"], tuple(KNOWN_MISSES))
TOPIC_MISSES = rows_opening_with(TABLE["single"], tuple(TOPIC_KNOWN_MISSES))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see KNOWN_MISSES"
)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=CAPTION_KNOWN_MISSES[c["text"][:40]]))
        if c["text"][:40] in CAPTION_KNOWN_MISSES
        else c
        for c in TABLE["captions"]
    ],
    ids=lambda c: c["text"].split("\n")[0][:40],
)
def test_caption_set_aside(case: dict[str, Any]) -> None:
    check_boilerplate_case(case)
