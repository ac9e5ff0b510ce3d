"""Round AI of framing.entities: more rows, in invented sentences, for the
error classes of round AG's table (tests/data/entities_real_ag.yaml) that were
still strict xfails ("Mt." and "Mount", "<X> Ministry" and "Ministry of <X>",
"<Name> District <title>", an @handle, a prize's field, a glued speech verb,
"PM", "Plan B", a plural title, a job word before two persons, "and" inside a
body's name, a party before "party", "the town of X") and for Jordan, Chad
and Guinea as countries beside persons named so and "Guinea fowl".

The table (tests/data/entities_real_ai.yaml) was measured on the code before
the round first (13/39), 34/39 after; the misses that remain are strict xfails with their
reasons.
"""

from __future__ import annotations

from pathlib import Path

from tests.entities_tables import table_tests

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_real_ai.yaml"

KNOWN_MISSES: dict[str, str] = {
    "Relief reached the camp, Orlo": "'District Commissioner' is read as one title, as 'District Attorney' is; "
                                      "only a mayor's or a governor's district is kept whole",
}
KNOWN_MISSES_MERGES: dict[str, str] = {
}


test_extract_entities_real_ai, test_compare_entities_real_ai = table_tests(TABLE, KNOWN_MISSES, KNOWN_MISSES_MERGES)
