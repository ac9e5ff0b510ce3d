"""Acceptance: four events in topics and house styles of round V.

tests/data/events/ballycarra-hotel-protest-2026 (an Irish broadsheet, a
right-wing site, a fact-checking site), huaral-earthquake-2026 (a US network, a
Spanish agency's English service, a geoscience site), a14-climate-blockade-2026
(Guardian-, Mail- and BBC-style) and chandigarh-fixing-scandal-2026 (a Times of
India-style daily, a Dawn-style daily, a Cricinfo-style site) were written as
pasted web copy by helpers who had not read the rules, each with an answer key
a teacher would write. The tests pin what a careful reader finds; the misses a
reader would still see are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from framing.compare import Comparison
from tests.acceptance_tables import entity_rows as _entity_rows, narrator as _narrator, row_texts as _row
from tests.acceptance_tables import spellings as _spellings
from tests.acceptance_tables import event_fixture, prepared
from tests.conftest import DATA

EVENTS = DATA / "events"
_HOTEL, _QUAKE, _BLOCKADE, _FIXING = (
    "ballycarra-hotel-protest-2026", "huaral-earthquake-2026", "a14-climate-blockade-2026",
    "chandigarh-fixing-scandal-2026",
)

hotel = event_fixture(EVENTS / _HOTEL)
quake = event_fixture(EVENTS / _QUAKE)
blockade = event_fixture(EVENTS / _BLOCKADE)
fixing = event_fixture(EVENTS / _FIXING)


@pytest.mark.parametrize(
    ("event", "article", "reason", "text"),
    [
        (_HOTEL, "the-irish-chronicle", "credit line", "Additional reporting: Jack Power"),
        (_HOTEL, "thebrief-ie", "donation appeal",
         "Readers like you are keeping these stories free for everyone. Support TheBrief."),
        (_QUAKE, "iberonoticias", "dateline", "Lima, Jun 9 (Iberonoticias).-"),
        (_QUAKE, "iberonoticias", "copyright notice", "(c) Iberonoticias 2026. All rights reserved."),
        (_QUAKE, "northstar-news-network", "caption", "Ernesto Vílchez/AFP/Getty Images"),
        (_QUAKE, "geoscope", "byline", "—Priya Natarajan (@pnatarajan_geo), Science Writer"),
        (_QUAKE, "geoscope", "credit line",
         "Citation: Natarajan, P. (2026), Deep Andean thrust: What we know about the M7.2 Peru earthquake, "
         "Geoscope, 9 June 2026."),
        (_BLOCKADE, "brc-news", "byline", "BRC News, Essex"),
        (_BLOCKADE, "brc-news", "contact line", "Send your story ideas to eastofengland.news@brcnews.com"),
        (_BLOCKADE, "brc-news", "site furniture", "Fuel terminal sprayed with orange paint"),
        (_BLOCKADE, "daily-bulletin", "site furniture", "1.4k"),
        (_BLOCKADE, "daily-bulletin", "site furniture", "Eco-zealots GLUE themselves to M25 causing 14-mile tailback"),
        (_BLOCKADE, "daily-bulletin", "site furniture", "Newest Oldest Best rated Worst rated"),
        (_FIXING, "the-bharat-times", "dateline", "CHANDIGARH:"),
        (_FIXING, "the-bharat-times", "caption",
         "The accused being produced in the district courts, Sector 43, on Tuesday. (BT photo by Kamleshwar Singh)"),
        (_FIXING, "the-bharat-times", "site furniture",
         "Catch all the Cricket News and Live Score updates on The Bharat Times app."),
        (_FIXING, "the-morning-herald", "dateline", "MIRPUR:"),
        (_FIXING, "the-morning-herald", "caption",
         "Usman Anwar, seen here during a PSL match in Lahore last year, has played two PSL seasons. — Photo courtesy PCB"),
    ],
)
def test_page_furniture_is_set_aside(event: str, article: str, reason: str, text: str) -> None:
    doc = prepared(EVENTS / event, article)
    assert [reason, text] in [[b.reason, b.text] for b in doc.boilerplate]


@pytest.mark.parametrize(
    ("event", "article", "sentence"),
    [
        # "Dra." before a name ends no sentence (a Spanish agency's English service)
        (_QUAKE, "iberonoticias",
         "Dra. Elena Paucar Torres, director of the Hospital de Apoyo de Chaqui, told Iberonoticias that the facility "
         "was treating patients in tents set up in its parking lot because part of the building had suffered "
         "structural damage."),
        # the lead after an Indian daily's dateline
        (_FIXING, "the-bharat-times",
         "In a major breakthrough, the Crime Branch of Chandigarh Police has busted an alleged match-fixing racket in "
         "the Bharat T20 League (BTL) and arrested five persons, including two players and the team manager of the "
         "Tricity Tuskers franchise, for allegedly taking money from bookies to under-perform in a match played at "
         "the Mullanpur stadium on April 18."),
    ],
)
def test_sentences_hold_together(event: str, article: str, sentence: str) -> None:
    doc = prepared(EVENTS / event, article)
    assert sentence in [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("event", "article", "term", "category"),
    [
        ("hotel", "the-irish-chronicle", "international protection applicant", "migration"),
        ("hotel", "standpoint", "unvetted male", "migrant-threat"),
        ("hotel", "standpoint", "illegal migrant", "criminalizing"),
        ("hotel", "standpoint", "economic migrant", "migration"),
        ("hotel", "standpoint", "concerned citizen", "citizen-framing"),  # "concerned locals"
        ("hotel", "thebrief-ie", "people seeking asylum", "migration"),
        ("hotel", "thebrief-ie", "asylum seeker", "migration"),
        ("hotel", "thebrief-ie", "anti-immigration protester", "participant"),
        ("quake", "northstar-news-network", "survivor", "disaster-affected"),
        ("quake", "iberonoticias", "campesino", "neutral-person"),
        ("quake", "iberonoticias", "comunero", "neutral-person"),
        ("blockade", "daily-bulletin", "eco-zealot", "delegitimizing"),
        ("blockade", "daily-bulletin", "yob", "delegitimizing"),
        ("blockade", "daily-bulletin", "militant", "delegitimizing"),
        ("blockade", "daily-bulletin", "furious motorist", "disrupted-public"),
        ("blockade", "the-meridian", "activist", "participant"),
        ("blockade", "the-meridian", "campaigner", "participant"),
        ("blockade", "brc-news", "defendant", "accused"),
        ("fixing", "the-bharat-times", "bookie", "betting"),
        ("fixing", "the-bharat-times", "cop", "police-officer"),
        ("fixing", "cricpulse", "corrupter", "corrupter"),
        ("fixing", "the-morning-herald", "illegal betting syndicate", "corrupter"),
    ],
)
def test_naming_choices_in_the_outlets_own_voice(
    request: pytest.FixtureRequest, event: str, article: str, term: str, category: str
) -> None:
    assert (term, category) in _narrator(request.getfixturevalue(event), article)


@pytest.mark.parametrize(
    ("event", "article", "term"),
    [
        # the broadsheet and the fact-checker never use the right-wing site's words in their own voice
        ("hotel", "the-irish-chronicle", "illegal migrant"),
        ("hotel", "thebrief-ie", "illegal migrant"),
        ("blockade", "brc-news", "eco-zealot"),
        ("blockade", "the-meridian", "yob"),
        # a bowler's position is no naming choice for a group
        ("fixing", "the-bharat-times", "pacer"),
    ],
)
def test_naming_terms_an_outlet_does_not_use(request: pytest.FixtureRequest, event: str, article: str, term: str) -> None:
    assert term not in {t for t, _ in _narrator(request.getfixturevalue(event), article)}


@pytest.mark.parametrize(
    ("event", "label", "cells"),
    [
        ("hotel", "people arrested", ["Three", "three", "Two", "Four", "Four"]),
        ("hotel", "fire units", ["Two", "Three"]),
        ("hotel", "per year (EUR)", ["about €2.3 million", "approximately €2.1 million"]),  # not the 3-year €9m
        ("quake", "magnitude", ["M7.2", "magnitude (Mw) 7.2", "Mww 7.2", "7.1", "magnitude 7.1"]),
        ("quake", "people killed", ["30", "28", "At least 28", "at least 31", "at least 31"]),
        ("quake", "people injured", ["about 190", "176", "More than 200"]),
        ("quake", "aftershock magnitude", ["M5.4", "magnitude 5.1", "magnitude 5.3"]),
        ("quake", "people killed in a past event", ["519", "more than 500"]),  # Pisco 2007, not this quake
        ("blockade", "people arrested", ["27", "27", "31", "More than two dozen", "More than two dozen"]),
        ("blockade", "age of Harriet Cole", ["23", "24", "23"]),
        ("blockade", "ambulance delay", ["about 25 minutes", "nearly an HOUR", "nearly an hour", "approximately 12 minutes"]),
        ("fixing", "deal (INR)", ["Rs 1.2 crore", "Rs 1.2 crore", "Rs10m"]),
        ("fixing", "remanded", ["5-day", "five-day", "four days"]),
        ("fixing", "age of Gurpreet Singh Sandhu", ["24", "25", "25-year-old"]),
        ("fixing", "age of Usman Anwar", ["32", "30"]),
    ],
)
def test_figures_pair_across_outlets(request: pytest.FixtureRequest, event: str, label: str, cells: list[str]) -> None:
    assert cells in _row(request.getfixturevalue(event), label)


def test_this_quakes_toll_never_pairs_with_a_past_one(quake: Comparison) -> None:
    assert not any("519" in cells for cells in _row(quake, "people killed"))


@pytest.mark.xfail(strict=True, reason="The Morning Herald's 'April 19' is not set against the others' 'April 18' "
                                       "(the match date); the date row holds only April 18")
def test_the_match_date_differs(fixing: Comparison) -> None:
    assert any("April 19" in cells for cells in _row(fixing, "date"))


@pytest.mark.parametrize(
    ("event", "canonical", "kind", "articles"),
    [
        ("hotel", "An Garda Síochána", "organisation", 2),
        ("hotel", "Seán Ó Briain", "person", 3),
        ("hotel", "Department of Integration", "organisation", 3),
        ("quake", "Rosa Quispe Mamani", "person", 2),  # "Rosa Quispe" in the network's story
        ("quake", "Mariela Cárdenas Villanueva", "person", 2),
        ("quake", "Instituto Geofísico del Perú", "organisation", 2),
        ("blockade", "Last Harvest", "organisation", 3),
        ("blockade", "Harriet Cole", "person", 2),
        ("fixing", "Gurpreet Singh Sandhu", "person", 3),
        ("fixing", "Rakesh Kumar Sharma", "person", 3),  # Bharat Times' "R.K. Sharma" joins since 7d2b589 (initials of the one full name)
        ("fixing", "Tricity Tuskers", "organisation", 2),
    ],
)
def test_entities_merge_across_outlets(
    request: pytest.FixtureRequest, event: str, canonical: str, kind: str, articles: int
) -> None:
    assert (canonical, kind, articles) in _entity_rows(request.getfixturevalue(event))


@pytest.mark.xfail(strict=True, reason="'National Highways' (a roads agency) is read as a place")
def test_a_roads_agency_is_an_organisation(blockade: Comparison) -> None:
    assert ("National Highways", "organisation", 2) in _entity_rows(blockade)


@pytest.mark.parametrize(
    ("event", "wrong"),
    [("quake", "VIII"), ("hotel", "FALSE"), ("hotel", "Síochána"), ("fixing", "Tuskers for Rs"), ("fixing", "Indian Rs10m")],
)
def test_no_fragment_is_an_entity(request: pytest.FixtureRequest, event: str, wrong: str) -> None:
    assert wrong not in _spellings(request.getfixturevalue(event))
