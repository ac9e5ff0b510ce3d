"""Round AG of framing.entities: error classes G1-G5 of a hand check of the
tool's output on 32 real news articles of 16 events, rebuilt in invented
sentences: one name read as two rows ("Mt."/"Mount", "Health Ministry"/
"Ministry of Health", a prosecutors' office with and without "Public", a
district cut before "Mayor"), names missed (a country the gazetteer lacks, a
hyphenated party), wrong kinds (a party before "party", "the state of X",
diseases and spacecraft read as bodies, a company with a person's name), junk
(a time zone, an abbreviation of lower-case words, "No Plan B", a plural
title, a social-media handle, a prize's field, "Added" glued to a name, "PM"
before a surname, two persons joined by "and") and a body's name with "and"
inside split in two.

The table (tests/data/entities_real_ag.yaml) was measured on the code before
the round first (7/30), 12/30 after; the misses that remain are strict xfails
with their reasons.
"""

from __future__ import annotations

from pathlib import Path

from tests.entities_tables import table_tests

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_real_ag.yaml"

KNOWN_MISSES: dict[str, str] = {
    "NRP-Alliance chairman": 'a hyphenated capitalised compound is read as a modifier, not a name',
    "Passengers on Harold": "a firm with a person's shape needs 'the company' read back to it; no rule does that",
    "Reporters Anna Berg": "the two persons are now split and the job word cut, but 'Church' as an org word "
                           "still makes the second person a body",
}
KNOWN_MISSES_MERGES: dict[str, str] = {
    "The Harlow District": "no rule folds a body's name with an extra word and a possessive onto the other",
}


test_extract_entities_real_ag, test_compare_entities_real_ag = table_tests(TABLE, KNOWN_MISSES, KNOWN_MISSES_MERGES)
