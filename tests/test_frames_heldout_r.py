"""Round R of framing.frames: rail strikes and pensions, a murder verdict, a wildfire, racism in sport.

The held-out table (tests/data/frames_heldout_r.yaml) was written before the
round-R changes, with 60 sentences of my own in many house styles; the exact
set of policy and immigration frames of each sentence read alone is asserted
("other" is the empty set). It measured 25/60 exact (P 0.84, R 0.53) on the
code before the changes and 46/60 (P 1.00, R 0.79) after. The misses that
remain are strict xfails with their reason. The weaknesses were found on the
four round-R events, whose own sentences are checked at the end (tuned on,
not a measure).
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.frames_tables import cue_texts, doc_of, policy_frames, sentence_frames, table_cases

TABLE = DATA / "frames_heldout_r.yaml"

HARD: dict[str, str] = {
    "Rail workers walked out": "'walked out' is also leaving a meeting or a courtroom; only a strike's own words are cues",
    "The union said turnout": "bare 'union' is also the European Union; 'turnout' is kept out of politics here, but "
    "nothing else names the labour dispute",
    "The bosses awarded": "unfairness told by contrast (pay rise for one, longer work for others) has no cue word",
    "The defense attorney told jurors": "'self-defence' and a shot fired are crime only by sense; 'defense attorney' "
    "also serves civil cases",
    "Children charged as adults": "a racial disparity stated as a share ('overwhelmingly Black') has no cue word",
    "Bond had been set": "'bond' is also a market's bond; a dollar sum alone is not a money cue",
    "The city pays a violence-interruption": "'pays' and a dollar sum are money only by sense; violence "
    "interruption is crime prevention named by a compound",
    "Elders without vehicles waited": "too few buses told as a wait has no capacity word",
    "The chief accused the provincial": "unequal treatment told by a metaphor ('an afterthought')",
    "Cultural burning was practised": "'banned' alone is also a sport's or a shop's ban; only legal phrases are cues",
    "Lightning is suspected": "bare 'fire' is also gunfire, dismissal and criticism; only the hazard's compounds are cues",
    "The club faces a fine": "a fine is a sanction in law and money paid; bare 'fine' is also 'well'",
    "'Every week it is the same script": "a bare 'a fine' as above",
    "Fans held up a banner": "a banner is also a headline or a brand ('under the banner of')",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, HARD))
def test_frames_heldout_r(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected


# ------------------------------------------------------------ false friends and their real senses


@pytest.mark.parametrize(
    ("text", "frame", "word", "present"),
    [
        # An equaliser levels a score, not a society.
        ("His equaliser came in the 88th minute.", "fairness_equality", "equaliser", False),
        ("The report found racial abuse at six grounds.", "fairness_equality", "racial abuse", True),
        # Strikers in a match report are forwards; strikers on a picket line are workers.
        ("Both strikers scored in the league match.", "economic", "strikers", False),
        ("Police moved the strikers off the tracks.", "economic", "strikers", True),
        ("The air strike killed four.", "economic", "strike", False),
        # Holding a country to ransom is a complaint, not a kidnapping.
        ("They are holding the country to ransom.", "crime_punishment", "ransom", False),
        # A strike's turnout is not an election's.
        ("Turnout among striking drivers was 68%.", "political", "Turnout", False),
        ("Turnout in the election was 68%.", "political", "Turnout", True),
        # A campaign group is advocacy, not an electoral campaign.
        ("The campaign group wrote to the league.", "political", "campaign", False),
        # A lightning-caused fire is suspected, not a suspect.
        ("The fire is suspected to be lightning-caused.", "crime_punishment", "suspected", False),
        ("Police arrested a suspect.", "crime_punishment", "suspect", True),
        # "Overwhelmingly" is a share, not an overwhelmed system.
        ("Voters overwhelmingly backed the plan.", "capacity_resources", "overwhelmingly", False),
        # A murder weapon is crime, not arms.
        ("The murder weapon was never found.", "security_defense", "weapon", False),
        # A bill that climbs is a cost, not legislation.
        ("The bill is climbing by the day.", "policy_prescription", "bill", False),
        ("The wildfire forced thousands to flee.", "health_safety", "wildfire", True),
    ],
)
def test_false_friends_r(text: str, frame: str, word: str, present: bool) -> None:
    assert (word in cue_texts(text, frame)) is present


def test_xenophobia_alone_opens_no_immigration_frames() -> None:
    text = "The State Commission against Racism and Xenophobia condemned the racist abuse of the winger."
    # Round AA: one body that condemns makes its own statement, not the public's reaction (the
    # rule of round X2's one critic and round Z's state organs); Public opinion was expected here
    # from bare "condemned" until then.
    assert policy_frames(doc_of(text)) == {"fairness_equality"}


# ------------------------------------------------------------ the round-R events (tuned on)

_EVENTS = [
    ("kinnear-lake-wildfire-2026", "the-prairie-sun", "Lund said:", {"health_safety"}),
    ("kinnear-lake-wildfire-2026", "the-prairie-sun", "Taxpayers are already on the hook", {"economic"}),
    ("castellon-racist-abuse-match-2026", "the-sideline-review", "He still ended up", set()),
]


@pytest.mark.parametrize(("slug", "article", "start", "expected"), _EVENTS, ids=[e[2][:30] for e in _EVENTS])
def test_event_sentences_r(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected
