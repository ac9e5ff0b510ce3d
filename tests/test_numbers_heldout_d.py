"""Held-out table D for framing.numbers: crowds, restated vague counts, numbers in names, partitives, labels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from framing.model import Article
from framing.numbers import Quantity, compare_numbers, extract_numbers
from framing.prepare import prepare

TABLE = Path(__file__).resolve().parent / "data" / "numbers_heldout_d.yaml"

Row = tuple[str, str, tuple[str, ...]]


def _table() -> dict[str, Any]:
    return yaml.safe_load(TABLE.read_text(encoding="utf-8"))


def _detail(q: Quantity) -> str:
    """Whose age it is for an age; the role for anything else."""
    return q.subject if q.kind == "age" else q.role


def extracted(text: str) -> list[tuple[str, str, float | None, str, str, str]]:
    doc = prepare(Article(id="t", outlet="Test", text=text))
    return [(q.text, q.kind, q.value, q.bound, q.counts, _detail(q)) for q in extract_numbers(doc)]


def expected(case: dict[str, Any]) -> list[tuple[str, str, float | None, str, str, str]]:
    return [(t, k, None if v is None else float(v), b, c, d) for t, k, v, b, c, d in case["expect"]]


def shared_rows(articles: dict[str, str]) -> set[Row]:
    docs = [prepare(Article(id=k, outlet=k, text=v)) for k, v in articles.items()]
    rows = compare_numbers(docs, [extract_numbers(d) for d in docs])
    return {(r.status, r.label, tuple(f"{c.article}: {c.text}" for c in r.cells)) for r in rows if len(r.articles) > 1}


def rows_of(case: dict[str, Any]) -> set[Row]:
    return {(row[0], row[1], tuple(row[2:])) for row in case["rows"]}


def scores() -> tuple[int, int, int, int, int, int, int]:
    """(exact sentences, sentences, exact cases, cases, true rows, false rows, missed rows)."""
    data = _table()
    ext = sum(extracted(c["text"]) == expected(c) for c in data["extraction"])
    exact = tp = fp = fn = 0
    for case in data["pairing"]:
        got, want = shared_rows(case["articles"]), rows_of(case)
        exact += got == want
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    return ext, len(data["extraction"]), exact, len(data["pairing"]), tp, fp, fn


@pytest.mark.parametrize("case", _table()["extraction"], ids=lambda c: c["text"][:40])
def test_heldout_d_extraction(case: dict[str, Any]) -> None:
    assert extracted(case["text"]) == expected(case)


@pytest.mark.parametrize("case", _table()["pairing"], ids=lambda c: c["id"])
def test_heldout_d_pairing(case: dict[str, Any]) -> None:
    assert shared_rows(case["articles"]) == rows_of(case)


if __name__ == "__main__":  # print the figures recorded in test_heldout_d_scores
    print(scores())
