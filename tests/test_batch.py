"""Batch runs: the engine, resume, failures, exact corpus tables, Dask parity, the CLI, the corpus report."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

from framing import batch
from framing.batch import (
    DASK_MISSING,
    EventOutcome,
    analyze_event,
    is_up_to_date,
    plan_batch,
    result_path,
    run_batch,
    write_json_atomic,
)
from framing.cli import main
from framing.corpus import TABLES, rows_from_result, table_paths, write_tables
from framing.corpus_report import CorpusSummary, render_corpus_html, summarize_corpus, write_corpus_report
from framing.errors import EventError, FramingError, RenderError
from framing.events import load_event
from framing.prepare import prepare
from tests.conftest import DATA, ROOT, SEED_EVENT

# --- a small, deterministic stand-in for framing.compare.analyze_path ----------------------------

FAKE_TERMS = {
    "illegal aliens": "pejorative",
    "illegal alien": "pejorative",
    "undocumented immigrants": "neutral",
    "immigrants": "neutral",
    "workers": "neutral",
    "strikers": "neutral",
    "militants": "pejorative",
}
FAKE_FRAMES = {"economy": "economic", "million": "economic", "police": "law and order", "arrest": "law and order"}
_TERM_RE = re.compile("|".join(sorted((re.escape(t) for t in FAKE_TERMS), key=len, reverse=True)), re.I)


def fake_analyze(event_dir: Path) -> dict[str, Any]:
    """A result with the contract's item fields, built from the prepared articles."""
    event = load_event(event_dir)
    if event.slug.startswith("buggy"):
        raise ZeroDivisionError("division by zero")
    docs = [prepare(a) for a in event.articles]
    normal = {d.article.id: {s.text.lower() for s in d.sentences} for d in docs}
    articles = []
    coverage = []
    for doc in docs:
        quotes = [
            {"start": q.start, "end": q.end, "text": q.text, "kind": "direct", "speaker": None,
             "speaker_role": "unknown", "cue": None, "sentence": doc.sentence_at(q.start).index
             if doc.sentence_at(q.start) else 0, "words": len(q.text.split())}
            for q in doc.quote_spans
        ]
        mentions = []
        for m in _TERM_RE.finditer(doc.text):
            sent = doc.sentence_at(m.start())
            if sent is None:
                continue
            inside = any(q.start <= m.start() < q.end for q in doc.quote_spans)
            mentions.append({"start": m.start(), "end": m.end(), "text": m.group(), "term": m.group().lower(),
                             "category": FAKE_TERMS[m.group().lower()], "voice": "quoted" if inside else "narrator",
                             "sentence": sent.index})
        cues = [{"frame": frame, "sentence": s.index, "text": word} for s in doc.sentences
                for word, frame in FAKE_FRAMES.items() if word in s.text.lower()]
        for other in docs:
            if other is doc:
                continue
            for s in doc.sentences:
                shared = s.text.lower() in normal[other.article.id]
                coverage.append({"article": doc.article.id, "sentence": s.index, "against": other.article.id,
                                 "status": "shared" if shared else "unique", "match": None})
        articles.append({"id": doc.article.id, "outlet": doc.article.outlet, "text": doc.text, "words": doc.words,
                         "sentences": [{"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph}
                                       for s in doc.sentences],
                         "quotes": quotes, "mentions": mentions, "frame_cues": cues})
    return {"schema": "framing.comparison/1", "event": {"slug": event.slug, "title": event.title, "date": event.date},
            "articles": articles, "coverage": coverage, "numbers": [], "entities": [], "distinctive_terms": []}


ARTICLE = """---
outlet: {outlet}
---
{body}
"""


def _write_event(lib: Path, slug: str, articles: Mapping[str, str], title: str = "An event") -> Path:
    folder = lib / slug
    folder.mkdir(parents=True)
    (folder / "event.yaml").write_text(f"title: {title!r}\n", encoding="utf-8")
    for outlet, body in articles.items():
        name = re.sub(r"[^a-z0-9]+", "-", outlet.lower()).strip("-")
        (folder / f"{name}.txt").write_text(ARTICLE.format(outlet=outlet, body=body), encoding="utf-8")
    return folder


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    """Four good events (the seeds, Port Harlan, two small ones) and two broken ones."""
    lib = tmp_path / "lib"
    lib.mkdir()
    shutil.copytree(SEED_EVENT, lib / SEED_EVENT.name)
    shutil.copytree(DATA / "events" / "port-harlan-strike-2024", lib / "port-harlan-strike-2024")
    _write_event(lib, "a-small-raid", {
        "Wire One": 'Agents arrested 40 workers on Monday. "We were scared," one worker said. The police left.',
        "Daily Two": "Agents arrested 40 workers on Monday. Officials said the illegal aliens would be deported.",
    })
    _write_event(lib, "buggy-event", {"A": "One sentence here.", "B": "Another sentence there."})
    one = _write_event(lib, "only-one-article", {"Lonely Post": "Just one article, so nothing to compare."})
    assert len(list(one.glob("*.txt"))) == 1
    _write_event(lib, "z-strike", {
        "North Times": "Strikers blocked the gate. The economy lost $5 million, officials said.",
        "South Herald": "Police cleared the gate. Strikers blocked the gate.",
    })
    return lib


GOOD = ["a-small-raid", "mississippi-raids-2019", "port-harlan-strike-2024", "z-strike"]


def _tables(out: Path) -> dict[str, bytes]:
    return {name: path.read_bytes() for name, path in table_paths(out).items()}


# --- rows_from_result: exact rows from a hand-written result -----------------------------------------

HAND_RESULT: dict[str, Any] = {
    "event": {"slug": "ev"},
    "articles": [
        {"id": "a", "outlet": "Outlet A", "text": "x" * 100, "words": 500,
         "sentences": [{"index": 0}, {"index": 1}, {"index": 2}, {"index": 3}],
         "mentions": [
             {"start": 0, "end": 3, "text": "Aliens", "term": "illegal aliens", "category": "pejorative",
              "voice": "narrator", "sentence": 0},
             {"start": 5, "end": 8, "text": "aliens", "term": "illegal aliens", "category": "pejorative",
              "voice": "narrator", "sentence": 1},
             {"start": 9, "end": 12, "text": "migrants", "term": "migrants", "category": "neutral",
              "voice": "quoted", "sentence": 1},
         ],
         "quotes": [
             {"start": 50, "end": 60, "text": "q2", "kind": "partial", "speaker": None, "speaker_role": "unknown",
              "sentence": 2, "words": 3},
             {"start": 10, "end": 20, "text": "q1", "kind": "direct", "speaker": "Bryan Cox",
              "speaker_role": "official", "sentence": 1, "words": 12},
         ],
         "frame_cues": [{"frame": "crime", "sentence": 1}, {"frame": "crime", "sentence": 1},
                        {"frame": "crime", "sentence": 3}, {"frame": "economic", "sentence": 0}]},
        {"id": "b", "outlet": "Outlet <B>", "text": "", "words": 0, "sentences": [], "mentions": [], "quotes": []},
    ],
    "coverage": [
        {"article": "a", "sentence": 0, "against": "b", "status": "unique"},
        {"article": "a", "sentence": 0, "against": "c", "status": "shared"},
        {"article": "a", "sentence": 1, "against": "b", "status": "partial"},
        {"article": "a", "sentence": 1, "against": "c", "status": "unique"},
        {"article": "a", "sentence": 2, "against": "b", "status": "unique"},
        {"article": "a", "sentence": 2, "against": "c", "status": "unique"},
        {"article": "a", "sentence": 3, "against": "b", "status": "unique"},
    ],
}


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("articles", [
            {"outlet": "Outlet A", "event": "ev", "article": "a", "words": 500, "sentences": 4, "quotes": 2,
             "mentions": 3},
            {"outlet": "Outlet <B>", "event": "ev", "article": "b", "words": 0, "sentences": 0, "quotes": 0,
             "mentions": 0},
        ]),
        ("naming", [
            {"outlet": "Outlet A", "event": "ev", "article": "a", "term": "illegal aliens", "category": "pejorative",
             "voice": "narrator", "count": 2, "rate": 4.0},
            {"outlet": "Outlet A", "event": "ev", "article": "a", "term": "migrants", "category": "neutral",
             "voice": "quoted", "count": 1, "rate": 2.0},
        ]),
        ("quotes", [  # sorted by offset; position = start / len(text) when the result has none
            {"outlet": "Outlet A", "event": "ev", "article": "a", "speaker": "Bryan Cox", "role": "official",
             "kind": "direct", "words": 12, "sentence": 1, "position": 0.1},
            {"outlet": "Outlet A", "event": "ev", "article": "a", "speaker": "", "role": "unknown",
             "kind": "partial", "words": 3, "sentence": 2, "position": 0.5},
        ]),
        ("coverage", [  # a sentence is unique only when unique against every other article
            {"outlet": "Outlet A", "event": "ev", "article": "a", "sentences": 4, "unique": 2, "partial": 1,
             "shared": 1, "unique_share": 0.5, "partial_share": 0.25},
            {"outlet": "Outlet <B>", "event": "ev", "article": "b", "sentences": 0, "unique": 0, "partial": 0,
             "shared": 0, "unique_share": 0.0, "partial_share": 0.0},
        ]),
        ("frames", [  # distinct sentences per frame
            {"outlet": "Outlet A", "event": "ev", "article": "a", "frame": "crime", "sentences": 2, "share": 0.5},
            {"outlet": "Outlet A", "event": "ev", "article": "a", "frame": "economic", "sentences": 1,
             "share": 0.25},
        ]),
    ],
)
def test_rows_from_result_exact(table: str, expected: list[dict[str, Any]]) -> None:
    rows = rows_from_result(HAND_RESULT)
    assert rows[table] == expected
    assert all(tuple(r) == TABLES[table] for r in rows[table])


