"""Build and check event folders: new events, articles from files, pages, URLs or pastes.

This module owns everything that *writes* to the event library and the
checks that keep it healthy:

- :func:`new_event` creates ``SLUG/event.yaml`` after checking the slug and
  the date;
- :func:`read_source` turns a source (a ``.txt`` file, a saved ``.html``
  page, an ``http(s)`` address or pasted text) into an
  :class:`ExtractedArticle`: text, the metadata it carries and warnings
  (a Windows-1252 file converted, say);
- :func:`add_article` writes one article file with its YAML header, atomically
  and only after the result has been read back the way ``framing.events``
  reads it, so a refused or failed add leaves the folder as it was;
- :func:`check_events` reports every problem of one or more event folders
  as :class:`CheckProblem` records, each with the file and the fix.

Bad input (a PDF, an empty paste, a page with no article text, a URL while
offline) raises :class:`SourceError` or :class:`EventError` with one line that
ends with the fix. The only network access in framing is
:func:`fetch_url`, and only when the user gives an ``http(s)`` address.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as _dt
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import yaml

from framing.atomic import write_atomic
from framing.errors import ArticleError, EventError, FramingError, SourceError
from framing.events import (
    ARTICLE_FIELDS,
    ARTICLE_SUFFIXES,
    EVENT_FIELDS,
    EVENT_FILE,
    SLUG_RE,
    default_library,
    load_article,
    read_text_file,
    slugify,
    split_header,
)
from framing.model import Article
from framing.yamlio import safe_load

SourceKind = Literal["text", "html", "url", "stdin"]
Severity = Literal["error", "warning"]
#: How the checkers report: ``add(path, message, fix, severity="error")``.
_Report = Callable[..., None]

#: An article shorter than this is probably a teaser or a truncated copy.
MIN_WORDS = 80
#: Slugs become folder names and URL parts: keep them short.
MAX_SLUG = 80
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
#: How long a fetch may take before we give up (seconds).
FETCH_TIMEOUT = 20

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A written date in a byline or date line: "March 12, 2025", "Sept. 9, 2024",
# "11 March 2025", "3 Mar 2025", "2025-03-12". Numeric day/month forms
# ("03/04/2025") are left out: US and UK read them differently.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_TEXT_DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))\b"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The story starts at the first line of more than this many words (a headline
# has at most 20, see framing.prepare.is_headline), or at a shorter line that
# ends like a sentence; a date there is an event's, not the article's.
_TOP_LINE_WORDS = 20
_SENTENCE_END_RE = re.compile(r"\S+(?:\s+\S+){6,}[.!?][\"'\u201d\u2019]?$")
_URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)
_HTML_START_RE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|head\b)", re.I | re.S)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_BYLINE_PREFIX_RE = re.compile(r"^\s*by\s+", re.I)
# C0/C1 control characters other than tab and newline: their presence after a
# Latin-1 decode means the bytes were not Latin-1 text.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_STRAY_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Typical UTF-8-read-as-Windows-1252 sequences ("â€™" for "’", "Ã©" for "é").
_MOJIBAKE_RE = re.compile(r"â€[™œ˜“”¦¢\x9d]|Ã[\xa0-\xbf©¨§¶¼½¾]|Â[\xa0-\xbf]")

# Magic numbers of files people mistake for articles, with what to do instead.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF", "copy the text out of it and paste it with SOURCE '-', or save it as .txt"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "framing reads text, not pictures of text"),
    (b"\xff\xd8\xff", "a JPEG image", "framing reads text, not pictures of text"),
    (b"GIF87a", "a GIF image", "framing reads text, not pictures of text"),
    (b"GIF89a", "a GIF image", "framing reads text, not pictures of text"),
    (b"II*\x00", "a TIFF image", "framing reads text, not pictures of text"),
    (b"MM\x00*", "a TIFF image", "framing reads text, not pictures of text"),
    (b"PK\x03\x04", "a Word document or zip archive", "save the article as plain text (.txt) and add that"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word document", "save the article as plain text (.txt) and add that"),
    (b"{\\rtf", "an RTF document", "save the article as plain text (.txt) and add that"),
    (b"\x1f\x8b", "a gzip archive", "unpack it and add the text or HTML file inside"),
    (b"bplist00", "a Safari web archive", "save the page as 'Page Source' (.html) and add that"),
    (b"%!PS", "a PostScript file", "save the article as plain text (.txt) and add that"),
)


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    """A source turned into article text plus the metadata it carried.

    ``kind`` says what the source was; ``encoding`` how its bytes were read
    (``None`` for text that arrived as ``str``); ``warnings`` what was
    converted or looks wrong, in words for the user.
    """

    text: str
    kind: SourceKind
    source: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AddedArticle:
    """What :func:`add_article` wrote: the file, its metadata, its size in words."""

    path: str
    id: str
    outlet: str
    words: int
    title: str | None
    author: str | None
    date: str | None
    url: str | None
    kind: SourceKind
    replaced: bool
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckProblem:
    """One problem found by :func:`check_events`: where, what, and how to fix it.

    ``severity`` is ``"error"`` when framing cannot use the file or event as
    it is, ``"warning"`` when it can but the result will be weaker.
    """

    path: str
    message: str
    fix: str
    severity: Severity = "error"


# --- validation -------------------------------------------------------------


def validate_slug(slug: str) -> str:
    """Return ``slug`` if it is a valid event slug, else raise :class:`EventError`."""
    if not slug:
        raise EventError("the event slug is empty: give a short id like 'port-strike-2023'")
    if "/" in slug or "\\" in slug or ".." in slug or slug in {".", "~"}:
        raise EventError(
            f"event slug {slug!r} contains a path ('/', '\\' or '..'): give a plain name "
            f"like {slugify(slug)!r} and use --library DIR to choose the folder"
        )
    if len(slug) > MAX_SLUG:
        raise EventError(f"event slug {slug[:20]!r}... is {len(slug)} characters: keep it under {MAX_SLUG}")
    if not SLUG_RE.match(slug):
        raise EventError(
            f"event slug {slug!r} may hold only lowercase letters, digits and single hyphens: "
            f"try {slugify(slug)!r}"
        )
    return slug


def validate_date(value: str | _dt.date | None, *, what: str = "--date") -> str | None:
    """Return ``value`` as a ``YYYY-MM-DD`` string (None stays None), or raise :class:`SourceError`."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    if _DATE_RE.match(text):
        try:
            return _dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise SourceError(f"{what} {text!r} is not a date: write it as YYYY-MM-DD, for example 2019-08-07")


