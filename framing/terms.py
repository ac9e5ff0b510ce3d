"""Term frequencies per article and the terms that set one article apart.

This module owns the word-counting side of the comparison. :func:`term_counts`
counts unigrams and bigrams over the project's own tokens (``doc.tokens``,
case-folded, scikit-learn's English stop words removed), exactly as
scikit-learn's ``CountVectorizer`` would over those tokens but without its
per-document overhead, and gives rates per 1,000 words. :func:`distinctive_terms`
ranks the terms each article uses more than the others with the weighted
log-odds ratio and an informative Dirichlet prior (Monroe, Colaresi and Quinn
2008, "Fightin' Words"), so that two 400-word articles can be compared without
a minimum-frequency filter. Every term keeps the sentences it occurs in, and
:func:`term_spans` finds its character spans, so each number in a report can
be traced back to the text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from framing.model import Document, Span

# Curly and modifier apostrophes are folded to "'" so "agency’s" and "agency's"
# count as one term.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
# Two tokens form a bigram only when nothing but spaces (or a hyphen) separates
# them: "Wednesday, leaving" crosses a clause boundary and is not a phrase.
_JOIN_GAP = re.compile(r"[ \t\u00a0-]*")
_POSSESSIVE = re.compile(r"'s$")
_HAS_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


@dataclass(frozen=True, slots=True)
class TermCount:
    """One term of an article: how often it occurs and in which sentences."""

    term: str
    count: int
    rate: float
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TermCounts:
    """An article's term counts; ``rate`` is per 1,000 words of content."""

    article: str
    words: int
    total: int
    ngram_range: tuple[int, int]
    terms: tuple[TermCount, ...]

    def get(self, term: str) -> TermCount | None:
        """The count record of ``term``, or None when the article lacks it."""
        for item in self.terms:
            if item.term == term:
                return item
        return None


@dataclass(frozen=True, slots=True)
class DistinctiveTerm:
    """A term one article uses more than the others, with its log-odds z-score.

    ``z`` is positive when ``article`` over-uses the term; ``count``/``rate``
    are the article's own, ``other_count`` the summed count in the other
    articles; ``sentences`` are the article's sentences holding the term.
    """

    article: str
    term: str
    z: float
    delta: float
    count: int
    rate: float
    other_count: int
    prior: float
    sentences: tuple[int, ...]


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words, with the apostrophe forms folded in."""
    from framing._stopwords import ENGLISH_STOP_WORDS

    # sklearn's list has "cannot" but not the contractions news text is full of.
    extra = {"can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
             "weren't", "it's", "that's", "there's", "they're", "we're", "you're", "i'm",
             "he's", "she's", "we'll", "they'll", "i've", "we've", "they've", "let's", "s"}
    return frozenset(ENGLISH_STOP_WORDS) | frozenset(extra)


@lru_cache(maxsize=1 << 16)
def normalise_token(text: str) -> str:
    """The case-folded form a token is counted under ("Agency’s" -> "agency")."""
    # Memoised per word (bounded): frames, naming and terms normalise the same
    # few thousand distinct words over and over.
    word = text.casefold().translate(_APOSTROPHES)
    if word in stop_words():
        return word
    # A possessive is the same word for counting: "ICE's agents" talks about ICE.
    return _POSSESSIVE.sub("", word)


def _keep(word: str) -> bool:
    return bool(word) and word not in stop_words() and _HAS_LETTER_OR_DIGIT.search(word) is not None


@lru_cache(maxsize=1 << 16)
def _counted(text: str) -> tuple[str, bool]:
    """A token's normalised form and whether it is counted (memoised per word)."""
    word = normalise_token(text)
    return word, _keep(word)


def _joins(doc: Document) -> list[bool]:
    """Whether tokens k and k + 1 may form a phrase: same sentence, only spaces or a hyphen between."""
    text = doc.text
    tokens = doc.tokens
    out = []
    for prev, cur in zip(tokens, tokens[1:]):
        if cur.sentence != prev.sentence:
            out.append(False)
            continue
        gap = text[prev.end : cur.start]
        # Most gaps are one space; the regex decides the rest.
        out.append(gap == " " or _JOIN_GAP.fullmatch(gap) is not None)
    return out


