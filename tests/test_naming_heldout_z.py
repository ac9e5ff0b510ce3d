"""Naming held-out table Z: tractor protests, a pension strike, gig work, a prison hunger strike, cartels, a coup.

The table (``data/naming_heldout_z.yaml``) was written before the fix from sentences of many house styles,
none from the test events; see its header. Before the fix: mentions 20/37, topic 26/37. No expectation was changed after the first run. After: mentions
37/37, topic 37/37.

Rules (lexicons/naming.yaml, round Z notes): a capitalised word shaped like a nationality that no term lists
("Varenian nationals", "Thousands of Varenians", "young Dorvanians") matches where a listed one would
(`demonyms`, framing.naming._matching_words); a scare quote after "what he called", "whom the minister
branded" is the subject's words (quoted voice); a plural possessive before a body's head noun ("a parents'
group", "the farmers' market") names the body; "Thousands of" opening a sentence starts no proper name.
New words: "gig workers" and "platform workers" (precarious-work), "independent contractors"
(contractor-label), "hunger strikers" (protest participant), "narco-terrorists" (terror-label), "cartel
members" and "gang members" (offender-label), "settlers" (settler-label), "the junta", "the military
government", "coup leaders" (military-rulers); a capital or region "held hostage" is a metaphor; "occupiers
of the former bank building" are no army.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_z.yaml").read_text(encoding="utf-8"))

_MISSED: tuple[str, ...] = ()

MISSES = rows_opening_with(TABLE["single"], _MISSED)
TOPIC_MISSES: frozenset[str] = frozenset()

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see docstring"
)