def test_rows_use_the_results_own_position_when_given() -> None:
    result = json.loads(json.dumps(HAND_RESULT))
    result["articles"][0]["quotes"][0]["position"] = 0.9
    assert [r["position"] for r in rows_from_result(result)["quotes"]] == [0.1, 0.9]


def test_write_tables_exact_csv(tmp_path: Path) -> None:
    second = json.loads(json.dumps(HAND_RESULT))
    second["event"]["slug"] = "ev2"
    second["articles"] = second["articles"][1:]
    paths = []
    for i, result in enumerate((HAND_RESULT, second)):
        paths.append(tmp_path / f"r{i}.json")
        write_json_atomic(paths[-1], result)
    write_tables(tmp_path / "out", paths)
    tables = {n: p.read_text(encoding="utf-8") for n, p in table_paths(tmp_path / "out").items()}
    assert tables["naming"] == (
        "outlet,event,article,term,category,voice,count,rate\n"
        "Outlet A,ev,a,illegal aliens,pejorative,narrator,2,4.0\n"
        "Outlet A,ev,a,migrants,neutral,quoted,1,2.0\n"
    )
    assert tables["coverage"] == (
        "outlet,event,article,sentences,unique,partial,shared,unique_share,partial_share\n"
        "Outlet A,ev,a,4,2,1,1,0.5,0.25\n"
        "Outlet <B>,ev,b,0,0,0,0,0.0,0.0\n"
        "Outlet <B>,ev2,b,0,0,0,0,0.0,0.0\n"
    )
    assert tables["quotes"].splitlines()[1] == "Outlet A,ev,a,Bryan Cox,official,direct,12,1,0.1"
    assert tables["frames"].splitlines()[1:] == ["Outlet A,ev,a,crime,2,0.5", "Outlet A,ev,a,economic,1,0.25"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{n}.csv" for n in TABLES)


# --- resume: what is up to date --------------------------------------------------------------------


def _age(path: Path, seconds: int) -> None:
    """Set ``path``'s mtime to a fixed point: ``seconds`` after the epoch of this test."""
    stamp = 1_700_000_000 + seconds
    os.utime(path, (stamp, stamp))


def _age_event(folder: Path, seconds: int) -> None:
    for p in folder.iterdir():
        _age(p, seconds)
    _age(folder, seconds)


@pytest.mark.parametrize(
    ("touch", "expected"),
    [
        (None, True),  # result newer than everything
        ("event.yaml", False),
        ("abc-news.txt", False),
        ("folder", False),  # an article added or removed changes the folder
        ("notes.md", True),  # not an input
    ],
)
def test_is_up_to_date(tmp_path: Path, touch: str | None, expected: bool) -> None:
    folder = tmp_path / "ev"
    shutil.copytree(SEED_EVENT, folder)
    (folder / "notes.md").write_text("x", encoding="utf-8")
    _age_event(folder, 0)
    result = tmp_path / "ev.json"
    result.write_text("{}", encoding="utf-8")
    _age(result, 10)
    if touch == "folder":
        _age(folder, 20)
    elif touch:
        _age(folder / touch, 20)
    assert is_up_to_date(folder, result) is expected
    assert is_up_to_date(folder, tmp_path / "missing.json") is False


# --- the engine with the fake analysis -------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_run_batch_local(library: Path, tmp_path: Path, workers: int) -> None:
    out = tmp_path / "out"
    seen: list[EventOutcome] = []
    plan = plan_batch(library, out)
    assert [Path(p).name for p in plan.to_run] == sorted(GOOD + ["buggy-event", "only-one-article"])
    summary = run_batch(plan, workers=workers, analyze=fake_analyze, on_outcome=seen.append)
    assert summary.done == tuple(GOOD)
    assert summary.articles == 2 + 2 + 3 + 2
    assert sorted(o.slug for o in seen) == sorted(GOOD + ["buggy-event", "only-one-article"])
    assert [(f.slug, f.kind) for f in summary.failures] == [("buggy-event", "bug"), ("only-one-article", "input")]
    assert summary.failures[1].error == (
        f"{(library / 'only-one-article').resolve()}: an event needs two or more articles, found 1; "
        "add articles with 'framing add'"
    )
    assert summary.failures[0].error is not None
    assert summary.failures[0].error.startswith("ZeroDivisionError: division by zero (bug at test_batch.py:")
    assert sorted(p.name for p in (out / "results").iterdir()) == [f"{s}.json" for s in GOOD]  # no temp files
    umask = os.umask(0)
    os.umask(umask)
    for written in [*(out / "results").iterdir(), *table_paths(out).values(), out / "failures.csv"]:
        assert written.stat().st_mode & 0o777 == 0o666 & ~umask, written  # not mkstemp's private 0600
    with (out / "failures.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["event"], r["kind"]) for r in rows] == [("buggy-event", "bug"), ("only-one-article", "input")]
    naming = (out / "naming.csv").read_text(encoding="utf-8").splitlines()
    assert "Daily Two,a-small-raid,daily-two,illegal aliens,pejorative,narrator,1,71.4286" in naming
    assert "Wire One,a-small-raid,wire-one,workers,neutral,narrator,1,66.6667" in naming  # 15 words
    assert "Daily Two,a-small-raid,daily-two,workers,neutral,narrator,1,71.4286" in naming  # 14 words
    # tables follow slug order whatever order the events finished in
    events = [line.split(",")[1] for line in (out / "articles.csv").read_text(encoding="utf-8").splitlines()[1:]]
    assert events == sorted(events) and set(events) == set(GOOD)


def test_single_process_run_tunes_the_collector_and_gives_it_back(library: Path, tmp_path: Path) -> None:
    """Events run with a raised gen-0 threshold; the caller's collector is restored afterwards."""
    import gc

    seen: list[tuple[int, int]] = []

    def analyze(folder: Path) -> Mapping[str, Any]:
        seen.append((gc.get_threshold()[0], gc.get_freeze_count()))
        return fake_analyze(folder)

    before = (gc.get_threshold(), gc.get_freeze_count())
    run_batch(plan_batch(library, tmp_path / "out"), workers=1, analyze=analyze)
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
    assert seen[0][0] == before[0][0]  # the first event runs as the caller left it
    assert all(threshold == batch.GC_THRESHOLD and frozen > 0 for threshold, frozen in seen[1:])
    assert len(seen) == len(GOOD) + 2


def test_workers_do_not_change_the_tables(library: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    run_batch(plan_batch(library, one), workers=1, analyze=fake_analyze)
    run_batch(plan_batch(library, two), workers=2, analyze=fake_analyze)
    assert _tables(one) == _tables(two)
    for slug in GOOD:
        assert result_path(one, slug).read_bytes() == result_path(two, slug).read_bytes()


def test_resume_skips_fresh_results_and_force_redoes_them(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch(plan_batch(library, out), workers=1, analyze=fake_analyze)
    tables = _tables(out)
    plan = plan_batch(library, out)
    # failed events have no result, so they are tried again
    assert [Path(p).name for p in plan.to_run] == ["buggy-event", "only-one-article"]
    assert [Path(p).name for p in plan.up_to_date] == GOOD
    again = run_batch(plan, workers=1, analyze=fake_analyze)
    assert again.done == () and again.skipped == tuple(GOOD) and len(again.failures) == 2
    assert _tables(out) == tables  # skipped events still count in the tables
    # an edited article makes its event stale
    article = library / "z-strike" / "north-times.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("$5 million", "$6 million"), encoding="utf-8")
    stamp = result_path(out, "z-strike").stat().st_mtime + 5
    os.utime(article, (stamp, stamp))
    assert [Path(p).name for p in plan_batch(library, out).to_run] == ["buggy-event", "only-one-article", "z-strike"]
    forced = plan_batch(library, out, force=True)
    assert len(forced.to_run) == 6 and forced.up_to_date == ()
    assert first.skipped == ()


def test_a_failing_event_removes_its_stale_result(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_json_atomic(result_path(out, "only-one-article"), {"stale": True})
    outcome = analyze_event(library / "only-one-article", out, fake_analyze)
    assert outcome.status == "failed" and outcome.kind == "input"
    assert not result_path(out, "only-one-article").exists()


def test_write_json_atomic_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    write_json_atomic(target, {"version": 1})
    with pytest.raises(TypeError):
        write_json_atomic(target, {"version": 2, "bad": object()})
    assert json.loads(target.read_text(encoding="utf-8")) == {"version": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"engine": "spark"}, "unknown engine 'spark': choose one of local, dask"),
        ({"scheduler": "tcp://x:1"}, "--scheduler needs --engine dask: add --engine dask or drop --scheduler"),
        ({"workers": 0}, "workers must be 1 or more, got 0: give --workers 1 or more"),
    ],
)
def test_run_batch_rejects_bad_options(tmp_path: Path, kwargs: dict[str, Any], message: str) -> None:
    plan = batch.BatchPlan(str(tmp_path), str(tmp_path / "out"), (), ())
    with pytest.raises(FramingError) as err:
        run_batch(plan, analyze=fake_analyze, **kwargs)
    assert str(err.value) == message


def test_missing_library_is_an_event_error(tmp_path: Path) -> None:
    with pytest.raises(EventError, match="does not exist"):
        plan_batch(tmp_path / "nope", tmp_path / "out")


def test_dask_missing_is_one_clear_error(library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(FramingError) as err:
        run_batch(plan_batch(library, tmp_path / "out"), engine="dask", analyze=fake_analyze)
    assert str(err.value) == DASK_MISSING == "Dask is not installed: pip install 'framing[dask]'"


# --- Dask: same tables as the local engine -------------------------------------------------------------


@pytest.mark.slow
def test_dask_gives_byte_identical_tables(library: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    local = tmp_path / "local"
    run_batch(plan_batch(library, local), workers=2, analyze=fake_analyze)
    bag = tmp_path / "bag"
    seen: list[str] = []
    summary = run_batch(plan_batch(library, bag), engine="dask", workers=2, analyze=fake_analyze,
                        on_outcome=lambda o: seen.append(o.slug))
    assert summary.done == tuple(GOOD) and len(seen) == 6
    assert _tables(bag) == _tables(local)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_cluster = tmp_path / "cluster"
        seen.clear()
        summary = run_batch(plan_batch(library, on_cluster), engine="dask", scheduler=cluster.scheduler_address,
                            analyze=fake_analyze, on_outcome=lambda o: seen.append(o.slug))
    assert summary.done == tuple(GOOD)
    assert [f.slug for f in summary.failures] == ["buggy-event", "only-one-article"]
    assert sorted(seen) == sorted(GOOD + ["buggy-event", "only-one-article"])
    assert _tables(on_cluster) == _tables(local)
    assert (on_cluster / "failures.csv").read_bytes() == (local / "failures.csv").read_bytes()


def test_unreachable_scheduler_is_one_line(library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr(batch, "SCHEDULER_TIMEOUT", "1s")
    with pytest.raises(FramingError, match=r"^cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9 .*--scheduler$"):
        run_batch(plan_batch(library, tmp_path / "out"), engine="dask", scheduler="tcp://127.0.0.1:9",
                  analyze=fake_analyze)


# --- the command line ------------------------------------------------------------------------------------


@pytest.fixture()
def fake_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the CLI's default analysis the fake one."""
    monkeypatch.setattr(batch, "_default_analyze", lambda: fake_analyze)


TIMING = re.compile(r"^Analysed (\d+) events \((\d+) articles\) in \d+\.\d s with 1 worker \(local\)\.$")


def test_cli_batch_output_and_exit_code(library: Path, tmp_path: Path, fake_default: None) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(library), "-o", str(out), "--workers", "1", "--quiet"])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    match = TIMING.match(lines[0])
    assert match and match.groups() == ("4", "9")
    assert lines[1:] == [
        f"Results in {out / 'results'}; tables: articles.csv, naming.csv, quotes.csv, coverage.csv, frames.csv.",
        f"Corpus report: {out / 'corpus.html'}",
    ]
    assert result.stderr.splitlines()[0] == f"2 failed (listed in {out / 'failures.csv'}):"
    assert result.stderr.splitlines()[2] == (
        f"  only-one-article: {(library / 'only-one-article').resolve()}: an event needs two or more articles, "
        "found 1; add articles with 'framing add'"
    )
    assert len(result.stderr.splitlines()) == 3  # --quiet: no progress bar

    shutil.rmtree(library / "buggy-event")
    shutil.rmtree(library / "only-one-article")
    again = CliRunner().invoke(main, ["batch", str(library), "-o", str(out), "--workers", "1"])
    assert again.exit_code == 0, again.output
    lines = again.stdout.splitlines()
    assert TIMING.match(lines[0]) and TIMING.match(lines[0]).groups() == ("0", "0")  # type: ignore[union-attr]
    assert lines[1] == "4 skipped (up to date; --force redoes them)."
    assert "Analysing" in again.stderr  # the progress bar

    forced = CliRunner().invoke(main, ["batch", str(library), "-o", str(out), "--workers", "1", "--force", "--quiet"])
    assert forced.exit_code == 0 and forced.stderr == ""
    assert TIMING.match(forced.stdout.splitlines()[0]).groups() == ("4", "9")  # type: ignore[union-attr]


def test_cli_progress_bar_shows_rate_and_eta(library: Path, tmp_path: Path, fake_default: None) -> None:
    result = CliRunner().invoke(main, ["batch", str(library), "-o", str(tmp_path / "o"), "--workers", "1"])
    bars = [line for line in result.stderr.replace("\r", "\n").splitlines() if line.startswith("Analysing")]
    final = bars[-1]
    assert re.search(r"Analysing: 100%.*\| 6/6 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+(event/s|s/event), failed=2\]", final), final


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["batch", "{lib}", "-o", "{out}", "--engine", "spark"],
         "Error: Invalid value for '--engine': 'spark' is not one of 'local', 'dask'."),
        (["batch", "{lib}", "-o", "{out}", "--workers", "0"],
         "Error: Invalid value for '--workers': 0 is not in the range x>=1."),
        (["batch", "{lib}", "-o", "{out}", "--scheduler", "tcp://h:8786"], "Error: --scheduler needs --engine dask"),
        (["batch", "{lib}/nope", "-o", "{out}"], "Error: library folder {lib}/nope does not exist: give an existing folder of event folders"),
        (["corpus-report", "{out}/none"], "Error: no run folder {out}/none: run 'framing batch LIBRARY -o {out}/none' first"),
    ],
)
def test_cli_errors_exit_2(library: Path, tmp_path: Path, args: list[str], line: str) -> None:
    fill = {"lib": str(library), "out": str(tmp_path)}
    result = CliRunner().invoke(main, [a.format(**fill) for a in args])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == line.format(**fill)


