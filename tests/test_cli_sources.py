"""framing new / add / check from the command line: exact output, refusals, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing import sources
from framing.cli import main
from tests.conftest import DATA, SEED_EVENT
from tests.test_sources import ARTICLE, pdf_bytes, png_bytes, snapshot

SRC = DATA / "sources"


@pytest.fixture(autouse=True)
def _shipped_lexicons(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the shipped lexicons even if an earlier test left FRAMING_LEXICONS set (``--lexicons`` sets it)."""
    monkeypatch.delenv("FRAMING_LEXICONS", raising=False)


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    """Invoke framing; return (exit code, stdout, stderr)."""
    result = CliRunner().invoke(main, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_end_to_end_three_outlets(tmp_path: Path) -> None:
    lib = str(tmp_path)
    code, out, err = run("new", "port-strike-2023", "--title", "Port of Easthaven strike", "--date", "2023-03-14", "--library", lib)
    folder = tmp_path / "port-strike-2023"
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Created {folder / 'event.yaml'}",
        f'Next: framing add {folder} FILE --outlet "NAME"   (a .txt file, a saved .html page, a URL, or - to paste)',
    ]

    # 1. a Windows-1252 .txt file
    code, out, err = run(
        "add", "port-strike-2023", str(SRC / "cp1252-article.txt"), "--outlet", "Coastal Post", "--date", "2023-03-14",
        "--library", lib,
    )
    assert code == 0
    assert err == "Warning: cp1252-article.txt: not UTF-8; read as Windows-1252 and converted to UTF-8\n"
    assert out.splitlines() == [
        f"Wrote {folder / 'coastal-post.txt'}: Coastal Post, 141 words",
        "  title:  (none: add it with --title)",
        "  author: (none: add it with --author)",
        "  date:   2023-03-14",
        "  url:    (none: add it with --url)",
        f'Next: add at least one more outlet: framing add {folder} SOURCE --outlet "NAME"',
    ]

    # 2. a saved page: outlet, title, author, date and url come from the page
    code, out, err = run("add", str(folder), str(SRC / "ledger-port-strike.html"), "--library", lib)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Wrote {folder / 'the-harbor-city-ledger.txt'}: The Harbor City Ledger, 299 words",
        "  title:  Dockworkers walk out at Port of Easthaven as contract talks collapse",
        "  author: Dana Okafor",
        "  date:   2023-03-14",
        "  url:    https://www.harborcityledger.example/news/2023/03/14/port-easthaven-dockworkers-strike/",
        f"2 articles in {folder}. Next: framing check {folder}",
    ]

    # 3. pasted on standard input
    code, out, err = run(
        "add", "port-strike-2023", "-", "--outlet", "Easthaven Sentinel", "--date", "2023-03-14",
        "--title", "Union bosses hold port hostage", "--library", lib,
        input=(SRC / "paste-article.txt").read_text(encoding="utf-8"),
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"Wrote {folder / 'easthaven-sentinel.txt'}: Easthaven Sentinel, 123 words"
    assert out.splitlines()[-1] == f"3 articles in {folder}. Next: framing check {folder}"

    code, out, err = run("check", "port-strike-2023", "--library", lib)
    assert (code, out, err) == (0, "1 event checked, no problems\n", "")

    code, out, err = run("events", "--library", lib)
    assert code == 0
    assert "      outlets: Coastal Post, Easthaven Sentinel, The Harbor City Ledger" in out.splitlines()

    code, out, err = run("prepare", "port-strike-2023", "--library", lib)
    assert (code, err) == (0, "")
    heads = [line for line in out.splitlines() if line.startswith("== ")]
    assert heads == [
        "== Coastal Post [coastal-post] — 2023-03-14",
        "== Easthaven Sentinel [easthaven-sentinel] — 2023-03-14",
        "== The Harbor City Ledger [the-harbor-city-ledger] — Dana Okafor, 2023-03-14",
    ]

    # 4. the report a teacher asked for, on the new three-outlet event
    report_dir = tmp_path / "report"
    code, out, err = run("report", "port-strike-2023", "--library", lib, "-o", str(report_dir), "--quiet")
    assert (code, err) == (0, "")
    assert out.splitlines()[:4] == [
        f'Report for "Port of Easthaven strike" in {report_dir}/:',
        "  result.json",
        "  report.html",
        "  report.pdf",
    ]
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    for outlet in ("Coastal Post", "Easthaven Sentinel", "The Harbor City Ledger"):
        assert outlet in html
    assert "--cols: 3" in html
    result = json.loads((report_dir / "result.json").read_text(encoding="utf-8"))
    assert len(result["articles"]) == 3
    assert {c["against"] for c in result["coverage"]} == {"coastal-post", "easthaven-sentinel", "the-harbor-city-ledger"}


def test_add_json(tmp_path: Path) -> None:
    run("new", "ev", "--title", "Ev", "--library", str(tmp_path))
    code, out, err = run("add", "ev", str(SRC / "latin1-article.txt"), "--outlet", "Le Devoir", "--json", "--library", str(tmp_path))
    assert code == 0
    data = json.loads(out)
    assert (data["outlet"], data["id"], data["kind"], data["words"], data["replaced"]) == ("Le Devoir", "le-devoir", "text", 154, False)
    assert data["warnings"] == ["latin1-article.txt: not UTF-8; read as Latin-1 (ISO-8859-1) and converted to UTF-8"]


def test_add_url_with_patched_fetch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "fetch_url", lambda url: (SRC / "ledger-port-strike.html").read_text(encoding="utf-8"))
    run("new", "ev", "--title", "Ev", "--library", str(tmp_path))
    code, out, _err = run("add", "ev", "https://www.harborcityledger.example/story", "--outlet", "Ledger", "--library", str(tmp_path))
    assert code == 0
    assert out.splitlines()[0] == f"Wrote {tmp_path / 'ev' / 'ledger.txt'}: Ledger, 299 words"


