"""Round AH of framing.entities: the UN member states and observers the
gazetteer's places lacked, in invented sentences. A country that opens a
sentence or stands where no other cue marks it ("Morocco went to the polls")
is found only if the gazetteer lists it; the official and older forms
("Czechia", "DR Congo", "Burma", "Türkiye") fold onto the press's short form;
controls keep a person named Jordan or Chad, Georgia the US state and
"turkey" the bird. The quote rows check that a nationality adjective before
"President" makes a head of state only when the gazetteer lists it as a
demonym ("Zambian President X").

The table (tests/data/entities_countries.yaml) was measured on the code before
the round first: 20/49 names, 1/5 quotes; after the gazetteer's round AH
(countries, aliases, demonyms) 46/49 names, 5/5 quotes, with Jordan, Chad and
Guinea listed; listing them broke a person's back-reference "Jordan" and
"Guinea pigs" opening a sentence (both right before), so the three are left
out as speaker_roles' seats of government leave them out: still 46/49, the misses
(Côte d'Ivoire, "Jordan said ..." and "Chad and Niger ..." alone at a
sentence's start) strict xfails with their reasons.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.entities_tables import names, table_cases
from tests.quotes_tables import check_case

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_countries.yaml"

KNOWN_MISSES: dict[str, str] = {
    "Côte d'Ivoire": "a lower-case word inside a name ('d'Ivoire') ends the capitalised run, so the listed "
                     "name is never read whole; needs a rule in framing.entities, not a gazetteer entry",
}
# The quote rows (all read right): each row's quotes, in order, with speaker and role.
QUOTE_ROWS: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))["quotes"]


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, KNOWN_MISSES))
def test_extract_entities_countries(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("row", QUOTE_ROWS, ids=[row["text"][:40] for row in QUOTE_ROWS])
def test_quotes_demonym_president(row: dict[str, Any]) -> None:
    check_case(row)