def _grams(doc: Document, ngram_range: tuple[int, int]) -> list[tuple[str, int, int, int]]:
    """Every n-gram occurrence as (term, start, end, sentence), in text order."""
    lo, hi = ngram_range
    out: list[tuple[str, int, int, int]] = []
    tokens = doc.tokens
    size = len(tokens)
    counted = [_counted(t.text) for t in tokens]
    words = [w for w, _ in counted]
    keep = [k for _, k in counted]
    joins = _joins(doc) if hi > 1 else []
    if hi <= 2:
        # The default (1, 2) and its parts, unrolled: this runs for every token.
        for i, tok in enumerate(tokens):
            if not keep[i]:
                continue
            if lo == 1:
                out.append((words[i], tok.start, tok.end, tok.sentence))
            if hi == 2 and i + 1 < size and keep[i + 1] and joins[i]:
                out.append((words[i] + " " + words[i + 1], tok.start, tokens[i + 1].end, tok.sentence))
        return out
    for i, tok in enumerate(tokens):
        # Every n-gram starting at i holds token i: nothing starts at a dropped one.
        if not keep[i]:
            continue
        for n in range(lo, hi + 1):
            j = i + n - 1
            if j >= size:
                break
            if not all(keep[i : j + 1]):
                break
            # Only the newest pair is checked, as the n-grams grow one token at a time.
            if n > 1 and not joins[j - 1]:
                break
            out.append((" ".join(words[i : j + 1]), tok.start, tokens[j].end, tok.sentence))
    return out


def _check_range(ngram_range: tuple[int, int]) -> tuple[int, int]:
    lo, hi = ngram_range
    if not (isinstance(lo, int) and isinstance(hi, int) and 1 <= lo <= hi):
        raise ValueError(f"ngram_range must be (min, max) with 1 <= min <= max, got {ngram_range!r}")
    return lo, hi


def term_counts(doc: Document, *, ngram_range: tuple[int, int] = (1, 2)) -> TermCounts:
    """Count an article's unigrams and bigrams (stop words out), with rates per 1,000 words."""
    return _count_terms(doc, _check_range(ngram_range))


def _count_terms(doc: Document, rng: tuple[int, int]) -> TermCounts:
    # Counted directly: this is what CountVectorizer does over a callable
    # analyzer (tests/test_terms_speed.py checks it still agrees), minus the
    # cost of building a sparse matrix for a single document.
    counts: dict[str, int] = {}
    # Each term's sentences, ascending and once each: the n-grams come in text
    # order, so a sentence is new exactly when it differs from the last one.
    sentences: dict[str, list[int]] = {}
    terms, sents = _term_sequence(doc, rng)
    for term, sent in zip(terms, sents):
        count = counts.get(term)
        if count is None:
            counts[term] = 1
            sentences[term] = [sent]
        else:
            counts[term] = count + 1
            seen = sentences[term]
            if seen[-1] != sent:
                seen.append(sent)
    words = doc.words
    rates: dict[int, float] = {}
    items: list[TermCount] = []
    # By count, most frequent first, then alphabetically: sort by term, then
    # stably by count (reverse=True keeps equal counts in their order).
    order = sorted(counts)
    order.sort(key=counts.__getitem__, reverse=True)
    for term in order:
        count = counts[term]
        rate = rates.get(count)
        if rate is None:
            rate = rates[count] = round(1000.0 * count / words, 3) if words else 0.0
        items.append(TermCount(term, count, rate, tuple(sentences[term])))
    return TermCounts(
        article=doc.article.id,
        words=words,
        total=sum(counts.values()),
        ngram_range=rng,
        terms=tuple(items),
    )


def _term_sequence(doc: Document, rng: tuple[int, int]) -> tuple[list[str], list[int]]:
    """The terms of :func:`_grams` and their sentences, without the offsets counting does not need."""
    lo, hi = rng
    if hi > 2:
        grams = _grams(doc, rng)
        return [g[0] for g in grams], [g[3] for g in grams]
    # The default (1, 2) and its parts, as _grams unrolls them.
    terms: list[str] = []
    sents: list[int] = []
    tokens = doc.tokens
    size = len(tokens)
    counted = [_counted(t.text) for t in tokens]
    joins = _joins(doc) if hi > 1 else []
    for i, (word, keep) in enumerate(counted):
        if not keep:
            continue
        sentence = tokens[i].sentence
        if lo == 1:
            terms.append(word)
            sents.append(sentence)
        if hi == 2 and i + 1 < size and counted[i + 1][1] and joins[i]:
            terms.append(word + " " + counted[i + 1][0])
            sents.append(sentence)
    return terms, sents


def term_spans(doc: Document, term: str) -> tuple[Span, ...]:
    """Every place ``term`` (as counted by :func:`term_counts`) occurs in the article."""
    n = len(term.split(" "))
    return tuple(
        Span(start, end, doc.text[start:end]) for t, start, end, _ in _grams(doc, (n, n)) if t == term
    )


