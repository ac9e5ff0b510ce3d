"""Real-article table AJ for framing.numbers (tests/data/numbers_real_aj.yaml): round AJ, written before its rules
from the number errors found in the output on 8 real news events from Argentine, Thai, Trinidadian, Canadian,
Indonesian, Korean, Mexican and Japanese outlets (deaths told as "passed away"; age ranges in number words; "several
times"; charges a person is convicted on; an adjective before a people noun; an attempt to rescue; mixed fractions;
counts left without their noun; a magnitude with a loose hyphen; an age with "old" dropped). Its sentences are our
own, in the shapes of those errors, with controls."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_real_aj.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: dict[str, str] = {
    "The mayor was found guilty on three charges including theft.": "B4 charges read as people charged",
    "The banker was convicted on four charges of fraud.": "B4 charges read as people charged",
    "The result was welcomed by millions of worried Peruvians.": "B5 an adjective read as the noun",
    "The coastguard ended efforts to rescue 30 fishermen on the trawler.":
        "B6 no rescue now, but 'on the trawler' is not read as on board",
    "She has coached the team for the past 3 1/2.": "B7 a mixed fraction split",
    "She has coached the team for the past 3 1/2 years.": "B7 a mixed fraction split",
    "Rescuers cannot reach them because they are trapped between two slabs ...” So far, 4 were saved.":
        "B8 a noun before an ellipsis",
    "Rescuers reached a 9-year-girl on Friday.": "B10 an age with 'old' dropped",
}
KNOWN_PAIRING_MISSES: dict[str, str] = {
    "rescue-attempt-and-on-board": "B6 paired 'same' now, but labelled 'people': 'on board' after it is not read",
}


test_real_aj_extraction, test_real_aj_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_real_aj_scores() -> None:
    """Measured on the code before round AJ (HEAD 85e3427): 9/29 sentences exact, 0/3 pairing cases (0 of 2 rows
    right, 1 false, 2 missed); after: 16/29 and 2/3 (1 of 2 rows right, 1 false: the
    attempt's figure now pairs "same" with the other but under "people", not "people on board") (deaths told as "passed away"; age
    ranges in number words; efforts and attempts to rescue no rescue; a hyphen left loose before "magnitude")."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (29, 3, 2)
    # 17/29 since round AK (probe AK): 'others' are people unless an earlier figure counts things; 19/29 since
    # round AL (probe AL): a vague 'several times' with no verb of shooting is no figure; 21/29 since round AR
    # (probe AR): "two seriously" is a part of the hurt, "three other students" counts the students.
    assert (ext, exact, tp, fp) == (21, 2, 1, 1)
