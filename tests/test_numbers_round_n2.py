"""Round N, second pass, for framing.numbers (tests/data/numbers_round_n2.yaml): a shots noun in another sense
("rounds of talks"), a share that is no stock, money got back that is no approval, the maximum sentence a
defendant faces ("up to 20 years", "more than a century"), durations paired by what they measure (deliberation,
trial length), people named by where they live ("Londoners"), hex digests, data volumes (TB, GB) and labels
that read as words ("members", not "people members")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framing.model import Article
from framing.numbers import compare_numbers, extract_numbers
from framing.prepare import prepare
from tests.numbers_tables import HeldOutTable, expected, extracted

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_round_n2.yaml", labels=True)
shared_rows, rows_of = TABLE.shared_rows, TABLE.rows_of

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set).
KNOWN_MISSES: frozenset[str] = frozenset({
    # "stole" is a concept of money only (diverted); before a data volume it is passed over, and no role is read
    "The gang says it stole 1.5 TB of data from the insurer.",
})
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset()


def labels_of(text: str) -> list[list[str]]:
    """Each row of one article as [label, texts...]."""
    doc = prepare(Article(id="a", outlet="a", text=text))
    return [[r.label, *(c.text for c in r.cells)] for r in compare_numbers([doc], [extract_numbers(doc)])]


def test_round_n2_scores() -> None:
    """Measured on the code before these rules (95a039c): 1/12 sentences exact, 2/6 label cases, 0/3 pairing
    cases; after: 11/12, 6/6, 3/3; the miss is the known one."""
    assert scores() == (11, 12, 6, 6, 3, 3)


def scores() -> tuple[int, int, int, int, int, int]:
    """(exact sentences, sentences, exact label cases, label cases, exact pairing cases, pairing cases)."""
    data = TABLE.data
    ext = sum(extracted(c["text"]) == expected(c) for c in data["extraction"])
    lab = sum(labels_of(c["text"]) == c["rows"] for c in data["labels"])
    pair = sum(shared_rows(c["articles"]) == rows_of(c) for c in data["pairing"])
    return ext, len(data["extraction"]), lab, len(data["labels"]), pair, len(data["pairing"])


@pytest.mark.parametrize("case", TABLE.data["extraction"], ids=lambda c: c["text"][:40])
def test_round_n2_extraction(case: dict[str, Any]) -> None:
    if case["text"] in KNOWN_MISSES:
        assert extracted(case["text"]) != expected(case)
        return
    assert extracted(case["text"]) == expected(case)


@pytest.mark.parametrize("case", TABLE.data["labels"], ids=lambda c: c["text"][:40])
def test_round_n2_labels(case: dict[str, Any]) -> None:
    if case["text"] in KNOWN_MISSES:
        assert labels_of(case["text"]) != case["rows"]
        return
    assert labels_of(case["text"]) == case["rows"]


@pytest.mark.parametrize("case", TABLE.data["pairing"], ids=lambda c: c["id"])
def test_round_n2_pairing(case: dict[str, Any]) -> None:
    if case["id"] in KNOWN_PAIRING_MISSES:
        assert shared_rows(case["articles"]) != rows_of(case)
        return
    assert shared_rows(case["articles"]) == rows_of(case)


if __name__ == "__main__":
    print(scores())
    for c in TABLE.data["extraction"]:
        if extracted(c["text"]) != expected(c):
            print("X", c["text"], extracted(c["text"]))
    for c in TABLE.data["labels"]:
        if labels_of(c["text"]) != c["rows"]:
            print("L", c["text"], labels_of(c["text"]))
    for c in TABLE.data["pairing"]:
        if shared_rows(c["articles"]) != rows_of(c):
            print("P", c["id"], shared_rows(c["articles"]))
