"""Round Z of framing.entities: 'Today' openers, a firm's plant, chambers
and a place's possessive, live-blog labels and tabloid openers, the price
index, invented places, ships, titles and particles, bodies with 'of', 'for'
and 'to', headlines, brands, demonyms, surnames that are places and short
forms.

The held-out table (tests/data/entities_heldout_z.yaml) was written before
the changes, with sentences not taken from the events, and measured on the
old code first. The misses that remain are strict xfails with their reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_z.yaml"

KNOWN_MISSES: dict[str, str] = {
    "Yesterday Dunmarra announced": "a lone word no list holds, opening the sentence once the day is cut: "
                                    "a capital, a firm and a surname all 'announce'",
}
KNOWN_MISSES_MERGES: dict[str, str] = {}  # linked since round AA (short forms across outlets)


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, KNOWN_MISSES))
def test_extract_entities_heldout_z(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE, KNOWN_MISSES_MERGES))
def test_compare_entities_heldout_z(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected
