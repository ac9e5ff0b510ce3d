"""Round V events' own sentences in framing.frames and framing.tone (tuned on, not a measure).

The four round-V events (an Irish asylum-centre protest and arson, a Peruvian
earthquake, a motorway climate blockade in England, an Indian T20 fixing
scandal) showed the classes that tests/test_frames_heldout_v.py measures on
sentences of its own. Here each event sentence is checked with its exact set of
policy and immigration frames, and the tone of the quoted lines in another
language.
"""

from __future__ import annotations

import pytest

from framing.frames import frame_cues
from framing.tone import other_language_spans, polarity
from tests.frames_tables import event_docs, sentence_frames

HOTEL = "ballycarra-hotel-protest-2026"
QUAKE = "huaral-earthquake-2026"
ROAD = "a14-climate-blockade-2026"
FIX = "chandigarh-fixing-scandal-2026"

EVENT_ROWS = [
    # The Irish police by their own names; remand and bail.
    (HOTEL, "the-irish-chronicle", "Supt Nic Gearailt said members of the Garda Public Order Unit", {"crime_punishment"}),
    (HOTEL, "the-irish-chronicle", "He was remanded to appear again", {"crime_punishment"}),
    # "International protection" is the asylum process, not foreign relations.
    (HOTEL, "the-irish-chronicle", "Three arrested after fire at Wexford hotel", {"crime_punishment", "legality"}),
    # The Dáil and a TD are Political.
    (HOTEL, "the-irish-chronicle", "The fire was raised in the Dáil", {"political"}),
    # A GP taking no new patients is a service at capacity.
    (HOTEL, "standpoint", "The village has one GP", {"capacity_resources", "health_safety"}),
    # The Minister for Integration is an office, not the integration frame.
    (HOTEL, "standpoint", "Minister for Integration Niamh Costigan", {"political"}),
    # Misinformation and rumours are what the public is told (Public opinion).
    (HOTEL, "thebrief-ie", '"It starts with a rumour', {"public_opinion"}),
    # A fact-check's verdict is no court's.
    (HOTEL, "thebrief-ie", "VERDICT: FALSE.", set()),
    (HOTEL, "thebrief-ie", "VERDICT: MISLEADING.", set()),
    # An earthquake's dead are Health; the Geological Survey is no poll.
    (QUAKE, "northstar-news-network", "Powerful 7.1 earthquake kills at least 31", {"health_safety"}),
    (QUAKE, "geoscope", "The U.S. Geological Survey (USGS) placed the hypocenter", set()),
    (QUAKE, "geoscope", "The 2007 M8.0 Pisco earthquake", set()),
    # Spanish "sin" (without) is no sin.
    (QUAKE, "iberonoticias", '"Nadie se va a quedar sin techo.', set()),
    # Drivers stranded on a closed road; a suspected heart attack is no crime; charges.
    (ROAD, "daily-bulletin", "Hard-working drivers stranded for up to five hours", {"quality_of_life"}),
    (ROAD, "daily-bulletin", "Nine were charged last night", {"crime_punishment"}),
    (ROAD, "daily-bulletin", "A grandfather suffering a suspected heart attack", {"health_safety"}),
    (ROAD, "brc-news", "They were granted conditional bail", {"crime_punishment", "legality"}),
    # A bowler's economy rate is no economy; fixing and bookies are Crime.
    (FIX, "cricpulse", "He then went for 29 in two overs", set()),
    (FIX, "the-bharat-times", "Anyone found in touch with these bookies", {"crime_punishment"}),
]


@pytest.mark.parametrize(("slug", "article", "start", "expected"), EVENT_ROWS, ids=[r[2][:30] for r in EVENT_ROWS])
def test_round_v_event_sentences(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected


def test_spanish_quote_is_scored_by_its_translation() -> None:
    """The president's Spanish line gives VADER no 'sin' and no 'no'; the English translation is scored."""
    doc = event_docs(QUAKE)["iberonoticias"]
    sent = next(s for s in doc.sentences if doc.text[s.start : s.end].startswith('"Nadie se va'))
    assert polarity(doc.text[sent.start : sent.end])["compound"] == 0.0
    spans = other_language_spans(doc.text)
    assert any(doc.text[a:b].startswith("Nadie se va a quedar sin techo") for a, b in spans)
    assert not any("without a roof" in doc.text[a:b] for a, b in spans)


def test_no_morality_cue_in_another_language() -> None:
    doc = event_docs(QUAKE)["iberonoticias"]
    assert [c.text for c in frame_cues(doc) if c.frame == "morality" and c.text == "sin"] == []


# Round V, second pass: one incidental sign does not make an article about migration
# (the climate blockade names the Home Office once; The Morning Herald tells a player's
# family history), and the migration articles keep their immigration frames.
@pytest.mark.parametrize(
    ("slug", "article", "migration"),
    [
        ("a14-climate-blockade-2026", "the-meridian", False),
        ("a14-climate-blockade-2026", "brc-news", False),
        ("chandigarh-fixing-scandal-2026", "the-morning-herald", False),
        ("ballycarra-hotel-protest-2026", "the-irish-chronicle", True),
        ("ballycarra-hotel-protest-2026", "standpoint", True),
        ("ballycarra-hotel-protest-2026", "thebrief-ie", True),
        ("al-sahel-heat-deaths-2026", "the-gulf-chronicle", True),
    ],
)
def test_round_v2_article_is_about_migration(slug: str, article: str, migration: bool) -> None:
    doc = event_docs(slug)[article]
    assert any(c.family == "immigration" for c in frame_cues(doc)) is migration
