"""Quotes syntax probe AM: how news copy attaches a speaker and a title to a quote, one row per form.

The table (``data/quotes_syntax_am.yaml``) is a systematic probe of families of
forms, not one real set's errors: lower-case agency titles with a level and a
rank before a name (a), honorifics of many countries alone and between a
title and a name (b), cues such as "was quoted as saying" (c), US and British
spellings of titles and bodies (d), a person a wire cites (e), district
offices of South Asia, Africa and francophone states (f) and a title given
by "according to the <title> of <body>" (g); with controls. Each row checks
the exact speaker, role and cue lemma of every quote, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from framing.model import Article
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.conftest import DATA
from tests.quotes_tables import table_cases

TABLE = DATA / "quotes_syntax_am.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before round AM changed any rule 104/151 rows
# were right (a 21/36, b 38/52, c 10/18, d 15/17, e 5/8, f 15/19, g 0/1).
KNOWN_MISSES: dict[str, str] = {
    "a-fire-service-assistant-director":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-county-public-health-director":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-city-traffic-police-joint-commissioner":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-provincial-forest-department-officer":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-municipal-water-board-manager":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-national-civil-defence-acting-director":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-federal-health-department-spokesperson":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-district-disaster-management-officer":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-county-emergency-management-coordinator":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-civil-defence-principal-director":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-fire-and-rescue-chief-officer":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-public-health-senior-director":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-before-fire-service-assistant-director":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-appositive-the-fire-service-assistant-director":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "a-title-dr-county-health-director":
        "a lower-case agency phrase before a rank and a title ('fire service assistant director X') reads no speaker or no role",
    "b-datuk-seri":
        "'Seri' after 'Datuk' is read as part of the name",
    "b-rev":
        "'Rev.' before a name gives no clergy role (affected) as 'Pastor' does",
    "b-bishop":
        "'Bishop' before a name gives no clergy role (affected) as 'Pastor' does",
    "b-lord":
        "'Lord' before a surname is read as part of the name",
    "b-mx":
        "'Mx' before a name is read as part of the name",
    "b-minister-datuk-seri":
        "'Seri' after 'Datuk' is read as part of the name",
    "b-minister-tan-sri":
        "two honorific words between the title and the name lose the title's role",
    "b-speaker-rt-hon":
        "'Rt Hon' between a title and the name loses the title's role",
    "b-lower-health-director-dr":
        "'Dr.' after a lower-case agency title loses the title's role",
    "b-lower-minister-datuk":
        "'Seri' after 'Datuk' is read as part of the name",
    "b-before-minister-datuk-seri":
        "'Seri' after 'Datuk' is read as part of the name",
    "b-before-minister-tan-sri":
        "two honorific words between the title and the name lose the title's role",
    "b-before-datuk-seri-alone":
        "'Seri' after 'Datuk' is read as part of the name",
    "b-carried-datuk-seri":
        "'Seri' after 'Datuk' is read as part of the name",
    "c-was-quoted-as-saying":
        "the cue is not known: 'was quoted as saying' / '<outlet> quoted X as saying'",
    "c-was-quoted-by-outlet-as-saying":
        "the cue is not known: 'was quoted as saying' / '<outlet> quoted X as saying'",
    "c-minister-quoted-as-saying-by":
        "the cue is not known: 'was quoted as saying' / '<outlet> quoted X as saying'",
    "c-outlet-quoted-x-as-saying":
        "the cue is not known: 'was quoted as saying' / '<outlet> quoted X as saying'",
    "c-outlet-quoted-x-as-saying-last":
        "the cue is not known: 'was quoted as saying' / '<outlet> quoted X as saying'",
    "c-he-was-quoted-as-saying":
        "the cue is not known: 'was quoted as saying' / '<outlet> quoted X as saying'",
    "c-quoted-as-saying-before":
        "the cue is not known: 'was quoted as saying' / '<outlet> quoted X as saying'",
    "c-was-quoted-as-telling":
        "the cue is not known: 'was quoted as saying' / '<outlet> quoted X as saying'",
    "d-city-councilor":
        "the US spelling 'councilor' is not a title",
    "d-councilor-capital":
        "the US spelling 'Councilor' is not a title",
    "e-reuters-citing-minister":
        "a person cited by a wire ('said Reuters citing X') takes the wire's role, media, or the wire is the speaker",
    "e-reuters-reported-quoting-minister":
        "a person cited by a wire ('said Reuters citing X') takes the wire's role, media, or the wire is the speaker",
    "e-reuters-citing-unknown":
        "a person cited by a wire ('said Reuters citing X') takes the wire's role, media, or the wire is the speaker",
    "f-civil-surgeon":
        "a civil surgeon (a district's government health officer) reads as a surgeon, expert",
    "f-civil-surgeon-lower":
        "a civil surgeon (a district's government health officer) reads as a surgeon, expert",
    "f-civil-surgeon-appositive":
        "a civil surgeon (a district's government health officer) reads as a surgeon, expert",
    "f-dc":
        "'DC' before a name is a title with no role",
    "g-according-to-title-then-name":
        "a title given by 'according to the <title> of <body>' before the name is first used is not carried",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_syntax_am_speaker_role_and_cue(row: dict[str, Any]) -> None:
    quotes = extract_quotes(prepare(Article(id="t", outlet="Test Outlet", text=row["text"])))
    expected = row["expected"]
    got = [
        [e[0] if q.text.startswith(e[0]) else q.text, q.speaker, q.speaker_role, q.cue_lemma]
        + ([q.kind] if len(e) > 4 else [])
        for q, e in zip(quotes, expected)
    ]
    assert got == expected
    assert len(quotes) == len(expected)
