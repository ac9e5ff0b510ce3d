"""Held-out table O for framing.numbers (tests/data/numbers_heldout_o.yaml): product, model and vehicle names
that carry a number ("Falcon 9", "Embraer 175", "iPhone 11", "ATR 72-600"), codes (runways, flight numbers,
registrations, METAR lines, hull numbers, "T+2:31"), times in a zone ("0630 GMT"), knots as a speed, invariant
and acronym labels ("fisherfolk", "head", "ICUs"), and pairing across outlets: lakh and crore, seats won, vote
share and turnout, people on board and hospitalised after a crash, people on a migrant boat, pupils."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.numbers_tables import HeldOutTable, expected, extracted

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_o.yaml", labels=True)
shared_rows, rows_of, scores = TABLE.shared_rows, TABLE.rows_of, TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
# Round AK (probe AK) reached the last one: "dozens sleeping on terminal floors" now gives "dozens" no
# role (the "living there" reading of "sleeping" no longer attaches), as the row expects.
KNOWN_MISSES: frozenset[str] = frozenset()
# The rows pair, but people with a role of the lexicon are named "people" ("people deleted", "people excluded"),
# where the table asks for the outlets' own noun ("names deleted", "pupils"): the label rule is shared by every
# table, and changing it renames rows everywhere.
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset({"lakh", "pupils"})


def _table() -> dict[str, Any]:
    return TABLE.data


@pytest.mark.parametrize("case", _table()["extraction"], ids=lambda c: c["text"][:40])
def test_heldout_o_extraction(case: dict[str, Any]) -> None:
    if case["text"] in KNOWN_MISSES:
        assert extracted(case["text"]) != expected(case)  # flips when a rule reaches it: then move it out
        return
    assert extracted(case["text"]) == expected(case)


@pytest.mark.parametrize("case", _table()["pairing"], ids=lambda c: c["id"])
def test_heldout_o_pairing(case: dict[str, Any]) -> None:
    if case["id"] in KNOWN_PAIRING_MISSES:
        assert shared_rows(case["articles"]) != rows_of(case)  # flips when a rule reaches it: then move it out
        return
    assert shared_rows(case["articles"]) == rows_of(case)


def test_heldout_o_scores() -> None:
    """Measured on the code before these rules (8cf7135), on the table as corrected: 10/30 sentences exact, 1/7 pairing cases (0 rows
    right, 5 wrong, 11 missed); after: 29/30 and 5/7 (9 right, 2 wrong, 2 missed: the two known label misses)."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (30, 7, 11)
    # 30/30 since round AK (probe AK).
    assert (ext, exact, tp, fp) == (30, 5, 9, 2)  # round T: the knots case's label corrected to "gusts (knots)"


# Round O's own cases (tests/data/numbers_tuned_o.yaml): sentences of the four test events the rules were written
# on. Tuned on, so their score is no measure of unseen text; kept so the fixed defects stay fixed.
TUNED = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_tuned_o.yaml", labels=True)
TUNED_MISSES: frozenset[str] = frozenset({
    # a headline with no article: "rocket suffers" reads as a plural noun after the name's figure
    "Helion Orbital's Talon 2 rocket suffers upper-stage anomaly on 2nd flight, debris reported in the Caribbean",
})


@pytest.mark.parametrize("case", TUNED.data["extraction"], ids=lambda c: c["text"][:40])
def test_tuned_o_extraction(case: dict[str, Any]) -> None:
    if case["text"] in TUNED_MISSES:
        assert extracted(case["text"]) != expected(case)  # flips when a rule reaches it: then move it out
        return
    assert extracted(case["text"]) == expected(case)


@pytest.mark.parametrize("case", TUNED.data["pairing"], ids=lambda c: c["id"])
def test_tuned_o_pairing(case: dict[str, Any]) -> None:
    assert TUNED.shared_rows(case["articles"]) == TUNED.rows_of(case)


if __name__ == "__main__":  # print the figures recorded in test_heldout_o_scores
    print(scores())
