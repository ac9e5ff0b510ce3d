"""Round V's events: the rows the round's rules were tuned on (not held out; see test_numbers_heldout_v.py)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from framing.compare import analyze_path

EVENTS = Path(__file__).resolve().parent / "data" / "events"


@lru_cache(maxsize=4)
def _rows(event: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    d = analyze_path(str(EVENTS / event))
    return tuple((r["label"], tuple(f"{c['article']}: {c['text']}" for c in r["cells"])) for r in d["numbers"])


QUAKE = "huaral-earthquake-2026"
FIXING = "chandigarh-fixing-scandal-2026"


@pytest.mark.parametrize(("event", "row"), [
    # the USGS magnitude as the network and the science site give it (7.1 / 7.2), in every spelling
    (QUAKE, ("magnitude", ("geoscope: M7.2", "geoscope: magnitude (Mw) 7.2", "geoscope: Mww 7.2",
                           "northstar-news-network: 7.1", "northstar-news-network: magnitude 7.1"))),
    # the IGP's 7.3, which the science site also reports
    (QUAKE, ("magnitude", ("geoscope: magnitude 7.3", "iberonoticias: 7.3", "iberonoticias: magnitude 7.3"))),
    # the first estimates, later revised
    (QUAKE, ("earlier magnitude", ("geoscope: magnitude of 7.1", "iberonoticias: magnitude at 7.0"))),
    # the largest aftershock: 5.4 / 5.1 / 5.3, never the "magnitude 3.0 or greater" threshold
    (QUAKE, ("aftershock magnitude", ("geoscope: M5.4", "iberonoticias: magnitude 5.1",
                                      "northstar-news-network: magnitude 5.3"))),
    # past quakes (Áncash 1970, Pisco 2007) apart from this one
    (QUAKE, ("past quake magnitude", ("geoscope: M7.9", "iberonoticias: magnitude 7.9"))),
    (QUAKE, ("past quake magnitude", ("geoscope: M8.0", "northstar-news-network: magnitude 8.0"))),
    # the deal: Rs 1.2 crore (12 million) against "Indian Rs10m"
    (FIXING, ("deal (INR)", ("the-bharat-times: Rs 1.2 crore", "the-bharat-times: Rs 1.2 crore",
                             "the-morning-herald: Rs10m"))),
    # "Gurpreet Singh Sandhu alias Gopi (24)" against "Sandhu, 25"
    (FIXING, ("age of Gurpreet Singh Sandhu", ("the-bharat-times: 24", "cricpulse: 25", "cricpulse: 25-year-old"))),
    # the cash recovered is a seizure
    (FIXING, ("seized (INR)", ("the-bharat-times: Rs 40 lakh", "the-bharat-times: Rs 40 lakh"))),
])
def test_round_v_rows(event: str, row: tuple[str, tuple[str, ...]]) -> None:
    assert row in _rows(event)


def test_round_v_no_magnitude_counted() -> None:
    """No magnitude is read as a count of people or quakes, nor a year before "M7.9" as millions."""
    cells = [(label, c) for label, cs in _rows(QUAKE) if "magnitude" not in label for c in cs]
    assert not [c for _, c in cells if c.split(": ")[1] in {"7.1", "7.2", "7.3", "5.3", "5.1", "8.0", "3.0",
                                                            "1970 M", "2007 M"}]


HOTEL = "ballycarra-hotel-protest-2026"
BLOCKADE = "a14-climate-blockade-2026"


@pytest.mark.parametrize(("event", "row"), [
    # second pass: fire units, never "units in the crowd"
    (HOTEL, ("fire units", ("the-irish-chronicle: Two", "thebrief-ie: Three"))),
    # the yearly sums pair; the three-year total is its own row
    (HOTEL, ("per year (EUR)", ("the-irish-chronicle: about €2.3 million", "thebrief-ie: approximately €2.1 million"))),
    (HOTEL, ("amount (EUR)", ("standpoint: €9 million", "thebrief-ie: €9 million"))),
    # the crowd on the motorway, "members ... walked on to" and "had taken part"
    (BLOCKADE, ("people in the crowd", ("brc-news: about 35", "the-meridian: About 40"))),
    # the ambulance's delay, however worded
    (BLOCKADE, ("ambulance delay", ("brc-news: about 25 minutes", "daily-bulletin: nearly an HOUR",
                                    "daily-bulletin: nearly an hour", "the-meridian: approximately 12 minutes"))),
    # the remand: "5-day police remand" / "four days"
    (FIXING, ("remanded", ("the-bharat-times: 5-day", "the-bharat-times: five-day", "the-morning-herald: four days"))),
    # the Pisco toll of 2007 apart from this quake's
    (QUAKE, ("people killed in a past event", ("geoscope: 519", "northstar-news-network: more than 500"))),
])
def test_round_v2_rows(event: str, row: tuple[str, tuple[str, ...]]) -> None:
    assert row in _rows(event)


def test_round_v2_no_provision_or_scorecard_counted() -> None:
    """No BNS section number ("318", "61") nor scorecard figure ("0 for 52", "14.50") is a count."""
    # known miss: a side's total "186 for 7" with no "in N overs" after it, and "the 16th over cost 26" worded
    # otherwise, are still read as counts
    cells = [c.split(": ")[1] for label, cs in _rows(FIXING) if label == "count" for c in cs]
    assert not {"318", "61", "4", "0", "52", "14.50"} & set(cells)

