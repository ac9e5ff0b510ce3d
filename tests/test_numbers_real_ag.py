"""Real-article table AG for framing.numbers (tests/data/numbers_real_ag.yaml): round AG, written before its rules
from the number errors found in the output on 16 real news events ("over" before a sum that names a matter; glued
and spaced metres read as millions; "km." at a stop; a second figure's own role; the counted noun past an acronym;
machine date-times; a year after "for"; a list's first figure; hedges; worded and glued forms; whose figure). Its
sentences are our own, in the shapes of those errors, with controls."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_real_ag.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: dict[str, str] = {
    'Delvin Bank chiefs quit over $2.4 billion fraud scandal':
        "A: 'over' before a sum that modifies a matter noun read as a hedge",
    'Runners in events from the 200m to the mile must comply.':
        "B: a glued 'm' after a bare figure read as million where a race distance is meant",
    'The 800m champion Kella Dorne will appeal.':
        "B: a glued race distance before 'champion' not read at all",
    'As a result, two-time Olympic 1500m champion Dorne must appeal.':
        "B: a glued race distance before 'champion' not read at all",
    'The track is 400 m long.':
        "B: a spaced 'm' before 'long' read as million",
    '"Till 3.4 km. it was normal," the engineer said.':
        "B: 'km.' at a sentence's stop loses its unit",
    'The toll stood at 12 dead with up to 90 people feared to be missing.':
        "C: a second figure's own 'feared to be missing' loses to the first's toll",
    'Twelve patients were discharged from the clinic on Monday.':
        'C: patients discharged read as shots fired',
    'There are 9 new confirmed TKV cases in Tolvin.':
        'D: an acronym between the adjective and the noun stops the noun walk',
    "'Magnitude six earthquake': the mill's closure shook Harnby":
        "D: a worded magnitude after 'Magnitude' counts earthquakes",
    'A second tremor measuring 4.2 in magnitude struck Pellow.':
        "D: 'measuring N in magnitude' has no unit; the ordinal counts 'measuring'",
    'Villagers fled after a third blast underground.':
        'D: an ordinal counts the adverb after its noun',
    'Update: 2021-03-14 19:48 GMT Rescue goes on':
        'E: a machine date read as three counts',
    'Wire | 2016-08-19 11:30:12.0 Students march on parliament':
        'E: a machine date-time read as counts',
    'The council froze rents for 2024 - Dalvey Echo':
        "F: a year after 'for' before a dash read as a count",
    "He said for 2023\u201a though. What about later?":
        "F: a year after 'for' before a low comma read as a count",
    'Wards were running at 150 and 250% capacity.':
        "G: a list's first figure without the second's percent sign",
    'The couple have two sons, aged seven and four, at home.':
        "G: 'aged N and M' read as counts",
    'More than a 100 volunteers searched the hills.':
        "H: 'more than a 100' loses its hedge",
    'Most of the victims were 5 years old or younger.':
        "H: 'or younger' after an age is no bound",
    'Two hundred and forty six years of history ended on Monday.':
        'I: an unhyphenated worded number split in two',
    'The audit found a years-long scheme to hide losses.':
        "I: 'a years-long' read as one year",
    'Polls gave the Yes side an almost 3-to-1 lead.':
        "I: a ratio's second figure read as a count",
    'Kestrel 3: agency confirms contact lost with the probe':
        "I: a name's number before a headline colon read as a count",
    'Meanwhile Corrie, 44, a nurse for 20 years, was at home.':
        'J: an adverb before a name kept in whose age',
    'Vell received 52.1 percent of the vote while Harro received 40.2 percent.':
        "J: the second candidate's share takes no role",
}
KNOWN_PAIRING_MISSES: dict[str, str] = {
    "over-a-scandal": "A: 'over' before a sum naming a matter read as a hedge, so the two sums differ",
    "race-metres-two-ways": "B: a glued race distance not read",
    "km-at-a-stop": "B: 'km.' at a stop loses its unit",
}


test_real_ag_extraction, test_real_ag_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_real_ag_scores() -> None:
    """Measured on the code before round AG (HEAD 7153e31): 14/40 sentences exact, 0/3 pairing cases (0 of 3 rows
    right, 1 false, 3 missed)."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (40, 3, 3)
    assert (ext, exact, tp, fp) == (14, 0, 0, 1)
