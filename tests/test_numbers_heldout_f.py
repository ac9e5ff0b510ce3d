"""Held-out table F for framing.numbers: votes and ballots as things counted (margins, rejected,
counted, a candidate's tally), turnout, shots fired, years of service, a record kept apart from the
story's events, a crowd as an estimate's complement, and attendance at a match."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.numbers_tables import HeldOutTable, expected, extracted

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_f.yaml", labels=True)
shared_rows, rows_of, scores = TABLE.shared_rows, TABLE.rows_of, TABLE.scores


def _table() -> dict[str, Any]:
    return TABLE.data


@pytest.mark.parametrize("case", _table()["extraction"], ids=lambda c: c["text"][:40])
def test_heldout_f_extraction(case: dict[str, Any]) -> None:
    assert extracted(case["text"]) == expected(case)


@pytest.mark.parametrize("case", _table()["pairing"], ids=lambda c: c["id"])
def test_heldout_f_pairing(case: dict[str, Any]) -> None:
    assert shared_rows(case["articles"]) == rows_of(case)


if __name__ == "__main__":  # print the figures recorded in test_heldout_f_scores
    print(scores())
