"""Round AJ of framing.entities: invented sentences of the shapes that went
wrong on a set of unseen real articles (African, Pacific, Gulf and European
outlets): titles and offices read as persons, "South and Southeast Asia", a
demonym's plural, "<Name> Line", "Mt <Name>", a country's abbreviation, a
department's portfolio, half a hyphenated surname, ALL-CAPS headline words,
a board named alone, "Hajji <Surname>" and a magazine; with controls.

The table (tests/data/entities_real_aj.yaml) was measured on the code before
the round first (15/37), 40/41 after (four rows added after the first fixes,
three of them misses on the code before); the miss that remains is a strict
xfail with its reason.
"""

from __future__ import annotations

from pathlib import Path

from tests.entities_tables import table_tests

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_real_aj.yaml"

KNOWN_MISSES: dict[str, str] = {
    "Doctors from the DRC": "'DRC' is left out of the gazetteer's aliases by design (a FEMA disaster "
                            "recovery centre in US copy); no rule yet reads it by its sentence",
}
KNOWN_MISSES_MERGES: dict[str, str] = {
}


test_extract_entities_real_aj, test_compare_entities_real_aj = table_tests(TABLE, KNOWN_MISSES, KNOWN_MISSES_MERGES)
