"""Held-out table U for framing.numbers (tests/data/numbers_heldout_u.yaml): a small vague word pairs with no
figure, a time that dates a count ("by 9pm") stays apart from an event's time, gusts apart from sustained winds,
an earlier reading ("from 120 km/h") apart from the current one, abortions counted three ways in one row, a
court's split before a case name a vote, and "a day and a half"."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_u.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset({
    # "a day and a half" is no figure the reader knows: a number word with "and a half" is not read yet
    "Rescuers searched the rubble for a day and a half before the last survivor was found.",
})
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset({
    "abortions-three-ways",  # women who "had abortions" count people, "abortions performed" procedures: no row
})


test_heldout_u_extraction, test_heldout_u_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_heldout_u_scores() -> None:
    """Measured on the code before the round-T gaps pass (HEAD 575b654), on the table as corrected (gusts' role
    "wind", as table N reads it; the cholera count's verb "recorded"): 6/8 sentences exact, 5/13 pairing cases
    (6 rows right, 7 wrong, 2 missed); after: the figures asserted."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (8, 13, 8)
    assert (ext, exact, tp, fp) == (7, 12, 7, 0)


if __name__ == "__main__":  # print the figures recorded in test_heldout_u_scores
    print(scores())
