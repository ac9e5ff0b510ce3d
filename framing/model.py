"""The frozen records that flow between framing's stages.

Loading produces an :class:`Event` of :class:`Article` values; preparation
turns each article into a :class:`Document`. Every span record carries
``start``/``end`` character offsets into ``Document.text`` and its own
``text``, so one invariant guards them all: ``doc.text[x.start:x.end] == x.text``.
Later stages (quotes, naming, coverage, terms, frames) add their own records in
their own modules, built the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

QuoteRole = Literal["open", "close"]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as received: its metadata header and its text."""

    id: str
    outlet: str
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    notes: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """An event folder: its metadata and two or more articles about it."""

    slug: str
    title: str
    articles: tuple[Article, ...]
    date: str | None = None
    description: str | None = None
    notes: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the prepared text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the prepared text (a block between line breaks)."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A content sentence; ``index`` counts content sentences only, from 0."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Token:
    """A word or number token of a content sentence."""

    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Text set aside as not part of the article's content, with the reason."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class QuoteMark:
    """One quote mark and the decision whether it opens or closes a quote.

    ``level`` is 0 for a top-level quote and 1 for a quote nested inside it.
    ``note`` says why a mark was read against its shape (a closing mark
    used as an opener, say); it is ``None`` when the glyph agreed.
    """

    start: int
    text: str
    role: QuoteRole
    level: int
    note: str | None = None

    @property
    def end(self) -> int:
        """Offset just past the mark."""
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The words between a pair of quote marks (the marks themselves excluded).

    ``closed`` is False when no closing mark was found and the span was ended
    at a paragraph break; ``continued`` is True when the quote runs on into
    the next paragraph, which opens with a fresh mark (news convention).
    """

    start: int
    end: int
    text: str
    open_mark: int
    close_mark: int | None
    level: int
    closed: bool = True
    continued: bool = False


@dataclass(frozen=True, slots=True)
class Change:
    """Something preparation changed in the text, at an offset of the prepared text."""

    kind: str
    start: int
    detail: str


@dataclass(frozen=True, slots=True)
class Problem:
    """Something odd found in an article, recorded rather than fatal."""

    kind: str
    start: int
    message: str


@dataclass(frozen=True, slots=True)
class Document:
    """A prepared article: clean text and its spans, all offsets into ``text``."""

    article: Article
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    boilerplate: tuple[Boilerplate, ...]
    quote_marks: tuple[QuoteMark, ...]
    quote_spans: tuple[QuoteSpan, ...]
    changes: tuple[Change, ...]
    problems: tuple[Problem, ...]

    @property
    def words(self) -> int:
        """Number of word tokens in the content (boilerplate excluded)."""
        return len(self.tokens)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The content sentence that contains ``offset``, if any."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None
