"""Atomic writes: every file and folder framing writes appears whole or not at all.

One implementation for every writer (article files, reports, worksheets,
batch results, corpus tables). A file is written to a temporary file beside
its target (same file system, so ``os.replace`` is atomic) and swapped in;
a failure removes the temporary file and leaves the old one untouched.

``tempfile`` makes private files (0600) and folders (0700). What framing
writes is meant to be shared like any file the user saves (a report copied
to a school drive, a result read by another tool), so temporary files and
folders get the mode the user's umask gives new files.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode a new file gets from the user's umask (0o644 with the usual 022)."""
    return 0o666 & ~_umask()


def folder_mode() -> int:
    """The mode a new folder gets from the user's umask (0o755 with the usual 022)."""
    return 0o777 & ~_umask()


def temp_file(target: Path) -> tuple[int, str]:
    """An open temporary file beside ``target``, with the umask's mode: ``(fd, path)``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.chmod(tmp, file_mode())
    return fd, tmp


def temp_folder(target: Path, suffix: str = ".tmp") -> Path:
    """A new empty folder beside ``target``, with the umask's mode."""
    folder = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent))
    os.chmod(folder, folder_mode())
    return folder


def write_atomic(
    path: str | Path,
    content: str | bytes,
    *,
    validate: Callable[[Path], object] | None = None,
    durable: bool = False,
) -> None:
    """Write ``content`` to ``path`` via a temporary file and ``os.replace``.

    Args:
        path: the target; its folder is created if needed.
        content: text (written as UTF-8 with ``\\n`` line ends) or bytes.
        validate: called with the temporary file before the swap; an
            exception there leaves the target untouched (an article file is
            read back with the loader before it replaces anything).
        durable: fsync before the swap, for files a user typed or pasted
            (article sources), where a power cut must not lose them.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temp_file(target)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content.encode("utf-8") if isinstance(content, str) else content)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        if validate is not None:
            validate(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
