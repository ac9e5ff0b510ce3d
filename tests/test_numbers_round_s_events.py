"""Round S's events: the rows the round's rules were tuned on (not held out; see test_numbers_heldout_s.py)."""

from __future__ import annotations

from pathlib import Path

from framing.compare import analyze_path

EVENTS = Path(__file__).resolve().parent / "data" / "events"


def test_round_s_recall_count_one_row() -> None:
    """"104,312 NEVs" (state media) and "more than 100,000" cars (the German business daily) are one count."""
    d = analyze_path(str(EVENTS / "volant-ev-battery-recall-2026"))
    texts = [{f"{c['article']}: {c['text']}" for c in r["cells"]} for r in d["numbers"]]
    assert any({"china-daily-ledger: 104,312", "rheinland-business-daily: more than 100,000"} <= t for t in texts)
