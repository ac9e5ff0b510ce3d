"""Held-out table D for framing.numbers: crowds, restated vague counts, numbers in names, partitives, labels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framing.model import Article
from framing.numbers import compare_numbers, extract_numbers
from framing.prepare import prepare
from tests.numbers_tables import HeldOutTable, expected, extracted

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_d.yaml", labels=True)
shared_rows, rows_of, scores = TABLE.shared_rows, TABLE.rows_of, TABLE.scores


def _table() -> dict[str, Any]:
    return TABLE.data


@pytest.mark.parametrize("case", _table()["extraction"], ids=lambda c: c["text"][:40])
def test_heldout_d_extraction(case: dict[str, Any]) -> None:
    assert extracted(case["text"]) == expected(case)


# Known misses, kept visible (strict: a fix must remove them from here).
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(reason=KNOWN_MISSES[c["id"]], strict=True)])
     if c["id"] in KNOWN_MISSES else pytest.param(c, id=c["id"]) for c in _table()["pairing"]],
)
def test_heldout_d_pairing(case: dict[str, Any]) -> None:
    assert shared_rows(case["articles"]) == rows_of(case)


def test_heldout_d_scores() -> None:
    """Measured on the code before these rules (e9f4ecd): 6/28 sentences exact, 3/13 pairing cases (3 rows
    right, 7 wrong, 10 missed); after: 28/28 and 12/13 (12 right, 1 wrong, 1 missed). Still missed: the
    label of the firefighters' row takes "called" from the neighbours' 999 call in the other clause."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (28, 13, 13)
    assert ext == 28 and exact >= 12 and tp >= 12 and fp <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codes and names: no count
        ("The M25 and the A1 were closed.", []),
        ("Flights of F-35 jets and COVID-19 rules were discussed.", []),
        ("No. 10 said 40 people had written letters.", [("40", "people")]),
        ("Traffic was stopped at junction 10 of the M1.", []),
        ("Workers at Gate 5 and Terminal 3 walked out.", []),
        # a capitalised naming word only: "local" as an adjective keeps its figure
        ("A local 2 percent sales tax was approved.", [("2 percent", "percent")]),
        ("Voters backed Proposition 8 and Measure 110.", []),
        # phone numbers and emergency numbers
        ("Call 1-800-273-8255 or (614) 555-0199.", []),
        ("Ring 0161 496 0000 or text 07700 900123.", []),
        ("A 999 call was made at 2.10am.", [("2.10am", "time")]),
        ("The 911 dispatchers took 300 calls.", [("300", "call")]),
        ("She called 911 three times.", [("three", "times")]),
        # a count after a call verb is still a count
        ("The union called 3,000 members out on strike.", [("3,000", "people")]),
        # an ISO date and a range are not phone numbers
        # both ends of a range count its noun (table Q's convention, round AA; the first end was "")
        ("Between 300-400 people attended.", [("300", "people"), ("400", "people")]),
        # a count after a name that is not a naming word stays a count
        ("In Houston 30 homes were flooded.", [("30", "home")]),
    ],
)
def test_numbers_in_names_and_phone_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    doc = prepare(Article(id="t", outlet="Test", text=text))
    assert [(q.text, q.counts) for q in extract_numbers(doc)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # restated after a dash, a colon, brackets: the vague count's noun and role
        ("Dozens of people were arrested – at least 30, according to the guild.",
         [("Dozens", "people", "arrested"), ("at least 30", "people", "arrested")]),
        ("Hundreds of homes lost power - some 450, the utility said.",
         [("Hundreds", "home", "without power"), ("some 450", "home", "without power")]),
        # a figure with its own role is another fact, not a restatement
        ("Several officers were hurt: two were taken to hospital.",
         [("Several", "officer", "injured"), ("two", "people", "hospitalized")]),
        # a comma is no restatement; a hyphen inside a word neither
        ("Dozens of people were arrested, and 12 were charged.",
         [("Dozens", "people", "arrested"), ("12", "people", "charged")]),
        # a precise figure is not restated
        ("About 40 people were arrested – 38 by police and two by deputies.",
         [("About 40", "people", "arrested"), ("38", "", ""), ("two", "", "")]),
    ],
)
def test_restated_vague_counts(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = prepare(Article(id="t", outlet="Test", text=text))
    assert [(q.text, q.counts, q.role) for q in extract_numbers(doc)] == expected


@pytest.mark.parametrize(
    ("a", "b", "paired"),
    [
        # a crowd's estimates pair within the crowd's wider spread (police 300, organisers 1,000)
        ("About 300 people gathered outside City Hall.", "More than 1,000 people rallied at City Hall.", True),
        # but not a vigil of 30 with a march of 1,000
        ("About 30 people gathered for a vigil.", "More than 1,000 people marched downtown.", False),
        # other counts keep the narrow spread
        ("About 300 people were evacuated.", "More than 1,000 people were evacuated.", False),
        # a vague count pairs with a figure near its range
        ("Dozens of people were arrested.", "At least 26 people were arrested.", True),
        ("Dozens of people were arrested.", "About 600 people were arrested.", False),
        # corrected in round T (gaps pass): "several" stands for no figure (round Q's held-out cases
        # "several-is-no-figure" and "several-not-seven" and its acceptance xfail say so); was True
        ("Several people were injured.", "Four people were injured.", False),
        ("Hundreds of protesters marched.", "About 2,000 people marched.", True),
        ("Thousands of protesters marched.", "About 300 people marched.", False),
    ],
)
def test_crowds_and_vague_counts_pair_by_range(a: str, b: str, paired: bool) -> None:
    assert bool(shared_rows({"a": a, "b": b})) is paired


@pytest.mark.parametrize(
    ("articles", "label"),
    [
        ({"a": "Twelve fire engines were sent.", "b": "Fourteen fire engines were sent."}, "fire engines"),
        ({"a": "1 officer was hurt.", "b": "Police said 1 officer was injured."}, "officers injured"),
        ({"a": "Crews rescued 40 dogs.", "b": "About 40 dogs were rescued."}, "dogs rescued"),
        ({"a": "Some 12 churches were damaged.", "b": "A dozen churches were damaged."}, "churches damaged"),
        ({"a": "About 60 firefighters tackled the blaze.", "b": "More than 60 firefighters fought it."},
         "firefighters"),
        # people with a role of the lexicon are "people": the role says who they are
        ({"a": "About 150 students walked out.", "b": "Nearly 300 students walked out."}, "people who walked out"),
        # two nouns for the people: "people"
        ({"a": "About 60 firefighters tackled the blaze.", "b": "More than 60 paramedics fought it."}, "people"),
    ],
)
def test_labels_read_after_the_number_of(articles: dict[str, str], label: str) -> None:
    assert [r[1] for r in shared_rows(articles)] == [label]


def test_harrow_lane_crowd_arrests_and_names() -> None:
    """The Harrow Lane failures: the crowd (300 / hundreds / more than 1,000) and the arrests (26 / 23 /
    dozens - at least 30) are one row each; Lodge 44 and 911 are no counts; labels read after "the number of"."""
    from framing.events import load_event

    folder = Path(__file__).resolve().parent / "data" / "events" / "harrow-lane-protest-2025"
    docs = [prepare(a) for a in load_event(folder).articles]
    rows = compare_numbers(docs, [extract_numbers(d) for d in docs])
    got = {(r.status, r.label, tuple(f"{c.article}: {c.text}" for c in r.cells)) for r in rows}
    assert ("different", "people in the crowd",
            ("frontline-news: hundreds", "miami-valley-courier: About 300", "the-commons: More than 1,000",
             "the-commons: more than 1,000", "the-commons: more than a thousand")) in got
    assert ("different", "people arrested",
            ("frontline-news: At least 26", "miami-valley-courier: 23", "the-commons: Dozens",
             "the-commons: at least 30")) in got
    assert ("different", "officers injured",
            ("frontline-news: at least 9", "frontline-news: at least nine", "frontline-news: nine", "miami-valley-courier: Seven")) in got
    # round T (gaps pass): "several" officers stand for no figure, so they are the Commons' own row (was in the row above)
    assert ("only-one", "officers injured", ("the-commons: several",)) in got
    assert not {c.text for r in rows for c in r.cells} & {"44", "911"}
    assert ("only-one", "businesses damaged", ("miami-valley-courier: several",)) in got
    assert ("only-one", "windows", ("miami-valley-courier: At least a dozen",)) in got


if __name__ == "__main__":  # print the figures recorded in test_heldout_d_scores
    print(scores())
