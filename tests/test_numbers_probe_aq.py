"""Probe table AQ for framing.numbers (tests/data/numbers_probe_aq.yaml): a figure made an adjective by hyphens
between a count and its noun ("five 24-hour strikes", "two 10-year-old boys"), with controls and one pairing case."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_probe_aq.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: dict[str, str] = {
    "Five 10-year-olds were rescued.": "a figure-adjective used as the noun itself ('10-year-olds') reads as a "
                                       "duration of years, not the age of the five",
}
KNOWN_PAIRING_MISSES: dict[str, str] = {}


test_probe_aq_extraction, test_probe_aq_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_probe_aq_scores() -> None:
    """Measured on the code before round AQ (e429d42): 4/8 sentences exact (the three controls, and the boys, whose
    count read people from its role though its noun was missed), 0/1 pairing case (1 of 2 rows right: "five" and
    "three" were no row, their counts had no noun). After: 7/8 and 1/1."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (ext, sentences, exact, cases) == (7, 8, 1, 1)
