"""Naming held-out table Z: tractor protests, a pension strike, gig work, a prison hunger strike, cartels, a coup.

The table (``data/naming_heldout_z.yaml``) was written before the fix from sentences of many house styles,
none from the test events; see its header. Before the fix: mentions 20/37, topic 26/37.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_z.yaml").read_text(encoding="utf-8"))

_MISSED: tuple[str, ...] = (
    'Agitators posing as farmers have held th',
    'Gig workers rallied outside the labour d',
    'He railed against what he called "Big Ph',
    'Narco-terrorists have turned the border ',
    'Platform workers in Nairobi switched off',
    'Police evicted the occupiers of the form',
    'Protesters, whom the minister branded "a',
    'Settlers torched cars in the village ove',
    'Suspected cartel members were arrested a',
    "The farmers' market on Main Street reope",
    'The hunger strikers are political prison',
    'The junta has dissolved parliament and s',
    'The military government promised electio',
    'The platform insists the people who use ',
    'Thousands of Varenians queued at the bor',
    'Varenian nationals make up a third of th',
    'Young Dorvanians have led the protests a',
)

MISSES = rows_opening_with(TABLE["single"], _MISSED)
TOPIC_MISSES = rows_opening_with(TABLE["single"], (
    'The platform insists the people who use ',
    'Gig workers rallied outside the labour d',
    'Platform workers in Nairobi switched off',
    'The hunger strikers are political prison',
    'Narco-terrorists have turned the border ',
    'Suspected cartel members were arrested a',
    'Settlers torched cars in the village ove',
    'Police evicted the occupiers of the form',
    'The junta has dissolved parliament and s',
    'The military government promised electio',
    'Varenian nationals make up a third of th',
))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see docstring"
)
