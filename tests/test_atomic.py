"""Atomic writes: whole or nothing, and files as shareable as any the user saves."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.atomic import file_mode, folder_mode, write_atomic
from framing.cli import main
from tests.conftest import DATA


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_atomic_text_and_bytes(tmp_path: Path) -> None:
    write_atomic(tmp_path / "sub" / "a.txt", "café\n")
    write_atomic(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "sub" / "a.txt").read_bytes() == "café\n".encode()
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert _mode(tmp_path / "sub" / "a.txt") == file_mode()


def test_failed_validation_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "article.txt"
    target.write_text("old", encoding="utf-8")

    def refuse(_path: Path) -> None:
        raise ValueError("not an article")

    with pytest.raises(ValueError):
        write_atomic(target, "new", validate=refuse, durable=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["article.txt"]


def test_modes_follow_the_umask() -> None:
    mask = os.umask(0)
    os.umask(mask)
    assert (file_mode(), folder_mode()) == (0o666 & ~mask, 0o777 & ~mask)


def test_report_and_analyze_output_are_not_private(tmp_path: Path) -> None:
    # tempfile makes 0600 files and 0700 folders; a report copied to a shared
    # drive must stay readable like any file the user saves.
    event = str(DATA / "events" / "port-harlan-strike-2024")
    out = tmp_path / "rep"
    assert CliRunner().invoke(main, ["report", event, "-o", str(out), "--format", "json", "--quiet"]).exit_code == 0
    assert _mode(out) == folder_mode()
    assert _mode(out / "result.json") == file_mode()
    result = tmp_path / "r.json"
    assert CliRunner().invoke(main, ["analyze", event, "-o", str(result), "--quiet"]).exit_code == 0
    assert _mode(result) == file_mode()
