"""Quotes held-out table Q: honorifics of many cultures, job titles before names, places after appositives, roles.

The table (``data/quotes_heldout_q.yaml``) was written before the rules of
this round were changed, from sentences of our own in the house styles of a
US wire and health site, UK broadsheet and tabloid, Nigerian, Kenyan and
Ghanaian dailies, a Gulf daily, Malaysian, Indian and Nepali dailies, a
Japanese English daily, a Canadian paper, an Australian broadcaster and a
climate-sceptic blog, none from the test events. Each row lists the quotes
of one text in order, as a prefix of the quote, the speaker and (where a
reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, check_event_case, table_cases

TABLE = DATA / "quotes_heldout_q.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out).
# Before the round 9/32 rows were right; after it 29/32; after part 2, 31/32.
KNOWN_MISSES: dict[str, str] = {
    "nigerian-barr-lawyer": "prepare ends the sentence at 'Barr.' before the name and the cue comes after it",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_q_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)


# The round's own event cases (tuning rows: the rules were fitted with them in
# view, so they count in no before/after figure). Each: the event file, a
# prefix of one quote, its speaker and role (None: role not checked).
EVENTS = DATA / "events"
EVENT_CASES = [
    ("gulf-eng-ceo", "al-sahel-heat-deaths-2026/gulf-chronicle.txt", "SBDC has always applied", "Faisal Abdulla Al Sahlawi", "business"),
    ("gulf-worker-open-appositive", "al-sahel-heat-deaths-2026/gulf-chronicle.txt", "In the afternoon we stop", "Suresh Kumar", "affected"),
    ("gulf-director-at-ministry", "al-sahel-heat-deaths-2026/gulf-chronicle.txt", "Heat does not only arrive", "Noura Al Harthi", "official"),
    ("himalayan-two-word-given-name", "al-sahel-heat-deaths-2026/himalayan-post.txt", "They told us it was free visa", "Dil Bahadur Tamang", "affected"),
    ("herald-his-excellency-governor", "oyelaran-governorship-tribunal-2026/nation-herald.txt", "remains intact", "Babatunde Oyelaran", "official"),
    ("herald-comrade-youth-wing", "oyelaran-governorship-tribunal-2026/nation-herald.txt", "Our youths are not violent", "Dapo Akinyele", "advocate"),
    ("herald-pa-elder", "oyelaran-governorship-tribunal-2026/nation-herald.txt", "The good people of Ondo", "Jacob Adebusoye", None),
    ("mws-election-watch", "oyelaran-governorship-tribunal-2026/meridian-world-service.txt", "We documented the same polling", "Esther Onwuachi", "advocate"),
    ("ledger-prince-candidate", "oyelaran-governorship-tribunal-2026/lagos-ledger.txt", "The judiciary has shown", "Adebayo Ajibulu", None),
    ("sentinel-meteorologist-title", "kuroshio-marine-heatwave-study-2026/sentinel-ledger.txt", "Natural variability is the elephant", "Roger Kessling", "expert"),
    # Part 2 (tuned on these too):
    ("gulf-dr-minister-office", "al-sahel-heat-deaths-2026/gulf-chronicle.txt", "We do not wait for problems", "Hamad bin Rashid Al Sawadi", "official"),
    ("compass-watch-researcher", "al-sahel-heat-deaths-2026/compass-international.txt", "It is a pattern documented", "Maya Renshaw", "advocate"),
    ("ledger-the-judge-held", "oyelaran-governorship-tribunal-2026/lagos-ledger.txt", "The evidence before this tribunal", "Ibrahim Kaigama", "official"),
    ("ledger-statement-by-read", "oyelaran-governorship-tribunal-2026/lagos-ledger.txt", "The judgment is a travesty", "Femi Akinrolabu", None),
    ("ledger-ppro-acronym", "oyelaran-governorship-tribunal-2026/lagos-ledger.txt", "We will not allow anybody", "Olabisi Adeyefa", "official"),
    # Round AJ: "Tribunal" is now an official body's word, so "The tribunal dismissed ..."
    # points back at the one tribunal the article names in full, as "the union" points
    # at the union named before (the lexicon's reference convention): the body's full
    # name, no longer the bare noun "tribunal". Still never the clause's other words.
    ("ledger-tribunal-not-clause", "oyelaran-governorship-tribunal-2026/lagos-ledger.txt", "documentary evidence",
     "Ondo State Governorship Election Petition Tribunal", "official"),
    ("herald-signed-statement-body", "oyelaran-governorship-tribunal-2026/nation-herald.txt", "a judicial coup", "Kayode Ojomo", "official"),
    ("herald-justice-claimed", "oyelaran-governorship-tribunal-2026/nation-herald.txt", "over-voting", "Ibrahim Kaigama", "official"),
    ("herald-chairman-after-acronym", "oyelaran-governorship-tribunal-2026/nation-herald.txt", "celebrating a temporary setback", "Samuel Orimoloye", "advocate"),
]


@pytest.mark.parametrize("path, starts, speaker, role", [c[1:] for c in EVENT_CASES], ids=[c[0] for c in EVENT_CASES])
def test_round_q_event_cases(path: str, starts: str, speaker: str, role: str | None) -> None:
    check_event_case(EVENTS / path, starts, speaker, role)
