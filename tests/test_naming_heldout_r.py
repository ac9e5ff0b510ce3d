"""Naming held-out table R: rail strikes (rail workers, cheminots, union barons, militants, Brits), criminal
justice (the person convicted, killer, teen thug, the slain teen, children charged as adults), Indigenous
peoples (members of the First Nation, Elders, knowledge keepers, land defenders), evacuations (townsfolk,
the displaced), football crowds (ultras, the faithful, racist supporters, a small minority, Black players)
and a generic job word in an appositive ("Haddad, 29, a nurse"), which is biography, not a name.

The table (``data/naming_heldout_r.yaml``, 28 rows) was written before the fix; see its header.
Before the fix: mentions 1/28, topic 18/28.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_r.yaml").read_text(encoding="utf-8"))

# "Grieving mum" and "the victim's mom" pass since round U ("mum" and "mom" are forms of "mother"), and so
# does "Hooligans ... onto the pitch" (the crowd words are sport's own where a football ground is named).
_MISSED: tuple[str, ...] = ()
_TOPIC_MISSED: tuple[str, ...] = ()


MISSES = rows_opening_with(TABLE["single"], _MISSED)
TOPIC_MISSES = rows_opening_with(TABLE["single"], _TOPIC_MISSED)


test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see docstring"
)
