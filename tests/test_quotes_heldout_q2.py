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
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_q2_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
