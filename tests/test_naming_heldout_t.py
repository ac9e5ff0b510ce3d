"""Naming held-out table T: abortion and reproductive rights, gender identity in sport and beyond, protests (Gen Z
protesters, anarchists, hired goons) and informal settlers; with look-alikes ("trans fats", "the Pro-Life Action
League", "abortion pills").

The table (``data/naming_heldout_t.yaml``, 35 rows) was written before the fix from sentences of many house styles,
none from the test events; see its header. Before the fix: mentions 2/35, topic 6/35. After: mentions 34/35,
topic 35/35. Round U made "peaceful protesters" a term of its own (an evaluative set phrase, like "hard-pressed
families", kept in `participant`), so the last strict xfail passes: 35/35.

The tuned-on table (``data/naming_tuned_t.yaml``) holds cases from the four round-T events.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests, tuned_event_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_t.yaml").read_text(encoding="utf-8"))

_MISSED: tuple[str, ...] = ()

MISSES = rows_opening_with(TABLE["single"], _MISSED)
TOPIC_MISSES: frozenset[str] = frozenset()

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see docstring"
)

TUNED = yaml.safe_load((DATA / "naming_tuned_t.yaml").read_text(encoding="utf-8"))

test_tuned_event_topic, test_tuned_event_mentions_present, test_tuned_event_mentions_absent = tuned_event_tests(
    TUNED["events"]
)
