"""Load event folders: ``event.yaml`` plus one article file per outlet.

An article file is a YAML metadata header between ``---`` lines followed by
the text exactly as it was received::

    ---
    outlet: ABC News
    date: 2019-08-08
    ---
    (WASHINGTON) — Several hundred individuals ...

This module is the only reader of the event library; every problem with a
file (encoding, header, empty text) becomes an :class:`ArticleError` or
:class:`EventError` naming the file and the fix.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from framing.errors import ArticleError, EventError
from framing.yamlio import safe_load
from framing.model import Article, Event

ARTICLE_FIELDS = ("outlet", "title", "author", "date", "url", "source", "notes")
EVENT_FIELDS = ("title", "date", "description", "notes")
ARTICLE_SUFFIXES = (".txt",)
EVENT_FILE = "event.yaml"
DEFAULT_EVENT = "mississippi-raids-2019"
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def slugify(text: str) -> str:
    """A lowercase, hyphenated id for ``text`` ("ABC News" -> "abc-news", "Río Times" -> "rio-times").

    Accented letters lose their accents first (NFKD, marks dropped), so "Río"
    gives "rio", never "r-o"; letters with no ASCII base (Ø, ß, scripts other
    than Latin) become separators.
    """
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug or "article"


def default_library() -> Path:
    """The bundled library: ``seeds/`` of a checkout, else the copy in the wheel."""
    checkout = Path(__file__).resolve().parent.parent / "seeds"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("framing"))) / "_seeds"


def resolve_event(name: str | Path | None, library: str | Path | None = None) -> Path:
    """The folder of event ``name``: a path, or a slug in the library (default event if None)."""
    lib = Path(library) if library is not None else default_library()
    if name is None:
        name = DEFAULT_EVENT
    path = Path(name)
    if path.is_dir():
        return path
    candidate = lib / str(name)
    if candidate.is_dir():
        return candidate
    if path.exists():
        raise EventError(f"{path} is a file, not an event folder: give the folder that holds event.yaml")
    looked = f"{path}" if path.is_absolute() or path == candidate else f"{path} and {candidate}"
    raise EventError(
        f"no event folder {str(name)!r} (looked for {looked}): "
        "run 'framing events' to list events or 'framing new' to create one"
    )


def list_events(library: str | Path | None = None) -> list[Path]:
    """The event folders in ``library`` (folders holding an ``event.yaml``), sorted."""
    lib = Path(library) if library is not None else default_library()
    if not lib.is_dir():
        raise EventError(f"library folder {lib} does not exist: give an existing folder of event folders")
    return sorted(p for p in lib.iterdir() if p.is_dir() and (p / EVENT_FILE).is_file())


def read_text_file(path: Path) -> str:
    """Read ``path`` as UTF-8 text, refusing binary data and other encodings."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from None
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{path}: binary file, not text; save the article as plain UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path}: not UTF-8 (byte {exc.start}); convert it to UTF-8, "
            "for example with 'framing add', which converts Latin-1 and Windows-1252"
        ) from None


def _plain(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        text = str(value).strip()
        return text or None
    raise TypeError(type(value).__name__)


def split_header(raw: str, path: Path) -> tuple[dict[str, Any], str]:
    """Split an article file into its YAML header mapping and the text below it."""
    lines = raw.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ArticleError(
            f"{path}: missing metadata header; start the file with a '---' line, "
            "'outlet: NAME', and a closing '---' line"
        )
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            header_text = "\n".join(lines[1:i])
            body = "\n".join(lines[i + 1 :])
            break
    else:
        raise ArticleError(f"{path}: metadata header is not closed; add a '---' line after the header")
    try:
        header = safe_load(header_text) if header_text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (header line {mark.line + 1})" if mark is not None else ""
        raise ArticleError(
            f"{path}: broken metadata header{where}: {getattr(exc, 'problem', None) or exc}; "
            "write one 'field: value' per line"
        ) from None
    except ValueError as exc:  # an impossible unquoted date: "date: 2019-02-30"
        raise ArticleError(
            f"{path}: a header value is not valid ({exc}); write dates as 'date: \"YYYY-MM-DD\"' with a real month and day"
        ) from None
    if not isinstance(header, dict):
        raise ArticleError(f"{path}: metadata header must be 'field: value' lines")
    return header, body


def load_article(path: str | Path) -> Article:
    """Read one article file (metadata header + text) into an :class:`Article`."""
    path = Path(path)
    raw = read_text_file(path)
    header, body = split_header(raw, path)
    unknown = sorted(str(k) for k in header if k not in ARTICLE_FIELDS)
    if unknown:
        raise ArticleError(
            f"{path}: unknown header field {unknown[0]!r}; allowed fields: {', '.join(ARTICLE_FIELDS)}"
        )
    meta: dict[str, str | None] = {}
    for key in ARTICLE_FIELDS:
        try:
            meta[key] = _plain(header.get(key))
        except TypeError as exc:
            raise ArticleError(f"{path}: header field {key!r} must be a single value, not a {exc}") from None
    outlet = meta.pop("outlet")
    if not outlet:
        raise ArticleError(f"{path}: header has no 'outlet'; add a line like 'outlet: ABC News'")
    if not body.strip():
        raise ArticleError(f"{path}: the article text is empty; paste the text below the header")
    return Article(id=slugify(outlet), outlet=outlet, text=body, path=str(path), **meta)


def load_event(path: str | Path) -> Event:
    """Load an event folder into an :class:`Event` with two or more articles."""
    folder = Path(path)
    if not folder.is_dir():
        raise EventError(
            f"no event folder {folder}: run 'framing events' to list events or 'framing new' to create one"
        )
    meta_path = folder / EVENT_FILE
    if not meta_path.is_file():
        raise EventError(f"{folder}: no {EVENT_FILE}; create one with 'framing new' or add 'title: ...' to it")
    try:
        meta = safe_load(read_text_file(meta_path)) or {}
    except ArticleError as exc:
        raise EventError(str(exc)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise EventError(f"{meta_path}{where}: invalid YAML; write one 'field: value' per line") from None
    except ValueError as exc:
        raise EventError(f"{meta_path}: a value is not valid ({exc}); write dates as 'date: \"YYYY-MM-DD\"'") from None
    if not isinstance(meta, dict):
        raise EventError(f"{meta_path}: must be 'field: value' lines (title, date, description, notes)")
    unknown = sorted(str(k) for k in meta if k not in EVENT_FIELDS)
    if unknown:
        raise EventError(f"{meta_path}: unknown field {unknown[0]!r}; allowed fields: {', '.join(EVENT_FIELDS)}")
    try:
        fields = {k: _plain(meta.get(k)) for k in EVENT_FIELDS}
    except TypeError as exc:
        raise EventError(f"{meta_path}: each field must be a single value, not a {exc}") from None
    title = fields.pop("title") or folder.name
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
    articles = _unique_ids([load_article(p) for p in files])
    if len(articles) < 2:
        raise EventError(
            f"{folder}: an event needs two or more articles, found {len(articles)}; "
            "add articles with 'framing add'"
        )
    return Event(slug=folder.name, title=title, articles=tuple(articles), path=str(folder), **fields)


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Give two articles from the same outlet distinct ids ("cnn", "cnn-2")."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    out = []
    for art in articles:
        n = seen.get(art.id, 0) + 1
        seen[art.id] = n
        out.append(art if n == 1 else replace(art, id=f"{art.id}-{n}"))
    return out
