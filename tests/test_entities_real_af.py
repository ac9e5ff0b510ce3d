"""Round AF of framing.entities: error classes E1-E5 of a hand check of the
tool's output on 16 real news articles of 8 events, rebuilt in invented
sentences: a person after "<BODY> President" or in a ban sentence read as a
body, a castle after "crowded" read as a person, capitalised common words
("Price" after a headline's colon, "the Federal Government", "General
Election") read as persons, adjectives glued to names (a sentence-initial
participle, a nationality before "Parliamentary", "South American", a
religion before a country), "<Name> of <Place>" as one person, a
sentence-initial adverb before a comma, a minister's portfolio words read as
bodies, a comma list inside a body's name, a generational suffix and a
country's institution not merged, a storm's name read as a body, a
country's constitution read as a body, and "Labour" for organised labour.

The table (tests/data/entities_real_af.yaml) was measured on the old code
first (17/34; with the rows added during the round, 20/39 on the old code and
38/39 after). The miss that remains is a strict xfail with its reason.
"""

from __future__ import annotations

from pathlib import Path

from tests.entities_tables import table_tests

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_real_af.yaml"

KNOWN_MISSES: dict[str, str] = {
    "Organised labour rejected": "'Labour' alone is the party in the gazetteer; nothing in the rules reads "
                                 "an article's 'organised labour' as what the bare word refers back to",
}
KNOWN_MISSES_MERGES: dict[str, str] = {}


test_extract_entities_real_af, test_compare_entities_real_af = table_tests(TABLE, KNOWN_MISSES, KNOWN_MISSES_MERGES)
