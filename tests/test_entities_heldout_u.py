"""Round U of framing.entities: the known gaps (ranks named by a place, sentence
adverbs before "the <Name>", two bodies joined by "and", utilities in
headlines, tabloid headlines with a verb in capitals, straight apostrophes,
Iberian double surnames alone, "Mr"/"Mrs" of one surname, a street standing
for an institution).

The held-out table (tests/data/entities_heldout_u.yaml) was written before
the changes, with sentences not taken from the events. The misses that remain
are strict xfails with their reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import event_kinds, event_rows, merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_u.yaml"

HARD: dict[str, str] = {
    "Two Arizona Rangers": "a plural rank after a state ('Arizona Rangers') is also a ball team's name; "
                           "'out of' is no place cue and the gazetteer lacks Yuma",
    "EXCLUSIVE: How Dean Rawlings": "'Dean' opening a name is read as the academic title, not a first name",
}
MERGE_HARD: dict[str, str] = {
    "Brian Coyle, 61": "across outlets 'Mr Coyle' and 'Mrs Coyle' are one surname key: the honorific is not carried "
                       "into the comparison",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_u(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE, MERGE_HARD))
def test_merges_across_outlets_heldout_u(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected


# Tuned-on: the events whose misses named the gaps (written with the fix).
EVENTS = ROOT / "tests" / "data" / "events"


def test_referee_double_surname_is_the_referee() -> None:
    rows = event_rows(EVENTS / "castellon-racist-abuse-match-2026")
    assert ("Quintero Ruiz", "organisation") not in rows and ("Quintero Ruiz", "person") not in rows
    assert "Quintero Ruiz" in rows[("José Manuel Quintero Ruiz", "person")].spellings


def test_glued_sentence_adverb_opens_no_name() -> None:
    kinds = event_kinds(EVENTS / "bank-of-england-rate-rise-2026")
    assert "Yet the Chancellor" not in kinds
    assert kinds.get("Marcus Delaney") == {"person"}


@pytest.mark.parametrize("text, expected", [
    # a glued period ('"...the Bank".Yet the Chancellor'): the adverb and "the" open no name
    ('The Treasury said it "respects the Bank".Yet the Chancellor, Marcus Delaney, is far from powerless.',
     [["Treasury", "Treasury", "organisation"], ["Marcus Delaney", "Marcus Delaney", "person"]]),
    # a double surname that acts like a body ("sent both teams to the dressing rooms") is the referee
    ("Referee José Manuel Quintero Ruiz stopped the game. Quintero Ruiz sent both teams to the dressing rooms.",
     [["José Manuel Quintero Ruiz", "José Manuel Quintero Ruiz", "person"],
      ["Quintero Ruiz", "José Manuel Quintero Ruiz", "person"]]),
    # look-alike: a shouted acronym keeps its place in a name ("NHS"), a title-case headline stays one
    ("Labour Pledges Cash For NHS Wards",
     [["Labour", "Labour Party", "organisation"], ["NHS", "National Health Service", "organisation"]]),
    # look-alike: two-word name whose first word is a given name is no double surname
    ("Mary Ann Smith spoke first. Ann Smith, her cousin, spoke later.",
     [["Mary Ann Smith", "Mary Ann Smith", "person"], ["Ann Smith", "Ann Smith", "person"]]),
])
def test_tuned_on_u(text: str, expected: list[list[str]]) -> None:
    assert names(text, "Test") == expected


@pytest.mark.parametrize("text, expected", [
    # a village named by its cue, then as a clause's subject: still the village
    ("Aid reached Barangay Punta Verde late. Officials said Punta Verde had been skipped.",
     [["Punta Verde", "Punta Verde", "place"], ["Punta Verde", "Punta Verde", "place"]]),
])
def test_a_place_is_no_person_in_the_same_article(text: str, expected: list[list[str]]) -> None:
    assert names(text, "Test") == expected


def test_typhoon_village_stays_a_place() -> None:
    kinds = event_kinds(EVENTS / "typhoon-amihan-visayas-2026")
    assert kinds.get("Sabang Dako") == {"place"}
