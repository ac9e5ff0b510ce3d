"""Round Z events' own frame and tone cases (tuned on: the changes were made after reading these articles).

Each frame row is one sentence of a round-Z event article (or a control from an
older event that the round-Z rules must leave right) and the exact set of
policy and immigration frames it carries (tests.frames_tables.sentence_frames);
each tone row a sentence, a word VADER rates, and whether framing.tone reads it
in a neutral sense (hidden from VADER); each sign row a sentence and the sign
of its compound score. Rows the tool still gets wrong are
strict xfails in KNOWN_MISSES, keyed by (article, start).
"""

from __future__ import annotations

import re

import pytest

from tests.frames_tables import event_sentence, sentence_frames
from tests.tone_tables import sign_of, word_shown

FERRY = "ferry-capsize-samaro-2026"
PENSION = "pension-age-strike-2026"
COIN = "coinvale-exchange-collapse-2026"
COUP = "sahel-coup-2026"

FRAMES = [
    # A ferry that overturned is no ruling overturned; seats on a ship are no seats in a house.
    (FERRY, "malindras-daily-courier", "It overturned at around", set()),
    (FERRY, "meridian", "The MV Lady Consolacion, carrying", set()),
    (FERRY, "meridian", "\"People were sitting on the stairs", set()),
    # A party's allies in a chamber; no-confidence motions; strikes in the plural; a rating downgrade;
    # donors to a strike fund fund no politician.
    (PENSION, "the-lombard-daily", "The opposition would need 261", {"political"}),
    (PENSION, "meridian-24", "Parties on the left and the far right", {"political"}),
    (PENSION, "the-lombard-daily", "Its leader, Sandrine Orsatti, said rolling", {"economic"}),
    (PENSION, "meridian-24", "Sandrine Orsatti, head of the CGTB", {"economic", "public_opinion"}),
    (PENSION, "solidarity-wire", "The interprofessional strike fund", {"economic"}),
    (PENSION, "the-lombard-daily", "A downgrade would take", {"economic"}),
    # Control: police officers stay police beside a ministry's count.
    (PENSION, "meridian-24", "The interior ministry said 172", {"crime_punishment", "health_safety"}),
    # A bankruptcy petition and a balance sheet's liabilities; chapter 11; a restructuring officer;
    # a privacy mixer; a token's yield program.
    (COIN, "the-commerce-journal", "The petition lists more than", {"economic"}),
    (COIN, "the-hashline", "Coinvale Files for Chapter 11", {"economic"}),
    (COIN, "the-hashline", "Patricia Lindqvist, a managing director", {"economic"}),
    (COIN, "the-hashline", "The funds were split across", set()),
    (COIN, "the-hashline", "The token had been used", set()),
    # A coup, a junta, military rule: Political; a coup story's closed borders make no migration
    # story; army officers are no police; a bloc named a Community; brotherly countries.
    (COUP, "rmi-english", "The coup makes Zangaré", {"external_regulation", "political", "security_defense"}),
    (COUP, "rmi-english", "Rights groups fear a crackdown.", {"crime_punishment", "policy_prescription"}),
    (COUP, "rmi-english", "It is a handful of officers", set()),
    (COUP, "rmi-english", "In a statement read on state television", set()),
    (COUP, "the-africa-dispatch", "The officers have been careful", set()),
    # Round AA: "headed by Colonel Moussa Tamboura, the battalion's commander" names an army rank:
    # Security and defense (the officers stay no police).
    (COUP, "the-africa-dispatch", "By mid-morning, a group of officers", {"security_defense"}),
    (COUP, "the-africa-dispatch", "It is Zangaré's third coup", {"political"}),
    (COUP, "the-africa-dispatch", "Junta or council?", {"political"}),
    (COUP, "the-africa-dispatch", "\"We want the soldiers to succeed", {"security_defense"}),
    (COUP, "zangare-debout", "The brotherly countries Tinaré", {"external_regulation"}),
    (COUP, "zangare-debout", "He warned that any military intervention", {"security_defense"}),
    # Controls from older events: police officers, a court that overturned, First Nations communities.
    ("johannesburg-water-outage-2026", "sa-daily-news", "Officers used minimum force", {"crime_punishment"}),
    ("lampedusa-style-boat-rescue-2026", "the-meridian", "Sicilian courts have overturned", {"legality"}),
    ("kinnear-lake-wildfire-2026", "turtle-island-today", "Auger warned that without", {"quality_of_life"}),
]

