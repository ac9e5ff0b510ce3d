"""Naming table AM: the verb "suspect" read as a suspect, and the noun "accused" after an ordinal or a number.

The table (``data/naming_verbs_am.yaml``) restates each class in sentences of my own, with controls;
see its header. Before the fixes (code as it stands): mentions 8/19, topic 8/19.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_verbs_am.yaml").read_text(encoding="utf-8"))

# Each still missed, with why (one line each):
KNOWN_MISSES: dict[str, str] = {
    "Police suspect arson after the warehouse burned dow": "M1 the verb 'suspect' read as a suspect",
    "Investigators suspect the blaze was started deliber": "M1 the verb 'suspect' read as a suspect",
    "Doctors suspect cholera, and the clinic has asked v": "M1 the verb 'suspect' read as a suspect",
    "We suspect foul play, a relative of the missing fis": "M1 the verb 'suspect' read as a suspect",
    "She suspects her former business partner of taking": "M1 the verb 'suspects' read as a suspect",
    "Officials now suspect that a faulty valve caused th": "M1 the verb 'suspect' read as a suspect",
    "A fifth accused was arrested in the capital on Mond": "M2 'accused' after an ordinal missed",
    "The first accused told the court he had been beaten": "M2 'accused' after an ordinal missed",
    "The second and third accused were granted bail by t": "M2 'accused' after an ordinal missed",
    "His co-accused denied all the charges against them.": "M2 'co-accused' missed",
    "Two accused were freed after the witnesses failed t": "M2 'accused' after a number missed",
}
TOPIC_KNOWN_MISSES: dict[str, str] = dict(KNOWN_MISSES)  # each miss also gives the story the wrong topic

MISSES = rows_opening_with(TABLE["single"], tuple(KNOWN_MISSES))
TOPIC_MISSES = rows_opening_with(TABLE["single"], tuple(TOPIC_KNOWN_MISSES))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see KNOWN_MISSES"
)
