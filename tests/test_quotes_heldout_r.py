"""Quotes held-out table R: junk speakers and roles of unions, defence lawyers, First Nations, clubs, leagues, pundits.

The table (``data/quotes_heldout_r.yaml``) was written before the rules of
round R were changed, from sentences of our own in the house styles of a
French wire in English, a UK tabloid, US local TV, a US tabloid and a reform
newsroom, a Canadian broadcaster and an Indigenous outlet, a Spanish sports
daily in English, a BBC Sport-style site and a US culture site, none from the
test events. Each row lists the quotes of one text in order, as a prefix of
the quote, the speaker and (where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, check_event_case, table_cases

TABLE = DATA / "quotes_heldout_r.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out).
# Before this round 6/30 rows were right (two expectations corrected before
# any rule changed, see the table's header); after it 18/30.
KNOWN_MISSES: dict[str, str] = {
    "wire-around-sentence-initial": "a sentence-initial 'Around 400 flights ..., X said' still takes the phrase after 'at' as the speaker",
    # "wire-commutes-from-place" passes since the known-gaps pass of round T
    # "tabloid-mr-mrs-shared-surname" passes since round W (the honorific's gender picks in both passes)
    "wire-union-delegate": "an ordinary occupation named with a union delegate ('delegate and bus driver') wins, as affected titles do",
    # "localtv-defense-attorney-possessive" passes since round T's lawyer rule (a lawyer takes the client's role)
    "sun-descriptor-after-name": "a definite description with an age whose noun is no listed title ('the 58-year-old outfitter') is not read as a speaker",
    "marca-double-surname-first-alone": "a Spanish first surname alone ('Serrano') is not linked to the three-word name",
    "marca-league-director": "a possessive league ('LaLiga's director of integrity') after the name does not give the league's role",
    # "bbc-charity-chief-executive" passes since the known-gaps pass of round T
    # "localtv-police-spokesperson" and "cbc-company-short-name-spokesperson" pass since round AQ (a spokesperson with
    # no body of their own speaks for the one kind of body named where they are introduced or the sentence before)
    "culture-club-name-prefix": "'His teammate at X, the midfielder Y,' takes the relation noun, not the name after it",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_r_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)


# The round's events, tuned on (not held out): what the answer keys ask of a reader.
EVENTS = DATA / "events"
EVENT_CASES = [
    ("kinnear-lake-wildfire-2026/turtle-island-today.txt", "The province keeps saying", "Rose Calliou", "official"),
    ("dunmore-murder-verdict-2026/the-justice-ledger-project.txt", "We are taking children", "Denise Carrow", "advocate"),
    ("ferrovia-rail-strike-2026/france-direct.txt", "Nobody is being taken hostage", "Karim Benslimane", "advocate"),
    ("dunmore-murder-verdict-2026/the-metro-ledger.txt", "I keep his room", "Rosa Alvarez", "affected"),
]


@pytest.mark.parametrize(("path", "starts", "speaker", "role"), EVENT_CASES)
def test_round_r_event_speakers(path: str, starts: str, speaker: str, role: str) -> None:
    check_event_case(EVENTS / path, starts, speaker, role)
