"""Naming table AI: two error classes seen on real articles of an unseen set, in sentences of my own.

The table (``data/naming_real_ai.yaml``) restates each class (a province's, county's or region's
administrator read as a school's; management as an activity after "further", "proper", "poor";
a people word before a noun it only describes: "civilian cases", "employee organisations", "resident
coordinator") with controls; see its header. Before the fixes (code as it stands): mentions 8/17,
topic 11/17. After: 17/17 and 17/17.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_real_ai.yaml").read_text(encoding="utf-8"))

# Each still missed, with why (one line each):
KNOWN_MISSES: dict[str, str] = {}
TOPIC_KNOWN_MISSES: dict[str, str] = {}

MISSES = rows_opening_with(TABLE["single"], tuple(KNOWN_MISSES))
TOPIC_MISSES = rows_opening_with(TABLE["single"], tuple(TOPIC_KNOWN_MISSES))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see KNOWN_MISSES"
)
