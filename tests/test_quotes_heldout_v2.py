"""Quotes held-out table V2: the classes round V's first pass left, in new words, with controls.

The table (``data/quotes_heldout_v2.yaml``) was written before the second
pass changed any rule, from sentences of our own in the house styles of
wires, UK, Irish, US, Canadian, Australian, Indian, Pakistani, Philippine,
Kenyan, Nigerian, South African and Gulf copy and a science site, none from
the test events. Each row lists the quotes of one text in order, as a prefix
of the quote, the speaker and (where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_heldout_v2.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before the second pass 13/32 rows were right.
# Round AD's pronoun rule (an uncued description opening a sentence yields to a
# person named before) fixed ng-sentence-opener-then-he-said and
# uk-the-defender-opener-then-she-said.
KNOWN_MISSES: dict[str, str] = {
    "uk-caps-lede-rights-group": "an indefinite body ('A migrant rights group has warned that') gets no speaker "
    "(the convention of table V's 'irish-caps-lede-charity'); the capitals now read as lower case",
    "irish-caps-lede-charity-warned": "as above: an indefinite body gets no speaker",
    "uk-charity-no-kind-noun-described": "'Jane Hollis, chief executive of Shelter Cymru, a housing charity, said' gives the charity",
    "irish-refugee-org-no-kind-noun-chief-executive": "'Its chief executive' after a described body reads as business",
    "ph-the-ngo-said-back": "'the NGO said' does not point back to the NGO named before",
    "tabloid-headline-say-police": "a headline's trailing 'say police' is not read as the attribution",
    "in-headline-claim-residents": "a headline's trailing 'claim residents' is not read as the attribution",
    "control-headline-quote-no-attribution": "a single-quoted word in a headline is not taken as a quote",
    "sa-its-model-estimated": "'Its rainfall model estimated' is not read back to the agency",
    "science-agency-alert-system-estimated": "'the agency's ShakeAlert system estimated' is not read back to the agency",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_v2_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
