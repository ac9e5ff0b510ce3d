"""Round Q of framing.frames: drug regulation, climate science, labour migration, an election tribunal.

The held-out table (tests/data/frames_heldout_q.yaml) was written before the
round-Q changes, with 60 sentences of my own in many house styles; the exact
set of policy and immigration frames of each sentence read alone is asserted
("other" is the empty set). It measured 35/60 exact (P 0.81, R 0.70) on the
code before the changes and 55/60 (P 0.97, R 0.94) after. The misses that
remain are strict xfails with their reason. The weaknesses were found on the
four round-Q events, whose own sentences are checked at the end (tuned on,
not a measure).
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from framing.tone import neutralise, polarity
from tests.frames_tables import cue_texts, doc_of, policy_frames, sentence_frames, table_cases

TABLE = DATA / "frames_heldout_q.yaml"

# Misses that no general cue here covers, with the reason.
HARD: dict[str, str] = {
    "Critics said the approval rewarded": "a bare 'the approval' may be a poll's or a parent's; only a regulator's "
    "phrases are cues, and 'spent millions' counts money only through its verb",
    "The government will pay for new offshore cages": "expanding insurance is a policy only by its subject "
    "(a government); 'expand' alone is not a cue",
    "Remittances from workers abroad": "'abroad' is a cue of relations between states; workers abroad send money home",
    "The government-owned daily praised": "'labour' alone is also the Labour Party; the labour market is cued by "
    "its phrases only",
    "The governor said he would appeal": "a governor is a political office in any sentence, even one about his appeal",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, HARD))
def test_frames_heldout_q(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected


# ------------------------------------------------------------ false friends and their real senses


@pytest.mark.parametrize(
    ("text", "frame", "word", "present"),
    [
        # A clinical trial's drug, placebo and side effects are health ...
        ("Patients on placebo had fewer side effects.", "health_safety", "side effects", True),
        ("The drug slowed decline by 27 per cent.", "health_safety", "The drug", True),
        # ... but the drug trade is crime, and a doping cheat is not a patient.
        ("The drug dealer was jailed for six years.", "health_safety", "drug", False),
        ("The drug dealer was jailed for six years.", "crime_punishment", "drug dealer", True),
        # Treatment of people is how they are handled, not medicine.
        ("Lawyers condemned the treatment of detainees.", "health_safety", "treatment", False),
        # A trial's investigators enrol patients; police investigators do not.
        ("She was the lead investigator and enrolled 31 patients.", "crime_punishment", "investigator", False),
        ("Police investigators searched the flat.", "crime_punishment", "investigators", True),
        # Company and charity officers are not police officers.
        ("The charity's chief science officer welcomed the news.", "crime_punishment", "officer", False),
        ("An officer was stabbed outside the station.", "crime_punishment", "officer", True),
        # Recruitment agents are not law-enforcement agents.
        ("Recruitment agents charged workers illegal fees.", "crime_punishment", "agents", False),
        ("Federal agents raided the warehouse.", "crime_punishment", "agents", True),
        # The sentence of a text is not a prison sentence.
        ("The opening sentence of the report was changed.", "crime_punishment", "sentence", False),
        ("He was sentenced to five years.", "crime_punishment", "sentenced", True),
        # A battery that charges is not a criminal charge; charges brought are.
        ("The scooter charges fully in two hours.", "crime_punishment", "charges", False),
        ("Prosecutors dropped the charges.", "crime_punishment", "charges", True),
        # An advisory panel's vote is not political; a parliament's is.
        ("The advisory committee voted 7-4 against the drug.", "political", "voted", False),
        ("The senate voted 60-40 to pass the bill.", "political", "voted", True),
        # An international journal or team is science's reach, not foreign relations.
        ("It was published in an international journal.", "external_regulation", "international", False),
        ("The treaty needs international support.", "external_regulation", "international", True),
        # Heat stress of crops is a harvest's; heat stress of workers is their health.
        ("Heat stress could cut rice yields by a fifth.", "health_safety", "heat stress", False),
        ("Workers showed signs of heat stress.", "health_safety", "heat stress", True),
        # An election petition and its petitioner are a lawsuit, not the public's petition.
        ("The petitioner proved over-voting.", "public_opinion", "petitioner", False),
        ("More than 100,000 people signed a petition.", "public_opinion", "petition", True),
        # Rights groups are advocates; a right in law is legality.
        ("Rights groups criticised the plan.", "legality", "Rights", False),
        ("Workers have the right to strike.", "legality", "right to", True),
        # A regulator's approval of a medicine is policy.
        ("The agency granted accelerated approval.", "policy_prescription", "accelerated approval", True),
        ("The medicine won marketing authorisation.", "economic", "marketing", False),
    ],
)
def test_false_friends_q(text: str, frame: str, word: str, present: bool) -> None:
    assert (word in cue_texts(text, frame)) is present


# ------------------------------------------------------------ the round-Q events (tuned on)

_EVENTS = [
    ("verodane-alzheimers-approval-2026", "pulse-health-news", "The Food and Drug Administration on Thursday granted",
     {"health_safety", "policy_prescription"}),
    ("verodane-alzheimers-approval-2026", "pulse-health-news", "Dr. Priya Raman, a neurologist", {"health_safety"}),
    ("verodane-alzheimers-approval-2026", "pulse-health-news", "Dr. Denise Whitaker, the group's chief science officer",
     set()),
    ("verodane-alzheimers-approval-2026", "the-daily-courier", "US regulators yesterday gave the green light",
     {"health_safety", "economic"}),
    ("verodane-alzheimers-approval-2026", "the-dosage-report", "Three members voted yes", set()),
    ("al-sahel-heat-deaths-2026", "the-himalayan-post", "He died on August 14 after collapsing at his labour camp",
     {"health_safety", "quality_of_life"}),
    ("al-sahel-heat-deaths-2026", "compass-international", "Rights groups say deaths at Al Sahel Bay",
     {"health_safety", "policy_prescription"}),
    ("oyelaran-governorship-tribunal-2026", "the-lagos-ledger", "The tribunal ordered the Independent National",
     {"legality", "political"}),
]


@pytest.mark.parametrize(("slug", "article", "start", "expected"), _EVENTS, ids=[e[2][:30] for e in _EVENTS])
def test_event_sentences_q(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected


# ------------------------------------------------------------ tone: VADER words in neutral senses

# Sentences of my own, with the sign a careful reader gives them ("neutral":
# compound within VADER's +-0.05). Raw VADER got 4/16; with lexicons/tone.yaml 16/16.
_TONE = [
    ("Three of the patients tested positive for the gene variant.", "neutral"),
    ("The FDA approved the drug on Thursday.", "neutral"),
    ("Safety was the main issue at the hearing.", "neutral"),
    ("Global warming made the heatwave more likely, the study found.", "neutral"),
    ("The United States and the United Kingdom signed the deal.", "neutral"),
    ("The case will go to the Supreme Court.", "neutral"),
    ("Fire crews were called at 3am.", "neutral"),
    ("She was moved to intensive care.", "neutral"),
    ("The minister as well as the governor attended.", "neutral"),
    ("The central bank left interest rates unchanged.", "neutral"),
    ("The ruling party named a new chairman.", "neutral"),
    ("The NHS Trust published the figures.", "neutral"),
    # The same words keep their sense elsewhere.
    ("It is a positive step and we are delighted.", "positive"),
    ("The result is great news for families.", "positive"),
    ("Three patients died of brain bleeding.", "negative"),
    ("The approval was a disgrace, a cruel betrayal of patients.", "negative"),
]


def _sign(compound: float) -> str:
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


@pytest.mark.parametrize(("text", "sign"), _TONE, ids=[t[:40] for t, _ in _TONE])
def test_tone_neutral_senses_q(text: str, sign: str) -> None:
    assert _sign(polarity(text)["compound"]) == sign


def test_neutralise_keeps_other_words() -> None:
    assert neutralise("He tested positive, a positive sign.") == "He tested itempositive, a positive sign."