def test_stdin_bytes_in_windows_1252(tmp_path: Path) -> None:
    run("new", "ev", "--title", "Ev", "--library", str(tmp_path))
    code, _out, err = run(
        "add", "ev", "-", "--outlet", "Wire", "--library", str(tmp_path), input=("“Quoted,” he said. " * 30).encode("cp1252")
    )
    assert code == 0
    assert err == "Warning: the pasted text: not UTF-8; read as Windows-1252 and converted to UTF-8\n"
    assert "“Quoted,” he said." in (tmp_path / "ev" / "wire.txt").read_text(encoding="utf-8")


REFUSALS = [
    ("story.pdf", pdf_bytes(), [], "Error: story.pdf is a PDF, not text: copy the text out of it and paste it with SOURCE '-', or save it as .txt"),
    ("chart.png", png_bytes(), [], "Error: chart.png is a PNG image, not text: framing reads text, not pictures of text"),
    (
        "home.html",
        b"<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav><p>Menu</p></body></html>",
        [],
        "Error: home.html: no article text found in the page (a front page, a paywall or a page built by JavaScript?): "
        "copy the article text and add it with SOURCE '-'",
    ),
    ("odd.txt", b"caf\xe9 \x81\x8d", [], "Error: odd.txt: not UTF-8 (byte 3), nor Windows-1252 (byte 0x81 at 5): save it as UTF-8 text and add it again"),
    ("ok.txt", ARTICLE.encode(), ["--date", "7 August 2019"], "Error: --date '7 August 2019' is not a date: write it as YYYY-MM-DD, for example 2019-08-07"),
]


