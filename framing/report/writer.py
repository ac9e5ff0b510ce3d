"""Write a set of report files into a folder atomically.

Every file of a report (HTML, PDF, JSON, charts) is first written into a
fresh temporary folder beside the target (single files go through
:func:`framing.atomic.write_atomic`); only when all of them are written
does the temporary folder replace the target. A run that fails half-way
therefore leaves the previous report untouched and no half-written one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

from framing.atomic import temp_folder
from framing.errors import RenderError

FileContent = str | bytes
Producer = Callable[[], FileContent]


def write_folder(target: Path, files: Mapping[str, Producer], *, keep: tuple[str, ...] = ()) -> list[Path]:
    """Produce every file into a temporary folder, then swap it in for ``target``.

    ``files`` maps a relative file name to a function that returns its
    content; they run in order, so a producer that raises aborts the whole
    write. Files named in ``keep`` that already exist in ``target`` and are
    not produced again are carried over (a report re-run with only
    ``--format html`` keeps its PDF).
    """
    target = Path(target)
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"cannot create {parent}: {exc.strerror}; choose another folder with -o") from None
    if target.exists() and not target.is_dir():
        raise RenderError(f"{target} is a file, not a folder; choose another folder with -o")
    staging = temp_folder(target)
    written: list[Path] = []
    try:
        for name, produce in files.items():
            dest = staging / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            content = produce()
            dest.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
            written.append(target / name)
        if target.is_dir():
            for name in keep:
                old = target / name
                if old.exists() and not (staging / name).exists():
                    shutil.copy2(old, staging / name)
            backup = temp_folder(target, ".old")
            backup.rmdir()
            os.replace(target, backup)
            os.replace(staging, target)
            shutil.rmtree(backup, ignore_errors=True)
        else:
            os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return written
