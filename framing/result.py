"""The JSON result (schema ``framing.comparison/1``): build, write and validate it.

The shape is DESIGN.md's contract, which other tools read. Every offset in it
is a character offset into its article's ``text``. Floats are rounded to four
places and keys keep a fixed order, so the same input gives byte-identical
output.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from framing.compare import ArticleAnalysis, Comparison
from framing.errors import FramingError
from framing.lexicons import lexicon_path, lexicon_version

SCHEMA_ID = "framing.comparison/1"
LEXICONS = ("abbreviations", "reporting_verbs", "speaker_roles", "naming", "frames", "quantities", "gazetteer")


# Per record class, a converter to a dict, generated from its fields once.
_CONVERTERS: dict[type, Callable[[Any], dict[str, Any]]] = {}

# The values _plain returns as they are; a tuple of only these becomes a list of the same items.
_SCALARS = frozenset({str, int, bool, type(None)})

# The body of a converter: every field read once, scalars (most fields) kept
# inline, floats rounded inline, tuples of scalars (sentence indices, words)
# listed after one type test in C, anything else handed to _plain. The exact
# type tests are _plain's own, so the output is the same as calling _plain per field.
_FIELD = (
    "{name!r}: (v{k} if (t := type(v{k})) is str or t is int or t is bool or v{k} is None"
    " else round(v{k}, 4) + 0.0 if t is float"
    " else list(v{k}) if t is tuple and _SCALARS.issuperset(map(type, v{k}))"
    " else _plain(v{k}))"
)
# A field declared ``float`` tests for a float first (the tests exclude each other, so the order changes no result).
_FLOAT_FIELD = "{name!r}: (round(v{k}, 4) + 0.0 if (t := type(v{k})) is float else " + _FIELD.split(": ", 1)[1] + ")"


def _converter(cls: type) -> Callable[[Any], dict[str, Any]]:
    """The converter of a record class, generated on first use.

    Generated code (as :mod:`dataclasses` itself does) because a loop over the
    fields with a call per value made this the costliest step of the result.
    """
    convert = _CONVERTERS.get(cls)
    if convert is None:
        fields = dataclasses.fields(cls)
        source = "def convert(value):\n"
        source += "".join(f"    v{k} = value.{f.name}\n" for k, f in enumerate(fields))
        source += "    return {" + ", ".join(
            (_FLOAT_FIELD if f.type in ("float", float) else _FIELD).format(name=f.name, k=k)
            for k, f in enumerate(fields)
        ) + "}\n"
        namespace: dict[str, Any] = {"_plain": _plain, "_SCALARS": _SCALARS}
        exec(source, namespace)  # noqa: S102 - field names are identifiers from dataclasses.fields
        convert = _CONVERTERS[cls] = namespace["convert"]
    return convert


def _plain(value: Any) -> Any:
    """A record tree as JSON-ready values (dicts, lists, rounded floats)."""
    cls = type(value)
    if cls is str or cls is int or cls is bool or value is None:
        return value
    if cls is float:
        return round(value, 4) + 0.0  # + 0.0 turns -0.0 into 0.0
    if cls is tuple or cls is list:
        if not value:
            return []
        # Sentence indices and words need no recursion (one type test per item, in C).
        if _SCALARS.issuperset(map(type, value)):
            return list(value)
        first = type(value[0])
        convert = _CONVERTERS.get(first)
        if convert is not None:
            return [convert(item) if type(item) is first else _plain(item) for item in value]
        return [_plain(item) for item in value]
    convert = _CONVERTERS.get(cls)
    if convert is not None:
        return convert(value)
    if hasattr(cls, "__dataclass_fields__"):
        return _converter(cls)(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, float):
        return round(value, 4) + 0.0
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _article(a: ArticleAnalysis) -> dict[str, Any]:
    doc = a.doc
    art = doc.article
    return {
        "id": art.id,
        "outlet": art.outlet,
        "title": art.title,
        "author": art.author,
        "date": art.date,
        "url": art.url,
        "source": art.source,
        "text": doc.text,
        "words": doc.words,
        "paragraphs": [{"index": p.index, "start": p.start, "end": p.end} for p in doc.paragraphs],
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph} for s in doc.sentences
        ],
        "boilerplate": [{"start": b.start, "end": b.end, "text": b.text, "reason": b.reason} for b in doc.boilerplate],
        "changes": _plain(doc.changes),
        "problems": _plain(doc.problems),
        "quotes": _plain(a.quotes),
        "quote_profile": _plain(a.quote_profile),
        "mentions": _plain(a.mentions),
        "naming": _plain(a.naming),
        "naming_candidates": _plain(a.naming_candidates),
        "concordance": _plain(a.concordance),
        "frame_cues": _plain(a.frame_cues),
        "frames": _plain(a.frames),
        "tone": _plain(a.tone),
        "terms": _plain(a.terms),
        "numbers": _plain(a.numbers),
        "entities": _plain(a.entities),
    }


@lru_cache(maxsize=1)
def lexicon_versions() -> tuple[tuple[str, int | str | None], ...]:
    """Each lexicon's name and version, as the methods section and the JSON cite them."""
    out: list[tuple[str, int | str | None]] = []
    for name in LEXICONS:
        try:
            out.append((name, lexicon_version(name)))
        except FramingError:
            continue
    return tuple(out)


@lru_cache(maxsize=1)
def _generator_version() -> str:
    # Reading the installed package's metadata costs ~0.25 ms; it does not change within a process.
    from framing.cli import _version

    return _version()


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The whole comparison as a JSON-ready mapping (schema ``framing.comparison/1``)."""
    ev = comparison.event
    return {
        "schema": SCHEMA_ID,
        "generator": {"name": "framing", "version": _generator_version()},
        "event": {
            "slug": ev.slug,
            "title": ev.title,
            "date": ev.date,
            "description": ev.description,
            "notes": ev.notes,
        },
        "lexicons": [{"name": n, "version": v} for n, v in lexicon_versions()],
        "articles": [_article(a) for a in comparison.articles],
        "coverage": _plain(comparison.coverage),
        "omissions": _plain(comparison.omissions),
        "numbers": _plain(comparison.numbers),
        "entities": _plain(comparison.entities),
        "distinctive_terms": _plain(comparison.distinctive_terms),
        "background_articles": comparison.background_articles,
    }


def dumps(result: dict[str, Any]) -> str:
    """Serialise a result deterministically (UTF-8 text, fixed key order, trailing newline)."""
    return json.dumps(result, ensure_ascii=False, indent=1) + "\n"


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of ``framing.comparison/1``, shipped in the package."""
    text = (resources.files("framing") / "schema" / "comparison-1.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def validate(result: dict[str, Any]) -> None:
    """Check ``result`` against the shipped JSON Schema (needs ``jsonschema``)."""
    import jsonschema

    jsonschema.validate(result, schema())


__all__ = ["SCHEMA_ID", "comparison_to_dict", "dumps", "lexicon_path", "schema", "validate"]
