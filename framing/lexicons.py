"""Find, read and validate the term lists that framing ships as data.

Lexicons are YAML files in ``lexicons/`` at the top of a checkout; a wheel
carries the same files inside the package as ``framing/_lexicons``. A user
points framing at their own folder with ``--lexicons DIR`` (or the
``FRAMING_LEXICONS`` environment variable, which the option sets). Each
analysis module loads its own lexicon through :func:`read_lexicon`, which
turns a parse error or a wrong shape into one :class:`LexiconError` naming the
file, the entry and the fix.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from framing.errors import LexiconError
from framing.yamlio import safe_load

ENV_VAR = "FRAMING_LEXICONS"


def lexicon_dir(override: str | Path | None = None) -> Path:
    """The folder lexicons are read from: override, env var, wheel, checkout."""
    chosen = override or os.environ.get(ENV_VAR)
    if chosen:
        path = Path(chosen)
        if not path.is_dir():
            raise LexiconError(
                f"lexicon folder {path} does not exist: give an existing folder to --lexicons"
            )
        return path
    return _shipped_dir()


@lru_cache(maxsize=64)
def _shipped_file(name: str) -> Path | None:
    path = _shipped_dir() / f"{name}.yaml"
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def _shipped_dir() -> Path:
    # Looked up once per process: importlib.resources costs ~0.1 ms a call,
    # and every analysis stage asks for its lexicon's path on every article.
    packaged = Path(str(resources.files("framing"))) / "_lexicons"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "lexicons"
    if checkout.is_dir():
        return checkout
    raise LexiconError(
        "no lexicon folder found (looked in the package and the checkout): "
        "reinstall framing or pass --lexicons DIR"
    )


def lexicon_path(name: str, override: str | Path | None = None) -> Path:
    """The path of lexicon ``name`` (e.g. ``"naming"``); a file path is taken as is.

    A bare name (no folder, no ``.yaml``/``.yml``) that names a shipped lexicon
    is that lexicon, whatever files the working folder holds: every stage asks
    for its lexicon on every article, and this lookup touches no disk once the
    shipped file is known. Any other bare name is a file if one exists.
    """
    if not (override or os.environ.get(ENV_VAR)) and "/" not in name and os.sep not in name:
        shipped = _shipped_file(name)  # the package's own files do not come and go mid-run
        if shipped is not None:
            return shipped
    as_path = Path(name)
    if as_path.suffix in {".yaml", ".yml"} or len(as_path.parts) > 1 or as_path.is_file():
        if not as_path.is_file():
            raise LexiconError(f"lexicon file {as_path} does not exist: check the path")
        return as_path
    folder = lexicon_dir(override)
    path = folder / f"{name}.yaml"
    if not path.is_file():
        user_folder = override or os.environ.get(ENV_VAR)
        if user_folder:
            # A user folder may hold only the lexicons the user changed.
            fallback = lexicon_dir_default() / f"{name}.yaml"
            if fallback.is_file():
                return fallback
        raise LexiconError(f"lexicon {name!r} not found: expected {path}")
    return path


def lexicon_dir_default() -> Path:
    """The shipped lexicon folder, ignoring any user override."""
    saved = os.environ.pop(ENV_VAR, None)
    try:
        return lexicon_dir()
    finally:
        if saved is not None:
            os.environ[ENV_VAR] = saved


def read_lexicon(name: str | Path, override: str | Path | None = None) -> dict[str, Any]:
    """Read lexicon ``name`` as a mapping, or raise one clear :class:`LexiconError`."""
    path = lexicon_path(str(name), override)
    try:
        text = path.read_text(encoding="utf-8")
        # A section named twice first: its message says which section; the loader then refuses
        # any other key given twice in one mapping, at any depth.
        _check_sections_once(path, text)
        data = safe_load(text)
    except UnicodeDecodeError:
        raise LexiconError(f"{path}: not UTF-8 text; save the lexicon as UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise LexiconError(f"{path}{where}: {problem}; fix the YAML syntax") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: a lexicon must be a YAML mapping with named sections")
    data["_path"] = str(path)
    version = data.get("version")
    _VERSIONS[_file_key(path)] = version if isinstance(version, (int, str)) else None
    return data


# A section's name at the start of a line: a top-level key of the lexicon.
_SECTION_RE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:", re.MULTILINE)


def _check_sections_once(path: Path, text: str) -> None:
    """One LexiconError when a section is named twice: YAML keeps the last and drops the first silently."""
    first: dict[str, int] = {}
    for m in _SECTION_RE.finditer(text):
        name = m.group(1)
        if name in first:
            line, before = (text.count("\n", 0, at) + 1 for at in (m.start(), first[name]))
            raise LexiconError(
                f"{path} line {line}: section {name!r} is named again (first at line {before}); "
                "keep one and merge their entries"
            )
        first[name] = m.start()


# Each lexicon file read so far, by (path, modification time, size), and its
# version. A report cites every lexicon's version; the stages have read most
# of them by then, and a second parse of the same YAML (a megabyte in all)
# cost about a tenth of a command's start.
_VERSIONS: dict[tuple[str, int, int], int | str | None] = {}


def _file_key(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return str(path.resolve()), stat.st_mtime_ns, stat.st_size


def lexicon_version(name: str, override: str | Path | None = None) -> int | str | None:
    """Lexicon ``name``'s ``version`` (None when it has none), read once per file as it stands on disk."""
    path = lexicon_path(name, override)
    try:
        return _VERSIONS[_file_key(path)]
    except (KeyError, OSError):
        read_lexicon(path)
    return _VERSIONS.get(_file_key(path))


def require_list(data: dict[str, Any], key: str, *, of: type = str) -> list[Any]:
    """Return ``data[key]`` as a non-empty list of ``of`` or raise a LexiconError."""
    where = data.get("_path", "lexicon")
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise LexiconError(f"{where}: entry {key!r} must be a non-empty list")
    for i, item in enumerate(value):
        if not isinstance(item, of):
            raise LexiconError(
                f"{where}: entry {key!r} item {i + 1} must be a {of.__name__}, got {item!r}"
            )
    return value


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """Punkt parameters: abbreviations and the words that start sentences after one."""

    abbreviations: frozenset[str]
    sentence_starters: frozenset[str]
    path: str


@lru_cache(maxsize=8)
def _load_abbreviations(path: str) -> Abbreviations:
    data = read_lexicon(Path(path))
    abbrevs = require_list(data, "abbreviations")
    starters = require_list(data, "sentence_starters")
    normal: set[str] = set()
    for item in abbrevs:
        word = item.strip().lower().rstrip(".")
        if not word or " " in word:
            raise LexiconError(
                f"{path}: abbreviation {item!r} is empty or has a space; write it like 'u.s' or 'inc'"
            )
        normal.add(word)
    return Abbreviations(
        frozenset(normal), frozenset(s.strip().lower() for s in starters), path
    )


def load_abbreviations(override: str | Path | None = None) -> Abbreviations:
    """The abbreviation list for the sentence splitter (``abbreviations.yaml``)."""
    return _load_abbreviations(str(lexicon_path("abbreviations", override)))
