"""Round Y's events: the rows the round's rules were tuned on (not held out; see test_numbers_heldout_y.py)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from tests.numbers_tables import EventRow, event_number_rows, extracted

EVENTS = Path(__file__).resolve().parent / "data" / "events"

TARIFFS = "steel-tariff-escalation-2026"
BAN = "teen-social-media-ban-2026"
STABBING = "thornbury-stabbing-unrest-2026"
MINE = "yarrabin-mine-approval-2026"

Row = EventRow


@lru_cache(maxsize=4)
def _rows(event: str) -> tuple[Row, ...]:
    return event_number_rows(EVENTS / event)


@pytest.mark.parametrize(("event", "row"), [
    # the tariff rate: "tariffs of 45%", "additional tariffs of nearly half" (a rate with no group after "half"),
    # "tariffs of up to 50%"; the retaliation's 25% is its own row
    (TARIFFS, ("different", "percent tariff", (
        "bramwell-news: 45%", "bramwell-news: 45%", "dorvania-daily: nearly half", "eagle-business: up to 50%",
        "eagle-business: up to 50%"))),
    (TARIFFS, ("same", "percent tariff", ("bramwell-news: 25%", "dorvania-daily: 25 percent", "eagle-business: 25%"))),
    # the goods covered: "apply to about $38 billion of Dorvanian goods", "cover about $40 billion in imports", and
    # the state outlet's sum in its own currency with its conversion ("covering products worth more than 260
    # billion dorvas (about 36 billion US dollars)"), compared through the conversion
    (TARIFFS, ("different", "goods covered (USD)", (
        "bramwell-news: about $38 billion",
        "dorvania-daily: more than 260 billion dorvas (about 36 billion US dollars)",
        "eagle-business: about $40 billion"))),
    # soybean futures: "dropped as much as 3.1%" (read across "as much as"), "tumbled nearly 4%"
    (TARIFFS, ("different", "percent move in futures prices", ("bramwell-news: 3.1%", "eagle-business: nearly 4%"))),
    # the fines: "up to $49.5 million", "almost $50 million", and the conservative site's vague "fines in the tens of
    # millions of dollars" (a vague sum, money, no longer a count of "dollars")
    (BAN, ("different", "fine (USD)", ("the-family-standard: tens of millions of dollars",
                                       "ncbc-news: up to $49.5 million", "ncbc-news: up to $49.5 million",
                                       "the-relay: almost $50 million"))),
    # parents' support: "found 77 per cent supported", "More than three-quarters of parents support" (present
    # tense), both from polls ("according to polling of more than 3,000 families")
    (BAN, ("different", "percent approval", ("the-family-standard: More than three-quarters",
                                             "ncbc-news: 77 per cent"))),
    # the hotel's residents: "which houses around 150", "where around 180 ... are being put up", "has housed
    # about 160 ... since 2024" (a population, not a record)
    (STABBING, ("different", "people living there", ("ashdale-evening-news: around 150", "daily-clarion: around 180",
                                                     "nbs-news: about 160"))),
    # under-16s on the platforms: "an estimated 1.3 million children under 16 now have at least one social media
    # account" (a state: the "since 2023" earlier in the sentence makes no record of it), "An estimated 900,000
    # teens ... use at least one of the affected platforms"
    (BAN, ("different", "people who use it", ("the-family-standard: an estimated 1.3 million",
                                              "the-relay: An estimated 900,000"))),
    # jobs protected: the wire's quoted "safeguard \"tens of thousands\" of jobs" (read across its quote marks)
    # and the business channel's "protect 80,000 American jobs"
    (TARIFFS, ("different", "jobs protected", ("bramwell-news: tens of thousands", "eagle-business: 80,000",
                                               "eagle-business: 80,000"))),
    # the elder's age: "“They signed away our songlines,” the 78-year-old Yarrabin elder told ..." (a descriptor
    # after an opening quote, owned by the person the sentence before opens with, "Aunty Marjorie Kennell", her
    # honorific left out) and "Yarrabin woman Marjorie Kennell, 76"
    (MINE, ("different", "age of Marjorie Kennell", ("earthline-news: 78-year-old", "the-australasian: 76"))),
    # the share move across a bracketed ticker: "Shares in Kestrel (ASX: KSM) rose 9.4%"
    (MINE, ("different", "percent move in the share price", ("mining-ledger: 9.4%",
                                                             "the-australasian: almost 10 per cent"))),
])
def test_round_y_rows(event: str, row: Row) -> None:
    assert row in _rows(event)


@pytest.mark.parametrize(("event", "label", "cell"), [
    # two polls (the government's Fieldline survey of 2,500 and a lobby's of 3,000+) are no one sample told twice
    (BAN, "people surveyed", "ncbc-news: 2,500"),
    # jobs the tariffs "could cost" (the state outlet's "as many as 120,000 US jobs") are never the jobs they
    # "protect"
    (TARIFFS, "jobs lost", "dorvania-daily: as many as 120,000"),
    # a mine's life ("at least 20 years") is not a 20-year monitoring programme; "more than five years" of work
    # with the Yarrabin is not "the project's first five years of output"
    (MINE, "year", "earthline-news: at least 20 years"),
    (MINE, "year", "earthline-news: more than five years"),
])
def test_round_y_alone(event: str, label: str, cell: str) -> None:
    """The figure is in no row shared with another outlet."""
    shared = [r for r in _rows(event) if cell in r[2] and len({c.split(":")[0] for c in r[2]}) > 1]
    assert not shared, shared


def test_round_y_attempted_is_no_toll() -> None:
    """NBS's "charged with murdering two people and trying to kill three others": the three are no one killed."""
    assert not [r for r in _rows(STABBING) if r[1] == "people killed" and "nbs-news: three" in r[2]]


def test_round_y_seconds_are_no_sentence() -> None:
    """The Relay's quote "borrow a parent's face for thirty seconds" is no maximum prison sentence."""
    assert not [r for r in _rows(BAN) if r[1].startswith("maximum sentence")]


def test_round_y_signatures_are_no_crowd() -> None:
    """The Family Standard's "Its petition ... gathered more than 210,000 signatures": no crowd."""
    assert not [r for r in _rows(BAN) if "crowd" in r[1]]


def test_round_y_surveyed_role() -> None:
    """The Relay's "The survey ... questioned about 2,000 parents" counts people surveyed, not ballots rejected."""
    assert ("only-one", "people surveyed", ("the-relay: about 2,000",)) in _rows(BAN)


@pytest.mark.parametrize(("text", "expect"), [
    # written after the round's held-out table, from the event's case (so tuned, not held out): a currency the
    # lexicon does not know, converted in brackets into a major one, is money in its own name
    ("Fines reach 5,000 tenge ($10) per day.", [("5,000 tenge ($10)", "money", 5000.0, "exact", "TENGE", "fine")]),
    # a conversion far above the figure is a price of things, not a currency ("3,000 tonnes")
    ("Exports reached 3,000 tonnes (about $4 million) last year.",
     [("3,000", "count", 3000.0, "exact", "tonne", "reached"),
      ("about $4 million", "money", 4000000.0, "approx", "USD", "")]),
])
def test_round_y_unknown_currency(text: str, expect: list[tuple[str, str, float, str, str, str]]) -> None:
    assert extracted(text) == expect
