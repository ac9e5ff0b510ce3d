"""Coverage: which sentences, facts, numbers and names each outlet shares or leaves out.

This module owns the cross-article comparison of content. :func:`align`
matches every content sentence of every article against every other article
and labels it ``shared`` (its main claim is there), ``partial`` (some of it is
there) or ``unique`` (absent there); :func:`omissions` turns the alignment into
what only one outlet says and what each outlet leaves out. Quantities and
named entities live in :mod:`framing.numbers` and :mod:`framing.entities`;
:func:`compare_event` runs all three.

The match score blends five signals, each in [0, 1], so that a difference of
wording is not mistaken for a difference of facts:

* TF-IDF cosine over words (after the paraphrase lexicon and the naming lexicon
  have folded near-synonyms into concepts) and over characters (3-5 grams, which
  forgive inflection and typos), fitted once per event;
* key-term containment: the share of the sentence's content-word stems
  (weighted by IDF) found in the other sentence, after the naming lexicon has
  folded "illegal workers" and "undocumented immigrants" into one concept;
* numbers: the share of its figures the other sentence gives too ("about 300"
  = "more than 300" = "300");
* entities: the share of its people, organisations and places named there.

The weights and thresholds are keyword options whose defaults were calibrated
on hand-labelled data (``tests/data/coverage_*_labels.yaml``; see
``benchmarks/coverage_ablation.py`` for the grid search and the ablation).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, count, repeat
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from framing._punkt import porter_stem as _stem
from framing._stopwords import ENGLISH_STOP_WORDS

from framing.entities import EntityMention, EntityRow, compare_entities, extract_entities
from framing.errors import FramingError, LexiconError
from framing.lexicons import lexicon_path, read_lexicon
from framing.model import Document
from framing.numbers import NumberRow, Quantity, compare_numbers, extract_numbers, people_spans

STATUSES = ("shared", "partial", "unique")
#: Default blend of the signals (word cosine, char cosine, key terms, numbers, entities).
# Chosen by grid search on the two calibration events pooled (seed pair and Port
# Harlan), keeping a partial band and the accuracy floors of tests/test_coverage.py;
# the Alder Creek event is held out (see benchmarks/coverage_ablation.py).
DEFAULT_WEIGHTS = (0.2, 0.2, 0.0, 0.1, 0.05)
DEFAULT_SHARED = 0.27
DEFAULT_PARTIAL = 0.25
# The token that stands for every term the naming lexicon recognises.
PEOPLE_TOKEN = "peopleconcept"


@dataclass(frozen=True, slots=True)
class Match:
    """The best matching sentence of the other article, with the evidence for it.

    ``score`` is the blended score; ``sentences`` the matched sentence or pair of
    neighbouring sentences (``sentence`` is the one of them closest alone); ``text_similarity`` the word TF-IDF cosine;
    ``terms`` the key-term containment; ``numbers`` and ``entities`` what the two
    sentences have in common (figures as written in the other sentence, canonical names).
    """

    sentence: int
    score: float
    sentences: tuple[int, ...] = ()
    text_similarity: float = 0.0
    terms: float = 0.0
    numbers: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Alignment:
    """One sentence of one article against one other article (a row of the JSON ``coverage`` list)."""

    article: str
    sentence: int
    against: str
    status: str
    match: Match | None


@dataclass(frozen=True, slots=True)
class OmittedSentence:
    """A sentence another article carries and this one leaves out."""

    article: str
    sentence: int
    text: str


@dataclass(frozen=True, slots=True)
class ArticleCoverage:
    """Per article: what only it says, what it shares only in part, what it leaves out.

    ``only_here`` are its sentences unique against every other article,
    ``groups`` the same sentences in runs of neighbours (for display),
    ``partly_here`` those that no article carries in full but some carry in part,
    ``omits`` the sentences of other articles that are unique against this one.
    """

    article: str
    only_here: tuple[int, ...]
    groups: tuple[tuple[int, ...], ...]
    partly_here: tuple[int, ...]
    omits: tuple[OmittedSentence, ...]


@dataclass(frozen=True, slots=True)
class Coverage:
    """The whole coverage comparison of an event's articles."""

    alignments: tuple[Alignment, ...]
    articles: tuple[ArticleCoverage, ...]
    numbers: tuple[NumberRow, ...]
    entities: tuple[EntityRow, ...]


@dataclass(frozen=True, slots=True)
class _Span:
    """A people-naming span, standing in for a naming mention (only its offsets are used)."""

    start: int
    end: int


