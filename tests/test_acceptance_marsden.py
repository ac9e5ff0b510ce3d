"""Acceptance: a teacher's new event (a chemical-plant explosion, three outlets, two countries).

tests/data/events/marsden-bridge-explosion-2025 was written for this test with
`framing new` and `framing add`: a UK broadsheet (standfirst, "Wed 4 Jun 2025
19.42 BST", a caption closed by "Photograph: Name/PA", a quote over two
paragraphs, "a spokesperson for X told the Guardian", "Additional reporting
by"), a UK tabloid ("Published: 21:10, 4 June 2025 | Updated: ...", "Pictured:"
caption, "fat-cat bosses", "he fumed", different death toll and ages) and a US
news site ("Published June 4, 2025 4:05pm EDT", "the company said in a
statement" after a sentence opening "Video posted ...", a credit and copyright
line). These are the findings a teacher would check against the articles.
"""

from __future__ import annotations

import pytest

from framing.events import load_event
from framing.model import Document
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.conftest import DATA

EVENT = DATA / "events" / "marsden-bridge-explosion-2025"


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {a.id: prepare(a) for a in load_event(EVENT).articles}


def test_page_furniture_is_set_aside(docs: dict[str, Document]) -> None:
    aside = {aid: [(b.reason, b.text) for b in d.boilerplate] for aid, d in docs.items()}
    assert ("timestamp", "Published June 4, 2025 4:05pm EDT") in aside["global-news-now"]
    assert ("timestamp", "Published: 21:10, 4 June 2025 | Updated: 23:55, 4 June 2025") in aside["the-daily-clarion"]
    assert ("caption", "Pictured: Danny Price with his sons on holiday in Majorca last year") in aside["the-daily-clarion"]
    assert ("credit line", "Additional reporting by Laura Finch") in aside["the-daily-clarion"]
    assert ("timestamp", "Wed 4 Jun 2025 19.42 BST") in aside["the-northern-chronicle"]
    assert ("caption", "Firefighters at the scene on Canal Road on Wednesday. Photograph: Peter Byrne/PA") in aside[
        "the-northern-chronicle"]
    assert ("credit line", "Additional reporting by Tom Keane") in aside["the-northern-chronicle"]


def test_the_company_speaks_as_a_business_in_every_outlet(docs: dict[str, Document]) -> None:
    got = {aid: sorted({(q.speaker, q.speaker_role) for q in extract_quotes(d) if q.text.startswith("We are devastated")})
           for aid, d in docs.items()}
    # "the company said in a statement" after "Video posted on social media ...": the company, not "Video".
    assert got == {aid: [("Kelvale Chemicals", "business")] for aid in docs}


def test_speakers_roles_and_the_tabloid_cue(docs: dict[str, Document]) -> None:
    clarion = [(q.speaker, q.speaker_role, q.cue, q.cue_tag) for q in extract_quotes(docs["the-daily-clarion"])]
    assert ("Mark Ellison", "advocate", "fumed", "loaded") in clarion
    chronicle = {(q.speaker, q.speaker_role) for q in extract_quotes(docs["the-northern-chronicle"])}
    assert chronicle == {
        ("Kelvale Chemicals", "business"),
        ("Margaret Doyle", "affected"),  # "who lives on Mill Lane"
        ("Andy Burnham", "official"),
        ("Mark Ellison", "advocate"),  # the quote over two paragraphs, cue in the second
        ("Sarah Kaur", "expert"),  # titles are not part of the name: the same speaker as Global News Now's
        ("Dave Russel", "official"),
    }
    assert not any(q.speaker == "Video" for d in docs.values() for q in extract_quotes(d))


def test_numbers_block_sets_the_tolls_side_by_side(docs: dict[str, Document]) -> None:
    """Deaths and injuries differ between outlets; page timestamps no longer add dates, times or counts."""
    from framing.numbers import compare_numbers, extract_numbers

    order = list(docs)
    rows = compare_numbers([docs[a] for a in order], [extract_numbers(docs[a]) for a in order])
    got = {(r.status, r.label, tuple(f"{c.article}: {c.text}" for c in r.cells)) for r in rows}
    assert ("different", "people killed", ("global-news-now: at least 4", "global-news-now: at least four",
                                           "the-daily-clarion: FIVE", "the-daily-clarion: FIVE",  # headline and body
                                           "the-northern-chronicle: Four", "the-northern-chronicle: Four")) in got
    assert ("different", "people injured", ("global-news-now: 17", "global-news-now: 17", "the-daily-clarion: more than 20",
                                            "the-northern-chronicle: 17", "the-northern-chronicle: 17")) in got
    assert ("same", "fine (GBP)", ("the-daily-clarion: £1.2million", "the-northern-chronicle: £1.2m")) in got
    texts = {cell for _, _, cells in got for cell in cells}
    assert not texts & {"global-news-now: 4:05pm", "the-northern-chronicle: 19.42", "the-daily-clarion: 21",
                        "the-daily-clarion: 55", "global-news-now: June 4, 2025"}
