"""Held-out table Q2 for framing.numbers (tests/data/numbers_heldout_q2.yaml), written before the second
round-Q rules: a bracketed conversion as one figure ("12 billion yen (about $80 million)"), money roles (relief,
loan, fee, never a fine), Nepal's rupee, a role read past a relative clause, people's roles never given to
things, reading-time lines, "noon" and "midnight", a vague "several", and parts of a count."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_q2.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset({
    # the role is read from the relative clause ("who took"), not the main verb after it ("died")
    "Two volunteers who took the higher dose later died, the company said.",
    # "noon" and "midnight" are not read as times of day
    "Outdoor work is banned from noon to 3:30 pm.",
    "The curfew runs from midnight to 5am.",
})
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset({
    "trial-deaths-relative",  # the relative clause's role, as above
    "ban-hours",  # "noon", as above
})


test_heldout_q2_extraction, test_heldout_q2_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_heldout_q2_scores() -> None:
    """Measured on the code before these rules (cc27b25): 6/22 sentences exact, 1/8 pairing cases (2 rows
    right, 5 wrong, 6 missed); after (a bracketed conversion is one figure; relief, loan and fee roles; Nepal's
    rupee; reading times; "carrying" things): 19/22, 5/8 (6 right, 1 wrong, 2 missed). The miners row now
    expects "people" (a word the naming lexicon lists for people counts people; "miners" joined it in 304d86e,
    the lead's decision in round AA): on cc27b25 that makes the before figure 5/22, and the after stays 19/22."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (22, 8, 8)
    assert (ext, exact, tp, fp) == (19, 6, 6, 0)  # round T gaps pass: "several" pairs with no figure (was 5 and 1)


if __name__ == "__main__":  # print the figures recorded in test_heldout_q2_scores
    print(scores())
