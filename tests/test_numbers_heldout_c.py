"""Held-out table C for framing.numbers: ages of one person, spelled-out counts, "times", scores, readable roles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framing.model import Article
from framing.numbers import compare_numbers, extract_numbers
from framing.prepare import prepare
from tests.numbers_tables import HeldOutTable, expected, extracted

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_c.yaml", labels=False)
shared_rows, rows_of, scores = TABLE.shared_rows, TABLE.rows_of, TABLE.scores


def _table() -> dict[str, Any]:
    return TABLE.data


@pytest.mark.parametrize("case", _table()["extraction"], ids=lambda c: c["text"][:40])
def test_heldout_c_extraction(case: dict[str, Any]) -> None:
    assert extracted(case["text"]) == expected(case)


# Known misses, kept visible (strict: a fix must remove them from here).
KNOWN_MISSES = {
    "court-age-and-term": "'Evil Hussain' at a sentence's start: the epithet is read as his given name",
}


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(reason=KNOWN_MISSES[c["id"]], strict=True)])
     if c["id"] in KNOWN_MISSES else pytest.param(c, id=c["id"]) for c in _table()["pairing"]],
)
def test_heldout_c_pairing(case: dict[str, Any]) -> None:
    assert shared_rows(case["articles"]) == rows_of(case)


def test_heldout_c_scores() -> None:
    """Measured on the code before these rules: 4/21 sentences exact, 7/15 pairing cases (10 rows right,
    2 wrong, 7 missed); after: 21/21 and 13/15 (15 right, 0 wrong, 2 missed). Still missed: "Evil Hussain"
    (a tabloid epithet read as his given name at the start of a sentence). Round 2 (table D's rules): "Three of
    the injured" / "Three people were in critical condition" pair (a partitive counts people; "critical
    condition" is a role): 14/15, 16 right."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (21, 15, 17)
    assert ext == 21 and exact >= 14 and tp >= 16 and fp == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range is written smaller first: never a score
        # both ends of a range count its unit (table Q's convention, round AA; the first end was "")
        ("Forecasters expect 10-15 centimetres of snow.",
         [("10", "count", "centimetre"), ("15", "count", "centimetre")]),
        ("Ages 65-74 were hit hardest.", [("65", "count", ""), ("74", "count", "")]),
        # a year is not one side of a score, even with the larger figure first
        ("The 2019-18 figures were revised.", [("2019", "date", "year"), ("18", "count", "figure")]),
        # spaced dashes join clauses, not figures
        ("It was 3 - 0 at the break.", [("3", "count", ""), ("0", "count", "")]),
        # a noun after the pair makes it a modifier
        ("He works a 9-5 job.", [("9", "count", ""), ("5", "count", "job")]),
        # no word needed for a score written larger first, tight
        ("Rovers were 2-0 up at the break.", [("2-0", "tally", "score")]),
        ("The Senate voted 52-48.", [("52-48", "tally", "vote")]),
    ],
)
def test_dash_pairs(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = prepare(Article(id="t", outlet="Test", text=text))
    assert [(q.text, q.kind, q.counts) for q in extract_numbers(doc)] == expected


def test_marsden_ages_engines_and_times_are_rows() -> None:
    """The Marsden Bridge failures: one man's and one neighbour's ages told two ways, "12 fire engines"
    against "Fourteen fire engines", and "2:15 p.m." against "2.15pm" are rows, named for what they count."""
    from framing.events import load_event

    folder = Path(__file__).resolve().parent / "data" / "events" / "marsden-bridge-explosion-2025"
    docs = [prepare(a) for a in load_event(folder).articles]
    rows = compare_numbers(docs, [extract_numbers(d) for d in docs])
    got = {(r.status, r.label, tuple(f"{c.article}: {c.text}" for c in r.cells)) for r in rows if len(r.articles) > 1}
    assert ("different", "age of Daniel Price",
            ("global-news-now: 34", "the-daily-clarion: 35", "the-northern-chronicle: 34")) in got
    assert ("different", "age of Margaret Doyle",
            ("global-news-now: 71", "the-daily-clarion: 72", "the-northern-chronicle: 71")) in got
    # the label reads after "the number of": plural; "fire" is dropped, as the Chronicle writes "12 engines"
    assert ("different", "engines",
            ("global-news-now: 12", "the-daily-clarion: Fourteen", "the-northern-chronicle: 12")) in got
    # people named by the one noun both outlets use, with no role of the lexicon
    assert ("different", "firefighters", ("global-news-now: about 60", "the-northern-chronicle: more than 60")) in got
    # a partitive ("Three of the injured") and a condition report are one figure
    assert ("same", "people in critical condition", ("global-news-now: Three", "the-northern-chronicle: Three")) in got
    assert ("same", "time", ("global-news-now: 2:15 p.m.", "the-northern-chronicle: 2.15pm")) in got
    # "a hundred times" counts times, never a time of day
    hundred = next(r for r in rows if r.cells[0].text == "a hundred")
    assert (hundred.kind, hundred.counts, hundred.label) == ("count", "times", "times")
