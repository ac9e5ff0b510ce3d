"""Naming table AG: error classes a hand check of real articles found, in sentences of my own.

The table (``data/naming_real_ag.yaml``) restates each class (a word that names no person: a
platform as the place something is posted, "individual" as an adjective, a people word before
"justice" or "bodies"; one named person's title or job: a police "Superintendent", a "chief
-executive" split by a stray hyphen, an appositive job and a second job; topic: a victim's parents
in a crime story, a boss's "our boys" in a mine disaster) with controls; see its header.
Before the fix (code as it stands): mentions 12/23, topic 19/23. After: mentions 22/23, topic 23/23; one row added after the fix (a council's "District"), 23/24 and 24/24.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_real_ag.yaml").read_text(encoding="utf-8"))

# Each still missed, with why (one line each):
KNOWN_MISSES: dict[str, str] = {
    '"We have to get our boys back," the owner of the m': "with war glory vetoed, 'boys' is read as children (grown miners)",
}
TOPIC_KNOWN_MISSES: dict[str, str] = {}

MISSES = rows_opening_with(TABLE["single"], tuple(KNOWN_MISSES))
TOPIC_MISSES = rows_opening_with(TABLE["single"], tuple(TOPIC_KNOWN_MISSES))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see KNOWN_MISSES"
)
