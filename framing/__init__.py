"""framing: compare how news outlets frame one event, with the evidence.

The public API, one call per pipeline stage::

    event = load_event("seeds/mississippi-raids-2019")
    docs = [prepare(article) for article in event.articles]
"""

from framing.errors import ArticleError, EventError, FramingError, LexiconError, RenderError, SourceError
from framing.events import default_library, list_events, load_article, load_event, resolve_event
from framing.model import (
    Article,
    Boilerplate,
    Change,
    Document,
    Event,
    Paragraph,
    Problem,
    QuoteMark,
    QuoteSpan,
    Sentence,
    Token,
)
from framing.prepare import prepare

__all__ = [
    "Article",
    "ArticleError",
    "Boilerplate",
    "Change",
    "Document",
    "Event",
    "EventError",
    "FramingError",
    "LexiconError",
    "Paragraph",
    "Problem",
    "QuoteMark",
    "QuoteSpan",
    "RenderError",
    "Sentence",
    "SourceError",
    "Token",
    "default_library",
    "list_events",
    "load_article",
    "load_event",
    "prepare",
    "resolve_event",
]
