"""How a lexicon name or a lexicon file is found (framing.lexicons.lexicon_path)."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.lexicons import ENV_VAR, lexicon_dir_default, lexicon_path


def test_bare_name_is_the_shipped_lexicon_even_beside_a_file_of_that_name(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "naming").write_text("not a lexicon", encoding="utf-8")
    assert lexicon_path("naming") == lexicon_dir_default() / "naming.yaml"


def test_bare_name_that_no_lexicon_has_is_a_file_when_one_exists(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mylex").write_text("a: [b]\n", encoding="utf-8")
    assert lexicon_path("mylex") == Path("mylex")


def test_unknown_bare_name_names_the_expected_file(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    with pytest.raises(LexiconError, match=r"lexicon 'no_such_lexicon' not found: expected .*no_such_lexicon\.yaml"):
        lexicon_path("no_such_lexicon")


def test_user_folder_wins_over_the_shipped_file_and_falls_back_to_it(tmp_path, monkeypatch):
    (tmp_path / "tone.yaml").write_text("x: [y]\n", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert lexicon_path("tone") == tmp_path / "tone.yaml"
    assert lexicon_path("naming") == lexicon_dir_default() / "naming.yaml"


def test_missing_yaml_path_is_an_error(tmp_path):
    with pytest.raises(LexiconError, match=r"lexicon file .*absent\.yaml does not exist: check the path"):
        lexicon_path(str(tmp_path / "absent.yaml"))


def test_lexicon_version_is_read_once_and_again_when_the_file_changes(tmp_path, monkeypatch):
    import os

    import framing.lexicons as lexicons

    path = tmp_path / "mine.yaml"
    path.write_text("version: 3\nterms: [a]\n", encoding="utf-8")
    assert lexicons.lexicon_version(str(path)) == 3
    reads: list[object] = []
    real = lexicons.read_lexicon
    monkeypatch.setattr(lexicons, "read_lexicon", lambda *a, **k: reads.append(a) or real(*a, **k))
    assert lexicons.lexicon_version(str(path)) == 3
    assert reads == []  # known from the first read
    path.write_text("version: '3b'\nterms: [a, b]\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different modification time, whatever the clock's resolution
    assert lexicons.lexicon_version(str(path)) == "3b"
    assert len(reads) == 1


def test_lexicon_version_is_none_without_one_and_an_error_for_a_broken_file(tmp_path):
    from framing.lexicons import lexicon_version

    (tmp_path / "plain.yaml").write_text("terms: [a]\n", encoding="utf-8")
    assert lexicon_version(str(tmp_path / "plain.yaml")) is None
    (tmp_path / "broken.yaml").write_text("terms: [a\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"broken\.yaml line \d+"):
        lexicon_version(str(tmp_path / "broken.yaml"))


def test_a_section_named_twice_is_one_clear_error(tmp_path):
    from framing.lexicons import read_lexicon

    path = tmp_path / "twice.yaml"
    path.write_text("name: x\nterms: [a]\n# a comment\nother: [b]\nterms: [c]\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read_lexicon(str(path))
    message = str(err.value)
    assert "\n" not in message
    assert message.endswith("twice.yaml line 5: section 'terms' is named again (first at line 2); keep one and merge their entries")


def test_a_key_given_twice_inside_an_entry_is_one_clear_error(tmp_path):
    # YAML keeps the second "note" and drops the first silently; a term that lost a line end
    # (a "note" run into the next term) would be read wrong without a word.
    from framing.lexicons import read_lexicon

    path = tmp_path / "entry.yaml"
    path.write_text("name: x\nterms:\n  - term: a\n    note: one\n    note: two\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read_lexicon(str(path))
    message = str(err.value)
    assert "\n" not in message
    assert message.endswith(
        "entry.yaml line 5: the key 'note' is given twice in one mapping (first at line 4); fix the YAML syntax"
    )


def test_every_shipped_lexicon_names_each_section_once():
    import glob

    from framing.lexicons import lexicon_dir_default, read_lexicon

    files = sorted(glob.glob(str(lexicon_dir_default() / "*.yaml")))
    assert len(files) >= 10
    for name in files:
        read_lexicon(name)  # raises on a section named twice, or a key given twice in any entry