def _people_once(docs: Sequence[Document], mentions: Sequence[Sequence[Any]] | None) -> list[tuple[_Span, ...]] | list[Sequence[Any]]:
    """Naming mentions per document: those given, else found once here (numbers and folding share them)."""
    if mentions is not None:
        return list(mentions)
    return [tuple(_Span(a, b) for a, b in people_spans(d)) for d in docs]


@dataclass(frozen=True, slots=True)
class _SentenceFacts:
    """What a sentence carries besides its words: figures and names."""

    numbers: tuple[tuple[str, float, str], ...]  # (kind, value, text)
    entities: frozenset[str]


_WORD_RE = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?|\d[\d,.]*")
_CONCEPT_RE = re.compile(r"^[a-z]+$")


@lru_cache(maxsize=8)
def _load_paraphrases(path: str) -> dict[str, str]:
    data = read_lexicon(Path(path))
    groups = data.get("groups")
    if not isinstance(groups, dict) or not groups:
        raise LexiconError(f"{path}: entry 'groups' must be a non-empty mapping of 'concept: [word, ...]'")
    out: dict[str, str] = {}
    for concept, words in groups.items():
        if not isinstance(concept, str) or not _CONCEPT_RE.match(concept):
            raise LexiconError(f"{path}: group {concept!r}: a concept name is one lower-case word, like 'arrestconcept'")
        if not isinstance(words, list) or not words:
            raise LexiconError(f"{path}: group {concept!r} must be a non-empty list of words, like [arrest, detained]")
        for word in words:
            if not isinstance(word, str) or not _CONCEPT_RE.match(word):
                raise LexiconError(
                    f"{path}: group {concept!r} item {word!r}: write one lower-case word per item (no spaces)"
                )
            if word in out and out[word] != concept:
                raise LexiconError(
                    f"{path}: word {word!r} is in groups {out[word]!r} and {concept!r}; keep it in one group"
                )
            out[word] = concept
    return out


def load_paraphrases() -> dict[str, str]:
    """The paraphrase lexicon (``paraphrases.yaml``) as word -> concept, validated once."""
    return _load_paraphrases(_paraphrases_path())


def _paraphrases_path() -> str:
    return str(lexicon_path("paraphrases"))


def _folded_sentences(doc: Document, people: tuple[tuple[int, int], ...]) -> list[str]:
    """Each sentence's text with people-naming terms replaced by one concept token."""
    out = []
    for s in doc.sentences:
        text = s.text
        for start, end in sorted((p for p in people if s.start <= p[0] and p[1] <= s.end), reverse=True):
            text = text[: start - s.start] + f" {PEOPLE_TOKEN} " + text[end - s.start :]
        out.append(text)
    return out


def _analyzer(text: str, fold: dict[str, str] | None = None) -> list[str]:
    """Lower-cased, paraphrase-folded, stemmed content words (figures are left to other signals)."""
    fold = load_paraphrases() if fold is None else fold
    words = (w.lower().replace("’", "'") for w in _WORD_RE.findall(text))
    return [
        fold.get(w) or _stem(w) for w in words if w not in ENGLISH_STOP_WORDS and not w[0].isdigit() and len(w) > 1
    ]


def _content_words(text: str, paraphrases: str) -> list[str]:
    """:func:`_analyzer` with the paraphrase lexicon at path ``paraphrases`` ('' for none), memoised word by word."""
    return [t for t in map(_content_word, _WORD_RE.findall(text), repeat(paraphrases)) if t is not None]


@lru_cache(maxsize=65536)
def _content_word(word: str, paraphrases: str) -> str | None:
    """What :func:`_analyzer` makes of one word: None for a stop word, a figure or a single letter."""
    w = word.lower().replace("’", "'")
    if w in ENGLISH_STOP_WORDS or w[0].isdigit() or len(w) <= 1:
        return None
    return (_load_paraphrases(paraphrases).get(w) if paraphrases else None) or _stem(w)


def _wb_grams(word: str) -> tuple[str, ...]:
    """The character 3-5-grams of one lower-cased word, exactly as sklearn's ``analyzer="char_wb"`` lists them."""
    w = f" {word} "
    out: list[str] = []
    for n in range(3, 6):
        if len(w) <= n:  # a short word counts once, whole
            out.append(w)
            break
        out.extend(w[k : k + n] for k in range(len(w) - n + 1))
    return tuple(out)


def _wb_code_points(word: str) -> np.ndarray:
    """:func:`_wb_grams` of ``word`` as rows of five code points + 1, 0 past a gram's end.

    Rows compare as the strings do (a prefix first), so n-grams sort as integers.
    """
    return _wb_code_point_rows([word])[0]


