"""Quotes held-out table O: headlines, honorifics, descriptors for named people, anonymous sources, roles abroad.

The table (``data/quotes_heldout_o.yaml``) was written before the rules of
this round were changed, from sentences of our own in the house styles of a
US wire, an AP-style wire, UK broadsheet, tabloid and right-leaning dailies,
an Irish daily, an Australian broadcaster, a Canadian local paper, an Indian
national daily and portal, a Nigerian daily, a Gulf daily, a Caribbean paper
and maritime and rail trade sites, none from the test events. Each row lists
the quotes of one text in order, as a prefix of the quote, the speaker and
(where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, check_event_case, table_cases

TABLE = DATA / "quotes_heldout_o.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out).
# Before the round 11/34 rows were right; after the lexicon step 23/34; after the round 32/34;
# 33/34 once the sentence splitter learned "Smt." and "Kum." (lexicons/abbreviations.yaml).
KNOWN_MISSES: dict[str, str] = {
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_o_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)


# The round's own event cases (tuning rows: the rules were fitted with them in
# view, so they count in no before/after figure). Each: the event file, a
# prefix of one quote, its speaker and role (None: role not checked).
EVENTS = DATA / "events"
EVENT_CASES = [
    ("flightdeck-headline-never-speaker", "cordell-runway-overrun-2026/flightdeck-daily.txt", "You typically find", "Rachel Osei", None),
    ("flightdeck-surname-not-firm", "cordell-runway-overrun-2026/flightdeck-daily.txt", "Wet-runway overruns", "Rachel Osei", None),
    ("flightdeck-she-after-surname", "cordell-runway-overrun-2026/flightdeck-daily.txt", "Nothing we know so far", "Rachel Osei", None),
    ("clarion-ampersand-body-title", "cordell-runway-overrun-2026/daily-clarion.txt", "The cabin crew did", "Luis Ortega", "official"),
    ("meridian-identified-only-as", "lampedusa-style-boat-rescue-2026/the-meridian.txt", "I heard the children", "Idris", None),
    ("meridian-he-after-paragraph", "lampedusa-style-boat-rescue-2026/the-meridian.txt", "I called for him", "Idris", None),
    ("meridian-the-group-wrote", "lampedusa-style-boat-rescue-2026/the-meridian.txt", "There was time", "SOS Mare Aperto", None),
    ("meridian-un-agency", "lampedusa-style-boat-rescue-2026/the-meridian.txt", "This tragedy is a painful", "Chiara Moretti", "official"),
    ("meridian-head-of-mission", "lampedusa-style-boat-rescue-2026/the-meridian.txt", "We saw people in the water", "Aminata Koné", "advocate"),
    ("clarion-the-mp", "lampedusa-style-boat-rescue-2026/daily-clarion.txt", "This is what happens when", "Darren Whitcombe", "official"),
    ("clarion-possessive-office-apposition", "lampedusa-style-boat-rescue-2026/daily-clarion.txt", "The rules are clear", "Nicola Sarti", "official"),
    ("clarion-home-office-source", "lampedusa-style-boat-rescue-2026/daily-clarion.txt", "The Italians have cut", "Home Office source", "official"),
    ("agn-undersecretary-stripped", "lampedusa-style-boat-rescue-2026/agn-english.txt", "The rules are clear", "Nicola Sarti", "official"),
    ("herald-the-prime-minister", "isla-verde-rocket-debris-2026/corwinherald.txt", "St. Corwin is a sovereign", "Marcia Baptiste-Lewis", "official"),
    ("herald-trust-advocate", "isla-verde-rocket-debris-2026/corwinherald.txt", "This bay is the nursery", "Alana Beaubrun", "advocate"),
    ("orbital-company-vp", "isla-verde-rocket-debris-2026/orbitalpost.txt", "Every parameter was green", "Marisol Ortega-Feeney", "business"),
    ("beacon-ji-first-name", "vindhya-pradesh-poll-result-2026/bharat-beacon.txt", "For ten years the JVM", "Mamta Sahu", None),
    ("beacon-shri-stripped", "vindhya-pradesh-poll-result-2026/bharat-beacon.txt", "My son gave his life", "Gyan Singh Lodhi", "affected"),
    ("chronicle-raj-bhavan-not-person", "vindhya-pradesh-poll-result-2026/india-daily-chronicle.txt", "I have submitted my resignation", "Shivnath Kushwaha", None),
    ("chronicle-party-general-secretary", "vindhya-pradesh-poll-result-2026/india-daily-chronicle.txt", "We have lost to the machine", "Ravindra Yadav", "advocate"),
    # Round P: a quote whose own cue names another subject inherits nobody.
    ("clarion-airline-spokesman", "cordell-runway-overrun-2026/daily-clarion.txt", "We are deeply sorry", "spokesman for the Port Ashford-based airline", "business"),
    ("chronicle-the-sp", "vindhya-pradesh-poll-result-2026/india-daily-chronicle.txt", "under control", "Vikram Singh Chauhan", "official"),
    # Round P: read since a speaker's appositive may run to 18 words (was 14).
    ("flightdeck-partial-attribution-before", "cordell-runway-overrun-2026/flightdeck-daily.txt", "right at the top", "Doug Fennimore", None),
]
# Event cases the rules do not yet read right (strict xfail).
EVENT_MISSES: dict[str, str] = {
    "allied-company-said-partial": "'which said Tuesday that the debris was \"not hazardous\"' is read as a scare quote",
}
EVENT_MISS_CASES = [
    ("allied-company-said-partial", "isla-verde-rocket-debris-2026/alliedpress.txt", "not hazardous", "Helion Orbital", "business"),
]


@pytest.mark.parametrize(
    "path, starts, speaker, role",
    [c[1:] for c in EVENT_CASES]
    + [pytest.param(*c[1:], marks=pytest.mark.xfail(strict=True, reason=EVENT_MISSES[c[0]])) for c in EVENT_MISS_CASES],
    ids=[c[0] for c in EVENT_CASES] + [c[0] for c in EVENT_MISS_CASES],
)
def test_round_o_event_cases(path: str, starts: str, speaker: str, role: str | None) -> None:
    check_event_case(EVENTS / path, starts, speaker, role)
