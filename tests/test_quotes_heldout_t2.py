"""Quotes held-out table T2: a present office over a past career, clinic heads, clients' lawyers, joined partials, anonymous groups.

The table (``data/quotes_heldout_t2.yaml``) was written before the second
pass of round T changed any rule, from sentences of our own in the house
styles of wires, UK, Irish, Australian, US, Philippine, Kenyan, Nigerian,
South African and Gulf papers, none from the test events. Each row lists the
quotes of one text in order, as a prefix of the quote, the speaker and
(where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_heldout_t2.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out).
# On the code before the pass 8/24 rows were right; after it 21/24.
KNOWN_MISSES: dict[str, str] = {
    "ap-federation-president-former-fencer": "a bare 'Federation president' with no federation named before keeps "
    "'Federation' (advocate, a labour federation's word); nothing in the sentence names a sport's governing body",
    "sun-age-occupation-told": "'Ferry operator Dave Lowry' opening a sentence is not registered as a person, so "
    "'the 58-year-old ferry operator told' has nobody to point back at",
    "rights-group-international-director": "'Global Witness International, a rights group,' is split at 'International' "
    "and the group's own appositive gives no role to the body",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_t2_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