TONE = [
    # Weather's force and the idiom of the most pride.
    (FERRY, "meridian", "Two navy ships, several coast guard", "strong", True),
    (FERRY, "bnn-news", "\"I could not be prouder", "not", True),
    (FERRY, "bnn-news", "\"I could not be prouder", "prouder", False),
    # A date of effect, a valuation, a saving in money.
    (COIN, "the-hashline", "I'm stepping down as CEO", "effective", True),
    (COIN, "the-commerce-journal", "Northgate Ventures led", "valued", True),
    (COIN, "the-hashline", "It was valued at roughly", "valued", True),
    (PENSION, "the-lombard-daily", "The government estimates the measures", "save", True),
    # Political parties by their side or their spokespeople; a party named a Union; a market named Grand.
    (PENSION, "meridian-24", "Parties on the left and the far right", "Parties", True),
    (PENSION, "solidarity-wire", "Mathilde Quérel, leader of the left party", "party", True),
    (COUP, "rmi-english", "President Tessougué's party says", "party", True),
    (COUP, "rmi-english", "\"They took him in his pyjamas", "Solidarity", True),
    (COUP, "the-africa-dispatch", "At Koundiba's Grand Marché", "Grand", True),
    # Feelings that stay: a quoted "save" of a system, pride in an army, good faith.
    (PENSION, "solidarity-wire", "The government claims the reform will save", "save", False),
    (COUP, "zangare-debout", "Today I am proud of our army", "proud", False),
    (PENSION, "solidarity-wire", "“We came to the table in good faith", "good", False),
]

# Sentence signs: a bare count VADER rates as text-speak ("182" I hate you, "143" I love you) is a count.
SIGNS = [
    (FERRY, "bnn-news", "The ship's manifest listed 182", "neutral"),
    (FERRY, "malindras-daily-courier", "The vessel’s manifest listed 168", "neutral"),
    (FERRY, "bnn-news", "\"I could not be prouder", "positive"),
]

KNOWN_MISSES = {
    ("rmi-english", "It is a handful of officers"): "the officers are a junta's only by the article's subject; "
    "no army word stands in the sentence or its paragraph",
    ("rmi-english", "In a statement read on state television"): "as above: 'the officers announced' a council, "
    "with no army word in reach",
}


def _params() -> list[object]:
    out = []
    for slug, article, start, expected in FRAMES:
        reason = KNOWN_MISSES.get((article, start))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(slug, article, start, expected, marks=marks, id=f"{article[:12]}|{start[:30]}"))
    return out


@pytest.mark.parametrize(("slug", "article", "start", "expected"), _params())
def test_round_z_event_frames(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected


@pytest.mark.parametrize(("slug", "article", "start", "word", "hidden"), TONE, ids=[f"{c[3]}|{c[2][:25]}" for c in TONE])
def test_round_z_event_tone(slug: str, article: str, start: str, word: str, hidden: bool) -> None:
    text = event_sentence(slug, article, start)
    assert re.search(r"\b" + re.escape(word) + r"(?!\w)", text) is not None
    assert word_shown(text, word) is not hidden


@pytest.mark.parametrize(("slug", "article", "start", "sign"), SIGNS, ids=[f"{c[3]}|{c[2][:25]}" for c in SIGNS])
def test_round_z_event_sign(slug: str, article: str, start: str, sign: str) -> None:
    assert sign_of(event_sentence(slug, article, start)) == sign
