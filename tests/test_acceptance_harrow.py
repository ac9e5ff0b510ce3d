"""Acceptance: a teacher's new event (a protest after a police shooting, three US outlets).

tests/data/events/harrow-lane-protest-2025 was written for this test as pasted
web copy, by someone who had not read the rules: a wire story carried by a
local paper ("By ERIN CALLAHAN and DAVID MORROW Associated Press", a capital
dateline, "(AP Photo/...)" caption, "Related:" line, copyright line), a
conservative site ("rioters", "mob", "thugs", "the lodge wrote:", a glued
sentence, a caption closed by "(Harrowgate Police Department)", a "Related:"
line holding a question mark) and a progressive site (the family first, a
three-paragraph quote, "she said" several sentences after the name, a
Guardian-style byline line and "Photograph: ..." caption). The outlets
disagree on the crowd, the arrests and the injured officers. These are the
findings a teacher would check against the articles.
"""

from __future__ import annotations

import pytest

from framing.events import load_event
from framing.model import Document
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.conftest import DATA

EVENT = DATA / "events" / "harrow-lane-protest-2025"


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {a.id: prepare(a) for a in load_event(EVENT).articles}


def test_page_furniture_is_set_aside_whole(docs: dict[str, Document]) -> None:
    aside = {aid: {(b.reason, b.text) for b in d.boilerplate} for aid, d in docs.items()}
    assert ("site furniture", "Related: Minneapolis-style riots? Police leaders warn of 'summer of rage' copycats") \
        in aside["frontline-news"]
    assert ("caption", "A Harrowgate police cruiser burns on Harrow Lane early Tuesday. (Harrowgate Police Department)") \
        in aside["frontline-news"]
    assert ("byline", "Maya Okafor in Harrowgate, Ohio") in aside["the-commons"]
    assert any(reason == "caption" and text.endswith("Photograph: Jordan Ellis for The Commons")
               for reason, text in aside["the-commons"])
    assert ("dateline", "HARROWGATE, Ohio (AP) —") in aside["miami-valley-courier"]
    assert docs["miami-valley-courier"].article.author == "Erin Callahan and David Morrow (Associated Press)"
    # No sentence is a caption, a link line or a byline.
    for d in docs.values():
        for s in d.sentences:
            assert not s.text.startswith(("Related:", "Photograph:", "Maya Okafor in")), s.text
            assert "summer of rage" not in s.text


def test_every_speaker_and_role(docs: dict[str, Document]) -> None:
    got = {aid: {(q.speaker, q.speaker_role) for q in extract_quotes(d) if q.kind != "scare"} for aid, d in docs.items()}
    assert got["frontline-news"] == {
        ("Daniel Kessler", "official"),
        ("Mike Sowinski", "advocate"),  # president of the police union lodge
        ("Fraternal Order of Police Lodge", "advocate"),  # "the lodge wrote:" is the lodge, not Sowinski
        ("Tony Brancato", "affected"),
        ("Rosa Delgado", "business"),  # "owner of a bakery across the street from City Hall"
        ("Doug Haverford", "official"),
    }
    assert got["miami-valley-courier"] == {
        ("Karen Whitlock", "official"),
        ("Lionel Barrett", "affected"),  # a lawyer takes his clients' role
        ("Daniel Kessler", "official"),
        ("spokesperson for the FBI's Cincinnati field office", "official"),
        ("Jalen Brooks", "advocate"),
        ("Rosa Delgado", "business"),
        ("Tamara Greene", "official"),
    }
    assert got["the-commons"] == {
        ("Gloria Tate", "affected"),  # "Tate's mother said ..."
        ("Priya Raman", "expert"),
        ("Jalen Brooks", "advocate"),
        ("Harrowgate Justice Coalition", "advocate"),  # "The group said in a post on X"
        ("ACLU of Ohio", "advocate"),
        ("Lionel Barrett", "affected"),
        ("Tamara Greene", "official"),
    }


@pytest.mark.parametrize(
    ("article", "starts", "speaker"),
    [
        # '"... what happened in those 40 seconds?" Barrett said in a statement.': the splitter cuts after '?"'.
        ("miami-valley-courier", "The family has one question", "Lionel Barrett"),
        # "she said" after "Tamara Greene ... She said she had seen ..."; the police chief is named paragraphs before.
        ("the-commons", "I watched grandmothers", "Tamara Greene"),
        ("the-commons", "He did what I taught him", "Gloria Tate"),
        # The three-paragraph quote: the first two paragraphs end with no closing mark.
        ("the-commons", "Marcus is dead.", "Jalen Brooks"),
        ("the-commons", "We didn’t come downtown", "Jalen Brooks"),
        ("frontline-news", "Our officers were attacked", "Fraternal Order of Police Lodge"),
    ],
)
def test_hard_attributions(docs: dict[str, Document], article: str, starts: str, speaker: str) -> None:
    quotes = [q for q in extract_quotes(docs[article]) if q.text.startswith(starts)]
    assert [q.speaker for q in quotes] == [speaker]


def test_numbers_block_sets_the_disputed_figures_side_by_side(docs: dict[str, Document]) -> None:
    from framing.numbers import compare_numbers, extract_numbers

    order = list(docs)
    rows = compare_numbers([docs[a] for a in order], [extract_numbers(docs[a]) for a in order])
    got = {(r.status, r.label, tuple(f"{c.article}: {c.text}" for c in r.cells)) for r in rows}
    # Police, union and organisers' figures: each outlet's crowd, arrests and injured officers on one row.
    assert ("different", "people in the crowd", (
        "frontline-news: hundreds", "miami-valley-courier: About 300", "the-commons: More than 1,000",
        "the-commons: more than 1,000", "the-commons: more than a thousand")) in got
    assert ("different", "people arrested", (
        "frontline-news: At least 26", "miami-valley-courier: 23", "the-commons: Dozens", "the-commons: at least 30")) in got
    # "several" is no figure to set beside one (round Q's rule, made to hold in round T): a row of its own
    assert ("different", "officers injured", (
        "frontline-news: at least 9", "frontline-news: at least nine", "frontline-news: nine",
        "miami-valley-courier: Seven")) in got
    assert ("only-one", "officers injured", ("the-commons: several",)) in got
    texts = {cell for _, _, cells in got for cell in cells}
    # "Fraternal Order of Police Lodge 44" and "I called 911" are no counts.
    assert not texts & {"frontline-news: 44", "frontline-news: 911"}
