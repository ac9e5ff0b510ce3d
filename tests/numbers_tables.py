"""Reading, testing and scoring the held-out number tables: one reader for all.

A table holds ``extraction`` cases (a sentence and every figure expected in
it) and ``pairing`` cases (articles and the rows they should share). Table C
compares rows without their label; table D, written to check labels, with it.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest
import yaml

from framing.events import load_event
from framing.model import Article
from framing.numbers import Quantity, compare_numbers, extract_numbers
from framing.prepare import prepare

Figure = tuple[str, str, float | None, str, str, str]
Row = tuple[Any, ...]  # (status, [label,] cells)


def _detail(q: Quantity) -> str:
    """Whose age it is for an age; the role for anything else, and whose figure it is where named
    ("received (Hollis)": a candidate's votes)."""
    if q.kind == "age":
        return q.subject
    return f"{q.role} ({q.subject})" if q.subject else q.role


EventRow = tuple[str, str, tuple[str, ...]]


def event_number_rows(event: Path) -> tuple[EventRow, ...]:
    """An event's number rows as (status, label, ("outlet-slug: figure as written", ...))."""
    docs = [prepare(a) for a in load_event(event).articles]
    return tuple((r.status, r.label, tuple(f"{c.article}: {c.text}" for c in r.cells))
                 for r in compare_numbers(docs, [extract_numbers(d) for d in docs]))


def extracted(text: str) -> list[Figure]:
    doc = prepare(Article(id="t", outlet="Test", text=text))
    return [(q.text, q.kind, q.value, q.bound, q.counts, _detail(q)) for q in extract_numbers(doc)]


def expected(case: dict[str, Any]) -> list[Figure]:
    return [(t, k, None if v is None else float(v), b, c, d) for t, k, v, b, c, d in case["expect"]]


class HeldOutTable:
    """One held-out table file; ``labels`` says whether its pairing rows name their label."""

    def __init__(self, path: Path, *, labels: bool) -> None:
        self.path = path
        self.labels = labels

    @cached_property
    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        return data

    def shared_rows(self, articles: dict[str, str]) -> set[Row]:
        """The rows two or more of ``articles`` share, as (status, [label,] "article: text" cells)."""
        docs = [prepare(Article(id=k, outlet=k, text=v)) for k, v in articles.items()]
        rows = compare_numbers(docs, [extract_numbers(d) for d in docs])
        return {
            (r.status, *((r.label,) if self.labels else ()), tuple(f"{c.article}: {c.text}" for c in r.cells))
            for r in rows if len(r.articles) > 1
        }

    def rows_of(self, case: dict[str, Any]) -> set[Row]:
        head = 2 if self.labels else 1
        return {(*row[:head], tuple(row[head:])) for row in case["rows"]}

    def scores(self) -> tuple[int, int, int, int, int, int, int]:
        """(exact sentences, sentences, exact cases, cases, true rows, false rows, missed rows)."""
        ext = sum(extracted(c["text"]) == expected(c) for c in self.data["extraction"])
        exact = tp = fp = fn = 0
        for case in self.data["pairing"]:
            got, want = self.shared_rows(case["articles"]), self.rows_of(case)
            exact += got == want
            tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        return ext, len(self.data["extraction"]), exact, len(self.data["pairing"]), tp, fp, fn

    def case_tests(self, misses: Collection[str], pairing_misses: Collection[str]) -> tuple[Any, Any]:
        """The two tests of a table's cases, its extraction sentences and its pairing cases.

        A table file binds them to its own names (``test_heldout_z_extraction,
        test_heldout_z_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)``).
        A known miss keeps its true expectation and asserts the code still differs from it:
        the assertion flips when a rule reaches it, and the case then moves out of the set.
        """

        @pytest.mark.parametrize("case", self.data["extraction"], ids=lambda c: c["text"][:40])
        def test_extraction(case: dict[str, Any]) -> None:
            if case["text"] in misses:
                assert extracted(case["text"]) != expected(case)
                return
            assert extracted(case["text"]) == expected(case)

        @pytest.mark.parametrize("case", self.data["pairing"], ids=lambda c: c["id"])
        def test_pairing(case: dict[str, Any]) -> None:
            if case["id"] in pairing_misses:
                assert self.shared_rows(case["articles"]) != self.rows_of(case)
                return
            assert self.shared_rows(case["articles"]) == self.rows_of(case)

        return test_extraction, test_pairing
