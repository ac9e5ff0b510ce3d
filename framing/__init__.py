"""framing: compare how news outlets frame one event, with the evidence.

The public API, one call per pipeline stage::

    event = load_event("seeds/mississippi-raids-2019")
    comparison = compare(event)               # every analysis, every article
    result = comparison_to_dict(comparison)   # the JSON contract
    write_report(comparison, "reports/x")     # HTML, PDF, JSON, charts

or stage by stage: ``prepare(article)``, ``extract_quotes(doc)``,
``find_mentions(doc, quotes)``, ``frame_cues(doc)``, ``tone(doc, quotes)``,
``align(docs)``, ``distinctive_terms(docs)``. Heavy modules (matplotlib,
WeasyPrint) load only when a report is rendered.
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

# The analyses, re-exported lazily: importing ``framing`` stays fast (scikit-learn,
# VADER and matplotlib load only when an analysis or a renderer is first used).
_LAZY = {
    "compare": "framing.compare",
    "analyse_article": "framing.compare",
    "analyze_path": "framing.compare",
    "Comparison": "framing.compare",
    "ArticleAnalysis": "framing.compare",
    "comparison_to_dict": "framing.result",
    "extract_quotes": "framing.quotes",
    "quote_profile": "framing.quotes",
    "Quote": "framing.quotes",
    "find_mentions": "framing.naming",
    "naming_profile": "framing.naming",
    "concordance": "framing.naming",
    "discover_candidates": "framing.naming",
    "load_naming_lexicon": "framing.naming",
    "Mention": "framing.naming",
    "frame_cues": "framing.frames",
    "frame_profile": "framing.frames",
    "tone": "framing.tone",
    "term_counts": "framing.terms",
    "distinctive_terms": "framing.terms",
    "align": "framing.coverage",
    "omissions": "framing.coverage",
    "extract_numbers": "framing.numbers",
    "compare_numbers": "framing.numbers",
    "extract_entities": "framing.entities",
    "compare_entities": "framing.entities",
    "write_report": "framing.report",
    "new_event": "framing.sources",
    "add_article": "framing.sources",
    "check_events": "framing.sources",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)

__all__ = [  # noqa: RUF022 - grouped: records and errors, then stage functions
    *_LAZY,
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
