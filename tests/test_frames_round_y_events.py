"""Round Y events' own frame and tone cases (tuned on: the changes were made after reading these articles).

Each frame row is one sentence of a round-Y event article and the exact set of
policy and immigration frames it carries (tests.frames_tables.sentence_frames);
each tone row a sentence, a word VADER rates, and whether framing.tone reads it
in a neutral sense (hidden from VADER).
"""

from __future__ import annotations

import re

import pytest

from tests.frames_tables import event_docs, sentence_frames
from tests.tone_tables import word_shown

TARIFF = "steel-tariff-escalation-2026"
BAN = "teen-social-media-ban-2026"
STAB = "thornbury-stabbing-unrest-2026"
MINE = "yarrabin-mine-approval-2026"

FRAMES = [
    # Markets by their index; the WTO and unilateralism between states; a trade bill is no crime.
    (TARIFF, "bramwell-news", "The Dow Jones Industrial Average fell 612", {"economic"}),
    (TARIFF, "bramwell-news", "Dorvania's commerce ministry said", {"economic", "external_regulation"}),
    (TARIFF, "dorvania-daily", "Foreign Ministry spokesperson Yao Dremin said at a regular", {"economic", "external_regulation"}),
    (TARIFF, "eagle-business", "Lindqvist, who voted against", {"economic", "political"}),
    # A stabbing and disorder are crimes; a street named Market is no market; "two-tier" is fairness.
    (STAB, "nbs-news", "Thornbury Vale stabbing: Man charged", {"crime_punishment", "legality"}),
    (STAB, "ashdale-evening-news", "Police update on Sunday night disorder", {"crime_punishment"}),
    (STAB, "ashdale-evening-news", "The leader of Ashdale Borough Council", set()),
    (STAB, "daily-clarion", "This is two-tier policing", {"crime_punishment", "fairness_equality"}),
    (STAB, "daily-clarion", "A small boat migrant has been charged", {"crime_punishment", "victim_humanitarian"}),
    (STAB, "nbs-news", "Ms Okafor described those responsible", {"crime_punishment", "public_opinion"}),
    # An ecologist's survey is no poll; songlines, lawfare; a water ministry and a resources portfolio.
    (MINE, "earthline-news", "Dr Hamish Tully, an ecologist", {"legality"}),
    (MINE, "earthline-news", "\u201cThey signed away our songlines,\u201d", {"cultural_identity", "quality_of_life"}),
    (MINE, "earthline-news", "The approval comes as the federal government", {"economic", "political"}),
    (MINE, "the-australasian", "Lawfare is now the business model", {"economic", "legality"}),
    (MINE, "the-australasian", "In a statement, the Department of Environment and Water Security", set()),
    (MINE, "the-australasian", "Opposition resources spokeswoman", {"legality"}),
    # Grooming is a crime; apps built to be addictive are a health question.
    (BAN, "the-family-standard", "Moss\u2019s daughter was groomed online", {"crime_punishment"}),
    (BAN, "the-family-standard", "These predatory algorithms", {"health_safety"}),
]

TONE = [
    (TARIFF, "bramwell-news", "The S&P 500 lost 1.2%", "lost", True),
    (TARIFF, "dorvania-daily", "Dorvania's door for dialogue", "stressed", True),
    (TARIFF, "eagle-business", "The regime fired back within hours", "fired", True),
    (TARIFF, "eagle-business", "The regime fired back within hours", "Dynamics", True),
    (STAB, "nbs-news", "Police said two of them remain", "stable", True),
    (STAB, "ashdale-evening-news", "Good morning and welcome", "Good", True),
    (BAN, "the-family-standard", "More than three-quarters of parents support the ban", "ban", True),
    (MINE, "earthline-news", "Its share price jumped", "share", True),
    (MINE, "mining-ledger", "Kestrel is understood to be in advanced talks", "Critical", True),
    # State media's charge of "bullying" is the outlet's own loaded word: it keeps its feeling.
    (TARIFF, "dorvania-daily", "Dorvania vows resolute countermeasures", "bullying", False),
]


@pytest.mark.parametrize(("slug", "article", "start", "expected"), FRAMES, ids=[c[2][:30] for c in FRAMES])
def test_round_y_event_frames(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected


def _sentence(slug: str, article: str, start: str) -> str:
    doc = event_docs(slug)[article]
    return next(doc.text[s.start : s.end] for s in doc.sentences if doc.text[s.start : s.end].startswith(start))


@pytest.mark.parametrize(("slug", "article", "start", "word", "hidden"), TONE, ids=[f"{c[3]}|{c[2][:25]}" for c in TONE])
def test_round_y_event_tone(slug: str, article: str, start: str, word: str, hidden: bool) -> None:
    text = _sentence(slug, article, start)
    assert re.search(r"\b" + re.escape(word) + r"(?!\w)", text) is not None
    assert word_shown(text, word) is not hidden