def test_cli_dask_missing_exit_2(library: Path, tmp_path: Path, fake_default: None,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    result = CliRunner().invoke(main, ["batch", str(library), "-o", str(tmp_path / "o"), "--engine", "dask", "--quiet"])
    assert result.exit_code == 2
    assert result.stderr == "Error: Dask is not installed: pip install 'framing[dask]'\n"


def test_cli_dask_missing_is_said_before_the_progress_bar(library: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    result = CliRunner().invoke(main, ["batch", str(library), "-o", str(tmp_path / "o"), "--engine", "dask"])
    assert result.exit_code == 2
    assert result.stderr == "Error: Dask is not installed: pip install 'framing[dask]'\n"  # no bar drawn first
    assert not (tmp_path / "o").exists()


def test_cli_corpus_report(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(plan_batch(library, out), workers=1, analyze=fake_analyze)
    (out / "corpus.html").unlink(missing_ok=True)
    result = CliRunner().invoke(main, ["corpus-report", str(out)])
    assert result.exit_code == 0
    assert result.output == f"Corpus report: {out / 'corpus.html'}\n"
    html = (out / "corpus.html").read_text(encoding="utf-8")
    assert html.count("<svg") == 4
    assert "4 events, 9 articles from 9 outlets. 2 events failed" in html


# --- the corpus report -----------------------------------------------------------------------------------


def test_corpus_summary_aggregates_by_outlet(tmp_path: Path) -> None:
    first = json.loads(json.dumps(HAND_RESULT))
    second = json.loads(json.dumps(HAND_RESULT))
    second["event"]["slug"] = "ev2"
    paths = []
    for i, result in enumerate((first, second)):
        paths.append(tmp_path / f"r{i}.json")
        write_json_atomic(paths[-1], result)
    write_tables(tmp_path, paths)
    s = summarize_corpus(tmp_path)
    assert (s.events, s.articles, s.failures) == (2, 4, 0)
    assert [(o.outlet, o.articles, o.events, o.words, o.sentences, o.quotes) for o in s.outlets] == [
        ("Outlet <B>", 2, 2, 0, 0, 0), ("Outlet A", 2, 2, 1000, 8, 4)]
    assert [(r.outlet, r.term, r.narrator, r.quoted, r.count, r.rate) for r in s.naming] == [
        ("Outlet A", "illegal aliens", 4, 0, 4, 4.0), ("Outlet A", "migrants", 0, 2, 2, 2.0)]
    assert [(r.label, r.count, r.share) for r in s.quote_roles] == [("official", 2, 0.5), ("unknown", 2, 0.5)]
    assert [(r.outlet, r.sentences, r.unique, r.unique_share) for r in s.coverage] == [
        ("Outlet <B>", 0, 0, 0.0), ("Outlet A", 8, 4, 0.5)]
    assert [(r.label, r.count, r.share) for r in s.frames] == [("crime", 4, 0.5), ("economic", 2, 0.25)]


def test_corpus_report_escapes_untrusted_names_and_is_self_contained(tmp_path: Path) -> None:
    evil = json.loads(json.dumps(HAND_RESULT))
    evil["articles"][0]["outlet"] = '<script>alert("x")</script>'
    evil["articles"][0]["mentions"][0]["term"] = "<img src=x onerror=alert(1)>"
    write_json_atomic(tmp_path / "r.json", evil)
    write_tables(tmp_path, [tmp_path / "r.json"])
    html = write_corpus_report(tmp_path).read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert not re.search(r"(src|href)=\"https?:", html)  # nothing fetched from the network
    assert html.count("<svg") == 4 and html.count('role="img" aria-label=') == 4


def test_corpus_report_needs_tables(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r"articles\.csv not found: run 'framing batch LIBRARY -o "):
        write_corpus_report(tmp_path)


def test_corpus_report_is_deterministic(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(plan_batch(library, out), workers=1, analyze=fake_analyze)
    assert render_corpus_html(summarize_corpus(out)) == render_corpus_html(summarize_corpus(out))


# --- properties: any text in outlet names and terms survives the tables and the report -----------------

names = st.text(min_size=1, max_size=30).filter(lambda s: s.strip("\r\n ") and s != "Outlet <B>")


@settings(max_examples=120, deadline=None)
@given(outlet=names, term=names, speaker=st.one_of(st.none(), names), text=st.text(max_size=200),
       words=st.integers(0, 5000))
def test_tables_round_trip_any_text(tmp_path_factory: pytest.TempPathFactory, outlet: str, term: str,
                                    speaker: str | None, text: str, words: int) -> None:
    result = {
        "event": {"slug": "ev"},
        "articles": [{"id": "a", "outlet": outlet, "text": text, "words": words, "sentences": [{"index": 0}],
                      "mentions": [{"start": 0, "end": len(text), "text": text, "term": term, "category": term,
                                    "voice": "narrator", "sentence": 0}],
                      "quotes": [{"start": len(text), "end": len(text), "text": "", "kind": "direct",
                                  "speaker": speaker, "speaker_role": "unknown", "sentence": 0, "words": 0}],
                      "frame_cues": [{"frame": term, "sentence": 0}]}],
        "coverage": [],
    }
    rows = rows_from_result(result)
    position = rows["quotes"][0]["position"]
    assert isinstance(position, float) and 0.0 <= position <= 1.0
    folder = tmp_path_factory.mktemp("tables")
    write_json_atomic(folder / "r.json", result)
    write_tables(folder, [folder / "r.json"])
    for table, path in table_paths(folder).items():
        with path.open(encoding="utf-8", newline="") as fh:
            back = list(csv.DictReader(fh))
        assert back == [{c: (repr(r[c]) if isinstance(r[c], float) else re.sub(r"[\r\n]+", " ", str(r[c])))
                         for c in TABLES[table]} for r in rows[table]]
    assert rows["naming"][0]["term"] == term and rows["naming"][0]["outlet"] == outlet


@settings(max_examples=100, deadline=None)
@given(outlet=names, term=names)
def test_report_escapes_any_name(tmp_path_factory: pytest.TempPathFactory, outlet: str, term: str) -> None:
    folder = tmp_path_factory.mktemp("rep")
    result = json.loads(json.dumps(HAND_RESULT))
    result["articles"][0]["outlet"] = outlet
    result["articles"][0]["mentions"][0]["term"] = term
    write_json_atomic(folder / "r.json", result)
    write_tables(folder, [folder / "r.json"])
    summary = summarize_corpus(folder)
    # a cell is one line: line breaks inside names become spaces
    outlet, term = re.sub(r"[\r\n]+", " ", outlet), re.sub(r"[\r\n]+", " ", term)
    assert {o.outlet for o in summary.outlets} == {outlet, "Outlet <B>"}
    html = render_corpus_html(summary, charts=False)  # charts: the table of hostile names below
    assert str(escape(outlet)) in html and str(escape(term)) in html
    assert "<script" not in html.lower() and "<img" not in html.lower()


@pytest.mark.parametrize(
    "name",
    [
        "--><script>alert(1)</script><!--",  # matplotlib writes labels into SVG comments
        "$\\frac{1}{$",  # would be broken mathtext
        "]]><img src=x onerror=alert(1)>",
        "Fox & Friends <Live>",
        "\u202eevil\u202c \U0001F4F0 新闻",
    ],
)
def test_charts_survive_hostile_names(tmp_path: Path, name: str) -> None:
    result = json.loads(json.dumps(HAND_RESULT))
    result["articles"][0]["outlet"] = name
    result["articles"][0]["mentions"][0]["term"] = name
    result["articles"][0]["frame_cues"][0]["frame"] = name
    write_json_atomic(tmp_path / "r.json", result)
    write_tables(tmp_path, [tmp_path / "r.json"])
    html = render_corpus_html(summarize_corpus(tmp_path))
    assert html.count("<svg") == 4
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert str(escape(name)) in html


# --- the real analysis on the seed and test events (once framing.compare lands) ----------------------


def _real_analyze() -> Any:
    compare = pytest.importorskip("framing.compare")
    if not hasattr(compare, "analyze_path"):
        pytest.skip("framing.compare.analyze_path not there yet")
    return compare.analyze_path


@pytest.fixture(scope="module")
def real_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A batch run with the real analysis over the seeds and the test events."""
    _real_analyze()
    lib = tmp_path_factory.mktemp("reallib")
    shutil.copytree(SEED_EVENT, lib / SEED_EVENT.name)
    for folder in sorted((DATA / "events").iterdir()):
        if (folder / "event.yaml").is_file():
            shutil.copytree(folder, lib / folder.name)
    out = tmp_path_factory.mktemp("realout")
    summary = run_batch(plan_batch(lib, out), workers=2)
    assert summary.failures == (), summary.failures
    return out


def test_real_results_keep_the_offset_invariant(real_run: Path) -> None:
    for path in sorted((real_run / "results").glob("*.json")):
        result = json.loads(path.read_text(encoding="utf-8"))
        for art in result["articles"]:
            text = art["text"]
            for item in [*art.get("quotes", ()), *art.get("mentions", ())]:
                assert 0 <= item["start"] <= item["end"] <= len(text)
                assert text[item["start"] : item["end"]] == item["text"]


def test_real_run_is_deterministic_and_tables_are_filled(real_run: Path, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    shutil.copytree(SEED_EVENT, lib / SEED_EVENT.name)
    for folder in sorted((DATA / "events").iterdir()):
        if (folder / "event.yaml").is_file():
            shutil.copytree(folder, lib / folder.name)
    again = tmp_path / "again"
    run_batch(plan_batch(lib, again), workers=1)
    assert _tables(again) == _tables(real_run)
    articles = (real_run / "articles.csv").read_text(encoding="utf-8").splitlines()
    assert articles[0] == "outlet,event,article,words,sentences,quotes,mentions"
    assert any(line.startswith("ABC News,mississippi-raids-2019,abc-news,") for line in articles)
    quotes = (real_run / "quotes.csv").read_text(encoding="utf-8").splitlines()
    assert len(quotes) > 10


def test_real_default_analysis_is_used(tmp_path: Path) -> None:
    analyze = _real_analyze()
    outcome = analyze_event(SEED_EVENT, tmp_path)
    assert outcome.status == "done", outcome.error
    assert outcome.articles == 2
    assert json.loads(result_path(tmp_path, SEED_EVENT.name).read_text(encoding="utf-8")) == json.loads(
        json.dumps(analyze(SEED_EVENT), ensure_ascii=False)
    )


def test_root_is_the_checkout() -> None:
    assert (ROOT / "framing" / "batch.py").is_file()


@pytest.mark.parametrize(
    ("events", "articles", "failures", "line"),
    [
        (1, 2, 1, "1 event, 2 articles from 0 outlets. 1 event failed and is not counted"),
        (3, 1, 0, "3 events, 1 article from 0 outlets.</p>"),
        (2, 6, 2, "2 events, 6 articles from 0 outlets. 2 events failed and are not counted"),
    ],
)
def test_corpus_report_counts_read_as_english(events: int, articles: int, failures: int, line: str) -> None:
    summary = CorpusSummary(events, articles, failures, (), (), (), (), ())
    assert line in render_corpus_html(summary, charts=False)
