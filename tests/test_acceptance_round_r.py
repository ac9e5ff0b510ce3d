"""Acceptance: four events in topics and house styles of round R.

tests/data/events/ferrovia-rail-strike-2026 (an AFP-style English service, a
UK tabloid, a European labour outlet), dunmore-murder-verdict-2026 (US local
TV, a New-York-Post-style tabloid, a justice-reform newsroom),
kinnear-lake-wildfire-2026 (a CBC-style public broadcaster, a Sun-style
tabloid, an Indigenous outlet) and castellon-racist-abuse-match-2026 (a Spanish
sports daily's English edition, a BBC-Sport-style site, a US culture site) were
written as pasted web copy by helpers who had not read the rules, each with an
answer key a teacher would write. The tests pin what a careful reader finds;
the misses a reader would still see are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from framing.compare import Comparison
from tests.acceptance_tables import entity_rows as _entity_rows, narrator as _narrator, row_texts as _row
from tests.acceptance_tables import speakers as _speakers, spellings as _spellings
from tests.acceptance_tables import event_fixture, prepared
from tests.conftest import DATA

EVENTS = DATA / "events"
_RAIL, _TRIAL, _FIRE, _MATCH = (
    "ferrovia-rail-strike-2026", "dunmore-murder-verdict-2026", "kinnear-lake-wildfire-2026",
    "castellon-racist-abuse-match-2026",
)


rail = event_fixture(EVENTS / _RAIL)
trial = event_fixture(EVENTS / _TRIAL)
fire = event_fixture(EVENTS / _FIRE)
match = event_fixture(EVENTS / _MATCH)


# --- page furniture ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "reason", "text"),
    [
        (_RAIL, "france-direct", "byline", "By: Léa BOUCHARD with Amine RAHMOUNI in Lille"),
        (_RAIL, "the-daily-standard", "caption", "Credit: Lucy Harmer for The Daily Standard"),
        (_RAIL, "workers-europe", "editor's note", "Translated from French by Tom Ellery."),
        (_TRIAL, "wdnr-7-news", "site furniture", "Stay with 7 News for updates."),
        (_TRIAL, "the-justice-ledger-project", "credit line",
         "This article was produced in partnership with the Ohio Valley Reporting Collaborative."),
        (_FIRE, "cbn-news", "site furniture", "Prince George opens reception centre for northern evacuees"),
        (_FIRE, "cbn-news", "site furniture", "CORRECTIONS AND CLARIFICATIONS | SUBMIT NEWS TIPS"),
        (_FIRE, "the-prairie-sun", "site furniture", "RAW: Flames tear through Kinnear Lake, B.C."),
        (_FIRE, "the-prairie-sun", "site furniture",
         "You can save this article by registering for free here. Or sign-in if you have an account."),
        (_FIRE, "turtle-island-today", "credit line",
         "This story was produced with support from the Indigenous Climate Reporting Fund."),
        (_MATCH, "marcador-english", "dateline", "Castellón de la Plana"),
        (_MATCH, "marcador-english", "site furniture", "Follow all the LaLiga action live on Marcador"),
        (_MATCH, "touchline-sport", "byline", "Touchline Sport journalist"),
    ],
)
def test_page_furniture_is_set_aside(event: str, article: str, reason: str, text: str) -> None:
    doc = prepared(EVENTS / event, article)
    assert [reason, text] in [[b.reason, b.text] for b in doc.boilerplate]


def test_a_possessive_after_an_initialism_opens_no_sentence() -> None:
    doc = prepared(EVENTS / _FIRE, "cbn-news")
    assert not [s.text for s in doc.sentences if s.text.startswith(("'s", "’s"))]


# --- quotes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "speaker", "role"),
    [
        ("rail", "france-direct", "Clément Arnoux", "official"),  # "Transport Minister Clément Arnoux", then "Arnoux"
        ("rail", "france-direct", "Karim Benslimane", "advocate"),  # a union federation's secretary-general
        ("rail", "france-direct", "Olivier Sauvageot", "expert"),  # a bank's chief economist
        ("rail", "workers-europe", "Sandrine Le Goff", "advocate"),  # a union delegate
        ("rail", "workers-europe", "Moussa Konaté", "affected"),  # a train driver
        ("trial", "wdnr-7-news", "Laura Brennan", "official"),  # "County Prosecutor Laura Brennan"
        ("trial", "wdnr-7-news", "Raymond Kowalski", "official"),  # the police chief, later only "he said"
        ("trial", "the-metro-ledger", "Rosa Alvarez", "affected"),  # also "the heartbroken mother of three"
        ("trial", "the-justice-ledger-project", "Elaine Whitcomb", "expert"),
        ("fire", "cbn-news", "Priya Dhaliwal", "official"),
        ("fire", "cbn-news", "Mitchell Orr", "expert"),
        ("fire", "turtle-island-today", "Rose Calliou", "official"),  # the Nation's chief
        ("fire", "turtle-island-today", "Alphonse Gladue", "affected"),  # "Elder Alphonse Gladue"
        ("fire", "turtle-island-today", "Terrance Ladouceur", "official"),  # a band councillor
        ("match", "marcador-english", "José Manuel Quintero Ruiz", "official"),  # the referee; "Referee Quintero Ruiz" in the deck
        ("match", "marcador-english", "Pepe Bellver", "affected"),  # a season-ticket holder
        ("match", "touchline-sport", "Caio Barbosa", "affected"),
        ("match", "the-sideline-review", "Nkechi Abara-Lindqvist", "expert"),
        ("match", "the-sideline-review", "Rafael Obiang", "advocate"),
        # a defence attorney in private practice speaks for the accused: affected, by the lexicon's convention
        # for a party's lawyer (this row expected "advocate" as a strict xfail before round T; that was wrong)
        ("trial", "wdnr-7-news", "Michael Okafor", "affected"),
        ("match", "touchline-sport", "Yemi Adebayo-Clarke", "advocate"),  # an anti-racism charity's chief executive
    ],
)
def test_speakers_and_roles(request: pytest.FixtureRequest, event: str, article: str, speaker: str, role: str) -> None:
    assert (speaker, role) in _speakers(request.getfixturevalue(event), article)


@pytest.mark.parametrize(
    ("event", "article", "wrong"),
    [
        ("trial", "the-metro-ledger", "heartbroken mother of three"),
        ("fire", "turtle-island-today", "Elder Alphonse Gladue"),
        ("match", "marcador-english", "Quintero Ruiz"),
        ("rail", "france-direct", "Around"),  # a sentence-initial "Around ..." (round S)
        ("rail", "france-direct", "Meaux"),  # the place after "who commutes from"
        pytest.param("fire", "the-prairie-sun", "61-year-old lodge owner", marks=pytest.mark.xfail(
            strict=True, reason="'the 61-year-old lodge owner told the Sun' does not point back to Gord Pettipiece")),
        pytest.param("match", "the-sideline-review", "ME", marks=pytest.mark.xfail(
            strict=True, reason="an all-capitals word inside a pasted post is read as a speaker")),
    ],
)
def test_no_place_title_or_fragment_speaks(request: pytest.FixtureRequest, event: str, article: str, wrong: str) -> None:
    assert wrong not in {s for s, _ in _speakers(request.getfixturevalue(event), article)}


# --- naming ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "term", "category"),
    [
        ("rail", "the-daily-standard", "union boss", "union-loaded"),  # "union barons"
        ("rail", "the-daily-standard", "militant union", "union-loaded"),
        ("rail", "the-daily-standard", "holidaymaker", "travellers"),
        ("rail", "workers-europe", "rail worker", "transport-worker"),
        ("trial", "the-metro-ledger", "teen thug", "crime-dehumanizing"),
        ("trial", "the-metro-ledger", "killer", "crime-sensational"),
        ("trial", "the-justice-ledger-project", "child charged as an adult", "youth-justice"),
        ("trial", "the-justice-ledger-project", "person convicted", "accused"),
        ("trial", "wdnr-7-news", "defendant", "accused"),
        ("fire", "cbn-news", "evacuee", "disaster-affected"),
        ("fire", "the-prairie-sun", "townsfolk", "neutral-person"),
        ("fire", "the-prairie-sun", "bureaucrat", "official-pejorative"),
        ("fire", "turtle-island-today", "knowledge keeper", "first-peoples"),
        ("fire", "turtle-island-today", "land defender", "land-defender"),
        ("match", "marcador-english", "ultras", "ultras"),
        ("match", "the-sideline-review", "racist", "abuser-label"),
        ("match", "the-sideline-review", "black player", "race-identity"),
    ],
)
def test_naming_choices_in_the_outlets_own_voice(
    request: pytest.FixtureRequest, event: str, article: str, term: str, category: str
) -> None:
    assert (term, category) in _narrator(request.getfixturevalue(event), article)


@pytest.mark.parametrize(
    ("event", "article", "term"),
    [
        ("rail", "france-direct", "nurse"),  # "Yasmina Haddad, 34, a nurse who commutes from ...": a biography
        ("match", "the-sideline-review", "developer"),  # the club president's trade
    ],
)
def test_biographies_are_no_naming_choice(request: pytest.FixtureRequest, event: str, article: str, term: str) -> None:
    assert term not in {t for t, _ in _narrator(request.getfixturevalue(event), article)}


# --- numbers and entities -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "label", "cells"),
    [
        ("rail", "percent cancelled", ["Four in five", "Around 80 per cent", "Three in four"]),
        ("rail", "cost", ["an estimated £130m", "about £130m", "around 150 million euros"]),
        ("trial", "deliberation", ["two days", "less than a day", "less than a day", "about six hours"]),
        ("trial", "shots fired", ["five", "at least four"]),
        ("trial", "witnesses", ["12", "More than a dozen", "14"]),
        ("fire", "area (ha)", ["48,000", "more than 120,000", "nearly 50,000"]),
        ("match", "fine", ["up to €650,000", "roughly $750,000", "up to £560,000"]),
        ("match", "people in the crowd", ["18,412", "19,000", "around 18,000"]),
    ],
)
def test_figures_pair_across_outlets(request: pytest.FixtureRequest, event: str, label: str, cells: list[str]) -> None:
    assert cells in _row(request.getfixturevalue(event), label)


def test_two_people_who_share_a_surname_keep_their_ages(rail: Comparison) -> None:
    # "Mrs Whitlock, 38" (the tabloid) and "Darren Whitlock, 42" (the wire) are two people
    assert not [r for r in rail.numbers if r.label.startswith("age of") and r.status != "only-one"]


@pytest.mark.parametrize(
    ("event", "canonical", "kind", "articles"),
    [
        ("fire", "Kinnear Lake Cree Nation", "organisation", 3),  # "the Nation" on later reference
        ("fire", "B.C. Wildfire Service", "organisation", 2),  # "BC Wildfire Service" at the tabloid
        ("fire", "Northline Forest Products", "organisation", 3),
        ("rail", "Solidaires Cheminots", "organisation", 3),
        ("match", "LaLiga", "organisation", 3),  # "La Liga" at the UK site
        ("match", "Real Atlético Sevillano", "organisation", 3),
    ],
)
def test_entities_merge_across_outlets(
    request: pytest.FixtureRequest, event: str, canonical: str, kind: str, articles: int
) -> None:
    assert (canonical, kind, articles) in _entity_rows(request.getfixturevalue(event))


@pytest.mark.parametrize(
    ("event", "wrong"),
    [
        ("rail", "All Saints"),
        ("rail", "TGV"),
        ("fire", "First Nation"),
        ("match", "Late Sunday"),
    ],
)
def test_no_fragment_is_an_entity(request: pytest.FixtureRequest, event: str, wrong: str) -> None:
    assert wrong not in _spellings(request.getfixturevalue(event))


def test_a_double_surname_alone_is_no_organisation(match: Comparison) -> None:
    assert ("Quintero Ruiz", "organisation") not in {(e.canonical, e.kind) for e in match.entities}
