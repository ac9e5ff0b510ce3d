"""Quotes held-out table T: Title-Case headlines, forms of address, bracketed translations and new roles.

The table (``data/quotes_heldout_t.yaml``) was written before the rules of
round T were changed, from sentences of our own in the house styles of a US
women's-interest site, a UK tabloid, Manila and Cebu papers, a state news
agency, Nairobi and Kampala dailies, an Irish broadsheet, an Australian
broadcaster, AP- and Reuters-style wires, a Catholic agency and a Canadian
paper, none from the test events. Each row lists the quotes of one text in
order, as a prefix of the quote, the speaker and (where a reader could code
it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, check_event_case, table_cases

TABLE = DATA / "quotes_heldout_t.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out).
# Before this round 14/30 rows were right; after its first pass 27/30; after
# the second 28/30; after the second quotes pass 30/30 (an unlisted given name
# taken up by a quote given to "she" in the next sentence; an anonymous group
# "two people familiar with the talks").
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_t_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)


# The round's four events, tuned on (not held out): what the answer keys ask of
# a reader, each the first quote of an article that opens with these words.
EVENTS = DATA / "events"
ABORTION = "westmark-abortion-ruling-2026"
TYPHOON = "typhoon-amihan-visayas-2026"
KENYA = "nairobi-finance-bill-protests-2026"
SWIM = "world-aquatics-eligibility-vote-2026"
EVENT_CASES = [
    # a Title-Case headline in two sentences gives no speaker ("Just Upheld")
    (f"{ABORTION}/the-current-femme.txt", "I kept thinking", "Alyssa Moreno", "affected"),
    (f"{ABORTION}/the-current-femme.txt", "Every forced-birth politician", "Jaden Ruiz", "advocate"),
    (f"{ABORTION}/catholic-herald-wire.txt", "an answer to years of prayer", "Westmark Catholic Conference", "advocate"),
    (f"{ABORTION}/catholic-herald-wire.txt", "They come in scared", "Renee Gallardo", "advocate"),
    (f"{ABORTION}/national-press-association.txt", "After this, the path runs", "Alan Whitford", "expert"),
    # a titled name with its see after "of" ("Bishop Peter Halloran of Dunmore"); clergy are affected (round R)
    (f"{ABORTION}/catholic-herald-wire.txt", "Now we must show", "Peter Halloran", "affected"),
    # forms of address and a capitalised role noun are no part of the name
    (f"{TYPHOON}/philippine-daily-sentinel.txt", "Wala na kaming bahay", "Nenita Cabarles", "affected"),
    (f"{TYPHOON}/philippine-daily-sentinel.txt", "He told me,", "Rolando Sabenorio", "affected"),
    (f"{TYPHOON}/philippine-daily-sentinel.txt", "intensified faster", "Leizel Obregon", "official"),
    (f"{TYPHOON}/philippine-information-wire.txt", "Malaking tulong po ito", "Rosalinda Pajaron", "affected"),
    (f"{TYPHOON}/alon.txt", "Akala ko ulan lang", "Francisca Ebarle", "affected"),
    # "Sec. X arrived in Borongan City ... and told evacuees that": the clause's subject, not the place
    (f"{TYPHOON}/philippine-daily-sentinel.txt", "will stay for as long as it takes", "Maricel Dizon-Abad", "official"),
    (f"{TYPHOON}/alon.txt", "validated, not minimized", "Gilbert Navarro", "official"),
    # "Governor X – whose family has held the governorship since 2007 – said"
    (f"{TYPHOON}/alon.txt", "relocate informal settlers", "Benjamin Lagdameo", "official"),
    # "The governor, a parishioner at St. Brendan's Cathedral in Harlan City, said in a statement"
    (f"{ABORTION}/catholic-herald-wire.txt", "keep building a state", "Randall Pierce", "official"),
    (f"{TYPHOON}/alon.txt", "They call us informal settlers", "Ana Liza Berbano", "advocate"),
    (f"{TYPHOON}/alon.txt", "Every year we bury people", "Jerome Tadifa", "advocate"),
    # Kenyan offices and a bracketed Kiswahili translation
    (f"{KENYA}/daily-taifa.txt", "Peaceful demonstration is a right", "Peter Chebii", "official"),
    (f"{KENYA}/daily-taifa.txt", "Nilimpeleka shule", "Samuel Kuria Ndung'u", "affected"),
    (f"{KENYA}/daily-taifa.txt", "This House is passing a Bill", "Otiende Ochola", "official"),
    (f"{KENYA}/daily-taifa.txt", "We carried him to a matatu", "Dennis Kiprotich", "affected"),
    (f"{KENYA}/daily-taifa.txt", "Officers who used lethal force", "Police Conduct Oversight Authority", "official"),
    (f"{KENYA}/kenya-herald.txt", "an illegal call to violence", "Peter Langat Chebii", "official"),
    (f"{KENYA}/kenya-herald.txt", "This is a patriotic Bill", "Jonah Kiprop", "official"),
    (f"{KENYA}/meridian-news.txt", "These are not rubber bullet injuries", "Wycliffe Omondi", "expert"),
    # athletes a rule is about, an advocacy group's chief executive, a campaigner
    (f"{SWIM}/lavender-post.txt", "I’ve followed every rule", "Rhiannon Vale", "affected"),
    (f"{SWIM}/lavender-post.txt", "Let’s be clear about what happened", "Morgan Reyes", "advocate"),
    (f"{SWIM}/meridian-wire.txt", "This protects every girl", "Kelsey Brandt", "advocate"),
]


@pytest.mark.parametrize(("path", "starts", "speaker", "role"), EVENT_CASES)
def test_round_t_event_speakers(path: str, starts: str, speaker: str, role: str) -> None:
    check_event_case(EVENTS / path, starts, speaker, role)


# The round's general rules on sentences of our own (written with the rules, so
# tuned on, not held out): each fails on the code before round T.
RULE_CASES = [
    ("dash-aside", "Mayor Ann Ruiz — who took office in May — said the city would “rebuild every home.”",
     [["rebuild every home", "Ann Ruiz", "official"]]),
    ("definite-head-with-indefinite-aside",
     "Gov. Lena Hart called the vote “historic.”\n\nThe governor, a former teacher, said in a statement that she would “sign it at once.”",
     [["historic", "Lena Hart", "official"], ["sign it at once", "Lena Hart", "official"]]),
    ("coordinated-cue-after-place",
     "Health Minister Jane Oduya arrived in Kisumu on Thursday and told reporters that the ministry “will stay as long as it takes.”",
     [["will stay as long as it takes", "Jane Oduya", "official"]]),
    ("phoned-is-no-speaker",
     "Tomas Brandt drove to the hospital after a nurse called him. He waited for hours.\n\n“Nobody told us anything,” he said.",
     [["Nobody told us anything", "Tomas Brandt"]]),
    ("said-the-occupation",
     "Rosa Quispe, 61, lost her stall in the fire. “Forty years of work, gone,” said the market trader.",
     [["Forty years of work", "Rosa Quispe", "affected"]]),
    ("titled-name-of-see",
     "Rabbi Daniel Adler of Temple Beth Shalom led the vigil on Sunday.\n\n“We are not afraid,” he said.",
     [["We are not afraid", "Daniel Adler"]]),
    ("bare-head-title-after-body",
     "The Harbour Trust said the plan was “reckless”. Chief executive Dana Obi said: “We will fight it.”",
     [["reckless", "Harbour Trust", "advocate"], ["We will fight it", "Dana Obi", "advocate"]]),
    ("acronym-with-number-is-a-bill",
     "Lawmakers passed SB 9 in March. The opinion by Justice Carla Ruiz upheld it, declaring it “plainly lawful.”",
     [["plainly lawful", None]]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in RULE_CASES])
def test_round_t_rules(text: str, expected: list[list[str | None]]) -> None:
    check_case({"text": text, "expected": expected})
