"""What the frames held-out tests read from the tool, shared by the table files (rounds O, P).

Each table (tests/data/frames_heldout_*.yaml) lists ``cases``: a sentence and
the exact set of policy and immigration frames it carries read alone ("other"
is the empty set). A case whose text opens with a key of the file's ``HARD``
misses is a strict xfail with that reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from framing.events import load_event
from framing.frames import frame_cues, load_frames_lexicon
from framing.model import Article, Document
from framing.prepare import prepare
from tests.conftest import DATA


def policy_frames(doc: Document, sentence: int | None = None) -> set[str]:
    """The policy and immigration frames cued in ``doc`` (or in one of its sentences)."""
    family = {s.id: s.family for s in load_frames_lexicon().frames}
    return {
        c.frame
        for c in frame_cues(doc)
        if family[c.frame] in ("policy", "immigration") and (sentence is None or c.sentence == sentence)
    }


def doc_of(text: str) -> Document:
    """``text`` prepared as an article of its own."""
    return prepare(Article(id="t", outlet="T", text=text))


def cue_texts(text: str, frame: str) -> set[str]:
    """The words of ``text`` read as cues of ``frame``."""
    return {c.text for c in frame_cues(doc_of(text)) if c.frame == frame}


def table_cases(table: Path, hard: Mapping[str, str]) -> list[Any]:
    """The table's cases as ``pytest.param(text, frames)``, the hard misses marked strict xfail."""
    out = []
    for row in yaml.safe_load(table.read_text(encoding="utf-8"))["cases"]:
        reason = next((why for start, why in hard.items() if row["text"].startswith(start)), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(row["text"], set(row["frames"]), marks=marks, id=row["text"][:40]))
    return out


@lru_cache(maxsize=8)
def event_docs(slug: str) -> dict[str, Document]:
    """A test event's articles, prepared, by id."""
    return {a.id: prepare(a) for a in load_event(DATA / "events" / slug).articles}


def event_sentence(slug: str, article: str, start: str) -> str:
    """The text of the event article's sentence that opens with ``start``."""
    doc = event_docs(slug)[article]
    return next(doc.text[s.start : s.end] for s in doc.sentences if doc.text[s.start : s.end].startswith(start))


def sentence_frames(slug: str, article: str, start: str) -> set[str]:
    """The policy and immigration frames of the event article's sentence that opens with ``start``."""
    doc = event_docs(slug)[article]
    sent = next(s for s in doc.sentences if doc.text[s.start : s.end].startswith(start))
    return policy_frames(doc, sent.index)
