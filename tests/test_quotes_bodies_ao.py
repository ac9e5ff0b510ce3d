"""Quotes bodies probe AO: how news copy names the world's public bodies, one row per form.

The table (``data/quotes_bodies_ao.yaml``) is a systematic probe of families of
forms, not one real set's errors: a public body named in full (a), a body's
acronym defined in the article or known to English copy (b), the lower-case
generic references of public bodies ("the regulator", "the exams board") (c),
the titles people hold in public bodies (d), an office in a relative clause
after the name (e), state-owned companies that keep the header's convention
(f); with controls (x). Each row checks the exact speaker, role and cue lemma
of every quote, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from framing.model import Article
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.conftest import DATA
from tests.quotes_tables import table_cases

TABLE = DATA / "quotes_bodies_ao.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Measured before round AO changed any rule:
# 85/129 (a 32/45, b 6/16, c 9/20, d 13/17, e 6/12, f 5/5, x 14/14).
KNOWN_MISSES: dict[str, str] = {
    "a-exec-secretary-of-exams-board":
        "measured before round AO's rules: not yet read right",
    "a-stats-sa-statistician-general":
        "measured before round AO's rules: not yet read right",
    "a-bank-negara-governor-before":
        "measured before round AO's rules: not yet read right",
    "a-bangladesh-bank-spokesman":
        "measured before round AO's rules: not yet read right",
    "a-bank-of-ghana-statement":
        "measured before round AO's rules: not yet read right",
    "a-ofgem-chief-executive":
        "measured before round AO's rules: not yet read right",
    "a-ofgem-statement":
        "measured before round AO's rules: not yet read right",
    "a-ofwat-chief-executive-before":
        "measured before round AO's rules: not yet read right",
    "a-ofcom-spokesperson":
        "measured before round AO's rules: not yet read right",
    "a-sebi-chairperson":
        "measured before round AO's rules: not yet read right",
    "a-uneb-executive-director":
        "measured before round AO's rules: not yet read right",
    "a-abs-statistician":
        "measured before round AO's rules: not yet read right",
    "a-bom-senior-meteorologist":
        "measured before round AO's rules: not yet read right",
    "b-rneb-defined-then-exec-secretary":
        "measured before round AO's rules: not yet read right",
    "b-rneb-defined-statement":
        "measured before round AO's rules: not yet read right",
    "b-rneb-defined-spokesperson-for":
        "measured before round AO's rules: not yet read right",
    "b-acronym-then-kind-appositive":
        "measured before round AO's rules: not yet read right",
    "b-defined-board-possessive":
        "measured before round AO's rules: not yet read right",
    "b-real-acronym-iebc":
        "measured before round AO's rules: not yet read right",
    "b-real-acronym-inec":
        "measured before round AO's rules: not yet read right",
    "b-real-acronym-sebi":
        "measured before round AO's rules: not yet read right",
    "b-real-acronym-knec":
        "measured before round AO's rules: not yet read right",
    "b-real-acronym-ndma":
        "measured before round AO's rules: not yet read right",
    "c-regulator-after-body":
        "measured before round AO's rules: not yet read right",
    "c-watchdog-after-body":
        "measured before round AO's rules: not yet read right",
    "c-exams-board-said":
        "measured before round AO's rules: not yet read right",
    "c-exams-board-possessive-title":
        "measured before round AO's rules: not yet read right",
    "c-electoral-commission-said":
        "measured before round AO's rules: not yet read right",
    "c-regulator-spokesperson":
        "measured before round AO's rules: not yet read right",
    "c-watchdog-chief-before":
        "measured before round AO's rules: not yet read right",
    "c-board-chairman-possessive":
        "measured before round AO's rules: not yet read right",
    "c-the-board-after-exams-board":
        "measured before round AO's rules: not yet read right",
    "c-aviation-regulator-spokesman":
        "measured before round AO's rules: not yet read right",
    "c-media-regulator-said":
        "measured before round AO's rules: not yet read right",
    "d-registrar-of-registry":
        "measured before round AO's rules: not yet read right",
    "d-statistician-general-before":
        "measured before round AO's rules: not yet read right",
    "d-auditor-general":
        "measured before round AO's rules: not yet read right",
    "d-chief-registrar-judiciary":
        "measured before round AO's rules: not yet read right",
    "e-who-is-now-prime-minister":
        "measured before round AO's rules: not yet read right",
    "e-who-heads-the-agency":
        "measured before round AO's rules: not yet read right",
    "e-who-chairs-the-commission":
        "measured before round AO's rules: not yet read right",
    "e-who-leads-the-regulator":
        "measured before round AO's rules: not yet read right",
    "e-who-became-president":
        "measured before round AO's rules: not yet read right",
    "e-who-was-prime-minister-control":
        "measured before round AO's rules: not yet read right",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_bodies_ao_speaker_role_and_cue(row: dict[str, Any]) -> None:
    quotes = extract_quotes(prepare(Article(id="t", outlet="Test Outlet", text=row["text"])))
    expected = row["expected"]
    got = [
        [e[0] if q.text.startswith(e[0]) else q.text, q.speaker, q.speaker_role, q.cue_lemma]
        for q, e in zip(quotes, expected)
    ]
    assert got == expected
    assert len(quotes) == len(expected)
