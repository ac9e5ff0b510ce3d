"""Quotes held-out table N: pronouns after a new person, particles, nicknames, handles, titles.

The table (``data/quotes_heldout_n.yaml``) was written before the rules of
this round were changed, from sentences of our own in the house styles of a
US wire, UK broadsheet and tabloid, an Irish daily, Australian and Canadian
broadcasters, a US local TV site, a business weekly, a sports site and a
tech trade site, none from the test events. Each row lists the quotes of one
text in order, as a prefix of the quote, the speaker and (where a reader
could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, check_event_case, table_cases

TABLE = DATA / "quotes_heldout_n.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out).
# Before the round 6/26 rows were right, after it 23/26; after its second pass 24/26.
KNOWN_MISSES: dict[str, str] = {
    "us-local-nurse-affected": "the place after a common-noun speaker ('nurse in Tucson') is not kept in the speaker's name",
    "uk-org-post-on-x": "a common-noun organisation ('The Horizon Bank administrators') before 'said in a post on X' is not read",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_n_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)


# The round's own event cases (tuning rows: the rules were fitted with them in
# view, so they count in no before/after figure). Each: the event file, a
# prefix of one quote, its speaker and role.
EVENTS = DATA / "events"
EVENT_CASES = [
    ("clubhouse-sports", "riverside-stadium-vote-2026/clubhouse-sports.txt", "My dad took me", "Darnell Hughes", None),  # role: "one of dozens of fans" is a later sentence, not yet read
    ("clubhouse-nickname", "riverside-stadium-vote-2026/clubhouse-sports.txt", "I've been here four years", "Mauricio Moreno", "affected"),
    ("current-she-opens", "riverside-stadium-vote-2026/halverton-current.txt", "We found $610 million", "Ayodele Grant", "official"),
    ("journal-copula-ceo", "riverside-stadium-vote-2026/halverton-business-journal.txt", "A project this size", "Lena Marchetti", "business"),
    ("courier-month", "kurrawong-bushfire-2026/daily-courier.txt", "Half the trucks", "Phil Draper", None),
    ("courier-opposition-leader", "kurrawong-bushfire-2026/daily-courier.txt", "Every summer", "Mark Toohey", "official"),
    ("courier-neighbours", "kurrawong-bushfire-2026/daily-courier.txt", "wasn't going anywhere", "Neighbours", "affected"),
    ("wnyt-particle", "veltrix-fraud-verdict-2026/wnyt.txt", "These were not high rollers", "Harriet Van der Linde", "official"),
    ("hashpost-handle", "veltrix-fraud-verdict-2026/hashpost.txt", "Finally.", "@0xWren", None),
]


@pytest.mark.parametrize(
    "path, starts, speaker, role", [c[1:] for c in EVENT_CASES], ids=[c[0] for c in EVENT_CASES]
)
def test_round_n_event_cases(path: str, starts: str, speaker: str, role: str | None) -> None:
    check_event_case(EVENTS / path, starts, speaker, role)
