"""Acceptance: four events in topics and house styles of round P.

tests/data/events/eleventh-circuit-age-verification-2026 (a court-news wire,
a conservative US site, a tech site), kerio-doping-suspension-2026 (an
AFP-style sports wire, a Kenyan daily, an anti-doping blog),
rosario-rent-decree-2026 (an English-language Buenos Aires paper, a
Bloomberg-style wire, a housing-rights outlet) and hanseong-chip-layoffs-2026
(a Yonhap-style wire, an FT-style paper, a labour outlet) were written as
pasted web copy by helpers who had not read the rules, each with an answer key
a teacher would write. The tests pin what a careful reader finds; the misses a
reader would still see are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from framing.compare import Comparison
from framing.naming import rank_event_topics
from tests.acceptance_tables import narrator as _narrator, row_texts as _row, speakers as _speakers
from tests.acceptance_tables import event_fixture, prepared
from tests.conftest import DATA

EVENTS = DATA / "events"


court = event_fixture(EVENTS / "eleventh-circuit-age-verification-2026")
doping = event_fixture(EVENTS / "kerio-doping-suspension-2026")
rent = event_fixture(EVENTS / "rosario-rent-decree-2026")
chips = event_fixture(EVENTS / "hanseong-chip-layoffs-2026")


def _entity_spelled(c: Comparison, spelling: str) -> tuple[str, int]:
    """The kind of the entity written ``spelling`` somewhere, and how many articles name it."""
    e = next(e for e in c.entities if spelling in e.spellings)
    return e.kind, len(e.articles)


# --- page furniture ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "reason", "text"),
    [
        ("eleventh-circuit-age-verification-2026", "courtline-news", "site furniture", "Read the ruling here."),
        ("eleventh-circuit-age-verification-2026", "frontier-news", "author bio",
         "Rachel Dunmore is a politics reporter for Frontier News Digital."),
        ("eleventh-circuit-age-verification-2026", "frontier-news", "contact line",
         "Story tips can be sent to rachel.dunmore@frontiernews.com."),
        ("eleventh-circuit-age-verification-2026", "hyperlink", "byline",
         "By Nadia Rahman, a senior policy reporter covering tech regulation, privacy, and the courts."),
        ("eleventh-circuit-age-verification-2026", "hyperlink", "site furniture",
         "2. The best noise-canceling headphones to buy right now"),
        ("kerio-doping-suspension-2026", "aep", "dateline", "Monaco (AEP) -"),
        ("kerio-doping-suspension-2026", "aep", "subheading", "- 'Zero tolerance' -"),
        ("kerio-doping-suspension-2026", "aep", "credit line", "burs-jk/pst"),
        ("kerio-doping-suspension-2026", "the-kenya-herald", "site furniture", "Sports"),
        ("kerio-doping-suspension-2026", "the-kenya-herald", "dateline", "ITEN"),
        ("kerio-doping-suspension-2026", "the-clean-track", "site furniture", "THE CLEAN TRACK"),
        ("kerio-doping-suspension-2026", "the-clean-track", "reference list",
         "[1] AIU, ‘Provisional suspension – Gladys Jelagat Kerio (KEN)’, 17 November 2026."),
        ("rosario-rent-decree-2026", "fairbridge-news", "editor's note", "(Updates with market close in sixth paragraph.)"),
        ("rosario-rent-decree-2026", "fairbridge-news", "contact line", "Robert Hale"),
        ("rosario-rent-decree-2026", "roofline", "site furniture", "HOUSING / LATIN AMERICA"),
        ("rosario-rent-decree-2026", "roofline", "donation appeal", "[Donate now]"),
        ("hanseong-chip-layoffs-2026", "hanbit-news-agency", "editor's note",
         "(ATTN: ADDS minister's comments, union reaction in paras 7-12; UPDATES stock prices)"),
        ("hanseong-chip-layoffs-2026", "financial-courier", "site furniture",
         "Simply sign up to the Semiconductors myCourier Digest -- delivered directly to your inbox."),
    ],
)
def test_page_furniture_is_set_aside(event: str, article: str, reason: str, text: str) -> None:
    doc = prepared(EVENTS / event, article)
    assert [reason, text] in [[b.reason, b.text] for b in doc.boilerplate]


def test_crossheads_inside_the_story_stay_content() -> None:
    doc = prepared(EVENTS / "rosario-rent-decree-2026", "rio-de-la-plata-times")
    assert {"PROTESTS IN TWO CITIES", "LANDLORDS WELCOME MEASURE"} <= {s.text for s in doc.sentences}


# --- quotes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "speaker", "role"),
    [
        ("court", "courtline-news", "Marisol Ortega", "official"),
        ("court", "courtline-news", "Thomas Brannon", "official"),
        ("court", "courtline-news", "Calvin Booker", "official"),
        ("court", "frontier-news", "Lisa Harwell", "official"),
        # "Kayla Mendes, a 15-year-old from Gainesville who testified ... before a state Senate committee"
        pytest.param("court", "frontier-news", "Kayla Mendes", "affected", marks=pytest.mark.xfail(
            strict=True, reason="'a state Senate committee' inside her 'who testified' clause is read as her title: official")),
        ("court", "frontier-news", "Tamika Rowe", "advocate"),  # president of a parents' advocacy group
        ("court", "hyperlink", "Marcus Delgado", "advocate"),  # staff attorney at a digital-rights foundation
        ("court", "hyperlink", "Helen Tran", "expert"),
        ("doping", "the-kenya-herald", "Paul Kibet Serem", "official"),  # the national federation's president
        ("doping", "the-kenya-herald", "Miriam Wanjiru Gitau", "official"),  # the anti-doping agency's CEO
        ("doping", "the-kenya-herald", "Jonah Kimutai Keter", "official"),  # the county governor
        ("doping", "the-clean-track", "Rachel Okonjo", "expert"),
        ("doping", "the-clean-track", "Hannah Delacroix", "official"),  # "An AIU spokesperson, Hannah Delacroix"
        ("doping", "the-clean-track", "Sarah Lindqvist", "advocate"),
        # "Economy Minister Federico Lanusse Arrieta", later "Lanusse Arrieta insisted"
        ("rent", "rio-de-la-plata-times", "Federico Lanusse Arrieta", "official"),
        ("rent", "rio-de-la-plata-times", "Rubén Acosta Lagos", "official"),  # "Senator ...", then "Acosta Lagos said"
        ("rent", "rio-de-la-plata-times", "Daniela Ocampo", "affected"),
        ("rent", "rio-de-la-plata-times", "Claudia Berardi", "expert"),  # the quote after "... warned that" (round Q2)
        ("rent", "fairbridge-news", "Nicolás Herrera Pons", "expert"),  # head of research at a brokerage
        ("rent", "roofline", "Walter Giménez", "affected"),
        ("chips", "financial-courier", "Vivian Lau", "expert"),  # an analyst at a Hong Kong bank
        ("chips", "financial-courier", "Yoon Tae-sik", "business"),
        ("chips", "financial-courier", "Han Seung-min", "business"),
        ("chips", "financial-courier", "Dale Brandt", "official"),
        ("chips", "hanbit-news-agency", "Koo Bon-seok", "official"),
        ("chips", "hanbit-news-agency", "Jang Min-cheol", "advocate"),
        ("chips", "hanbit-news-agency", "Bae Ji-ho", "expert"),
        ("chips", "shopfloor-dispatch", "Jenny Kwon", "affected"),
        ("chips", "shopfloor-dispatch", "Jang Min-chul", "advocate"),
    ],
)
def test_speakers_and_roles(request: pytest.FixtureRequest, event: str, article: str, speaker: str, role: str) -> None:
    assert (speaker, role) in _speakers(request.getfixturevalue(event), article)


@pytest.mark.parametrize(
    ("event", "article", "wrong"),
    [
        ("court", "hyperlink", "Judge"),  # "Judge Thomas Brannon dissented, arguing ...": Brannon speaks (round Q2)
        ("court", "hyperlink", "Circuit Court of Appeals"),  # "The attorney general’s office said ..."
        pytest.param("doping", "the-kenya-herald", "Keiyo South", marks=pytest.mark.xfail(
            strict=True, reason="'she said' goes back to 'The athlete, who hails from Keiyo South', and the place "
            "inside the relative clause is taken as the subject")),
        ("doping", "aep", "Monaco-based AIU"),
        ("doping", "the-clean-track", "Britain's Holly Brennan"),
        ("rent", "fairbridge-news", "Property Owners"),  # "the Argentine Chamber of Urban Property Owners said"
        ("rent", "rio-de-la-plata-times", "Lanusse Arrieta"),  # a second person for the minister
        ("chips", "financial-courier", "London"),  # "Oliver Grange of Thistlewood Asset Management in London"
        ("chips", "financial-courier", "told analysts"),
    ],
)
def test_no_place_title_or_fragment_speaks(request: pytest.FixtureRequest, event: str, article: str, wrong: str) -> None:
    assert wrong not in {s for s, _ in _speakers(request.getfixturevalue(event), article)}


def test_an_unresolved_subject_never_inherits_the_previous_speaker(chips: Comparison) -> None:
    # "A company spokesperson ... wrote in a statement": never the union chair quoted before
    quotes = [q for q in chips.article("shopfloor-dispatch").quotes if q.text.startswith("respects the rights")]
    assert [q.speaker_role for q in quotes] == ["business"]


# --- entities --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "spelling", "kind", "articles"),
    [
        ("court", "Calvin Booker", "person", 3),
        ("court", "NetForward Alliance", "organisation", 3),
        ("court", "Thomas Brannon", "person", 3),
        ("doping", "Gladys Jelagat Kerio", "person", 3),  # "Gladys Kerio", "Ms Kerio", "Kerio" elsewhere
        ("rent", "Federico Lanusse Arrieta", "person", 3),  # "Federico Lanusse" in two outlets
        ("rent", "Gervasio Almirón", "person", 3),  # "Gervasio Almiron" without the accent at the wire
        ("chips", "Yoon Tae-sik", "person", 3),
        ("chips", "Koo Bon-seok", "person", 1),  # "Minister of Trade, Industry and Energy Koo Bon-seok"
    ],
)
def test_entities_merge_across_outlets(request: pytest.FixtureRequest, event: str, spelling: str, kind: str, articles: int) -> None:
    assert _entity_spelled(request.getfixturevalue(event), spelling) == (kind, articles)


@pytest.mark.parametrize(
    ("event", "wrong"),
    [
        ("chips", "Energy Koo Bon"),
        ("chips", "Won3"),
        ("chips", "ATTN"),
        ("court", "R-Cumming"),
        ("rent", "Fairbridge Economics Says"),
        ("doping", "Tunamwachia Mungu"),  # a Kiswahili phrase, translated in brackets after it
    ],
)
def test_no_fragment_is_an_entity(request: pytest.FixtureRequest, event: str, wrong: str) -> None:
    assert wrong not in {s for e in request.getfixturevalue(event).entities for s in e.spellings}


# --- numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "label", "expected"),
    [
        ("doping", "concentration (ng/mL)", ["14", "11.6", "12.8", "12.8"]),
        ("doping", "multiple (times the level)", ["seven times", "more than six times"]),
        ("doping", "race time", ["3min 49.01sec", "3:49.01"]),
        ("doping", "athletes", ["at least 70", "At least 70", "Over 100"]),
        ("rent", "exchange rate (per USD)", ["1,145 per dollar", "ARS 1,142 per US dollar", "more than 1,100 to the dollar"]),
        # the Buenos Aires crowd by the police (5,000) and by the organisers (15,000); Rosario's "more than
        # 4,000" is a part by place and pairs with no other outlet (round T: it was paired before)
        ("rent", "people in the crowd", ["Thousands", "some 5,000", "Some 15,000"]),
        # "1.2 trillion won ($860 million)": a bracketed conversion is the same figure, one cell (round Q)
        ("chips", "loss (USD)", ["$910mn", "1.2 trillion won ($860 million)"]),
        ("chips", "percent move in the share price", ["more than 5 per cent", "4.2 percent", "almost 5 percent"]),
        ("court", "states", ["at least 12", "More than a dozen", "19"]),
    ],
)
def test_figures_pair_across_outlets(request: pytest.FixtureRequest, event: str, label: str, expected: list[str]) -> None:
    assert expected in _row(request.getfixturevalue(event), label)


@pytest.mark.parametrize("label", ["unlesses", "champions (1500m)", "champions", "mins", "secs"])
def test_no_nonsense_rows(court: Comparison, doping: Comparison, label: str) -> None:
    assert label not in {r.label for c in (court, doping) for r in c.numbers}


@pytest.mark.xfail(strict=True, reason="'The 29-year-old' (the wire) and 'the 30-year-old' (the daily) are one unnamed "
                   "person's age; ages pair only when a name says whose they are")
def test_the_athletes_age_is_compared(doping: Comparison) -> None:
    assert any({"29-year-old", "30-year-old"} <= set(r) for r in _row(doping, "age"))


@pytest.mark.xfail(strict=True, reason="percentages pair by what they measure only for share moves and vote shares: "
                   "'more than 200%' / '148%' / '211%' rent rises and '2.9%' / '2.7%' monthly inflation share no row")
def test_the_rent_rises_share_a_row(rent: Comparison) -> None:
    assert any(len(r) >= 3 and "148%" in r for r in (x for label in {r.label for r in rent.numbers} for x in _row(rent, label)))


# --- naming ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "term", "category"),
    [
        ("court", "frontier-news", "activist judge", "judge-label"),
        ("court", "frontier-news", "big tech", "tech-industry-label"),
        ("court", "courtline-news", "minor", "children"),
        ("court", "hyperlink", "platform", "tech-company"),
        ("doping", "the-clean-track", "drug cheat", "doping-label"),
        ("doping", "the-clean-track", "doper", "doping-label"),
        ("doping", "the-clean-track", "clean athlete", "clean-athlete"),
        ("doping", "the-kenya-herald", "champion", "athlete-title"),
        ("rent", "roofline", "rentier", "landlord-loaded"),
        ("rent", "roofline", "speculator", "landlord-loaded"),
        ("rent", "rio-de-la-plata-times", "inquilino", "tenant"),
        ("rent", "fairbridge-news", "property owner", "landlord"),
        ("chips", "financial-courier", "headcount", "workforce-abstraction"),
        ("chips", "shopfloor-dispatch", "bosses", "employer-loaded"),
        ("chips", "hanbit-news-agency", "laid-off worker", "job-loss"),
    ],
)
def test_naming_in_the_outlets_own_words(request: pytest.FixtureRequest, event: str, article: str, term: str, category: str) -> None:
    assert (term, category) in _narrator(request.getfixturevalue(event), article)


@pytest.mark.parametrize(("event", "topic"), [("court", "technology"), ("doping", "sport"), ("rent", "housing"), ("chips", "labour")])
def test_event_topics(request: pytest.FixtureRequest, event: str, topic: str) -> None:
    assert rank_event_topics([a.doc for a in request.getfixturevalue(event).articles])[0][0] == topic


def test_an_athletes_management_is_not_labours(doping: Comparison) -> None:
    assert ("management", "management") not in _narrator(doping, "aep")
