"""Round AA events' own frame and tone cases (tuned on: the changes were made after reading these articles).

Each frame row is one sentence of a round-AA event article (or a control from an
older event that the round-AA rules must leave right) and the exact set of
policy and immigration frames it carries (tests.frames_tables.sentence_frames);
each tone row a sentence, a word VADER rates, and whether framing.tone reads it
in a neutral sense (hidden from VADER); each sign row a sentence and the sign
of its compound score. Rows the tool still gets wrong are strict xfails in
KNOWN_MISSES, keyed by (article, start). These rows count in no held-out figure.
"""

from __future__ import annotations

import re

import pytest

from tests.frames_tables import event_sentence, sentence_frames
from tests.tone_tables import sign_of, word_shown

DAM = "dam-burst-velgaon-2026"
HOSPITAL = "hospital-ransomware-ashgrove-2026"
DEBATE = "election-debate-norland-2026"

FRAMES = [
    # A dam that gave way, an embankment that collapsed, deaths told "killed about 20": Health and safety;
    # violent rain is weather, not violence.
    (DAM, "al-mirsad", "Survivors say they warned officials", {"health_safety"}),
    (DAM, "al-mirsad", "In 2019, the collapse of a small dam", {"health_safety"}),
    (DAM, "the-national-times", "A nearly 80m stretch", {"health_safety"}),
    # India's money: ex gratia, lakh and crore after "Rs", a count glued to its figure ("$1.7m").
    (DAM, "al-mirsad", "The dam was repaired in 2023", {"economic"}),
    (DAM, "press-syndicate-of-india", "He later announced an ex gratia", {"economic"}),
    (DAM, "press-syndicate-of-india", "She alleged irregularities", {"economic", "legality"}),
    (DAM, "the-national-times", "He announced an ex gratia", {"economic", "health_safety"}),
    (DAM, "the-national-times", "Crores were spent on repairs", {"economic"}),
    (DAM, "the-national-times", "The PM has announced", {"economic", "political"}),
    # India's "Leader of Opposition" and headline "Oppn"; the ruling party's MLA is no court ruling.
    (DAM, "press-syndicate-of-india", "Leader of Opposition Sunanda Kale claimed", {"political"}),
    (DAM, "the-national-times", "'Negligence, not rain'", {"legality", "political"}),
    (DAM, "the-national-times", "Leader of Opposition Sunanda Kale, who", {"economic", "political"}),
    (DAM, "press-syndicate-of-india", "Meanwhile, the opposition Praja", {"political"}),
    (DAM, "al-mirsad", "The opposition Praja Samajwadi Dal (PSD) has accused", {"political"}),
    # A water resources department is a department's name; an officer beside a contractor or an
    # NDRF officer polices nothing.
    (DAM, "press-syndicate-of-india", "An executive engineer and two", set()),
    (DAM, "the-national-times", "A senior official in the water", set()),
    (DAM, "the-national-times", "Whoever is responsible", set()),
    (DAM, "al-mirsad", "\"We told the officers again", set()),
    (DAM, "the-national-times", "The current has carried debris", {"health_safety"}),
    (DAM, "al-mirsad", "Back at the relief camp", set()),
    # A hack's ransom in glued millions; an anonymous source not authorized to speak; a family doctor.
    (HOSPITAL, "daily-courier", "Russian hackers have brought",
     {"capacity_resources", "crime_punishment", "economic", "health_safety"}),
    (HOSPITAL, "daily-courier", "The hospital network's $486,000",
     {"crime_punishment", "economic", "health_safety"}),
    (HOSPITAL, "npb-news", "One nurse on a medical floor", {"health_safety"}),
    (HOSPITAL, "npb-news", "\"We're charting on paper", {"health_safety"}),
    (HOSPITAL, "npb-news", "The network is asking people", {"health_safety"}),
    # Polls' verdicts, polls that close, pollsters, a campaign's war room, the verb "measure",
    # knife and recorded offences.
    (DEBATE, "the-meridian", "Prime minister accuses challenger", {"crime_punishment", "political", "public_opinion"}),
    (DEBATE, "the-meridian", "Three snap polls gave", {"public_opinion"}),
    (DEBATE, "the-meridian", "Knife offences in Haldvik", {"crime_punishment"}),
    (DEBATE, "polarity", "The 40% figure matches", {"crime_punishment"}),
    (DEBATE, "polarity", "Snap polls are small", {"political", "public_opinion"}),
    (DEBATE, "polarity", "Polls close Sunday", {"political"}),
    (DEBATE, "plain-speaking", "The pollsters who say", {"public_opinion"}),
    (DEBATE, "plain-speaking", "Dagsposten, a paper", {"political", "public_opinion"}),
    (DEBATE, "plain-speaking", "A friend who works on the Civic Union", {"political"}),
    (DEBATE, "the-meridian", "Civic Union officials confirmed", {"political"}),
    (DEBATE, "polarity", "The Civic Union says NKr", {"economic"}),
    (DEBATE, "plain-speaking", "She pays fourteen and a half", {"economic"}),
    # Controls from older events: a ruling party's MLA, polls that closed, a bitcoin demand, a
    # saving in glued billions, seized cash in crore.
    ("rampur-bus-crash-2026", "newsbharat-live", "Local MLA Sundar Lal Kothiyal", {"political"}),
    ("harcastle-mayoral-recount-2026", "the-liberty-ledger", "The county board insists", {"political"}),
    ("saint-laurent-health-breach-2026", "cpb-news", "CPB News has learned", {"crime_punishment", "economic"}),
    ("pension-age-strike-2026", "the-lombard-daily", "The government estimates the measures",
     {"economic", "policy_prescription"}),
    ("vindhya-pradesh-poll-result-2026", "the-commons", "According to ECI figures", {"economic"}),
]

