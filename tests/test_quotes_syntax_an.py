"""Quotes syntax probe AN: how news copy attaches a speaker and a title to a quote, one row per form.

The table (``data/quotes_syntax_an.yaml``) is a systematic probe of families of
forms, chosen from the families a real set failed on but written as invented
sentences: characterising cues of partial quotes ("likened it to", "dubbed",
"termed", passive "described by X as", a participial "Calling it a" clause)
(a), a body's indirect speech with a partial in a subordinate clause (b),
unnamed speakers after the cue (c), an inverted cue opening the sentence (d),
a title before a name with its body and a body's short form (e), eyewitness
relative clauses (f) and a bare spokesman whose body the context names (g);
with controls. Each row checks the exact speaker, role and cue lemma (and the
kind where given) of every quote, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from framing.model import Article
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.conftest import DATA
from tests.quotes_tables import table_cases

TABLE = DATA / "quotes_syntax_an.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before round AN changed any rule 56/117 rows were right (a 20/46, b 8/12, c 10/17, d 3/10, e 6/13, f 8/16, g 1/3).
KNOWN_MISSES: dict[str, str] = {
    "a-likened-titled":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-likened-surname":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-likened-pronoun":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-likens-present":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-likening-participle":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-compared-to":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-described-passive-by":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-described-passive-titled":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-describing-participle":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-calling-it-a-participle":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-calling-the-plan-a-participle":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-calling-surname-participle":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-branded-passive-by":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-dubbed-it":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-dubbed-plan":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-labelled-it":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-labeled-us":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-labelled-as":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-termed-it":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-termed-incident":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-characterised-as":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-characterized-as-us":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-portrayed-as":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-referred-to-as":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-expert-likened":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "a-resident-likened":
        "a characterising cue of a partial quote not read (verb not listed, passive 'by X', or a participial clause before the main clause)",
    "b-company-as-they-deal":
        "a partial inside a subordinate clause of a reported clause reads as the outlet's scare quote",
    "b-company-ref-as-they-deal":
        "a partial inside a subordinate clause of a reported clause reads as the outlet's scare quote",
    "b-airline-while":
        "a partial inside a subordinate clause of a reported clause reads as the outlet's scare quote",
    "b-person-as-they-deal":
        "a partial inside a subordinate clause of a reported clause reads as the outlet's scare quote",
    "c-one-of-the-rescuers":
        "an unnamed description after the cue ('one of the rescuers', 'another resident', '... who declined to be named') not read as the speaker",
    "c-one-of-the-volunteers":
        "an unnamed description after the cue ('one of the rescuers', 'another resident', '... who declined to be named') not read as the speaker",
    "c-resident-of-block-declined":
        "an unnamed description after the cue ('one of the rescuers', 'another resident', '... who declined to be named') not read as the speaker",
    "c-resident-of-estate-asked":
        "an unnamed description after the cue ('one of the rescuers', 'another resident', '... who declined to be named') not read as the speaker",
    "c-another-resident":
        "an unnamed description after the cue ('one of the rescuers', 'another resident', '... who declined to be named') not read as the speaker",
    "c-another-survivor":
        "an unnamed description after the cue ('one of the rescuers', 'another resident', '... who declined to be named') not read as the speaker",
    "c-another-witness":
        "an unnamed description after the cue ('one of the rescuers', 'another resident', '... who declined to be named') not read as the speaker",
    "d-said-mr-age-appositive":
        "an inverted cue opening the sentence ('Said X:') gives the speaker but no cue verb",
    "d-said-ms":
        "an inverted cue opening the sentence ('Said X:') gives the speaker but no cue verb",
    "d-says-mrs":
        "an inverted cue opening the sentence ('Said X:') gives the speaker but no cue verb",
    "d-said-the-mayor":
        "an inverted cue opening the sentence ('Said X:') gives the speaker but no cue verb",
    "d-said-titled-name":
        "an inverted cue opening the sentence ('Said X:') gives the speaker but no cue verb",
    "d-said-dr-expert":
        "an inverted cue opening the sentence ('Said X:') gives the speaker but no cue verb",
    "d-said-no-colon-comma":
        "an inverted cue opening the sentence ('Said X:') gives the speaker but no cue verb",
    "e-council-president-of-ward":
        "a title before a name loses to 'of <place>' after it, a possessive acronym body is not linked to its expansion, or a body's short form is not linked",
    "e-council-president-of-ward-later":
        "a title before a name loses to 'of <place>' after it, a possessive acronym body is not linked to its expansion, or a body's short form is not linked",
    "e-commissioner-of-district-later":
        "a title before a name loses to 'of <place>' after it, a possessive acronym body is not linked to its expansion, or a body's short form is not linked",
    "e-possessive-acronym-spokesperson":
        "a title before a name loses to 'of <place>' after it, a possessive acronym body is not linked to its expansion, or a body's short form is not linked",
    "e-possessive-acronym-comma-defined":
        "a title before a name loses to 'of <place>' after it, a possessive acronym body is not linked to its expansion, or a body's short form is not linked",
    "e-possessive-company-acronym":
        "a title before a name loses to 'of <place>' after it, a possessive acronym body is not linked to its expansion, or a body's short form is not linked",
    "e-short-form-two-words":
        "a title before a name loses to 'of <place>' after it, a possessive acronym body is not linked to its expansion, or a body's short form is not linked",
    "f-who-was-in-the-pub":
        "an eyewitness relative clause ('who was at the scene', 'who saw the crash') gives no role",
    "f-who-was-at-the-scene":
        "an eyewitness relative clause ('who was at the scene', 'who saw the crash') gives no role",
    "f-who-saw-the-crash":
        "an eyewitness relative clause ('who was at the scene', 'who saw the crash') gives no role",
    "f-who-was-inside-the-building":
        "an eyewitness relative clause ('who was at the scene', 'who saw the crash') gives no role",
    "f-who-was-there":
        "an eyewitness relative clause ('who was at the scene', 'who saw the crash') gives no role",
    "f-who-heard-the-blast":
        "an eyewitness relative clause ('who was at the scene', 'who saw the crash') gives no role",
    "f-who-watched-the-fire":
        "an eyewitness relative clause ('who was at the scene', 'who saw the crash') gives no role",
    "f-who-was-in-the-market":
        "an eyewitness relative clause ('who was at the scene', 'who saw the crash') gives no role",
    "g-spokesman-our-body-named":
        "a bare spokesman takes no role from a body the context names",
    "g-spokesman-previous-sentence-one-body":
        "a bare spokesman takes no role from a body the context names",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_syntax_an_speaker_role_and_cue(row: dict[str, Any]) -> None:
    quotes = extract_quotes(prepare(Article(id="t", outlet="Test Outlet", text=row["text"])))
    expected = row["expected"]
    got = [
        [e[0] if q.text.startswith(e[0]) else q.text, q.speaker, q.speaker_role, q.cue_lemma]
        + ([q.kind] if len(e) > 4 else [])
        for q, e in zip(quotes, expected)
    ]
    assert got == expected
    assert len(quotes) == len(expected)
