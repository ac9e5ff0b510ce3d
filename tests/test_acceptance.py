"""Acceptance: a teacher's new event (a school-board book removal, three outlets) reads right.

The event in tests/data/events/maple-valley-book-removal-2024 was written for
this test: a wire story, a partisan site pasted by hand (headline, byline,
"Related:" line and bio) and a local paper saved as HTML. These are the
headline findings a teacher would check against the articles.
"""

from __future__ import annotations

from framing.compare import Comparison
from framing.events import load_event
from framing.quotes import extract_quotes
from framing.report.summary import number_points, quote_points
from tests.acceptance_tables import event_fixture
from tests.conftest import DATA

EVENT = DATA / "events" / "maple-valley-book-removal-2024"


books = event_fixture(EVENT)


def test_who_is_quoted_first_in_each_outlet(books: Comparison) -> None:
    points = [p.text for p in quote_points(books)]
    assert points[0] == (
        "Associated Press quotes 4 speakers (54 words, 15% of the article); "
        "the first voice heard is Karen Whitfield (official)."
    )
    assert points[1].endswith("the first voice heard is Maya Chen (affected).")  # "senior Maya Chen, 17"
    assert points[2].endswith("the first voice heard is Todd Brenner (role unknown).")


def test_book_titles_are_not_quotes(books: Comparison) -> None:
    for doc in books_docs():
        texts = [q.text.strip(",. ") for q in extract_quotes(doc)]
        assert "The Bluest Eye" not in texts and "Gender Queer" not in texts


def test_speakers_and_roles_by_outlet() -> None:
    speakers = {d.article.id: {(q.speaker, q.speaker_role) for q in extract_quotes(d)} for d in books_docs()}
    assert speakers["associated-press"] == {
        ("Karen Whitfield", "official"),
        ("Todd Brenner", "affected"),  # "a father of three"
        ("Ellen Ortiz", "affected"),
        ("Maya Chen", "affected"),  # "Maya Chen, 17, a senior who helped organize the walkout"
    }
    assert ("Rachel Simmons", "official") in speakers["maple-valley-gazette"]
    assert ("Linda Alvarez", "affected") in speakers["maple-valley-gazette"]
    assert ("Todd Brenner", "business") not in speakers["the-liberty-beacon"]


def test_pasted_byline_and_bio_are_set_aside() -> None:
    beacon = next(d for d in books_docs() if d.article.id == "the-liberty-beacon")
    reasons = [(b.reason, b.text) for b in beacon.boilerplate]
    assert ("byline", "By Greg Hollister | October 9, 2024") in reasons
    assert ("author bio", "Greg Hollister is a senior reporter at The Liberty Beacon.") in reasons
    assert not any(s.text.startswith("By Greg Hollister") for s in beacon.sentences)


def test_books_row_is_shared(books: Comparison) -> None:
    assert "All give the same figures for books (14)." in [p.text for p in number_points(books)]


def books_docs() -> tuple:  # type: ignore[type-arg]
    from framing.prepare import prepare

    return tuple(prepare(a) for a in load_event(EVENT).articles)


def test_an_organisation_is_one_row_across_outlets(books: Comparison) -> None:
    """Each outlet's context may suggest another kind; the name is still one entity."""
    rows = [r for r in books.entities if r.canonical == "Parents for Responsible Schools"]
    assert [(r.kind, len(r.articles)) for r in rows] == [("organisation", 3)]
    aclu = [r for r in books.entities if r.canonical == "American Civil Liberties Union of Ohio"]
    assert [r.articles for r in aclu] == [("associated-press", "maple-valley-gazette")]


def test_a_headline_is_not_the_example_of_a_unique_fact(books: Comparison) -> None:
    from framing.report.summary import omission_points

    beacon = books.article("the-liberty-beacon")
    assert beacon.doc.article.title == "School Board Pulls Pornographic Books After Parents Fight Back"
    point = next(p.text for p in omission_points(books) if "The Liberty Beacon's" in p.text)
    assert "School Board Pulls Pornographic Books" not in point


def test_a_fragment_a_reporting_verb_governs_is_a_partial_quote() -> None:
    """'Union officials claimed that the vote amounted to "censorship"': theirs, not a scare quote."""
    beacon = next(d for d in books_docs() if d.article.id == "the-liberty-beacon")
    quote = next(q for q in extract_quotes(beacon) if q.text.strip(",. ") == "censorship")
    assert (quote.kind, quote.speaker, quote.cue) == ("partial", "Union officials", "claimed")


def test_counts_of_people_pair_by_what_they_did(books: Comparison) -> None:
    """The walkout and the meeting are two rows, each with the outlets that count it."""
    rows = {
        r.label: (r.status, {c.article: c.text for c in r.cells})
        for r in books.numbers
        if r.kind == "count" and r.counts == "people" and len(r.articles) > 1
    }
    assert rows["people who walked out"] == (
        "different", {"associated-press": "about 150", "maple-valley-gazette": "Nearly 300"}
    )
    assert rows["people in the crowd"] == (
        "different", {"associated-press": "more than 200", "the-liberty-beacon": "about 120"}
    )
