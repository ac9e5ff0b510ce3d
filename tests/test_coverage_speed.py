"""framing.coverage's fast paths: its own TF-IDF must equal TfidfVectorizer bit for bit, its memoised words the analyzer."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

import framing.coverage as coverage
from framing.coverage import (
    _l2_rows,
    _alphabetical_ids,
    _analyzer,
    _char_tfidf,
    _containment_matrices,
    _content_words,
    _cosines,
    _wb_code_points,
    _wb_grams,
    _word_tfidf,
    load_paraphrases,
)
from framing.events import load_event
from framing.lexicons import lexicon_path
from framing.prepare import prepare

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "mississippi-raids-2019"

SENTENCES = [
    "ICE agents arrested 680 undocumented workers at seven food-processing plants on Wednesday.",
    "“We’re not going anywhere,” said Domingo Candelaria, 41, who has worked at Koch Foods since 2006.",
    "The raids — the largest in a single state — came hours after President Trump left El Paso.",
    "",  # an empty row
    "2019.",  # figures and punctuation only: no word, some n-grams
    "—",
    "Café owner José Núñez said the Señora's children were crying; naïve coöperation, façade.",
    "ΟΔΥΣΣΕΥΣ and Σ alone: Greek capitals lower-case by context.",
    "Tabs\tand  double  spaces\nand a new line, and a peopleconcept   token.",
    "A, I, an, of: short words count once.",
    "Mississippi's immigrant workers (about 300, more than 300) were detained.",
]


def sklearn_rows(vec: TfidfVectorizer, texts: list[str], pairs: list[tuple[int, int]]) -> tuple[sparse.csr_matrix, ...]:
    return vec.fit_transform(texts), vec.transform([f"{texts[a]} {texts[b]}" for a, b in pairs])


def assert_identical(got: sparse.csr_matrix, want: sparse.csr_matrix) -> None:
    # Same layout (row order included) and same bits: every later sum runs in the same order.
    assert np.array_equal(got.indptr, want.indptr)
    assert np.array_equal(got.indices, want.indices)
    assert np.array_equal(got.data, want.data)


def seed_sentences() -> list[str]:
    return [s.text for a in load_event(SEEDS).articles for s in prepare(a).sentences]


@pytest.mark.parametrize("texts", [SENTENCES, seed_sentences()], ids=["table", "seed"])
def test_char_wb_tfidf_equals_sklearn(texts: list[str]) -> None:
    pairs = [(k, k + 1) for k in range(len(texts) - 1)] + [(0, len(texts) - 1)]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True)
    want_sents, want_pairs = sklearn_rows(vec, texts, pairs)
    got = _char_tfidf(texts, pairs)
    assert got is not None and got.pairs is not None
    assert np.array_equal(got.idf, vec.idf_)
    assert_identical(got.sentences, want_sents)
    assert_identical(got.pairs, want_pairs)


@pytest.mark.parametrize("texts", [SENTENCES, seed_sentences()], ids=["table", "seed"])
def test_word_tfidf_equals_sklearn(texts: list[str]) -> None:
    fold = load_paraphrases()
    pairs = [(k, k + 1) for k in range(len(texts) - 1)]
    vec = TfidfVectorizer(analyzer=partial(_analyzer, fold=fold), sublinear_tf=True, norm="l2")
    want_sents, want_pairs = sklearn_rows(vec, texts, pairs)
    result = _word_tfidf([_analyzer(t, fold) for t in texts], pairs)
    assert result is not None
    got, idf = result
    assert got.pairs is not None
    assert list(idf) == list(vec.get_feature_names_out())
    assert list(idf.values()) == list(vec.idf_)
    assert np.array_equal(got.idf, vec.idf_)
    assert_identical(got.sentences, want_sents)
    assert_identical(got.pairs, want_pairs)


def test_no_feature_at_all_is_none_where_sklearn_raises() -> None:
    texts = ["2019.", "", "300 — 400"]
    with pytest.raises(ValueError, match="empty vocabulary"):
        TfidfVectorizer(analyzer=partial(_analyzer, fold={}), sublinear_tf=True).fit_transform(texts)
    assert _word_tfidf([_analyzer(t, {}) for t in texts], [(0, 1)]) is None
    assert _char_tfidf(["", " \t "], [(0, 1)]) is None


@pytest.mark.parametrize(
    ("word", "grams"),
    [
        ("a", (" a ",)),
        ("ab", (" ab", "ab ", " ab ")),
        ("abc", (" ab", "abc", "bc ", " abc", "abc ", " abc ")),
        ("café", (" ca", "caf", "afé", "fé ", " caf", "café", "afé ", " café", "café ")),
    ],
)
def test_wb_grams_lists_sklearn_char_wb_ngrams(word: str, grams: tuple[str, ...]) -> None:
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).build_analyzer()
    assert _wb_grams(word) == grams == tuple(analyzer(word))


@pytest.mark.parametrize("padding", [0, 7000], ids=["one-key", "two-keys"])
def test_alphabetical_ids_sort_ngrams_as_strings(padding: int) -> None:
    # 7000 more letters make the base too large for one 64-bit key: the two-key sort must agree.
    words = " ".join(SENTENCES + seed_sentences()).lower().split()
    grams = [g for w in words for g in _wb_grams(w)]
    code_points = np.concatenate([_wb_code_points(w) for w in words])
    letters = {ord(c) + 1 for g in grams for c in g} | {0} | set(range(200_000, 200_000 + padding))
    ids, first = _alphabetical_ids(code_points, np.array(sorted(letters), dtype=np.int64))
    names = sorted(set(grams))
    assert [names[k] for k in ids] == grams
    assert list(first) == [grams.index(name) for name in names]


@pytest.mark.parametrize("folding", [True, False], ids=["paraphrases", "plain"])
def test_content_words_memoised_equal_the_analyzer(folding: bool) -> None:
    path = str(lexicon_path("paraphrases")) if folding else ""
    fold = load_paraphrases() if folding else {}
    for text in SENTENCES + seed_sentences():
        assert _content_words(text, path) == _analyzer(text, fold)


def test_containment_matrices_are_weighted_shares_of_the_group_union() -> None:
    terms = [frozenset({"ice", "raid"}), frozenset(), frozenset({"raid", "plant", "worker"}), frozenset({"ice"})]
    nums = [frozenset({"count:680"}), frozenset({"count:680"}), frozenset(), frozenset()]
    groups = [(0,), (1,), (2,), (3,), (0, 1), (1, 2), (2, 3)]
    idf = {"ice": 1.0, "raid": 2.0, "plant": 3.0}  # "worker" weighs 1
    term_c, num_c, empty = _containment_matrices([(terms, idf), (nums, {}), ([frozenset()] * 4, {})], groups)
    assert term_c.tolist() == [
        [1.0, 0.0, 2 / 3, 1 / 3, 1.0, 2 / 3, 1.0],
        [0.0] * 7,  # an empty set scores 0
        [2 / 6, 0.0, 1.0, 0.0, 2 / 6, 1.0, 1.0],
        [1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0],
    ]
    assert num_c.tolist() == [[1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0], [1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0]] + [[0.0] * 7] * 2
    assert empty.tolist() == [[0.0] * 7] * 4


def test_containment_matrices_equal_set_arithmetic_on_real_sentences() -> None:
    path = str(lexicon_path("paraphrases"))
    sets = [frozenset(_content_words(t, path)) for t in seed_sentences()]
    groups = [(k,) for k in range(len(sets))] + [(k, k + 1) for k in range(len(sets) - 1)]
    weight = {t: 1.0 + len(t) / 7 for s in sets for t in s}
    (got,) = _containment_matrices([(sets, weight)], groups)
    for i, items in enumerate(sets):
        for g, members in enumerate(groups):
            union = frozenset().union(*(sets[m] for m in members))
            den = sum(weight[t] for t in items)
            want = sum(weight[t] for t in items & union) / den if den else 0.0
            assert got[i, g] == pytest.approx(want, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("dense_cells", [0, 1 << 30], ids=["sparse", "dense"])
def test_cosines_equal_the_sparse_product_bit_for_bit(monkeypatch: pytest.MonkeyPatch, dense_cells: int) -> None:
    texts = seed_sentences() + SENTENCES
    pairs = [(k, k + 1) for k in range(len(texts) - 1)]
    path = str(lexicon_path("paraphrases"))
    word = _word_tfidf([_content_words(t, path) for t in texts], pairs)
    char = _char_tfidf(texts, pairs)
    assert word is not None and char is not None
    monkeypatch.setattr(coverage, "_DENSE_CELLS", dense_cells)
    for tfidf in (word[0], char):
        assert tfidf.pairs is not None
        want = (tfidf.sentences @ sparse.vstack([tfidf.sentences, tfidf.pairs]).T).toarray()
        got = _cosines(tfidf)
        assert got.shape == want.shape
        assert np.array_equal(got, want)


@pytest.mark.parametrize("seed", range(5))
def test_l2_rows_equal_sklearn_normalize_bit_for_bit(seed: int) -> None:
    rng = np.random.default_rng(seed)
    m = sparse.random(60, 300, density=0.05, format="csr", random_state=seed)
    m = sparse.vstack([m, sparse.csr_matrix((2, 300)), m[:5]], format="csr")  # two empty rows
    m.data = rng.lognormal(size=m.nnz) * 10.0 ** rng.integers(-8, 8, size=m.nnz)
    m.data[:3] = 0.0  # explicit zeros
    # Rows out of column order (sentence rows keep first-appearance order) and empty rows.
    perm = rng.permutation(m.nnz)
    for a, b in zip(m.indptr[:-1], m.indptr[1:]):
        seg = perm[(perm >= a) & (perm < b)]
        m.data[a:b], m.indices[a:b] = m.data[seg].copy(), m.indices[seg].copy()
    assert (np.diff(m.indptr) == 0).any()
    want = normalize(m.copy(), norm="l2", copy=False)
    got = m.copy()
    _l2_rows(got)
    assert_identical(got, want)




@pytest.mark.parametrize("shape", [(0, 0), (0, 4), (3, 4)], ids=["no-rows-no-columns", "no-rows", "all-empty"])
def test_l2_rows_leaves_an_empty_matrix_alone(shape: tuple[int, int]) -> None:
    # sklearn refuses a matrix without rows; align never builds one, but the step must not fail on it.
    m = sparse.csr_matrix(shape, dtype=np.float64)
    _l2_rows(m)
    assert m.shape == shape and m.nnz == 0 and m.data.dtype == np.float64
    if shape[0]:
        assert_identical(m, normalize(sparse.csr_matrix(shape, dtype=np.float64), norm="l2", copy=False))
