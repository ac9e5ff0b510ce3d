"""Tests for framing.numbers: quantities in real news sentences, and the side-by-side table."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.events import load_event
from framing.model import Article
from framing.numbers import compare_numbers, extract_numbers
from framing.prepare import prepare

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "mississippi-raids-2019"
STRIKE = ROOT / "tests" / "data" / "events" / "port-harlan-strike-2024"


def doc_of(text: str):
    return prepare(Article(id="t", outlet="Test", text=text))


def summary(text: str) -> list[tuple[str, str, float | None, str, str]]:
    return [(q.text, q.kind, q.value, q.bound, q.counts) for q in extract_numbers(doc_of(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Roughly 680 undocumented immigrants were arrested in Mississippi on Wednesday.",
         [("Roughly 680", "count", 680.0, "approx", "people")]),
        ("The operations involved more than 600 agents, according to officials.",
         [("more than 600", "count", 600.0, "above", "agent")]),
        ("ICE raided seven food processing plants, the largest raid in 11 years.",
         [("seven", "count", 7.0, "exact", "plant"), ("11 years", "duration", 11.0, "exact", "year")]),
        ("The arrests were the results of a year-long criminal investigation.",
         [("a year-long", "duration", 1.0, "exact", "year")]),
        ("About 300 of the 680 illegal aliens arrested were released.",
         [("About 300", "count", 300.0, "approx", "people"), ("680", "count", 680.0, "exact", "people")]),
        ("Rents have risen by nearly 30 percent since 2020.",
         [("nearly 30 percent", "percent", 30.0, "below", "percent"), ("2020", "date", 2020.0, "exact", "year")]),
        ("The port handles about $85 million in goods a day.",
         [("about $85 million", "money", 85_000_000.0, "approx", "USD")]),
        ("Average pay is $112,000 a year, the company said.",
         [("$112,000", "money", 112_000.0, "exact", "USD")]),
        ("\"Nobody threw anything,\" said Rosa Delgado, 42, a crane operator.",
         [("42", "age", 42.0, "exact", "age")]),
        ("One picketer, a 61-year-old mechanic, was carried away.",
         [("61-year-old", "age", 61.0, "exact", "age")]),
        ("The union wants an 8% raise over two years.",
         [("8%", "percent", 8.0, "exact", "percent"), ("two years", "duration", 2.0, "exact", "year")]),
        ("It was the fourth day of the walkout.", [("fourth", "ordinal", 4.0, "exact", "day")]),
        ("Officials said they began preparing over a year ago.",
         [("over a year", "duration", 1.0, "above", "year")]),
        ("Federal officials said hundreds of illegal aliens already have deportation orders.",
         [("hundreds", "count", None, "approx", "people")]),
        ("The storm killed at least 14 people and left 2.3 million without power on Aug. 29, 2005.",
         [("at least 14", "count", 14.0, "above", "people"), ("2.3 million", "count", 2_300_000.0, "exact", ""),
          ("Aug. 29, 2005", "date", None, "exact", "date")]),
        ("Twenty-five protesters were detained; one of them was later charged.",
         [("Twenty-five", "count", 25.0, "exact", "people")]),
        ("Up to 3,500 troops could be deployed within 48 hours.",
         [("Up to 3,500", "count", 3500.0, "below", "troop"), ("48 hours", "duration", 48.0, "exact", "hour")]),
        ("Communities continue to mourn over two mass shootings that took place over the weekend.",
         [("two", "count", 2.0, "exact", "shooting")]),
        ("You don't bring over 650 special agents into the district in three days.",
         [("over 650", "count", 650.0, "above", "agent"), ("three days", "duration", 3.0, "exact", "day")]),
        ("The two sides have argued over three contract clauses since the spring.",
         [("two", "count", 2.0, "exact", "side"), ("three", "count", 3.0, "exact", "clause")]),
        ("No figures were given.", []),
    ],
)
def test_extract_numbers_table(text: str, expected: list[tuple[str, str, float | None, str, str]]) -> None:
    assert summary(text) == expected


def event_docs(folder: Path):
    return [prepare(a) for a in load_event(folder).articles]


def test_seed_numbers_table() -> None:
    docs = event_docs(SEEDS)
    rows = compare_numbers(docs, [extract_numbers(d) for d in docs])
    by_text = {tuple(c.text for c in r.cells): r for r in rows}
    arrested = by_text[("Roughly 680", "680", "a total of 680")]
    assert (arrested.status, arrested.label, arrested.articles) == ("same", "people arrested", ("abc-news", "breitbart-news"))
    released = by_text[("more than 300", "About 300", "about 300", "300")]
    assert (released.status, released.label) == ("different", "people released")
    assert by_text[("more than 600",)].status == "only-one"
    assert by_text[("more than 600",)].articles == ("abc-news",)
    assert by_text[("11 years",)].articles == ("breitbart-news",)
    assert by_text[("11 years",)].status == "only-one"


def test_strike_numbers_table() -> None:
    docs = event_docs(STRIKE)
    rows = compare_numbers(docs, [extract_numbers(d) for d in docs])
    got = {(r.status, tuple(c.text for c in r.cells)) for r in rows}
    assert ("same", ("14", "14", "14")) in got  # "14 agitators" = "14 people": both count people
    assert ("different", ("more than 40", "About 40")) in got
    assert ("same", ("8 percent", "8 percent", "8%")) in got
    assert ("only-one", ("about $112,000",)) in got


def test_invariants_on_every_event_article() -> None:
    for folder in (SEEDS, STRIKE):
        for doc in event_docs(folder):
            first = extract_numbers(doc)
            assert first == extract_numbers(doc)
            for q in first:
                assert 0 <= q.start < q.end <= len(doc.text)
                assert doc.text[q.start : q.end] == q.text
                assert doc.sentences[q.sentence].start <= q.start < doc.sentences[q.sentence].end
                assert q.kind in ("count", "age", "percent", "money", "date", "duration", "ordinal")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_extract_numbers_never_fails(text: str) -> None:
    if not text.strip():
        return
    doc = doc_of(text)
    for q in extract_numbers(doc):
        assert 0 <= q.start <= q.end <= len(doc.text)
        assert doc.text[q.start : q.end] == q.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["about", "more than", "300", "two", "$", "5", "million", "percent", "years",
                                 "workers", "of the", "in", "2011", "a", "year-long", ",", "42", "fourth"]),
                min_size=1, max_size=25))
def test_extract_numbers_number_soup(words: list[str]) -> None:
    doc = doc_of("They said " + " ".join(words) + ".")
    for q in extract_numbers(doc):
        assert doc.text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("a", "b", "related"),
    [
        # Far-apart figures for the same unit are two facts: the river's level and its height above flood stage.
        ("The river crested at 24.6 feet on Monday.", "The water rose more than six feet above flood stage.", False),
        ("About 40 ships were waiting offshore.", "More than 40 ships were stranded offshore.", True),
        ("About 40 ships were waiting offshore.", "Some 12 ships were waiting offshore.", False),
    ],
)
def test_different_figures_are_grouped_only_when_close(a: str, b: str, related: bool) -> None:
    from framing.model import Article
    from framing.numbers import compare_numbers, extract_numbers
    from framing.prepare import prepare

    docs = [prepare(Article(id="one", outlet="One", text=a)), prepare(Article(id="two", outlet="Two", text=b))]
    rows = compare_numbers(docs, [extract_numbers(d) for d in docs])
    shared = [r for r in rows if len(r.articles) == 2]
    assert bool(shared) == related, rows
