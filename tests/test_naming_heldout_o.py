"""Naming held-out table O: transport accidents, islands and launches, migration at sea, Indian elections.

The table (``data/naming_heldout_o.yaml``) was written before the fix from
sentences of many house styles, none from the test events; the tuned-on table
(``data/naming_tuned_o.yaml``) holds cases from the four events the fix was
prompted by (Cordell runway overrun, Isla Verde rocket debris, the boat
capsizing off Santa Rena, the Vindhya Pradesh poll result).
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import single_article_tests, tuned_event_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_o.yaml").read_text(encoding="utf-8"))

# Rows that still miss after the fix (strict: a later fix must un-mark them).
# "train driver" is generic (train and bus drivers are named in strike and
# shortage stories too), so a rail accident told only through its driver and
# "people" chooses no topic and files them under "general". A bare "crew" counts
# only in a sentence that names a plane, ship or train ("crews contained the
# blaze" are firefighters), and "lost GPS signal on the approach" names none.
MISSES: frozenset[str] = frozenset(
    ["The train driver was among 14 people injured when ", "At least five occupants were treated for minor inj"]
)
# "infiltrators" is shared with conflict (armed infiltrators across a front line), so
# it never chooses a topic alone; in an election story the other words decide.
TOPIC_MISSES: frozenset[str] = frozenset(
    [
        "Infiltrators have been added to the voter rolls, t",
        "The train driver was among 14 people injured when ",
        "At least five occupants were treated for minor inj",
    ]
)


test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "still missed; see MISSES"
)


TUNED = yaml.safe_load((DATA / "naming_tuned_o.yaml").read_text(encoding="utf-8"))

test_tuned_event_topic, test_tuned_event_mentions_present, test_tuned_event_mentions_absent = tuned_event_tests(
    TUNED["events"]
)
