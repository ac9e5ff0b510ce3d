"""Held-out table X for framing.numbers (tests/data/numbers_heldout_x.yaml): a sum a plan "will save" is savings;
"just" before a figure is no hedge and lets its role through ("turnout was just 38 per cent"); "the ballot of
48,000 members" counts people balloted; captives are people, as hostages are; two shares with no role pair only
when told alike."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_x.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset()


test_heldout_x_extraction, test_heldout_x_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_heldout_x_scores() -> None:
    """Measured on the code before the round-X pass (HEAD 9a70534, on the table as corrected: "just" left out of the
    figure's text, table T3's convention): 2/12 sentences exact, 1/5 pairing cases (1 of 5 rows right, 1 false, 4
    missed); after: the figures asserted."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (12, 5, 5)
    assert (ext, exact, tp, fp) == (12, 5, 5, 0)
