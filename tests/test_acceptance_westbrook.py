"""Acceptance: a teacher's new event (a council vote to clear a homeless encampment, three outlets).

tests/data/events/westbrook-encampment-2025 was written for this test with
`framing new` and `framing add`: a wire story (dateline, byline, "Related:"
line, copyright), a local paper (byline with a lower-case job, a date line,
a newsletter plug, a staff bio and contact line, a quote over two
paragraphs, "said its founder, Tamara Voss") and a partisan site pasted by
hand ("vagrants", "transients", "drug addicts", "squatters", a newsletter
plug). These are the findings a teacher would check against the articles.
"""

from __future__ import annotations

import pytest

from framing.events import load_event
from framing.model import Document
from framing.naming import find_mentions
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.conftest import DATA

EVENT = DATA / "events" / "westbrook-encampment-2025"


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {a.id: prepare(a) for a in load_event(EVENT).articles}


def test_the_founder_speaks_for_her_nonprofit_in_every_outlet(docs: dict[str, Document]) -> None:
    roles = {
        aid: sorted({q.speaker_role for q in extract_quotes(d) if q.speaker == "Tamara Voss"}) for aid, d in docs.items()
    }
    assert roles == {"capital-wire": ["advocate"], "the-daily-patriot": ["advocate"], "westbrook-tribune": ["advocate"]}


def test_speakers_and_roles_by_outlet(docs: dict[str, Document]) -> None:
    speakers = {aid: {(q.speaker, q.speaker_role) for q in extract_quotes(d)} for aid, d in docs.items()}
    assert speakers["capital-wire"] == {
        ("Denise Okafor", "official"),
        ("Luis Ferreira", "official"),
        ("Gary Lindqvist", "business"),  # "who owns a hardware store"
        ("Tamara Voss", "advocate"),
        ("Marcus Bell", "affected"),
        ("Priya Natarajan", "expert"),
    }
    # "said its founder, Tamara Voss": the name after the title is the speaker.
    assert ("Tamara Voss", "advocate") in speakers["westbrook-tribune"]
    assert not any(s == "founder" for s, _ in speakers["westbrook-tribune"])


def test_boilerplate_is_set_aside(docs: dict[str, Document]) -> None:
    tribune = [(b.reason, b.text) for b in docs["westbrook-tribune"].boilerplate]
    assert ("byline", "By Jenna Whitaker | Tribune staff writer") in tribune
    assert ("timestamp", "March 12, 2025") in tribune
    assert ("author bio", "Jenna Whitaker covers City Hall for the Westbrook Tribune.") in tribune
    patriot = " ".join(s.text for s in docs["the-daily-patriot"].sentences)
    assert "newsletter" not in patriot and "Don't miss" not in patriot


def test_each_outlet_names_the_people_of_the_camp(docs: dict[str, Document]) -> None:
    terms = {
        aid: sorted({(m.text, m.category) for m in find_mentions(d, extract_quotes(d)) if m.category.startswith(("homeless", "addiction"))})
        for aid, d in docs.items()
    }
    assert terms == {
        "capital-wire": [],
        "the-daily-patriot": [
            ("drug addicts", "addiction-label"),
            ("squatters", "homeless-pejorative"),
            ("transients", "homeless-pejorative"),
            ("vagrants", "homeless-pejorative"),
        ],
        "westbrook-tribune": [
            ("people experiencing homelessness", "homeless-status"),
            ("unhoused residents", "homeless-status"),
        ],
    }


def test_names_block_keeps_names_whole_and_places_apart(docs: dict[str, Document]) -> None:
    """The Names block of `framing omissions`: the nonprofit whole, the city apart from its council, the West a place."""
    from framing.entities import compare_entities, extract_entities

    order = list(docs)
    rows = {(r.canonical, r.kind): (r.articles, r.spellings)
            for r in compare_entities([docs[a] for a in order], [extract_entities(docs[a]) for a in order])}
    # "Streets to Home, a nonprofit", "nonprofit Streets to Home", written twice: one name, never "Streets" or "Home".
    assert rows[("Streets to Home", "organisation")] == (
        ("capital-wire", "the-daily-patriot", "westbrook-tribune"), ("Streets to Home",))
    assert not {name for name, _ in rows} & {"Streets", "Home"}
    # The city is not its council. The wire's dateline ("WESTBROOK, Ore. (CW) —") names the city and its state.
    assert rows[("Westbrook", "place")] == (("capital-wire",), ("Westbrook", "WESTBROOK"))
    assert rows[("Oregon", "place")] == (("capital-wire",), ("Ore.",))
    # The Tribune's headline "Council orders Brennan Park camp cleared" is that council (round AB).
    assert rows[("Westbrook City Council", "organisation")] == (
        ("capital-wire", "westbrook-tribune"), ("Westbrook City Council", "Council"))
    # "cities in the West": a region.
    assert rows[("West", "place")] == (("capital-wire",), ("West",))
    assert ("West", "organisation") not in rows


def test_numbers_block_reads_tallies_words_dates_and_the_camp_population(docs: dict[str, Document]) -> None:
    """The Numbers block of `framing omissions`: one tally row, one date row, the camp's population and the
    public comment as `different` rows, "a hundred and fifty" one number, "a 2024 U.S. Supreme Court ruling"
    a year, "a mother of two" a count of her children."""
    from framing.numbers import compare_numbers, extract_numbers

    order = list(docs)
    rows = compare_numbers([docs[a] for a in order], [extract_numbers(docs[a]) for a in order])
    got = {(r.status, r.label, tuple(f"{c.article}: {c.text}" for c in r.cells)) for r in rows}
    assert ("same", "vote tally",
            ("capital-wire: 6-3", "the-daily-patriot: 6-3", "westbrook-tribune: 6-3")) in got
    assert ("same", "date",
            ("capital-wire: April 15", "the-daily-patriot: April 15", "westbrook-tribune: April 15")) in got
    assert ("different", "people living there",
            ("capital-wire: About 150", "capital-wire: a hundred and fifty", "the-daily-patriot: More than 200",
             "westbrook-tribune: roughly 140", "westbrook-tribune: a hundred and forty")) in got
    assert ("different", "people who spoke", ("capital-wire: More than 80", "westbrook-tribune: Ninety-three")) in got
    assert ("only-one", "year", ("capital-wire: 2024",)) in got
    assert ("only-one", "children", ("the-daily-patriot: two",)) in got
    # Nothing is counted by a word that is not a noun: no "late voted 3", no "u", no "told".
    assert not any(label in ("late voted", "u", "told") for _, label, _ in got)
    # "Three council members ... voted": a count of people, no longer merged with the tally's second figure.
    assert [cells for _, label, cells in got if label == "people who voted"] == [("the-daily-patriot: Three",)]
