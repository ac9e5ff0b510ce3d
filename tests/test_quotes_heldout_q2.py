"""Quotes held-out table Q2: offices beside "Dr", statements' signers, definite descriptions, fragments, roles.

The table (``data/quotes_heldout_q2.yaml``) was written before the rules of
this part were changed, from sentences of our own in the house styles of a
Gulf daily, Malaysian, Kenyan, Nigerian, Ghanaian and Indian dailies, a UK
tabloid and broadsheet, a US wire and sports site, an Australian broadcaster
and a rights-news site, none from the test events. Each row lists the quotes
of one text in order, as a prefix of the quote, the speaker and (where a
reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_heldout_q2.yaml"

# Rows the rules of this part do not yet read right (strict: a fix makes them
# fail here until they are moved out).
# Before this part 12/28 rows were right (10/28 as first written; two
# expectations corrected, see the table's header); after it 25/28.
KNOWN_MISSES: dict[str, str] = {
    "nigeria-warned-opposition-acronym": "a party named 'X Front' is not known as a party, so its state chairman's role stays unknown",
    # "ngo-director-advocate" passes since the known-gaps pass of round T (a body's appositive gives its role)
    "ngo-conscience-statement": "'Humanity Now International' is of no known kind ('International' names companies and NGOs alike)",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_q2_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
