"""Round T's events: the rows the round's rules were tuned on (not held out; see test_numbers_heldout_t.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.compare import analyze_path

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
