"""The report's charts: matplotlib figures drawn from plain, frozen chart data.

This module owns every chart framing draws, the palette and the one style they
share, the alt text and the data table that go with each chart, and turning a
figure into SVG and PNG. It never imports the analysis modules: each chart
takes an ``Axes`` and a small frozen record defined here (``NamingData``,
``QuoteData``, ...), which the report builds from the comparison, and returns
the ``Axes``. Every chart has two companions, ``<name>_alt(data) -> str`` (one
or two plain sentences with the key numbers, for screen readers) and
``<name>_table(data) -> (header, rows)`` (the data table printed under it).

Colours come from the Okabe-Ito palette, which stays distinguishable for the
common colour-vision deficiencies. The mapping is stable: an outlet keeps its
colour (by its position in the event) in every chart, and each naming
category, quote role and coverage status has one fixed colour. Voice is shown
by fill: the outlet's own words (narrator) solid, words inside quotes lighter
and hatched, so the difference survives a black-and-white printout.

SVG text stays text (``svg.fonttype: "none"``, in DejaVu Sans, the font
matplotlib ships and the report's stylesheet names): the charts' words can
be selected, searched and read by a screen reader, the SVG is a fraction of
the size, and WeasyPrint draws the PDF twice as fast as with every glyph as
a path. A reader without DejaVu Sans sees the browser's sans-serif instead,
with slightly different label widths. Output is deterministic (fixed
``svg.hashsalt``, no date in the metadata), so a report is byte-identical
across runs.

matplotlib is imported only when this module is, and the Agg backend is
selected here rather than at package import, so ``import framing`` stays fast.
"""

from __future__ import annotations

import functools
import io
from contextlib import AbstractContextManager
import math
import textwrap
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any, Literal, ParamSpec, TypeVar

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.colors import to_rgb  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

# --- palette ------------------------------------------------------------------

#: Okabe & Ito (2008), "Color Universal Design": eight colours that stay apart
#: for deuteranopia, protanopia and tritanopia.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}
GREY = "#999999"
OTHERS_COLOR = "#CCCCCC"  # the merged "Others" bar: lighter than the unknown role
INK = "#222222"  # text colour: near-black reads softer than pure black in print
MUTED = "#595959"  # secondary text; 7:1 contrast on white, still AA at 9 pt

# Outlets take the strongest, most distinct colours first; yellow comes last
# because thin yellow bars and markers are hard to see on white paper.
OUTLET_SEQUENCE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#F0E442",  # yellow
)

#: Naming categories, in the order charts list them: from the most loaded
#: wording to the most neutral, then the rest.
CATEGORY_COLORS: dict[str, str] = {
    "criminalizing": "#D55E00",
    "legal-status": "#E69F00",
    "migration": "#009E73",
    "neutral-person": "#0072B2",
    "process": "#56B4E9",
    "family": "#CC79A7",
    "children": "#F0E442",
    "other": GREY,
}
CATEGORY_LABELS: dict[str, str] = {
    "criminalizing": "Criminalizing",
    "legal-status": "Legal status",
    "migration": "Migration",
    "neutral-person": "Neutral (person)",
    "process": "Process (arrest, detention)",
    "family": "Family",
    "children": "Children",
    "other": "Other",
}
# Categories a lexicon adds beyond the known ones get these, in order of first
# appearance: darker shades that do not repeat the fixed colours above.
EXTRA_COLORS: tuple[str, ...] = ("#6A3D9A", "#8C510A", "#01665E", "#B2182B", "#4D4D4D", "#2166AC")

ROLE_COLORS: dict[str, str] = {
    "official": "#0072B2",
    "advocate": "#009E73",
    "business": "#E69F00",
    "affected": "#CC79A7",
    "expert": "#56B4E9",
    "media": "#D55E00",
    "unknown": GREY,
}
ROLE_LABELS: dict[str, str] = {
    "official": "Officials",
    "advocate": "Advocates",
    "business": "Businesses",
    "affected": "People affected",
    "expert": "Experts",
    "media": "Other media",
    "unknown": "Unknown role",
}
ROLE_NOUNS: dict[str, str] = {
    "official": "official",
    "advocate": "advocate",
    "business": "business",
    "affected": "person affected",
    "expert": "expert",
    "media": "media outlet",
    "unknown": "role unknown",
}

# Shared sentences are the common ground, so they recede (grey); sentences
# only one outlet carries are what a reader should spot, so they are loud.
STATUS_COLORS: dict[str, str] = {"shared": "#BBBBBB", "partial": "#56B4E9", "unique": "#D55E00"}
STATUS_LABELS: dict[str, str] = {
    "shared": "Shared (the others say it too)",
    "partial": "Partly shared",
    "unique": "Only this outlet",
}

VOICES: tuple[str, ...] = ("narrator", "quoted", "people")
VOICE_LABELS: dict[str, str] = {
    "narrator": "In the outlet's own words",
    "quoted": "Inside quotes",
    "people": "Sentences about the people involved",
}
VOICE_HATCH: dict[str, str | None] = {"narrator": None, "quoted": "////", "people": "...."}
VOICE_LIGHTEN: dict[str, float] = {"narrator": 0.0, "quoted": 0.55, "people": 0.8}

P = ParamSpec("P")
R = TypeVar("R")

Voice = Literal["narrator", "quoted"]
ToneVoice = Literal["narrator", "quoted", "people"]
Status = Literal["shared", "partial", "unique"]
Table = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]

# --- style ----------------------------------------------------------------------

#: The one style every figure is drawn in (applied with ``matplotlib.rc_context``).
#: 9 pt is the smallest text at the report's 6.5 in width, which prints 1:1 on A4.
STYLE: dict[str, Any] = {
    "font.family": "DejaVu Sans",  # ships with matplotlib, so every machine has it
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "axes.labelcolor": INK,
    "axes.edgecolor": MUTED,
    "axes.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "xtick.color": INK,
    "ytick.color": INK,
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "legend.handlelength": 1.4,
    "legend.columnspacing": 1.2,
    "text.color": INK,
    "hatch.linewidth": 0.6,
    "figure.dpi": 100,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "savefig.dpi": 150,
    "svg.fonttype": "none",
    "svg.hashsalt": "framing",
    "path.simplify": True,
}

FIG_WIDTH = 6.5  # inches: the text width of an A4 page with 2.5 cm margins
PNG_DPI = 150
LABEL_WIDTH = 24  # characters before a long outlet or speaker name wraps


# --- input records --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outlet:
    """One article of the event as charts see it: id, display name, size."""

    id: str
    name: str
    words: int = 0
    sentences: int = 0


@dataclass(frozen=True, slots=True)
class NamingCount:
    """How often one outlet names the people with one category, in one voice."""

    outlet: str
    category: str
    voice: Voice
    count: int


@dataclass(frozen=True, slots=True)
class NamingData:
    """Input of :func:`naming_chart`; ``categories`` fixes the row order if given."""

    outlets: tuple[Outlet, ...]
    counts: tuple[NamingCount, ...]
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class QuotePoint:
    """One quote: who, in what role, how long, and how far into the article (0..1)."""

    outlet: str
    speaker: str | None
    role: str
    words: int
    position: float


@dataclass(frozen=True, slots=True)
class QuoteData:
    """Input of the three quote charts."""

    outlets: tuple[Outlet, ...]
    quotes: tuple[QuotePoint, ...]


@dataclass(frozen=True, slots=True)
class FrameCount:
    """How many of one outlet's sentences carry one frame."""

    outlet: str
    frame: str
    sentences: int
    # The lexicon's residual frame ("other": sentences with no cue at all) is
    # drawn last and never named as the frame an outlet "leans most on".
    residual: bool = False


@dataclass(frozen=True, slots=True)
class FrameData:
    """Input of :func:`frames_chart`; shares divide by ``Outlet.sentences``."""

    outlets: tuple[Outlet, ...]
    counts: tuple[FrameCount, ...]


@dataclass(frozen=True, slots=True)
class DistinctiveTerm:
    """A term one outlet uses more than the others: log-odds z-score and count."""

    outlet: str
    term: str
    z: float
    count: int


@dataclass(frozen=True, slots=True)
class TermsData:
    """Input of :func:`distinctive_terms_chart`."""

    outlets: tuple[Outlet, ...]
    terms: tuple[DistinctiveTerm, ...]


@dataclass(frozen=True, slots=True)
class SentenceStatus:
    """Whether one sentence of one outlet is shared, partly shared or unique."""

    outlet: str
    sentence: int
    status: Status


@dataclass(frozen=True, slots=True)
class CoverageData:
    """Input of the coverage charts: one status per content sentence."""

    outlets: tuple[Outlet, ...]
    sentences: tuple[SentenceStatus, ...]


@dataclass(frozen=True, slots=True)
class NumberValue:
    """A figure one outlet gives for one quantity ("about 300" people arrested)."""

    outlet: str
    quantity: str
    label: str
    value: float | None = None


@dataclass(frozen=True, slots=True)
class NumbersData:
    """Input of :func:`numbers_chart`; ``quantities`` fixes the row order if given."""

    outlets: tuple[Outlet, ...]
    values: tuple[NumberValue, ...]
    quantities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ToneScore:
    """Mean VADER compound (-1..1) of one outlet's sentences in one voice."""

    outlet: str
    voice: ToneVoice
    mean: float
    sentences: int


@dataclass(frozen=True, slots=True)
class ToneData:
    """Input of :func:`tone_chart`."""

    outlets: tuple[Outlet, ...]
    scores: tuple[ToneScore, ...]


@dataclass(frozen=True, slots=True)
class RenderedChart:
    """A chart as files: SVG text (a full document) and PNG bytes at 150 dpi."""

    svg: str
    png: bytes

    @property
    def svg_element(self) -> str:
        """The SVG without its XML prolog and doctype, for inlining into HTML."""
        return self.svg[self.svg.index("<svg"):]


# --- colours --------------------------------------------------------------------


def outlet_colors(outlet_ids: Sequence[str]) -> dict[str, str]:
    """Each outlet's colour, by its position in the event (cycles after eight)."""
    return {oid: OUTLET_SEQUENCE[i % len(OUTLET_SEQUENCE)] for i, oid in enumerate(outlet_ids)}


def category_colors(categories: Iterable[str]) -> dict[str, str]:
    """Each naming category's colour: fixed for known ones, stable extras for new ones."""
    colours: dict[str, str] = {}
    extra = 0
    for category in categories:
        key = _key(category)
        if category in colours:
            continue
        if key in CATEGORY_COLORS:
            colours[category] = CATEGORY_COLORS[key]
        else:
            colours[category] = EXTRA_COLORS[extra % len(EXTRA_COLORS)]
            extra += 1
    return colours


def role_color(role: str) -> str:
    """The fixed colour of a quote role (grey for a role charts do not know)."""
    return ROLE_COLORS.get(_key(role), GREY)


def status_color(status: str) -> str:
    """The fixed colour of a coverage status."""
    return STATUS_COLORS[_check_status(status)]


def voice_style(color: str, voice: str) -> dict[str, Any]:
    """Bar keyword arguments for a voice: narrator solid, quoted lighter and hatched."""
    return {
        "facecolor": _lighten(color, VOICE_LIGHTEN.get(voice, 0.0)),
        "edgecolor": color,
        "hatch": VOICE_HATCH.get(voice),
        "linewidth": 0.6,
    }


def category_label(category: str) -> str:
    """A naming category in plain words ("legal-status" -> "Legal status")."""
    return CATEGORY_LABELS.get(_key(category), _humanize(category))


def role_label(role: str) -> str:
    """A quote role in plain words, plural, for legends ("affected" -> "People affected")."""
    return ROLE_LABELS.get(_key(role), _humanize(role))


def role_noun(role: str) -> str:
    """A quote role for one speaker ("affected" -> "person affected")."""
    return ROLE_NOUNS.get(_key(role), _humanize(role).lower())


def style() -> AbstractContextManager[None]:
    """The one style context every chart is drawn and saved in."""
    # rc_context's stubs want a literal key type; STYLE is a plain dict of valid keys.
    return matplotlib.rc_context(STYLE)  # type: ignore[arg-type]


def _styled(draw: Callable[P, R]) -> Callable[P, R]:
    """Draw in :func:`style` whoever calls: a chart looks the same outside ``chart_figure``."""

    @functools.wraps(draw)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with style():
            return draw(*args, **kwargs)

    return wrapper


# --- figures and rendering ---------------------------------------------------------

# Height in inches: a fixed part (axis, labels, legend) plus so much per row.
_SIZING: dict[str, tuple[float, float]] = {
    "naming": (1.3, 0.24),
    "quote_roles": (1.3, 0.42),
    "quote_speakers": (1.2, 0.24),
    "quote_timeline": (1.5, 0.5),
    "frames": (1.3, 0.2),
    "distinctive_terms": (1.1, 0.22),
    "coverage": (1.3, 0.42),
    "coverage_strip": (1.4, 0.42),
    "numbers": (1.3, 0.2),
    "tone": (1.5, 0.2),
}


def figure_for(kind: str, n_outlets: int, *, rows: int | None = None) -> tuple[Figure, Axes]:
    """A 6.5 in wide figure with one Axes, as tall as ``kind`` needs for its rows."""
    if kind not in _SIZING:
        raise ValueError(f"unknown chart kind {kind!r}: use one of {', '.join(sorted(_SIZING))}")
    if n_outlets < 1:
        raise ValueError(f"n_outlets must be at least 1, got {n_outlets}")
    base, per_row = _SIZING[kind]
    count = rows if rows is not None else _default_rows(kind, n_outlets)
    height = min(9.0, max(2.0, base + per_row * max(count, 1)))
    with style():
        fig = plt.figure(figsize=(FIG_WIDTH, round(height, 2)), layout="constrained")
        ax = fig.add_subplot()
    return fig, ax


def render(fig: Figure, *, alt: str | None = None, png: bool = True) -> RenderedChart:
    """The figure as SVG text and 150 dpi PNG bytes; always closes the figure.

    ``alt`` (the chart's alt text) becomes the SVG's ``<title>`` and
    ``aria-label`` so an inlined SVG speaks for itself to a screen reader.
    ``png=False`` skips the PNG (``png`` is then ``b""``): the HTML and the PDF
    need only the SVG, and the PNG is almost half the rendering time.
    """
    try:
        with style():
            svg_buffer = io.StringIO()
            fig.savefig(svg_buffer, format="svg", metadata={"Date": None})
            # The layout is in figure fractions, so it holds at any dpi: freeze
            # it rather than solve the constrained layout a second time.
            fig.set_layout_engine("none")
            png_buffer = io.BytesIO()
            if not png:
                return RenderedChart(svg=_label_svg(svg_buffer.getvalue(), alt) if alt else svg_buffer.getvalue(), png=b"")
            # No Software key: the PNG then does not change with matplotlib's version.
            # zlib level 3 instead of 6: ~15% larger files, a third less time encoding.
            fig.savefig(
                png_buffer, format="png", dpi=PNG_DPI, metadata={"Software": None}, pil_kwargs={"compress_level": 3}
            )
    finally:
        plt.close(fig)
    svg = svg_buffer.getvalue()
    if alt:
        svg = _label_svg(svg, alt)
    return RenderedChart(svg=svg, png=png_buffer.getvalue())


def chart_figure(kind: str, data: Any, **options: Any) -> Figure:
    """A figure of chart ``kind`` drawn from ``data``, sized for its content."""
    spec = _spec(kind)
    fig, ax = figure_for(kind, len(data.outlets), rows=spec.rows(data, options))
    with style():
        spec.draw(ax, data, **options)
    return fig


def render_chart(kind: str, data: Any, *, png: bool = True, **options: Any) -> RenderedChart:
    """Draw chart ``kind`` from ``data`` and render it, alt text included."""
    spec = _spec(kind)
    return render(chart_figure(kind, data, **options), alt=spec.alt(data, **options), png=png)


#: The charts :func:`render_many` is drawing, read by its forked workers (set only while it runs).
_PENDING: Sequence[tuple[str, Any, Mapping[str, Any]]] = ()


def _render_pending(i: int) -> RenderedChart:
    kind, data, options = _PENDING[i]
    return render_chart(kind, data, **options)


def _chart_workers(n_jobs: int) -> int:
    """How many processes :func:`render_many` may use: one where forking is unsafe or pointless."""
    import multiprocessing
    import os

    if n_jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if multiprocessing.current_process().daemon:  # a batch worker may not have children
        return 1
    return max(1, min(n_jobs, os.cpu_count() or 1, 4))


def render_many(jobs: Sequence[tuple[str, Any, Mapping[str, Any]]], *, workers: int | None = None) -> list[RenderedChart]:
    """Render each ``(kind, data, options)`` chart, in order, on up to ``workers`` cores.

    A report draws ten charts, and each is drawn twice (SVG and PNG): the
    drawing is half the time of ``framing report``. Forked workers draw them
    side by side; each chart is drawn exactly as :func:`render_chart` draws
    it alone (the SVG ids are salted, the PNG has no date), so the files are
    byte-identical to a one-process run. ``workers`` defaults to the cores
    (at most four); where fork is unavailable, or in a daemonic process such
    as a batch worker, the charts are drawn one after the other here.
    """
    global _PENDING
    n = _chart_workers(len(jobs)) if workers is None else max(1, min(workers, len(jobs)))
    if n == 1:
        return [render_chart(kind, data, **options) for kind, data, options in jobs]
    import multiprocessing

    _PENDING = jobs
    try:
        with multiprocessing.get_context("fork").Pool(processes=n) as pool:
            return pool.map(_render_pending, range(len(jobs)), chunksize=1)
    finally:
        _PENDING = ()


# --- 1. naming ----------------------------------------------------------------------


@_styled
def naming_chart(ax: Axes, data: NamingData, *, per_thousand: bool = False) -> Axes:
    """Mentions per naming category, narrator solid and quoted hatched, outlets side by side."""
    _check_outlets(data.outlets, (c.outlet for c in data.counts), "NamingData.counts")
    categories = _naming_categories(data)
    if not categories:
        return _empty(ax, "No names for the people involved were found.")
    values = _naming_values(data, per_thousand)
    colours = outlet_colors([o.id for o in data.outlets])
    n = len(data.outlets)
    height = 0.8 / n
    top = max((values[o.id, c, "narrator"] + values[o.id, c, "quoted"] for o in data.outlets for c in categories), default=0.0)
    for row, category in enumerate(categories):
        for i, outlet in enumerate(data.outlets):
            y = row + (i - (n - 1) / 2) * height
            narrator = values[outlet.id, category, "narrator"]
            quoted = values[outlet.id, category, "quoted"]
            colour = colours[outlet.id]
            # Zero-width bars are not drawn: their edge would show as a stray sliver.
            if narrator:
                ax.barh(y, narrator, height=height * 0.92, **voice_style(colour, "narrator"))
            if quoted:
                ax.barh(y, quoted, left=narrator, height=height * 0.92, **voice_style(colour, "quoted"))
            if not narrator and not quoted:
                continue  # an empty slot says "none" well enough; the table has the zero
            if not quoted:
                label = _fmt(narrator, per_thousand)
            elif not narrator:
                label = f"{_fmt(quoted, per_thousand)} in quotes"
            else:
                label = f"{_fmt(narrator, per_thousand)} + {_fmt(quoted, per_thousand)} in quotes"
            ax.text(narrator + quoted + top * 0.01, y, label, va="center", ha="left", fontsize=9, color=INK)
    ax.set_yticks(range(len(categories)), [_wrap(category_label(c)) for c in categories])
    ax.invert_yaxis()
    ax.set_xlim(0, max(top, 1e-9) * 1.35)
    unit = "per 1,000 words" if per_thousand else "times"
    if not per_thousand:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(f"How often each outlet names the people this way ({unit})")
    ax.tick_params(axis="y", length=0)
    handles = _outlet_handles(data.outlets) + [
        Patch(**voice_style(MUTED, "narrator"), label=VOICE_LABELS["narrator"]),
        Patch(**voice_style(MUTED, "quoted"), label=VOICE_LABELS["quoted"]),
    ]
    _legend_above(ax, handles)
    return ax


def naming_alt(data: NamingData, *, per_thousand: bool = False) -> str:
    """Alt text for :func:`naming_chart`: each outlet's most used category, with numbers."""
    categories = _naming_categories(data)
    if not categories:
        return "Naming chart: no names for the people involved were found in any article."
    values = _naming_values(data, per_thousand)
    parts = []
    for outlet in data.outlets:
        ranked = sorted(
            categories,
            key=lambda c: -(values[outlet.id, c, "narrator"] + values[outlet.id, c, "quoted"]),
        )
        best = ranked[0]
        narrator = values[outlet.id, best, "narrator"]
        quoted = values[outlet.id, best, "quoted"]
        if narrator + quoted == 0:
            parts.append(f"{outlet.name} names them with none of these categories")
            continue
        own = f"{_fmt(narrator, True)} per 1,000 words" if per_thousand else _times(narrator)
        parts.append(
            f"{outlet.name} most often uses {category_label(best).lower()} names: "
            f"{own} in its own words and {_fmt(quoted, per_thousand)} inside quotes"
        )
    return "Bar chart of how each outlet names the people involved, by category. " + "; ".join(parts) + "."


def naming_table(data: NamingData, *, per_thousand: bool = False) -> Table:
    """Data table for :func:`naming_chart`: one row per category and outlet."""
    values = _naming_values(data, per_thousand)
    unit = " (per 1,000 words)" if per_thousand else ""
    header = ("Category", "Outlet", f"Own words{unit}", f"Inside quotes{unit}", f"Total{unit}")
    rows = []
    for category in _naming_categories(data):
        for outlet in data.outlets:
            narrator = values[outlet.id, category, "narrator"]
            quoted = values[outlet.id, category, "quoted"]
            rows.append(
                (
                    category_label(category),
                    outlet.name,
                    _fmt(narrator, per_thousand),
                    _fmt(quoted, per_thousand),
                    _fmt(narrator + quoted, per_thousand),
                )
            )
    return header, tuple(rows)


def _naming_categories(data: NamingData) -> list[str]:
    present = {c.category for c in data.counts if c.count > 0}
    if data.categories:
        ordered = [c for c in data.categories if c in present]
        return ordered + sorted(present - set(ordered))
    known = [c for c in CATEGORY_COLORS if c in present]
    return known + sorted(present - set(known))


def _naming_values(data: NamingData, per_thousand: bool) -> defaultdict[tuple[str, str, str], float]:
    words = {o.id: o.words for o in data.outlets}
    values: defaultdict[tuple[str, str, str], float] = defaultdict(float)
    for count in data.counts:
        if count.voice not in ("narrator", "quoted"):
            raise ValueError(f"NamingCount.voice must be 'narrator' or 'quoted', got {count.voice!r}")
        value = float(count.count)
        if per_thousand:
            value = 1000.0 * count.count / words[count.outlet] if words[count.outlet] else 0.0
        values[count.outlet, count.category, count.voice] += value
    return values


# --- 2. quotes: by role and by speaker ------------------------------------------------


@_styled
def quote_roles_chart(ax: Axes, data: QuoteData, *, share: bool = False) -> Axes:
    """Words quoted per outlet, stacked by speaker role (``share``: as % of quoted words)."""
    _check_outlets(data.outlets, (q.outlet for q in data.quotes), "QuoteData.quotes")
    if not data.quotes:
        return _empty(ax, "No quotes were found in any article.")
    words = _role_words(data)
    roles = _roles_present(data)
    totals = {o.id: sum(words[o.id].values()) for o in data.outlets}
    top = max(100.0 if share else max(totals.values()), 1.0)
    for row, outlet in enumerate(data.outlets):
        left = 0.0
        total = totals[outlet.id]
        for role in roles:
            value = words[outlet.id].get(role, 0)
            if not value:
                continue
            width = 100.0 * value / total if share else float(value)
            colour = role_color(role)
            ax.barh(row, width, left=left, height=0.62, color=colour, edgecolor="white", linewidth=0.8)
            text = f"{width:.0f}%" if share else str(value)
            # Label inside the segment only where it fits; the table has them all.
            if width >= top * 0.07:
                ax.text(left + width / 2, row, text, ha="center", va="center", fontsize=9, color=_text_on(colour))
            left += width
        end = f"{total} words" if not share else f"of {total} words"
        ax.text(left + top * 0.01, row, end, ha="left", va="center", fontsize=9, color=INK)
    ax.set_yticks(range(len(data.outlets)), [_wrap(o.name) for o in data.outlets])
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.2)
    ax.set_xlabel("Share of all quoted words (%)" if share else "Words inside quotes, by who said them")
    ax.tick_params(axis="y", length=0)
    _legend_above(ax, [Patch(color=role_color(r), label=role_label(r)) for r in roles])
    return ax


