"""Held-out table Q for framing.numbers (tests/data/numbers_heldout_q.yaml): Gulf currencies ("Dh250,000",
"QR10,000", "riyals"), one-word multiples ("fivefold", "twice as likely"), ranges and times ("2 to 3 infusions",
"from noon to 4pm"), counts with a relative clause ("six patients who received the drug died"), and pairing
them across outlets."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_q.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset({
    # "noon" and "midnight" are not read as times of day
    "The ban runs from noon to 4pm.",
    "Shops must close between 10pm and midnight.",
    # the role is read from the relative clause after the people ("who received", "who took part"), not the
    # main verb ("died", "were arrested")
    "At least six patients who received the drug died.",
    "Four men who took part in the march were arrested.",
    # a reading-time line ("6 min read") is read as a count
    "March 3, 2026 · Health Policy · 6 min read",
})
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset({
    "given-names",  # "Ram Bahadur" and "Ram Bahadur Tamang" are read as two people (and the name loses "Ram")
    "dead-trial-patients",  # the relative clause's role ("received"), as above
})


test_heldout_q_extraction, test_heldout_q_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_heldout_q_scores() -> None:
    """Measured on the code before these rules (b098c2c), on the table as corrected: 11/29 sentences exact, 2/7
    pairing cases (2 rows right, 2 wrong, 4 missed); after: see the figures asserted."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (29, 7, 6)
    # round T gaps pass: "several" pairs with no figure (was 4 and 2); round AA: a range's first figure (was 23)
    assert (ext, exact, tp, fp) == (24, 5, 4, 1)


if __name__ == "__main__":  # print the figures recorded in test_heldout_q_scores
    print(scores())
