"""Round V, second pass, of framing.frames: when a text is about migration.

The held-out table (tests/data/frames_heldout_v2.yaml) was written before the
second-pass change, with texts of my own in many house styles: stories about
climate protest, sport, business, courts, health and film with one incidental
sign of migration (a ministry's name, a biography's "emigrated", an expat, a
visa, a border post), which must carry no immigration frame, and stories about
migration, which keep theirs. The round-V events are checked in
tests/test_frames_round_v_events.py (tuned on, not a measure).
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.frames import frame_cues
from tests.conftest import DATA
from tests.frames_tables import doc_of

TABLE = DATA / "frames_heldout_v2.yaml"


def _rows(key: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))[key]
    return rows


def immigration_frames(text: str) -> set[str]:
    """The immigration frames of ``text`` read as an article of its own."""
    return {c.frame for c in frame_cues(doc_of(text)) if c.family == "immigration"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [(r["text"], set(r["frames"])) for r in _rows("immigration")],
    ids=[r["text"][:40] for r in _rows("immigration")],
)
def test_migration_needs_more_than_one_incidental_word(text: str, expected: set[str]) -> None:
    assert immigration_frames(text) == expected
