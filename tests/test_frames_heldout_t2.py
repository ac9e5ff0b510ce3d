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
from tests.frames_tables import doc_of, event_docs, policy_frames, sentence_frames, table_cases

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


def test_other_is_described_as_sentences_without_a_cue() -> None:
    """The report shows each frame's description: 'Other' must say it counts sentences with no cue."""
    other = load_frames_lexicon().frame("other")
    assert other.residual
    assert "no cue word of any policy frame" in other.description


# ------------------------------------------------------------ the round-T events (tuned on)

EVENT_ROWS = [
    # The federation's own vote, congress and president, told without the federation's name.
    ("world-aquatics-eligibility-vote-2026", "the-daily-rampart", "The World Aquatics Union voted overwhelmingly",
     {"fairness_equality", "health_safety"}),
    ("world-aquatics-eligibility-vote-2026", "the-daily-rampart", "World Aquatics Union Votes", set()),
    ("world-aquatics-eligibility-vote-2026", "lavender-post", "President Matthias Rauber", set()),
    ("world-aquatics-eligibility-vote-2026", "lavender-post", "Vale said she had received", set()),
    ("world-aquatics-eligibility-vote-2026", "meridian-wire", "Vote passes 42-9", set()),
    # US lawmakers inside the federation story stay Political.
    ("world-aquatics-eligibility-vote-2026", "the-daily-rampart", "But lawmakers in the U.S.", {"political"}),
]


@pytest.mark.parametrize(("slug", "article", "start", "expected"), EVENT_ROWS, ids=[r[2][:30] for r in EVENT_ROWS])
def test_round_t2_event_sentences(slug: str, article: str, start: str, expected: set[str]) -> None:
    assert sentence_frames(slug, article, start) == expected


def test_typhoon_agency_article_has_no_immigration_frames() -> None:
    """The state agency's IDPs and evacuees of a typhoon are not migrants (it had four immigration frames)."""
    doc = event_docs("typhoon-amihan-visayas-2026")["philippine-information-wire"]
    assert {c.frame for c in frame_cues(doc) if c.family == "immigration"} == set()
