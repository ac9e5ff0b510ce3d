"""Round P of framing.entities: courts and law, sport, housing, markets, labour.

The held-out table (tests/data/entities_heldout_p.yaml) was written before
the changes, with sentences not taken from the round-P events. The misses
that remain are strict xfails with their reason. The weaknesses were found on
the four round-P events, whose rows are checked at the end (tuned on).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import event_rows, merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_p.yaml"
EVENTS = ROOT / "tests" / "data" / "events"
P, O, L = "person", "organisation", "place"

# Misses that no general rule here covers, with the reason.
HARD: dict[str, str] = {
    "(Adds analyst comment": "'Rio' is a first name; 'said it would' is not yet read as a body's evidence",
    "Eskom needs R250bn": "a single unknown word with no evidence around it (world knowledge)",
    "Samsung Electronics makes": "a company's name with no evidence but 'its' is read as a person (its campus's town is a place since round AD)",
    "The plant in Boise": "a single unknown word before 'said.' at the sentence's end (world knowledge)",
    "The cyclist tested positive": "'the Alps' after 'in': a range the gazetteer does not know, read as nothing",
    "Assembly Bill 5 was challenged": "a single unknown word after 'by' (world knowledge)",
    "Senate Bill 8 bans": "a two-word name with no evidence around it (world knowledge)",
    "Governor of the Bank of Japan": "'<title> of <body> <Given> <Family>' with a given name the first-name lexicon lacks",
    '"Tutashinda Pamoja"': "'the Nyeri coach': a team or a town, the words do not settle it",
}
MERGE_HARD: dict[str, str] = {
    "Labour Minister Kim Moon-soo": "a portfolio word that is also a party's name ('Labour Minister') before a name",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_p(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE, MERGE_HARD))
def test_merges_across_outlets_heldout_p(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected


# Tuned on the four round-P events (not held out): the rows their outlets compare.
def _rows(event: str) -> dict[tuple[str, str], tuple[str, ...]]:
    return {key: r.spellings for key, r in event_rows(EVENTS / event).items()}


def test_court_event_names() -> None:
    rows = _rows("eleventh-circuit-age-verification-2026")
    assert ("Capitol", L) in rows and ("Marisol Ortega", P) in rows
    canon = {c for c, _k in rows}
    # a party-state tag, a bill with its number, the parties of a case name
    assert not {"R-Cumming", "D-Atlanta", "Senate Bill", "SB", "Free Speech Coalition", "Paxton"} & canon


def test_doping_event_names() -> None:
    rows = _rows("kerio-doping-suspension-2026")
    assert ("Elgeyo Marakwet", L) in rows
    canon = {c for c, _k in rows}
    # a Kiswahili phrase glossed in brackets, a category of the prohibited list, units, a sum
    assert not {"Tunamwachia Mungu", "Category A", "IU", "EPO", "Sh50"} & canon


def test_rent_decree_event_names() -> None:
    rows = _rows("rosario-rent-decree-2026")
    # Spanish double surnames written with one or two surnames; a name with and without accents
    assert set(rows[("Federico Lanusse Arrieta", P)]) == {"Federico Lanusse", "Federico Lanusse Arrieta",
                                                           "Lanusse Arrieta"}
    assert set(rows[("Nicolás Herrera Pons", P)]) == {"Nicolás Herrera Pons", "Herrera Pons"}
    assert {"Gervasio Almiron", "Gervasio Almirón", "Almirón"} <= set(rows[("Gervasio Almiron", P)])
    assert ("Casa Rosada", L) in rows and ("Plaza de Mayo", L) in rows and ("Banco Nación", O) in rows
    canon = {c for c, _k in rows}
    assert not {"Fairbridge Economics Says", "Merval", "Rental Law", "Ley de Alquileres", "DNU",
                "Herrera Pons", "Lanusse Arrieta", "ARS"} & canon


def test_chip_layoffs_event_names() -> None:
    rows = _rows("hanseong-chip-layoffs-2026")
    # family name first with a hyphenated given name; the portfolio before it is no part of it
    assert set(rows[("Koo Bon-seok", P)]) == {"Koo Bon-seok", "Koo"}
    # two romanisations of one given name
    assert {"Jang Min-chul", "Jang Min-cheol"} <= set(rows[("Jang Min-chul", P)])
    assert ("Oh", P) in rows  # "a technician surnamed Oh": named by family name only
    canon = {c for c, _k in rows}
    assert not {"Energy Koo Bon", "Won3", "ATTN", "ADDS", "UPDATES", "DRAM", "HBM", "AI", "KOSPI",
                "South Korean", "Korean American"} & canon
