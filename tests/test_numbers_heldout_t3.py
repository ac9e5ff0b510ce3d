"""Held-out table T3 for framing.numbers (tests/data/numbers_heldout_t3.yaml): a share set only against a share
of the same whole (members voting vs people surveyed), one service's places under several nouns (clinics,
facilities, centres), an age after a definite descriptor, an old legal limit in weeks, money raised told in two
currencies and a landfall told at three times."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.numbers_tables import HeldOutTable, expected, extracted

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_t3.yaml", labels=True)
shared_rows, rows_of, scores = TABLE.shared_rows, TABLE.rows_of, TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset({
})


@pytest.mark.parametrize("case", TABLE.data["extraction"], ids=lambda c: c["text"][:40])
def test_heldout_t3_extraction(case: dict[str, Any]) -> None:
    if case["text"] in KNOWN_MISSES:
        assert extracted(case["text"]) != expected(case)  # flips when a rule reaches it: then move it out
        return
    assert extracted(case["text"]) == expected(case)


@pytest.mark.parametrize("case", TABLE.data["pairing"], ids=lambda c: c["id"])
def test_heldout_t3_pairing(case: dict[str, Any]) -> None:
    if case["id"] in KNOWN_PAIRING_MISSES:
        assert shared_rows(case["articles"]) != rows_of(case)  # flips when a rule reaches it: then move it out
        return
    assert shared_rows(case["articles"]) == rows_of(case)


def test_heldout_t3_scores() -> None:
    """Measured on the code before the third pass of round T (3365cd7), on the table as corrected (a time and a
    count without the hedge "around" / "just"; a service's places counted as clinics; a law's old limit in weeks
    the role "legal limit"): 3/7 sentences exact, 7/13 pairing cases (4 rows right, 1 wrong: a vote share set
    against a survey's, 5 missed); after: the figures asserted."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (7, 13, 9)
    assert (ext, exact, tp, fp) == (7, 13, 9, 0)


if __name__ == "__main__":  # print the figures recorded in test_heldout_t3_scores
    print(scores())
