"""framing.numbers skips sentences and tokens that cannot open a figure: it must find the same quantities."""

from __future__ import annotations

import pytest

from framing.events import load_event
from framing.model import Article, Document
from framing.numbers import (
    Quantity,
    _continued_counts,
    _quantity_at,
    _restated,
    _tokens,
    extract_numbers,
    load_quantity_words,
    people_spans,
)
from framing.prepare import prepare
from tests.conftest import DATA, SEED_EVENT

EVENTS = [SEED_EVENT, *sorted((DATA / "events").iterdir())]


def _every_token(doc: Document, people: tuple[tuple[int, int], ...]) -> tuple[Quantity, ...]:
    """The quantities found by trying every token of every sentence (no skipping); a figure that
    restates a vague count is then read as that count, as extract_numbers does per sentence, and a bare
    count takes the noun of the count it continues, as it does over the article."""
    words = load_quantity_words()
    out: list[Quantity] = []
    for sent in doc.sentences:
        toks = _tokens(sent.text, sent.start)
        found: list[Quantity] = []
        i = 0
        while i < len(toks):
            q, nxt = _quantity_at(doc, sent, toks, i, words, people)
            if q is not None:
                found.append(q)
                i = nxt
            else:
                i += 1
        out.extend(_restated(doc.text, found, sent))
    return tuple(_continued_counts(doc, out, words))


def test_same_quantities_as_trying_every_token() -> None:
    total = 0
    for folder in EVENTS:
        for article in load_event(folder).articles:
            doc = prepare(article)
            got = extract_numbers(doc)
            assert got == _every_token(doc, people_spans(doc)), doc.article.id
            total += len(got)
    assert total > 100


@pytest.mark.parametrize(
    "text",
    [
        "A year ago the plant closed.",
        "Over a year ago the plant closed.",
        "An hour later, a few workers came back.",
        "A handful of agents stayed; several hundred left.",
        "Dozens were held for a decade-long case.",
        "The fourth day of the strike began.",
        "Twenty-five people and a dozen officers were there.",
        "Thousands marched on August 7, 2019.",
        "It cost US$1.2 billion, or $85 million a year.",
        "She is 61-year-old and he, aged 42, is younger.",
        "ONE HUNDRED PEOPLE MARCHED FOR A WEEK.",
        "Nobody said anything at all about it.",
        "a_year ago several_hundred came.",
    ],
)
def test_same_quantities_on_short_sentences(text: str) -> None:
    doc = prepare(Article(id="t", outlet="T", text=text))
    assert extract_numbers(doc, mentions=()) == _every_token(doc, ())