def background_documents(
    library: str | Path | None = None, *, exclude: str | Path | None = None, limit: int | None = None
) -> tuple[Document, ...]:
    """The articles of the events in ``library``, prepared: the prior's background.

    Args:
        library: a folder of event folders (default: the bundled library).
        exclude: an event folder to leave out (the event being analysed,
            whose own articles the caller pools in anyway).
        limit: at most this many articles, so a huge library does not slow
            a single report down.
    """
    from framing.errors import FramingError
    from framing.events import list_events, load_event
    from framing.prepare import prepare

    skip = Path(exclude).resolve() if exclude is not None else None
    docs: list[Document] = []
    try:
        folders = list_events(library)
    except FramingError:
        return ()
    for folder in folders:
        if skip is not None and folder.resolve() == skip:
            continue
        try:
            event = load_event(folder)
        except FramingError:
            # A broken event elsewhere in the library must not stop this one's
            # analysis; `framing check` reports it.
            continue
        for article in event.articles:
            if limit is not None and len(docs) >= limit:
                return tuple(docs)
            docs.append(prepare(article))
    return tuple(docs)


def wordfreq_available() -> bool:
    """True when the optional ``wordfreq`` package is installed."""
    return _wordfreq_lookup() is not None


@lru_cache(maxsize=1)
def _wordfreq_module() -> Callable[..., float] | None:
    """``wordfreq.word_frequency``, or None; looked up once per process.

    A failed import is not remembered by Python, so without this every
    comparison searched ``sys.path`` for the missing package again.
    """
    try:
        from wordfreq import word_frequency
    except ImportError:
        return None
    found: Callable[..., float] = word_frequency
    return found


def _wordfreq_lookup() -> Callable[[str], float] | None:
    """General English word frequencies from ``wordfreq`` if it is installed, else None."""
    word_frequency = _wordfreq_module()
    if word_frequency is None:
        return None

    def lookup(term: str) -> float:
        return float(word_frequency(term, "en"))

    return lookup


def _counter(tc: TermCounts) -> Counter[str]:
    return Counter({t.term: t.count for t in tc.terms})


def log_odds_z(
    y_i: float, n_i: float, y_j: float, n_j: float, a_w: float, a_0: float
) -> tuple[float, float]:
    """Monroe et al.'s weighted log-odds (delta, z) of one term, article i vs j.

    ``delta = log((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a_0 - y_j - a_w))``
    and ``z = delta / sqrt(1/(y_i + a_w) + 1/(n_i + a_0 - y_i - a_w) + 1/(y_j + a_w) + 1/(n_j + a_0 - y_j - a_w))``.
    """
    if a_w <= 0 or a_0 <= a_w:
        raise ValueError(f"prior must satisfy 0 < a_w < a_0, got a_w={a_w}, a_0={a_0}")
    in_i, out_i = y_i + a_w, n_i + a_0 - y_i - a_w
    in_j, out_j = y_j + a_w, n_j + a_0 - y_j - a_w
    delta = math.log(in_i / out_i) - math.log(in_j / out_j)
    var = 1 / in_i + 1 / out_i + 1 / in_j + 1 / out_j
    return delta, delta / math.sqrt(var)


def prior_distribution(
    vocabulary: Iterable[str],
    background: Sequence[Counter[str]],
    *,
    general: Callable[[str], float] | None = None,
    general_share: float = 0.5,
) -> dict[str, float]:
    """The prior's share of each term: smoothed background counts mixed with general English frequencies."""
    vocab = sorted(set(vocabulary))
    if not vocab:
        return {}
    pooled: Counter[str] = Counter()
    for counts in background:
        pooled.update(counts)
    # Add-one smoothing keeps every term of the compared articles in the prior,
    # even when the background is empty or never uses the term. One more
    # pseudo-count stands for all the words the articles do not use, so that
    # a_w < a_0 always holds (a one-word vocabulary would otherwise divide by 0).
    local = {w: pooled.get(w, 0) + 1.0 for w in vocab}
    total = sum(local.values()) + 1.0
    shares = {w: c / total for w, c in local.items()}
    if general is not None:
        freq = {w: max(general(w), 0.0) for w in vocab}
        known = sum(freq.values())
        if known > 0:
            # Terms wordfreq does not know get the smallest known frequency, not zero.
            floor = min(f for f in freq.values() if f > 0)
            freq = {w: (f if f > 0 else floor) for w, f in freq.items()}
            known = sum(freq.values())
            shares = {
                w: (1 - general_share) * shares[w] + general_share * freq[w] / known for w in vocab
            }
    return shares


