"""Naming table AG: error classes a hand check of real articles found, in sentences of my own.

The table (``data/naming_real_ag.yaml``) restates each class (a word that names no person: a
platform as the place something is posted, "individual" as an adjective, a people word before
"justice" or "bodies"; one named person's title or job: a police "Superintendent", a "chief
-executive" split by a stray hyphen, an appositive job and a second job; topic: a victim's parents
in a crime story, a boss's "our boys" in a mine disaster) with controls; see its header.
Before the fix (code as it stands): mentions 12/23, topic 19/23.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_real_ag.yaml").read_text(encoding="utf-8"))

# Each still missed, with why (one line each):
KNOWN_MISSES: dict[str, str] = {
    "Within minutes the decision was trending on social": "a platform something trends on is counted as the companies",
    "Clips of the rally spread quickly across video pla": "a platform something spreads across is counted as the companies",
    "The federation may still clear individual Tarsian ": "'individual' before a noun is read as a person",
    "Officials will review individual cases one by one.": "'individual' before a noun is read as a person",
    "Prosecutors in Velmora are accused of 'hostage jus": "'hostage' modifying 'justice' is read as a captive",
    "The minister met vice-chancellors and student bodi": "'student' modifying 'bodies' is read as students",
    "Police confirmed the search had ended. Superintend": "a police superintendent is read as a school district's",
    "But it came down to one line, read out by Carla Me": "a stray hyphen keeps 'chief' from blocking 'executive'",
    "Added Tomas Lindqvist, a Harlow University profess": "an appositive job with a second bare job reads as a list",
    "Her parents wept in court as the killers of the 19": "a named student makes a victim's parents a school's",
    '"We have to get our boys back," the owner of the m': "'our boys' is war glory in a story with no war",
}
TOPIC_KNOWN_MISSES: dict[str, str] = {
    "The minister met vice-chancellors and student bodi": "'student bodies' votes for education",
    "Police confirmed the search had ended. Superintend": "a police superintendent votes for education",
    "But it came down to one line, read out by Carla Me": "'chief -executive' votes for labour",
    '"We have to get our boys back," the owner of the m': "'our boys' votes for conflict in a story with no war",
}

MISSES = rows_opening_with(TABLE["single"], tuple(KNOWN_MISSES))
TOPIC_MISSES = rows_opening_with(TABLE["single"], tuple(TOPIC_KNOWN_MISSES))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see KNOWN_MISSES"
)
