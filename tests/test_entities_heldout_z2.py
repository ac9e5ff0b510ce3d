"""Round Z, second pass, of framing.entities: the classes the first pass
left missed, in fresh variants (day-word openers, a firm's plant, states as
objects, surnames that are places, a place's short name, invented capitals
and countries, ships, a kind noun before a firm's name), with new
constructions and controls.

The held-out table (tests/data/entities_heldout_z2.yaml) was written before
the changes, with sentences not taken from the events, and measured on the
old code first. The misses that remain are strict xfails with their reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_z2.yaml"

KNOWN_MISSES: dict[str, str] = {
    "The African Union suspended Kessara": "'suspended X from' takes a person, a club or a state alike; "
                                           "nothing in the sentence settles which",
    "Bandara Junta Orders Foreign": "a Title Case headline keeps only names it knows; 'Junta' and 'Protests' "
                                    "after an unknown word are not read as a place's there",
}
KNOWN_MISSES_MERGES: dict[str, str] = {}  # both linked since round AA (short forms across outlets)


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, KNOWN_MISSES))
def test_extract_entities_heldout_z2(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE, KNOWN_MISSES_MERGES))
def test_compare_entities_heldout_z2(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected
