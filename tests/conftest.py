"""Shared fixtures: the bundled event, loaded and prepared once per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from framing.events import load_event
from framing.model import Document, Event
from framing.prepare import prepare

ROOT = Path(__file__).resolve().parent.parent
SEED_EVENT = ROOT / "seeds" / "mississippi-raids-2019"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _no_lexicon_override() -> Iterator[None]:
    """``framing --lexicons DIR`` sets FRAMING_LEXICONS in-process; undo it after every test.

    (monkeypatch.delenv records nothing when the variable is unset, so it
    would not remove a value the command sets during the test.)
    """
    saved = os.environ.pop("FRAMING_LEXICONS", None)
    yield
    os.environ.pop("FRAMING_LEXICONS", None)
    if saved is not None:
        os.environ["FRAMING_LEXICONS"] = saved


@pytest.fixture(scope="session")
def seed_event() -> Event:
    """The bundled Mississippi 2019 event."""
    return load_event(SEED_EVENT)


@pytest.fixture(scope="session")
def seed_docs(seed_event: Event) -> dict[str, Document]:
    """The seed articles, prepared, by article id."""
    return {a.id: prepare(a) for a in seed_event.articles}


def seed_documents() -> list[Document]:
    """The seed articles, prepared (for parametrize, outside fixtures)."""
    return [prepare(a) for a in load_event(SEED_EVENT).articles]
