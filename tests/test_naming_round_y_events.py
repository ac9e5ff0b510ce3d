"""Naming on the four round-Y test events (tuned-on: these cases prompted the fix, so they are no measure).

The held-out measure is ``test_naming_heldout_y.py``. This table (``data/naming_tuned_y.yaml``) pins the
events' own cases: each event's main topic (a tariff clash is trade; an under-16 social media ban is
technology; a stabbing followed by unrest outside an asylum hotel is immigration, since every outlet names the
hotel's asylum seekers and the tabloid the suspect's crossing; a lithium mine's approval is environment), the
names the answer keys list, names that must not be found ("native title holders" are no sporting title
holders; a state "held hostage" by activists names no captive) and one-article rows for the rules the events
prompted (see lexicons/naming.yaml, round Y notes).
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import single_article_tests, tuned_event_tests

TUNED = yaml.safe_load((DATA / "naming_tuned_y.yaml").read_text(encoding="utf-8"))

test_tuned_event_topic, test_tuned_event_mentions_present, test_tuned_event_mentions_absent = tuned_event_tests(
    TUNED["events"]
)

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TUNED["single"], frozenset(), frozenset(), "unused: no row is a known miss"
)
