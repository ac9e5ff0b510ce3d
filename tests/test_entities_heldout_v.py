"""Round V of framing.entities: Irish, Spanish and South Asian titles and bodies,
fact-check labels and tabloid capitals, grades on a scale, court lists and a
currency named with its country.

The held-out table (tests/data/entities_heldout_v.yaml) was written before
the changes, with sentences not taken from the events, and measured on the
old code first (11/27 after correcting two rows whose expectation left out a
real organisation: "CIA staff" in Punjab police and "(FG)" for Fine Gael).
The misses that remain are strict xfails with their reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.entities_tables import names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_v.yaml"

HARD: dict[str, str] = {
    "The storm was upgraded to Category IV": "'reached' is no place cue and the gazetteer lacks Camagüey",
    "The mayor of Arequipa": "'mayor of' is no place cue: Arequipa is unknown to the gazetteer",
    "Officers from the Armed Response Unit were called to Mansfield":
        "'called to' is no place cue and the gazetteer lacks Mansfield",
    "The Garda Emergency Response Unit": "'Garda' is a rank (a title word) and cuts the unit's name",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_v(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected
