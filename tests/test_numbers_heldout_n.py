"""Held-out table N for framing.numbers: speeds, temperatures and areas as measures with their own units
("110 km/h", "46.6C", "112°F", "4,500 hectares", "15,000 acres") compared across units; scale letters glued
to a figure ("$2.4B", "250K"); IP addresses and version numbers that are no quantity; crypto-currencies as
money; a ransom and money diverted as roles; numbers in words ("more than a million", "half a million");
labels ("served" only for prison terms, "in his 60s" an age, "200 head of sheep" sheep); a bare "$" in an
article that names its own dollar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.numbers_tables import HeldOutTable, expected, extracted

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_n.yaml", labels=True)
shared_rows, rows_of, scores = TABLE.shared_rows, TABLE.rows_of, TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES = frozenset({
    # "added" is one of the reporting verbs the role reader passes over ("said", "added"): the sum has no role
    "Canberra committed A$25 million to the recovery. The state added $10 million.",
})
# The sum a gang "demanded" with no word "ransom" near it stays "sought", so it does not pair with the ransoms.
KNOWN_PAIRING_MISSES = frozenset({"ransom"})


def _table() -> dict[str, Any]:
    return TABLE.data


@pytest.mark.parametrize("case", _table()["extraction"], ids=lambda c: c["text"][:40])
def test_heldout_n_extraction(case: dict[str, Any]) -> None:
    if case["text"] in KNOWN_MISSES:
        assert extracted(case["text"]) != expected(case)  # flips when a rule reaches it: then move it out
        return
    assert extracted(case["text"]) == expected(case)


@pytest.mark.parametrize("case", _table()["pairing"], ids=lambda c: c["id"])
def test_heldout_n_pairing(case: dict[str, Any]) -> None:
    if case["id"] in KNOWN_PAIRING_MISSES:
        assert shared_rows(case["articles"]) != rows_of(case)  # flips when a rule reaches it: then move it out
        return
    assert shared_rows(case["articles"]) == rows_of(case)


def test_heldout_n_scores() -> None:
    """Measured on the code before these rules (fe959f0): 3/36 sentences exact, 0/6 pairing cases (0 rows right,
    1 wrong, 6 missed); after: 34/36 and 5/6 (5 right, 1 wrong, 1 missed); the misses are the known ones. Round N's
    second pass reads time spent as "spent" ("spent the past three weeks not sleeping"): 35/36."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (36, 6, 6)
    assert ext == 35 and exact == 5 and tp == 5


if __name__ == "__main__":  # print the figures recorded in test_heldout_n_scores
    print(scores())
