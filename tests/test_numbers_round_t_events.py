"""Round T's events: the rows the round's rules were tuned on (not held out; see test_numbers_heldout_t.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.compare import analyze_path
from tests.numbers_tables import HeldOutTable

EVENTS = Path(__file__).resolve().parent / "data" / "events"


def _rows(event: str) -> list[tuple[str, tuple[str, ...]]]:
    d = analyze_path(str(EVENTS / event))
    return [(r["label"], tuple(f"{c['article']}: {c['text']}" for c in r["cells"])) for r in d["numbers"]]


@pytest.mark.parametrize(("event", "row"), [
    # each outlet's whole toll: the Herald's four (the police), Meridian's 14 (a rights body); not "Four died in
    # Nairobi", not "nine of whom died" at one hospital, not the Herald's "11 of them seriously" (officers injured)
    ("nairobi-finance-bill-protests-2026", ("people killed", (
        "daily-taifa: 11", "daily-taifa: At least 11", "the-kenya-herald: four", "meridian-news: at least 14",
        "meridian-news: At least 14"))),
    # the national tolls, not "19 of the dead were from Bagtingon alone"
    ("typhoon-amihan-visayas-2026", ("people killed", (
        "alon: at least 53", "philippine-daily-sentinel: 41", "philippine-daily-sentinel: At least 41"))),
])
def test_round_t_tolls(event: str, row: tuple[str, tuple[str, ...]]) -> None:
    assert row in _rows(event)


@pytest.mark.parametrize(("event", "row"), [
    # second pass: the storm signals each outlet gives (5, 5, 4), a row of their own
    ("typhoon-amihan-visayas-2026", ("storm signal", (
        "alon: Signal No. 5", "philippine-daily-sentinel: Signal No. 5", "philippine-information-wire: Signal No. 4"))),
    # the Herald's vote told as its two sides, in the row of the others' tallies
    ("nairobi-finance-bill-protests-2026", ("vote tally", (
        "daily-taifa: 195-106", "daily-taifa: 195 to 106",
        "the-kenya-herald: 204 legislators voting in favour and 97 against", "meridian-news: 196-105"))),
    # the old testosterone limits, in nmol/L and nanomoles per litre
    ("world-aquatics-eligibility-vote-2026", ("concentration (nmol/L)", (
        "the-daily-rampart: 10", "lavender-post: 2.5", "meridian-wire: 5"))),
])
def test_round_t_second_pass_rows(event: str, row: tuple[str, tuple[str, ...]]) -> None:
    assert row in _rows(event)


def test_round_t_families_apart_from_people() -> None:
    """The Sentinel's 'some 58,400' families are in no row of people (the displaced are counted apart)."""
    rows = _rows("typhoon-amihan-visayas-2026")
    assert all(not any(c.endswith(": some 58,400") for c in cells) or label == "families" for label, cells in rows)
    assert ("families", ("philippine-daily-sentinel: some 58,400",)) in rows


@pytest.mark.parametrize(("event", "row"), [
    # third pass: one service's places under three nouns ("four remaining abortion facilities", "Five clinics",
    # "just three clinics")
    ("westmark-abortion-ruling-2026", ("clinics", (
        "catholic-herald-wire: four", "national-press-association: Five", "the-current-femme: three"))),
    # the old legal limit in weeks, three ways ("up to 24 weeks of pregnancy", "until about 22 weeks", "up to 20
    # weeks"), apart from the six-week ban
    ("westmark-abortion-ruling-2026", ("legal limit (weeks)", (
        "catholic-herald-wire: up to 24 weeks", "national-press-association: about 22 weeks",
        "the-current-femme: up to 20 weeks"))),
    # the swimmer's age after "The 25-year-old trans swimmer, who won ..." joins the others'
    ("world-aquatics-eligibility-vote-2026", ("age of Rhiannon Vale", (
        "the-daily-rampart: 24-year-old", "lavender-post: 25-year-old", "meridian-wire: 24"))),
    # the bill's revenue in shillings in two outlets and in dollars in the third
    ("nairobi-finance-bill-protests-2026", ("revenue", (
        "daily-taifa: Sh346bn", "daily-taifa: Sh346 billion", "the-kenya-herald: Sh312 billion",
        "meridian-news: about $2.4bn"))),
    # the landfall at three times; the agency's "6 a.m. situational report" is no landfall
    ("typhoon-amihan-visayas-2026", ("time", (
        "alon: 4:50 am", "philippine-daily-sentinel: 5:40 a.m.", "philippine-information-wire: 5:10 a.m."))),
])
def test_round_t_third_pass_rows(event: str, row: tuple[str, tuple[str, ...]]) -> None:
    assert row in _rows(event)


