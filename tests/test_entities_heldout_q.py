"""Round Q of framing.entities: health, climate, labour migration, elections and courts.

The held-out table (tests/data/entities_heldout_q.yaml) was written before
the changes, with sentences not taken from the round-Q events. The misses
that remain are strict xfails with their reason. The weaknesses were found on
the four round-Q events, whose rows are checked at the end (tuned on).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.entities_tables import event_rows, merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_q.yaml"
EVENTS = ROOT / "tests" / "data" / "events"
P, O, L = "person", "organisation", "place"

# Misses that no general rule here covers, with the reason.
HARD: dict[str, str] = {
    "Nan Sheila Broadbent": "'Mirror' alone after 'told the': a paper's one-word name the gazetteer lacks",
    "Workers at the Lusail site": "'the Lusail site': a single unknown word before a noun, no place cue",
}


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_q(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE))
def test_merges_across_outlets_heldout_q(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected


# Tuned on the four round-Q events (not held out): the rows their outlets compare.
def _rows(event: str) -> dict[tuple[str, str], tuple[str, ...]]:
    return {key: r.spellings for key, r in event_rows(EVENTS / event).items()}


def _canon(rows: dict[tuple[str, str], tuple[str, ...]]) -> set[str]:
    return {c for c, _k in rows}


def test_drug_approval_event_names() -> None:
    rows = _rows("verodane-alzheimers-approval-2026")
    # a drug maker's name with and without its head word; "&" and "and" in one body's name
    assert ("Castellan", O) not in rows and "Castellan" in rows[("Castellan Therapeutics", O)]
    assert set(rows[("Centers for Medicare and Medicaid Services", O)]) == {
        "Centers for Medicare & Medicaid Services", "Centers for Medicare and Medicaid Services"}
    assert ("Jean Harrow", P) in rows
    # a gene, a scan, a side effect; a tabloid's "Gran" before a name
    assert not {"ApoE4", "PET", "ARIA", "Gran Jean Harrow"} & _canon(rows)


def test_heatwave_study_event_names() -> None:
    rows = _rows("kuroshio-marine-heatwave-study-2026")
    # family name first in capitals; an occupation before a name; a country's possessive
    assert {"Kenji Sato", "SATO Kenji", "Sato"} <= set(rows[("Kenji Sato", P)])
    assert ("Haruka Tanimoto", P) in rows and ("Fisheries Agency", O) in rows
    assert ("Kochi Prefecture", L) in rows or ("Kochi", L) in rows
    assert not {"SATO Kenji", "Scientist Haruka Tanimoto", "Japan's Fisheries Agency", "El Niño",
                "United States and Australia", "Kanagawa Prefecture", "Ehime Prefecture"} & {
                    c for c, k in rows if k != L} | ({"El Niño"} & _canon(rows))


def test_heat_deaths_event_names() -> None:
    rows = _rows("al-sahel-heat-deaths-2026")
    # one minister with and without "Dr Sheikh", "bin Rashid" and "Al"
    assert {"Hamad bin Rashid Al Sawadi", "Hamad al-Sawadi"} <= set(rows[("Hamad bin Rashid Al Sawadi", P)])
    assert ("Human Dignity Watch", O) in rows and ("Conscience International", O) in rows
    assert ("Gulf Crest Contracting", O) in rows
    assert not {"Crown Prince", "WBGT", "AC", "ORS", "Human Dignity Watch and Conscience International",
                "Rights Forum Nepal"} & _canon(rows)


def test_tribunal_event_names() -> None:
    rows = _rows("oyelaran-governorship-tribunal-2026")
    # forms of address before a full name; a rank after it; "Appeal Court" and "Court of Appeal"
    assert ("Kayode Ojomo", P) in rows and ("Adebayo Ajibulu", P) in rows
    assert ("Jacob Adebusoye", P) in rows and ("Dapo Akinyele", P) in rows
    assert "Appeal Court" in rows[("Court of Appeal", O)]
    assert not {"Comrade Kayode Ojomo", "Prince Adebayo Ajibulu", "Pa Jacob Adebusoye", "Comrade Dapo Akinyele",
                "SAN", "PPRO", "Appeal Court"} & _canon(rows)
