"""Round T of framing.frames and framing.tone: abortion rulings, sex and gender in sport, typhoons, tax protests.

The held-out frames table (tests/data/frames_heldout_t.yaml) was written
before the round-T changes, with 51 sentences of my own in many house styles;
the exact set of policy and immigration frames of each sentence read alone is
asserted ("other" is the empty set). It measured 17/51 exact (P 0.68, R 0.60)
on the code before the changes and 43/51 (P 0.94, R 0.94) after. The misses
that remain are strict xfails with their reason. The held-out tone table
(tests/data/tone_heldout_t.yaml, 16 cases, also written first) asks whether a
word reaches VADER: 5/16 before, 16/16 after. The weaknesses were found on the
four round-T events, whose own sentences are checked at the end (tuned on, not
a measure).
"""

from __future__ import annotations

import re

import pytest
import yaml

from framing.tone import neutralise, polarity
from tests.conftest import DATA
from tests.frames_tables import cue_texts, doc_of, policy_frames, sentence_frames, table_cases

TABLE = DATA / "frames_heldout_t.yaml"
TONE_TABLE = DATA / "tone_heldout_t.yaml"

HARD: dict[str, str] = {
    "A woman from Galway": "a long trip abroad for care is a daily-life cost only by sense",
    "Delegates of the international": "restricting a category is a policy only by sense",
    "The federation approved the ban": "'the ban' alone is also a doping ban (Legality, round P)",
    "Classes remain suspended": "'without electricity' is left out of Capacity: a round-1 label reads homes left "
    "without power by a missile strike as no capacity question",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, HARD))
