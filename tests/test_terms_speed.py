"""framing.terms' fast paths give exactly what the library and the plain formulas give."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import CountVectorizer

from framing import terms
from framing.events import list_events, load_event
from framing.model import Article, Document
from framing.prepare import prepare
from framing.terms import distinctive_terms, log_odds_z, prior_distribution, term_counts
from tests.conftest import DATA, ROOT, SEED_EVENT


def _documents() -> list[Document]:
    folders = list_events(ROOT / "seeds") + list_events(DATA / "events")
    return [prepare(a) for folder in folders for a in load_event(Path(folder)).articles]


DOCS = _documents()
IDS = [d.article.id for d in DOCS]


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (2, 2), (1, 3), (2, 3)])
def test_counts_agree_with_count_vectorizer(doc: Document, ngram_range: tuple[int, int]) -> None:
    grams = [g[0] for g in terms._grams(doc, ngram_range)]
    vec = CountVectorizer(analyzer=lambda d: grams, lowercase=False)
    matrix = vec.fit_transform([doc])
    expected = {str(t): int(c) for t, c in zip(vec.get_feature_names_out(), matrix.toarray()[0], strict=True)}
    tc = term_counts(doc, ngram_range=ngram_range)
    assert {t.term: t.count for t in tc.terms} == expected
    assert tc.total == sum(expected.values())


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_unrolled_bigrams_match_the_general_loop(doc: Document) -> None:
    # (1, 2) takes the unrolled path, (1, 3) the general one: up to two words
    # they must find the same occurrences in the same order.
    general = [g for g in terms._grams(doc, (1, 3)) if g[0].count(" ") < 2]
    assert terms._grams(doc, (1, 2)) == general


def test_counts_of_an_equal_document_are_equal() -> None:
    text = "Port workers strike again. Port workers return."
    a = prepare(Article(id="a", outlet="A", text=text))
    b = prepare(Article(id="a", outlet="A", text=text))
    assert term_counts(b) == term_counts(a)


def test_distinctive_terms_with_the_callers_counts_are_the_same() -> None:
    docs = DOCS[:3]
    given = [term_counts(d) for d in docs]
    assert distinctive_terms(docs, counts=given) == distinctive_terms(docs)
    with pytest.raises(ValueError, match="one TermCounts per document: 2 for 3"):
        distinctive_terms(docs, counts=given[:2])


def test_compare_counts_each_article_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The article's counts serve its own table and its distinctive terms: no second count."""
    from framing.compare import compare

    calls: list[str] = []
    real = terms._count_terms

    def counting(doc: Document, rng: tuple[int, int]) -> terms.TermCounts:
        calls.append(doc.article.id)
        return real(doc, rng)

    monkeypatch.setattr(terms, "_count_terms", counting)
    result = compare(load_event(SEED_EVENT))
    assert sorted(calls) == sorted(a.id for a in result.articles)


@pytest.mark.parametrize("prior_weight", [500.0, 15.0])
def test_inlined_log_odds_equal_log_odds_z(prior_weight: float) -> None:
    docs = DOCS[:3]
    result = distinctive_terms(docs, prior_weight=prior_weight, use_wordfreq=False, top=100_000)
    counts = [Counter({t.term: t.count for t in term_counts(d).terms}) for d in docs]
    shares = prior_distribution(set().union(*counts), counts)
    totals = [sum(c.values()) for c in counts]
    expected = []
    for doc, own, n_i in zip(docs, counts, totals, strict=True):
        for w, y_i in own.items():
            y_j = sum(c[w] for c in counts) - y_i
            a_w = prior_weight * shares[w]
            delta, z = log_odds_z(y_i, n_i, y_j, sum(totals) - n_i, a_w, prior_weight)
            if z > 0:
                expected.append((doc.article.id, w, round(z, 4), round(delta, 4), y_i, y_j, round(a_w, 6)))
    got = [(d.article, d.term, d.z, d.delta, d.count, d.other_count, d.prior) for d in result]
    assert len(got) > 100
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (2, 2), (1, 3)])
def test_term_records_equal_the_plain_tally_of_grams(doc: Document, ngram_range: tuple[int, int]) -> None:
    # Counts, sentence lists and order as a plain tally of every occurrence gives them.
    counts: Counter[str] = Counter()
    sentences: dict[str, set[int]] = {}
    for term, _, _, sent in terms._grams(doc, ngram_range):
        counts[term] += 1
        sentences.setdefault(term, set()).add(sent)
    expected = [
        (t, c, round(1000.0 * c / doc.words, 3), tuple(sorted(sentences[t])))
        for t, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    got = terms._count_terms(doc, ngram_range)
    assert [(t.term, t.count, t.rate, t.sentences) for t in got.terms] == expected
    assert got.total == sum(counts.values())
