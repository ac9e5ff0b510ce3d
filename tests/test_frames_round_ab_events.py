"""Round AB events' own frame and tone cases (tuned on: the changes were made after reading these articles).

Each frame row is one sentence of a round-AB event article (a tower-block fire, a
school abduction, fuel-subsidy protests) and the exact set of policy and
immigration frames it carries (tests.frames_tables.sentence_frames); each tone
row a sentence, a word VADER rates, and whether framing.tone reads it in a
neutral sense (hidden from VADER); each sign row a sentence and the sign of its
compound score. Rows the tool still gets wrong are strict xfails in
KNOWN_MISSES, keyed by (article, start). These rows count in no held-out figure.
"""

from __future__ import annotations

import re

import pytest

from tests.frames_tables import event_sentence, sentence_frames
from tests.tone_tables import sign_of, word_shown

TOWER = "tower-fire-corrigan-house-2026"
SCHOOL = "school-abduction-kauran-2026"
FUEL = "fuel-subsidy-protests-valdoria-2026"

FRAMES = [
    # A fire service's officer is no police officer; a fire that "tears through" a block rips.
    (TOWER, "kelsborough-live", "Those were the words of Chief Fire Officer", {"health_safety"}),
    (TOWER, "northstar", "Five dead, nine missing after fire tears", {"health_safety"}),
    # People "treated like the problem" were dealt with, not given care; a council leader is a politician.
    (TOWER, "the-commonweal", "\"They treated us like we were the problem", set()),
    (TOWER, "kelsborough-live", "Council leader Cllr Denise Okafor said", {"health_safety", "political"}),
    (TOWER, "the-commonweal", "Council leader Denise Okafor insisted", {"health_safety", "political"}),
    # A death in service ("paid the supreme price") and a roll call ("a headcount") are no money;
    # Boko Haram and Islamic State are armed groups, not religion.
    (SCHOOL, "daily-lantern", "\"Sadly, one vigilante member paid the supreme price",
     {"crime_punishment", "health_safety"}),
    (SCHOOL, "daily-lantern", "A headcount is ongoing", set()),
    (SCHOOL, "daily-lantern", "The Police Public Relations Officer", {"crime_punishment", "security_defense"}),
    (SCHOOL, "monde-24", "That conflict, led by Boko Haram", {"health_safety", "quality_of_life", "security_defense"}),
    # The interview's language is no cultural identity, and a school run towards is a place.
    (SCHOOL, "bws-news", "I ran towards the school but", set()),
    # Bonds that rally, a sovereign-debt strategist, the poor who "pay the bill", a main square called
    # Plaza Mayor and a students' federation's president.
    (FUEL, "bramwell", "Valdoria Bonds Rally as Minister", {"economic", "political"}),
    (FUEL, "bramwell", "\"Markets are pricing the policy", {"economic", "policy_prescription", "political"}),
    (FUEL, "solidarity-wire", "\"It's the same recipe the IMF", {"economic", "external_regulation"}),
    (FUEL, "el-centinela-english-edition", "The National Police used tear gas", {"crime_punishment", "public_opinion"}),
    (FUEL, "el-centinela-english-edition", "Its president, Camila Ortúzar", set()),
    (FUEL, "bramwell", "Fund staff had made removal", {"economic"}),
    # Controls: a police inquiry, a fiscal cost, arrests and injuries, a mother's market.
    (TOWER, "northstar", "Police open criminal investigation", {"crime_punishment"}),
    (FUEL, "bramwell", "The subsidies cost the Treasury", {"economic"}),
    # Round AE: the minister's title names who speaks, not a frame (real-article check: a police
    # commissioner briefing on a cyclone); the arrests and injuries are the sentence's frames.
    (FUEL, "el-centinela-english-edition", "Interior Minister Raúl Escárate said",
     {"crime_punishment", "health_safety"}),
]

