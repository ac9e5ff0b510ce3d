"""Quotes held-out table S: central banks, executive mayors, MMCs, consuls, honorifics, owners and forum users.

The table (``data/quotes_heldout_s.yaml``) was written before the rules of
round S were changed, from sentences of our own in the house styles of a UK
tabloid, an FT-style paper, South African dailies and a township outlet,
Chinese state media in English, a German business service, an EV blog, a
Fox-style site and an AP-style wire, none from the test events. Each row
lists the quotes of one text in order, as a prefix of the quote, the speaker
and (where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, check_event_case, table_cases

TABLE = DATA / "quotes_heldout_s.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out).
# Before this round 11/26 rows were right; after it 21/26.
KNOWN_MISSES: dict[str, str] = {
    "ft-minutes-noted": "'the minutes noted' is not read back to the committee named before",
    "sa-mmc-transport": "'MMC for Transport X' gives no role: the acronym before 'for' is not read as a title",
    "fox-assistant-secretary-after-name": "'X, DHS Assistant Secretary for Public Affairs' gives no role: the capitalised office after an acronym is not read",
    "ft-chambers-of-commerce": "'The British Chambers of Commerce' is cut at 'of' and read as affected",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_s_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)


# The round's events, tuned on (not held out): what the answer keys ask of a reader.
EVENTS = DATA / "events"
EVENT_CASES = [
    ("bank-of-england-rate-rise-2026/daily-crown.txt", "Services inflation is proving", "Eleanor Whitcombe", "official"),
    ("johannesburg-water-outage-2026/sa-daily-news.txt", "I want to say to the people", "Bongani Radebe", "official"),
    ("harlingen-deportation-flights-2026/noticias-frontera-english.txt", "Many of our compatriots", "Rigoberto Cálix", "official"),
    ("bank-of-england-rate-rise-2026/daily-crown.txt", "The Bank of England is independent", "Marcus Delaney", "official"),
]


@pytest.mark.parametrize(("path", "starts", "speaker", "role"), EVENT_CASES)
def test_round_s_event_speakers(path: str, starts: str, speaker: str, role: str) -> None:
    check_event_case(EVENTS / path, starts, speaker, role)
