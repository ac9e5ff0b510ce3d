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
    "Gusts upward of 140 mph tore roofs off in Pellow.": "measured before round AF",
    "The empty 4m sq ft of the old textile mill stands idle.": "measured before round AF",
    "The warehouse offers 250,000 square feet of storage.": "measured before round AF",
    "Each flat has 45 square metres of floor space.": "measured before round AF",
    "The new depot covers 12,000 sq m near Tolvin.": "measured before round AF",
    "The referee was fined 20,000 Swiss francs.": "measured before round AF",
    "The panel fined Rell 50,000 Swiss francs on Monday.": "measured before round AF",
    "The club paid 40 million Norwegian kroner for the land.": "measured before round AF",
    "He received 15 million Kenyan shillings in bribes.": "measured before round AF",
    "Tarsk was fined 5,000 francs by the canton.": "measured before round AF",
    "Auditors traced a three million Swiss francs loan to Berne.": "measured before round AF",
    "The union wants between N40,000 and 55,000 as the new wage.": "measured before round AF",
    "The repairs will cost from $3m to 4m.": "measured before round AF",
    "Seats at the Orley fair cost £15-25.": "measured before round AF",
    "The plot sold for between €200,000 and 250,000.": "measured before round AF",
    "The category-4 hurricane Delmar struck Porto Ferro.": "measured before round AF",
    "Rescuers reached the coast after category-5 Super Typhoon Kiro battered it.": "measured before round AF",
    "The loans were made between 1996 and 2001.": "measured before round AF",
    "He led the club from 1988 to 1994.": "measured before round AF",
    "Abortions are allowed between 10 and 16 weeks in some cases.": "measured before round AF",
    "About 60 to 70 percent of the homes were damaged.": "measured before round AF",
    "Some tenants have waited 15 or 20 years for repairs.": "measured before round AF",
    "Storm death count could reach 900 in Dalvey.": "measured before round AF",
}
KNOWN_PAIRING_MISSES: dict[str, str] = {
    "swiss-francs-fine": "measured before round AF",
    "area-two-ways": "measured before round AF",
    "year-span-two-ways": "measured before round AF",
}


test_real_af_extraction, test_real_af_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_real_af_scores() -> None:
    """Measured on the code before round AF (HEAD 1aedd8f): 10/33 sentences exact, 0/3 pairing cases (1 of 4 rows
    right, 1 false, 3 missed)."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (33, 3, 4)
    assert (ext, exact, tp, fp) == (10, 0, 1, 1)
