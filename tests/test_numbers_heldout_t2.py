"""Held-out table T2 for framing.numbers (tests/data/numbers_heldout_t2.yaml): numbers that name things (a storm
signal a row of its own; a bill, a stage, a level, a section none), units of concentration and speed, votes in
several forms, families and people, an age range, and the rows a reader wants (clinics, abortions, week limits,
an age after a name, pesos)."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_t2.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset({
    "families-not-people",  # "or about 61,000 people, were displaced": the appositive figure gets no role
    "unnamed-age-after-name",  # "The 28-year-old" gives the age no owner from the sentence before
    "hormone-limits-three-ways",  # "for a year" after a measure is not read
    "arrests-not-ages",  # the role is not read past the age range ("aged between 18 and 34 were arrested")
})


test_heldout_t2_extraction, test_heldout_t2_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_heldout_t2_scores() -> None:
    """Measured on the code before the second pass of round T (f4bdd09), on the table as corrected (three
    conventions of table N: a vague "Thousands", "Only" in a span, "losses" a loss; families counted as people, as
    in table B): 14/22 sentences exact, 5/12 pairing cases (6 rows right, 0 wrong, 8 missed); after: the figures
    asserted."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (22, 12, 14)
    # third pass of round T: a health service's places under several nouns are one count; a law's old limit in
    # weeks is one row (8 cases, 10 rows)
    assert (ext, exact, tp, fp) == (22, 8, 10, 0)


if __name__ == "__main__":  # print the figures recorded in test_heldout_t2_scores
    print(scores())
