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

* TF-IDF cosine over words (1-2 grams) and over characters (3-5 grams, which
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

import numpy as np
from nltk.stem.porter import PorterStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from framing.entities import EntityMention, EntityRow, compare_entities, extract_entities
from framing.errors import FramingError
from framing.model import Document
from framing.numbers import NumberRow, Quantity, compare_numbers, extract_numbers, people_spans

STATUSES = ("shared", "partial", "unique")
#: Default blend of the signals (word cosine, char cosine, key terms, numbers, entities).
DEFAULT_WEIGHTS = (0.4, 0.15, 0.0, 0.2, 0.0)
DEFAULT_SHARED = 0.17
DEFAULT_PARTIAL = 0.11
# The token that stands for every term the naming lexicon recognises.
PEOPLE_TOKEN = "peopleconcept"


@dataclass(frozen=True, slots=True)
class Match:
    """The best matching sentence of the other article, with the evidence for it.

    ``score`` is the blended score; ``text_similarity`` the word TF-IDF cosine;
    ``terms`` the key-term containment; ``numbers`` and ``entities`` what the two
    sentences have in common (figures as written in the other sentence, canonical names).
    """

    sentence: int
    score: float
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
class _SentenceFacts:
    """What a sentence carries besides its words: figures and names."""

    numbers: tuple[tuple[str, float, str], ...]  # (kind, value, text)
    entities: frozenset[str]


_STEMMER = PorterStemmer()
_WORD_RE = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?|\d[\d,.]*")


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    return str(_STEMMER.stem(word))


def _folded_sentences(doc: Document, people: tuple[tuple[int, int], ...]) -> list[str]:
    """Each sentence's text with people-naming terms replaced by one concept token."""
    out = []
    for s in doc.sentences:
        text = s.text
        for start, end in sorted((p for p in people if s.start <= p[0] and p[1] <= s.end), reverse=True):
            text = text[: start - s.start] + f" {PEOPLE_TOKEN} " + text[end - s.start :]
        out.append(text)
    return out


def _analyzer(text: str) -> list[str]:
    """Lower-cased, stemmed content words (stop words and figures left to other signals)."""
    words = (w.lower().replace("’", "'") for w in _WORD_RE.findall(text))
    return [_stem(w) for w in words if w not in ENGLISH_STOP_WORDS and not w[0].isdigit() and len(w) > 1]


def _bigram_analyzer(text: str) -> list[str]:
    grams = _analyzer(text)
    return grams + [f"{a} {b}" for a, b in zip(grams, grams[1:])]


def _facts(doc: Document, quantities: Sequence[Quantity], entities: Sequence[EntityMention],
           canon: dict[tuple[str, int], str]) -> list[_SentenceFacts]:
    nums: dict[int, list[tuple[str, float, str]]] = {}
    for q in quantities:
        # Small bare counts ("two", "three") and ordinals match by chance; years and
        # larger figures are facts.
        if q.value is None or (q.kind == "count" and q.value < 10) or q.kind == "ordinal":
            continue
        nums.setdefault(q.sentence, []).append((q.kind, q.value, q.text))
    ents: dict[int, set[str]] = {}
    for e in entities:
        ents.setdefault(e.sentence, set()).add(canon.get((doc.article.id, e.start), e.canonical))
    return [
        _SentenceFacts(tuple(nums.get(s.index, ())), frozenset(ents.get(s.index, ())))
        for s in doc.sentences
    ]


def _containment(a: list[str], b: set[str], idf: dict[str, float]) -> float:
    """IDF-weighted share of ``a``'s distinct terms that occur in ``b``."""
    terms = set(a)
    total = sum(idf.get(t, 1.0) for t in terms)
    if not total:
        return 0.0
    return sum(idf.get(t, 1.0) for t in terms if t in b) / total


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


def signal_matrices(
    docs: Sequence[Document],
    *,
    quantities: Sequence[Sequence[Quantity]] | None = None,
    entities: Sequence[Sequence[EntityMention]] | None = None,
    fold_naming: bool = True,
) -> dict[tuple[int, int], np.ndarray]:
    """The five signals for every sentence pair of every ordered pair of articles.

    Returns ``{(i, j): array of shape (len(docs[i].sentences), len(docs[j].sentences), 5)}``
    with the word cosine, char cosine, key-term containment, number overlap and
    entity overlap of each sentence of article ``i`` against each of article ``j``.
    """
    quantities = quantities if quantities is not None else [extract_numbers(d) for d in docs]
    entities = entities if entities is not None else [extract_entities(d) for d in docs]
    # Canonical names across articles ("Sebastapol" is "Sebastopol", "CDU" the union).
    canon = {(r_.article, r_.start): row.canonical for row in compare_entities(docs, entities) for r_ in row.mentions}
    texts: list[list[str]] = []
    for d in docs:
        texts.append(_folded_sentences(d, people_spans(d) if fold_naming else ()))
    flat = [t for ts in texts for t in ts]
    bounds = np.cumsum([0] + [len(ts) for ts in texts])
    out: dict[tuple[int, int], np.ndarray] = {}
    if not flat:
        return out
    word_vec = TfidfVectorizer(analyzer=_bigram_analyzer, sublinear_tf=True, norm="l2")
    char_vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True)
    try:
        word_m = word_vec.fit_transform(flat)
        idf = dict(zip(word_vec.get_feature_names_out(), word_vec.idf_))
    except ValueError:  # no content words at all (figures or punctuation only)
        word_m, idf = None, {}
    try:
        char_m = char_vec.fit_transform(flat)
    except ValueError:
        char_m = None
    terms = [_analyzer(t) for t in flat]
    facts = [f for d, q, e in zip(docs, quantities, entities) for f in _facts(d, q, e, canon)]
    n = len(flat)
    # A name that most sentences carry ("ICE" in a story about ICE) is weak evidence.
    ent_df: dict[str, int] = {}
    for f in facts:
        for e in f.entities:
            ent_df[e] = ent_df.get(e, 0) + 1
    ent_idf = {e: math.log((1 + n) / (1 + c)) + 1.0 for e, c in ent_df.items()}
    word_sim = (word_m @ word_m.T).toarray() if word_m is not None else np.zeros((n, n))
    char_sim = (char_m @ char_m.T).toarray() if char_m is not None else np.zeros((n, n))
    for i in range(len(docs)):
        for j in range(len(docs)):
            if i == j:
                continue
            ai, bi = range(bounds[i], bounds[i + 1]), range(bounds[j], bounds[j + 1])
            arr = np.zeros((len(ai), len(bi), 5))
            arr[:, :, 0] = word_sim[np.ix_(list(ai), list(bi))]
            arr[:, :, 1] = char_sim[np.ix_(list(ai), list(bi))]
            bsets = [set(terms[y]) for y in bi]
            bnums = [{(k, v) for k, v, _ in facts[y].numbers} for y in bi]
            for x_pos, x in enumerate(ai):
                xnums = {(k, v) for k, v, _ in facts[x].numbers}
                xents = facts[x].entities
                for y_pos, y in enumerate(bi):
                    arr[x_pos, y_pos, 2] = _containment(terms[x], bsets[y_pos], idf)
                    if xnums:
                        arr[x_pos, y_pos, 3] = len(xnums & bnums[y_pos]) / len(xnums)
                    if xents:
                        arr[x_pos, y_pos, 4] = _containment(list(xents), set(facts[y].entities), ent_idf)
            out[(i, j)] = arr
    return out


