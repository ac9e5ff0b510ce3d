"""Round T, second pass, of framing.frames: whose vote an article reports, and displacement that is not migration.

The held-out table (tests/data/frames_heldout_t2.yaml) was written before the
second-pass changes, with texts of my own in many house styles: short
articles about a sports federation, a union, a synod, shareholders or a
parliament, in which one sentence must or must not read as Political; texts
about people displaced inside their country (no immigration frame) or about
migrants (the frames stay); and sentences of the classes of round T's strict
misses. The figures before and after the change are in the commit message and
the report. The round-T events' own sentences are checked at the end (tuned
on, not a measure).
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.frames import frame_cues, load_frames_lexicon
from tests.conftest import DATA
from tests.frames_tables import doc_of, policy_frames, sentence_frames, table_cases

TABLE = DATA / "frames_heldout_t2.yaml"

HARD: dict[str, str] = {
    "Organisers need 250,000": "'the measure' put on a ballot is read as a policy proposal (Policy prescription)",
    "Patients from the north": "travelling hours for care is a daily-life cost only by sense",
    "Families who fled the rising": "'families' is a daily-life cue and rising water no hazard cue",
}


def _rows(key: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))[key]
    return rows


def article_political(text: str, start: str) -> bool:
    """Whether the sentence of ``text`` that opens with ``start`` carries the Political frame."""
    doc = doc_of(text)
    sent = next(s for s in doc.sentences if doc.text[s.start : s.end].startswith(start))
    return "political" in policy_frames(doc, sent.index)


def immigration_frames(text: str) -> set[str]:
    """The immigration frames of ``text`` read as an article of its own."""
    return {c.frame for c in frame_cues(doc_of(text)) if c.family == "immigration"}


@pytest.mark.parametrize(
    ("text", "start", "political"),
    [(r["text"], r["sentence"], r["political"]) for r in _rows("articles")],
    ids=[f"{r['text'][:25]}|{r['sentence'][:25]}" for r in _rows("articles")],
)
def test_article_vote_sense(text: str, start: str, political: bool) -> None:
    assert article_political(text, start) is political


@pytest.mark.parametrize(
    ("text", "expected"),
    [(r["text"], set(r["frames"])) for r in _rows("immigration")],
    ids=[r["text"][:40] for r in _rows("immigration")],
)
def test_displacement_is_not_migration(text: str, expected: set[str]) -> None:
    assert immigration_frames(text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, HARD))
def test_frames_heldout_t2(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected
