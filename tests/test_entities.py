"""Tests for framing.entities: names in real news sentences, folding, and who names whom."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.entities import compare_entities, extract_entities, spelling_variant
from framing.events import load_event
from framing.model import Article
from framing.prepare import prepare

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "mississippi-raids-2019"
STRIKE = ROOT / "tests" / "data" / "events" / "port-harlan-strike-2024"


def names(text: str) -> list[tuple[str, str, str]]:
    doc = prepare(Article(id="t", outlet="Test", text=text))
    return [(m.text, m.canonical, m.kind) for m in extract_entities(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ICE acting Director Matthew Albence said each case would be handled individually.",
         [("ICE", "Immigration and Customs Enforcement", "organisation"),
          ("Matthew Albence", "Matthew Albence", "person")]),
        ("About 300 were arrested by the Immigration and Customs Enforcement (ICE) agency. ICE said so.",
         [("Immigration and Customs Enforcement", "Immigration and Customs Enforcement", "organisation"),
          ("ICE", "Immigration and Customs Enforcement", "organisation"),
          ("ICE", "Immigration and Customs Enforcement", "organisation")]),
        ("Young children were seen crying. Specifically, roughly 30 were released.", []),
        # A town named for its creek is a place; a relief agency is an organisation.
        ("Floodwater reached Alder Creek before dawn, and the Red Cross opened a shelter.",
         [("Alder Creek", "Alder Creek", "place"), ("Red Cross", "Red Cross", "organisation")]),
        ("Police Chief Helen Marsh spoke. Marsh said officers showed restraint.",
         [("Helen Marsh", "Helen Marsh", "person"), ("Marsh", "Helen Marsh", "person")]),
        ("The plants include the Koch Foods Inc. facility in Morton, Mississippi.",
         [("Koch Foods Inc.", "Koch Foods", "organisation"), ("Morton", "Morton", "place"),
          ("Mississippi", "Mississippi", "place")]),
        ("The Clarion Ledger first reported their release.",
         [("Clarion Ledger", "Clarion Ledger", "organisation")]),
        ("Members of the Coastal Dockworkers Union walked out. CDU president Terrance Okafor objected.",
         [("Coastal Dockworkers Union", "Coastal Dockworkers Union", "organisation"),
          ("CDU", "Coastal Dockworkers Union", "organisation"),
          ("Terrance Okafor", "Terrance Okafor", "person")]),
        ("Shots were fired in El Paso, Texas, on Saturday, the FBI said.",
         [("El Paso", "El Paso", "place"), ("Texas", "Texas", "place"),
          ("FBI", "Federal Bureau of Investigation", "organisation")]),
        ("Plants in Bay Springs, Carthage and Sebastapol were raided.",
         [("Bay Springs", "Bay Springs", "place"), ("Carthage", "Carthage", "place"),
          ("Sebastapol", "Sebastapol", "place")]),
        ("Gov. Gavin Newsom met Sen. Alex Padilla in Los Angeles, a spokeswoman for the governor said.",
         [("Gavin Newsom", "Gavin Newsom", "person"), ("Alex Padilla", "Alex Padilla", "person"),
          ("Los Angeles", "Los Angeles", "place")]),
        ("Protesters gathered outside the Department of Justice on Tuesday.",
         [("Department of Justice", "Department of Justice", "organisation")]),
    ],
)
def test_extract_entities_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Sebastopol", "Sebastapol", True),
        ("Terrence Okafor", "Terrance Okafor", True),
        ("Port Harlan", "Port Harlen", True),
        ("Koch", "Kock", False),  # short names are left alone
        ("Canton", "Carthage", False),
        ("Peco Foods", "Koch Foods", False),
        ("Bryan Cox", "Bryan Cox Jr.", False),
    ],
)
def test_spelling_variant(a: str, b: str, same: bool) -> None:
    assert spelling_variant(a, b) is same


def rows_of(folder: Path):
    docs = [prepare(a) for a in load_event(folder).articles]
    return docs, {r.canonical: r for r in compare_entities(docs, [extract_entities(d) for d in docs])}


def test_seed_entities_who_names_whom() -> None:
    _, rows = rows_of(SEEDS)
    for name in ("American Civil Liberties Union", "Peco Foods", "Matthew Albence", "Mike Hurst", "El Paso"):
        assert rows[name].articles == ("abc-news",), name
    for name in ("Koch Foods", "Clarion Ledger", "Department of Justice"):
        assert rows[name].articles == ("breitbart-news",), name
    assert rows["Sebastopol"].articles == ("abc-news", "breitbart-news")
    assert rows["Sebastopol"].spellings == ("Sebastopol", "Sebastapol")
    assert rows["Bryan Cox"].spellings == ("Bryan Cox", "Cox")
    assert rows["Immigration and Customs Enforcement"].status == "shared"
    assert "Young" not in rows and "Specifically" not in rows and "Immigration" not in rows


def test_strike_entities_fold_across_outlets() -> None:
    _, rows = rows_of(STRIKE)
    assert rows["Terrence Okafor"].articles == ("daily-ledger", "harbor-gazette", "metro-wire")
    assert rows["Port Harlan"].status == "shared"
    assert rows["Coastal Dockworkers Union"].status == "shared"
    assert rows["Laura Whitcomb"].articles == ("daily-ledger",)
    assert rows["Gregory Tan"].articles == ("metro-wire",)


def test_invariants_on_every_event_article() -> None:
    for folder in (SEEDS, STRIKE):
        docs, _ = rows_of(folder)
        for doc in docs:
            first = extract_entities(doc)
            assert first == extract_entities(doc)
            for m in first:
                assert 0 <= m.start < m.end <= len(doc.text)
                assert doc.text[m.start : m.end] == m.text
                assert m.kind in ("person", "organisation", "place")
                assert doc.sentences[m.sentence].start <= m.start < doc.sentences[m.sentence].end


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_extract_entities_never_fails(text: str) -> None:
    if not text.strip():
        return
    doc = prepare(Article(id="t", outlet="Test", text=text))
    for m in extract_entities(doc):
        assert doc.text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["The", "ICE", "Department", "of", "Justice", "(DOJ)", "and", "Cox", "said",
                                 "Mr.", "U.S.", "in", "Sebastopol", ",", "Chief", "Helen", "Marsh", "."]),
                min_size=1, max_size=25))
def test_extract_entities_name_soup(words: list[str]) -> None:
    doc = prepare(Article(id="t", outlet="Test", text=" ".join(words)))
    for m in extract_entities(doc):
        assert doc.text[m.start : m.end] == m.text
