"""Naming held-out table K: public health and pandemic stories, war words, organisation names, discovery stops.

The table (``data/naming_heldout_k.yaml``) was written before the fix from
sentences in many house styles, none from the test events; the event tests
below check the two events the fix was prompted by (Linwood measles,
Tarsova shelling) through :func:`framing.naming.find_event_mentions`.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.events import load_event
from framing.model import Document
from framing.naming import discover_candidates, find_event_mentions, find_mentions, rank_event_topics
from framing.prepare import prepare
from tests.conftest import DATA
from tests.test_naming_event_topic import _doc, _rows

TABLE = yaml.safe_load((DATA / "naming_heldout_k.yaml").read_text(encoding="utf-8"))
EVENTS = DATA / "events"


@pytest.mark.parametrize("row", TABLE["single"], ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_mentions(row: dict[str, Any]) -> None:
    assert _rows(find_mentions(_doc(row["text"]), ())) == row["expected"]


@pytest.mark.parametrize("row", TABLE["events"], ids=[r["name"] for r in TABLE["events"]])
def test_event_mentions(row: dict[str, Any]) -> None:
    docs = [_doc(text, n) for n, text in enumerate(row["articles"])]
    assert [_rows(ms) for ms in find_event_mentions(docs, [()] * len(docs))] == row["expected"]


@pytest.mark.parametrize("row", TABLE["discovery"], ids=[r["text"][:50] for r in TABLE["discovery"]])
def test_discovery_candidates(row: dict[str, Any]) -> None:
    doc = _doc(row["text"])
    got = [[c.text, c.extends_term] for c in discover_candidates(doc, find_mentions(doc, ()))]
    assert got == row["expected"]


def _event_docs(slug: str) -> list[Document]:
    return [prepare(a) for a in load_event(EVENTS / slug).articles]


@pytest.mark.parametrize(
    ("slug", "topic"),
    [("linwood-measles-outbreak-2026", "health"), ("tarsova-border-shelling-2026", "conflict")],
)
def test_test_events_choose_their_main_topic(slug: str, topic: str) -> None:
    assert rank_event_topics(_event_docs(slug))[0][0] == topic


@pytest.mark.parametrize(
    ("slug", "forbidden"),
    [
        # A war story files its victims, survivors and invaders under conflict,
        # never as a disaster or an immigration story.
        ("tarsova-border-shelling-2026", {"disaster-affected", "pejorative"}),
        # A county health official is no employer ("health boss": labour's "boss").
        ("linwood-measles-outbreak-2026", {"management"}),
    ],
)
def test_test_events_leave_out_wrong_categories(slug: str, forbidden: set[str]) -> None:
    docs = _event_docs(slug)
    categories = {m.category for ms in find_event_mentions(docs) for m in ms}
    assert categories & forbidden == set()


def test_organisation_names_in_the_test_events_name_no_one() -> None:
    docs = _event_docs("tarsova-border-shelling-2026") + _event_docs("linwood-measles-outbreak-2026")
    spans = {
        (d.text[max(0, m.start - 30) : m.end + 25])
        for d, ms in zip(docs, find_event_mentions(docs))
        for m in ms
        if m.text[:1].isupper() and m.text.lower() in ("civilians", "families", "parents")
    }
    assert not [s for s in spans if "Conflict Watch" in s or "Health Choice" in s]


def test_side_by_side_files_generic_rows_under_the_event_topic() -> None:
    """The table agrees with the mentions: the measles event's many school "parents" do not outvote its health words."""
    from framing.naming import naming_profile, side_by_side

    docs = _event_docs("linwood-measles-outbreak-2026")
    profiles = [naming_profile(d, ms) for d, ms in zip(docs, find_event_mentions(docs, [()] * len(docs)))]
    rows = {(r.category, r.topic) for r in side_by_side(profiles).rows}
    assert {t for c, t in rows if c in ("children", "family", "neutral-person")} == {"health"}
    assert ("school-role", "education") in rows
