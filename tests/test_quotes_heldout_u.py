"""Quotes held-out table U: the known gaps of earlier rounds in new words, with controls.

The table (``data/quotes_heldout_u.yaml``) was written before the gaps pass
of round T changed any rule, from sentences of our own in the house styles
of wires, UK, Irish, Australian, Canadian, US, Indian, Kenyan, Nigerian and
South African papers, none from the test events. Each row lists the quotes
of one text in order, as a prefix of the quote, the speaker and (where a
reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_heldout_u.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). On the code before the pass 10/22 rows were right.
KNOWN_MISSES: dict[str, str] = {
    "uk-husband-unknown-given-name": "'her husband Trevor' does not take the family name when the wife's given name is unknown",
    "ft-minutes-showed": "'the minutes showed' is not read back to the committee named before",
    "reuters-deputy-governor-of-bank": "'said Deputy Governor X of the Y Bank' gives no speaker",
    "sa-mec-for-health": "'MEC for Health X' gives no role: the acronym before 'for' is not read as a title",
    "india-mos-for-home": "'MoS for Home Affairs X' is read as the speaker 'MoS'",
    "ap-association-president-no-name": "a bare 'Association president' with no association named keeps 'Association' (advocate)",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_u_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)


# The pass's general rules on sentences of our own (written with the rules, so
# tuned on, not held out): the first and third fail on the code before the
# pass; the second and fourth are controls the rules must keep.
RULE_CASES = [
    ("kind-noun-one-word-body-head",
     'The homelessness charity Roofline called the plan "cruel". "People will die on the streets," chief executive Ade Bello said.',
     [["cruel", "Roofline", "advocate"], ["People will die", "Ade Bello", "advocate"]]),
    ("kind-noun-company-head-stays-business",
     'The bakery chain Crumbwell said profits fell. "It was a hard year," chief executive Ian Moss said.',
     [["It was a hard year", "Ian Moss", "business"]]),
    ("body-kind-from-its-appositive",
     '"Nobody was consulted," said Ruth Okello, director of Haki Sasa, a human rights group based in Kampala.',
     [["Nobody was consulted", "Ruth Okello", "advocate"]]),
    ("body-appositive-not-a-kind",
     '"Nobody was consulted," said Ruth Okello, director of Haki Sasa, a former teacher.',
     [["Nobody was consulted", "Ruth Okello", "unknown"]]),
    ("appositive-who-without-comma-bearing",
     'Noura Haddad, a teacher who drives in from Zarqa, north of Amman, said the road was shut. "We waited all night," she said.',
     [["We waited all night", "Noura Haddad", "affected"]]),
    ("age-description-after-quote-takes-name-up",
     'Siobhan Tierney has kept the village shop since 1998. "We will reopen," the 63-year-old told the Irish Independent.',
     [["We will reopen", "Siobhan Tierney"]]),
    ("party-state-tag-then-appositive",
     'Rep. Dana Pruitt, R-Okla., a member of the Judiciary Committee, warned the bill would "gut the courts."',
     [["gut the courts", "Dana Pruitt", "official"]]),
    ("party-state-tag-in-brackets",
     'Sen. Ray Calloway (D-Mich.) called the deal "a giveaway."',
     [["a giveaway", "Ray Calloway", "official"]]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in RULE_CASES])
def test_gaps_pass_rules(text: str, expected: list[list[str | None]]) -> None:
    check_case({"text": text, "expected": expected})
