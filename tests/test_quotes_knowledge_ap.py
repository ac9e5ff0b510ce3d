"""Quotes knowledge probe AP: unions, state-owned companies and professions' honorifics, one row per form.

The table (``data/quotes_knowledge_ap.yaml``) is a systematic probe of families of
forms, not one real set's errors: the world's trade unions and union federations by
name and acronym (a), state-owned companies and national carriers by name (b),
honorifics of professions before a name (c), a person titled in one sentence and
named by surname in another (d); with controls (x). Each row checks the exact
speaker, role and cue lemma of every expected quote, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_cue_case, table_cases

TABLE = DATA / "quotes_knowledge_ap.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Measured before round AP changed any rule:
# 44/102 (a 10/42, b 15/35, c 9/14, d 4/4, x 6/7).
KNOWN_MISSES: dict[str, str] = {
    "a-cotu-secgen-after":
        "the union is not yet listed by this name or acronym",
    "a-cotu-before":
        "the union is not yet listed by this name or acronym",
    "a-ictu-gensec":
        "the union is not yet listed by this name or acronym",
    "a-nbru-gensec":
        "the union is not yet listed by this name or acronym",
    "a-forsa":
        "Fórsa is not listed; the appositive's 'official' reads as a public office",
    "a-kctu-president":
        "the union is not yet listed by this name or acronym",
    "a-fktu":
        "the union is not yet listed by this name or acronym",
    "a-nlc-president":
        "the union is not yet listed by this name or acronym",
    "a-zctu":
        "the union is not yet listed by this name or acronym",
    "a-saftu":
        "the union is not yet listed by this name or acronym",
    "a-fedusa":
        "the union is not yet listed by this name or acronym",
    "a-tucta":
        "the union is not yet listed by this name or acronym",
    "a-notu":
        "NOTU is not listed; 'chairman general' reads as an official's office",
    "a-unatu":
        "the union is not yet listed by this name or acronym",
    "a-knut":
        "the union is not yet listed by this name or acronym",
    "a-kuppet":
        "the union is not yet listed by this name or acronym",
    "a-kmpdu":
        "the union is not yet listed by this name or acronym",
    "a-kalpa":
        "the union is not yet listed by this name or acronym",
    "a-psac":
        "the union is not yet listed by this name or acronym",
    "a-nzctu":
        "the union is not yet listed by this name or acronym",
    "a-unite":
        "the union is not yet listed by this name or acronym",
    "a-unison":
        "the union is not yet listed by this name or acronym",
    "a-nasuwt":
        "the union is not yet listed by this name or acronym",
    "a-usdaw":
        "the union is not yet listed by this name or acronym",
    "a-jtuc-rengo":
        "the union is not yet listed by this name or acronym",
    "a-ntuc":
        "the union is not yet listed by this name or acronym",
    "a-mtuc":
        "the union is not yet listed by this name or acronym",
    "a-citu":
        "the union is not yet listed by this name or acronym",
    "a-cgt":
        "the union is not yet listed by this name or acronym",
    "a-ig-metall":
        "the union is not yet listed by this name or acronym",
    "a-verdi":
        "the union is not yet listed by this name or acronym",
    "a-union-beside-airline":
        "the union is not yet listed by this name or acronym",
    "b-kq-acronym":
        "the state-owned company is not yet listed by name or acronym",
    "b-kq-spokes":
        "the state-owned company is not yet listed by name or acronym",
    "b-air-zimbabwe":
        "the state-owned company is not yet listed by name or acronym",
    "b-fiji-airways":
        "the Fijian chiefly style 'Ratu' is read as part of the name",
    "b-pia":
        "the state-owned company is not yet listed by name or acronym",
    "b-garuda":
        "the state-owned company is not yet listed by name or acronym",
    "b-kplc":
        "the state-owned company is not yet listed by name or acronym",
    "b-eskom":
        "the state-owned company is not yet listed by name or acronym",
    "b-zesco":
        "the state-owned company is not yet listed by name or acronym",
    "b-transnet":
        "the state-owned company is not yet listed by name or acronym",
    "b-prasa":
        "the state-owned company is not yet listed by name or acronym",
    "b-irish-rail":
        "the state-owned company is not yet listed by name or acronym",
    "b-iarnrod":
        "the state-owned company is not yet listed by name or acronym",
    "b-bus-eireann":
        "the state-owned company is not yet listed by name or acronym",
    "b-nnpc":
        "the state-owned company is not yet listed by name or acronym",
    "b-petronas":
        "the state-owned company is not yet listed by name or acronym",
    "b-pertamina":
        "the state-owned company is not yet listed by name or acronym",
    "b-sonangol":
        "the state-owned company is not yet listed by name or acronym",
    "b-via-rail":
        "the state-owned company is not yet listed by name or acronym",
    "b-transnet-statement":
        "the state-owned company is not yet listed by name or acronym",
    "c-architect":
        "the profession's honorific is not yet read as a style before the name",
    "c-arch-dot":
        "the profession's honorific is not yet read as a style before the name",
    "c-pharm-dot":
        "the profession's honorific is not yet read as a style before the name",
    "c-surveyor":
        "the profession's honorific is not yet read as a style before the name",
    "c-engineer-union":
        "the union TUCTA is not yet listed",
    "x-pilots-union-captain":
        "a pilots' union named in a relative clause gives no role yet",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_knowledge_ap_speaker_role_and_cue(row: dict[str, Any]) -> None:
    check_cue_case(row, all_quotes=False)
