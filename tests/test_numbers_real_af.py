"""Real-article table AF for framing.numbers (tests/data/numbers_real_af.yaml): round AF, written before its rules
from the number errors found in the output on 8 real news events (units after a figure read as a count of them:
miles, mph, square feet; a currency named by its country, "Swiss francs"; a range's second sum without the first's
currency; a hyphenated storm category; a span of years; a range's first figure without the second's unit; a
projected toll). Its sentences are our own, in the shapes of those errors, with controls."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_real_af.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: dict[str, str] = {
    "Storm death count could reach 900 in Dalvey.":
        "a projected toll's 'could reach' links no toll to its figure: 'reach' as a complement verb took the noun from "
        "'had yet to reach a dozen isolated villages' (the same fault 'reached' has already)",
}
KNOWN_PAIRING_MISSES: dict[str, str] = {}


test_real_af_extraction, test_real_af_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_real_af_scores() -> None:
    """Measured on the code before round AF (HEAD 1aedd8f): 10/33 sentences exact, 0/3 pairing cases (1 of 4 rows
    right, 1 false, 3 missed); after: 32/33 and 3/3 (4 of 4 right, 0 false) ("upward of" a hedge; square feet and
    metres areas; a currency named by its country, "francs" and other names after the figure money; a range's
    second sum in the first's currency and its first figure in the second's unit; a name word glued by a hyphen
    names its number; a span of years two years)."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (33, 3, 4)
    assert (ext, exact, tp, fp) == (32, 3, 4, 0)