def quote_roles_alt(data: QuoteData, *, share: bool = False) -> str:
    """Alt text for :func:`quote_roles_chart`: quoted words per outlet and the leading role."""
    if not data.quotes:
        return "Quote chart: no quotes were found in any article."
    words = _role_words(data)
    parts = []
    for outlet in data.outlets:
        total = sum(words[outlet.id].values())
        if not total:
            parts.append(f"{outlet.name} quotes no one")
            continue
        role, value = max(sorted(words[outlet.id].items()), key=lambda kv: kv[1])
        parts.append(
            f"{outlet.name} quotes {total} words, {_pct(value, total)} of them from {role_label(role).lower()} ({value} words)"
        )
    return "Stacked bar chart of words quoted, by the speaker's role. " + "; ".join(parts) + "."


def quote_roles_table(data: QuoteData, *, share: bool = False) -> Table:
    """Data table for :func:`quote_roles_chart`: outlets by roles, words and share."""
    words = _role_words(data)
    roles = _roles_present(data)
    header = ("Outlet", *(role_label(r) for r in roles), "All quoted words")
    rows = []
    for outlet in data.outlets:
        total = sum(words[outlet.id].values())
        cells = [f"{words[outlet.id].get(r, 0)} ({_pct(words[outlet.id].get(r, 0), total)})" for r in roles]
        rows.append((outlet.name, *cells, str(total)))
    return header, tuple(rows)


@_styled
def quote_speakers_chart(ax: Axes, data: QuoteData, *, top_n: int = 5) -> Axes:
    """Words quoted per speaker, the ``top_n`` speakers of each outlet, coloured by role."""
    _check_outlets(data.outlets, (q.outlet for q in data.quotes), "QuoteData.quotes")
    if not data.quotes:
        return _empty(ax, "No quotes were found in any article.")
    blocks = _speaker_rows(data, top_n)
    labels: list[str] = []
    top = max(max((w for rows in blocks.values() for _, _, w, _ in rows), default=1), 1)
    y = 0
    for outlet in data.outlets:
        _block_header(ax, y, outlet.name)
        labels.append("")
        y += 1
        rows = blocks[outlet.id]
        if not rows:
            ax.text(0, y, " no quotes", va="center", ha="left", fontsize=9, color=MUTED, style="italic")
            labels.append("")
            y += 1
        for speaker, role, words, _count in rows:
            colour = OTHERS_COLOR if speaker.startswith("Others (") else role_color(role)
            ax.barh(y, words, height=0.7, color=colour, linewidth=0)
            ax.text(words + top * 0.01, y, f"{words} words", va="center", ha="left", fontsize=9, color=INK)
            labels.append(_wrap(speaker))
            y += 1
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.6)
    ax.set_xlim(0, top * 1.25)
    ax.set_xlabel("Words inside quotes, per speaker")
    ax.tick_params(axis="y", length=0)
    _legend_above(ax, [Patch(color=role_color(r), label=role_label(r)) for r in _roles_present(data)])
    return ax


def quote_speakers_alt(data: QuoteData, *, top_n: int = 5) -> str:
    """Alt text for :func:`quote_speakers_chart`: each outlet's most quoted speaker."""
    if not data.quotes:
        return "Speaker chart: no quotes were found in any article."
    blocks = _speaker_rows(data, top_n)
    parts = []
    for outlet in data.outlets:
        rows = blocks[outlet.id]
        named = [r for r in rows if not r[0].startswith(("Others", "No speaker named"))]
        if not rows:
            parts.append(f"{outlet.name} quotes no one")
        elif not named:
            parts.append(f"{outlet.name} names no speaker for its quotes ({rows[0][2]} words)")
        else:
            speaker, role, words, _ = named[0]
            parts.append(f"{outlet.name} quotes {speaker} ({role_noun(role)}) most: {words} words")
    return "Bar chart of words quoted per speaker. " + "; ".join(parts) + "."


def quote_speakers_table(data: QuoteData, *, top_n: int = 5) -> Table:
    """Data table for :func:`quote_speakers_chart`: every speaker, not only the top ones."""
    header = ("Outlet", "Speaker", "Role", "Quotes", "Words quoted")
    rows = []
    for outlet in data.outlets:
        for speaker, role, words, count in _speaker_rows(data, None)[outlet.id]:
            rows.append((outlet.name, speaker, _capital(role_noun(role)), str(count), str(words)))
    return header, tuple(rows)


def _role_words(data: QuoteData) -> dict[str, dict[str, int]]:
    words: dict[str, dict[str, int]] = {o.id: {} for o in data.outlets}
    for quote in data.quotes:
        role = _key(quote.role) or "unknown"
        words[quote.outlet][role] = words[quote.outlet].get(role, 0) + max(quote.words, 0)
    return words


def _roles_present(data: QuoteData) -> list[str]:
    present = {_key(q.role) or "unknown" for q in data.quotes}
    known = [r for r in ROLE_COLORS if r in present]
    return known + sorted(present - set(known))


def _speaker_rows(data: QuoteData, top_n: int | None) -> dict[str, list[tuple[str, str, int, int]]]:
    """Per outlet: (speaker, role, words, quotes), most words first, the rest merged."""
    words: dict[tuple[str, str, str], int] = defaultdict(int)
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for quote in data.quotes:
        speaker = quote.speaker.strip() if quote.speaker and quote.speaker.strip() else "No speaker named"
        key = (quote.outlet, speaker, _key(quote.role) or "unknown")
        words[key] += max(quote.words, 0)
        counts[key] += 1
    blocks: dict[str, list[tuple[str, str, int, int]]] = {o.id: [] for o in data.outlets}
    for (outlet, speaker, role), value in words.items():
        blocks[outlet].append((speaker, role, value, counts[outlet, speaker, role]))
    for outlet, rows in blocks.items():
        rows.sort(key=lambda r: (-r[2], r[0].casefold(), r[1]))
        # One speaker left over is shown by name: "Others (1 speakers)" hides a name to save no room.
        if top_n is not None and len(rows) > top_n + 1:
            rest = rows[top_n:]
            merged = (
                f"Others ({len(rest)} speakers)",
                "unknown",
                sum(r[2] for r in rest),
                sum(r[3] for r in rest),
            )
            blocks[outlet] = rows[:top_n] + [merged]
    return blocks


# --- 3. quote timeline ------------------------------------------------------------------


@_styled
def quote_timeline_chart(ax: Axes, data: QuoteData, *, label_first: bool = True) -> Axes:
    """Each quote as a dot along its article (0 = start, 1 = end); colour = role, size = words."""
    _check_outlets(data.outlets, (q.outlet for q in data.quotes), "QuoteData.quotes")
    for row, outlet in enumerate(data.outlets):
        quotes = sorted((q for q in data.quotes if q.outlet == outlet.id), key=lambda q: q.position)
        ax.axhline(row, color="#DDDDDD", linewidth=0.8, zorder=0)
        if not quotes:
            ax.text(0.5, row, "no quotes", ha="center", va="bottom", fontsize=9, color=MUTED, style="italic")
            continue
        ax.scatter(
            [_clip01(q.position) for q in quotes],
            [row] * len(quotes),
            s=[_marker_area(q.words) for q in quotes],
            c=[role_color(q.role) for q in quotes],
            edgecolors="white",
            linewidths=0.7,
            alpha=0.9,
            zorder=2,
        )
        if label_first:
            first = quotes[0]
            name = first.speaker or "no speaker named"
            ax.annotate(
                _safe(f"first: {_shorten(name, 28)}"),
                (_clip01(first.position), row),
                xytext=(0, 9),
                textcoords="offset points",
                ha="left" if first.position < 0.7 else "right",
                va="bottom",
                fontsize=9,
                color=INK,
            )
    ax.set_yticks(range(len(data.outlets)), [_wrap(o.name) for o in data.outlets])
    ax.set_ylim(len(data.outlets) - 0.4, -0.7)
    ax.set_xlim(-0.03, 1.03)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1], ["start", "a quarter in", "halfway", "three quarters", "end"])
    ax.set_xlabel("Where the quote appears in the article (bigger dot = more words)")
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    roles = _roles_present(data)
    handles: list[Any] = [
        Line2D([], [], marker="o", linestyle="", markersize=7, markerfacecolor=role_color(r), markeredgecolor="white", label=role_label(r))
        for r in roles
    ]
    _legend_above(ax, handles)
    return ax


def quote_timeline_alt(data: QuoteData, *, label_first: bool = True) -> str:
    """Alt text for :func:`quote_timeline_chart`: who speaks first in each outlet, and where."""
    if not data.quotes:
        return "Quote timeline: no quotes were found in any article."
    parts = []
    for outlet in data.outlets:
        quotes = sorted((q for q in data.quotes if q.outlet == outlet.id), key=lambda q: q.position)
        if not quotes:
            parts.append(f"{outlet.name} has no quotes")
            continue
        first = quotes[0]
        who = first.speaker or "an unnamed speaker"
        parts.append(
            f"{outlet.name} has {len(quotes)} quotes and first quotes {who} "
            f"({role_noun(first.role)}) {_pct(_clip01(first.position), 1)} of the way in"
        )
    return "Timeline of quotes through each article. " + "; ".join(parts) + "."


def quote_timeline_table(data: QuoteData, *, label_first: bool = True) -> Table:
    """Data table for :func:`quote_timeline_chart`: every quote in article order."""
    header = ("Outlet", "Order", "Position in article", "Speaker", "Role", "Words")
    rows = []
    for outlet in data.outlets:
        quotes = sorted((q for q in data.quotes if q.outlet == outlet.id), key=lambda q: q.position)
        for n, quote in enumerate(quotes, 1):
            rows.append(
                (
                    outlet.name,
                    str(n),
                    _pct(_clip01(quote.position), 1),
                    quote.speaker or "No speaker named",
                    _capital(role_noun(quote.role)),
                    str(quote.words),
                )
            )
    return header, tuple(rows)


def _marker_area(words: int) -> float:
    # Area, not radius, grows with the word count, capped so a long quote
    # does not hide its neighbours.
    return float(min(30 + 5 * max(words, 0), 450))


# --- 4. frames ------------------------------------------------------------------------------


@_styled
def frames_chart(ax: Axes, data: FrameData, *, max_frames: int = 10) -> Axes:
    """Share of each outlet's sentences per frame, frames sorted by total, outlets side by side."""
    _check_outlets(data.outlets, (c.outlet for c in data.counts), "FrameData.counts")
    residual = _residual_frames(data)
    ordered = _frames_order(data)
    # The residual row stays in view however many frames are cut: it says how much of each article has no cue.
    frames = [f for f in ordered if f not in residual][:max_frames] + [f for f in ordered if f in residual]
    if not frames:
        return _empty(ax, "No frames were found in any article.")
    shares = _frame_shares(data)
    colours = outlet_colors([o.id for o in data.outlets])
    n = len(data.outlets)
    height = 0.8 / n
    top = max((shares[o.id, f] for o in data.outlets for f in frames), default=0.0)
    for row, frame in enumerate(frames):
        for i, outlet in enumerate(data.outlets):
            y = row + (i - (n - 1) / 2) * height
            value = shares[outlet.id, frame]
            ax.barh(y, value, height=height * 0.92, color=colours[outlet.id], linewidth=0)
            ax.text(value + max(top, 1) * 0.01, y, f"{value:.0f}%", va="center", ha="left", fontsize=9, color=INK)
    ax.set_yticks(
        range(len(frames)),
        [_wrap(_humanize(f) + (" (no frame cue)" if f in residual else "")) for f in frames],
    )
    ax.invert_yaxis()
    ax.set_xlim(0, max(top, 1.0) * 1.18)
    ax.set_xlabel("Share of the article's sentences that use this frame (%)")
    ax.tick_params(axis="y", length=0)
    _legend_above(ax, _outlet_handles(data.outlets))
    return ax


def frames_alt(data: FrameData, *, max_frames: int = 10) -> str:
    """Alt text for :func:`frames_chart`: each outlet's leading frame and its share."""
    frames = _frames_order(data)
    if not frames:
        return "Frame chart: no frames were found in any article."
    shares = _frame_shares(data)
    residual = _residual_frames(data)
    cued = [f for f in frames if f not in residual]
    parts = []
    for outlet in data.outlets:
        best = max(cued, key=lambda f: (shares[outlet.id, f], -cued.index(f))) if cued else None
        if best is None or shares[outlet.id, best] == 0:
            parts.append(f"{outlet.name} uses none of these frames")
        else:
            parts.append(f"{outlet.name} leans most on {_humanize(best).lower()} ({shares[outlet.id, best]:.0f}% of its sentences)")
    return "Bar chart of the share of sentences per frame. " + "; ".join(parts) + "."


def frames_table(data: FrameData, *, max_frames: int = 10) -> Table:
    """Data table for :func:`frames_chart`: frames by outlets, sentences and share."""
    shares = _frame_shares(data)
    counts = {(c.outlet, c.frame): c.sentences for c in data.counts}
    header = ("Frame", *(o.name for o in data.outlets))
    rows = tuple(
        (_humanize(f), *(f"{counts.get((o.id, f), 0)} ({shares[o.id, f]:.0f}%)" for o in data.outlets))
        for f in _frames_order(data)
    )
    return header, rows


def _frame_shares(data: FrameData) -> defaultdict[tuple[str, str], float]:
    totals = {o.id: o.sentences for o in data.outlets}
    shares: defaultdict[tuple[str, str], float] = defaultdict(float)
    for count in data.counts:
        total = totals[count.outlet]
        shares[count.outlet, count.frame] += 100.0 * count.sentences / total if total else 0.0
    return shares


def _residual_frames(data: FrameData) -> set[str]:
    return {c.frame for c in data.counts if c.residual}


def _frames_order(data: FrameData) -> list[str]:
    """Frames by their total share, the residual frame ("no frame cue") last."""
    shares = _frame_shares(data)
    residual = _residual_frames(data)
    frames = {c.frame for c in data.counts if c.sentences > 0}
    total = {f: sum(shares[o.id, f] for o in data.outlets) for f in frames}
    return sorted(frames, key=lambda f: (f in residual, -total[f], f))


# --- 5. distinctive terms -------------------------------------------------------------------


_Z_CAP = 1e6


@_styled
def distinctive_terms_chart(ax: Axes, data: TermsData, *, top_n: int = 8, threshold: float = 1.96) -> Axes:
    """Each outlet's most distinctive terms (log-odds z-scores), one block per outlet."""
    _check_outlets(data.outlets, (t.outlet for t in data.terms), "TermsData.terms")
    blocks = _term_rows(data, top_n)
    if not any(blocks.values()):
        return _empty(ax, "No term is distinctive for any outlet.")
    colours = outlet_colors([o.id for o in data.outlets])
    # Real z-scores stay far below the cap; it only keeps the axis finite (top * 1.3
    # of a z near the largest float is infinite, which matplotlib refuses).
    top = min(max(max((t.z for rows in blocks.values() for t in rows), default=1.0), threshold), _Z_CAP)
    labels: list[str] = []
    y = 0
    for outlet in data.outlets:
        _block_header(ax, y, outlet.name)
        labels.append("")
        y += 1
        if not blocks[outlet.id]:
            ax.text(0, y, " no distinctive terms", va="center", fontsize=9, color=MUTED, style="italic")
            labels.append("")
            y += 1
        for term in blocks[outlet.id]:
            z = min(term.z, top)
            ax.barh(y, z, height=0.7, color=colours[outlet.id], linewidth=0)
            # A white backing keeps the label readable where the dashed line crosses it.
            ax.text(z + top * 0.01, y, f"{term.z:.1f} ({term.count}×)", va="center", ha="left", fontsize=9,
                    color=INK, bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6})
            labels.append(_safe(_shorten(term.term, 30)))
            y += 1
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.6)
    ax.set_xlim(0, top * 1.3)
    ax.axvline(threshold, color=MUTED, linewidth=0.8, linestyle=(0, (3, 3)), zorder=0)
    ax.set_xlabel(
        "How much more this outlet uses the word than the others (z-score)\n"
        f"dashed line: z = {threshold:g}, above it the difference is clearly more than chance"
    )
    ax.tick_params(axis="y", length=0)
    return ax


def distinctive_terms_alt(data: TermsData, *, top_n: int = 8, threshold: float = 1.96) -> str:
    """Alt text for :func:`distinctive_terms_chart`: each outlet's top terms with z-scores."""
    blocks = _term_rows(data, top_n)
    if not any(blocks.values()):
        return "Distinctive terms chart: no term is distinctive for any outlet."
    parts = []
    for outlet in data.outlets:
        rows = blocks[outlet.id][:3]
        if not rows:
            parts.append(f"{outlet.name} has no distinctive terms")
        else:
            terms = ", ".join(f'"{t.term}" (z {t.z:.1f}, {t.count} times)' for t in rows)
            parts.append(f"{outlet.name}'s most distinctive words are {terms}")
    return "Bar chart of the words each outlet uses more than the others. " + "; ".join(parts) + "."


def distinctive_terms_table(data: TermsData, *, top_n: int = 8, threshold: float = 1.96) -> Table:
    """Data table for :func:`distinctive_terms_chart`: the charted terms of each outlet."""
    header = ("Outlet", "Term", "z-score", "Times used")
    blocks = _term_rows(data, top_n)
    rows = tuple(
        (o.name, t.term, f"{t.z:.2f}", str(t.count)) for o in data.outlets for t in blocks[o.id]
    )
    return header, rows


def _term_rows(data: TermsData, top_n: int) -> dict[str, list[DistinctiveTerm]]:
    blocks: dict[str, list[DistinctiveTerm]] = {o.id: [] for o in data.outlets}
    for term in data.terms:
        # Only terms this outlet over-uses; a negative z is another outlet's term.
        if term.z > 0 and math.isfinite(term.z):
            blocks[term.outlet].append(term)
    for outlet, rows in blocks.items():
        rows.sort(key=lambda t: (-t.z, t.term))
        blocks[outlet] = rows[:top_n]
    return blocks


# --- 6. coverage -----------------------------------------------------------------------------

STATUSES: tuple[str, ...] = ("shared", "partial", "unique")


@_styled
def coverage_chart(ax: Axes, data: CoverageData) -> Axes:
    """Sentences per article that are shared, partly shared or unique (stacked bars)."""
    counts = _status_counts(data)
    if not data.sentences:
        return _empty(ax, "No sentences to compare.")
    top = max((sum(c.values()) for c in counts.values()), default=1)
    for row, outlet in enumerate(data.outlets):
        left = 0
        for status in STATUSES:
            value = counts[outlet.id][status]
            if not value:
                continue
            colour = STATUS_COLORS[status]
            ax.barh(row, value, left=left, height=0.62, color=colour, edgecolor="white", linewidth=0.8)
            if value >= top * 0.05:
                ax.text(left + value / 2, row, str(value), ha="center", va="center", fontsize=9, color=_text_on(colour))
            left += value
        ax.text(left + top * 0.01, row, f"{left} sentences", ha="left", va="center", fontsize=9, color=INK)
    ax.set_yticks(range(len(data.outlets)), [_wrap(o.name) for o in data.outlets])
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.22)
    ax.set_xlabel("Number of sentences, by whether the other outlets say the same")
    ax.tick_params(axis="y", length=0)
    _legend_above(ax, [Patch(color=STATUS_COLORS[s], label=STATUS_LABELS[s]) for s in STATUSES])
    return ax


def coverage_alt(data: CoverageData) -> str:
    """Alt text for :func:`coverage_chart`: unique and shared sentences per article."""
    if not data.sentences:
        return "Coverage chart: there are no sentences to compare."
    counts = _status_counts(data)
    parts = []
    for outlet in data.outlets:
        c = counts[outlet.id]
        total = sum(c.values())
        parts.append(
            f"{outlet.name}: {c['unique']} of {total} sentences only in this outlet, "
            f"{c['partial']} partly shared, {c['shared']} shared"
        )
    return "Stacked bar chart of how many sentences each outlet shares with the others. " + "; ".join(parts) + "."


def coverage_table(data: CoverageData) -> Table:
    """Data table for :func:`coverage_chart`: counts and shares per status."""
    counts = _status_counts(data)
    header = ("Outlet", "Shared", "Partly shared", "Only this outlet", "All sentences")
    rows = []
    for outlet in data.outlets:
        c = counts[outlet.id]
        total = sum(c.values())
        rows.append((outlet.name, *(f"{c[s]} ({_pct(c[s], total)})" for s in STATUSES), str(total)))
    return header, tuple(rows)


@_styled
def coverage_strip_chart(ax: Axes, data: CoverageData) -> Axes:
    """Each article as a strip of its sentences in order, coloured by coverage status."""
    ordered = _status_order(data)
    if not data.sentences:
        return _empty(ax, "No sentences to compare.")
    longest = max((len(s) for s in ordered.values()), default=1)
    for row, outlet in enumerate(data.outlets):
        statuses = ordered[outlet.id]
        if not statuses:
            continue
        ax.barh(
            [row] * len(statuses),
            [1] * len(statuses),
            left=[n for n, _ in enumerate(statuses)],
            height=0.6,
            color=[STATUS_COLORS[s.status] for s in statuses],
            edgecolor="white",
            linewidth=0.5 if longest <= 80 else 0,
        )
    ax.set_yticks(range(len(data.outlets)), [_wrap(o.name) for o in data.outlets])
    ax.set_ylim(len(data.outlets) - 0.5, -0.5)
    ax.set_xlim(0, longest)
    # Sentence n (counted from 1 like a reader does) is the cell [n-1, n].
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if longest / s <= 12)
    numbers = [1, *range(step, longest + 1, step)] if step > 1 else list(range(1, longest + 1))
    ax.set_xticks([n - 0.5 for n in numbers], [str(n) for n in numbers])
    ax.set_xlabel("Sentences in article order, numbered from the start")
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    _legend_above(ax, [Patch(color=STATUS_COLORS[s], label=STATUS_LABELS[s]) for s in STATUSES])
    return ax


def coverage_strip_alt(data: CoverageData) -> str:
    """Alt text for :func:`coverage_strip_chart`: where each article's unique sentences are."""
    if not data.sentences:
        return "Coverage strip: there are no sentences to compare."
    ordered = _status_order(data)
    parts = []
    for outlet in data.outlets:
        statuses = ordered[outlet.id]
        unique = [n + 1 for n, s in enumerate(statuses) if s.status == "unique"]
        if not unique:
            parts.append(f"{outlet.name} has no sentence of its own")
            continue
        halves = sum(1 for n in unique if n <= len(statuses) / 2)
        parts.append(
            f"{outlet.name} has {len(unique)} sentences of its own out of {len(statuses)}, "
            f"{halves} in the first half and {len(unique) - halves} in the second "
            f"(sentences {_ranges(unique)})"
        )
    return "Strips of each article's sentences in order, coloured by whether the others carry them. " + "; ".join(parts) + "."


def coverage_strip_table(data: CoverageData) -> Table:
    """Data table for :func:`coverage_strip_chart`: each article's sentence numbers per status."""
    ordered = _status_order(data)
    header = ("Outlet", "Shared sentences", "Partly shared sentences", "Sentences only in this outlet")
    rows = []
    for outlet in data.outlets:
        statuses = ordered[outlet.id]
        cells = [_ranges([n + 1 for n, s in enumerate(statuses) if s.status == status]) or "none" for status in STATUSES]
        rows.append((outlet.name, *cells))
    return header, tuple(rows)


def _status_counts(data: CoverageData) -> dict[str, dict[str, int]]:
    _check_outlets(data.outlets, (s.outlet for s in data.sentences), "CoverageData.sentences")
    counts = {o.id: dict.fromkeys(STATUSES, 0) for o in data.outlets}
    for sentence in data.sentences:
        counts[sentence.outlet][_check_status(sentence.status)] += 1
    return counts


def _status_order(data: CoverageData) -> dict[str, list[SentenceStatus]]:
    _check_outlets(data.outlets, (s.outlet for s in data.sentences), "CoverageData.sentences")
    ordered: dict[str, list[SentenceStatus]] = {o.id: [] for o in data.outlets}
    for sentence in data.sentences:
        _check_status(sentence.status)
        ordered[sentence.outlet].append(sentence)
    for rows in ordered.values():
        rows.sort(key=lambda s: s.sentence)
    return ordered


# --- 7. numbers ---------------------------------------------------------------------------------


@_styled
def numbers_chart(ax: Axes, data: NumbersData) -> Axes:
    """The figures each outlet gives, quantity by quantity; bars compare within a row."""
    _check_outlets(data.outlets, (v.outlet for v in data.values), "NumbersData.values")
    quantities = _quantities(data)
    if not quantities:
        return _empty(ax, "No figures (numbers of people, places, days) were found.")
    table = _number_cells(data)
    colours = outlet_colors([o.id for o in data.outlets])
    n = len(data.outlets)
    height = 0.8 / n
    for row, quantity in enumerate(quantities):
        known = [v.value for o in data.outlets for v in table.get((quantity, o.id), []) if v.value is not None]
        row_max = max((abs(x) for x in known), default=0.0)
        for i, outlet in enumerate(data.outlets):
            y = row + (i - (n - 1) / 2) * height
            cell = table.get((quantity, outlet.id), [])
            name = _safe(_shorten(outlet.name, 26))
            if not cell:
                ax.text(0.005, y, f"{name}: not mentioned", va="center", ha="left", fontsize=9, color=MUTED, style="italic")
                continue
            value = next((v.value for v in cell if v.value is not None), None)
            # Bars scale within the row: 680 people and 7 plants share no axis.
            width = 0.45 * abs(value) / row_max if value is not None and row_max else 0.0
            if width:
                ax.barh(y, width, height=height * 0.86, color=colours[outlet.id], linewidth=0)
            # Direct labels (outlet and figure) make a legend unnecessary. They end
            # with "…" before the frame, where about 75 characters fit across the
            # axis at this size (the alt text and data table give every wording).
            room = max(8, min(40, int((0.99 - width) * 75) - len(name) - 2))
            figures = _safe(_shorten(_wordings(cell), room))
            ax.text(width + 0.01, y, f"{name}: {figures}", va="center", ha="left", fontsize=9, color=INK)
    ax.set_yticks(range(len(quantities)), [_wrap(_humanize(q), 20) for q in quantities])
    ax.set_ylim(len(quantities) - 0.5, -0.5)
    ax.set_xlim(0, 1.0)
    ax.set_xticks([])
    ax.spines["bottom"].set_visible(False)
    ax.set_xlabel("The figures each outlet gives (bar lengths compare outlets within a row only)")
    ax.tick_params(axis="y", length=0)
    return ax


def numbers_alt(data: NumbersData) -> str:
    """Alt text for :func:`numbers_chart`: each quantity with every outlet's figure."""
    quantities = _quantities(data)
    if not quantities:
        return "Numbers chart: no figures were found in any article."
    table = _number_cells(data)
    parts = []
    for quantity in quantities:
        given = [
            f"{o.name} says {_wordings(table[quantity, o.id])}"
            for o in data.outlets
            if table.get((quantity, o.id))
        ]
        missing = [o.name for o in data.outlets if not table.get((quantity, o.id))]
        text = f"{_humanize(quantity)}: " + ", ".join(given)
        if missing:
            text += f" ({', '.join(missing)} {'does' if len(missing) == 1 else 'do'} not mention it)"
        parts.append(text)
    return "Chart of the figures each outlet gives. " + "; ".join(parts) + "."


def numbers_table(data: NumbersData) -> Table:
    """Data table for :func:`numbers_chart`: quantities by outlets."""
    table = _number_cells(data)
    header = ("What is counted", *(o.name for o in data.outlets))
    rows = tuple(
        (_humanize(q), *(" / ".join(v.label for v in table.get((q, o.id), [])) or "not mentioned" for o in data.outlets))
        for q in _quantities(data)
    )
    return header, rows


def _quantities(data: NumbersData) -> list[str]:
    present = list(dict.fromkeys(v.quantity for v in data.values))
    if data.quantities:
        ordered = [q for q in data.quantities if q in present]
        return ordered + [q for q in present if q not in ordered]
    return present


def _wordings(cell: Sequence[NumberValue]) -> str:
    """An outlet's wordings of one figure, each once ("About 300 / about 300" -> "About 300")."""
    seen: dict[str, str] = {}
    for v in cell:
        seen.setdefault(" ".join(v.label.casefold().split()), v.label)
    return " / ".join(seen.values())


def _number_cells(data: NumbersData) -> dict[tuple[str, str], list[NumberValue]]:
    cells: dict[tuple[str, str], list[NumberValue]] = defaultdict(list)
    for value in data.values:
        cells[value.quantity, value.outlet].append(value)
    return cells


# --- 8. tone -------------------------------------------------------------------------------------


@_styled
def tone_chart(ax: Axes, data: ToneData) -> Axes:
    """Mean VADER tone (-1..1) per outlet, own words vs quoted (and about the people), zero line."""
    _check_outlets(data.outlets, (s.outlet for s in data.scores), "ToneData.scores")
    voices = _tone_voices(data)
    if not voices:
        return _empty(ax, "No sentences were scored for tone.")
    scores: dict[tuple[str, str], ToneScore] = {(s.outlet, s.voice): s for s in data.scores}
    colours = outlet_colors([o.id for o in data.outlets])
    n = len(voices)
    height = 0.8 / n
    for row, outlet in enumerate(data.outlets):
        for i, voice in enumerate(voices):
            y = row + (i - (n - 1) / 2) * height
            score = scores.get((outlet.id, voice))
            if score is None or score.sentences == 0:
                ax.text(0.02, y, f"no {_voice_noun(voice)}", va="center", ha="left", fontsize=9, color=MUTED, style="italic")
                continue
            mean = max(-1.0, min(1.0, score.mean))
            ax.barh(y, mean, height=height * 0.9, **voice_style(colours[outlet.id], voice))
            ax.text(mean + (0.02 if mean >= 0 else -0.02), y, f"{mean:+.2f}", va="center", ha="left" if mean >= 0 else "right", fontsize=9, color=INK)
    ax.axvline(0, color=INK, linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1], ["−1\nvery negative", "−0.5", "0\nneutral", "+0.5", "+1\nvery positive"])
    ax.set_yticks(range(len(data.outlets)), [_wrap(o.name) for o in data.outlets])
    ax.set_ylim(len(data.outlets) - 0.5, -0.5)
    ax.set_xlabel("Average tone of the sentences (VADER score)")
    ax.tick_params(axis="y", length=0)
    _legend_above(ax, [Patch(**voice_style(MUTED, v), label=VOICE_LABELS[v]) for v in voices])
    return ax


def tone_alt(data: ToneData) -> str:
    """Alt text for :func:`tone_chart`: every outlet's mean tone per voice."""
    voices = _tone_voices(data)
    if not voices:
        return "Tone chart: no sentences were scored for tone."
    scores: dict[tuple[str, str], ToneScore] = {(s.outlet, s.voice): s for s in data.scores}
    parts = []
    for outlet in data.outlets:
        bits = []
        for voice in voices:
            score = scores.get((outlet.id, voice))
            if score is not None and score.sentences:
                bits.append(f"{score.mean:+.2f} {_voice_phrase(voice)} ({score.sentences} sentences)")
        parts.append(f"{outlet.name}: " + (", ".join(bits) if bits else "no scored sentences"))
    return (
        "Bar chart of average tone on a scale from -1 (very negative) through 0 (neutral) to +1 (very positive). "
        + "; ".join(parts)
        + "."
    )


def tone_table(data: ToneData) -> Table:
    """Data table for :func:`tone_chart`: mean tone and sentence count per voice."""
    voices = _tone_voices(data)
    scores: dict[tuple[str, str], ToneScore] = {(s.outlet, s.voice): s for s in data.scores}
    header = ("Outlet", *(f"{VOICE_LABELS[v]}: mean tone (sentences)" for v in voices))
    rows = []
    for outlet in data.outlets:
        cells = []
        for voice in voices:
            score = scores.get((outlet.id, voice))
            cells.append(f"{score.mean:+.2f} ({score.sentences})" if score and score.sentences else "none")
        rows.append((outlet.name, *cells))
    return header, tuple(rows)


def _tone_voices(data: ToneData) -> list[str]:
    for score in data.scores:
        if score.voice not in VOICES:
            raise ValueError(f"ToneScore.voice must be one of {', '.join(VOICES)}, got {score.voice!r}")
    present = {s.voice for s in data.scores if s.sentences > 0}
    return [v for v in VOICES if v in present]


def _voice_noun(voice: str) -> str:
    return {"narrator": "sentences", "quoted": "quotes", "people": "sentences about the people"}[voice]


def _voice_phrase(voice: str) -> str:
    return {"narrator": "in its own words", "quoted": "inside quotes", "people": "about the people involved"}[voice]


# --- registry --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ChartSpec:
    draw: Callable[..., Axes]
    alt: Callable[..., str]
    table: Callable[..., Table]
    rows: Callable[[Any, Mapping[str, Any]], int]


def _rows_blocks(data: Any, options: Mapping[str, Any], kind: str) -> int:
    if kind == "quote_speakers":
        blocks = _speaker_rows(data, options.get("top_n", 5))
    else:
        blocks = _term_rows(data, options.get("top_n", 8))  # type: ignore[assignment]
    return sum(max(len(rows), 1) + 1 for rows in blocks.values())


CHARTS: dict[str, _ChartSpec] = {
    "naming": _ChartSpec(
        naming_chart, naming_alt, naming_table,
        lambda d, o: max(len(_naming_categories(d)), 1) * max(len(d.outlets), 2),
    ),
    "quote_roles": _ChartSpec(quote_roles_chart, quote_roles_alt, quote_roles_table, lambda d, o: len(d.outlets)),
    "quote_speakers": _ChartSpec(
        quote_speakers_chart, quote_speakers_alt, quote_speakers_table,
        lambda d, o: _rows_blocks(d, o, "quote_speakers"),
    ),
    "quote_timeline": _ChartSpec(quote_timeline_chart, quote_timeline_alt, quote_timeline_table, lambda d, o: len(d.outlets)),
    "frames": _ChartSpec(
        frames_chart, frames_alt, frames_table,
        lambda d, o: max(min(len(_frames_order(d)), o.get("max_frames", 10)), 1) * max(len(d.outlets), 2),
    ),
    "distinctive_terms": _ChartSpec(
        distinctive_terms_chart, distinctive_terms_alt, distinctive_terms_table,
        lambda d, o: _rows_blocks(d, o, "distinctive_terms"),
    ),
    "coverage": _ChartSpec(coverage_chart, coverage_alt, coverage_table, lambda d, o: len(d.outlets)),
    "coverage_strip": _ChartSpec(coverage_strip_chart, coverage_strip_alt, coverage_strip_table, lambda d, o: len(d.outlets)),
    "numbers": _ChartSpec(
        numbers_chart, numbers_alt, numbers_table,
        lambda d, o: max(len(_quantities(d)), 1) * max(len(d.outlets), 2),
    ),
    "tone": _ChartSpec(
        tone_chart, tone_alt, tone_table,
        lambda d, o: len(d.outlets) * max(len(_tone_voices(d)), 2),
    ),
}


def _spec(kind: str) -> _ChartSpec:
    if kind not in CHARTS:
        raise ValueError(f"unknown chart kind {kind!r}: use one of {', '.join(sorted(CHARTS))}")
    return CHARTS[kind]


def _default_rows(kind: str, n_outlets: int) -> int:
    if kind in {"naming", "frames", "numbers"}:
        return 6 * n_outlets
    if kind in {"quote_speakers", "distinctive_terms"}:
        return 7 * n_outlets
    if kind == "tone":
        return 2 * n_outlets
    return n_outlets


# --- helpers ---------------------------------------------------------------------------------------


def _key(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(" ", "-")


def _humanize(name: str) -> str:
    text = name.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:] if text else "(unnamed)"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _wrap(text: str, width: int = LABEL_WIDTH) -> str:
    """A label for drawing: at most two lines, and safe from mathtext."""
    lines = textwrap.wrap(text, width=width, break_long_words=True) or [""]
    if len(lines) > 2:
        lines = [lines[0], _shorten(" ".join(lines[1:]), width)]
    return _safe("\n".join(lines))


def _safe(text: str) -> str:
    # matplotlib reads text between two "$" as TeX math: an outlet called
    # "$5 Daily" or a figure "$15 an hour" must be drawn literally.
    return text.replace("$", r"\$")


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _times(count: float) -> str:
    """'once', 'twice', '3 times': a count read aloud (alt text is read by screen readers)."""
    n = round(count)
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _fmt(value: float, decimals: bool) -> str:
    return f"{value:.1f}" if decimals else f"{value:.0f}"


def _pct(part: float, whole: float) -> str:
    return f"{100.0 * part / whole:.0f}%" if whole else "0%"


def _clip01(value: float) -> float:
    return 0.0 if not math.isfinite(value) else min(1.0, max(0.0, value))


def _ranges(numbers: Sequence[int]) -> str:
    """``[1, 2, 3, 7, 9, 10]`` -> ``"1-3, 7, 9-10"``."""
    spans: list[str] = []
    start = prev = None
    for n in numbers:
        if start is None:
            start = prev = n
        elif prev is not None and n == prev + 1:
            prev = n
        else:
            spans.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = n
    if start is not None:
        spans.append(f"{start}" if start == prev else f"{start}-{prev}")
    return ", ".join(spans)


def _lighten(colour: str, amount: float) -> tuple[float, float, float]:
    r, g, b = to_rgb(colour)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


def _text_on(colour: str) -> str:
    """White or ink, whichever contrasts more with ``colour`` (WCAG luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in to_rgb(colour))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "white" if (1.05) / (luminance + 0.05) >= (luminance + 0.05) / 0.0662 else INK


def _check_outlets(outlets: Sequence[Outlet], used: Iterable[str], field: str) -> None:
    if not outlets:
        raise ValueError(f"{field}: the chart needs at least one outlet")
    known = {o.id for o in outlets}
    for outlet in used:
        if outlet not in known:
            raise ValueError(f"{field}: outlet id {outlet!r} is not one of {', '.join(sorted(known))}")


def _check_status(status: str) -> str:
    if status not in STATUS_COLORS:
        raise ValueError(f"coverage status must be one of shared, partial, unique; got {status!r}")
    return status


def _outlet_handles(outlets: Sequence[Outlet]) -> list[Any]:
    colours = outlet_colors([o.id for o in outlets])
    return [Patch(color=colours[o.id], label=o.name) for o in outlets]


def _legend_above(ax: Axes, handles: Sequence[Any]) -> None:
    # Above the plot, outside it: a legend there never covers data. Anchored
    # to the figure (not the axes), so long y labels cannot push it off the
    # right edge; the constrained layout makes room for it.
    if not handles:
        return
    for handle in handles:
        handle.set_label(_wrap(str(handle.get_label()), 34))
    ncol = _legend_columns([str(h.get_label()) for h in handles])
    fig = ax.get_figure()
    engine = fig.get_layout_engine() if fig is not None else None
    if fig is not None and engine is not None and type(engine).__name__ == "ConstrainedLayoutEngine":
        fig.legend(handles=list(handles), loc="outside upper center", ncol=ncol)
    else:
        ax.legend(handles=list(handles), loc="lower left", bbox_to_anchor=(0, 1.01), ncol=ncol, borderaxespad=0.2)


def _legend_columns(labels: Sequence[str]) -> int:
    """As many columns as fit in the figure width, judged by label length."""
    # ~0.068 in per character at 9 pt DejaVu Sans, plus handle and spacing.
    widest = max(max(len(line) for line in label.split("\n")) for label in labels)
    per_column = widest * 0.068 + 0.55
    return max(1, min(len(labels), int((FIG_WIDTH - 0.2) // per_column)))


def _block_header(ax: Axes, y: float, name: str) -> None:
    # Written inside the plot from its left edge, where a long outlet name has
    # the whole width; as a tick label it would wrap into the row below.
    ax.text(0, y, _safe(_shorten(name, 60)), ha="left", va="center", fontsize=9, fontweight="bold", color=INK,
            transform=ax.get_yaxis_transform())


def _empty(ax: Axes, message: str) -> Axes:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=10, color=MUTED)
    ax.set_axis_off()
    return ax


def _label_svg(svg: str, alt: str) -> str:
    start = svg.index("<svg")
    close = svg.index(">", start)
    opening = svg[start:close]
    labelled = f'{opening} role="img" aria-label="{escape(alt, quote=True)}">\n <title>{escape(alt)}</title>'
    return svg[:start] + labelled + svg[close + 1:]


__all__ = [
    "CATEGORY_COLORS",
    "CHARTS",
    "OKABE_ITO",
    "ROLE_COLORS",
    "STATUS_COLORS",
    "STYLE",
    "CoverageData",
    "DistinctiveTerm",
    "FrameCount",
    "FrameData",
    "NamingCount",
    "NamingData",
    "NumberValue",
    "NumbersData",
    "Outlet",
    "QuoteData",
    "QuotePoint",
    "RenderedChart",
    "SentenceStatus",
    "TermsData",
    "ToneData",
    "ToneScore",
    "category_colors",
    "category_label",
    "chart_figure",
    "coverage_alt",
    "coverage_chart",
    "coverage_strip_alt",
    "coverage_strip_chart",
    "coverage_strip_table",
    "coverage_table",
    "distinctive_terms_alt",
    "distinctive_terms_chart",
    "distinctive_terms_table",
    "figure_for",
    "frames_alt",
    "frames_chart",
    "frames_table",
    "naming_alt",
    "naming_chart",
    "naming_table",
    "numbers_alt",
    "numbers_chart",
    "numbers_table",
    "outlet_colors",
    "quote_roles_alt",
    "quote_roles_chart",
    "quote_roles_table",
    "quote_speakers_alt",
    "quote_speakers_chart",
    "quote_speakers_table",
    "quote_timeline_alt",
    "quote_timeline_chart",
    "quote_timeline_table",
    "render",
    "render_chart",
    "style",
    "role_color",
    "role_label",
    "role_noun",
    "status_color",
    "tone_alt",
    "tone_chart",
    "tone_table",
    "voice_style",
]
