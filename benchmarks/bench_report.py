"""Time `framing report` end to end and each stage behind it, on the bundled event.

Run it with ``python benchmarks/bench_report.py [--event DIR] [--repeat N]``.
It prints one table:

* ``framing report`` as a user runs it (a new interpreter each time, imports
  and all, HTML + PDF + JSON + charts);
* the analysis alone (``compare``), warm, in this process;
* each renderer on that analysis: JSON, charts and report structure, HTML, PDF.

Goals on the project's 2-core machine: the full report under 3 s, the
analysis alone under 0.3 s. Speed claims live here, never in a timed test.

Last measured (2026-11-24, idle, median of 3): the full report 7.5-8.5 s (PDF 3.4 s of it, charts
1.3 s), HTML and JSON 4.5 s, JSON alone 2.4 s (3.0 s before tone's patterns were compiled lazily);
the analysis alone, warm, 0.087 s. The 3 s goal is missed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Measure this checkout's framing, not whichever one is installed (an editable install of another worktree).
sys.path.insert(0, str(ROOT))


def _time(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--event", default=str(ROOT / "seeds" / "mississippi-raids-2019"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:

        def cli(formats: str) -> None:
            subprocess.run(
                [sys.executable, "-m", "framing", "report", args.event, "-o", f"{tmp}/r", "--format", formats, "--quiet"],
                check=True,
                stdout=subprocess.DEVNULL,
            )

        cli("json")  # warm the disk cache and the bytecode
        for formats, goal in (("html,pdf,json", "< 3 s"), ("html,json", ""), ("json", "")):
            med, best = _time(lambda f=formats: cli(f), max(2, args.repeat // 2))
            rows.append((f"framing report --format {formats} (new process)", med, best, goal))

        start = time.perf_counter()
        from framing.compare import compare
        from framing.events import load_event
        from framing.report import build_context, render_html, render_pdf
        from framing.result import comparison_to_dict, dumps

        rows.append(("imports (in process)", time.perf_counter() - start, time.perf_counter() - start, ""))
        event = load_event(args.event)
        comparison = compare(event)
        med, best = _time(lambda: compare(event), args.repeat)
        rows.append(("analysis alone: compare() (warm)", med, best, "< 0.3 s"))
        med, best = _time(lambda: dumps(comparison_to_dict(comparison)), args.repeat)
        rows.append(("render JSON", med, best, ""))
        med, best = _time(lambda: build_context(comparison), args.repeat)
        rows.append(("render charts + report structure", med, best, ""))
        context = build_context(comparison)
        med, best = _time(lambda: render_html(context), args.repeat)
        rows.append(("render HTML", med, best, ""))
        html = render_html(context, for_print=True)  # the print copy write_report lays out
        med, best = _time(lambda: render_pdf(html), max(1, args.repeat // 2))
        rows.append(("render PDF (WeasyPrint, print copy)", med, best, ""))

    width = max(len(r[0]) for r in rows)
    print(f"{'stage':<{width}}  {'median':>8}  {'best':>8}  goal")
    print("-" * (width + 30))
    for name, med, best, goal in rows:
        print(f"{name:<{width}}  {med:>7.3f}s  {best:>7.3f}s  {goal}")
    print(f"\nevent: {args.event} ({len(event.articles)} articles, "
          f"{sum(a.doc.words for a in comparison.articles):,} words); python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
