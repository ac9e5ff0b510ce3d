"""Held-out table T3 for framing.numbers (tests/data/numbers_heldout_t3.yaml): a share set only against a share
of the same whole (members voting vs people surveyed), one service's places under several nouns (clinics,
facilities, centres), an age after a definite descriptor, an old legal limit in weeks, money raised told in two
currencies and a landfall told at three times."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_t3.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset({
})


test_heldout_t3_extraction, test_heldout_t3_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


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
