"""Round Q part 2 of framing.entities: headlines, things that are no persons, offices, one thing in one row.

The held-out table (tests/data/entities_heldout_q2.yaml) was written before
the changes, with sentences not taken from the events. The misses that
remain are strict xfails with their reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.entities_tables import names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_q2.yaml"

# Misses that no general rule here covers, with the reason.
HARD: dict[str, str] = {
    "Scientists Warn Coral": "'Reefs off Mombasa': 'off' is no place cue ('sent off Smith' in sport)",
    "Youths burned tyres in Owerri": "'Owerri, the state capital,': the comma after an unknown word reads as a person's appositive",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_q2(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected
