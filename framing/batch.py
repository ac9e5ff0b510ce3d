"""Many events at once: plan, run on a process pool or on Dask, resume, stream.

This module owns the batch engine behind ``framing batch``. A run has three
steps, each a plain function:

1. :func:`plan_batch` lists the event folders of a library and sets aside the
   ones whose result is up to date (newer than ``event.yaml``, every article
   file and the folder itself), unless ``force``.
2. :func:`run_batch` analyses the rest with an engine: ``local`` (a process
   pool sized to the machine, chunked) or ``dask`` (``dask.bag`` on the local
   machine, or a ``dask.distributed`` cluster given by its scheduler address).
   Each task analyses one event *in the worker* and writes its JSON result
   there, atomically; only a small :class:`EventOutcome` travels back, so
   memory stays flat however large the library. A failing event becomes an
   outcome with its reason; the run goes on.
3. The corpus tables (:mod:`framing.corpus`) are then written by streaming
   over the result files in slug order, so every engine gives the same bytes.

The analysis itself is a parameter (``analyze``: event folder -> JSON-ready
result). ``None`` means :func:`framing.compare.analyze_path`, imported lazily
in the worker so that this module does not depend on the analysis stages.
"""

from __future__ import annotations

import csv
import gc
import importlib
import json
import multiprocessing
import os
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from framing.atomic import temp_file, write_atomic
from framing.errors import FramingError
from framing.events import ARTICLE_SUFFIXES, EVENT_FILE, list_events
from framing.lexicons import ENV_VAR

Analyze = Callable[[Path], Mapping[str, Any]]
Engine = Literal["local", "dask"]
Emit = Callable[["EventOutcome"], None]

ENGINES: tuple[str, ...] = ("local", "dask")
RESULTS_DIR = "results"
FAILURES_FILE = "failures.csv"
SCHEDULER_TIMEOUT = "10s"  # how long to try to reach a --scheduler before giving up
DASK_MISSING = "Dask is not installed: pip install 'framing[dask]'"


@dataclass(frozen=True, slots=True)
class EventOutcome:
    """What happened to one event: done (result written) or failed (with the reason)."""

    slug: str
    path: str
    status: Literal["done", "failed"]
    articles: int = 0
    seconds: float = 0.0
    error: str | None = None
    kind: Literal["input", "bug"] | None = None  # input: a FramingError; bug: anything else


@dataclass(frozen=True, slots=True)
class BatchPlan:
    """The events of a library to analyse, and those whose result is already up to date."""

    library: str
    out: str
    to_run: tuple[str, ...]
    up_to_date: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """The outcome of a batch run: what was done, skipped and failed, and the tables written."""

    out: str
    engine: str
    workers: int
    done: tuple[str, ...]
    skipped: tuple[str, ...]
    failures: tuple[EventOutcome, ...]
    articles: int
    seconds: float
    tables: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Task:
    """One unit of work, small and picklable: it travels to a worker process or a cluster."""

    event_dir: str
    out: str
    lexicons: str | None
    analyze: Analyze | None


def result_path(out: str | Path, slug: str) -> Path:
    """Where the JSON result of event ``slug`` goes in the run folder ``out``."""
    return Path(out) / RESULTS_DIR / f"{slug}.json"


def _inputs_mtime_ns(event_dir: Path) -> int:
    # The folder's own mtime changes when an article is added or removed.
    stamps = [event_dir.stat().st_mtime_ns]
    for path in event_dir.iterdir():
        if path.name == EVENT_FILE or (path.suffix in ARTICLE_SUFFIXES and path.is_file()):
            stamps.append(path.stat().st_mtime_ns)
    return max(stamps)


def is_up_to_date(event_dir: str | Path, result: str | Path) -> bool:
    """True when ``result`` exists and is newer than every input of ``event_dir``."""
    try:
        done = Path(result).stat().st_mtime_ns
    except FileNotFoundError:
        return False
    return done > _inputs_mtime_ns(Path(event_dir))


def plan_batch(library: str | Path, out: str | Path, *, force: bool = False) -> BatchPlan:
    """List the event folders under ``library`` and split them into to-run and up-to-date."""
    folders = list_events(library)
    to_run: list[str] = []
    fresh: list[str] = []
    for folder in folders:
        if not force and is_up_to_date(folder, result_path(out, folder.name)):
            fresh.append(str(folder))
        else:
            to_run.append(str(folder))
    return BatchPlan(str(library), str(out), tuple(to_run), tuple(fresh))


