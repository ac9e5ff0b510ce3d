"""Acceptance: four events in topics and house styles of round N.

tests/data/events/veltrix-fraud-verdict-2026 (an FT-style paper, a crypto
site, a New York local TV site), saint-laurent-health-breach-2026 (a
CBC-style broadcaster, a security trade site, a Montreal daily with French
names), kurrawong-bushfire-2026 (ABC-Australia, tabloid and Guardian-Australia
styles) and riverside-stadium-vote-2026 (a sports site, an alt-weekly, a
business journal) were written as pasted web copy by someone who had not read
the rules. The tests pin what a careful reader finds; the misses a reader
would still see are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from framing.compare import Comparison
from tests.acceptance_tables import speakers as _speakers, row_texts as _row, narrator as _narrator
from tests.acceptance_tables import event_fixture, prepared
from tests.conftest import DATA

EVENTS = DATA / "events"


fraud = event_fixture(EVENTS / "veltrix-fraud-verdict-2026")
stadium = event_fixture(EVENTS / "riverside-stadium-vote-2026")
breach = event_fixture(EVENTS / "saint-laurent-health-breach-2026")
fire = event_fixture(EVENTS / "kurrawong-bushfire-2026")


def _entity(c: Comparison, canonical: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    e = next(e for e in c.entities if e.canonical == canonical)
    return e.kind, tuple(e.spellings), tuple(e.articles)


# --- page furniture ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "reason", "text"),
    [
        ("kurrawong-bushfire-2026", "anbc-news", "site furniture", "Topic:Bushfires"),
        ("kurrawong-bushfire-2026", "anbc-news", "caption", "Photo shows a burnt-out house with only a brick chimney left standing"),
        ("kurrawong-bushfire-2026", "anbc-news", "site furniture", "Related Stories"),
        ("kurrawong-bushfire-2026", "anbc-news", "site furniture", "Bellbird Creek brigade remembered as 'the heart of the valley'"),
        ("kurrawong-bushfire-2026", "the-daily-courier", "site furniture", "Heatwave misery as Sydney swelters through hottest night of summer"),
        ("riverside-stadium-vote-2026", "clubhouse-sports", "author bio", "Kendra Moss is a national MLB reporter for Clubhouse Sports."),
        ("saint-laurent-health-breach-2026", "cpb-news", "byline",
         "Hélène Tremblay · CPB News · Posted: Mar 04, 2026 5:00 AM EST | Last Updated: March 4"),
        ("saint-laurent-health-breach-2026", "cipherbeat", "site furniture", "Ransomware · Healthcare · Canada · Threat Intelligence"),
        ("veltrix-fraud-verdict-2026", "hashpost", "disclaimer",
         "Disclaimer: The views and opinions expressed by the author are for informational purposes only and do not "
         "constitute financial, investment, or other advice."),
    ],
)
def test_page_furniture_is_set_aside(event: str, article: str, reason: str, text: str) -> None:
    doc = prepared(EVENTS / event, article)
    assert [reason, text] in [[b.reason, b.text] for b in doc.boilerplate]


def test_a_headline_with_a_bracketed_aside_stays_content() -> None:
    doc = prepared(EVENTS / "riverside-stadium-vote-2026", "the-halverton-current")
    assert [s.text for s in doc.sentences[:2]] == ["Play Ball!", "(Hope You Brought Your Wallet)"]


# --- quotes ------------------------------------------------------------------------


def test_fraud_speakers(fraud: Comparison) -> None:
    assert _speakers(fraud, "financial-herald") >= {
        ("Harriet Van der Linde", "official"),  # the particle stays in the name
        ("Tomás Ibáñez", "official"),  # "Assistant US Attorney", no dots
        ("Siobhán Ní Bhriain", "business"),  # a company's chief restructuring officer
        ("Priya Raghunathan-Scholz", "expert"),
    }
    assert _speakers(fraud, "hashpost") >= {
        ("Folasade Quiñones-Adeyemi", "advocate"),  # "Its executive director" of an advocacy group
        ("Bartholomew Nguyễn", "affected"),  # "a 41-year-old ICU nurse"
        ("@0xWren", "unknown"),  # a handle that "posted"
        ("Renata Szymańska", "affected"),  # the defence lawyer speaks for the accused
    }
    assert ("Harriet Van der Linde", "official") in _speakers(fraud, "wnyt")


# Round X2: a person's gender is read from the article's own words, so "she said" no longer goes
# to the man named in passing ('Okonkwo-Hale's text messages').
def test_the_juror_speaks(fraud: Comparison) -> None:
    assert not any(q.speaker == "Darius Okonkwo-Hale" for q in fraud.article("wnyt").quotes)


def test_stadium_speakers(stadium: Comparison) -> None:
    assert _speakers(stadium, "clubhouse-sports") >= {
        ("Mauricio Moreno", "affected"),  # 'Mauricio "Big Mo" Moreno ... first baseman', then "Big Mo said"
        ("Darnell Hughes", "unknown"),  # introduced without a title; "he said" two paragraphs on
        ("Preston Vandermeer", "business"),
    }
    assert _speakers(stadium, "halverton-business-journal") >= {("Lena Marchetti", "business")}  # "is CEO of"
    assert _speakers(stadium, "the-halverton-current") >= {
        ("Ayodele Grant", "official"),  # "She was joined in voting no by ... Sandoval": she is Grant
        ("Priya Sandoval", "official"),
        ("Ilana Brandt", "expert"),
    }


@pytest.mark.xfail(strict=True, reason="'A team spokesperson sent a statement praising ..., calling the stadium ...' "
                   "goes to the City Council, and 'The Hawks organization' has no role")
def test_the_team_speaks_as_a_business(stadium: Comparison) -> None:
    assert ("Halverton City Council", "official") not in _speakers(stadium, "the-halverton-current")
    assert ("Hawks organization", "business") in _speakers(stadium, "halverton-business-journal")


def test_breach_speakers(breach: Comparison) -> None:
    assert _speakers(breach, "montreal-sentinel") >= {
        ("Commission d'accès à l'information", "official"),  # "the commission said", French particles kept
        ("Jean-Sébastien Ouellet", "official"),  # "the Official Opposition's health critic"
        ("Audrey Lemieux-Paré", "official"),
        ("François Bélanger", "affected"),
    }
    assert ("Canadian Centre for Cyber Security", "official") in _speakers(breach, "cipherbeat")


def test_fire_speakers(fire: Comparison) -> None:
    assert _speakers(fire, "anbc-news") >= {("Kevin Brandt", "official")}  # "Cr Brandt said"
    assert _speakers(fire, "the-daily-courier") >= {
        ("Mark Toohey", "official"),  # "Opposition Leader"
        ("Phil Draper", "advocate"),  # never "September"
        ("Neighbours", "affected"),
    }
    assert _speakers(fire, "sentinel-australia") >= {
        ("Ian Corrigan", "advocate"),  # a former fire chief who sits on the Climate Council
        ("Climate Council", "advocate"),
        ("Tamsin Leary", "advocate"),  # "The Greens’ ... spokesperson"
    }


# --- naming ------------------------------------------------------------------------


def test_naming_of_the_people_involved(fraud: Comparison, stadium: Comparison, breach: Comparison, fire: Comparison) -> None:
    assert {("customer", "customer"), ("creditor", "creditor")} <= _narrator(fraud, "financial-herald")
    assert {("user", "user"), ("bad actor", "fraud-label")} <= _narrator(fraud, "hashpost")
    assert {("mom-and-pop investor", "investor"), ("victim", "crime-victim")} <= _narrator(fraud, "wnyt")
    assert ("fan", "fan") in _narrator(stadium, "clubhouse-sports")
    assert {("billionaire", "wealth-label"), ("taxpayer", "taxpayer"), ("booster", "stance")} <= _narrator(stadium, "the-halverton-current")
    assert ("stakeholder", "stakeholder") in _narrator(stadium, "halverton-business-journal")
    assert ("threat actor", "cyber-attacker") in _narrator(breach, "cipherbeat")
    assert ("hacker", "cyber-attacker") in _narrator(breach, "cpb-news")
    assert ("cybercriminal", "cyber-attacker") in _narrator(breach, "montreal-sentinel")
    assert ("traditional owner", "first-peoples") in _narrator(fire, "anbc-news")
    assert {("hero", "hero-framing"), ("tradie", "neutral-person")} <= _narrator(fire, "the-daily-courier")
    assert ("greenie", "delegitimizing") in _narrator(fire, "sentinel-australia")


# --- numbers -----------------------------------------------------------------------


def test_fraud_numbers_pair(fraud: Comparison) -> None:
    assert _row(fraud, "diverted (USD)") == [["over $1.6bn", "about $1.6bn", "roughly $1.9 billion", "roughly $1.9 billion",
                                              "nearly $1.4 billion"]]
    assert _row(fraud, "maximum sentence (years)") == [["110 years", "more than a century", "more than a century", "up to 120 years"]]
    assert _row(fraud, "deliberation") == [["about five hours", "less than a day", "less than a day", "two days"]]
    assert _row(fraud, "trial length") == [["five-week", "five-week", "a month-long", "six-week"]]


def test_fire_numbers_pair_across_units(fire: Comparison) -> None:
    assert _row(fire, "area burned (ha)") == [["more than 15,000", "more than 15,000", "about 30,000", "Thirty thousand", "about 12,000"]]
    assert _row(fire, "wind speed (km/h)") == [["up to 90", "100", "80"]]
    assert _row(fire, "homes") == [["at least 40", "at least 40", "at least 40", "47", "47", "47", "more than 50", "more than 50"]]


# Round X: the three outlets' demands in dollars and in bitcoin now share the ransom row.
def test_the_ransoms_share_a_row(breach: Comparison) -> None:
    assert any(r.label.startswith("ransom") and len({c.article for c in r.cells}) == 3 for r in breach.numbers)


@pytest.mark.xfail(strict=True, reason="'about 1.2 million patients', 'nearly 1.5 million' records and 'more than a million "
                   "users' name the same people with different nouns, and counts pair only under one noun")
def test_the_exposed_people_share_a_row(breach: Comparison) -> None:
    assert any({"about 1.2 million", "nearly 1.5 million", "more than a million"} <= {c.text for c in r.cells}
               for r in breach.numbers)


# --- entities ----------------------------------------------------------------------


def test_names_merge_across_outlets(fraud: Comparison, fire: Comparison, stadium: Comparison) -> None:
    assert _entity(fire, "NSW Rural Fire Service") == (
        "organisation", ("RFS", "NSW Rural Fire Service", "Rural Fire Service"), ("anbc-news", "the-daily-courier", "sentinel-australia"))
    assert _entity(fire, "Brendan Hollis")[2] == ("anbc-news", "the-daily-courier", "sentinel-australia")
    assert _entity(fraud, "Rosalind de la Vega")[1] == ("Rosalind de la Vega", "Rosalind De La Vega")
    assert _entity(stadium, "Mauricio Moreno")[1] == ('Mauricio "Big Mo" Moreno', "Moreno", "Big Mo")
    assert _entity(fire, "Kevin Brandt")[0] == "person"


@pytest.mark.parametrize(
    ("event", "name"),
    [
        ("kurrawong-bushfire-2026", "Related Stories"),
        ("kurrawong-bushfire-2026", "Cr Brandt"),
        ("riverside-stadium-vote-2026", "Homes Not Home Runs"),
        ("riverside-stadium-vote-2026", "Lashkar-e-Taiba"),  # "Let's go Hawks!" is no "LeT"
        ("riverside-stadium-vote-2026", "B Hawks"),  # "$1.2B Hawks"
        ("saint-laurent-health-breach-2026", "Social Sharing"),
        ("saint-laurent-health-breach-2026", "VPN"),
        ("veltrix-fraud-verdict-2026", "New Yorkers"),
        ("veltrix-fraud-verdict-2026", "BTC"),
    ],
)
def test_not_names(event: str, name: str, fraud: Comparison, stadium: Comparison, breach: Comparison, fire: Comparison) -> None:
    c = {"veltrix-fraud-verdict-2026": fraud, "riverside-stadium-vote-2026": stadium,
         "saint-laurent-health-breach-2026": breach, "kurrawong-bushfire-2026": fire}[event]
    assert name not in {e.canonical for e in c.entities}
