"""The corpus report: how outlets compare across every event of a batch run.

This module owns ``OUT/corpus.html``. :func:`summarize_corpus` reads the
corpus CSV tables written by :mod:`framing.corpus` row by row (memory grows
with the number of outlets and terms, never with the number of events) and
aggregates them by outlet: naming per 1,000 words, quote roles, omission
(unique-sentence) shares, frames. Each count carries the first sentences
behind it (:class:`_Evidence`: read from the events' result files, a few per
figure, so memory still does not grow with the events), and the page opens
a count onto them. :func:`render_corpus_html` turns that
summary into one self-contained HTML page (inline CSS and SVG charts) through
a Jinja environment with autoescape on, because outlet names, terms and
speakers come from the articles and are untrusted.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from framing.batch import result_path
from framing.corpus import Key, Snippet, snippets_from_result, table_paths
from framing.errors import RenderError

REPORT_FILE = "corpus.html"
TOP_TERMS = 15  # columns of the naming chart; the table lists more
TOP_ROWS = 200  # rows of the naming table
EVIDENCE_PER_CELL = 5  # sentences shown behind each count; the CSV tables and result files hold the rest
MAX_OUTLETS_IN_CHARTS = 25  # the busiest outlets; tables list them all
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000", "#999999")


@dataclass(frozen=True, slots=True)
class OutletTotals:
    """One outlet across the corpus: articles, events, words, sentences, quotes."""

    outlet: str
    articles: int
    events: int
    words: int
    sentences: int
    quotes: int


@dataclass(frozen=True, slots=True)
class NamingRow:
    """How often one outlet uses one term, by voice, and per 1,000 of its words."""

    outlet: str
    term: str
    category: str
    narrator: int
    quoted: int
    count: int
    rate: float
    narrator_evidence: tuple[Snippet, ...] = ()  # the total is their sum: its sentences are theirs
    quoted_evidence: tuple[Snippet, ...] = ()


@dataclass(frozen=True, slots=True)
class ShareRow:
    """A count for one outlet and one label (a quote role, a frame) and its share."""

    outlet: str
    label: str
    count: int
    share: float
    evidence: tuple[Snippet, ...] = ()


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """One outlet's sentences that no other article of the same event carries."""

    outlet: str
    sentences: int
    unique: int
    partial: int
    unique_share: float
    partial_share: float
    unique_evidence: tuple[Snippet, ...] = ()
    partial_evidence: tuple[Snippet, ...] = ()


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """Everything the corpus report shows, aggregated by outlet."""

    events: int
    articles: int
    failures: int
    outlets: tuple[OutletTotals, ...]
    naming: tuple[NamingRow, ...]
    quote_roles: tuple[ShareRow, ...]
    coverage: tuple[CoverageRow, ...]
    frames: tuple[ShareRow, ...]
    missing_results: tuple[str, ...] = ()  # events whose result file is gone: their sentences cannot be shown


def _rows(path: Path) -> Iterator[dict[str, str]]:
    if not path.is_file():
        raise RenderError(
            f"{path} not found: run 'framing batch LIBRARY -o {path.parent}' first to write the corpus tables"
        )
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


Cell = tuple[str, ...]  # an outlet and the Key of one count: (outlet, *key)