def write_json_atomic(path: str | Path, data: Any) -> None:
    """Write ``data`` as JSON to ``path`` via a temporary file and ``os.replace``.

    A reader (or a resumed run) never sees a half-written result: either the
    old file or the new one. No fsync: the goal is consistency after a killed
    run, not durability after a power cut, and fsync would cost more than the
    analysis of a short event.
    """
    write_atomic(path, _ENCODER.encode(data))


# The text json.dumps(data, ensure_ascii=False) writes, from one encoder made
# once per process and without the circular-reference check (a result is a
# fresh tree of dicts and lists; the check's bookkeeping of every container is
# ~10% of the encoding time). A cycle would end in RecursionError instead of ValueError.
_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def _default_analyze() -> Analyze:
    from framing.compare import analyze_path  # lazy: the batch engine does not need the stages to import

    return analyze_path


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def analyze_event(event_dir: str | Path, out: str | Path, analyze: Analyze | None = None) -> EventOutcome:
    """Analyse one event folder, write its result into ``out/results/`` and say how it went."""
    folder = Path(event_dir)
    slug = folder.name
    target = result_path(out, slug)
    began = time.perf_counter()
    try:
        fn = analyze if analyze is not None else _default_analyze()
        result = fn(folder)
        articles = len(result.get("articles") or ())
        write_json_atomic(target, result)
    except Exception as exc:  # one bad event must not stop a run over thousands
        # A stale result of an event that now fails would otherwise be mistaken
        # for a current one by the tables and by the next resume.
        target.unlink(missing_ok=True)
        if isinstance(exc, FramingError):
            return EventOutcome(slug, str(folder), "failed", 0, time.perf_counter() - began, _one_line(exc), "input")
        where = traceback.extract_tb(exc.__traceback__)[-1]
        reason = f"{type(exc).__name__}: {_one_line(exc)} (bug at {Path(where.filename).name}:{where.lineno}; please report it)"
        return EventOutcome(slug, str(folder), "failed", 0, time.perf_counter() - began, reason, "bug")
    return EventOutcome(slug, str(folder), "done", articles, time.perf_counter() - began)


# The collector's young-generation threshold while a process analyses events.
# An event allocates tens of thousands of small records, so CPython's default
# (700) runs a collection every few sentences; each full collection also walked
# the lexicons, parsed once and alive for the whole run. After the first event
# those are frozen out of the collector's sight (gc.freeze) and the threshold
# raised: about 5% of the analysis time on the batch benchmark.
GC_THRESHOLD = 20_000
_gc_tuned = False


def _tune_gc() -> None:
    global _gc_tuned
    if not _gc_tuned:
        _gc_tuned = True
        gc.collect()
        gc.freeze()
        gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def _work(task: _Task) -> EventOutcome:
    # Workers on a cluster do not inherit the client's environment: carry the
    # lexicon folder (--lexicons) with each task.
    if task.lexicons is not None and os.environ.get(ENV_VAR) != task.lexicons:
        os.environ[ENV_VAR] = task.lexicons
    outcome = analyze_event(task.event_dir, task.out, task.analyze)
    _tune_gc()  # after the first event: its lexicons and models are loaded by now
    return outcome


def _work_many(tasks: Sequence[_Task]) -> list[EventOutcome]:
    return [_work(t) for t in tasks]


