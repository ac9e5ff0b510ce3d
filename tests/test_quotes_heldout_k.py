"""Quotes held-out table K: speakers and roles of the Tarsova/Linwood round.

The table (``data/quotes_heldout_k.yaml``) was written before the rules of
this round were changed, from sentences in many house styles, none from the
test events. Each row lists the quotes of one text in order, as a prefix of
the quote, the speaker and (where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_heldout_k.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out). Before the round 11/32 rows were right;
# the Fairmont/Harcastle round fixed "wire-lower-ministry-statement" and
# "wire-spokesman-of-group" (27/32).
KNOWN_MISSES = {
    "local-council-no-match": "'council' keeps role any in the lexicon (a council may be any body)",
    "bbc-charity-short-name": "a short form of a charity's name ('Harbourlight's') does not find 'Harbourlight Aid, a Scottish charity'",
    "local-the-group-claims": "'Parents United for Choice' is not read as an organisation for 'the group' to find",
    "uk-told-the-bbc": "a capitalised occupation opening a sentence ('Shopkeeper Anwar Hussain') stays part of the name",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_k_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