def test_round_t_vote_share_apart_from_survey() -> None:
    """'nearly 80 percent of the 54 member federations voting' and '71% of whom' (athletes surveyed): no row."""
    assert not any(len({c.split(":")[0] for c in cells}) > 1 and "meridian-wire: 71%" in cells
                   for _, cells in _rows("world-aquatics-eligibility-vote-2026"))


_RULES = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_t3.yaml", labels=True)


@pytest.mark.parametrize(("articles", "rows"), [
    # a part of a count of things by place, told with a partitive, is set against no other outlet's total
    ({"a": "The recall covers 104,312 vehicles. With exports, about 110,000 vehicles are affected worldwide.",
      "b": "Regulators said 104,312 vehicles were recalled.",
      "c": "More than 100,000 vehicles are affected. Around 86,000 of the cars were sold in the United States."},
     # (the two outlets' vehicles "affected" go together first, by their role)
     {("same", "cars", ("a: 104,312", "b: 104,312")), ("different", "cars", ("a: about 110,000", "c: More than 100,000"))}),
    # (control) "118 of the 230 seats" is a tally of seats, no part by place
    ({"a": "The party won 118 of the 230 seats in Lagos.", "b": "The party won 116 seats."},
     {("different", "seats won", ("a: 118", "b: 116"))}),
    # two outlets' times of two events: a shooting and an outage
    ({"a": "The student was shot near the station at about 2.30pm.",
      "b": "Internet monitors recorded a disruption from about 3pm."}, set()),
    # (control) one vote told at two times
    ({"a": "MPs voted 210 to 95 at 5.40pm.", "b": "The House passed the bill shortly after 6pm, by 207 votes to 98."},
     {("different", "time", ("a: 5.40pm", "b: 6pm")), ("different", "vote tally", ("a: 210 to 95", "b: 207 votes to 98"))}),
    # a new six-week ban is no legal limit of its own; the old limits are
    ({"a": "The six-week ban replaces a 15-week limit.", "b": "Abortion had been legal until 15 weeks."},
     {("same", "legal limit (weeks)", ("a: 15-week", "b: 15 weeks"))}),
    # basis points, a quarter point and percentage points are one unit; "half a point" in a chess report is none
    ({"a": "The Reserve Bank lifted the cash rate by 25 basis points.",
      "b": "The RBA raised rates by a quarter of a percentage point.", "c": "Rates rose by 0.25 percentage points."},
     {("same", "rise (percentage points)", ("a: 25 basis points", "b: a quarter of a percentage point", "c: 0.25"))}),
    ({"a": "Carlsen led by half a point after round nine.", "b": "Carlsen led by a point and a half."}, set()),
    # "the poll" is the election in British and South Asian copy: its share is no survey's
    ({"a": "The party won 42.3 per cent of the vote in the poll.", "b": "The party won 41.9% of the vote."},
     {("different", "percent vote share", ("a: 42.3 per cent", "b: 41.9%"))}),
    # a detective (or a judge) opening the sentence before gives a descriptor no owner: it is the suspect's age
    ({"a": "Detective Inspector Ann Cole, 41, led the inquiry.",
      "b": "Detective Inspector Ann Cole arrested Ellis in May. The 40-year-old was charged the next day."}, set()),
])
def test_round_t_third_pass_rules(articles: dict[str, str], rows: set[tuple[object, ...]]) -> None:
    """Rule cases of our own for the third pass's general rules (each fails on the code before it)."""
    assert _RULES.shared_rows(articles) == rows