TONE = [
    # "like" comparing or wanting; a sort ("of a kind"); a natural calamity; a red alert.
    (DAM, "al-mirsad", "\"It sounded like the sky", "like", True),
    (HOSPITAL, "daily-courier", "'I got a phone call on Sunday", "like", True),
    (HOSPITAL, "npb-news", "\"I'd just like to know", "like", True),
    (HOSPITAL, "npb-news", "\"We're charting on paper", "like", True),
    (DEBATE, "plain-speaking", "Nobody in that government", "like", True),
    (DAM, "press-syndicate-of-india", "\"This is a natural calamity", "kind", True),
    (DAM, "press-syndicate-of-india", "\"This is a natural calamity", "natural", True),
    (DAM, "press-syndicate-of-india", "The district has been on red alert", "alert", True),
    # A force named for its task; a contract awarded; cyber security and intelligence as trades; a
    # pledge of a number.
    (DAM, "al-mirsad", "Soldiers and members of India's", "Disaster", True),
    (DAM, "al-mirsad", "The dam was repaired in 2023", "awarded", True),
    (DAM, "the-national-times", "Leader of Opposition Sunanda Kale, who", "awarded", True),
    (HOSPITAL, "daily-courier", "Cyber security expert Alan Brisco", "security", True),
    (HOSPITAL, "daily-courier", "Cyber security expert Alan Brisco", "intelligence", True),
    (HOSPITAL, "cipherwire", "Its leak site currently lists", "intelligence", True),
    (DEBATE, "the-meridian", "She now promises 120,000", "promises", True),
    # Feelings that stay: shame, pride, a win claimed by a spokesperson.
    (HOSPITAL, "daily-courier", "She added: \"Whoever did this", "ashamed", False),
    (HOSPITAL, "npb-news", "She said nurses were proud", "proud", False),
    (DEBATE, "polarity", "Holt spokesperson Ida Marstrand", "won", False),
]

SIGNS = [
    (DAM, "press-syndicate-of-india", "\"This is a natural calamity", "neutral"),
    (DAM, "press-syndicate-of-india", "The district has been on red alert", "neutral"),
    (HOSPITAL, "daily-courier", "'I got a phone call on Sunday", "neutral"),
    (HOSPITAL, "npb-news", "\"I'd just like to know", "neutral"),
    (DAM, "the-national-times", "\"This is not a natural disaster.", "negative"),
]

KNOWN_MISSES = {
    ("the-national-times", "Crores were spent on repairs"): "a bare count with no figure and no money word in reach; "
    "'crores' alone also counts people",
    ("the-national-times", "The PM has announced"): "'PM' is also the clock's p.m. ('11.45 pm'), so it is no cue",
    ("press-syndicate-of-india", "Meanwhile, the opposition Praja"): "'the opposition' before a party's own name; "
    "bare 'opposition' is also opposition to a plan",
    ("al-mirsad", "The opposition Praja Samajwadi Dal (PSD) has accused"): "as above, and the 'governing' party "
    "stands apart from its name's head",
    ("al-mirsad", "\"We told the officers again"): "villagers' 'officers' are a department's, told only by the story; "
    "no department or rescue word in reach",
    ("the-national-times", "The current has carried debris"): "'bodies' alone is also a governing body or a body "
    "of water",
    ("al-mirsad", "Back at the relief camp"): "a school as the place of a relief camp, not schooling; only the "
    "sense tells",
    ("daily-courier", "The hospital network's $486,000"): "a sum with no count word ('$486,000-a-year') is not read "
    "as money (round X2 reads money by its counts)",
    ("the-meridian", "Civic Union officials confirmed"): "a party named a Union reads as a trade union with no "
    "party or election word in reach",
    # ("polarity", "The Civic Union says NKr") passes since numbers added NKr to the quantities lexicon (0743d36)
    ("plain-speaking", "She pays fourteen and a half"): "a sum in words ('fourteen and a half thousand crowns') "
    "has no figure for the money rule",
    ("the-national-times", "\"This is not a natural disaster."): "VADER reads a negated negative ('not a disaster') "
    "as praise; a denial of one kind of harm is not",
}


def _marks(article: str, start: str) -> list[pytest.MarkDecorator]:
    reason = KNOWN_MISSES.get((article, start))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize(
    ("slug", "article", "start", "expected"),
    [pytest.param(*row, marks=_marks(row[1], row[2]), id=f"{row[1][:12]}|{row[2][:30]}") for row in FRAMES],
)
def test_round_aa_event_frames(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected


@pytest.mark.parametrize(("slug", "article", "start", "word", "hidden"), TONE, ids=[f"{c[3]}|{c[2][:25]}" for c in TONE])
def test_round_aa_event_tone(slug: str, article: str, start: str, word: str, hidden: bool) -> None:
    text = event_sentence(slug, article, start)
    assert re.search(r"\b" + re.escape(word) + r"(?!\w)", text) is not None
    assert word_shown(text, word) is not hidden


@pytest.mark.parametrize(
    ("slug", "article", "start", "sign"),
    [pytest.param(*row, marks=_marks(row[1], row[2]), id=f"{row[3]}|{row[2][:25]}") for row in SIGNS],
)
def test_round_aa_event_sign(slug: str, article: str, start: str, sign: str) -> None:
    assert sign_of(event_sentence(slug, article, start)) == sign
