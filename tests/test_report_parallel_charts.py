"""The report's charts drawn side by side in forked workers are the charts drawn one by one,
and the report does not depend on the hash seed."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from framing import charts as ch
from framing.compare import compare
from framing.events import load_event
from framing.report import build_context
from tests.conftest import SEED_EVENT

ROOT = Path(__file__).resolve().parent.parent
FORK = "fork" in multiprocessing.get_all_start_methods()


@pytest.fixture(scope="module")
def seed_jobs() -> list[tuple[str, object, dict[str, object]]]:
    """The charts the seed's report asks ``render_many`` for, recorded without drawing them."""
    recorded: list[tuple[str, object, dict[str, object]]] = []

    def record(jobs, *, workers=None):  # type: ignore[no-untyped-def]
        recorded.extend(jobs)
        return [ch.RenderedChart(svg="", png=b"") for _ in jobs]

    saved = ch.render_many
    ch.render_many = record  # type: ignore[assignment]
    try:
        build_context(compare(load_event(SEED_EVENT)))
    finally:
        ch.render_many = saved  # type: ignore[assignment]
    return recorded


def test_the_report_asks_for_its_ten_charts(seed_jobs) -> None:
    assert [kind for kind, _, _ in seed_jobs] == [
        "naming", "quote_roles", "quote_speakers", "quote_timeline", "coverage", "coverage_strip",
        "numbers", "distinctive_terms", "frames", "tone",
    ]


@pytest.mark.skipif(not FORK, reason="forked chart workers need the fork start method (Linux)")
def test_charts_drawn_in_two_workers_are_byte_identical_to_one(seed_jobs) -> None:
    serial = ch.render_many(seed_jobs, workers=1)
    parallel = ch.render_many(seed_jobs, workers=2)
    assert [(c.svg, c.png) for c in parallel] == [(c.svg, c.png) for c in serial]
    assert all(c.svg.lstrip().startswith(("<?xml", "<svg")) and c.png.startswith(b"\x89PNG") for c in parallel)


def test_built_context_carries_every_drawn_chart(seed_jobs) -> None:
    ctx = build_context(compare(load_event(SEED_EVENT)))
    charts = [c for s in ctx.sections for c in s.charts]
    assert [c.id for c in charts] == [kind.replace("_", "-") for kind, _, _ in seed_jobs]
    drawn = ch.render_many(seed_jobs, workers=1)
    assert [(c.svg, c.png) for c in charts] == [(d.svg, d.png) for d in drawn]


def test_one_job_or_a_daemonic_process_draws_here() -> None:
    assert ch._chart_workers(1) == 1
    assert ch._chart_workers(0) == 1


def _daemon_probe(queue) -> None:  # type: ignore[no-untyped-def]
    queue.put(ch._chart_workers(10))


@pytest.mark.skipif(not FORK, reason="needs the fork start method")
def test_a_daemonic_batch_worker_draws_its_charts_itself() -> None:
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_daemon_probe, args=(queue,), daemon=True)
    proc.start()
    proc.join(60)
    assert queue.get(timeout=5) == 1


def test_report_html_does_not_depend_on_the_hash_seed() -> None:
    # The frames table ranked frames with equal counts in a set's iteration order,
    # which Python's hash seed changes from run to run.
    code = (
        "import hashlib, sys\n"
        "from framing.compare import compare\n"
        "from framing.events import load_event\n"
        "from framing.report import build_context, render_html\n"
        f"html = render_html(build_context(compare(load_event({str(SEED_EVENT)!r})), charts=False))\n"
        "print(hashlib.sha256(html.encode()).hexdigest())\n"
    )
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=ROOT)
        digests.add(out.stdout.strip())
    assert len(digests) == 1
