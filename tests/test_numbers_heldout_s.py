"""Held-out table S for framing.numbers (tests/data/numbers_heldout_s.yaml): one count of vehicles named by
several nouns, a duration in days and weeks, people and households, rand amounts, temperatures, vote tallies,
people deported and a rise in basis points, and pairing them across outlets."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_s.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset({
    "Temperatures are forecast to reach 34°C on Wednesday.",  # a temperature has no role "temperature"
    "The lender pulled more than 400 mortgage products.",  # "pulled" is read as "rescued"
    "His daughter, 9, watched from the window.",  # an age after a kin noun is read as a count
    "Sterling rose 0.6 per cent against the dollar.",  # a market move's verb is no role of a percent
})
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset({
    "temperature-degrees",  # "35 degrees" is no temperature in °C
    "vote-figures-and-words",  # "five votes to four" is no tally
})


test_heldout_s_extraction, test_heldout_s_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_heldout_s_scores() -> None:
    """Measured on the code before these rules (c306feb), on the table as corrected (a tally's form, "spent" is
    cost): 10/21 sentences exact, 1/9 pairing cases (1 row right, 1 wrong, 8 missed); after: the figures asserted."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (21, 9, 9)
    # round T's third pass: basis points, "a quarter point" and percentage points are one unit (6 cases, 6 rows)
    # round AA: a passive "were left without water" is no leaving (was 6 cases, 6 rows, 1 false)
    assert (ext, exact, tp, fp) == (17, 7, 7, 0)


if __name__ == "__main__":  # print the figures recorded in test_heldout_s_scores
    print(scores())
