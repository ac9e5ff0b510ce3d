"""Round S of framing.frames: vehicle recalls, tariffs, water and power outages, protests, deportations, rates.

The held-out table (tests/data/frames_heldout_s.yaml) was written before the
round-S changes, with 58 sentences of my own in many house styles; the exact
set of policy and immigration frames of each sentence read alone is asserted
("other" is the empty set). It measured 21/58 exact (P 0.88, R 0.50) on the
code before the changes and 49/58 (P 0.99, R 0.91) after. The misses that
remain are strict xfails with their reason. The weaknesses were found on the
four round-S events, whose own sentences are checked at the end (tuned on,
not a measure).
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.frames_tables import cue_texts, doc_of, policy_frames, sentence_frames, table_cases

TABLE = DATA / "frames_heldout_s.yaml"

HARD: dict[str, str] = {
    "Owners have been told to park": "safety advice told as an instruction (park outdoors) has no cue word",
    "The national market regulator": "a regulator announcing a recall is a policy act only by sense",
    "The supplier denied": "'investigation' of a defect reads as a police inquiry without a recall word nearby",
    "Taps have been dry": "days without water in homes told by duration alone has no daily-life word",
    "Small businesses such as car washes": "shops forced to close touch community life only by sense",
    "The Bank of England raised interest rates": "a rate moved is money (economic) in the round-2 table; "
    "monetary policy is a policy only when named",
    "The governor said rates": "'higher for longer' is monetary policy only by sense",
    "The Federal Reserve held": "as above: a rate held is money in the round-2 table",
    "Police fired rubber bullets": "a crowd dispersed by police is policing only (round Q); the protest is implied",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, HARD))
def test_frames_heldout_s(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected


# ------------------------------------------------------------ false friends and their real senses


@pytest.mark.parametrize(
    ("text", "frame", "word", "present"),
    [
        # Remembering is not a product recall; a recall election is politics.
        ("She recalled the day her son left.", "health_safety", "recalled", False),
        ("The recall election was set for June.", "health_safety", "recall", False),
        ("The carmaker has recalled 9,000 vans.", "health_safety", "has recalled", True),
        # Patience is not a patient.
        ("We have been patient for years.", "health_safety", "patient", False),
        # An oil tanker is a ship, not a water delivery.
        ("The oil tanker was seized in the strait.", "capacity_resources", "tanker", False),
        ("Residents waited for the tanker all morning.", "capacity_resources", "tanker", True),
        # A central bank's governor and its committee's vote are not politics.
        ("The MPC voted 5-4 to raise interest rates.", "political", "voted", False),
        ("Parliament voted 300 to 250 for the bill.", "political", "voted", True),
        # A market regulator names an agency, not money.
        ("The State Administration for Market Regulation said the recall starts in December.", "economic",
         "Market", False),
        # A battery's defect is investigated by engineers, not police.
        ("Engineers are investigating the defect in the battery cells.", "crime_punishment", "investigating", False),
        ("Police are investigating the looting of shops.", "crime_punishment", "investigating", True),
        # A news blackout is not a power cut.
        ("The ministry imposed a news blackout.", "capacity_resources", "blackout", False),
    ],
)
def test_false_friends_s(text: str, frame: str, word: str, present: bool) -> None:
    assert (word in cue_texts(text, frame)) is present


# ------------------------------------------------------------ the round-S events (tuned on)


def test_water_outage_leads_on_capacity_not_crime() -> None:
    from framing.frames import frame_profile
    from tests.frames_tables import event_docs

    for doc in event_docs("johannesburg-water-outage-2026").values():
        from framing.frames import frame_cues

        prof = frame_profile(doc, frame_cues(doc))
        assert prof.get("capacity_resources").share > prof.get("crime_punishment").share, doc.article.id


def test_ev_recall_leads_on_health_and_safety() -> None:
    from framing.frames import frame_cues, frame_profile
    from tests.frames_tables import event_docs

    for doc in event_docs("volant-ev-battery-recall-2026").values():
        prof = frame_profile(doc, frame_cues(doc))
        assert "health_safety" in dict(prof.dominant)["policy"], doc.article.id
