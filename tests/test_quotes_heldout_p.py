"""Quotes held-out table P: no inherited speaker across another subject, junk speakers, surname runs, roles.

The table (``data/quotes_heldout_p.yaml``) was written before the rules of
this round were changed, from sentences of our own in the house styles of a
US wire, a UK broadsheet and tabloid, a US local paper, an Irish daily, an
Australian broadcaster, a Canadian paper, an Indian business daily, a
Nigerian daily, a South African sports site, a Hong Kong financial wire, a
Mexican English-language paper and a labour newsletter, none from the test
events. Each row lists the quotes of one text in order, as a prefix of the
quote, the speaker and (where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_heldout_p.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out).
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_p_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
