"""Round AM (families of wrong rows on real articles) of framing.entities: invented sentences
in the shapes of the families of wrong entity rows found by hand on 16 real events, several
rows per family across Englishes, with controls that must stay as they are.

Families: a weekday or month glued after a place ("in Kelso Tuesday"); "<Place>'s <Body>"
with its owner glued in; a descriptor noun before a person ("Diver", "Terrorist"); a body's
name running into the person after it; a fragment of a longer name ("Federal Territory",
"St David's Day", "Sri X"); common words, codes and aircraft models read as names; the wrong
broad kind; and (merges) one body, person or place written two ways across outlets.

The table (tests/data/entities_probe_am.yaml) was measured on the code before the round:
25/62; the misses are strict xfails with their family. Fourteen rows added with the fixes
(three controls that passed before; "Al Noor Mosque", "Al Gore", two outlets glued to the
subject before them, "Members of KPS's ...", "from Kisumu to Busia", "Tembo Airline" twice,
"Gurkha Contingent" and the merges of "the Al Falah and Eastfield mosques" and of "Tembo
Air" / "Tembo Airline", misses before): 28/76 on the code before, 71/76 after. Family F10
("<title> of <office or body> <Name>", eleven rows with four controls, added after the round
from a row seen in its dump): 5/11 on the code before its rule, 9/11 after it.
"""

from __future__ import annotations

from pathlib import Path

from tests.entities_tables import table_tests

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_probe_am.yaml"

KNOWN_MISSES: dict[str, str] = {
    "Patients were moved to Kumasi's": "F2: the owner glued into the body's name",
    "Ohio's 9th Congressional District": "F5: 'Congressional' cut from a numbered district",
    "The crisis hit the Capital city": "F7: 'the Capital city' read as a place",
    '"We found them," spokesman for the agency': "F9: a person after 'the agency' read as a body",
    "Head of Department Grace Mensah": "F10: 'Head' is no title word, so 'of Department' is read as a body's name",
    "The Governor of the Central Bank of Ruvara": "F10: after 'of the' the body and the person are one run of their own, no title before them",
}

MERGE_MISSES: dict[str, str] = {
    "The Coastal Dock and Harbour Union (CDHU)": "F6: one acronym, two long forms, one that the acronym does not spell",
}

test_extract_entities_probe_am, test_compare_entities_probe_am = table_tests(TABLE, KNOWN_MISSES, MERGE_MISSES)
