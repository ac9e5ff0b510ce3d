"""Naming table AE: error classes a hand check of real articles found, in sentences of my own.

The table (``data/naming_real_ae.yaml``) restates each class (a law's or a union's capitalised name,
a firm's "parent", "a good candidate for" a thing, "terrorist" before a thing, a cleric, a tourist, the
age-plus-noun convention) with controls; see its header. Before the fix: mentions 8/22, topic 16/22.
After: mentions 21/22, topic 22/22.

Rules: proper-name heads ordinance/decree/statute; a name's first capitalised word may be possessive
("Manufacturers Workers' Union"); "its parent" and "parent, X Holdings" are a firm's owner; "candidate
for" anything but an office is no election word; "terrorist" before conspiracy/offences/links/... names
no one; "cleric" (with a faith word in the span) is faith-identity; "tourist" is a traveller.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_real_ae.yaml").read_text(encoding="utf-8"))

# Each still missed, with why (one line each):
KNOWN_MISSES: dict[str, str] = {
    "Drivers stuck on the ring road sounded their horns": (
        'the lexicon files plural "drivers" under `owner` by design (a recall\'s road users); moving it to '
        "`travellers` would refile every recall story's drivers, and needs a sense rule not written this round"
    ),
}
TOPIC_KNOWN_MISSES: dict[str, str] = {}

MISSES = rows_opening_with(TABLE["single"], tuple(KNOWN_MISSES))
TOPIC_MISSES = rows_opening_with(TABLE["single"], tuple(TOPIC_KNOWN_MISSES))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see KNOWN_MISSES"
)
