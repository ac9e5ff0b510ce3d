"""Naming on the four round-W test events (tuned-on: these cases prompted the fix, so they are no measure).

The held-out measure is ``test_naming_heldout_w.py``. This table (``data/naming_tuned_w.yaml``) pins the
events' own cases: each event's main topic (a rifle-ban vote is a gun-law story, not a crime story; a hospital
ransomware attack is cyber; Kenya's tax protests are protest; Queensland's youth-detention laws are crime), the
names the answer keys list, names that must not be found, and one-article rows for the two rules the events
prompted (a ``borrowed`` word and an ``unless`` veto; see lexicons/naming.yaml).
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import single_article_tests, tuned_event_tests

TUNED = yaml.safe_load((DATA / "naming_tuned_w.yaml").read_text(encoding="utf-8"))

test_tuned_event_topic, test_tuned_event_mentions_present, test_tuned_event_mentions_absent = tuned_event_tests(
    TUNED["events"]
)

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TUNED["single"], frozenset(), frozenset(), "unused: no row is a known miss"
)
