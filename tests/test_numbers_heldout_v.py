"""Held-out table V for framing.numbers (tests/data/numbers_heldout_v.yaml): an earthquake's magnitude however
written ("magnitude 6.4", "7.8-magnitude", "M5.9", "Mw 6.1", "6.6 on the Richter scale") is one row apart from
its aftershock's and from any count; a magnitude threshold is no figure; lakh and crore pair with millions in
rupees; an age in brackets after "alias" is the age of the name before it."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_v.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset({
    # the verb before a sum ("recovered Rs 25 lakh") is not carried over "and" to the next figure ("two cars")
    "Police recovered Rs 25 lakh in cash and two cars from the flat in Jaipur.",
})
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset()


test_heldout_v_extraction, test_heldout_v_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_heldout_v_scores() -> None:
    """Measured on the code before the round-V pass (HEAD 94ecba2, on the table as corrected: "two days", the
    role-named labels "deal (INR)" and "seized (INR)"): 1/11 sentences exact, 0/6 pairing cases (1 of 8 rows
    right, 7 missed); after: the figures asserted."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (11, 6, 8)
    assert (ext, exact, tp, fp) == (10, 6, 8, 0)


if __name__ == "__main__":  # print the figures recorded in test_heldout_v_scores
    print(scores())
