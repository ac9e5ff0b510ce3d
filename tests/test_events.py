"""Event folders: loading, and one clear line for every kind of bad input."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.errors import ArticleError, EventError
from framing.events import load_article, load_event, resolve_event, slugify
from tests.conftest import ROOT, SEED_EVENT

GOOD = "---\noutlet: {outlet}\ndate: \"2024-05-01\"\n---\nThe council voted on Tuesday to close the plant. Workers protested.\n"


def _event(tmp_path: Path, files: dict[str, bytes | str], meta: str = "title: Test event\n") -> Path:
    folder = tmp_path / "test-event"
    folder.mkdir()
    (folder / "event.yaml").write_text(meta, encoding="utf-8")
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def _two_good() -> dict[str, bytes | str]:
    return {"a.txt": GOOD.format(outlet="Daily A"), "b.txt": GOOD.format(outlet="Daily B")}


def test_load_seed_event(seed_event) -> None:  # type: ignore[no-untyped-def]
    assert seed_event.slug == "mississippi-raids-2019"
    assert [(a.id, a.outlet, a.author, a.date) for a in seed_event.articles] == [
        ("abc-news", "ABC News", None, "2019-08-08"),
        ("breitbart-news", "Breitbart News", "John Binder", "2019-08-08"),
    ]
    assert seed_event.date == "2019-08-07"


def test_three_articles_and_duplicate_outlets(tmp_path: Path) -> None:
    files = _two_good() | {"c.txt": GOOD.format(outlet="Daily A")}
    event = load_event(_event(tmp_path, files))
    assert [a.id for a in event.articles] == ["daily-a", "daily-b", "daily-a-2"]


@pytest.mark.parametrize(
    ("outlet", "slug"),
    [
        ("ABC News", "abc-news"),
        ("Le Monde!", "le-monde"),
        ("***", "article"),
        ("Río de la Plata Times", "rio-de-la-plata-times"),
        ("Página/12", "pagina-12"),
        ("Süddeutsche Zeitung", "suddeutsche-zeitung"),
        ("Ouest-France", "ouest-france"),
        ("Дзеркало тижня", "article"),
    ],
)
def test_slugify(outlet: str, slug: str) -> None:
    assert slugify(outlet) == slug


def test_resolve_by_slug_and_path() -> None:
    assert resolve_event("mississippi-raids-2019", ROOT / "seeds") == ROOT / "seeds" / "mississippi-raids-2019"
    assert resolve_event(str(SEED_EVENT)) == SEED_EVENT


# One line naming the file and the fix, exit code 2, for every bad input.
BAD_INPUTS = [
    ("missing folder", None, None, "no event folder"),
    ("one article", {"a.txt": GOOD.format(outlet="Daily A")}, None, "an event needs two or more articles, found 1"),
    ("empty article", {"b.txt": "---\noutlet: Daily B\n---\n   \n"}, None, "b.txt: the article text is empty"),
    ("binary", {"b.txt": b"%PDF-1.4\x00\x01\x02binary"}, None, "b.txt: binary file, not text"),
    ("latin-1", {"b.txt": "---\noutlet: Le Café\n---\nLe café est fermé.".encode("latin-1")}, None, "b.txt: not UTF-8"),
    ("no header", {"b.txt": "The council voted on Tuesday."}, None, "b.txt: missing metadata header"),
    ("unclosed header", {"b.txt": "---\noutlet: Daily B\nThe council voted."}, None, "b.txt: metadata header is not closed"),
    ("broken header", {"b.txt": "---\noutlet: [Daily B\n---\nText here."}, None, "b.txt: broken metadata header"),
    # A field given twice: YAML would keep the second outlet and drop the first without a word.
    ("field twice", {"b.txt": "---\noutlet: Daily B\noutlet: Daily C\n---\nText here."}, None,
     "b.txt: broken metadata header (header line 2): the key 'outlet' is given twice in one mapping (first at line 1)"),
    ("unknown field", {"b.txt": "---\noutlet: Daily B\nheadline: X\n---\nText."}, None, "b.txt: unknown header field 'headline'"),
    ("impossible date", {"b.txt": "---\noutlet: Daily B\ndate: 2019-02-30\n---\nText."}, None, "b.txt: a header value is not valid"),
    ("missing outlet", {"b.txt": "---\nauthor: Jane Doe\n---\nText here."}, None, "b.txt: header has no 'outlet'"),
    ("no event.yaml", {}, "", "no event.yaml"),
    ("bad event.yaml", {}, "title: [oops\n", "event.yaml line 2: invalid YAML"),
    ("event.yaml field twice", {}, "title: X\ntitle: Y\n", "event.yaml line 2: invalid YAML"),
    ("unknown event field", {}, "title: X\nwhere: Paris\n", "event.yaml: unknown field 'where'"),
]


@pytest.mark.parametrize(("name", "files", "meta", "expected"), BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_is_one_line_exit_2(
    tmp_path: Path, name: str, files: dict[str, bytes | str] | None, meta: str | None, expected: str
) -> None:
    if files is None:
        folder = tmp_path / "nowhere"
    else:
        merged = ({"a.txt": GOOD.format(outlet="Daily A")} | files) if files else _two_good()
        folder = _event(tmp_path, merged, meta if meta is not None else "title: Test event\n")
        if meta == "":
            (folder / "event.yaml").unlink()
    result = CliRunner().invoke(main, ["prepare", str(folder)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert expected in lines[0]
    assert "Traceback" not in result.output
    with pytest.raises((EventError, ArticleError)):
        load_event(folder)


def test_error_messages_end_with_a_fix(tmp_path: Path) -> None:
    folder = _event(tmp_path, {"a.txt": GOOD.format(outlet="A"), "b.txt": "---\nauthor: X\n---\nText."})
    with pytest.raises(ArticleError) as info:
        load_event(folder)
    assert str(info.value) == f"{folder / 'b.txt'}: header has no 'outlet'; add a line like 'outlet: ABC News'"


def test_header_values_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("\ufeff---\noutlet: X News\ndate: 2019-08-08\ntitle: A headline\n---\nBody text.".encode())
    art = load_article(path)
    assert (art.outlet, art.date, art.title, art.text) == ("X News", "2019-08-08", "A headline", "Body text.")


@pytest.mark.slow
def test_installed_wheel_finds_lexicons_and_bundled_event(tmp_path: Path) -> None:
    """A non-editable install carries lexicons/ and seeds/ inside the package."""
    wheel_dir = tmp_path / "wheel"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip().splitlines()[-1:]}")
    wheel = next(wheel_dir.glob("framing-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "framing/_lexicons/abbreviations.yaml" in names
    assert "framing/_seeds/mississippi-raids-2019/event.yaml" in names
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)
    code = (
        "import framing.lexicons as l, framing.events as e; from framing import prepare;"
        "print(l.lexicon_dir());"
        "ev = e.load_event(e.resolve_event(None));"
        "print(len(prepare(ev.articles[0]).sentences))"
    )
    env = dict(os.environ, PYTHONPATH=str(target))
    env.pop("FRAMING_LEXICONS", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    lex_dir, n_sentences = out.stdout.strip().splitlines()
    assert lex_dir == str(target / "framing" / "_lexicons")
    assert n_sentences == "32"
