"""The command line: help everywhere, documented commands, exact output and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from framing.cli import main
from tests.conftest import ROOT


def _commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help_and_is_documented(command: str) -> None:
    cmd = main.commands[command]
    assert cmd.help and cmd.help.strip(), f"{command} has no help text"
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"framing {command}" in readme, f"'framing {command}' is not in the README"


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("framing, version ")


def test_python_m_framing() -> None:
    out = subprocess.run([sys.executable, "-m", "framing", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0
    assert "Compare how news outlets frame one event" in out.stdout


def test_events_lists_the_bundled_event() -> None:
    result = CliRunner().invoke(main, ["events"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[1:4] == [
        "  mississippi-raids-2019  (2019-08-07, 2 articles)",
        "      Mississippi workplace immigration raids, August 2019",
        "      outlets: ABC News, Breitbart News",
    ]


def test_events_json() -> None:
    result = CliRunner().invoke(main, ["events", "--json"])
    rows = json.loads(result.output)
    assert [(r["slug"], r["articles"], r["outlets"]) for r in rows] == [
        ("mississippi-raids-2019", 2, ["ABC News", "Breitbart News"])
    ]


def test_events_in_an_empty_library(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--library", str(tmp_path)])
    assert result.exit_code == 0
    assert result.output == f'No events in {tmp_path}. Create one with: framing new SLUG --title "..."\n'


def test_prepare_shows_sentences_and_what_was_set_aside() -> None:
    result = CliRunner().invoke(main, ["prepare"])
    assert result.exit_code == 0
    out = result.output.splitlines()
    assert out[0] == "Mississippi workplace immigration raids, August 2019 (mississippi-raids-2019)"
    assert "== ABC News [abc-news] — 2019-08-08" in out
    # 956 words: the dateline "(WASHINGTON) —" is set aside (round Y), as "WASHINGTON (AP) —" always was
    assert "   32 sentences, 956 words, 24 paragraphs" in out
    assert "     - dateline: (WASHINGTON) —" in out
    assert "¶[  1] Young children were seen crying on local news video about being separated from their mothers and fathers." in out
    assert "     - copyright notice: Copyright © 2019, ABC Radio. All rights reserved." in out
    assert "     - restored 21 lost paragraph breaks (sentences ran together)" in out
    assert "== Breitbart News [breitbart-news] — John Binder, 2019-08-08" in out
    assert "     - author bio: John Binder is a reporter for Breitbart News." in out
    assert "     - social media handle: Follow him on Twitter at @JxhnBinder." in out
    assert "     - moved 'date 2019-08-08' from the text to the metadata (date)" in out


def test_prepare_json() -> None:
    result = CliRunner().invoke(main, ["prepare", "mississippi-raids-2019", "--json"])
    data = json.loads(result.output)
    assert [(d["id"], len(d["sentences"]), d["words"]) for d in data] == [("abc-news", 32, 956), ("breitbart-news", 16, 413)]


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["nonsense"])
    assert result.exit_code == 2


def test_lexicon_override_must_exist(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--lexicons", str(tmp_path / "nope"), "events"])
    assert result.exit_code == 2
    assert result.stderr == f"Error: lexicon folder {tmp_path / 'nope'} does not exist: give an existing folder to --lexicons\n"


def test_malformed_lexicon_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "abbreviations.yaml").write_text("abbreviations: [u.s\nsentence_starters: []\n", encoding="utf-8")
    from framing.lexicons import _load_abbreviations

    _load_abbreviations.cache_clear()
    result = CliRunner().invoke(main, ["--lexicons", str(tmp_path), "prepare"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Error: {tmp_path / 'abbreviations.yaml'} line ")


def test_group_is_click() -> None:
    assert isinstance(main, click.Group)


def test_missing_event_path_is_named_once(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(main, ["prepare", str(missing)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: no event folder '{missing}' (looked for {missing}): "
        "run 'framing events' to list events or 'framing new' to create one\n"
    )


def test_a_lexicon_file_with_any_suffix_is_read_as_a_file(tmp_path: Path) -> None:
    lexicon = tmp_path / "my-terms.txt"
    lexicon.write_text("- just a list\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["naming", "--lexicon", str(lexicon)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {lexicon}: a lexicon must be a YAML mapping with named sections\n"