@pytest.mark.parametrize(("name", "content", "options", "message"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_refusals_are_one_line_and_write_nothing(
    tmp_path: Path, name: str, content: bytes, options: list[str], message: str
) -> None:
    run("new", "ev", "--title", "Ev", "--library", str(tmp_path))
    source = tmp_path / name
    source.write_bytes(content)
    before = snapshot(tmp_path / "ev")
    code, out, err = run("add", "ev", str(source), "--outlet", "Daily Planet", *options, "--library", str(tmp_path))
    assert (code, out, err) == (2, "", message + "\n")
    assert snapshot(tmp_path / "ev") == before


def test_empty_paste_and_missing_outlet(tmp_path: Path) -> None:
    run("new", "ev", "--title", "Ev", "--library", str(tmp_path))
    before = snapshot(tmp_path)
    code, _out, err = run("add", "ev", "-", "--outlet", "X", "--library", str(tmp_path), input="  \n\n")
    assert (code, err) == (
        2,
        "Error: the pasted text is empty: paste the article text, then press Ctrl-D (Ctrl-Z Enter on Windows)\n",
    )
    code, _out, err = run("add", "ev", "-", "--library", str(tmp_path), input=ARTICLE)
    assert (code, err) == (2, 'Error: no outlet for pasted text: pass --outlet "NAME" (for example --outlet "Fox News")\n')
    assert snapshot(tmp_path) == before


def test_url_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "fetch_url", lambda url: None)
    run("new", "ev", "--title", "Ev", "--library", str(tmp_path))
    before = snapshot(tmp_path)
    code, out, err = run("add", "ev", "https://news.example/a", "--outlet", "X", "--library", str(tmp_path))
    assert (code, out) == (2, "")
    assert err == (
        "Error: could not fetch URL https://news.example/a (offline, blocked or not found): "
        "save the page as .html in your browser and add the file\n"
    )
    assert snapshot(tmp_path) == before


def test_add_never_overwrites_without_force(tmp_path: Path) -> None:
    run("new", "ev", "--title", "Ev", "--library", str(tmp_path))
    run("add", "ev", "-", "--outlet", "CNN", "--library", str(tmp_path), input=ARTICLE)
    before = snapshot(tmp_path)
    code, _out, err = run("add", "ev", "-", "--outlet", "CNN", "--library", str(tmp_path), input=ARTICLE + " New.")
    path = tmp_path / "ev" / "cnn.txt"
    assert (code, err) == (2, f"Error: {path} already holds CNN: pass --force to replace it, or --name cnn-2 to keep both\n")
    assert snapshot(tmp_path) == before
    code, out, _err = run("add", "ev", "-", "--outlet", "CNN", "--force", "--library", str(tmp_path), input=ARTICLE + " New.")
    assert code == 0 and out.startswith(f"Replaced {path}: CNN, 102 words\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "Bad Slug", "--title", "x"], "Error: event slug 'Bad Slug' may hold only lowercase letters, digits and single hyphens: try 'bad-slug'"),
        (["new", "../up", "--title", "x"], "Error: event slug '../up' contains a path ('/', '\\' or '..'): give a plain name like 'up' and use --library DIR to choose the folder"),
        (["new", "ok", "--title", "x", "--date", "2023-02-29"], "Error: --date '2023-02-29' is not a date: write it as YYYY-MM-DD, for example 2019-08-07"),
        (["add", "nope", "a.txt"], None),
    ],
)
def test_new_refusals(tmp_path: Path, args: list[str], message: str | None) -> None:
    code, out, err = run(*args, "--library", str(tmp_path))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("Error: ")
    if message is not None:
        assert err == message + "\n"
    assert list(tmp_path.iterdir()) == []


def test_new_existing_and_force(tmp_path: Path) -> None:
    run("new", "ev", "--title", "One", "--library", str(tmp_path))
    code, _out, err = run("new", "ev", "--title", "Two", "--library", str(tmp_path))
    assert (code, err) == (
        2,
        f"Error: event 'ev' already exists ({tmp_path / 'ev' / 'event.yaml'}): pass --force to replace its event.yaml (articles are kept)\n",
    )
    code, _out, _err = run("new", "ev", "--title", "Two", "--force", "--library", str(tmp_path))
    assert code == 0 and (tmp_path / "ev" / "event.yaml").read_text() == "title: Two\n"


def test_check_prints_problems_and_exits_1(tmp_path: Path) -> None:
    run("new", "ev", "--title", "Ev", "--library", str(tmp_path))
    run("add", "ev", "-", "--outlet", "Brief", "--library", str(tmp_path), input="Ships wait offshore.")
    code, out, err = run("check", "--library", str(tmp_path))
    ev = tmp_path / "ev"
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"{ev / 'event.yaml'}: warning: no date for the event",
        "    fix: add a line like 'date: \"2019-08-07\"'",
        f"{ev / 'brief.txt'}: warning: no date for this article",
        "    fix: add a line like 'date: \"2019-08-07\"'",
        f"{ev / 'brief.txt'}: warning: only 3 words",
        "    fix: check that the whole article is there (framing compares best with 80+ words)",
        f"{ev}: error: 1 readable article; an event needs two or more",
        "    fix: add articles with 'framing add EVENT SOURCE --outlet NAME'",
        "1 event checked, 4 problems (1 error, 3 warnings)",
    ]
    code, out, _err = run("check", "--json", "--library", str(tmp_path))
    data = json.loads(out)
    assert code == 1 and len(data["problems"]) == 4
    assert data["problems"][-1] == {
        "path": str(ev),
        "message": "1 readable article; an event needs two or more",
        "fix": "add articles with 'framing add EVENT SOURCE --outlet NAME'",
        "severity": "error",
    }


def test_check_seed_and_test_events_are_clean() -> None:
    assert run("check", str(SEED_EVENT)) == (0, "1 event checked, no problems\n", "")
    assert run("check") == (0, "1 event checked, no problems\n", "")


def test_check_unknown_event_is_an_error(tmp_path: Path) -> None:
    code, out, err = run("check", "no-such-event", "--library", str(tmp_path))
    assert (code, out) == (2, "")
    assert err.startswith("Error: no event folder 'no-such-event'")
