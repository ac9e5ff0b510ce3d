"""Naming: proper names of organisations, British and American spellings, disasters, protests and strikes."""

from __future__ import annotations

import pytest
import yaml

from framing.events import load_event
from framing.model import Article, Document
from framing.naming import _plural, _spelling, find_mentions
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.conftest import DATA


def _doc(text: str) -> Document:
    return prepare(Article(id="t", outlet="Test Outlet", text=text))


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.term, m.category) for m in find_mentions(_doc(text), ())]


# Held-out table for disasters, protests and strikes, written before the fix
# (see the file's header): 6/43 rows exact then, mentions P 0.65 R 0.44.
# Voice comes from the quotes stage, as in a real analysis. A row that marks a
# known limit is a strict xfail: it fails the suite the day it starts passing.
HELDOUT = [
    pytest.param(
        row["text"],
        [tuple(e) for e in row["expected"] or []],
        id=row["text"][:40],
        marks=[pytest.mark.xfail(strict=True, reason=row["known_limit"])] if "known_limit" in row else [],
    )
    for row in yaml.safe_load((DATA / "naming_disaster_protest_strike_heldout.yaml").read_text(encoding="utf-8"))
]


@pytest.mark.parametrize(("text", "expected"), HELDOUT)
def test_disaster_protest_and_strike_names(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    doc = _doc(text)
    got = [(m.text, m.term, m.category, m.voice) for m in find_mentions(doc, extract_quotes(doc))]
    assert got == expected


PROPER_NAMES = [
    # A people word inside the name of an organisation, office, law or day names no one.
    ("The Health and Safety Executive, Britain's workplace safety regulator, opened an investigation.", []),
    ("Health and Safety Executive inspectors arrived on Thursday.", []),
    ("The company said Britain's Health and Safety Executive would lead the inquiry.", []),
    ("The National Teachers' Union called a ballot.", []),
    ("A spokesperson for the Workers Party said the march would go ahead.", []),
    ("Members of the Migrant Rights Network gathered outside the Home Office.", []),
    ("The American Federation of Teachers backed the walkout.", []),
    ("The Service Employees International Union and the United Auto Workers endorsed the rally.", []),
    ("The rally was backed by Mothers Against Drunk Driving.", []),
    ("The lawsuit was brought by Students for Fair Admissions.", []),
    ("The Children's Commissioner for England said the policy harmed children.",
     [("children", "child", "children")]),
    ("The Victims' Commissioner said victims of the attack had been let down by the suspect's family.",
     [("victims", "victim", "crime-victim"), ("suspect", "suspect", "accused")]),
    # Headlines in title case or capitals: only a name head after the word counts.
    ("Workers Party Condemns Police Response", []),
    ("Hero Firefighters Rescue Family From Blazing Home", [("Hero Firefighters", "hero", "hero-framing")]),
    ("FURY AT FAT CATS: bosses pocketed millions", [("FAT CATS", "fat cat", "employer-loaded"),
                                                   ("bosses", "bosses", "employer-loaded")]),
    # A title before a person's name names that person; "chief executive" is left out by the lexicon.
    ("Chief Executive Mark Lee said the firm would cooperate.", []),
    ("Union Organiser Mark Ellison spoke to workers at the gate.",
     [("Union Organiser", "union leader", "union-role"), ("workers", "worker", "neutral-person")]),
    ("Dutch tycoon Pieter Vandermeer did not respond.", [("tycoon", "tycoon", "employer-loaded")]),
    # A capital that says nothing: the start of a sentence, a lone capitalised word, a slogan.
    ("Residents of Mill Lane were told to keep their windows closed.", [("Residents", "resident", "neutral-person")]),
    ("Advocates for the Dreamers rallied outside the court.", [("Dreamers", "dreamer", "legal-status")]),
    ("Protesters waved signs reading “Protect Our Kids” outside the school.",
     [("Protesters", "protester", "participant"), ("Kids", "kid", "children")]),
    ("The executive said managers would meet union leaders.",
     [("executive", "executive", "management"), ("managers", "manager", "management"),
      ("union leaders", "union leader", "union-role")]),
]


@pytest.mark.parametrize(("text", "expected"), PROPER_NAMES, ids=[t[:40] for t, _ in PROPER_NAMES])
def test_people_words_inside_proper_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


SPELLINGS = [
    # One lexicon entry matches both spellings, in the singular, plural and possessive.
    ("Organisers said 5,000 people joined the march.",
     [("Organisers", "organizer", "participant"), ("people", "people", "neutral-person")]),
    ("Organizers said 5,000 people joined the march.",
     [("Organizers", "organizer", "participant"), ("people", "people", "neutral-person")]),
    ("The organiser's phone was seized by protesters.",
     [("organiser", "organizer", "participant"), ("protesters", "protester", "participant")]),
    ("Neighbours said the family had lived there for years.", [("Neighbours", "neighbor", "neutral-person")]),
    ("Neighbors said the family had lived there for years.", [("Neighbors", "neighbor", "neutral-person")]),
    ("Farm labourers and laborers from Mexico picked the crop.",
     [("labourers", "laborer", "neutral-person"), ("laborers", "laborer", "neutral-person")]),
    ("Unauthorised migrants and unauthorized migrants were counted together.",
     [("Unauthorised migrants", "unauthorized migrant", "legal-status"),
      ("unauthorized migrants", "unauthorized migrant", "legal-status")]),
    # A name of a non-person stays out in either spelling ("neighbouring states").
    ("Neighbouring countries closed their borders.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPELLINGS, ids=[t[:40] for t, _ in SPELLINGS])
def test_british_and_american_spellings_match_one_term(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("organiser", "organizer"), ("organisers", "organizers"), ("organisation", "organization"),
        ("labourers", "laborers"), ("neighbourhood", "neighborhood"), ("behaviour", "behavior"),
        ("paralysed", "paralyzed"), ("centre", "center"), ("centres", "centers"), ("favourite", "favorite"),
        # Left alone: short stems and words whose ending is not a British spelling.
        ("rise", "rise"), ("four", "four"), ("hours", "hours"), ("flour", "flour"), ("metre", "metre"),
        ("crisis", "crisis"), ("analysis", "analysis"), ("journal", "journal"), ("courage", "courage"),
        ("organizer", "organizer"),
    ],
)
def test_spelling_rule(word: str, expected: str) -> None:
    assert _spelling(word) == expected


@pytest.mark.parametrize(
    ("word", "plural"),
    [("fireman", "firemen"), ("servicewoman", "servicewomen"), ("woman", "women"), ("human", "humans"),
     ("german", "germans"), ("firefighter", "firefighters"), ("casualty", "casualties")],
)
def test_plural_of_man_compounds(word: str, plural: str) -> None:
    assert _plural(word) == plural


def test_servicemen_and_firemen_are_found() -> None:
    assert _found("Two servicemen and a servicewoman were hurt; firemen put out the fire.") == [
        ("servicemen", "serviceman", "state-forces"),
        ("servicewoman", "servicewoman", "state-forces"),
        ("firemen", "firefighter", "responder"),
    ]


def test_marsden_event_names() -> None:
    """The explosion event: no regulator counted as management, the tabloid's loaded words, UK spelling."""
    docs = {a.id: prepare(a) for a in load_event(DATA / "events" / "marsden-bridge-explosion-2025").articles}
    got = {aid: [(m.text, m.category) for m in find_mentions(d, extract_quotes(d))] for aid, d in docs.items()}
    assert not any(text == "Executive" for mentions in got.values() for text, _ in mentions)
    clarion = got["the-daily-clarion"]
    for pair in [("fat-cat chemical bosses", "employer-loaded"), ("fat-cat bosses", "employer-loaded"),
                 ("Hero firefighters", "hero-framing"), ("tycoon", "employer-loaded"), ("the dead", "casualties"),
                 ("Union boss", "union-loaded"), ("neighbour", "neutral-person"), ("locals", "neutral-person")]:
        assert pair in clarion
    chronicle = got["the-northern-chronicle"]
    assert ("organiser", "union-role") in chronicle
    assert ("the injured", "casualties") in chronicle
    assert ("firefighters", "responder") in got["global-news-now"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a family named by its surname is no people of a place ...
        ("The Morvans sued the city on Tuesday. Sarah Morvan said the family would appeal.", []),
        ("The Morvans sued the city on Tuesday. Mr Morvan said the family would appeal.", []),
        # ... while an unlisted nationality still reads as one, beside a person's name
        ("Thousands of Varenians crossed the border on Tuesday. Sarah Morvan said the camps were full.",
         [("Varenians", "people of a place", "nationality-label")]),
    ],
)
def test_a_surname_the_article_gives_a_first_name_is_no_nationality(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _found(text) == found
