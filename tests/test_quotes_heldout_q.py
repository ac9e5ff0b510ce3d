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
# Before the round 9/32 rows were right; after it 28/32.
KNOWN_MISSES: dict[str, str] = {
    "nigerian-barr-lawyer": "prepare ends the sentence at 'Barr.' before the name and the cue comes after it",
    "gulf-minister-excellency": "'Dr' read as a doctor and 'Minister of Labour' as the Labour organisation when the descriptors are joined",
    "gulf-worker-from-place": "'a welder from Punjab said' with no comma before the cue: the place is read as the speaker",
    "nigerian-statement-read": "'the statement read' after 'a statement signed by X': the statement's signer is not linked",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_q_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
