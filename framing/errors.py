"""The errors framing raises on bad input.

Every error the library raises on purpose is a :class:`FramingError`; the CLI
turns exactly these into one line on stderr and exit code 2. Messages name
the file or entry at fault and end with the fix. Anything else is a bug.
"""

from __future__ import annotations


class FramingError(Exception):
    """Base class: bad input or configuration, reported as one line."""


class EventError(FramingError):
    """An event folder is missing, empty or malformed."""


class ArticleError(FramingError):
    """An article file cannot be read: encoding, header, empty text."""


class LexiconError(FramingError):
    """A lexicon file is missing or malformed."""


class SourceError(FramingError):
    """A source given to ``framing add`` cannot be turned into an article."""


class RenderError(FramingError):
    """A report or worksheet cannot be written."""
