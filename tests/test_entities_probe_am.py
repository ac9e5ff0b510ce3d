"""Round AM (families of wrong rows on real articles) of framing.entities: invented sentences
in the shapes of the families of wrong entity rows found by hand on 16 real events, several
rows per family across Englishes, with controls that must stay as they are.

Families: a weekday or month glued after a place ("in Kelso Tuesday"); "<Place>'s <Body>"
with its owner glued in; a descriptor noun before a person ("Diver", "Terrorist"); a body's
name running into the person after it; a fragment of a longer name ("Federal Territory",
"St David's Day", "Sri X"); common words, codes and aircraft models read as names; the wrong
broad kind; and (merges) one body, person or place written two ways across outlets.

The table (tests/data/entities_probe_am.yaml) was measured on the code before the round:
25/62; the misses are strict xfails with their family.
"""

from __future__ import annotations

from pathlib import Path

from tests.entities_tables import table_tests

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_probe_am.yaml"

KNOWN_MISSES: dict[str, str] = {
    "Officials briefed reporters in Kelso Tuesday": "F4: a weekday glued after a place",
    "Water rose over the bridge in Port Dickson December": "F4: a month and day glued after a place",
    "A crowd gathered outside the town hall in Bellhaven Friday": "F4: a weekday glued after a place",
    "Volunteers from Mount Tarrow Sunday": "F4: a weekday glued after a place",
    "Flood waters reached Kuala Selangor March": "F4: a month and day glued after a place",
    "Doctors at Nakuru's": "F2: the owner glued into the body's name",
    "Worshippers gathered at Bradford's": "F2: the owner glued into the body's name",
    "Patients were moved to Kumasi's": "F2: the owner glued into the body's name",
    "Diver Anil": "F1: a descriptor noun before a person",
    "Terrorist Omar": "F1: a descriptor noun before a person",
    "Miner Joseph": "F1: a descriptor noun before a person",
    "Branch secretary of the Dockworkers": "F3: a body's name runs into the person after it",
    "Chairman of the Farmers Association": "F3: a body's name runs into the person after it",
    "A member of the Transport Workers Union": "F3: a body's name runs into the person after it",
    "Saturday was St David's Day": "F5: a saint's day read as the saint",
    "Crowds marked St Patrick's Day": "F5: a saint's day read as the saint",
    "Rescuers came from the Federal Territory": "F5: 'Federal Territory' cut to 'Territory', a person",
    "Relief centres were opened in Sri Andalas": "F5: 'Sri' cut from a place",
    "Food was handed out at Sri Gombak": "F5: 'Sri' cut from a place",
    "Ohio's 9th Congressional District": "F5: 'Congressional' cut from a numbered district",
    "Wanjiru Kamau, Public Affairs Director": "F5: a portfolio before a title read as a name",
    "Chief of the Army Staff": "F5: a title's words read as a body",
    "The crisis hit the Capital city": "F7: 'the Capital city' read as a place",
    "The firm's statement said,": "F7: a word after a quote glued to 'said,' read as a name",
    "The jet left Nairobi as KQ": "F8: a flight number's airline code read as a body",
    "The plane flew from Accra to Tamale on AW": "F8: a flight number's airline code read as a body",
    "The Boeing MD83": "F8: an aircraft model read as a body",
    "The Eurocopter EC135": "F8: an aircraft model read as a body",
    "The A320 Airbus": "F8: an aircraft model read as a body",
    "The aircraft, registration number": "F8: a registration read as a body",
    "Investigators recovered the Cockpit Voice Recorder": "F8: a flight recorder read as a body",
    '"We found them," spokesman for the agency': "F9: a person after 'the agency' read as a body",
    "The union received notice from Siptu": "F9: a union cited by its word read as a place",
}

MERGE_MISSES: dict[str, str] = {
    "The Kenya Ports Authority (KPA)": "F6: one acronym, a country and its adjective",
    "The Coastal Dock and Harbour Union (CDHU)": "F6: one acronym, two long forms",
    "Mayor Tobias R. Ngata": "F6: a middle initial and the middle name",
    "A train derailed in Lac-Beauport": "F6: a place's hyphen and space",
}

test_extract_entities_probe_am, test_compare_entities_probe_am = table_tests(TABLE, KNOWN_MISSES, MERGE_MISSES)