def align(
    docs: Sequence[Document],
    *,
    shared_threshold: float = DEFAULT_SHARED,
    partial_threshold: float = DEFAULT_PARTIAL,
    weights: Sequence[float] = DEFAULT_WEIGHTS,
    fold_naming: bool = True,
    quantities: Sequence[Sequence[Quantity]] | None = None,
    entities: Sequence[Sequence[EntityMention]] | None = None,
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
        quantities, entities: precomputed :func:`extract_numbers` /
            :func:`extract_entities` results, one sequence per document.
    """
    _check_options(shared_threshold, partial_threshold, weights)
    mats = signal_matrices(docs, quantities=quantities, entities=entities, fold_naming=fold_naming)
    quantities = quantities if quantities is not None else [extract_numbers(d) for d in docs]
    entities = entities if entities is not None else [extract_entities(d) for d in docs]
    w = np.asarray(weights, dtype=float) / float(sum(weights))
    out: list[Alignment] = []
    for i, doc in enumerate(docs):
        for j, other in enumerate(docs):
            if i == j:
                continue
            arr = mats.get((i, j))
            for s in doc.sentences:
                if arr is None or arr.shape[1] == 0:
                    out.append(Alignment(doc.article.id, s.index, other.article.id, "unique", None))
                    continue
                scores = arr[s.index] @ w
                best = int(np.argmax(scores))
                score = float(scores[best])
                status = "shared" if score >= shared_threshold else "partial" if score >= partial_threshold else "unique"
                match = None
                if status != "unique" or score > 0:
                    match = _match(best, score, arr[s.index, best], s.index, best, quantities[i], quantities[j],
                                   entities[i], entities[j])
                out.append(Alignment(doc.article.id, s.index, other.article.id, status,
                                     match if status != "unique" else None))
    return tuple(out)


def _match(best: int, score: float, signals: np.ndarray, a_sent: int, b_sent: int, qa: Sequence[Quantity],
           qb: Sequence[Quantity], ea: Sequence[EntityMention], eb: Sequence[EntityMention]) -> Match:
    a_vals = {(q.kind, q.value) for q in qa if q.sentence == a_sent and q.value is not None}
    nums = tuple(dict.fromkeys(q.text for q in qb if q.sentence == b_sent and (q.kind, q.value) in a_vals
                               and not (q.kind == "count" and (q.value or 0) < 10)))
    a_ents = {e.canonical for e in ea if e.sentence == a_sent}
    ents = tuple(dict.fromkeys(e.canonical for e in eb if e.sentence == b_sent and e.canonical in a_ents))
    return Match(sentence=best, score=round(score, 4), text_similarity=round(float(signals[0]), 4),
                 terms=round(float(signals[2]), 4), numbers=nums, entities=ents)


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
) -> Coverage:
    """Alignment, omissions, numbers table and entities table of an event's articles."""
    if len(docs) < 2:
        raise FramingError(f"coverage compares two or more articles; got {len(docs)}: add another article")
    quantities = [extract_numbers(d) for d in docs]
    entities = [extract_entities(d) for d in docs]
    alignments = align(docs, shared_threshold=shared_threshold, partial_threshold=partial_threshold,
                       weights=weights, quantities=quantities, entities=entities)
    return Coverage(
        alignments=alignments,
        articles=omissions(docs, alignments),
        numbers=compare_numbers(docs, quantities),
        entities=compare_entities(docs, entities),
    )
