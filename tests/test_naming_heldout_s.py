"""Naming held-out table S: a product recall (owners, drivers, early adopters, fanboys), a central bank's rate
rise (borrowers, mortgage holders, households, hard-pressed families, rate-setters, hawks and doves, "Bank
bosses", unelected economists, a "note to clients" that names no one), a township water outage (gogos, our
people, communities) and deportation flights (deportados, criminal illegal aliens, noncitizens), with
look-alikes ("war hawks", "the international community", "Gogo" as a title before a name).

The table (``data/naming_heldout_s.yaml``, 26 rows) was written before the fix; see its header.
Before the fix: mentions 7/26, topic 19/26. After: mentions 22/26, topic 25/26.
Round U: bare "borrowers" counts in a finance story and is finance's own word where rates, mortgages, loans or
lenders are named (so "Borrowers will repay the principal", an education table's row, still names no one), and
plural "communities" is a neutral-person term; all 26 rows pass.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_s.yaml").read_text(encoding="utf-8"))

# "Sun Li, a 41-year-old teacher" (a job in a biography) passes since round T's appositive rule.
# Bare "borrowers" in a rates story and plural "communities" pass since round U.
_MISSED: tuple[str, ...] = ()
_TOPIC_MISSED: tuple[str, ...] = ()


MISSES = rows_opening_with(TABLE["single"], _MISSED)
TOPIC_MISSES = rows_opening_with(TABLE["single"], _TOPIC_MISSED)


test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see docstring"
)
