"""Naming held-out table Q2: job titles that are not names ("chief science officer", an embassy's
"labour counsellor"), an athlete's or an activity's "management", nationality + "nationals", bare
"scientists"/"researchers" in a climate story.

The table (``data/naming_heldout_q2.yaml``, 18 rows) was written before the fix. As first
written, nine rows expected what the lexicon's documented conventions never give (a topic chosen by
generic words, a modifier inside a span, a guessed label); the lead corrected those nine to the
conventions after the first measurement (the YAML header says how). On the corrected table the code
before the fix scores mentions 5/18, topic 12/18; after it, 16/18 and 16/18. The two rows still
missed are real naming choices ("climate activists" beside bare "scientists" in one sentence, a
protest word outweighing the climate one; "members of the public" is no lexicon form): strict xfails.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_q2.yaml").read_text(encoding="utf-8"))

_MISSED = (
        "Scientists at the Met Office said the heatwave had ",
        "Researchers said police officers who used body came",
)
_TOPIC_MISSED = (
        "Scientists at the Met Office said the heatwave had ",
        "Researchers said police officers who used body came",
)


MISSES = rows_opening_with(TABLE["single"], _MISSED)
TOPIC_MISSES = rows_opening_with(TABLE["single"], _TOPIC_MISSED)


test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see docstring"
)
