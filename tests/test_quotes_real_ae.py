"""Quotes real-article table AE: the error classes found hand-checking real news articles, in sentences of our own.

The table (``data/quotes_real_ae.yaml``) rebuilds each class a colleague
found when checking the tool's quotes on real articles (a pronoun given to
the nearest named person of the other gender, an unknown cue, union and
business titles, doubled apostrophes as quote marks, partial quotes whose
attribution stands earlier in the sentence, a descriptor or a place before a
name, a nationality adjective read as a speaker, roles of reporters and
countries) in invented sentences on other topics, with controls. Each row
lists the quotes of one text in order, as a prefix of the quote, the speaker
and (where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_real_ae.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before round AE changed any rule 6/21 rows were
# right as first written (no expectation was changed after that measurement);
# after the round's lexicon entries 7/21; after the rules of round AE's second
# step (a capitalised title before a name is no "they"; "said <body> <title>,
# <Name>"; a state's spokesman; "member for <Seat> <Name>"; a country as the
# subject of a cue) 12/21; after "said her cousin <Name>" and a news agency's
# photographer as media 14/21.
KNOWN_MISSES: dict[str, str] = {
    "q1-she-after-male-attacker": "a person of unknown gender named between two quotes takes 'she' from the speaker before; preferring a recent agreeing speaker moved 5 seed articles wrongly",
    "q1-rued-unknown-cue-not-minister": "'rued' is now a cue, but an inverted 'a farmer stranded on his roof' is not read as a speaker phrase",
    "q4-statement-said-partial": "'A ministry statement said ... \"danger level\"': a document as subject of the cue is not read as a speaker, so the fragment is a scare quote",
    "q4-has-indicated-she-has-to": "'has indicated she has to \"...\"': 'indicated' is no cue and the predicate after a modal of a nested clause is not reached",
    "q7-irish-unions-have-condemned-as": "the first partial is right; the second ('accusing ...') borrows only 'Irish' as its subject",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_real_ae_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
