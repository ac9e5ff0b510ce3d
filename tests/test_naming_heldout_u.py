"""Naming held-out table U: the known gaps of rounds R to T.

Mothers named "mum"/"mom", borrowers in a rates story, "peaceful protesters", plural "communities" and "our
communities", with look-alikes ("Mom-and-pop shops", "kept mum", "borrowing costs", "the international
community", "Communities Secretary", a priest's title "Father Tomas Reyes").

The table (``data/naming_heldout_u.yaml``, 20 rows) was written before the fix from sentences of many house
styles, none from the test events; see its header. Before the fix: mentions 9/20, topic 18/20. After: mentions
20/20, topic 20/20.

Decisions (documented in lexicons/naming.yaml): "mum"/"mom" are forms of "mother"; bare "borrowers" counts only in
a finance story and is finance's own word where rates, mortgages, loans or lenders are named (so a sentence of
loan terms alone names no one); "peaceful protesters" is an evaluative set phrase and a term of its own, kept in
`participant` so category counts do not move; plural "communities" is neutral-person, the singular collectives
are not; a capitalised kinship word before a name is a religious title; in an abortion story a bare "mother(s)"
with no one's child named is the pro-life name for pregnant women (``pregnant-women``), "her mother" stays family;
"thugs" and "hooligans" are sport's own where a football ground is named. ``rules`` (written after the fix) test
the edges of these rules; the one strict xfail there is a sentence-opening "Mothers for Justice said".
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_u.yaml").read_text(encoding="utf-8"))

_MISSED: tuple[str, ...] = ()

MISSES = rows_opening_with(TABLE["single"], _MISSED)
TOPIC_MISSES: frozenset[str] = frozenset()

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see docstring"
)

RULE_MISSES = rows_opening_with(TABLE["rules"], ("Mothers for Justice said",))

test_rule_mentions, test_rule_topic = single_article_tests(
    TABLE["rules"], RULE_MISSES, frozenset(), "an organisation's name opening a sentence with nothing after it"
)
