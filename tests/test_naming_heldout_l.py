"""Naming held-out table L: police use of force, courts, elections and local politics.

The table (``data/naming_heldout_l.yaml``) was written before the fix from
sentences in many house styles, none from the test events; the event tests
below check the two events the fix was prompted by (Fairmont police shooting,
Harcastle mayoral recount) and that every other test event and seed keeps its
main topic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from framing.events import load_event
from framing.model import Document
from framing.naming import find_event_mentions, find_mentions, rank_event_topics
from framing.prepare import prepare
from tests.conftest import DATA
from tests.naming_tables import main_topic, mention_rows
from tests.test_naming_event_topic import _doc

TABLE = yaml.safe_load((DATA / "naming_heldout_l.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", TABLE["single"], ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_mentions(row: dict[str, Any]) -> None:
    doc = _doc(row["text"])
    assert mention_rows(find_mentions(doc)) == row["expected"]


@pytest.mark.parametrize("row", TABLE["single"], ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_topic(row: dict[str, Any]) -> None:
    assert main_topic(_doc(row["text"])) == row["topic"]


EVENTS = DATA / "events"
SEEDS = DATA.parent.parent / "seeds"


def _event_docs(folder: Path) -> list[Document]:
    return [prepare(a) for a in load_event(folder).articles]


@pytest.mark.parametrize(
    ("folder", "topic"),
    [
        (EVENTS / "fairmont-police-shooting-2026", "policing"),
        (EVENTS / "harcastle-mayoral-recount-2026", "elections"),
        # the other stories keep their topic: police, crowds, mourners and
        # officials are generic words and never outvote a story's own
        (EVENTS / "harrow-lane-protest-2025", "protest"),
        (EVENTS / "alder-creek-flood-2023", "disaster"),
        (EVENTS / "linwood-measles-outbreak-2026", "health"),
        (EVENTS / "maple-valley-book-removal-2024", "education"),
        (EVENTS / "marsden-bridge-explosion-2025", "labour"),
        (EVENTS / "port-harlan-strike-2024", "labour"),
        (EVENTS / "tarsova-border-shelling-2026", "conflict"),
        (EVENTS / "westbrook-encampment-2025", "homelessness"),
        (SEEDS / "mississippi-raids-2019", "immigration"),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else v,
)
def test_events_choose_their_main_topic(folder: Path, topic: str) -> None:
    assert rank_event_topics(_event_docs(folder))[0][0] == topic


def test_police_shooting_names_both_sides() -> None:
    """The tabloid's threat and praise words and the progressive site's counter-frame are all counted, under policing."""
    docs = _event_docs(EVENTS / "fairmont-police-shooting-2026")
    found = {(d.article.outlet, m.text, m.category, m.topic) for d, ms in zip(docs, find_event_mentions(docs)) for m in ms}
    assert ("The Daily Sentinel", "armed suspect", "threat-framing", "policing") in found
    assert ("The Daily Sentinel", "decorated Fairmont cop", "officer-praise", "policing") in found
    assert ("The Daily Sentinel", "Anti-cop activists", "anti-police-label", "policing") in found
    assert ("The Uprise", "unarmed Black teen", "unarmed-framing", "policing") in found
    assert ("WKFR Action News 8", "18-year-old", "age-noun", "policing") in found
    assert ("The Uprise", "vigil attendees", "mourners", "policing") in found


def test_recount_names_officials_voters_and_their_labels() -> None:
    docs = _event_docs(EVENTS / "harcastle-mayoral-recount-2026")
    found = {(m.text, m.category) for ms in find_event_mentions(docs) for m in ms}
    assert {
        ("election deniers", "election-denial-label"),
        ("poll workers", "election-official"),
        ("career bureaucrats", "official-pejorative"),
        ("establishment candidate", "candidate-label"),
        ("concerned citizens", "citizen-framing"),
        ("election bosses", "official-pejorative"),
        ("sore loser", "election-denial-label"),
        ("the incumbent", "candidate"),
    } <= found
    # "the county's election bosses" are no employer (labour's "bosses")
    assert "employer-loaded" not in {c for _t, c in found}
