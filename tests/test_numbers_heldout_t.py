"""Held-out table T for framing.numbers (tests/data/numbers_heldout_t.yaml): a death toll kept apart from a
part of it (one town's, one hospital's dead; officers hurt), numbers that name a storm signal, a development
stage or a bill, hormone levels in nmol/L, votes told three ways and one person's age in two forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.numbers_tables import HeldOutTable, expected, extracted

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_t.yaml", labels=True)
shared_rows, rows_of, scores = TABLE.shared_rows, TABLE.rows_of, TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset({
    "The storm made landfall as Signal No. 4 was raised over three provinces.",  # "raised" is the provinces' role
    "The guidance applies to children who have reached Tanner stage 3.",  # a stage's number is read as a count
    "Athletes must keep testosterone below 2.5 nmol/L for two years.",  # nmol/L is no unit of the lexicon
    "The previous threshold was a testosterone level of 5 nanomoles per litre.",  # nor nanomoles per litre
})
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset({
    "hormone-threshold",  # the unit reads "nmols", not nmol/L
    "one-age-two-forms",  # "Nair, a 30-year-old sprinter" gives the age no owner
})


@pytest.mark.parametrize("case", TABLE.data["extraction"], ids=lambda c: c["text"][:40])
def test_heldout_t_extraction(case: dict[str, Any]) -> None:
    if case["text"] in KNOWN_MISSES:
        assert extracted(case["text"]) != expected(case)  # flips when a rule reaches it: then move it out
        return
    assert extracted(case["text"]) == expected(case)


@pytest.mark.parametrize("case", TABLE.data["pairing"], ids=lambda c: c["id"])
def test_heldout_t_pairing(case: dict[str, Any]) -> None:
    if case["id"] in KNOWN_PAIRING_MISSES:
        assert shared_rows(case["articles"]) != rows_of(case)  # flips when a rule reaches it: then move it out
        return
    assert shared_rows(case["articles"]) == rows_of(case)


def test_heldout_t_scores() -> None:
    """Measured on the code before these rules (93d36b6): 8/12 sentences exact, 2/7 pairing cases (3 rows right,
    4 wrong, 4 missed); after the rules on a toll and its parts: the figures asserted."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (12, 7, 7)
    assert (ext, exact, tp, fp) == (8, 5, 5, 1)


if __name__ == "__main__":  # print the figures recorded in test_heldout_t_scores
    print(scores())
