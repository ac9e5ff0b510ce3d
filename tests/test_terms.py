"""Tests for framing.terms: term counts and log-odds distinctive terms."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import terms
from framing.model import Article, Document
from framing.prepare import prepare
from framing.terms import distinctive_terms, log_odds_z, normalise_token, term_counts, term_spans
from tests.conftest import seed_documents


def doc_of(text: str, id_: str = "t") -> Document:
    """A prepared one-off article."""
    return prepare(Article(id=id_, outlet=id_.title(), text=text))


# ------------------------------------------------------------------ counting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Stop words go; possessives and curly apostrophes fold; case folds.
        (
            "The agency’s agents raided the plant. The Agency's lawyers objected.",
            {"agency": 2, "agents": 1, "raided": 1, "plant": 1, "lawyers": 1, "objected": 1,
             "agency agents": 1, "agents raided": 1, "agency lawyers": 1, "lawyers objected": 1},
        ),
        # A bigram never crosses a comma or a stop word.
        (
            "Officials said Wednesday, leaving families stranded.",
            {"officials": 1, "said": 1, "wednesday": 1, "leaving": 1, "families": 1, "stranded": 1,
             "officials said": 1, "said wednesday": 1, "leaving families": 1, "families stranded": 1},
        ),
        # Numbers with thousands separators stay one token; hyphenated words stay whole.
        (
            "About 1,200 single-state raids.",
            {"1,200": 1, "single-state": 1, "raids": 1, "1,200 single-state": 1, "single-state raids": 1},
        ),
        # A hyphen between two tokens still makes a phrase.
        ("Strikers - tired.", {"strikers": 1, "tired": 1, "strikers tired": 1}),
    ],
)
def test_term_counts_table(text: str, expected: dict[str, int]) -> None:
    tc = term_counts(doc_of(text))
    assert {t.term: t.count for t in tc.terms} == expected
    assert tc.total == sum(expected.values())


def test_rates_are_per_thousand_words_and_sentences_are_kept() -> None:
    doc = doc_of("Nurses walked out. Nurses returned on Friday. The hospital stayed open.")
    tc = term_counts(doc, ngram_range=(1, 1))
    nurses = tc.get("nurses")
    assert nurses is not None
    # 2 of 11 word tokens: 2 / 11 * 1000 = 181.818
    assert doc.words == 11
    assert nurses.count == 2 and nurses.rate == pytest.approx(181.818)
    assert nurses.sentences == (0, 1)
    assert tc.get("the") is None  # stop word


def test_unigram_only_and_bad_range() -> None:
    doc = doc_of("Port workers strike again.")
    assert [t.term for t in term_counts(doc, ngram_range=(1, 1)).terms] == ["port", "strike", "workers"]
    # "again" is a stop word, so "strike again" is no bigram.
    assert [t.term for t in term_counts(doc, ngram_range=(2, 2)).terms] == ["port workers", "workers strike"]
    with pytest.raises(ValueError, match="ngram_range"):
        term_counts(doc, ngram_range=(2, 1))


def test_term_spans_point_at_the_text() -> None:
    doc = doc_of("Illegal workers were released. Officials said illegal workers will return.")
    spans = term_spans(doc, "illegal workers")
    assert [s.text for s in spans] == ["Illegal workers", "illegal workers"]
    assert all(doc.text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize(
    ("token", "expected"),
    [("Agency’s", "agency"), ("ICE's", "ice"), ("It’s", "it's"), ("CAN'T", "can't"), ("Straße", "strasse")],
)
def test_normalise_token(token: str, expected: str) -> None:
    assert normalise_token(token) == expected


# ------------------------------------------------------------------ log-odds


def test_log_odds_single_term_by_hand() -> None:
    # y_i=3, n_i=10, y_j=1, n_j=20, a_w=1, a_0=10:
    #   in_i = 3+1 = 4, out_i = 10+10-3-1 = 16, in_j = 1+1 = 2, out_j = 20+10-1-1 = 28
    #   delta = ln(4/16) - ln(2/28) = ln(3.5) = 1.2527630
    #   var = 1/4 + 1/16 + 1/2 + 1/28 = 0.25 + 0.0625 + 0.5 + 0.0357143 = 0.8482143
    #   z = 1.2527630 / sqrt(0.8482143) = 1.2527630 / 0.9209855 = 1.360247
    delta, z = log_odds_z(3, 10, 1, 20, 1.0, 10.0)
    assert delta == pytest.approx(1.2527630, abs=1e-6)
    assert z == pytest.approx(1.360247, abs=1e-5)
    # Swapping the articles flips the sign and keeps the size.
    d2, z2 = log_odds_z(1, 20, 3, 10, 1.0, 10.0)
    assert (d2, z2) == pytest.approx((-delta, -z))
    with pytest.raises(ValueError, match="prior"):
        log_odds_z(1, 2, 3, 4, 0.0, 10.0)


def test_distinctive_terms_worked_example() -> None:
    a = doc_of("Wolves hunt. Wolves hunt deer.", "a")
    b = doc_of("Deer graze. Deer run.", "b")
    # Unigrams: A = {wolves 2, hunt 2, deer 1} (n_A = 5); B = {deer 2, graze 1, run 1} (n_B = 4).
    # Prior: pooled counts + 1 = wolves 3, hunt 3, deer 4, graze 2, run 2, plus 1 for all
    # unused words (sum 15); with prior_weight 15, a_w = 3, 3, 4, 2, 2 and a_0 = 15.
    # "wolves" for A: in_i = 2+3 = 5, out_i = 5+15-2-3 = 15, in_j = 0+3 = 3, out_j = 4+15-0-3 = 16
    #   delta = ln(5/15) - ln(3/16) = ln(16/9) = 0.5753641
    #   var = 1/5 + 1/15 + 1/3 + 1/16 = 0.6625, z = 0.5753641 / 0.8139410 = 0.706887
    # "deer" for B: in_i = 2+4 = 6, out_i = 4+15-2-4 = 13, in_j = 1+4 = 5, out_j = 5+15-1-4 = 15
    #   delta = ln(6/13) - ln(5/15) = ln(18/13) = 0.3254224
    #   var = 1/6 + 1/13 + 1/5 + 1/15 = 0.5102564, z = 0.3254224 / 0.7143223 = 0.455568
    # "graze" (and "run") for B: in_i = 1+2 = 3, out_i = 4+15-1-2 = 16, in_j = 0+2 = 2, out_j = 5+15-0-2 = 18
    #   delta = ln(3/16) - ln(2/18) = ln(27/16) = 0.5232481
    #   var = 1/3 + 1/16 + 1/2 + 1/18 = 0.9513889, z = 0.5232481 / 0.9753917 = 0.536449
    result = distinctive_terms([a, b], prior_weight=15.0, use_wordfreq=False, ngram_range=(1, 1))
    got = {(d.article, d.term): d for d in result}
    assert set(got) == {("a", "wolves"), ("a", "hunt"), ("b", "deer"), ("b", "graze"), ("b", "run")}
    assert got["a", "wolves"].z == pytest.approx(0.706887, abs=1e-4)
    assert got["a", "wolves"].delta == pytest.approx(0.5753641, abs=1e-4)
    assert got["a", "wolves"].prior == pytest.approx(3.0)
    assert got["b", "deer"].z == pytest.approx(0.455568, abs=1e-4)
    assert got["b", "graze"].z == pytest.approx(0.536449, abs=1e-4)
    assert (got["b", "deer"].count, got["b", "deer"].other_count) == (2, 1)
    assert got["a", "wolves"].sentences == (0, 1)
    # "deer" for A has z < 0 (A uses it less) and is left out; B's order: graze = run > deer.
    assert [d.term for d in result if d.article == "b"] == ["graze", "run", "deer"]


def test_background_changes_the_prior() -> None:
    a = doc_of("Wolves hunt. Wolves hunt deer.", "a")
    b = doc_of("Deer graze. Deer run.", "b")
    bg = doc_of("Wolves wolves wolves wolves wolves howl.", "bg")
    base = {d.term: d for d in distinctive_terms([a, b], prior_weight=15.0, use_wordfreq=False)}
    with_bg = {
        d.term: d for d in distinctive_terms([a, b], background=[a, b, bg], prior_weight=15.0, use_wordfreq=False)
    }
    # A background that uses "wolves" a lot gives it a larger prior and so shrinks its z.
    assert with_bg["wolves"].prior > base["wolves"].prior
    assert with_bg["wolves"].z < base["wolves"].z


def test_wordfreq_mixes_in_when_available(monkeypatch: pytest.MonkeyPatch) -> None:
    a = doc_of("Wolves hunt. Wolves hunt deer.", "a")
    b = doc_of("Deer graze. Deer run.", "b")
    freqs = {"wolves": 1e-5, "hunt": 1e-5, "deer": 1e-5, "graze": 1e-5, "run": 1e-3}
    monkeypatch.setattr(terms, "_wordfreq_lookup", lambda: freqs.__getitem__)
    got = {d.term: d for d in distinctive_terms([a, b], prior_weight=15.0, ngram_range=(1, 1))}
    # run's share: 0.5 * 2/15 + 0.5 * 1e-3 / (4e-5 + 1e-3) = 0.0666667 + 0.4807692 = 0.5474359
    assert got["run"].prior == pytest.approx(15 * 0.5474359, abs=1e-4)
    off = {d.term: d for d in distinctive_terms([a, b], prior_weight=15.0, ngram_range=(1, 1), use_wordfreq=False)}
    assert off["run"].prior == pytest.approx(2.0)


def test_no_min_frequency_filter_on_short_articles() -> None:
    a = doc_of("Strikers blocked the gate at dawn.", "a")
    b = doc_of("Managers reopened the port by noon.", "b")
    result = distinctive_terms([a, b], use_wordfreq=False, top=50)
    assert {d.term for d in result if d.article == "a"} >= {"strikers", "blocked", "gate", "dawn"}
    assert all(d.count == 1 for d in result)


def test_options_are_checked() -> None:
    a, b = doc_of("One two.", "a"), doc_of("Three four.", "b")
    with pytest.raises(ValueError, match="prior_weight"):
        distinctive_terms([a, b], prior_weight=0)
    with pytest.raises(ValueError, match="top"):
        distinctive_terms([a, b], top=-1)
    assert distinctive_terms([a]) == ()


# ------------------------------------------------------------------ seeds


def test_seed_distinctive_terms() -> None:
    abc, breitbart = seed_documents()
    result = distinctive_terms([abc, breitbart], use_wordfreq=False)
    top = {a: [d.term for d in result if d.article == a][:5] for a in ("abc-news", "breitbart-news")}
    assert top["breitbart-news"][:3] == ["illegal", "workers", "illegal workers"]
    assert "illegal aliens" in [d.term for d in result if d.article == "breitbart-news"]
    assert "hsi" in top["abc-news"] and "cox said" in top["abc-news"]
    ill = next(d for d in result if d.term == "illegal")
    assert (ill.count, ill.other_count) == (11, 0)


@pytest.mark.parametrize("doc", seed_documents(), ids=lambda d: d.article.id)
def test_seed_invariants(doc: Document) -> None:
    tc = term_counts(doc)
    assert tc.words == doc.words
    assert tc == term_counts(doc)  # deterministic
    for t in tc.terms[:40]:
        spans = term_spans(doc, t.term)
        assert len(spans) == t.count
        for s in spans:
            assert 0 <= s.start < s.end <= len(doc.text)
            assert doc.text[s.start : s.end] == s.text
            sent = doc.sentence_at(s.start)
            assert sent is not None and sent.index in t.sentences


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_property_any_text(x: str, y: str) -> None:
    a, b = doc_of(x or "x", "a"), doc_of(y or "y", "b")
    for d in (a, b):
        tc = term_counts(d)
        assert all(t.count > 0 and math.isfinite(t.rate) for t in tc.terms)
    for d in distinctive_terms([a, b], use_wordfreq=False):
        assert math.isfinite(d.z) and d.z > 0
        assert d.article in {"a", "b"}


def test_cli_terms() -> None:
    from click.testing import CliRunner

    from framing.cli import main

    result = CliRunner().invoke(main, ["terms", "--top", "3"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Mississippi workplace immigration raids, August 2019 (mississippi-raids-2019)"
    assert lines[4] == "ABC News [abc-news]                 Breitbart News [breitbart-news]"
    assert lines[5] == "    z own oth  term                     z own oth  term"
    assert lines[6].split() == ["1.66", "9", "0", "place", "2.90", "11", "0", "illegal"]
    assert lines[8].split() == ["1.34", "6", "0", "hsi", "2.47", "8", "0", "illegal", "workers"]
    assert len(lines) == 9
    data = __import__("json").loads(CliRunner().invoke(main, ["terms", "--json", "--top", "2"]).output)
    assert [t["term"] for t in data["articles"][1]["terms"]] == ["illegal", "workers"]
    bad = CliRunner().invoke(main, ["terms", "no-such-event"])
    assert bad.exit_code == 2 and bad.output.startswith("Error: no event folder 'no-such-event'")


def test_terms_command_and_report_use_the_same_prior() -> None:
    """`framing terms` and the report's distinctive terms agree, for any event folder."""
    import json

    from click.testing import CliRunner

    from framing.cli import main
    from framing.compare import compare, library_background
    from framing.events import load_event
    from tests.conftest import DATA

    folder = DATA / "events" / "port-harlan-strike-2024"
    result = CliRunner().invoke(main, ["terms", str(folder), "--json"])
    shown = {(t["article"], t["term"]): t["z"] for a in json.loads(result.stdout)["articles"] for t in a["terms"]}
    report = compare(load_event(folder), background=library_background(folder)).distinctive_terms
    assert shown == {(t.article, t.term): pytest.approx(t.z, abs=1e-3) for t in report}