class _Evidence:
    """The first sentences behind each figure: which table rows hold them, then the sentences themselves.

    While the tables are read, :meth:`add` notes the (event, article, key) of each row that still adds
    to a figure's first :data:`EVIDENCE_PER_CELL` items; :meth:`resolve` then opens each event's result
    file once, one at a time, for those items. Memory grows with the number of figures, never with the
    number of events.
    """

    def __init__(self, cap: int = EVIDENCE_PER_CELL) -> None:
        self.cap = cap
        self.have: dict[Cell, int] = {}
        self.parts: dict[Cell, list[tuple[str, str, Key]]] = {}
        self.wanted: dict[str, dict[tuple[str, Key], int]] = {}

    def add(self, outlet: str, event: str, article: str, key: Key, count: int) -> None:
        cell = (outlet, *key)
        have = self.have.get(cell, 0)
        if count <= 0 or have >= self.cap:
            return
        take = min(count, self.cap - have)
        self.have[cell] = have + take
        parts = self.parts.setdefault(cell, [])
        if not parts or parts[-1] != (event, article, key):  # an article's rows come together (one per quote)
            parts.append((event, article, key))
        slot = self.wanted.setdefault(event, {})
        slot[(article, key)] = slot.get((article, key), 0) + take

    def resolve(self, out: Path) -> tuple[dict[Cell, tuple[Snippet, ...]], tuple[str, ...]]:
        """The sentences of each figure, and the events whose result file is missing."""
        found: dict[tuple[str, str, Key], list[Snippet]] = {}
        missing = []
        for event in sorted(self.wanted):
            path = result_path(out, event)
            if not path.is_file():
                missing.append(event)
                continue
            try:
                with path.open(encoding="utf-8") as fh:
                    result = json.load(fh)
                snippets = snippets_from_result(result, self.wanted[event])
            except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
                raise RenderError(
                    f"{path}: not a readable result file ({type(exc).__name__}: {exc}); "
                    f"rerun 'framing batch LIBRARY -o {out} --force'"
                ) from None
            for (article, key), items in snippets.items():
                found[(event, article, key)] = items
        cells = {
            cell: tuple(s for part in parts for s in found.get(part, ()))[: self.cap]
            for cell, parts in self.parts.items()
        }
        return cells, tuple(missing)


def summarize_corpus(out: str | Path) -> CorpusSummary:
    """Aggregate the corpus tables of the run folder ``out`` by outlet, with the sentences behind each figure."""
    folder = Path(out)
    tables = table_paths(folder)
    evidence = _Evidence()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # articles, events, words, sentences, quotes
    events: set[str] = set()
    last_event: dict[str, str] = {}
    for row in _rows(tables["articles"]):
        t = totals[row["outlet"]]
        t[0] += 1
        # Rows come grouped by event: count an outlet's events without a set per outlet.
        if last_event.get(row["outlet"]) != row["event"]:
            t[1] += 1
            last_event[row["outlet"]] = row["event"]
        t[2] += int(row["words"])
        t[3] += int(row["sentences"])
        t[4] += int(row["quotes"])
        events.add(row["event"])
    outlets = tuple(
        OutletTotals(name, *values) for name, values in sorted(totals.items(), key=lambda kv: (-kv[1][0], kv[0]))
    )
    words = {o.outlet: o.words for o in outlets}
    sentences = {o.outlet: o.sentences for o in outlets}

    naming: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in _rows(tables["naming"]):
        naming[(row["outlet"], row["term"], row["category"])][row["voice"] == "quoted"] += int(row["count"])
    naming_rows = tuple(
        sorted(
            (
                NamingRow(o, term, cat, n, q, n + q, round((n + q) * 1000 / words[o], 3) if words.get(o) else 0.0)
                for (o, term, cat), (n, q) in naming.items()
            ),
            key=lambda r: (-r.count, r.outlet, r.term),
        )
    )
    # Only the rows the report lists get their sentences: a second pass, once they are known.
    shown = {(r.outlet, r.term, r.category) for r in naming_rows[:TOP_ROWS]}
    for row in _rows(tables["naming"]):
        if (row["outlet"], row["term"], row["category"]) in shown:
            key = ("naming", row["term"], row["category"], row["voice"])
            evidence.add(row["outlet"], row["event"], row["article"], key, int(row["count"]))

    roles: dict[tuple[str, str], int] = defaultdict(int)
    quotes_by_outlet: dict[str, int] = defaultdict(int)
    for row in _rows(tables["quotes"]):
        roles[(row["outlet"], row["role"])] += 1
        quotes_by_outlet[row["outlet"]] += 1
        evidence.add(row["outlet"], row["event"], row["article"], ("quotes", row["role"]), 1)
    role_rows = tuple(
        ShareRow(o, role, n, _share(n, quotes_by_outlet[o])) for (o, role), n in sorted(roles.items())
    )

    cov: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in _rows(tables["coverage"]):
        c = cov[row["outlet"]]
        c[0] += int(row["sentences"])
        c[1] += int(row["unique"])
        c[2] += int(row["partial"])
        for status in ("unique", "partial"):
            evidence.add(row["outlet"], row["event"], row["article"], ("coverage", status), int(row[status]))
    coverage_rows = tuple(
        CoverageRow(o, s, u, p, _share(u, s), _share(p, s)) for o, (s, u, p) in sorted(cov.items())
    )

    frames: dict[tuple[str, str], int] = defaultdict(int)
    for row in _rows(tables["frames"]):
        frames[(row["outlet"], row["frame"])] += int(row["sentences"])
        evidence.add(row["outlet"], row["event"], row["article"], ("frames", row["frame"]), int(row["sentences"]))
    frame_rows = tuple(
        ShareRow(o, frame, n, _share(n, sentences.get(o, 0))) for (o, frame), n in sorted(frames.items())
    )

    cells, missing = evidence.resolve(folder)

    def naming_evidence(r: NamingRow) -> NamingRow:
        said = cells.get((r.outlet, "naming", r.term, r.category, "narrator"), ())
        quoted = cells.get((r.outlet, "naming", r.term, r.category, "quoted"), ())
        return replace(r, narrator_evidence=said, quoted_evidence=quoted)

    failures_file = folder / "failures.csv"
    failures = sum(1 for _ in _rows(failures_file)) if failures_file.is_file() else 0
    return CorpusSummary(
        events=len(events),
        articles=sum(o.articles for o in outlets),
        failures=failures,
        outlets=outlets,
        naming=tuple(naming_evidence(r) if i < TOP_ROWS else r for i, r in enumerate(naming_rows)),
        quote_roles=tuple(replace(r, evidence=cells.get((r.outlet, "quotes", r.label), ())) for r in role_rows),
        coverage=tuple(
            replace(r, unique_evidence=cells.get((r.outlet, "coverage", "unique"), ()),
                    partial_evidence=cells.get((r.outlet, "coverage", "partial"), ()))
            for r in coverage_rows
        ),
        frames=tuple(replace(r, evidence=cells.get((r.outlet, "frames", r.label), ())) for r in frame_rows),
        missing_results=missing,
    )


# --- charts: each takes an Axes and data, returns the Axes ---------------------------------------


def plot_heatmap(ax: Any, rows: list[str], cols: list[str], values: list[list[float]], *, fmt: str) -> Any:
    """Draw a rows x columns heatmap with each cell's value written in it."""
    import numpy as np

    data = np.array(values, dtype=float) if rows and cols else np.zeros((1, 1))
    image = ax.imshow(data, cmap="cividis", aspect="auto")
    ax.set_xticks(range(len(cols)), labels=cols, rotation=40, ha="right")
    ax.set_yticks(range(len(rows)), labels=rows)
    top = float(data.max()) if data.size else 0.0
    for i in range(len(rows)):
        for j in range(len(cols)):
            value = data[i, j]
            if value:
                colour = "black" if top and value > top * 0.6 else "white"
                ax.text(j, i, format(value, fmt), ha="center", va="center", fontsize=7, color=colour)
    ax.figure.colorbar(image, ax=ax, fraction=0.03, pad=0.02)
    return ax


def plot_stacked_shares(ax: Any, rows: list[str], labels: list[str], shares: list[list[float]]) -> Any:
    """Draw one horizontal bar per row, split into the shares of each label."""
    left = [0.0] * len(rows)
    for k, label in enumerate(labels):
        widths = [shares[i][k] for i in range(len(rows))]
        ax.barh(rows, widths, left=left, label=label, color=PALETTE[k % len(PALETTE)])
        left = [a + b for a, b in zip(left, widths)]
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.set_xlabel("share of quotes")
    ax.legend(ncols=min(4, max(1, len(labels))), fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.15))
    return ax


def plot_coverage(ax: Any, rows: list[str], unique: list[float], partial: list[float]) -> Any:
    """Draw each outlet's unique and partly shared sentence shares as grouped bars."""
    ys = range(len(rows))
    ax.barh([y - 0.2 for y in ys], unique, height=0.4, label="unique (no other outlet has it)", color=PALETTE[3])
    ax.barh([y + 0.2 for y in ys], partial, height=0.4, label="partly shared", color=PALETTE[4])
    ax.set_yticks(list(ys), labels=rows)
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.set_xlabel("share of the outlet's sentences")
    ax.legend(fontsize=8, loc="lower right")
    return ax


_SVG_HEAD = re.compile(r"^.*?(?=<svg)", re.S)


def _svg(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    return _SVG_HEAD.sub("", buf.getvalue(), count=1)


def _figure(height_rows: int, width: float = 9.0) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(width, max(2.2, 0.35 * height_rows + 1.4)))


def _charts(summary: CorpusSummary) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    busiest = [o.outlet for o in summary.outlets[:MAX_OUTLETS_IN_CHARTS]]
    charts: dict[str, str] = {}
    # Names come from the articles: "$" must not switch on mathtext (it can fail to parse).
    style: Any = {"svg.hashsalt": "framing-corpus", "svg.fonttype": "path", "font.size": 9, "text.parse_math": False}
    with plt.style.context("default"), matplotlib.rc_context(style):
        term_totals: dict[str, int] = defaultdict(int)
        for r in summary.naming:
            term_totals[r.term] += r.count
        terms = [t for t, _ in sorted(term_totals.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]]
        if terms and busiest:
            rate = {(r.outlet, r.term): r.rate for r in summary.naming}
            values = [[rate.get((o, t), 0.0) for t in terms] for o in busiest]
            fig, ax = _figure(len(busiest))
            plot_heatmap(ax, busiest, terms, values, fmt=".1f")
            ax.set_title("Terms per 1,000 words, by outlet")
            charts["naming"] = _svg(fig)

        roles = sorted({r.label for r in summary.quote_roles})
        if roles and busiest:
            share = {(r.outlet, r.label): r.share for r in summary.quote_roles}
            fig, ax = _figure(len(busiest))
            plot_stacked_shares(ax, busiest, roles, [[share.get((o, role), 0.0) for role in roles] for o in busiest])
            ax.set_title("Whom each outlet quotes (share of its quotes by speaker role)")
            charts["quotes"] = _svg(fig)

        cov = {r.outlet: r for r in summary.coverage}
        shown = [o for o in busiest if o in cov]
        if shown:
            fig, ax = _figure(len(shown))
            plot_coverage(ax, shown, [cov[o].unique_share for o in shown], [cov[o].partial_share for o in shown])
            ax.set_title("What each outlet carries that the others leave out")
            charts["coverage"] = _svg(fig)

        frames = sorted({r.label for r in summary.frames})
        if frames and busiest:
            fshare = {(r.outlet, r.label): r.share for r in summary.frames}
            fig, ax = _figure(len(busiest))
            plot_heatmap(ax, busiest, frames, [[fshare.get((o, f), 0.0) for f in frames] for o in busiest], fmt=".0%")
            ax.set_title("Share of each outlet's sentences that use a frame")
            charts["frames"] = _svg(fig)
    return charts


_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Corpus report: {{ s.events }} events</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;margin:1em 0;font-size:.9em}th,td{padding:.25em .6em;border-bottom:1px solid #eee;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}figure{margin:1em 0}figure svg{max-width:100%;height:auto}
figcaption,.note{color:#555;font-size:.9em}
details{display:inline}details>summary{cursor:pointer;color:#0b5cad;text-decoration:underline dotted;display:inline;list-style:none}
details>summary::-webkit-details-marker{display:none}details[open]>summary{font-weight:bold}
.evidence{display:block;margin:.3em 0 .5em;padding:.3em .6em;border-left:3px solid #ddd;background:#fafafa;font:.85rem/1.4 Georgia,serif;text-align:left;font-weight:normal;min-width:22em;max-width:44em}
.evidence ol{margin:.2em 0;padding-left:1.2em}.evidence .where,.evidence .more{color:#555;font:.75rem system-ui,sans-serif}
</style></head><body>
{%- macro count(value, items, table) -%}
{% if items %}<details><summary>{{ value }}</summary><span class="evidence" role="region" aria-label="Sentences behind this number"><ol>
{% for e in items %}<li><a class="where" href="results/{{ e.event|urlencode }}.json">{{ e.event }}, sentence {{ e.sentence + 1 }}</a>{% if e.label %} ({{ e.label }}){% endif %}: {{ e.before }}{% if e.match %}<strong>{{ e.match }}</strong>{% endif %}{{ e.after }}</li>
{% endfor %}</ol>{% if value > items|length %}<span class="more">The first {{ items|length }} of {{ value }}; {{ table }} gives every article, and each event's result file its sentences.</span>{% endif %}</span></details>{% else %}{{ value }}{% endif %}
{%- endmacro %}
<h1>Corpus report</h1>
<p>{{ s.events }} event{{ "" if s.events == 1 else "s" }}, {{ s.articles }} article{{ "" if s.articles == 1 else "s" }} from {{ s.outlets|length }} outlet{{ "" if s.outlets|length == 1 else "s" }}.
{%- if s.failures %} {{ s.failures }} event{{ " failed and is" if s.failures == 1 else "s failed and are" }} not counted (see failures.csv).{% endif %}</p>
<table><tr><th>outlet</th><th class="n">articles</th><th class="n">events</th><th class="n">words</th><th class="n">quotes</th></tr>
{% for o in s.outlets %}<tr><td>{{ o.outlet }}</td><td class="n">{{ o.articles }}</td><td class="n">{{ o.events }}</td><td class="n">{{ o.words|thousands }}</td><td class="n">{{ o.quotes }}</td></tr>
{% endfor %}</table>

<h2>Naming: which outlets use which terms</h2>
{% if charts.naming is defined %}<figure role="img" aria-label="Heatmap of how often each outlet uses the {{ top_terms }} most frequent terms, per 1,000 words">{{ charts.naming|safe }}<figcaption>Uses per 1,000 words of the outlet's articles (narrator and quoted voice together).</figcaption></figure>{% endif %}
{% if s.naming %}<table><tr><th>outlet</th><th>term</th><th>category</th><th class="n">narrator</th><th class="n">quoted</th><th class="n">total</th><th class="n">per 1,000 words</th></tr>
{% for r in s.naming[:top_rows] %}<tr><td>{{ r.outlet }}</td><td>{{ r.term }}</td><td>{{ r.category }}</td><td class="n">{{ count(r.narrator, r.narrator_evidence, "naming.csv") }}</td><td class="n">{{ count(r.quoted, r.quoted_evidence, "naming.csv") }}</td><td class="n">{{ r.count }}</td><td class="n">{{ r.rate|fixed(2) }}</td></tr>
{% endfor %}</table>{% if s.naming|length > top_rows %}<p class="note">The {{ top_rows }} most frequent of {{ s.naming|length }} rows; all are in naming.csv.</p>{% endif %}
{% else %}<p class="note">No naming terms found.</p>{% endif %}

<h2>Quotes: whom each outlet lets speak</h2>
{% if charts.quotes is defined %}<figure role="img" aria-label="Stacked bars: share of each outlet's quotes by speaker role">{{ charts.quotes|safe }}</figure>{% endif %}
{% if s.quote_roles %}<table><tr><th>outlet</th><th>speaker role</th><th class="n">quotes</th><th class="n">share</th></tr>
{% for r in s.quote_roles %}<tr><td>{{ r.outlet }}</td><td>{{ r.label }}</td><td class="n">{{ count(r.count, r.evidence, "quotes.csv") }}</td><td class="n">{{ r.share|percent }}</td></tr>
{% endfor %}</table>{% else %}<p class="note">No quotes found.</p>{% endif %}

<h2>Omissions: what only one outlet carries</h2>
{% if charts.coverage is defined %}<figure role="img" aria-label="Bars: share of each outlet's sentences that no other outlet in the same event carries, and that others carry only in part">{{ charts.coverage|safe }}</figure>{% endif %}
{% if s.coverage %}<table><tr><th>outlet</th><th class="n">sentences</th><th class="n">unique</th><th class="n">unique share</th><th class="n">partly shared</th><th class="n">partial share</th></tr>
{% for r in s.coverage %}<tr><td>{{ r.outlet }}</td><td class="n">{{ r.sentences }}</td><td class="n">{{ count(r.unique, r.unique_evidence, "coverage.csv") }}</td><td class="n">{{ r.unique_share|percent }}</td><td class="n">{{ count(r.partial, r.partial_evidence, "coverage.csv") }}</td><td class="n">{{ r.partial_share|percent }}</td></tr>
{% endfor %}</table>{% endif %}

<h2>Frames by outlet</h2>
{% if charts.frames is defined %}<figure role="img" aria-label="Heatmap: share of each outlet's sentences that carry each frame">{{ charts.frames|safe }}</figure>{% endif %}
{% if s.frames %}<table><tr><th>outlet</th><th>frame</th><th class="n">sentences</th><th class="n">share</th></tr>
{% for r in s.frames %}<tr><td>{{ r.outlet }}</td><td>{{ r.label }}</td><td class="n">{{ count(r.count, r.evidence, "frames.csv") }}</td><td class="n">{{ r.share|percent }}</td></tr>
{% endfor %}</table>{% else %}<p class="note">No frame cues in these results.</p>{% endif %}
{% if s.missing_results %}<p class="note">The result files of {{ s.missing_results|length }} event{{ "" if s.missing_results|length == 1 else "s" }} are missing ({{ s.missing_results[:5]|join(", ") }}{% if s.missing_results|length > 5 %}, ...{% endif %}), so {{ "its" if s.missing_results|length == 1 else "their" }} sentences cannot be shown; rerun 'framing batch' to write them.</p>{% endif %}
<p class="note">Made by framing from the CSV tables next to this file; every figure is a sum over rows you can check there. Click a count to see the first {{ per_cell }} sentences behind it; each links to its event's result file in results/.</p>
</body></html>
"""


@lru_cache(maxsize=1)
def _environment() -> Any:
    from jinja2 import Environment, StrictUndefined

    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=False)
    env.filters["percent"] = lambda x: f"{x:.0%}" if x >= 0.01 or x == 0 else f"{x:.1%}"
    env.filters["fixed"] = lambda x, n=2: f"{x:.{n}f}"
    env.filters["thousands"] = lambda x: f"{x:,}"
    return env.from_string(_TEMPLATE)


def render_corpus_html(summary: CorpusSummary, *, charts: bool = True) -> str:
    """The corpus report as one self-contained HTML page (``charts=False``: tables only)."""
    figures = _charts(summary) if charts else {}
    return str(_environment().render(s=summary, charts=figures, top_terms=TOP_TERMS, top_rows=TOP_ROWS,
                                          per_cell=EVIDENCE_PER_CELL))


def write_corpus_report(out: str | Path) -> Path:
    """Render ``out/corpus.html`` from the corpus tables in ``out`` and return its path."""
    folder = Path(out)
    if not folder.is_dir():
        raise RenderError(f"no run folder {folder}: run 'framing batch LIBRARY -o {folder}' first")
    html = render_corpus_html(summarize_corpus(folder))
    target = folder / REPORT_FILE
    tmp = folder / f".{REPORT_FILE}.tmp"
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(target)
    return target
