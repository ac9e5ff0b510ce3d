"""Naming on the three round-AA test events (tuned-on: these cases prompted the fix, so they are no measure).

The held-out measure is ``test_naming_heldout_aa.py``. This table (``data/naming_tuned_aa.yaml``) pins the
events' own cases: each event's main topic (a hospital ransomware attack is cyber; a dam burst is a disaster;
a TV debate is an election), the names the answer keys list where they follow the module's conventions, names
that must not be found (Ontario "will not be held hostage"; "Opposition health critic Priya Sandhu" is a
portfolio; "executive engineer" is a grade; "student rooms" are housing; "Civic Union officials" are a
party's) and one-article rows for the rules the events prompted (see lexicons/naming.yaml, round AA events
notes). ``known_absent_misses`` are strict xfails, each with its reason.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tests.conftest import DATA
from tests.naming_tables import found_absent, single_article_tests, tuned_event_tests

TUNED = yaml.safe_load((DATA / "naming_tuned_aa.yaml").read_text(encoding="utf-8"))

test_tuned_event_topic, test_tuned_event_mentions_present, test_tuned_event_mentions_absent = tuned_event_tests(
    TUNED["events"]
)

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TUNED["single"], frozenset(), frozenset(), "unused: no row is a known miss"
)


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=r["reason"]))
        for r in TUNED["known_absent_misses"]
    ],
    ids=[f'{r["absent"][0]}-{r["absent"][1]}' for r in TUNED["known_absent_misses"]],
)
def test_known_absent_misses(row: dict[str, Any]) -> None:
    assert found_absent({"event": row["event"], "absent": [row["absent"]]}) == []