def is_url(source: str) -> bool:
    """True if ``source`` is an http(s) address (the only thing framing fetches)."""
    return bool(_URL_RE.match(source.strip()))


# --- bytes to text ----------------------------------------------------------


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` is (``"a PDF"``), or None if it may be text."""
    head = data[:16]
    for magic, name, _fix in _MAGIC:
        if head.startswith(magic):
            return name
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1") or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "an image"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 text has NUL bytes but is text
    if b"\x00" in data[:8192]:
        return "a binary file"
    return None


def _binary_fix(name: str) -> str:
    for _magic, kind, fix in _MAGIC:
        if kind == name:
            return fix
    return "save the article as plain text (.txt) and add that"


def decode_bytes(data: bytes, *, name: str = "input") -> tuple[str, str, tuple[str, ...]]:
    """Decode article bytes: UTF-8 as is, Latin-1 or Windows-1252 converted with a warning.

    Returns ``(text, encoding, warnings)``. Raises :class:`SourceError` for
    binary data and for bytes that are none of these encodings.
    """
    kind = sniff_binary(data)
    if kind is not None:
        raise SourceError(f"{name} is {kind}, not text: {_binary_fix(kind)}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(f"{name}: broken UTF-16 text; save it again as UTF-8") from None
        return text, "utf-16", (f"{name}: converted from UTF-16 to UTF-8",)
    try:
        return data.decode("utf-8-sig"), "utf-8", ()
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    # Bytes 0x80-0x9F are printable in Windows-1252 (curly quotes, dashes,
    # the euro sign) but C1 control characters in Latin-1, so they decide
    # between the two; without them both decodings are the same text.
    if any(0x80 <= b <= 0x9F for b in data):
        try:
            text, encoding, label = data.decode("cp1252"), "cp1252", "Windows-1252"
        except UnicodeDecodeError as exc:
            raise SourceError(
                f"{name}: not UTF-8 (byte {bad_at}), nor Windows-1252 (byte 0x{data[exc.start]:02X} "
                f"at {exc.start}): save it as UTF-8 text and add it again"
            ) from None
    else:
        text, encoding, label = data.decode("latin-1"), "latin-1", "Latin-1 (ISO-8859-1)"
    if _CONTROL_RE.search(text) or not _plausible_western(text):
        raise SourceError(
            f"{name}: not UTF-8 (byte {bad_at}) and does not read as {label} text either: "
            "save it as UTF-8 text and add it again"
        )
    return text, encoding, (f"{name}: not UTF-8; read as {label} and converted to UTF-8",)


def _plausible_western(text: str) -> bool:
    """Western text is mostly ASCII letters; a legacy Asian or Cyrillic encoding read as Latin-1 is not."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for c in letters if ord(c) > 0x7F)
    return non_ascii / len(letters) <= 0.3


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 text that was read as Windows-1252 ("itâ€™s" -> "it’s") when that is lossless."""
    if not _MOJIBAKE_RE.search(text):
        return text, False
    fixed = _undo_cp1252(text)
    if fixed is None:
        # Mixed text (real non-Latin characters too): repair the runs we recognise, one by one.
        fixed = _MOJIBAKE_RE.sub(lambda m: _undo_cp1252(m.group()) or m.group(), text)
    return fixed, fixed != text


def _undo_cp1252(text: str) -> str | None:
    """Re-encode as Windows-1252 and decode as UTF-8; None if that is not possible."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            # The five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
            # 0x9D) come through a lenient decoder as the same code points.
            if 0x80 <= ord(ch) <= 0x9F:
                out.append(ord(ch))
            else:
                return None
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return None


def clean_text(text: str) -> str:
    """Normalise line endings and outer blank lines; the words stay exactly as received."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n").lstrip("\ufeff") + "\n" if any(lines) else ""


def _text_warnings(text: str, name: str) -> tuple[str, list[str]]:
    warnings: list[str] = []
    # Control characters (NUL, escape codes from a terminal paste) are not
    # words, and the article reader takes a NUL for a binary file.
    stripped = _STRAY_CONTROL_RE.sub("", text)
    if stripped != text:
        warnings.append(f"{name}: removed {len(text) - len(stripped)} control characters")
        text = stripped
    fixed, changed = repair_mojibake(text)
    if changed:
        warnings.append(f"{name}: repaired garbled characters (UTF-8 read as Windows-1252, like 'â€™' for '’')")
    return fixed, warnings


# --- reading sources --------------------------------------------------------


@contextlib.contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's warnings (trafilatura logs every odd page) while it runs."""
    logger = logging.getLogger(logger_name)
    old = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(old)


def fetch_url(url: str) -> str | None:
    """Download ``url`` with trafilatura; None when it cannot be fetched (offline, 404)."""
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(FETCH_TIMEOUT))
    try:
        with _quiet("trafilatura"), _quiet("urllib3"):
            page = trafilatura.fetch_url(url, config=config)
    except Exception:  # noqa: BLE001 - any network failure is the same to the user
        return None
    return page or None


def looks_like_html(text: str) -> bool:
    """True if ``text`` is an HTML document (a saved page, even one named .txt)."""
    return bool(_HTML_START_RE.match(text[:4096]))


def extract_html(html: str, *, source: str = "page", kind: SourceKind = "html", url: str | None = None) -> ExtractedArticle:
    """Extract the main text and metadata of a news page; boilerplate and navigation dropped."""
    import trafilatura

    with _quiet("trafilatura"), _quiet("htmldate"), _quiet("courlan"):
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            # no deduplicate=True: trafilatura remembers text across calls, so
            # the same page added twice (--force) would come back empty.
        )
    data: dict[str, Any] = {}
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = str(data.get("text") or "")
    title = _meta(data.get("title"))
    lines = [line.strip() for line in body.split("\n")]
    lines = [line for line in lines if line]
    # trafilatura keeps the headline as the first line; it belongs in the
    # header's title, not in the text that is counted and compared.
    if lines and title and _same_words(lines[0], title):
        lines = lines[1:]
    text = "\n\n".join(lines)
    if len(re.findall(r"\w+", text)) < 10:
        raise SourceError(
            f"{source}: no article text found in the page (a front page, a paywall or a "
            "page built by JavaScript?): copy the article text and add it with SOURCE '-'"
        )
    text, warnings = _text_warnings(text, source)
    author = _meta(data.get("author"))
    if author:
        author = _BYLINE_PREFIX_RE.sub("", author)
    date = _meta(data.get("date"))
    try:
        date = validate_date(date)
    except SourceError:
        date = None
    return ExtractedArticle(
        text=clean_text(text),
        kind=kind,
        source=source,
        title=title,
        author=author or None,
        date=date,
        site_name=_meta(data.get("sitename")),
        url=_meta(data.get("url")) or url,
        warnings=tuple(warnings),
    )


def _meta(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _same_words(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", s).lower()))

    return norm(a) == norm(b)


def _html_bytes_to_text(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Decode a saved page, honouring the charset its ``<meta>`` declares."""
    match = _META_CHARSET_RE.search(data[:4096])
    if match:
        declared = match.group(1).decode("ascii", "replace").lower()
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            codec = ""
        if codec and codec != "utf-8":
            kind = sniff_binary(data)
            if kind is not None:
                raise SourceError(f"{name} is {kind}, not text: {_binary_fix(kind)}")
            try:
                return data.decode(codec), codec, ()
            except UnicodeDecodeError:
                pass
    return decode_bytes(data, name=name)


def _from_text(raw: str, *, kind: SourceKind, source: str, encoding: str | None, warnings: Sequence[str]) -> ExtractedArticle:
    """Plain text; a leading framing header (an article file from another event) is read as metadata."""
    meta: dict[str, Any] = {}
    body = raw
    normal = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if normal.startswith("---\n"):
        try:
            meta, body = split_header(normal, Path(source))
        except (ArticleError, ValueError):  # ValueError: yaml on "date: 2019-13-40"
            meta, body = {}, raw
    text, extra = _text_warnings(body, source)
    text = clean_text(text)
    if not re.search(r"\w", text):
        what = "the pasted text" if kind == "stdin" else source
        raise SourceError(f"{what} is empty: paste or save the article text and try again")
    date = None
    if meta.get("date") is not None:
        with contextlib.suppress(SourceError):
            date = validate_date(meta.get("date"))
    return ExtractedArticle(
        text=text,
        kind=kind,
        source=source,
        title=_meta(meta.get("title")),
        author=_meta(meta.get("author")),
        date=date,
        site_name=_meta(meta.get("outlet")),
        url=_meta(meta.get("url")),
        encoding=encoding,
        warnings=tuple(warnings) + tuple(extra),
    )


def read_source(source: str, *, stdin_text: str | None = None) -> ExtractedArticle:
    """Read a source: a .txt or .html path, an http(s) address, or ``-`` with ``stdin_text``."""
    if source == "-":
        if stdin_text is None or not stdin_text.strip():
            raise SourceError("the pasted text is empty: paste the article text, then press Ctrl-D (Ctrl-Z Enter on Windows)")
        if looks_like_html(stdin_text):
            return extract_html(stdin_text, source="pasted page", kind="stdin")
        return _from_text(stdin_text, kind="stdin", source="pasted text", encoding=None, warnings=())
    if is_url(source):
        page = fetch_url(source)
        if page is None:
            raise SourceError(
                f"could not fetch URL {source} (offline, blocked or not found): "
                "save the page as .html in your browser and add the file"
            )
        return extract_html(page, source=source, kind="url", url=source)
    path = Path(source).expanduser()
    if not path.exists():
        hint = " (a web address must start with http:// or https://)" if "." in source and "/" in source and not path.parent.exists() else ""
        raise SourceError(f"no such file {source}{hint}: give a .txt or .html file, a URL, or '-' to paste")
    if path.is_dir():
        raise SourceError(f"{source} is a folder: give one .txt or .html file")
    suffix = path.suffix.lower()
    if suffix in (".mht", ".mhtml"):
        raise SourceError(f"{source} is a single-file web archive (.mhtml): save the page as 'Webpage, HTML only' and add that")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{source}: cannot read ({exc.strerror}); check the path and permissions") from None
    if suffix in HTML_SUFFIXES:
        text, encoding, warnings = _html_bytes_to_text(data, path.name)
        extracted = extract_html(text, source=path.name)
    else:
        text, encoding, warnings = decode_bytes(data, name=path.name)
        if looks_like_html(text):
            extracted = extract_html(text, source=path.name)
        else:
            return _from_text(text, kind="text", source=path.name, encoding=encoding, warnings=warnings)
    return _replace_extracted(extracted, encoding=encoding, warnings=tuple(warnings) + extracted.warnings)


def _replace_extracted(ex: ExtractedArticle, **changes: Any) -> ExtractedArticle:
    return replace(ex, **changes)


# --- writing ----------------------------------------------------------------


def _dump_header(fields: dict[str, str | None]) -> str:
    """YAML for a header or event.yaml: fixed field order, None fields left out."""
    present = {k: v for k, v in fields.items() if v is not None}
    # safe_dump quotes any string that would read back as another type
    # ("2019-08-07" stays a string, "No: comment" stays text).
    return str(yaml.safe_dump(present, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False))


def new_event(
    slug: str,
    *,
    title: str,
    date: str | None = None,
    description: str | None = None,
    library: Path | None = None,
    force: bool = False,
) -> Path:
    """Create ``LIBRARY/SLUG/event.yaml`` and return the event folder."""
    validate_slug(slug)
    title = " ".join((title or "").split())
    if not title:
        raise EventError("an event needs a title: pass --title \"What happened, when\"")
    date = validate_date(date)
    lib = Path(library) if library is not None else default_library()
    if not lib.is_dir():
        raise EventError(f"library folder {lib} does not exist: create it first or give an existing folder to --library")
    folder = lib / slug
    meta_path = folder / EVENT_FILE
    if folder.exists() and not folder.is_dir():
        raise EventError(f"{folder} exists and is a file: choose another slug")
    if meta_path.exists() and not force:
        raise EventError(f"event {slug!r} already exists ({meta_path}): pass --force to replace its event.yaml (articles are kept)")
    content = _dump_header(
        {"title": title, "date": date, "description": " ".join(description.split()) if description else None}
    )
    created = not folder.exists()
    folder.mkdir(exist_ok=True)
    try:
        write_atomic(meta_path, content, validate=_validate_event_yaml, durable=True)
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return folder


def _validate_event_yaml(path: Path) -> None:
    data = safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("title"), str):  # pragma: no cover - our own writer
        raise EventError(f"{path}: internal error writing event.yaml; please report it")


def article_filename(outlet: str, name: str | None = None) -> str:
    """The file name for an outlet's article: ``<outlet-slug>.txt`` or ``<name>.txt``."""
    if name is not None:
        stem = name[:-4] if name.lower().endswith(".txt") else name
        if not SLUG_RE.match(stem):
            raise SourceError(f"--name {name!r} may hold only lowercase letters, digits and hyphens: try {slugify(stem)!r}")
        return f"{stem}.txt"
    return f"{slugify(outlet)}.txt"


def _free_name(folder: Path, stem: str) -> str:
    n = 2
    while (folder / f"{stem}-{n}.txt").exists():
        n += 1
    return f"{stem}-{n}"


def add_article(
    event: Path,
    source: str,
    *,
    outlet: str | None = None,
    title: str | None = None,
    author: str | None = None,
    date: str | None = None,
    url: str | None = None,
    force: bool = False,
    stdin_text: str | None = None,
    name: str | None = None,
) -> AddedArticle:
    """Add one article to an event folder from a file, a page, a URL or pasted text."""
    from framing.prepare import prepare

    folder = Path(event)
    if not (folder / EVENT_FILE).is_file():
        raise EventError(f"{folder} is not an event folder (no {EVENT_FILE}): create it with 'framing new SLUG --title ...'")
    # Check what the user typed before touching the source (and the network).
    date = validate_date(date)
    if url is not None and url.strip() and not is_url(url):
        raise SourceError(f"--url {url!r} is not a web address: it must start with http:// or https://")
    extracted = read_source(source, stdin_text=stdin_text)
    outlet_name = _meta(outlet) or extracted.site_name
    if not outlet_name:
        raise SourceError(f"no outlet for {extracted.source}: pass --outlet \"NAME\" (for example --outlet \"Fox News\")")
    if name is None and not re.search(r"[a-z0-9]", outlet_name.lower()):
        # File names and ids are ASCII slugs; "Правда" has none to offer.
        raise SourceError(f"outlet {outlet_name!r} gives no file name: pass --name, for example --name pravda")
    filename = article_filename(outlet_name, name)
    path = folder / filename
    replaced = path.exists()
    if replaced and not force:
        try:
            held = load_article(path).outlet
        except FramingError:
            held = "an unreadable article"
        raise SourceError(
            f"{path} already holds {held}: pass --force to replace it, "
            f"or --name {_free_name(folder, Path(filename).stem)} to keep both"
        )
    fields = {
        "outlet": outlet_name,
        "title": _meta(title) or extracted.title,
        "author": _meta(author) or extracted.author,
        "date": date or extracted.date,
        "url": _meta(url) or extracted.url,
        "source": _describe_source(extracted),
        "notes": "; ".join(_user_warning(w) for w in extracted.warnings) or None,
    }
    assert tuple(fields) == ARTICLE_FIELDS  # the header order is the documented one
    content = "---\n" + _dump_header(fields) + "---\n" + extracted.text
    article = Article(id=slugify(outlet_name), outlet=outlet_name, text=extracted.text)
    words = prepare(article).words
    if words == 0:
        raise SourceError(f"{extracted.source}: no words found in the text: give the article text itself")
    warnings = list(extracted.warnings)
    if words < MIN_WORDS:
        warnings.append(f"only {words} words: is this the whole article? (framing compares best with {MIN_WORDS}+)")
    duplicate = _duplicate_of(folder, extracted.text, exclude=path)
    if duplicate is not None:
        warnings.append(f"the same text is already in {duplicate.name}: did you add the same article twice?")
    write_atomic(path, content, validate=load_article, durable=True)
    return AddedArticle(
        path=str(path),
        id=slugify(outlet_name),
        outlet=outlet_name,
        words=words,
        title=fields["title"],
        author=fields["author"],
        date=fields["date"],
        url=fields["url"],
        kind=extracted.kind,
        replaced=replaced,
        warnings=tuple(warnings),
    )


def _user_warning(warning: str) -> str:
    return warning.split(": ", 1)[1] if ": " in warning else warning


def _describe_source(ex: ExtractedArticle) -> str:
    if ex.kind == "url":
        return f"fetched from {ex.source} with framing add"
    if ex.kind == "stdin":
        return f"{ex.source} (framing add -)"
    return f"{ex.source} (framing add)"


def _normal_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _duplicate_of(folder: Path, text: str, *, exclude: Path) -> Path | None:
    target = _normal_words(text)
    for other in sorted(folder.glob("*.txt")):
        if other == exclude:
            continue
        try:
            body = split_header(read_text_file(other), other)[1]
        except FramingError:
            continue
        if _normal_words(body) == target:
            return other
    return None


# --- checking ---------------------------------------------------------------

_OTHER_SUFFIX_FIX = {
    ".html": "add it with 'framing add EVENT FILE --outlet NAME', which extracts the text",
    ".htm": "add it with 'framing add EVENT FILE --outlet NAME', which extracts the text",
    ".pdf": "copy its text and add it with 'framing add EVENT - --outlet NAME'",
    ".docx": "save it as plain text and add it with 'framing add'",
    ".doc": "save it as plain text and add it with 'framing add'",
    ".md": "rename it to .txt with a header, or add it with 'framing add'",
    ".text": "rename it to .txt with a header, or add it with 'framing add'",
    ".rtf": "save it as plain text and add it with 'framing add'",
}


def check_events(paths: Sequence[Path]) -> tuple[CheckProblem, ...]:
    """Check event folders and return every problem found, each with its fix."""
    problems: list[CheckProblem] = []
    for path in paths:
        problems.extend(check_event(Path(path)))
    return tuple(problems)


def check_event(folder: Path) -> tuple[CheckProblem, ...]:
    """Check one event folder: event.yaml, every article file, the set as a whole."""
    out: list[CheckProblem] = []

    def add(path: Path, message: str, fix: str, severity: Severity = "error") -> None:
        out.append(CheckProblem(str(path), message, fix, severity))

    if not folder.is_dir():
        add(folder, "not a folder", "give an event folder (it holds event.yaml and the articles)")
        return tuple(out)
    if not SLUG_RE.match(folder.name):
        add(folder, f"folder name {folder.name!r} is not a slug", f"rename the folder to {slugify(folder.name)!r}", "warning")
    _check_event_yaml(folder, add)
    outlets: dict[str, list[Path]] = {}
    bodies: dict[str, Path] = {}
    readable = 0
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            if path.name.endswith(".tmp") and path.is_file():
                add(path, "left over from an interrupted 'framing add'", "delete it", "warning")
            continue
        if path.is_dir() or path.name == EVENT_FILE:
            continue
        if path.suffix not in ARTICLE_SUFFIXES:
            fix = _OTHER_SUFFIX_FIX.get(path.suffix.lower())
            if fix is not None:
                add(path, f"not read: only {', '.join(ARTICLE_SUFFIXES)} files are articles", fix, "warning")
            continue
        article = _check_article(path, add)
        if article is None:
            continue
        readable += 1
        outlets.setdefault(slugify(article.outlet), []).append(path)
        key = _normal_words(article.text)
        if key in bodies:
            add(path, f"same text as {bodies[key].name}", "delete one of the two copies")
        else:
            bodies[key] = path
    for paths_ in outlets.values():
        if len(paths_) > 1:
            names = ", ".join(p.name for p in paths_)
            add(
                paths_[1],
                f"{len(paths_)} articles from the same outlet ({names}); they are compared as separate outlets",
                "keep one article per outlet, or give them distinct outlet names (\"CNN (web)\", \"CNN (TV)\")",
                "warning",
            )
    if readable < 2:
        add(folder, f"{readable} readable article{'s' if readable != 1 else ''}; an event needs two or more",
            "add articles with 'framing add EVENT SOURCE --outlet NAME'")
    return tuple(out)


def _check_event_yaml(folder: Path, add: _Report) -> None:
    meta_path = folder / EVENT_FILE
    if not meta_path.is_file():
        add(folder, f"no {EVENT_FILE}", f"create it with 'framing new {folder.name} --title \"...\" --force' or write 'title: ...' into it")
        return
    try:
        raw = read_text_file(meta_path)
    except ArticleError as exc:
        add(meta_path, _after_path(str(exc), meta_path), "save it as UTF-8 text")
        return
    try:
        meta = safe_load(raw) or {}
    except ValueError as exc:
        # PyYAML reads an unquoted "2019-13-40" as a timestamp and fails.
        add(meta_path, f"a value is not valid ({exc})", "write dates as 'date: \"YYYY-MM-DD\"' with a real month and day")
        return
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        add(meta_path, f"invalid YAML{where}", "write one 'field: value' per line; quote values that hold ': '")
        return
    if not isinstance(meta, dict):
        add(meta_path, "not 'field: value' lines", "write 'title: ...', 'date: \"YYYY-MM-DD\"', 'description: ...'")
        return
    for key in meta:
        if key not in EVENT_FIELDS:
            add(meta_path, f"unknown field {key!r}", f"remove it or use one of: {', '.join(EVENT_FIELDS)}")
    if not meta.get("title"):
        add(meta_path, "no title (the folder name is used instead)", "add a line like 'title: \"Port strike, March 2023\"'", "warning")
    _check_date(meta_path, meta.get("date"), add, "the event")


def _check_date(path: Path, value: Any, add: _Report, what: str) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        add(path, f"no date for {what}", "add a line like 'date: \"2019-08-07\"'", "warning")
        return
    try:
        validate_date(value)
    except (SourceError, TypeError):
        add(path, f"date {value!r} is not a date", "write it as 'date: \"YYYY-MM-DD\"'")


def date_near_top(body: str) -> tuple[str, str] | None:
    """The first written date in the short lines above the story, as (line, ISO date), if any.

    Bylines and date lines ("By Dale Kessler | March 12, 2025", "Published
    6:45 a.m. ET March 3, 2025") sit above the story and are set aside as
    boilerplate; the first line of more than 20 words, or of more than six
    that ends like a sentence, is the story, and the search stops there.
    """
    for raw_line in body.splitlines():
        line = " ".join(raw_line.split())
        if not line:
            continue
        if len(line.split()) > _TOP_LINE_WORDS or _SENTENCE_END_RE.match(line):
            return None
        m = _TEXT_DATE_RE.search(line)
        if m is None:
            continue
        try:
            if m.group("iso"):
                found = _dt.date.fromisoformat(m.group("iso"))
            else:
                month = m.group("m1") or m.group("m2")
                found = _dt.date(
                    int(m.group("y1") or m.group("y2")),
                    _MONTHS.index(month[:3].lower()) + 1,
                    int(m.group("d1") or m.group("d2")),
                )
        except ValueError:  # "February 30, 2025": not a date; look further
            continue
        return line, found.isoformat()
    return None


def _after_path(message: str, path: Path) -> str:
    prefix = f"{path}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _check_article(path: Path, add: _Report) -> Article | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        add(path, f"cannot read ({exc.strerror})", "check the file's permissions")
        return None
    try:
        text, encoding, _warnings = decode_bytes(data, name="this file")
    except SourceError as exc:
        message, _sep, fix = str(exc).rpartition(": ")
        add(path, message, fix)
        return None
    if encoding != "utf-8":
        add(
            path,
            f"not UTF-8 (looks like {encoding})",
            f"convert it: 'framing add {path.parent} {path} --force' rewrites it as UTF-8",
        )
        return None
    try:
        header, _body = split_header(text, path)
    except ArticleError as exc:
        add(path, _after_path(str(exc), path).split(";")[0], _fix_of(str(exc)))
        return None
    except ValueError as exc:
        add(path, f"a header value is not valid ({exc})", "write dates as 'date: \"YYYY-MM-DD\"' with a real month and day")
        return None
    for key in header:
        if key not in ARTICLE_FIELDS:
            add(path, f"unknown header field {key!r}", f"remove it or use one of: {', '.join(ARTICLE_FIELDS)}")
    if not header.get("outlet"):
        add(path, "header has no 'outlet'", "add a line like 'outlet: ABC News' to the header")
    dated = header.get("date") is not None and not (isinstance(header.get("date"), str) and not header["date"].strip())
    if dated:
        _check_date(path, header.get("date"), add, "this article")
    url = header.get("url")
    if url is not None and not (isinstance(url, str) and is_url(url)):
        add(path, f"url {url!r} is not a web address", "write the full address, starting with https://", "warning")
    try:
        article = load_article(path)
    except ArticleError as exc:
        message = _after_path(str(exc), path)
        if "unknown header field" not in message and "no 'outlet'" not in message:
            add(path, message.split(";")[0], _fix_of(str(exc)))
        if not dated:
            _check_date(path, None, add, "this article")
        return None
    from framing.prepare import prepare

    doc = prepare(article)
    if not dated and doc.article.date is None:
        # Preparation reads a date line glued to the top ("Posted Sept. 9,
        # 2024 ...") into the metadata, as a header date; any other date a
        # byline or date line shows is named, with the header line to add.
        seen = date_near_top(_body)
        if seen is None:
            _check_date(path, None, add, "this article")
        else:
            line, iso = seen
            add(
                path,
                f"no date in the header for this article; the line {line!r} near the top says {iso}",
                f"add the line 'date: \"{iso}\"' to the header",
                "warning",
            )
    words = doc.words
    if words < MIN_WORDS:
        add(path, f"only {words} words", f"check that the whole article is there (framing compares best with {MIN_WORDS}+ words)", "warning")
    return article


def _fix_of(message: str) -> str:
    return message.split(";", 1)[1].strip() if ";" in message else "fix the header"


def library_folders(library: Path | None = None) -> tuple[Path, ...]:
    """Every folder of the library that is, or looks meant to be, an event (to check them all)."""
    lib = Path(library) if library is not None else default_library()
    if not lib.is_dir():
        raise EventError(f"library folder {lib} does not exist: give an existing folder to --library")
    return tuple(
        sorted(
            p
            for p in lib.iterdir()
            if p.is_dir() and not p.name.startswith(".") and ((p / EVENT_FILE).is_file() or any(p.glob("*.txt")))
        )
    )
