"""Round Z's events: the rows the round's event rules were tuned on (not held out; see test_numbers_heldout_z.py)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from tests.numbers_tables import EventRow, event_number_rows, extracted

EVENTS = Path(__file__).resolve().parent / "data" / "events"

FERRY = "ferry-capsize-samaro-2026"
PENSION = "pension-age-strike-2026"
EXCHANGE = "coinvale-exchange-collapse-2026"
COUP = "sahel-coup-2026"

Row = EventRow


@lru_cache(maxsize=4)
def _rows(event: str) -> tuple[Row, ...]:
    return event_number_rows(EVENTS / event)


@pytest.mark.parametrize(("event", "row"), [
    # the toll: the courier's "The death toll from the capsizing of the passenger ferry MV Lady Consolacion off
    # Samaro province rose to 33" (the changed value's subject read back past its long "from" phrase) and its
    # headline's "Samaro ferry toll climbs to 33" ("toll" alone in a headline); no longer its "Seventeen of the
    # fatalities were women", a part of the toll
    (FERRY, ("different", "people killed", (
        "bnn-news: Twenty-nine", "malindras-daily-courier: 33", "malindras-daily-courier: 33", "meridian: at least 31",
        "meridian: at least 31"))),
    # the children among the dead: "At least eight children were among the dead" and the courier's "... and nine
    # were children" (a bare figure whose predicate names a kind of person, after a part of the toll)
    (FERRY, ("different", "children killed", ("malindras-daily-courier: nine", "meridian: At least eight"))),
    # the permitted load: "against an authorized passenger capacity of 180" and "was authorised to carry 180
    # passengers" (a regulator's limit is a capacity, not people on board)
    (FERRY, ("same", "seats (capacity)", ("malindras-daily-courier: 180", "meridian: 180"))),
    # where it sank: "some five nautical miles off" and "some six nautical miles off" (a nautical mile, 1,852 m, no
    # statute mile) and the wire's "about 10 km (6 miles) off": 5.4 nautical miles, a third figure
    (FERRY, ("different", "distance (nautical miles)", (
        "bnn-news: some five", "malindras-daily-courier: some six", "meridian: about 10", "meridian: 6"))),
    (FERRY, ("different", "people missing", ("bnn-news: at least 20", "malindras-daily-courier: Twenty-two",
                                             "meridian: 24"))),
    (FERRY, ("same", "passengers", ("malindras-daily-courier: 168", "meridian: 168"))),
    # the unions' national count: "3.5mn", "3.5 million" and the left site's "three and a half million people
    # marched" (a whole number and a half, in words)
    (PENSION, ("same", "people in the crowd", (
        "the-lombard-daily: 3.5mn", "meridian-24: 3.5 million", "solidarity-wire: three and a half million"))),
    # the capital's share of it: "450,000 of them in the capital", "more than 450,000 of them in Montreval alone"
    # (both parts of a crowd, now that the left site's whole is read)
    (PENSION, ("different", "people in the crowd", ("meridian-24: 450,000", "solidarity-wire: more than 450,000"))),
    (PENSION, ("different", "people arrested", ("the-lombard-daily: more than 170", "meridian-24: 172",
                                                "solidarity-wire: 172"))),
    # the hack: "after $412M Exploit", "an attacker drained roughly $412 million", "Hackers took about $380
    # million", "thieves stole more than $400 million": one theft told with four words
    (EXCHANGE, ("different", "diverted (USD)", (
        "the-commerce-journal: about $380 million", "klmt-8-news: more than $400 million", "the-hashline: $412M",
        "the-hashline: roughly $412 million", "the-hashline: about $412 million"))),
    # what investors put the exchange at: "valued at $4.2 billion" (twice) and "valued at roughly $4 billion at its
    # peak"
    (EXCHANGE, ("different", "valuation (USD)", (
        "the-commerce-journal: $4.2 billion", "the-commerce-journal: $4.2 billion",
        "the-hashline: roughly $4 billion"))),
    (EXCHANGE, ("different", "people employed", ("the-commerce-journal: about 640", "the-hashline: around 600"))),
    (EXCHANGE, ("same", "percent", ("the-commerce-journal: as much as 9%", "the-hashline: up to 9%"))),
    (COUP, ("different", "troops", ("rmi-english: about 1,100", "the-africa-dispatch: roughly 1,500"))),
    (COUP, ("different", "people killed", ("rmi-english: three", "the-africa-dispatch: two"))),
    (COUP, ("same", "day", ("the-africa-dispatch: seven days", "zangare-debout: seven days"))),
])
def test_round_z_rows(event: str, row: Row) -> None:
    assert row in _rows(event)


@pytest.mark.parametrize(("event", "label", "cell"), [
    # "Seventeen of the fatalities were women": a part of the toll, never another outlet's whole toll
    (FERRY, "women killed", "malindras-daily-courier: Seventeen"),
    # "Hack Exposes $900 Million Hole": the shortfall, no longer a bare amount
    (EXCHANGE, "shortfall (USD)", "the-commerce-journal: $900 Million"),
])
def test_round_z_alone(event: str, label: str, cell: str) -> None:
    """The figure is in a row of its own, under this label."""
    assert ("only-one", label, (cell,)) in _rows(event)


@pytest.mark.parametrize(("text", "expect"), [
    # a whole number and a half in words, before a scale or "per cent"
    ("Three and a half million people marched on Thursday.",
     [("Three and a half million", "count", 3500000.0, "exact", "people", "turned out")]),
    ("We borrow at three and a half per cent.",
     [("three and a half per cent", "percent", 3.5, "exact", "percent", "")]),
    # a road's money toll is no death toll: "toll" is a count's role only
    ("The bridge toll rose to $5 for cars.", [("$5", "money", 5.0, "exact", "USD", "rose")]),
    # a drought "drained" nothing from anyone: only an attacker's or a hacker's draining is theft
    ("The drought drained $2 billion from the farm economy.",
     [("$2 billion", "money", 2000000000.0, "exact", "USD", "drained")]),
])
def test_round_z_sentences(text: str, expect: list[tuple[str, str, float, str, str, str]]) -> None:
    assert extracted(text) == expect


@pytest.mark.parametrize(("event", "row"), [
    pytest.param(COUP, ("different", "age of Amadou Tessougué", ("rmi-english: 67-year-old",
                                                                 "the-africa-dispatch: 68-year-old")),
                 marks=pytest.mark.xfail(strict=True, reason="'the 67-year-old' after 'President Tessougué's party "
                                                             "says' is owned by no one: an unnamed age pairs with none")),
    pytest.param(EXCHANGE, ("different", "age of Julian Varga-Roth", ("the-commerce-journal: 38",
                                                                      "klmt-8-news: 37-year-old")),
                 marks=pytest.mark.xfail(strict=True, reason="'the 37-year-old wrote' names its founder only two "
                                                             "sentences before")),
    pytest.param(PENSION, ("different", "people in the crowd", (
        "the-lombard-daily: about 1.1mn", "meridian-24: 1.12 million", "solidarity-wire: over a million")),
                 marks=pytest.mark.xfail(strict=True, reason="the ministry's count is told as 'put the figure at', "
                                                             "'brought ... onto the streets' and 'claimed a little over "
                                                             "a million': no crowd word beside any of them")),
    pytest.param(EXCHANGE, ("different", "shortfall (USD)", (
        "the-commerce-journal: $900 Million", "klmt-8-news: nearly a billion dollars", "the-hashline: $1 billion")),
                 marks=pytest.mark.xfail(strict=True, reason="the Hashline's 'the gap ... could be as large as $1 "
                                                             "billion' is 13 words from its gap; the figure joins the "
                                                             "filing's '$1 billion to $10 billion' range instead")),
    pytest.param(COUP, ("different", "people in the crowd", (
        "rmi-english: hundreds", "the-africa-dispatch: several thousand", "zangare-debout: more than fifty thousand")),
                 marks=pytest.mark.xfail(strict=True, reason="hundreds, several thousand and fifty thousand are "
                                                             "further apart than a crowd's spread")),
    pytest.param(COUP, ("different", "nationals evacuated", ("rmi-english: some 1,200",
                                                             "the-africa-dispatch: more than 1,000")),
                 marks=pytest.mark.xfail(strict=True, reason="'some 1,200 registered citizens' (a count of residents) "
                                                             "has no role to set against 'evacuating more than "
                                                             "1,000 of its nationals'")),
])
def test_round_z_still_wrong(event: str, row: Row) -> None:
    assert row in _rows(event)
