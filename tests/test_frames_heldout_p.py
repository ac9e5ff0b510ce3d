"""Round P of framing.frames: sport and doping, business and labour, housing, courts and tech law.

The held-out table (tests/data/frames_heldout_p.yaml) was written before the
round-P changes, with sentences of my own in many house styles; the exact set
of policy and immigration frames of each sentence read alone is asserted
("other" is the empty set). It measured 21/56 exact (P 0.67, R 0.55) on the
code before the changes. The misses that remain are strict xfails with their
reason. The weaknesses were found on the four round-P events, whose own
sentences are checked at the end (tuned on, not a measure).
"""

from __future__ import annotations

import pytest

from framing.frames import frame_cues, frame_profile
from tests.conftest import DATA
from tests.frames_tables import cue_texts, doc_of, event_docs, policy_frames, sentence_frames, table_cases

TABLE = DATA / "frames_heldout_p.yaml"

# Misses that no general cue here covers, with the reason.
HARD: dict[str, str] = {
    "The firm is betting heavily": "a firm's own capacity is counted as capacity and resources, and betting on a "
    "technology is economic without an economic word",
    "The chipmaker won a $6.4 billion grant": "'the CHIPS Act' names a statute, but bare 'act' is a verb in most sentences",
    "Engineers at the fab": "'the cuts' are job cuts only in context; bare 'cuts' is also power cuts or wounds",
}






@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, HARD))
def test_frames_heldout_p(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected


# ------------------------------------------------------------ false friends and their real senses


@pytest.mark.parametrize(
    ("text", "frame", "word", "present"),
    [
        # Sport's attack, defence and penalties, next to match words, are not war or punishment ...
        ("The visitors pressed in attack but could not find a goal.", "security_defense", "attack", False),
        ("Their defence conceded twice in the first half.", "security_defense", "defence", False),
        ("He scored from the penalty spot.", "crime_punishment", "penalty", False),
        # ... while an attack, a defence ministry or a penalty in the news still are.
        ("Militants launched an attack on the army base overnight.", "security_defense", "attack", True),
        ("The defence ministry ordered more drones.", "security_defense", "defence", True),
        ("The maximum penalty is ten years in prison.", "crime_punishment", "penalty", True),
        # Union members voting cast no political vote; a parliament's vote is political.
        ("Union members voted to accept the offer.", "political", "voted", False),
        ("Parliament voted to accept the offer.", "political", "voted", True),
        # A platform named is not public opinion; the public's reaction on it is.
        ("The law applies to social media platforms with five million users.", "public_opinion", "social media", False),
        ("Fans took to social media to defend her.", "public_opinion", "took to social media", True),
        # Morale is not morals; cheating is.
        ("Staff morale is low.", "morality", "morale", False),
        ("He admitted he cheated.", "morality", "cheated", True),
        # An agency's name is not integrity; a sport's integrity is.
        ("The Athletics Integrity Unit declined to comment.", "morality", "Integrity", False),
        ("Match-fixing threatens the integrity of the game.", "morality", "integrity", True),
        # Artificial intelligence is not spying; intelligence services are security.
        ("The chip is designed for artificial intelligence.", "security_defense", "intelligence", False),
        ("Military intelligence warned of an attack.", "security_defense", "intelligence", True),
        # A firm's global headcount is not foreign relations.
        ("It employs 60,000 people, a tenth of its global headcount.", "external_regulation", "global", False),
        # A trade war between states is external regulation, not war.
        ("The trade war has hurt farmers.", "external_regulation", "trade war", True),
        ("The trade war has hurt farmers.", "security_defense", "war", False),
        # An industry body is not a frame; trade between countries is economic.
        ("The trade group filed a brief.", "economic", "trade", False),
        ("Trade between the two countries fell.", "economic", "Trade", True),
        # Campaigners are advocates, not an election campaign.
        ("Housing campaigners said the plan would fail.", "political", "campaigners", False),
        ("The senator's campaign raised $2 million.", "political", "campaign", True),
    ],
)
def test_round_p_senses(text: str, frame: str, word: str, present: bool) -> None:
    assert (word in cue_texts(text, frame)) is present


# ------------------------------------------------------------ tuned on: the round-P events

# (event, article id, start of a sentence, its exact policy and immigration frames)
EVENT_ROWS = [
    ("kerio-doping-suspension-2026", "aep", "Kerio, who faces a ban of up to four years", {"legality"}),
    ("kerio-doping-suspension-2026", "aep", "I do not cheat and I have never cheated.", {"morality"}),
    ("kerio-doping-suspension-2026", "aep", "Kerio set the world record", set()),
    ("hanseong-chip-layoffs-2026", "financial-courier", "Revenue fell 19 per cent year on year.", {"economic"}),
]



@pytest.mark.parametrize(("slug", "article", "start", "expected"), EVENT_ROWS, ids=[r[2][:30] for r in EVENT_ROWS])
def test_round_p_event_sentences(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected


@pytest.mark.parametrize(
    ("slug", "article", "frame", "least"),
    [
        # Before round P: AEP's doping story was 77% other and 4% legality; the
        # FT-style layoffs story 21% economic; Roofline's rent story 42% other.
        ("kerio-doping-suspension-2026", "aep", "legality", 0.25),
        ("hanseong-chip-layoffs-2026", "financial-courier", "economic", 0.40),
        ("rosario-rent-decree-2026", "roofline", "legality", 0.15),
    ],
)
def test_round_p_events_frame_share(slug: str, article: str, frame: str, least: float) -> None:
    doc = event_docs(slug)[article]
    assert frame_profile(doc, frame_cues(doc)).get(frame).share >= least


def test_round_p_social_media_law_is_not_public_opinion() -> None:
    # Before round P, "social media" as the thing the law regulates made the
    # court wire's story 21% public opinion.
    doc = event_docs("eleventh-circuit-age-verification-2026")["courtline-news"]
    assert frame_profile(doc, frame_cues(doc)).get("public_opinion").share <= 0.05
