"""Held-out table G for framing.numbers: Commonwealth English house styles: rupees in lakh and crore
("₹4 lakh", "Rs. 1,250 crore", "INR 3 crore", "300,000 rupees"), shillings, naira, pesos and rand written
before the figure ("Sh 50,000", "N5 billion", "P10,000", "R2.5 million"), a measure as a hyphenated adjective
("a 200-metre-deep gorge") and metres against feet, an age in brackets ("Rajesh Kumar (42)"), and a
vehicle's capacity kept apart from the people on board."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.numbers_tables import HeldOutTable, expected, extracted

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_g.yaml", labels=False)
shared_rows, rows_of, scores = TABLE.shared_rows, TABLE.rows_of, TABLE.scores

# Cases the rules do not reach, kept in the table with their true expectation so the score stays honest
# (each assertion flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES = frozenset({
    # a Pakistani "Rs" is read as the Indian rupee: nothing in the sentence says which rupee it is
    "Mr Khan said the provincial government had released Rs 2.5 billion for flood relief.",
    # the role is read from the nearest verb-like word, as for "$50,000": "injured" (the receivers) and
    # "paid" win over "get" and "compensation"
    "Those seriously injured will get Rs 50,000 each, the Collector said.",
    "The family was paid 300,000 rupees ($3,600) in compensation.",
})


def _table() -> dict[str, Any]:
    return TABLE.data


@pytest.mark.parametrize("case", _table()["extraction"], ids=lambda c: c["text"][:40])
def test_heldout_g_extraction(case: dict[str, Any]) -> None:
    if case["text"] in KNOWN_MISSES:
        assert extracted(case["text"]) != expected(case)  # flips when a rule reaches it: then move it out
        return
    assert extracted(case["text"]) == expected(case)


@pytest.mark.parametrize("case", _table()["pairing"], ids=lambda c: c["id"])
def test_heldout_g_pairing(case: dict[str, Any]) -> None:
    assert shared_rows(case["articles"]) == rows_of(case)


def test_heldout_g_scores() -> None:
    """Measured on the code before these rules (25848ff): 4/32 sentences exact, 0/6 pairing cases (1 row
    right, 2 wrong, 6 missed); after: 28/32 and 6/6 (7 right, 0 wrong, 0 missed); then 29/32 once the
    sentence splitter learnt "Rs." before a number (lexicons/abbreviations.yaml); the 3 misses are
    KNOWN_MISSES."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (32, 6, 7)
    assert ext == 29 and exact == 6 and fp == 0

if __name__ == "__main__":  # print the figures recorded in test_heldout_g_scores
    print(scores())


# Regression cases written after the rules (not part of the held-out score): a capital glued to a figure is
# money only in thousands or with a scale; "with N on board" keeps the verb before it; an ex gratia and a
# compensation of different amounts are one fact told differently; people on board pair across wordings.
@pytest.mark.parametrize(("text", "want"), [
    ("Staff were handed N95 masks.", []),
    ("The N5 road was closed.", []),
    ("He was issued a P45 form on Friday.", []),
    ("Rescuers reached the wreck at 9 am.", [("9 am", "date", 9.0, "exact", "time", "")]),
    ("The grant was A$5 million.", [("A$5 million", "money", 5000000.0, "exact", "AUD", "")]),
    ("The ferry sank with 120 people on board.", [("120", "count", 120.0, "exact", "people", "sank")]),
    # seen on the Brennan Foods closure (a business wire, an Irish regional paper): wire abbreviations,
    # a decade, a year after "mid-", a time told in words
    ("Restructuring savings seen at $85 mln by 2028", [("$85 mln", "money", 85000000.0, "exact", "USD", "savings"),
                                                       ("2028", "date", 2028.0, "exact", "year", "")]),
    ("At its 1980s peak the mill employed more than 900 people.",
     [("1980s", "date", 1980.0, "exact", "decade", ""), ("more than 900", "count", 900.0, "above", "people", "employed")]),
    ("The work moves to Poland by mid-2027.", [("2027", "date", 2027.0, "exact", "year", "")]),
    ("The shop opens at seven o'clock each day.", [("seven o'clock", "date", 7.0, "exact", "time", "")]),
])
def test_regression_g_extraction(text: str, want: list[tuple[Any, ...]]) -> None:
    assert extracted(text) == want


@pytest.mark.parametrize(("articles", "want"), [
    ({"daily": "The CM announced an ex gratia of ₹5 lakh to the kin of each deceased.",
      "wire": "The state announced compensation of 400,000 rupees for each family."},
     {("different", ("daily: ₹5 lakh", "wire: 400,000 rupees"))}),
    ({"daily": "There were 58 persons on board, the SP said.",
      "digital": "The bus was carrying more than 60 pilgrims.",
      "wire": "The bus had about 65 people on board."},
     {("different", ("daily: 58", "digital: more than 60", "wire: about 65"))}),
])
def test_regression_g_pairing(articles: dict[str, str], want: set[tuple[Any, ...]]) -> None:
    assert shared_rows(articles) == want
