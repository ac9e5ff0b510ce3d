"""Naming held-out table T2 (second pass of round T): disaster victims, survivors and evacuees in any country,
flood-hit and storm-affected people, people "affected by" a named hazard, displaced families in a flood story (with
war and crime look-alikes that keep their own topics); a job in a biography ("Chen Mei, a 52-year-old primary school
teacher", "A former nurse, she ...", "said the retired teacher") that is no naming choice, against plural and listed
jobs that are; "the faithful" at Mass or in prayer (believers) against the party faithful; a victim's mother.

The table (``data/naming_heldout_t2.yaml``, 28 rows) was written before the fix from sentences of many house styles,
none from the test events; see its header. Before the fix: mentions 9/28, topic 11/28. After: mentions 28/28,
topic 28/28. The round-T events' own cases are in the tuned-on table (``data/naming_tuned_t.yaml``, read by
``tests/test_naming_heldout_t.py``).
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_t2.yaml").read_text(encoding="utf-8"))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], frozenset(), frozenset(), "a naming choice still missed; see docstring"
)
