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

from framing.events import load_article
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_heldout_o.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out).
# Before the round 11/34 rows were right; after the lexicon step 23/34.
KNOWN_MISSES: dict[str, str] = {
    "indian-smt-stripped": "'Smt.' with its stop cuts the name",
    "principal-school-hit-affected": "'whose classroom roof was pierced' gives no role",
    "founder-ceo-business": "'founder and CEO of <unknown firm>' gives no role",
    "unnamed-party-leader-advocate": "'unnamed' is kept in a descriptor speaker",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_o_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
