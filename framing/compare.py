"""Analyse every article of an event and compare them: the :class:`Comparison`.

This is the one place the per-article analyses (quotes, naming, frames,
tone, terms, numbers, entities) and the cross-article ones (coverage,
numbers and entities side by side, distinctive terms) are run. Every
renderer (JSON, HTML, PDF, charts, worksheets, batch tables) reads the
:class:`Comparison` it returns; nothing is computed twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from framing.coverage import Alignment, ArticleCoverage, align, omissions
from framing.entities import EntityMention, EntityRow, compare_entities, extract_entities
from framing.events import load_event
from framing.frames import FrameCue, FrameProfile, frame_cues, frame_profile
from framing.model import Document, Event
from framing.naming import (
    Candidate,
    KwicLine,
    Mention,
    NamingProfile,
    concordance,
    discover_candidates,
    find_event_mentions,
    find_mentions,
    naming_profile,
)
from framing.numbers import NumberRow, Quantity, compare_numbers, extract_numbers
from framing.prepare import prepare
from framing.quotes import Quote, QuoteProfile, extract_quotes, quote_profile
from framing.terms import DistinctiveTerm, TermCounts, background_documents, distinctive_terms, term_counts
from framing.tone import Tone, tone


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything framing finds in one article."""

    doc: Document
    quotes: tuple[Quote, ...]
    quote_profile: QuoteProfile
    mentions: tuple[Mention, ...]
    naming: NamingProfile
    naming_candidates: tuple[Candidate, ...]
    concordance: tuple[KwicLine, ...]
    frame_cues: tuple[FrameCue, ...]
    frames: FrameProfile
    tone: Tone
    terms: TermCounts
    numbers: tuple[Quantity, ...]
    entities: tuple[EntityMention, ...]

    @property
    def id(self) -> str:
        """The article's id."""
        return self.doc.article.id

    @property
    def outlet(self) -> str:
        """The article's outlet name."""
        return self.doc.article.outlet


@dataclass(frozen=True, slots=True)
class Comparison:
    """An event's articles analysed and compared: what every renderer reads."""

    event: Event
    articles: tuple[ArticleAnalysis, ...]
    coverage: tuple[Alignment, ...]
    omissions: tuple[ArticleCoverage, ...]
    numbers: tuple[NumberRow, ...]
    entities: tuple[EntityRow, ...]
    distinctive_terms: tuple[DistinctiveTerm, ...]
    background_articles: int

    def article(self, article_id: str) -> ArticleAnalysis:
        """The analysis of article ``article_id``."""
        for art in self.articles:
            if art.id == article_id:
                return art
        raise KeyError(article_id)


def analyse_article(
    doc: Document, *, quotes: tuple[Quote, ...] | None = None, mentions: tuple[Mention, ...] | None = None
) -> ArticleAnalysis:
    """Run every per-article analysis on one prepared article.

    ``quotes`` and ``mentions`` may be given when already found: :func:`compare`
    finds an event's mentions for all its articles together, so that a word
    several naming topics share is filed under the event's main topic in every
    outlet. Without them the article is analysed alone.
    """
    if quotes is None:
        quotes = extract_quotes(doc)
    if mentions is None:
        mentions = find_mentions(doc, quotes)
    cues = frame_cues(doc)
    return ArticleAnalysis(
        doc=doc,
        quotes=quotes,
        quote_profile=quote_profile(doc, quotes),
        mentions=mentions,
        naming=naming_profile(doc, mentions),
        naming_candidates=discover_candidates(doc, mentions),
        concordance=concordance(doc, mentions),
        frame_cues=cues,
        frames=frame_profile(doc, cues),
        tone=tone(doc, quotes, mentions),
        terms=term_counts(doc),
        numbers=extract_numbers(doc, mentions=mentions),
        entities=extract_entities(doc),
    )


def compare(event: Event, *, background: Sequence[Document] = ()) -> Comparison:
    """Analyse every article of ``event`` and compare them with each other.

    Args:
        event: the event, with two or more articles.
        background: prepared articles of other events, pooled into the prior
            of the distinctive-terms measure (the event's own articles are
            always part of it).
    """
    docs = [prepare(article) for article in event.articles]
    quotes = [extract_quotes(doc) for doc in docs]
    # Naming topics are ranked over the whole event: outlets side by side
    # must file a shared word ("organizer", "workers") under one topic.
    mentions = find_event_mentions(docs, quotes)
    analyses = tuple(
        analyse_article(doc, quotes=q, mentions=m) for doc, q, m in zip(docs, quotes, mentions, strict=True)
    )
    own = {id(d) for d in docs}
    pool = list(docs) + [d for d in background if id(d) not in own]
    quantities = [a.numbers for a in analyses]
    entities = [a.entities for a in analyses]
    entity_rows = compare_entities(docs, entities)
    alignments = align(docs, quantities=quantities, entities=entities, mentions=[a.mentions for a in analyses],
                       entity_rows=entity_rows)
    return Comparison(
        event=event,
        articles=analyses,
        coverage=alignments,
        omissions=omissions(docs, alignments),
        numbers=compare_numbers(docs, quantities),
        entities=entity_rows,
        distinctive_terms=distinctive_terms(docs, background=pool, counts=[a.terms for a in analyses]),
        background_articles=len(pool) - len(docs),
    )


def library_background(event_dir: str | Path, *, limit: int = 200) -> list[Document]:
    """Prepared articles of the other events in ``event_dir``'s library (its parent folder).

    The background prior for distinctive terms, the same for every command
    that shows them (``framing report``, ``framing analyze``, ``framing terms``).
    """
    folder = Path(event_dir)
    return list(background_documents(folder.resolve().parent, exclude=folder, limit=limit))


def analyze_path(event_dir: str | Path, *, background: Sequence[Document] = ()) -> dict[str, Any]:
    """Load, analyse and compare the event in ``event_dir``; return the JSON result."""
    from framing.result import comparison_to_dict

    return comparison_to_dict(compare(load_event(event_dir), background=background))
