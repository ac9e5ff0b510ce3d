"""Round X of framing.entities: a person of a firm, sentence openers, party
adjectives, business abbreviations and pejorative collectives, French
articles, slash datelines, titles of works, promoters, strips and fronts,
the people of a place, capes, wadis and provinces, indices and labels, and a
firm's short name.

The held-out table (tests/data/entities_heldout_x.yaml) was written before
the changes, with sentences not taken from the events, and measured on the
old code first. The misses that remain are strict xfails with their reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_x.yaml"

HARD: dict[str, str] = {
    "Thousands of Somalis fled Baidoa": "an unknown town after 'fled' with no place cue: 'fled' takes a "
                                        "person as often ('fled Harvey Weinstein'), so it cannot be one",
}
HARD_MERGES: dict[str, str] = {}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_x(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE, HARD_MERGES))
def test_compare_entities_heldout_x(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected
