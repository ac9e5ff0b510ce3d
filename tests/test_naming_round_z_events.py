"""Naming on the four round-Z test events (tuned-on: these cases prompted the fix, so they are no measure).

The held-out measure is ``test_naming_heldout_z.py``. This table (``data/naming_tuned_z.yaml``) pins the
events' own cases: each event's main topic (a ferry capsize is a disaster; a pension-age strike is protest;
a crypto exchange's collapse is finance; a Sahel coup is conflict), the names the answer keys list, names
that must not be found ("passenger ferry" and "passenger capacity" are things; a coup's officers are no
police; "remain spectators" names no audience) and one-article rows for the rules the events prompted (see
lexicons/naming.yaml, round Z notes). ``known_misses`` are strict xfails, each with its reason.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tests.conftest import DATA
from tests.naming_tables import missing_present, single_article_tests, tuned_event_tests

TUNED = yaml.safe_load((DATA / "naming_tuned_z.yaml").read_text(encoding="utf-8"))

test_tuned_event_topic, test_tuned_event_mentions_present, test_tuned_event_mentions_absent = tuned_event_tests(
    TUNED["events"]
)

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TUNED["single"], frozenset(), frozenset(), "unused: no row is a known miss"
)


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=r["reason"])) for r in TUNED["known_misses"]],
    ids=[r["present"][0][1] for r in TUNED["known_misses"]],
)
def test_known_misses(row: dict[str, Any]) -> None:
    assert missing_present(row) == []
