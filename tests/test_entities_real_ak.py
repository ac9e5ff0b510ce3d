"""Round AK of framing.entities: invented sentences of the shapes that went
wrong on a set of unseen real articles (Argentine, Thai, Trinidadian, Canadian,
Indonesian, Korean, Mexican and Japanese outlets): photo credits and
syndication lines, titles of works, place-shaped names read as bodies, a
headline fragment, a rank abbreviation, a party slate, two spellings of one
surname, a descriptor, a law and "a <City> Office"; with controls.

The table (tests/data/entities_real_ak.yaml) was measured on the code before
the round first (11/31), 27/34 after (three rows added after the first fixes, all
misses on the code before); the misses that remain are strict xfails with their
reasons.
"""

from __future__ import annotations

from pathlib import Path

from tests.entities_tables import table_tests

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_real_ak.yaml"

KNOWN_MISSES: dict[str, str] = {
    "Marta Quiroga, the port director, speaks in Rosario on Monday. Picture": "framing.prepare sets a caption line with its credit aside as no content "
        "(outside framing.entities); the caption's person is lost with it",
    "Divers reached the boys": "'<Name> Cave' is read as a person",
    "The boys of the Ban Na (Red Tiger)": "a bracketed nickname splits the academy's name; the nickname is read as a person",
    "The team spoke at a meeting of his Team": "a party slate 'Team <Word> and <Surname>' is read as a person",
    "The firm also has a head office": "'a <City> Office' is read as a body",
    "The studio was founded in 1975": "'<Name> Pro' is cut to the name and read as a person",
}
KNOWN_MISSES_MERGES: dict[str, str] = {
    "Prime Minister Alan Mercer": "the slate 'Team Blue and Mercer' is read as a person and takes the surname",
}


test_extract_entities_real_ak, test_compare_entities_real_ak = table_tests(TABLE, KNOWN_MISSES, KNOWN_MISSES_MERGES)