def test_frames_heldout_t(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected


def _tone_cases() -> list[tuple[str, str, bool]]:
    rows = yaml.safe_load(TONE_TABLE.read_text(encoding="utf-8"))["cases"]
    return [(r["text"], r["word"], r["hidden"]) for r in rows]


@pytest.mark.parametrize(("text", "word", "hidden"), _tone_cases(), ids=[c[0][:40] for c in _tone_cases()])
def test_tone_heldout_t(text: str, word: str, hidden: bool) -> None:
    shown = re.search(r"\b" + re.escape(word) + r"\b", neutralise(text)) is not None
    assert shown is not hidden


# ------------------------------------------------------------ false friends and their real senses


@pytest.mark.parametrize(
    ("text", "frame", "word", "present"),
    [
        # A given name is no virtue; the virtue stays a cue.
        ("Faith Achieng, 24, said she was shot in the leg.", "morality", "Faith", False),
        ("Their faith was tested by the ruling.", "morality", "faith", True),
        ("Additional reporting by Mercy Chelangat.", "morality", "Mercy", False),
        ("The court showed no mercy.", "morality", "mercy", True),
        # Visayas is a region, not a visa.
        ("Relief reached Western Visayas on Friday.", "legality", "Visayas", False),
        ("She applied for a student visa.", "legality", "visa", True),
        # A sports federation's vote and congress are not politics; a legislature's are.
        ("The federation's congress voted 42-9 for the rule.", "political", "voted", False),
        ("The federation's congress voted 42-9 for the rule.", "political", "congress", False),
        ("Congress voted 220-210 for the rule.", "political", "voted", True),
        # A weather agency and a civil-defence office are not a president's administration or an army.
        ("The Atmospheric Administration issued a warning.", "political", "Administration", False),
        ("The Office of Civil Defense said 30 people had died.", "security_defense", "Defense", False),
        # Set phrases.
        ("Women will pay the price for this ruling.", "economic", "price", False),
        ("Similar bills died in committee.", "health_safety", "died", False),
        ("History will judge this House.", "legality", "judge", False),
        ("She showed her identity card.", "cultural_identity", "identity card", False),
        ("The ruling could shape challenges in states with similar constitutional language.", "cultural_identity",
         "language", False),
        ("The verdict was a miscarriage of justice.", "health_safety", "miscarriage", False),
        ("She had a miscarriage at 10 weeks.", "health_safety", "miscarriage", True),
        ("Staff get five weeks' pay, inclusive of statutory entitlements.", "fairness_equality", "inclusive", False),
        ("The decision had an overwhelming majority.", "capacity_resources", "overwhelming", False),
        ("Hospitals were overwhelmed.", "capacity_resources", "overwhelmed", True),
        # Extremists as a side's name in a social debate, not terrorism.
        ("Anti-abortion extremists won this round.", "security_defense", "extremists", False),
        # A condolence formula is not religious argument; prayer as worship is.
        ("Our thoughts and prayers are with the families.", "morality", "prayers", False),
        ("The bishops called the ruling an answer to years of prayer.", "morality", "prayer", True),
    ],
)
def test_false_friends_t(text: str, frame: str, word: str, present: bool) -> None:
    assert (word in cue_texts(text, frame)) is present


@pytest.mark.parametrize(
    ("text", "compound_zero"),
    [
        # Names and institutions alone carry no feeling.
        ("Justice Amina Bello wrote for the majority.", True),
        ("Security forces were deployed to the stadium.", True),
        ("Faith Okafor spoke to reporters.", True),
        # The same words in their own sense keep their valence.
        ("The families want justice.", False),
    ],
)
def test_tone_names_have_no_valence(text: str, compound_zero: bool) -> None:
    assert (polarity(text)["compound"] == 0.0) is compound_zero


# ------------------------------------------------------------ the round-T events (tuned on)

EVENT_ROWS = [
    # A swimming federation's congress votes on a policy; no politics.
    ("world-aquatics-eligibility-vote-2026", "meridian-wire", "Delegates at an extraordinary congress",
     {"policy_prescription"}),
    ("world-aquatics-eligibility-vote-2026", "the-daily-rampart", "Federation President Matthias Rauber", set()),
    # Round T2: the rally stood outside the federation's congress, a meeting, not a legislature (the first
    # pass expected Political here, which was wrong: this article's congress is the federation's).
    ("world-aquatics-eligibility-vote-2026", "lavender-post", "Kelsey Brandt, a former Olympic swimmer",
     {"fairness_equality", "public_opinion"}),
    # The abortion ruling: religion, pregnancy care, clinics turning patients away, a ballot measure.
    ("westmark-abortion-ruling-2026", "catholic-herald-wire", "The Westmark Catholic Conference", {"morality"}),
    ("westmark-abortion-ruling-2026", "national-press-association", "Keisha Marlowe, the clinic's",
     {"capacity_resources", "health_safety"}),
    ("westmark-abortion-ruling-2026", "the-current-femme", "Pregnant People Will Pay", {"health_safety"}),
    ("westmark-abortion-ruling-2026", "the-current-femme", "In a 4–3 ruling", {"health_safety", "legality"}),
    # The typhoon: relief and its funds, no visas, no armed forces, a state of calamity.
    ("typhoon-amihan-visayas-2026", "alon", "The Department of Social Welfare", {"capacity_resources"}),
    ("typhoon-amihan-visayas-2026", "philippine-information-wire", "Office of Civil Defense", {"health_safety"}),
    ("typhoon-amihan-visayas-2026", "philippine-daily-sentinel", "Gov. Benjie Lagdameo",
     {"policy_prescription"}),
    ("typhoon-amihan-visayas-2026", "alon", "Jerome Tadifa", {"political"}),
    # The Kenyan protests: police shooting, a finance bill, the IMF; a given name cues nothing.
    ("nairobi-finance-bill-protests-2026", "meridian-news", "The government says the legislation",
     {"economic", "external_regulation", "legality"}),
    ("nairobi-finance-bill-protests-2026", "daily-taifa", "They shot at us like we are animals",
     {"economic"}),
]


@pytest.mark.parametrize(("slug", "article", "start", "expected"), EVENT_ROWS, ids=[r[2][:30] for r in EVENT_ROWS])
def test_round_t_event_sentences(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected
