"""Time each analysis stage on the bundled event (CPU time, best of N).

Run ``python benchmarks/bench_stages.py [--event DIR] [--repeat N]``. Speed
claims about single stages live here, never in timed tests: a test machine is
shared and a wall-clock assertion fails for reasons that are not bugs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Measure this checkout's framing, not whichever one is installed (an editable install of another worktree).
sys.path.insert(0, str(ROOT))


def best_cpu(fn: Callable[[], object], repeat: int) -> float:
    """The smallest CPU time of ``repeat`` runs of ``fn``, in seconds."""
    fn()  # warm caches and lazy imports
    runs = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        runs.append(time.process_time() - start)
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--event", default=str(ROOT / "seeds" / "mississippi-raids-2019"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from framing.coverage import align
    from framing.entities import extract_entities
    from framing.events import load_event
    from framing.frames import frame_cues, frame_profile
    from framing.naming import find_mentions
    from framing.numbers import extract_numbers
    from framing.prepare import prepare
    from framing.quotes import extract_quotes
    from framing.sources import add_article  # noqa: F401  (import cost only)
    from framing.terms import distinctive_terms, term_counts
    from framing.tone import tone

    event = load_event(args.event)
    docs = [prepare(a) for a in event.articles]
    quotes = [extract_quotes(d) for d in docs]
    mentions = [find_mentions(d, q) for d, q in zip(docs, quotes)]
    numbers = [extract_numbers(d, mentions=m) for d, m in zip(docs, mentions)]
    entities = [extract_entities(d) for d in docs]
    stages: list[tuple[str, Callable[[], object]]] = [
        ("prepare", lambda: [prepare(a) for a in event.articles]),
        ("quotes", lambda: [extract_quotes(d) for d in docs]),
        ("naming", lambda: [find_mentions(d, q) for d, q in zip(docs, quotes)]),
        ("frames", lambda: [frame_profile(d, frame_cues(d)) for d in docs]),
        ("tone", lambda: [tone(d, q) for d, q in zip(docs, quotes)]),
        ("term counts", lambda: [term_counts(d) for d in docs]),
        ("distinctive terms", lambda: distinctive_terms(docs, background=docs)),
        ("numbers", lambda: [extract_numbers(d) for d in docs]),
        ("entities", lambda: [extract_entities(d) for d in docs]),
        # align as compare runs it: given the numbers, entities and mentions the stages above found
        # (align(docs) alone would find them again and count their time twice)
        ("coverage (align)", lambda: align(docs, quantities=numbers, entities=entities, mentions=mentions)),
    ]
    print(f"{'stage':<20} {'CPU ms (best of ' + str(args.repeat) + ')':>24}")
    total = 0.0
    for name, fn in stages:
        seconds = best_cpu(fn, args.repeat)
        total += seconds
        print(f"{name:<20} {seconds * 1000:>24.1f}")
    words = sum(d.words for d in docs)
    print(f"{'total':<20} {total * 1000:>24.1f}   ({len(docs)} articles, {words:,} words)")


if __name__ == "__main__":
    main()
