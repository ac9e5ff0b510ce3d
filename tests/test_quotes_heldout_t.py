"""Quotes held-out table T: Title-Case headlines, forms of address, bracketed translations and new roles.

The table (``data/quotes_heldout_t.yaml``) was written before the rules of
round T were changed, from sentences of our own in the house styles of a US
women's-interest site, a UK tabloid, Manila and Cebu papers, a state news
agency, Nairobi and Kampala dailies, an Irish broadsheet, an Australian
broadcaster, AP- and Reuters-style wires, a Catholic agency and a Canadian
paper, none from the test events. Each row lists the quotes of one text in
order, as a prefix of the quote, the speaker and (where a reader could code
it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, check_event_case, table_cases

TABLE = DATA / "quotes_heldout_t.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out).
# Before this round 14/30 rows were right; after its first pass 27/30; after
# the second 28/30.
KNOWN_MISSES: dict[str, str] = {
    "femme-two-sentence-title-case-headline": "a name of no listed first name ('Jordan Ellery had three weeks') that no 'He/She' sentence takes up is not known as a person for a later 'she told us'",
    "anonymous-people-familiar": "'two people familiar with the talks said' after the quote is not read as an anonymous group speaker",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_t_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
