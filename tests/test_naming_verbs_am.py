"""Naming table AM: the verb "suspect" read as a suspect, the noun "accused" after an ordinal or a number, a trade's "drivers".

The table (``data/naming_verbs_am.yaml``) restates each class in sentences of my own, with controls;
see its header. M1-M2 before the fixes: mentions 8/19, topic 8/19; after: 19/19 and 19/19. M3 before: 2/5 and 5/5; after: 5/5 and 5/5.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_verbs_am.yaml").read_text(encoding="utf-8"))

# Each still missed, with why (one line each):
KNOWN_MISSES: dict[str, str] = {}
TOPIC_KNOWN_MISSES: dict[str, str] = {}

MISSES = rows_opening_with(TABLE["single"], tuple(KNOWN_MISSES))
TOPIC_MISSES = rows_opening_with(TABLE["single"], tuple(TOPIC_KNOWN_MISSES))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see KNOWN_MISSES"
)