def distinctive_terms(
    docs: Sequence[Document],
    *,
    background: Sequence[Document] = (),
    prior_weight: float = 500.0,
    use_wordfreq: bool = True,
    top: int = 15,
    ngram_range: tuple[int, int] = (1, 2),
    counts: Sequence[TermCounts] | None = None,
) -> tuple[DistinctiveTerm, ...]:
    """Each article's most over-used terms against all the others (log-odds with prior).

    Monroe, Colaresi and Quinn (2008), weighted log-odds ratio with an
    informative Dirichlet prior. For term ``w``, article ``i`` (counts ``y_i``,
    total ``n_i``) and the pooled other articles ``j`` (``y_j``, ``n_j``)::

        delta_w = log((y_i + a_w) / (n_i + a_0 - y_i - a_w))
                - log((y_j + a_w) / (n_j + a_0 - y_j - a_w))
        var_w   = 1/(y_i + a_w) + 1/(n_i + a_0 - y_i - a_w)
                + 1/(y_j + a_w) + 1/(n_j + a_0 - y_j - a_w)
        z_w     = delta_w / sqrt(var_w)

    (the full variance, as Scattertext computes it). The prior is
    ``a_w = prior_weight * p_w`` and ``a_0 = prior_weight``, where ``p_w`` is
    the term's share in the background (the union of ``docs`` and
    ``background``, add-one smoothed, plus one pseudo-count for every unused
    word) mixed half and half with general English
    frequencies from ``wordfreq`` when it is installed and ``use_wordfreq``.
    Terms are the unigrams and bigrams of :func:`term_counts`; there is no
    minimum-frequency filter. Returns up to ``top`` terms with ``z > 0`` per
    article, highest first, articles in the order given. ``counts`` are the
    articles' :func:`term_counts` (same ``ngram_range``) when the caller has
    them already, as :func:`framing.compare.compare` does.
    """
    if prior_weight <= 0:
        raise ValueError(f"prior_weight must be > 0, got {prior_weight!r}")
    if top < 0:
        raise ValueError(f"top must be >= 0, got {top!r}")
    rng = _check_range(ngram_range)
    if len(docs) < 2:
        return ()
    if counts is not None and len(counts) != len(docs):
        raise ValueError(f"counts must hold one TermCounts per document: {len(counts)} for {len(docs)}")
    tcs = list(counts) if counts is not None else [term_counts(d, ngram_range=rng) for d in docs]
    own_counts = [_counter(tc) for tc in tcs]
    # The compared articles are part of the background too, but each only once:
    # the caller's background usually holds every article of the library.
    compared = {(d.article.id, d.text) for d in docs}
    extra = [d for d in background if (d.article.id, d.text) not in compared]
    bg_counts = own_counts + [_counter(term_counts(d, ngram_range=rng)) for d in extra]
    vocab = set().union(*own_counts)
    general = _wordfreq_lookup() if use_wordfreq else None
    shares = prior_distribution(vocab, bg_counts, general=general)
    a_0 = float(prior_weight)
    totals = [sum(c.values()) for c in own_counts]
    grand: Counter[str] = Counter()
    for c in own_counts:
        grand.update(c)
    grand_total = sum(totals)
    out: list[DistinctiveTerm] = []
    log, sqrt = math.log, math.sqrt
    for doc, tc, own, n_i in zip(docs, tcs, own_counts, totals, strict=True):
        n_j = grand_total - n_i
        scored = []
        for w, y_i in own.items():
            y_j = grand[w] - y_i
            a_w = a_0 * shares[w]
            # log_odds_z inlined (the same arithmetic in the same order): it
            # runs for every term of every article.
            if a_w <= 0 or a_0 <= a_w:
                raise ValueError(f"prior must satisfy 0 < a_w < a_0, got a_w={a_w}, a_0={a_0}")
            in_i, out_i = y_i + a_w, n_i + a_0 - y_i - a_w
            in_j, out_j = y_j + a_w, n_j + a_0 - y_j - a_w
            delta = log(in_i / out_i) - log(in_j / out_j)
            if delta <= 0:
                continue  # z has delta's sign: the term is not over-used here
            z = delta / sqrt(1 / in_i + 1 / out_i + 1 / in_j + 1 / out_j)
            if z > 0:
                scored.append((z, w, delta, y_i, y_j, a_w))
        scored.sort(key=lambda s: (-s[0], s[1]))
        if not scored[:top]:
            continue
        sent_map = {t.term: t.sentences for t in tc.terms}
        for z, w, delta, y_i, y_j, a_w in scored[:top]:
            out.append(
                DistinctiveTerm(
                    article=doc.article.id,
                    term=w,
                    z=round(z, 4),
                    delta=round(delta, 4),
                    count=y_i,
                    rate=round(1000.0 * y_i / doc.words, 3) if doc.words else 0.0,
                    other_count=y_j,
                    prior=round(a_w, 6),
                    sentences=sent_map.get(w, ()),
                )
            )
    return tuple(out)


__all__ = [
    "DistinctiveTerm",
    "background_documents",
    "wordfreq_available",
    "TermCount",
    "TermCounts",
    "distinctive_terms",
    "log_odds_z",
    "normalise_token",
    "prior_distribution",
    "stop_words",
    "term_counts",
    "term_spans",
]
