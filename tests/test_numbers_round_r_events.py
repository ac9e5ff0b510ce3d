"""Round R's four events: the rows the round's rules were tuned on (not held out; see test_numbers_heldout_r.py).
Each is a row of analyze_path's numbers table, as [label, status, cells], checked as present."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.compare import analyze_path

EVENTS = Path(__file__).resolve().parent / "data" / "events"

ROWS = [
    ("dunmore-murder-verdict-2026", "deliberation", "different",
     ["the-justice-ledger-project: two days", "the-metro-ledger: less than a day", "the-metro-ledger: less than a day",
      "wdnr-7-news: about six hours"]),
    # corrected in round X: the operator's share of staff on strike told three ways (31.4 percent, "nearly a
    # third", "fewer than a third") is one row; "a third" (of regional services that ran) no longer joins it, and
    # the unions' "more than 40%" stands alone (one row holds one figure per outlet)
    ("ferrovia-rail-strike-2026", "percent", "different",
     ["the-daily-standard: nearly a third", "france-direct: 31.4 percent", "workers-europe: fewer than a third"]),
    ("castellon-racist-abuse-match-2026", "fine", "different",
     ["marcador-english: up to €650,000", "the-sideline-review: roughly $750,000", "touchline-sport: up to £560,000"]),
]


def _rows(event: str) -> list[tuple[str, str, list[str]]]:
    d = analyze_path(str(EVENTS / event))
    return [(r["label"], r["status"], [f"{c['article']}: {c['text']}" for c in r["cells"]]) for r in d["numbers"]]


@pytest.mark.parametrize(("event", "label", "status", "cells"), ROWS, ids=[r[1] for r in ROWS])
def test_round_r_event_row(event: str, label: str, status: str, cells: list[str]) -> None:
    assert (label, status, cells) in _rows(event)


def test_round_r_couple_ages_apart() -> None:
    """Mrs Whitlock (38) and Darren Whitlock (42) are two people: no shared age row."""
    rows = _rows("ferrovia-rail-strike-2026")
    assert not any(label.startswith("age of") and len({c.split(":")[0] for c in cells}) > 1
                   and any("Whitlock" in label for _ in [0]) for label, _, cells in rows)