@lru_cache(maxsize=256)
def _gram_layout(length: int) -> tuple[np.ndarray, np.ndarray]:
    """Start and size of each of :func:`_wb_grams`' n-grams of a padded word of ``length`` characters."""
    starts: list[int] = []
    sizes: list[int] = []
    for n in range(3, 6):
        if length <= n:  # a short word counts once, whole
            starts.append(0)
            sizes.append(length)
            break
        starts.extend(range(length - n + 1))
        sizes.extend(repeat(n, length - n + 1))
    return np.array(starts, dtype=np.int64), np.array(sizes, dtype=np.int64)


def _wb_code_point_rows(words: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_wb_code_points` of every word, one after the other, and how many rows each word has.

    The words' padded code points are read in one go and every n-gram row is
    a window into them, so no n-gram is built as a string.
    """
    padded = [f" {w} " for w in words]
    lengths = [len(p) for p in padded]
    points = np.zeros(sum(lengths) + 4, dtype=np.int64)  # a window past the last word reads zeros
    points[: len(points) - 4] = np.frombuffer("".join(padded).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    points[: len(points) - 4] += 1
    layouts = [_gram_layout(n) for n in lengths]
    per_word = np.array([len(starts) for starts, _ in layouts], dtype=np.int64)
    offsets = np.cumsum(lengths, dtype=np.int64) - lengths
    starts = np.concatenate([starts for starts, _ in layouts]) + np.repeat(offsets, per_word)
    sizes = np.concatenate([sizes for _, sizes in layouts])
    width = np.arange(5, dtype=np.int64)
    rows = points[starts[:, None] + width]
    rows[width >= sizes[:, None]] = 0
    return rows, per_word


def _alphabetical_ids(code_points: np.ndarray, alphabet: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Alphabetical feature id of each n-gram row, and the first row of each feature.

    ``alphabet`` holds every value of ``code_points``, sorted; a row then reads
    as a five-digit number in base ``len(alphabet)`` that sorts as its string.
    """
    base = len(alphabet)
    digit = np.zeros(int(alphabet[-1]) + 1, dtype=np.int64)
    digit[alphabet] = np.arange(base)
    digits = digit[code_points]
    if base**5 < 2**63:
        key = digits @ np.array([base**4, base**3, base**2, base, 1], dtype=np.int64)
        _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        return inverse.ravel(), first
    # A very large alphabet: sort on two keys (np.lexsort is stable, so a
    # feature's run in the sorted order starts at its first row).
    high = digits[:, :3] @ np.array([base**2, base, 1], dtype=np.int64)
    low = digits[:, 3:] @ np.array([base, 1], dtype=np.int64)
    order = np.lexsort((low, high))
    new = np.ones(len(order), dtype=bool)
    new[1:] = (high[order][1:] != high[order][:-1]) | (low[order][1:] != low[order][:-1])
    inverse = np.empty(len(order), dtype=np.int64)
    inverse[order] = np.cumsum(new) - 1
    return inverse, order[new]


@dataclass(frozen=True, slots=True)
class _Tfidf:
    """Sublinear, smooth-idf, l2-normalised TF-IDF rows of the sentences and of the neighbour pairs.

    Columns are features in alphabetical order; ``idf`` is indexed alike.
    """

    sentences: sparse.csr_matrix
    pairs: sparse.csr_matrix | None
    idf: np.ndarray


def _tfidf(rows: np.ndarray, cols: np.ndarray, alphabetical: np.ndarray, n: int,
           pairs: Sequence[tuple[int, ...]]) -> _Tfidf:
    """``TfidfVectorizer(sublinear_tf=True)`` fitted on ``n`` sentences, and its transform of the ``pairs``.

    ``rows``/``cols`` give the sentence and feature of every feature occurrence,
    features numbered in order of first appearance; ``alphabetical`` maps them
    to their alphabetical column. A pair's counts are the sum of its sentences'
    counts, as the vectorizer counts the two texts joined by a space. The
    matrices are laid out as sklearn lays them (a sentence row in order of the
    features' first appearance, a pair row in alphabetical order) so that every
    sum runs in the same order and the cosines equal sklearn's to the last bit.
    """
    v = len(alphabetical)
    keys, counts = np.unique(rows * v + cols, return_counts=True)
    key_rows, key_cols = np.divmod(keys, v)
    indptr = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(key_rows, minlength=n), out=indptr[1:])
    sents = sparse.csr_matrix((counts.astype(np.float64), alphabetical[key_cols].astype(np.int32), indptr),
                              shape=(n, v))
    pair_rows = None
    if pairs:
        # The same counts with each row in alphabetical order, whose sum is then sorted too.
        alpha_order = np.argsort(key_rows * v + sents.indices)
        counted = sparse.csr_matrix((sents.data[alpha_order], sents.indices[alpha_order], indptr), shape=(n, v))
        pair_rows = counted[[p[0] for p in pairs]] + counted[[p[1] for p in pairs]]
    df = np.bincount(sents.indices, minlength=v).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, fill_value=n + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    for m in (sents, pair_rows):
        if m is not None:
            np.log(m.data, out=m.data)
            m.data += 1.0
            m.data *= idf[m.indices]
    _l2_rows(sents)
    if pair_rows is not None:
        _l2_rows(pair_rows)
    return _Tfidf(sents, pair_rows, idf)


def _l2_rows(m: sparse.csr_matrix) -> None:
    """Scale every row of a float64 CSR matrix to unit length, in place, as TfidfVectorizer's l2 step does.

    The same arithmetic as sklearn's ``normalize(m, norm="l2", copy=False)``
    (each row's squares summed in stored order from 0.0, its square root,
    each value divided by it; an all-zero row left alone), so the cosines
    match the vectorizer's to the last bit, without the ~0.2 ms of parameter
    validation that ``normalize`` spends per call on an event's small matrices.
    """
    if not m.nnz:  # nothing to scale (and bincount of nothing would count in integers)
        return
    row_of = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
    # bincount adds its weights one by one in array order: the sequential sum per row.
    norms = np.bincount(row_of, weights=m.data * m.data, minlength=m.shape[0])
    np.sqrt(norms, out=norms)
    norms[norms == 0.0] = 1.0  # x / 1.0 is x: an empty row stays as it is
    m.data /= norms[row_of]


def _word_tfidf(words: Sequence[Sequence[str]],
                pairs: Sequence[tuple[int, ...]]) -> tuple[_Tfidf, dict[str, float]] | None:
    """:func:`_tfidf` of the sentences' content words (as many as sklearn's vectorizer keeps), and word -> idf.

    None when no sentence has a content word (sklearn raises "empty vocabulary").
    """
    features = list(dict.fromkeys(chain.from_iterable(words)))
    if not features:
        return None
    feature_id = dict(zip(features, range(len(features))))
    cols = np.fromiter(map(feature_id.__getitem__, chain.from_iterable(words)), dtype=np.int64)
    rows = np.repeat(np.arange(len(words), dtype=np.int64), [len(w) for w in words])
    order = sorted(range(len(features)), key=features.__getitem__)
    alphabetical = np.empty(len(features), dtype=np.int64)
    alphabetical[order] = np.arange(len(features))
    tfidf = _tfidf(rows, cols, alphabetical, len(words), pairs)
    return tfidf, dict(zip(map(features.__getitem__, order), tfidf.idf))


def _char_tfidf(texts: Sequence[str], pairs: Sequence[tuple[int, ...]]) -> _Tfidf | None:
    """:func:`_tfidf` of the sentences' lower-cased char_wb 3-5-grams (sklearn's ``analyzer="char_wb"``).

    The n-grams stay within words, so each distinct word's are taken once per
    event and every occurrence of the word repeats them. None when there is no
    word at all.
    """
    words = [t.lower().split() for t in texts]
    distinct = list(dict.fromkeys(chain.from_iterable(words)))
    if not distinct:
        return None
    word_id = dict(zip(distinct, range(len(distinct))))
    tokens = np.fromiter(map(word_id.__getitem__, chain.from_iterable(words)), dtype=np.int64)
    code_points, lens = _wb_code_point_rows(distinct)
    alphabet = np.unique(np.array([0, ord(" ") + 1, *(ord(c) + 1 for c in set("".join(distinct)))], dtype=np.int64))
    alpha_ids, first = _alphabetical_ids(code_points, alphabet)
    # A word seen before adds no new n-gram, so first appearances over the
    # distinct words' n-grams are first appearances over the whole text.
    alphabetical = np.argsort(first)
    appearance = np.empty(len(first), dtype=np.int64)
    appearance[alphabetical] = np.arange(len(first))
    gram_ids = appearance[alpha_ids]
    # Every token expands to its word's run of n-grams.
    starts = np.cumsum(lens) - lens
    per_token = lens[tokens]
    ends = np.cumsum(per_token)
    cols = gram_ids[np.arange(int(ends[-1])) + np.repeat(starts[tokens] - (ends - per_token), per_token)]
    rows = np.repeat(np.repeat(np.arange(len(words), dtype=np.int64), [len(w) for w in words]), per_token)
    return _tfidf(rows, cols, alphabetical, len(words), pairs)


# Up to this many cells a dense copy of the rows costs less than the sparse
# product's bookkeeping: an event's content words (~80k cells for three
# 800-word articles) fit; its character n-grams (~750k) do not.
_DENSE_CELLS = 1 << 18


def _cosines(tfidf: _Tfidf) -> np.ndarray:
    """Dense cosines of every sentence row against every sentence row, then every pair row.

    Equal to the sparse product ``sentences @ vstack([sentences, pairs]).T``
    to the last bit either way: both add each sentence's terms, in its row's
    order, into the same accumulators (the dense one adds exact zeros too,
    which changes no sum of non-negative terms).
    """
    sents = tfidf.sentences
    rows = sents if tfidf.pairs is None else _stack(sents, tfidf.pairs)
    if rows.shape[0] * rows.shape[1] <= _DENSE_CELLS:
        # A small vocabulary (the content words): a dense right-hand side skips
        # the sparse transpose and product bookkeeping.
        return np.asarray(sents @ np.ascontiguousarray(rows.toarray().T))
    return np.asarray((sents @ rows.T).toarray())


def _stack(top: sparse.csr_matrix, bottom: sparse.csr_matrix) -> sparse.csr_matrix:
    """``sparse.vstack([top, bottom])`` of two CSR matrices with the same columns, by joining their arrays."""
    indptr = np.concatenate([top.indptr, bottom.indptr[1:] + top.indptr[-1]])
    return sparse.csr_matrix(
        (np.concatenate([top.data, bottom.data]), np.concatenate([top.indices, bottom.indices]), indptr),
        shape=(top.shape[0] + bottom.shape[0], top.shape[1]),
    )


def _facts(doc: Document, quantities: Sequence[Quantity], entities: Sequence[EntityMention],
           canon: dict[tuple[str, int], str]) -> list[_SentenceFacts]:
    nums: dict[int, list[tuple[str, float, str]]] = {}
    for q in quantities:
        # Ordinals and small bare counts ("two", "three") match by chance; years and
        # larger figures are facts, and so is a small count of the same thing
        # ("three officers suffered minor injuries" / "three officers were hurt").
        if q.value is None or q.kind == "ordinal":
            continue
        kind = q.kind
        if q.kind == "count" and q.value < 10:
            if not q.counts:
                continue
            kind = f"count of {q.counts}"
        nums.setdefault(q.sentence, []).append((kind, q.value, q.text))
    ents: dict[int, set[str]] = {}
    for e in entities:
        ents.setdefault(e.sentence, set()).add(canon.get((doc.article.id, e.start), e.canonical))
    return [
        _SentenceFacts(tuple(nums.get(s.index, ())), frozenset(ents.get(s.index, ())))
        for s in doc.sentences
    ]


def _containment_matrices(
    signals: Sequence[tuple[Sequence[frozenset[str]], dict[str, float]]], groups: Sequence[tuple[int, ...]]
) -> list[np.ndarray]:
    """Per signal (sets, weights): the weighted share of each set's items found in each group of sets.

    A group's items are the union of its member sets'; an item missing from
    the weights weighs 1; an empty set scores 0. Rows are the sets, columns
    the groups. The signals share one vocabulary (each its own columns), so
    that one sparse product serves them all.
    """
    n = len(signals[0][0])
    ids: list[list[int]] = []
    weights: list[float] = []
    for sets, weight in signals:
        vocab: dict[str, int] = {}
        start = len(weights)
        ids.extend([vocab.setdefault(item, start + len(vocab)) for item in items] for items in sets)
        weights.extend(weight.get(item, 1.0) for item in vocab)
    if not weights:
        return [np.zeros((n, len(groups))) for _ in signals]
    indptr = np.zeros(len(ids) + 1, dtype=np.int64)
    np.cumsum([len(x) for x in ids], out=indptr[1:])
    indices = np.fromiter(chain.from_iterable(ids), dtype=np.int64, count=int(indptr[-1]))
    w = np.array(weights, dtype=np.float64)
    # Rows: every signal's sets one after the other; columns: every signal's items.
    weighted = sparse.csr_matrix((w[indices], indices, indptr), shape=(len(ids), len(w)))
    # A group's items: the sum of its members' incidence rows (in every signal), made binary again.
    k = len(signals)
    member_ptr = np.zeros(len(groups) + 1, dtype=np.int64)
    np.cumsum([len(g) * k for g in groups], out=member_ptr[1:])
    members = np.fromiter(chain.from_iterable(groups), dtype=np.int64)
    members = (members[:, None] + n * np.arange(k)).ravel()  # a member's row in each signal
    select = sparse.csr_matrix((np.ones(len(members)), members, member_ptr), shape=(len(groups), len(ids)))
    binary = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(ids), len(w)))
    union = select @ binary
    union.data[:] = 1.0
    num = (weighted @ union.T).toarray()
    den = np.asarray(weighted.sum(axis=1)).ravel()
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(den[:, None] > 0, num / np.where(den[:, None] > 0, den[:, None], 1.0), 0.0)
    return [out[j * n : (j + 1) * n] for j in range(k)]


def _check_options(shared_threshold: float, partial_threshold: float, weights: Sequence[float]) -> None:
    if not 0.0 <= partial_threshold <= shared_threshold <= 1.0:
        raise FramingError(
            f"thresholds must satisfy 0 <= partial_threshold <= shared_threshold <= 1; "
            f"got partial_threshold={partial_threshold}, shared_threshold={shared_threshold}"
        )
    if len(weights) != 5 or any(w < 0 for w in weights) or not sum(weights):
        raise FramingError(
            "weights must be five non-negative numbers (word, char, terms, numbers, entities) "
            f"that do not all equal 0; got {tuple(weights)!r}"
        )


def candidates(n: int, *, windows: bool = True) -> tuple[tuple[int, ...], ...]:
    """The sentence groups of an ``n``-sentence article a claim is matched against.

    Every sentence alone, then (with ``windows``) every pair of neighbours,
    because one outlet's sentence often spreads over two of another's.
    """
    singles = tuple((k,) for k in range(n))
    return singles + (tuple((k, k + 1) for k in range(n - 1)) if windows else ())


def signal_matrices(
    docs: Sequence[Document],
    *,
    quantities: Sequence[Sequence[Quantity]] | None = None,
    entities: Sequence[Sequence[EntityMention]] | None = None,
    mentions: Sequence[Sequence[Any]] | None = None,
    fold_naming: bool = True,
    fold_paraphrases: bool = True,
    windows: bool = True,
    entity_rows: Sequence[EntityRow] | None = None,
) -> dict[tuple[int, int], np.ndarray]:
    """The five signals for every sentence of every article against every candidate of every other.

    Returns ``{(i, j): array of shape (len(docs[i].sentences), len(candidates(m)), 5)}``,
    ``m`` being the number of sentences of article ``j`` and the candidates
    those of :func:`candidates` (single sentences first, then neighbour pairs),
    with the word cosine, char cosine, key-term containment, number overlap
    and entity overlap of each sentence of ``i`` against each candidate of ``j``.
    ``fold_naming`` / ``fold_paraphrases`` fold people-naming terms and the
    paraphrase lexicon's words into concepts first; ``windows`` adds the pairs.
    ``mentions`` are precomputed :func:`framing.naming.find_mentions` results,
    one sequence per document (computed here when None). ``entity_rows`` is
    :func:`compare_entities` of ``entities`` when the caller has it already.
    """
    quantities = quantities if quantities is not None else [
        extract_numbers(d, mentions=None if mentions is None else mentions[k]) for k, d in enumerate(docs)
    ]
    entities = entities if entities is not None else [extract_entities(d) for d in docs]
    # Canonical names across articles ("Sebastapol" is "Sebastopol", "CDU" the union).
    ent_rows = entity_rows if entity_rows is not None else compare_entities(docs, entities)
    canon = {(r_.article, r_.start): row.canonical for row in ent_rows for r_ in row.mentions}
    texts: list[list[str]] = []
    for k, d in enumerate(docs):
        people = (people_spans(d, mentions=None if mentions is None else mentions[k]) if fold_naming else ())
        texts.append(_folded_sentences(d, people))
    flat = [t for ts in texts for t in ts]
    # Plain ints (not numpy scalars): the group tuples below are built from them.
    bounds = list(accumulate([len(ts) for ts in texts], initial=0))
    out: dict[tuple[int, int], np.ndarray] = {}
    if not flat:
        return out
    # Candidate groups of every article, as global sentence indices.
    groups = [[tuple(bounds[j] + k for k in c) for c in candidates(len(ts), windows=windows)]
              for j, ts in enumerate(texts)]
    flat_groups = [g for gs in groups for g in gs]
    # Single sentences reuse the fitted matrix; only the neighbour pairs are vectorised anew.
    pair_members = [g for g in flat_groups if len(g) > 1]
    # Column k of the similarity matrices is group k: single-sentence groups
    # come from the sentence matrix, pairs from the rows appended after it.
    pair_column = count(len(flat))
    col_of = np.array([g[0] if len(g) == 1 else next(pair_column) for g in flat_groups], dtype=np.intp)
    paraphrases = _paraphrases_path() if fold_paraphrases else ""
    if paraphrases:
        _load_paraphrases(paraphrases)  # a broken lexicon fails here, whatever the text
    n = len(flat)

    def similarities(tfidf: _Tfidf | None) -> np.ndarray:
        if tfidf is None:  # no feature at all (figures or punctuation only)
            return np.zeros((n, len(flat_groups)))
        return _cosines(tfidf)[:, col_of]

    # Unigrams only: word pairs punish paraphrase and a claim split over two
    # sentences (bigrams lost 0.03-0.04 F1 on every labelled event).
    words = [_content_words(t, paraphrases) for t in flat]
    word_tfidf = _word_tfidf(words, pair_members)
    word_sim = similarities(word_tfidf[0] if word_tfidf is not None else None)
    idf = word_tfidf[1] if word_tfidf is not None else {}
    char_sim = similarities(_char_tfidf(flat, pair_members))
    terms = [frozenset(w) for w in words]
    facts = [f for d, q, e in zip(docs, quantities, entities) for f in _facts(d, q, e, canon)]
    # A name that most sentences carry ("ICE" in a story about ICE) is weak evidence.
    ent_df: dict[str, int] = {}
    for f in facts:
        for e in f.entities:
            ent_df[e] = ent_df.get(e, 0) + 1
    ent_idf = {e: math.log((1 + n) / (1 + c)) + 1.0 for e, c in ent_df.items()}
    nums = [frozenset((k, v) for k, v, _ in f.numbers) for f in facts]
    ents = [f.entities for f in facts]

    num_keys = [frozenset(f"{k}:{v}" for k, v in s) for s in nums]
    term_c, num_c, ent_c = _containment_matrices([(terms, idf), (num_keys, {}), (ents, ent_idf)], flat_groups)
    gbounds = np.cumsum([0] + [len(gs) for gs in groups])
    for i in range(len(docs)):
        rows = slice(bounds[i], bounds[i + 1])
        for j in range(len(docs)):
            if i == j:
                continue
            cols = slice(gbounds[j], gbounds[j + 1])
            out[(i, j)] = np.stack(
                [word_sim[rows, cols], char_sim[rows, cols], term_c[rows, cols], num_c[rows, cols], ent_c[rows, cols]],
                axis=-1,
            )
    return out


def align(
    docs: Sequence[Document],
    *,
    shared_threshold: float = DEFAULT_SHARED,
    partial_threshold: float = DEFAULT_PARTIAL,
    weights: Sequence[float] = DEFAULT_WEIGHTS,
    fold_naming: bool = True,
    windows: bool = True,
    quantities: Sequence[Sequence[Quantity]] | None = None,
    entities: Sequence[Sequence[EntityMention]] | None = None,
    mentions: Sequence[Sequence[Any]] | None = None,
    entity_rows: Sequence[EntityRow] | None = None,
) -> tuple[Alignment, ...]:
    """Label every content sentence of every article against every other article.

    Args:
        docs: the prepared articles of one event (two or more).
        shared_threshold: blended score at or above which a sentence is ``shared``
            (default calibrated on the labelled events, see the module docstring).
        partial_threshold: score at or above which it is ``partial``; below, ``unique``.
        weights: blend of (word cosine, char cosine, key terms, numbers, entities).
        fold_naming: fold people-naming terms into one concept first (needs
            :mod:`framing.naming`; a no-op without it).
        windows: also match against pairs of neighbouring sentences of the other
            article (a claim one outlet makes in one sentence another spreads over two).
        quantities, entities: precomputed :func:`extract_numbers` /
            :func:`extract_entities` results, one sequence per document.
        mentions: precomputed :func:`framing.naming.find_mentions` results, one
            sequence per document (computed when None).
        entity_rows: :func:`compare_entities` of ``entities``, when the caller
            has it already (computed when None).
    """
    _check_options(shared_threshold, partial_threshold, weights)
    if quantities is None or fold_naming:
        mentions = _people_once(docs, mentions)
    quantities = quantities if quantities is not None else [
        extract_numbers(d, mentions=None if mentions is None else mentions[k]) for k, d in enumerate(docs)
    ]
    if entities is None:
        entity_rows = None  # rows of other mentions than the ones found here would not line up
    entities = entities if entities is not None else [extract_entities(d) for d in docs]
    mats = signal_matrices(docs, quantities=quantities, entities=entities, mentions=mentions,
                           fold_naming=fold_naming, windows=windows, entity_rows=entity_rows)
    w = np.asarray(weights, dtype=float) / float(sum(weights))
    out: list[Alignment] = []
    for i, doc in enumerate(docs):
        for j, other in enumerate(docs):
            if i == j:
                continue
            arr = mats.get((i, j))
            groups = candidates(len(other.sentences), windows=windows)
            if arr is not None and arr.shape[1]:
                # One product for the whole block: each row is the same gemv as alone.
                all_scores = arr @ w
                bests = np.argmax(all_scores, axis=1)
            for s in doc.sentences:
                if arr is None or arr.shape[1] == 0:
                    out.append(Alignment(doc.article.id, s.index, other.article.id, "unique", None))
                    continue
                scores = all_scores[s.index]
                best = int(bests[s.index])
                score = float(scores[best])
                status = "shared" if score >= shared_threshold else "partial" if score >= partial_threshold else "unique"
                match = None
                if status != "unique":
                    group = groups[best]
                    # The sentence of a window that matches best alone is the one to show.
                    lead = max(group, key=lambda k: (float(scores[k]), -k))
                    match = _match(lead, group, score, arr[s.index, best], s.index, quantities[i], quantities[j],
                                   entities[i], entities[j])
                out.append(Alignment(doc.article.id, s.index, other.article.id, status, match))
    return tuple(out)


def _match(lead: int, group: tuple[int, ...], score: float, signals: np.ndarray, a_sent: int,
           qa: Sequence[Quantity], qb: Sequence[Quantity], ea: Sequence[EntityMention],
           eb: Sequence[EntityMention]) -> Match:
    a_vals = {(q.kind, q.value) for q in qa if q.sentence == a_sent and q.value is not None}
    nums = tuple(dict.fromkeys(q.text for q in qb if q.sentence in group and (q.kind, q.value) in a_vals
                               and not (q.kind == "count" and (q.value or 0) < 10)))
    a_ents = {e.canonical for e in ea if e.sentence == a_sent}
    ents = tuple(dict.fromkeys(e.canonical for e in eb if e.sentence in group and e.canonical in a_ents))
    return Match(sentence=lead, score=round(min(score, 1.0), 4), sentences=group,
                 text_similarity=round(float(signals[0]), 4), terms=round(float(signals[2]), 4),
                 numbers=nums, entities=ents)


def omissions(docs: Sequence[Document], alignments: Sequence[Alignment]) -> tuple[ArticleCoverage, ...]:
    """Per article: its sentences no other article carries, and what it leaves out that others carry."""
    by_sentence: dict[tuple[str, int], list[Alignment]] = {}
    for a in alignments:
        by_sentence.setdefault((a.article, a.sentence), []).append(a)
    texts = {(d.article.id, s.index): s.text for d in docs for s in d.sentences}
    out = []
    for doc in docs:
        aid = doc.article.id
        only, partly = [], []
        for s in doc.sentences:
            rows = by_sentence.get((aid, s.index), [])
            if not rows:
                continue
            statuses = {r.status for r in rows}
            if statuses == {"unique"}:
                only.append(s.index)
            elif "shared" not in statuses:
                partly.append(s.index)
        omits = tuple(
            OmittedSentence(a.article, a.sentence, texts[(a.article, a.sentence)])
            for a in alignments
            if a.against == aid and a.status == "unique"
        )
        out.append(ArticleCoverage(aid, tuple(only), _runs(only), tuple(partly), omits))
    return tuple(out)


def _runs(indices: Sequence[int]) -> tuple[tuple[int, ...], ...]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return tuple(tuple(r) for r in runs)


def compare_event(
    docs: Sequence[Document],
    *,
    shared_threshold: float = DEFAULT_SHARED,
    partial_threshold: float = DEFAULT_PARTIAL,
    weights: Sequence[float] = DEFAULT_WEIGHTS,
    mentions: Sequence[Sequence[Any]] | None = None,
) -> Coverage:
    """Alignment, omissions, numbers table and entities table of an event's articles.

    ``mentions`` are precomputed :func:`framing.naming.find_mentions` results,
    one sequence per document, passed on to :func:`align` and :func:`extract_numbers`.
    """
    if len(docs) < 2:
        raise FramingError(f"coverage compares two or more articles; got {len(docs)}: add another article")
    mentions = _people_once(docs, mentions)
    quantities = [extract_numbers(d, mentions=mentions[k]) for k, d in enumerate(docs)]
    entities = [extract_entities(d) for d in docs]
    rows = compare_entities(docs, entities)
    alignments = align(docs, shared_threshold=shared_threshold, partial_threshold=partial_threshold,
                       weights=weights, quantities=quantities, entities=entities, mentions=mentions,
                       entity_rows=rows)
    return Coverage(
        alignments=alignments,
        articles=omissions(docs, alignments),
        numbers=compare_numbers(docs, quantities),
        entities=rows,
    )