TONE = [
    # A building called a block; the real toll; a friend and a hand as a relation and a body part;
    # a campaign named "Justice for" a place.
    (TOWER, "kelsborough-live", "Five people have died and 11", "block", True),
    (TOWER, "northstar", "Management of the block passed", "block", True),
    (TOWER, "the-commonweal", "Residents believe the true toll", "true", True),
    (SCHOOL, "bws-news", "Parents, who have drawn up", "true", True),
    (TOWER, "the-commonweal", "\"Halima was my friend", "friend", True),
    (SCHOOL, "bws-news", "She said she did not know what had happened", "friend", True),
    (TOWER, "the-commonweal", "\"By the time the firefighter", "hand", True),
    (TOWER, "the-commonweal", "Adeyemi, an organiser", "Justice", True),
    # Money's words: gross domestic product, a tolerance range, an overweight position.
    (FUEL, "bramwell", "The subsidies cost the Treasury", "gross", True),
    (FUEL, "bramwell", "Annual inflation was 6.8%", "tolerance", True),
    (FUEL, "bramwell", "Raman recommends", "overweight", True),
    # Idioms: gained entry, cut short, to be honest, responsible for.
    (SCHOOL, "daily-lantern", "The statement read in part", "gained", True),
    (SCHOOL, "daily-lantern", "The Governor of Zuruma State", "cut", True),
    (TOWER, "northstar", "\"We are now moving into a recovery", "honest", True),
    (TOWER, "northstar", "The council said the housing association", "responsible", True),
    # Feelings and acts that stay: a tribute's "best", "safe" children, roads blocked, a fire.
    (TOWER, "kelsborough-live", "\"Callum was the best dad", "best", False),
    (SCHOOL, "bws-news", "\"Parents in the north are now", "safe", False),
    (FUEL, "bramwell", "The rally came as truckers", "blocked", False),
    (TOWER, "northstar", "Five dead, nine missing after fire tears", "fire", False),
]

SIGNS = [
    # Kidnappers by their words VADER lacked (bandits, abduct, gunmen), looting, a building's history.
    (SCHOOL, "daily-lantern", "Bandits abduct students", "negative"),
    (SCHOOL, "monde-24", "Gunmen seize dozens", "negative"),
    (SCHOOL, "daily-lantern", "The statement read in part", "negative"),
    (FUEL, "el-centinela-english-edition", "According to the Interior Ministry, at least 17", "negative"),
    (TOWER, "kelsborough-live", "The block was fitted with new", "neutral"),
    (FUEL, "bramwell", "The subsidies cost the Treasury", "neutral"),
    (TOWER, "northstar", "\"We are now moving into a recovery", "negative"),
    (TOWER, "the-commonweal", "Not an accident, not a tragedy", "negative"),
]

KNOWN_MISSES = {
    ("bws-news", "I ran towards the school but"): "'speaking in the Hausa language' names the interview's tongue, "
    "as 'banned from speaking their language' names a people's own; and 'ran towards the school' is a place",
    ("bramwell", "Fund staff had made removal"): "an IMF board's vote reads as a political vote; only the body named "
    "sentences earlier tells it is a lender's board",
    ("northstar", "\"We are now moving into a recovery"): "'do not expect to find anyone else alive': the negation "
    "stands beyond VADER's three-word reach, so 'alive' reads as hope",
    ("the-commonweal", "Not an accident, not a tragedy"): "VADER reads negated negatives ('not a tragedy') as praise; "
    "a denial of one kind of harm in favour of a worse one is not (round AA's 'not a natural disaster')",
}


def _marks(article: str, start: str) -> list[pytest.MarkDecorator]:
    reason = KNOWN_MISSES.get((article, start))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize(
    ("slug", "article", "start", "expected"),
    [pytest.param(*row, marks=_marks(row[1], row[2]), id=f"{row[1][:12]}|{row[2][:30]}") for row in FRAMES],
)
def test_round_ab_event_frames(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected


@pytest.mark.parametrize(("slug", "article", "start", "word", "hidden"), TONE, ids=[f"{c[3]}|{c[2][:25]}" for c in TONE])
def test_round_ab_event_tone(slug: str, article: str, start: str, word: str, hidden: bool) -> None:
    text = event_sentence(slug, article, start)
    assert re.search(r"\b" + re.escape(word) + r"(?!\w)", text) is not None
    assert word_shown(text, word) is not hidden


@pytest.mark.parametrize(
    ("slug", "article", "start", "sign"),
    [pytest.param(*row, marks=_marks(row[1], row[2]), id=f"{row[3]}|{row[2][:25]}") for row in SIGNS],
)
def test_round_ab_event_sign(slug: str, article: str, start: str, sign: str) -> None:
    assert sign_of(event_sentence(slug, article, start)) == sign
