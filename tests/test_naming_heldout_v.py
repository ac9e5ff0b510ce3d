"""Naming held-out table V: asylum, protest, disaster and sport-betting names of round V.

The table (``data/naming_heldout_v.yaml``, 28 rows) was written before the fix from sentences of many house
styles, none from the test events; see its header. Before the fix: mentions 8/28, topic 20/28 (as first written:
7/28 and 18/28; two expectations were corrected after the first run because they ignored older lexicon decisions,
each row says which). After: mentions 28/28, topic 28/28.

Decisions (documented in lexicons/naming.yaml): Ireland's "international protection applicants" and the
person-first "people seeking asylum" / "those seeking international protection" are `migration` status names;
"unvetted military-aged males", "unvetted men" and "single adult males" are a loaded immigration category of their
own (`migrant-threat`), with a mobilisation story's "military-aged men barred from leaving" left out; "concerned
locals" joins "concerned citizens" (citizen-framing) while bare "locals" stays neutral; "hard-working drivers" is
the "hard-working families" appeal; "anti-immigration protesters" is one participant name; "furious motorists" is
a generic `disrupted-public` name (the protest paradigm's bystander), "stranded motorists" is not; tabloid
"militants" for protesters are protest's `delegitimizing` when protest is the main topic; Spanish "damnificados"
is disaster-affected, "campesinos" and "comuneros" neutral; "bookies", "bookmakers", "punters" are a generic
`betting` category (a bookmaker followed by a company name, or "shares in bookmakers", is a market), and
"corrupters", "match-fixers", "illegal betting syndicate" sport's `corrupter`. A player's position ("the pacer")
and "the duo" name no group.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_v.yaml").read_text(encoding="utf-8"))

_MISSED: tuple[str, ...] = ()

MISSES = rows_opening_with(TABLE["single"], _MISSED)
TOPIC_MISSES: frozenset[str] = frozenset()

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see docstring"
)
