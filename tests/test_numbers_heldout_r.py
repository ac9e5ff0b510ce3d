"""Held-out table R for framing.numbers (tests/data/numbers_heldout_r.yaml): burned area in hectares and acres,
evacuees, homes and crews, shots, bullets and casings, a jury's deliberation in hours and days, ages given as
"then 17" / "now 18", two people who share a surname, ratios as percentages, fines and daily costs in several
currencies, a match's stoppage, and pairing them across outlets."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_r.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset({
    # "a day and a half" is not read as a span of 1.5 days
    "Stranded passengers waited a day and a half for a seat.",
})
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset({
    "firefighters-and-personnel",  # "personnel" on the fire line is no count of firefighters, and no role
    "stoppage-length",  # "halted" and "stopped" are verbs of no concept: a match's stoppage has no row name
})


test_heldout_r_extraction, test_heldout_r_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_heldout_r_scores() -> None:
    """Measured on the code before these rules (cb5bc33), on the table as corrected (a spent casing is a shot
    fired): 15/24 sentences exact, 1/10 pairing cases (1 row right, 2 wrong, 8 missed); after: the figures
    asserted."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (24, 10, 9)
    # 23/24 since round AL (probe AL): the agent after "by" names no role of what the figure counts.
    assert (ext, exact, tp, fp) == (23, 8, 7, 0)


if __name__ == "__main__":  # print the figures recorded in test_heldout_r_scores
    print(scores())
