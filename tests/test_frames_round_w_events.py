"""Round W events' own sentences in framing.frames and framing.tone (tuned on, not a measure).

The four round-W events (a ransomware attack on an Iowa hospital chain, a
Colorado rifle ban, Kenya's Finance Bill protests, Queensland's youth-crime
laws) showed the classes that tests/test_frames_heldout_w.py measures on
sentences of its own. Here each event sentence is checked with its exact set
of policy and immigration frames, and the tone of sentences whose words VADER
misread (an organ, a name) or did not know (slang of contempt).
"""

from __future__ import annotations

import pytest

from framing.tone import polarity
from tests.frames_tables import event_docs, sentence_frames

RANSOM = "ransomware-hospital-attack-2026"
GUNS = "colorado-rifle-ban-vote-2026"
KENYA = "kenya-tax-bill-crackdown-2026"
QLD = "queensland-youth-detention-2026"

EVENT_ROWS = [
    # Hackers, cybercriminals, crims, scammers, miscreants and the FBI are Crime; surgery is Health.
    (RANSOM, "the-prairie-courier", "Hackers cripple Prairie Valley Health", {"crime_punishment", "health_safety"}),
    (RANSOM, "the-prairie-courier", "Late Wednesday, a group of cybercriminals", {"crime_punishment"}),
    (RANSOM, "the-prairie-courier", "An FBI spokesperson in Omaha", {"crime_punishment"}),
    (RANSOM, "the-prairie-courier", "Calder County Sheriff Dwayne Pruett", {"crime_punishment"}),
    (RANSOM, "the-prairie-courier", "Eli's heart surgery", {"health_safety"}),
    # Surgeries and procedures cancelled by a hospital are treatment, not a policy.
    (RANSOM, "the-prairie-courier", "The hospital system, which operates seven", {"health_safety"}),
    (RANSOM, "the-bitstream", "Ambulances diverted, ops scrubbed", {"crime_punishment", "health_safety"}),
    (RANSOM, "the-bitstream", "These miscreants always expect", {"crime_punishment"}),
    # A poster's identity is who they are, not a culture.
    (RANSOM, "the-bitstream", "We couldn't verify the poster", set()),
    # Cybersecurity insurance: Security and Economic.
    (RANSOM, "healthops-daily", "The company said it has not yet determined", {"economic", "security_defense"}),
    # The outlet's own name is no frame ("Frontline"); assault weapons are no assault; bans are policy.
    (GUNS, "frontline-dispatch", "A spokesperson for Harwood did not", set()),
    (GUNS, "frontline-dispatch", "Curtis Bledsoe, Colorado state director",
     {"legality", "policy_prescription", "security_defense"}),
    (GUNS, "frontline-dispatch", "Gun-rights groups warn it could return.", {"legality"}),
    (GUNS, "the-tally", "Colorado Passed an Assault Weapons Ban.", {"policy_prescription", "security_defense"}),
    (GUNS, "the-tally", "Federal appeals courts have upheld assault weapons bans",
     {"legality", "policy_prescription", "security_defense"}),
    # Sick of seeing a face is weariness.
    (GUNS, "the-tally", "I’m going to be at that Capitol", set()),
    # "Qanat International's correspondent" is the outlet, not foreign relations.
    (KENYA, "qanat-international", "He wanted to be an engineer", set()),
    (KENYA, "qanat-international", "The demonstrations, which began around noon",
     {"crime_punishment", "political", "public_opinion"}),
    # Closing the Gap and over-representation are Fairness; a watch house is a cell.
    (QLD, "fntv-news", "Under Closing the Gap Target 11", {"crime_punishment", "cultural_identity", "fairness_equality"}),
    (QLD, "anb-news", "“These laws will fall hardest",
     {"crime_punishment", "cultural_identity", "fairness_equality", "legality"}),
    (QLD, "fntv-news", "For Leanne, a Birri Gubba mother", {"crime_punishment"}),
    (QLD, "fntv-news", "He was sleeping on a concrete floor", set()),
    # Round AE: the minister's title names who speaks, not a frame; the cost and the young offenders are.
    (QLD, "the-brisbane-mail", "Youth Justice Minister Di Farrant defended", {"crime_punishment", "economic"}),
    # A police union's president holds no political office; "paid for it with her life" is a death.
    (QLD, "the-brisbane-mail", "Queensland Police Union president", {"crime_punishment", "legality"}),
    (QLD, "the-brisbane-mail", "The system let him out", set()),
    # Second pass: theft by its verb, and the perpetrators of mass shootings.
    (QLD, "the-brisbane-mail", "Where were they when these kids", {"crime_punishment"}),
    (GUNS, "the-tally", "The Tally does not name", {"crime_punishment", "health_safety"}),
]


@pytest.mark.parametrize(("slug", "article", "start", "expected"), EVENT_ROWS, ids=[r[2][:30] for r in EVENT_ROWS])
def test_round_w_event_sentences(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected


def _compound(slug: str, article: str, start: str) -> float:
    doc = event_docs(slug)[article]
    sent = next(s for s in doc.sentences if doc.text[s.start : s.end].startswith(start))
    return polarity(doc.text[sent.start : sent.end])["compound"]


@pytest.mark.parametrize(
    ("slug", "article", "start"),
    [
        # "Grubs", "teen thugs", "crims", "miscreants", "goons": contempt VADER did not rate.
        (QLD, "the-brisbane-mail", "'Grubs took my Emma'"),
        (QLD, "the-brisbane-mail", '"Those grubs took my Emma'),
        (RANSOM, "the-bitstream", "Ambulances diverted, ops scrubbed"),
        (RANSOM, "the-bitstream", "These miscreants always expect"),
        (KENYA, "the-nairobi-ledger", "“These were not the Gen Z."),
    ],
)
def test_contempt_reads_negative(slug: str, article: str, start: str) -> None:
    assert _compound(slug, article, start) <= -0.05


@pytest.mark.parametrize(
    ("slug", "article", "start"),
    [
        # An organ, not love: the heart operation called off and the hole in the heart.
        (RANSOM, "the-prairie-courier", "Eli's heart surgery"),
        (RANSOM, "the-prairie-courier", "Doctors had said the hole in his heart"),
        # A product and a name: credit monitoring, Social Security numbers.
        (RANSOM, "healthops-daily", "The provider will offer 24 months of credit monitoring"),
        (RANSOM, "healthops-daily", "According to the Maine filing"),
    ],
)
def test_names_and_organs_are_neutral(slug: str, article: str, start: str) -> None:
    assert _compound(slug, article, start) == 0.0
