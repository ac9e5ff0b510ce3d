"""Quotes held-out table M: speakers and roles in Commonwealth English news.

The table (``data/quotes_heldout_m.yaml``) was written before the rules of
this round were changed, from sentences of our own in the house styles of
Indian, Pakistani, Bangladeshi, Sri Lankan, Nepali, Kenyan, Nigerian, South
African, Philippine, Malaysian, Irish and Australian outlets and an
international wire, none from the test events. Each row lists the quotes of
one text in order, as a prefix of the quote, the speaker and (where a reader
could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from framing.model import Article
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_heldout_m.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out). Before the round 10/34 rows were right,
# after it 34/34.
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_m_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)


# Rules of this round checked on sentences of our own beyond the held-out table
# (tuning rows: written after the rules, so they count in no before/after figure).
RULE_CASES = [
    (
        "portfolio-series-department",
        'The Ministry of Health, Family and Welfare said it would send "a central team at once".',
        [("a central team at once", "Ministry of Health Family and Welfare", "official")],
    ),
    (
        "portfolio-series-minister-appositive",
        'In a statement, the Minister for Housing, Local Government and Heritage, Aoife Brady, said she was "appalled".',
        [("appalled", "Aoife Brady", "official")],
    ),
    (
        "party-mla-before-name",
        'Jan Morcha Party MLA Kishore Rawat said it was "a failure of the system".',
        [("a failure of the system", "Kishore Rawat", "official")],
    ),
    (
        "party-spokesperson-advocate",
        'Lok Janata Party spokesperson Arvind Rao said the minister "must go".',
        [("must go", "Arvind Rao", "advocate")],
    ),
    (
        "surname-power-stays-name",
        'Samantha Power told the committee: "We were too slow."',
        [("We were too slow.", "Samantha Power", None)],
    ),
]


@pytest.mark.parametrize("text, expected", [(c[1], c[2]) for c in RULE_CASES], ids=[c[0] for c in RULE_CASES])
def test_round_m_rules(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    quotes = extract_quotes(prepare(Article(id="m", outlet="Outlet M", text=text)))
    got = [(q.text, q.speaker, q.speaker_role if e[2] else None) for q, e in zip(quotes, expected)]
    assert got == expected
    assert len(quotes) == len(expected)
