"""Naming on the four round-X test events (tuned-on: these cases prompted the fix, so they are no measure).

The held-out measure is ``test_naming_heldout_x.py``. This table (``data/naming_tuned_x.yaml``) pins the
events' own cases: each event's main topic (a singer's civil assault trial is a crime story, not a sport one;
a prisoner-for-captive exchange is conflict; a university strike is education; a drug price cap is health),
the names the answer keys list, names that must not be found, and one-article rows for the rules the events
prompted (sport's "fans" and "star" vetoed in a story about a singer or actor, ``unless``; crime's "gunmen"
and "prisoners" lent to war in a truce story, ``borrowed``; the tabloid's hair-colour noun against the
adjective; see lexicons/naming.yaml).
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import single_article_tests, tuned_event_tests

TUNED = yaml.safe_load((DATA / "naming_tuned_x.yaml").read_text(encoding="utf-8"))

test_tuned_event_topic, test_tuned_event_mentions_present, test_tuned_event_mentions_absent = tuned_event_tests(
    TUNED["events"]
)

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TUNED["single"], frozenset(), frozenset(), "unused: no row is a known miss"
)
