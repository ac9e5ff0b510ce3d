"""Time the report's charts: importing matplotlib, then drawing and rendering each chart.

Run ``python benchmarks/bench_charts.py [--outlets N] [--repeat R]``. It prints
one row per chart (build = draw into the Axes, render = SVG + 150 dpi PNG; the
best of R runs, wall and CPU time) and the total for all ten charts. The data is
the realistic four-outlet sample the tests use, cut to N outlets.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    """Print the timing table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outlets", type=int, default=2, help="number of outlets (2 to 4)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per chart; the best is shown")
    args = parser.parse_args()

    wall, cpu = time.perf_counter(), time.process_time()
    from framing import charts

    import_wall, import_cpu = time.perf_counter() - wall, time.process_time() - cpu
    from tests.test_charts import SAMPLES

    print(f"{'chart':<20}{'build ms':>10}{'render ms':>11}{'total ms':>10}{'cpu ms':>9}")
    print(f"{'import matplotlib':<20}{'':>10}{'':>11}{import_wall * 1000:>10.0f}{import_cpu * 1000:>9.0f}")
    sum_wall = sum_cpu = 0.0
    first_wall = time.perf_counter()
    for kind, make in SAMPLES.items():
        data = make(args.outlets)
        best: tuple[float, float, float, float] | None = None
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            fig = charts.chart_figure(kind, data)
            t1 = time.perf_counter()
            charts.render(fig, alt=charts.CHARTS[kind].alt(data))
            t2, c2 = time.perf_counter(), time.process_time()
            run = (t1 - t0, t2 - t1, t2 - t0, c2 - c0)
            if best is None or run[2] < best[2]:
                best = run
        assert best is not None
        sum_wall += best[2]
        sum_cpu += best[3]
        print(f"{kind:<20}{best[0] * 1000:>10.0f}{best[1] * 1000:>11.0f}{best[2] * 1000:>10.0f}{best[3] * 1000:>9.0f}")
    elapsed = time.perf_counter() - first_wall
    print(f"{'all ten charts':<20}{'':>10}{'':>11}{sum_wall * 1000:>10.0f}{sum_cpu * 1000:>9.0f}")
    print(f"({args.outlets} outlets, best of {args.repeat}; whole run {elapsed:.1f} s wall)")


if __name__ == "__main__":
    main()
