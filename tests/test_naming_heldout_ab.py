"""Naming held-out table AB: a tower-block fire, kidnapped pupils, fuel protests, a stampede, an arrest, gangs, a pilots' strike.

The table (``data/naming_heldout_ab.yaml``) was written before the fix from sentences of many house styles,
none from the test events; see its header. It covers round AB's two known gaps: Indian English "officers"
(government officials, told from police by the words around them) and a piece of software named as a platform
("the Tox messaging platform"). Before the fix: mentions 19/35, topic 29/35; two expectations were then changed
to follow conventions the lexicon had fixed (see the table's header), on which the old code scored mentions
20/35, topic 30/35. After: mentions 32/35, topic 34/35.

Rules (lexicons/naming.yaml, round AB notes): "officer" after a civil-service word ("government", "block-level",
"bank", "IAS", "municipal", "integrity", "education" ...) or before "of/from/at" a civil body ("officers of the
revenue department", "officers of the municipal corporation") is an official, not police; a singular "messaging/
video/social media platform" on/via/through which something happens, or after its name ("the Tox messaging
platform"), is software (term "online platform"); "bandits" (offender-label), "kidnappers"/"abductors"
(accused), "vandals" (delegitimizing), "young men/women" (young people),
"council-house occupants"/"council tenants" (tenant), "striking crews" (strike-participant).
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_ab.yaml").read_text(encoding="utf-8"))

# Each still missed, with why (one line each):
KNOWN_MISSES: dict[str, str] = {
    "The young men drawn into the gangs are not thugs": (
        '"thugs" is shared by protest, crime, elections and sport; a lone sentence with no topic words of its own '
        "files it by lexicon order (protest); a whole gang story's crime words file it under crime"
    ),
    "Rioters torched two filling stations in Peshawar, ": (
        'plain "motorists" is left out: an older table (naming_disaster_protest_strike_heldout, "infuriating '
        'motorists") fixed that only the loaded "furious motorists" names the disrupted public; see the report'
    ),
    "Pilots at Aer Caoimhe will walk out for eight hour": (
        'a crew word ("Pilots", disaster) and a union word ("union members", labour) tie one to one and lexicon '
        'order makes it a disaster story; "walk out" and "pay offer" are no naming words, so the holidaymakers '
        "are filed under disaster too"
    ),
}
TOPIC_KNOWN_MISSES: dict[str, str] = {
    "Pilots at Aer Caoimhe will walk out for eight hour": KNOWN_MISSES["Pilots at Aer Caoimhe will walk out for eight hour"],
}

MISSES = rows_opening_with(TABLE["single"], tuple(KNOWN_MISSES))
TOPIC_MISSES = rows_opening_with(TABLE["single"], tuple(TOPIC_KNOWN_MISSES))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see KNOWN_MISSES"
)