def _chunksize(n_tasks: int, workers: int) -> int:
    # Several chunks per worker keep the pool balanced when events differ in
    # length; a cap keeps the progress bar moving.
    return max(1, min(16, n_tasks // (workers * 8)))


def _run_local(tasks: Sequence[_Task], workers: int, emit: Emit) -> None:
    if workers == 1 or len(tasks) <= 1:
        global _gc_tuned
        saved = gc.get_threshold()
        try:
            for task in tasks:  # no pool: nothing to gain, and it keeps tracebacks simple
                emit(_work(task))
        finally:
            # This is the caller's process (a script, a notebook, the tests):
            # give it back its collector as it was.
            if _gc_tuned:
                gc.unfreeze()
                gc.set_threshold(*saved)
                _gc_tuned = False
        return
    with multiprocessing.get_context().Pool(processes=min(workers, len(tasks))) as pool:
        for outcome in pool.imap_unordered(_work, tasks, chunksize=_chunksize(len(tasks), workers)):
            emit(outcome)


def _partitions(tasks: Sequence[_Task], workers: int) -> list[list[_Task]]:
    size = _chunksize(len(tasks), workers)
    return [list(tasks[i : i + size]) for i in range(0, len(tasks), size)]


def dask_modules() -> tuple[Any, Any]:
    """``dask`` and ``dask.bag``, or one FramingError saying how to install them (an optional extra)."""
    # Dask is untyped: imported lazily, as Any.
    try:
        return importlib.import_module("dask"), importlib.import_module("dask.bag")
    except ImportError:
        raise FramingError(DASK_MISSING) from None


def _run_dask(tasks: Sequence[_Task], workers: int, scheduler: str | None, emit: Emit) -> None:
    dask, db = dask_modules()
    if not tasks:
        return
    parts = _partitions(tasks, workers)
    bag = db.from_sequence(parts, npartitions=len(parts)).map(_work_many).flatten()
    delayed = bag.to_delayed()
    if scheduler is not None:
        try:
            distributed: Any = importlib.import_module("distributed")
        except ImportError:
            raise FramingError(DASK_MISSING) from None
        try:
            client = distributed.Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except OSError as exc:
            raise FramingError(
                f"cannot reach the Dask scheduler at {scheduler} ({_one_line(exc)}): "
                "check the address given to --scheduler"
            ) from None
        with client:
            futures = client.compute(delayed)
            for future in distributed.as_completed(futures):
                for outcome in future.result():
                    emit(outcome)
        return
    callback: Any = importlib.import_module("dask.callbacks").Callback
    keys = {d.key for d in delayed}

    class _Stream(callback):  # type: ignore[misc]
        # Called in this process as each partition finishes: results stream
        # to the progress bar instead of arriving all at the end.
        def _posttask(self, key: Any, result: Any, dsk: Any, state: Any, worker_id: Any) -> None:
            if key in keys:
                for outcome in result:
                    emit(outcome)

    with _Stream():
        dask.compute(*delayed, scheduler="processes", num_workers=workers)


def default_workers() -> int:
    """The number of worker processes for this machine (``os.cpu_count()``)."""
    return os.cpu_count() or 1


def run_batch(
    plan: BatchPlan,
    *,
    engine: Engine = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    analyze: Analyze | None = None,
    on_outcome: Emit | None = None,
) -> BatchSummary:
    """Analyse the planned events with ``engine``, write results, failures.csv and the corpus tables."""
    if engine not in ENGINES:
        raise FramingError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise FramingError("--scheduler needs --engine dask: add --engine dask or drop --scheduler")
    if workers is not None and workers < 1:
        raise FramingError(f"workers must be 1 or more, got {workers}: give --workers 1 or more")
    n_workers = workers or default_workers()
    out = Path(plan.out)
    (out / RESULTS_DIR).mkdir(parents=True, exist_ok=True)
    lexicons = os.environ.get(ENV_VAR)
    tasks = [_Task(str(Path(d).resolve()), str(out.resolve()), lexicons, analyze) for d in plan.to_run]
    done: list[str] = []
    failures: list[EventOutcome] = []
    articles = 0

    def emit(outcome: EventOutcome) -> None:
        nonlocal articles
        if outcome.status == "done":
            done.append(outcome.slug)
            articles += outcome.articles
        else:
            failures.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    began = time.perf_counter()
    if engine == "dask":
        _run_dask(tasks, n_workers, scheduler, emit)
    else:
        _run_local(tasks, n_workers, emit)
    seconds = time.perf_counter() - began
    failures.sort(key=lambda o: o.slug)
    write_failures(out / FAILURES_FILE, failures)
    skipped = tuple(sorted(Path(p).name for p in plan.up_to_date))
    current = sorted(set(done) | set(skipped))
    from framing.corpus import write_tables

    tables = write_tables(out, (result_path(out, slug) for slug in current))
    return BatchSummary(
        out=str(out),
        engine=engine,
        workers=n_workers,
        done=tuple(sorted(done)),
        skipped=skipped,
        failures=tuple(failures),
        articles=articles,
        seconds=seconds,
        tables=tuple(str(t) for t in tables),
    )


def write_failures(path: str | Path, failures: Iterable[EventOutcome]) -> Path:
    """Write ``failures.csv`` (event, kind, error, path): one row per failed event."""
    target = Path(path)
    fd, tmp = temp_file(target)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("event", "kind", "error", "path"))
        for f in failures:
            writer.writerow((f.slug, f.kind or "", f.error or "", f.path))
    os.replace(tmp, target)
    return target


def iter_results(out: str | Path) -> Iterator[Path]:
    """The result files of the run folder ``out``, in slug order."""
    return iter(sorted((Path(out) / RESULTS_DIR).glob("*.json")))
