"""Charts: every chart on realistic data for 2, 3 and 4 outlets, exact bars, colours, alt text, tables, determinism."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matplotlib.axes import Axes
from matplotlib.colors import to_hex

from framing import charts
from framing.charts import (
    CoverageData,
    DistinctiveTerm,
    FrameCount,
    FrameData,
    NamingCount,
    NamingData,
    NumbersData,
    NumberValue,
    Outlet,
    QuoteData,
    QuotePoint,
    SentenceStatus,
    TermsData,
    ToneData,
    ToneScore,
)
from framing.model import Document
from tests.conftest import seed_documents

# Arbitrary Unicode (property tests, ugly names) may lack a glyph in DejaVu Sans:
# matplotlib warns and draws a box, which is all a chart can do.
pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font")

# --- realistic sample data: four outlets on one event, long names included --------

OUTLETS = (
    Outlet("abc-news", "ABC News", 812, 32),
    Outlet("breitbart-news", "Breitbart News", 429, 16),
    Outlet("clarion-ledger", "The Clarion-Ledger (Jackson, Mississippi)", 1104, 45),
    Outlet("el-pais", "El País English Edition", 655, 27),
)


def _outlets(n: int) -> tuple[Outlet, ...]:
    return OUTLETS[:n]


def _keep(n: int, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    ids = {o.id for o in _outlets(n)}
    return [r for r in rows if r[0] in ids]


NAMING_ROWS = [
    ("abc-news", "neutral-person", "narrator", 9),
    ("abc-news", "legal-status", "narrator", 1),
    ("abc-news", "criminalizing", "quoted", 1),
    ("abc-news", "family", "narrator", 4),
    ("abc-news", "process", "narrator", 6),
    ("breitbart-news", "criminalizing", "narrator", 11),
    ("breitbart-news", "neutral-person", "narrator", 2),
    ("breitbart-news", "process", "narrator", 3),
    ("clarion-ledger", "neutral-person", "narrator", 14),
    ("clarion-ledger", "legal-status", "narrator", 3),
    ("clarion-ledger", "children", "narrator", 5),
    ("clarion-ledger", "criminalizing", "quoted", 2),
    ("el-pais", "migration", "narrator", 6),
    ("el-pais", "legal-status", "narrator", 4),
    ("el-pais", "family", "quoted", 2),
]

QUOTE_ROWS = [
    ("abc-news", "Bryan Cox", "official", 24, 0.18),
    ("abc-news", "Magdalena Gomez Gregorio", "affected", 19, 0.05),
    ("abc-news", "Matthew Albence", "official", 31, 0.42),
    ("abc-news", None, "unknown", 6, 0.61),
    ("abc-news", "Donald Trump", "official", 12, 0.77),
    ("abc-news", "Koch Foods", "business", 40, 0.9),
    ("abc-news", "Jere Nash", "advocate", 15, 0.55),
    ("breitbart-news", "Matthew Albence", "official", 52, 0.3),
    ("breitbart-news", "Mike Hurst", "official", 38, 0.12),
    ("clarion-ledger", "Mike Hurst", "official", 20, 0.08),
    ("clarion-ledger", "Rev. Mauricio Flores", "advocate", 44, 0.35),
    ("clarion-ledger", "a 13-year-old girl whose father was detained", "affected", 28, 0.5),
    ("clarion-ledger", "Jennifer Stein, professor of law at the University of Mississippi", "expert", 18, 0.7),
    ("el-pais", "Cox", "official", 10, 0.2),
    ("el-pais", "Univision", "media", 22, 0.45),
    ("el-pais", None, "affected", 9, 0.66),
]

FRAME_ROWS = [
    ("abc-news", "human interest", 9),
    ("abc-news", "legality", 6),
    ("abc-news", "economic", 3),
    ("abc-news", "crime and punishment", 4),
    ("breitbart-news", "crime and punishment", 7),
    ("breitbart-news", "legality", 5),
    ("breitbart-news", "economic", 4),
    ("clarion-ledger", "human interest", 15),
    ("clarion-ledger", "morality", 6),
    ("clarion-ledger", "legality", 8),
    ("el-pais", "political", 7),
    ("el-pais", "human interest", 5),
    ("el-pais", "economic", 2),
]

TERM_ROWS = [
    ("abc-news", "children", 3.1, 7),
    ("abc-news", "families", 2.6, 5),
    ("abc-news", "school", 2.2, 3),
    ("abc-news", "crying", 1.9, 2),
    ("abc-news", "workers", 1.4, 6),
    ("abc-news", "illegal", -2.5, 1),
    ("breitbart-news", "illegal aliens", 3.4, 3),
    ("breitbart-news", "illegal", 2.9, 8),
    ("breitbart-news", "american workers", 2.1, 3),
    ("breitbart-news", "wages", 1.8, 2),
    ("breitbart-news", "children", -3.1, 0),
    ("clarion-ledger", "congregation", 2.8, 4),
    ("clarion-ledger", "Canton", 2.4, 6),
    ("el-pais", "Latino community", 2.2, 3),
    ("el-pais", "El Paso", 3.0, 4),
    ("el-pais", "shooting", 2.7, 3),
]

COVERAGE_PATTERNS = {
    "abc-news": "SSUUPSUUUSSPUUUSSSUUPUUSUUUSSUUU",
    "breitbart-news": "SUSPSSUUSSPUUSSU",
    "clarion-ledger": "SSPUUUSSSUUUUPPSSUUUSSSUUUUSPPSUUUSSUUUUSSUUU",
    "el-pais": "SUUPPSUUUUSSUPUUSSUUUUPSSUU",
}
STATUS_CODE: dict[str, Any] = {"S": "shared", "P": "partial", "U": "unique"}

NUMBER_ROWS = [
    ("abc-news", "people arrested", "about 680", 680.0),
    ("breitbart-news", "people arrested", "680", 680.0),
    ("clarion-ledger", "people arrested", "nearly 700", 700.0),
    ("el-pais", "people arrested", "680", 680.0),
    ("breitbart-news", "people released", "about 300", 300.0),
    ("abc-news", "people released", "more than 300", 300.0),
    ("abc-news", "food processing plants", "seven", 7.0),
    ("clarion-ledger", "food processing plants", "7", 7.0),
    ("breitbart-news", "agents taking part", "600", 600.0),
    ("el-pais", "children left without a parent", "dozens", None),
]

TONE_ROWS = [
    ("abc-news", "narrator", -0.12, 25),
    ("abc-news", "quoted", -0.31, 7),
    ("abc-news", "people", -0.22, 14),
    ("breitbart-news", "narrator", -0.25, 14),
    ("breitbart-news", "quoted", 0.08, 2),
    ("breitbart-news", "people", -0.41, 9),
    ("clarion-ledger", "narrator", 0.05, 40),
    ("clarion-ledger", "quoted", -0.02, 5),
    ("clarion-ledger", "people", 0.11, 20),
    ("el-pais", "narrator", -0.18, 24),
    ("el-pais", "people", -0.09, 10),
]


def naming_data(n: int) -> NamingData:
    return NamingData(_outlets(n), tuple(NamingCount(*r) for r in _keep(n, NAMING_ROWS)))


def quote_data(n: int) -> QuoteData:
    return QuoteData(_outlets(n), tuple(QuotePoint(*r) for r in _keep(n, QUOTE_ROWS)))


def frame_data(n: int) -> FrameData:
    return FrameData(_outlets(n), tuple(FrameCount(*r) for r in _keep(n, FRAME_ROWS)))


def terms_data(n: int) -> TermsData:
    return TermsData(_outlets(n), tuple(DistinctiveTerm(*r) for r in _keep(n, TERM_ROWS)))


def coverage_data(n: int) -> CoverageData:
    rows = tuple(
        SentenceStatus(o.id, i, STATUS_CODE[c]) for o in _outlets(n) for i, c in enumerate(COVERAGE_PATTERNS[o.id])
    )
    return CoverageData(_outlets(n), rows)


def numbers_data(n: int) -> NumbersData:
    return NumbersData(_outlets(n), tuple(NumberValue(*r) for r in _keep(n, NUMBER_ROWS)))


def tone_data(n: int) -> ToneData:
    return ToneData(_outlets(n), tuple(ToneScore(*r) for r in _keep(n, TONE_ROWS)))


SAMPLES: dict[str, Callable[[int], Any]] = {
    "naming": naming_data,
    "quote_roles": quote_data,
    "quote_speakers": quote_data,
    "quote_timeline": quote_data,
    "frames": frame_data,
    "distinctive_terms": terms_data,
    "coverage": coverage_data,
    "coverage_strip": coverage_data,
    "numbers": numbers_data,
    "tone": tone_data,
}


def _draw(kind: str, data: Any, **options: Any) -> tuple[Any, Axes]:
    fig = charts.chart_figure(kind, data, **options)
    return fig, fig.axes[0]


@pytest.fixture(autouse=True)
def _close_figures() -> Any:
    yield
    plt.close("all")


# --- every chart, 2, 3 and 4 outlets: exact bars and markers -------------------------

# (kind, outlets) -> number of bars drawn (ax.patches), counted by hand from the tables above.
PATCHES = [
    # naming: one bar per non-zero (outlet, category, voice): ABC 5, Breitbart 3, Clarion 4, El País 3.
    ("naming", 2, 8),
    ("naming", 3, 12),
    ("naming", 4, 15),
    # quote roles: one segment per role an outlet quotes (ABC 5, Breitbart 1, Clarion 4, El País 3).
    ("quote_roles", 2, 6),
    ("quote_roles", 3, 10),
    ("quote_roles", 4, 13),
    # speakers: top 5 + "Others" for ABC (7 speakers), 2 for Breitbart, 4 Clarion, 3 El País.
    ("quote_speakers", 2, 8),
    ("quote_speakers", 3, 12),
    ("quote_speakers", 4, 15),
    ("quote_timeline", 2, 0),
    # frames: one bar per frame and outlet (4, 5, 6 frames present).
    ("frames", 2, 4 * 2),
    ("frames", 3, 5 * 3),
    ("frames", 4, 6 * 4),
    # distinctive terms: positive z only (ABC 5, Breitbart 4, Clarion 2, El País 3).
    ("distinctive_terms", 2, 9),
    ("distinctive_terms", 3, 11),
    ("distinctive_terms", 4, 14),
    # coverage: every outlet has all three statuses.
    ("coverage", 2, 6),
    ("coverage", 3, 9),
    ("coverage", 4, 12),
    # strip: one cell per sentence (32 + 16 + 45 + 27).
    ("coverage_strip", 2, 48),
    ("coverage_strip", 3, 93),
    ("coverage_strip", 4, 120),
    # numbers: one bar per figure with a value ("dozens" has none).
    ("numbers", 2, 6),
    ("numbers", 3, 8),
    ("numbers", 4, 9),
    # tone: one bar per scored voice (El País has no quotes).
    ("tone", 2, 6),
    ("tone", 3, 9),
    ("tone", 4, 11),
]


@pytest.mark.parametrize(("kind", "n", "expected"), PATCHES)
def test_chart_draws_exact_bars(kind: str, n: int, expected: int) -> None:
    data = SAMPLES[kind](n)
    fig, ax = charts.figure_for(kind, n)
    returned = charts.CHARTS[kind].draw(ax, data)
    assert returned is ax
    assert len(ax.patches) == expected


@pytest.mark.parametrize(("n", "dots"), [(2, [7, 2]), (3, [7, 2, 4]), (4, [7, 2, 4, 3])])
def test_quote_timeline_one_dot_per_quote(n: int, dots: list[int]) -> None:
    fig, ax = charts.figure_for("quote_timeline", n)
    assert charts.quote_timeline_chart(ax, quote_data(n)) is ax
    assert [len(c.get_offsets()) for c in ax.collections] == dots
    # Dots sit on their outlet's row, at the quote's position.
    abc = ax.collections[0].get_offsets()
    assert sorted(float(x) for x in abc[:, 0]) == [0.05, 0.18, 0.42, 0.55, 0.61, 0.77, 0.9]
    assert {float(y) for y in abc[:, 1]} == {0.0}
    # Colours follow the role of each quote, in article order.
    assert [to_hex(c).upper() for c in ax.collections[1].get_facecolors()] == ["#0072B2", "#0072B2"]


@pytest.mark.parametrize(
    ("kind", "n", "ticks"),
    [
        ("naming", 2, ["Criminalizing", "Legal status", "Neutral (person)", "Process (arrest,\ndetention)", "Family"]),
        ("frames", 2, ["Crime and punishment", "Legality", "Economic", "Human interest"]),
        ("frames", 4, ["Human interest", "Legality", "Crime and punishment", "Economic", "Political", "Morality"]),
        ("quote_roles", 4, ["ABC News", "Breitbart News", "The Clarion-Ledger\n(Jackson, Mississippi)", "El País English Edition"]),
        ("coverage", 3, ["ABC News", "Breitbart News", "The Clarion-Ledger\n(Jackson, Mississippi)"]),
        ("numbers", 4, ["People arrested", "People released", "Food processing\nplants", "Agents taking part", "Children left\nwithout a parent"]),
        (
            "quote_speakers",
            2,
            ["", "Koch Foods", "Matthew Albence", "Bryan Cox", "Magdalena Gomez Gregorio", "Jere Nash", "Others (2 speakers)", "", "Matthew Albence", "Mike Hurst"],
        ),
        ("distinctive_terms", 2, ["", "children", "families", "school", "crying", "workers", "", "illegal aliens", "illegal", "american workers", "wages"]),
    ],
)
def test_row_labels(kind: str, n: int, ticks: list[str]) -> None:
    _, ax = _draw(kind, SAMPLES[kind](n))
    assert [t.get_text() for t in ax.get_yticklabels()] == ticks


def test_block_headers_name_each_outlet_in_bold() -> None:
    _, ax = _draw("quote_speakers", quote_data(4))
    bold = [t.get_text() for t in ax.texts if t.get_fontweight() == "bold"]
    assert bold == ["ABC News", "Breitbart News", "The Clarion-Ledger (Jackson, Mississippi)", "El País English Edition"]


def test_frames_sorted_by_total_share() -> None:
    # Shares: crime 12.5 + 43.75, legality 18.75 + 31.25, economic 9.4 + 25, human interest 28.1 + 0.
    _, ax = _draw("frames", frame_data(2))
    widths = [round(p.get_width(), 2) for p in ax.patches]
    assert widths == [12.5, 43.75, 18.75, 31.25, 9.38, 25.0, 28.12, 0.0]


def test_residual_frame_is_drawn_last_and_never_leads() -> None:
    """The lexicon's residual frame (sentences with no cue) is the largest row here, but it is not a frame:
    it comes last, says so in its label, stays when rows are cut, and the alt text names a real frame."""
    counts = (
        FrameCount("abc-news", "other", 20, True), FrameCount("abc-news", "economic", 6),
        FrameCount("abc-news", "crime", 4), FrameCount("breitbart-news", "other", 9, True),
        FrameCount("breitbart-news", "crime", 7),
    )
    data = FrameData(OUTLETS[:2], counts)
    _, ax = _draw("frames", data)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Crime", "Economic", "Other (no frame cue)"]
    _, ax = _draw("frames", data, max_frames=1)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Crime", "Other (no frame cue)"]
    assert charts.frames_alt(data) == (
        "Bar chart of the share of sentences per frame. ABC News leans most on economic (19% of its sentences); "
        "Breitbart News leans most on crime (44% of its sentences)."
    )
    only_residual = FrameData(OUTLETS[:1], (FrameCount("abc-news", "other", 32, True),))
    assert charts.frames_alt(only_residual).endswith("ABC News uses none of these frames.")


def test_naming_rate_per_thousand_words() -> None:
    _, ax = _draw("naming", naming_data(2), per_thousand=True)
    # Breitbart: 11 criminalizing names in 429 words = 25.6 per 1,000; ABC: 9 neutral in 812 = 11.1.
    widths = [round(p.get_width(), 1) for p in ax.patches]
    # criminalizing: ABC quoted 1/812, Breitbart own words 11/429; then legal status, ABC 1/812.
    assert widths[:3] == [1.2, 25.6, 1.2]
    assert "per 1,000 words" in ax.get_xlabel()
    header, rows = charts.naming_table(naming_data(2), per_thousand=True)
    assert header[2] == "Own words (per 1,000 words)"
    assert rows[1] == ("Criminalizing", "Breitbart News", "25.6", "0.0", "25.6")


def test_naming_voice_is_solid_then_hatched() -> None:
    _, ax = _draw("naming", naming_data(2))
    quoted, narrator = ax.patches[0], ax.patches[2]  # ABC: criminalizing (in quotes), legal status (own words)
    assert narrator.get_hatch() is None and quoted.get_hatch() == "////"
    assert to_hex(narrator.get_facecolor()).upper() == "#0072B2"
    assert to_hex(quoted.get_edgecolor()).upper() == "#0072B2"
    assert quoted.get_facecolor()[:3] > narrator.get_facecolor()[:3]  # lighter
    labels = [t.get_text() for t in ax.texts]
    assert labels == ["1 in quotes", "11", "1", "9", "2", "6", "3", "4"]


def test_numbers_direct_labels_and_missing_values() -> None:
    _, ax = _draw("numbers", numbers_data(2))
    assert [t.get_text() for t in ax.texts] == [
        "ABC News: about 680",
        "Breitbart News: 680",
        "ABC News: more than 300",
        "Breitbart News: about 300",
        "ABC News: seven",
        "Breitbart News: not mentioned",
        "ABC News: not mentioned",
        "Breitbart News: 600",
    ]
    # Bars scale within each row, so 7 plants get as long a bar as 680 people.
    assert [round(p.get_width(), 3) for p in ax.patches] == [0.45, 0.45, 0.45, 0.45, 0.45, 0.45]


def test_numbers_long_wordings_end_with_an_ellipsis_before_the_frame() -> None:
    """"The Commons: More than 1,000 / more than a thousand" ran off the chart's edge, cut mid-word."""
    data = NumbersData(OUTLETS[:2], (
        NumberValue("abc-news", "people", "more than 1,000", 1000.0),
        NumberValue("abc-news", "people", "more than a thousand", 1000.0),
        NumberValue("breitbart-news", "people", "hundreds", None),
    ))
    _, ax = _draw("numbers", data)
    # A full bar (0.45 of the axis): the label starts at 0.46 and has about 40 characters of room.
    assert [t.get_text() for t in ax.texts] == ["ABC News: more than 1,000 / more than a…", "Breitbart News: hundreds"]


def test_tone_zero_line_scale_and_signs() -> None:
    _, ax = _draw("tone", tone_data(4))
    assert ax.get_xlim() == (-1.0, 1.0)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["−1\nvery negative", "−0.5", "0\nneutral", "+0.5", "+1\nvery positive"]
    assert [round(p.get_width(), 2) for p in ax.patches] == [-0.12, -0.31, -0.22, -0.25, 0.08, -0.41, 0.05, -0.02, 0.11, -0.18, -0.09]
    assert "no quotes" in [t.get_text() for t in ax.texts]
    assert any(line.get_xdata()[0] == 0 for line in ax.lines)  # the zero line


def test_coverage_strip_keeps_article_order_and_status_colours() -> None:
    _, ax = _draw("coverage_strip", coverage_data(2))
    breitbart = [p for p in ax.patches if p.get_y() > 0.5]
    code = {"#BBBBBB": "S", "#56B4E9": "P", "#D55E00": "U"}
    assert "".join(code[to_hex(p.get_facecolor()).upper()] for p in sorted(breitbart, key=lambda p: p.get_x())) == COVERAGE_PATTERNS["breitbart-news"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["1", "5", "10", "15", "20", "25", "30"]


# --- palette: stable colours ------------------------------------------------------------


def test_outlet_colours_are_stable_and_by_position() -> None:
    colours = charts.outlet_colors(["abc-news", "breitbart-news", "clarion-ledger", "el-pais"])
    assert colours == {"abc-news": "#0072B2", "breitbart-news": "#D55E00", "clarion-ledger": "#009E73", "el-pais": "#CC79A7"}
    assert charts.outlet_colors(["x"] * 0) == {}
    assert len(set(charts.outlet_colors([str(i) for i in range(8)]).values())) == 8
    assert all(c in charts.OKABE_ITO.values() for c in charts.outlet_colors([str(i) for i in range(8)]).values())


@pytest.mark.parametrize("kind", ["frames", "distinctive_terms", "numbers"])
def test_outlet_bars_use_the_outlet_colour(kind: str) -> None:
    data = SAMPLES[kind](4)
    _, ax = _draw(kind, data)
    allowed = set(charts.outlet_colors([o.id for o in data.outlets]).values())
    assert {to_hex(p.get_facecolor()).upper() for p in ax.patches} == allowed


def test_same_outlet_same_colour_in_every_chart() -> None:
    # Breitbart is second in every sample, so its bars are vermillion everywhere.
    _, frames_ax = _draw("frames", frame_data(2))
    _, terms_ax = _draw("distinctive_terms", terms_data(2))
    assert to_hex(frames_ax.patches[1].get_facecolor()).upper() == "#D55E00"
    assert to_hex(terms_ax.patches[-1].get_facecolor()).upper() == "#D55E00"


def test_role_and_status_colours_are_fixed() -> None:
    _, ax = _draw("quote_roles", quote_data(2))
    # ABC: official, advocate, business, affected, unknown; Breitbart: official.
    assert [to_hex(p.get_facecolor()).upper() for p in ax.patches] == ["#0072B2", "#009E73", "#E69F00", "#CC79A7", "#999999", "#0072B2"]
    _, ax = _draw("coverage", coverage_data(2))
    assert [to_hex(p.get_facecolor()).upper() for p in ax.patches] == ["#BBBBBB", "#56B4E9", "#D55E00"] * 2
    assert charts.role_color("Official") == "#0072B2"
    assert charts.role_color("spokesperson") == "#999999"
    assert charts.status_color("unique") == "#D55E00"


def test_category_colours_fixed_and_extras_distinct() -> None:
    colours = charts.category_colors(["neutral-person", "criminalizing", "religious", "sports", "legal_status"])
    assert colours["criminalizing"] == "#D55E00"
    assert colours["neutral-person"] == "#0072B2"
    assert colours["legal_status"] == "#E69F00"  # underscores and case do not matter
    assert colours["religious"] != colours["sports"]
    assert not {colours["religious"], colours["sports"]} & set(charts.CATEGORY_COLORS.values())
    assert charts.category_label("legal-status") == "Legal status"
    assert charts.category_label("religious_terms") == "Religious terms"


# --- alt text: plain sentences with the key numbers ------------------------------------

ALT = [
    (
        "naming",
        "Bar chart of how each outlet names the people involved, by category. ABC News most often uses neutral "
        "(person) names: 9 times in its own words and 0 inside quotes; Breitbart News most often uses criminalizing "
        "names: 11 times in its own words and 0 inside quotes.",
    ),
    (
        "quote_roles",
        "Stacked bar chart of words quoted, by the speaker's role. ABC News quotes 147 words, 46% of them from "
        "officials (67 words); Breitbart News quotes 90 words, 100% of them from officials (90 words).",
    ),
    (
        "quote_speakers",
        "Bar chart of words quoted per speaker. ABC News quotes Koch Foods (business) most: 40 words; "
        "Breitbart News quotes Matthew Albence (official) most: 52 words.",
    ),
    (
        "quote_timeline",
        "Timeline of quotes through each article. ABC News has 7 quotes and first quotes Magdalena Gomez Gregorio "
        "(person affected) 5% of the way in; Breitbart News has 2 quotes and first quotes Mike Hurst (official) "
        "12% of the way in.",
    ),
    (
        "frames",
        "Bar chart of the share of sentences per frame. ABC News leans most on human interest (28% of its "
        "sentences); Breitbart News leans most on crime and punishment (44% of its sentences).",
    ),
    (
        "coverage",
        "Stacked bar chart of how many sentences each outlet shares with the others. ABC News: 18 of 32 sentences "
        "only in this outlet, 3 partly shared, 11 shared; Breitbart News: 6 of 16 sentences only in this outlet, "
        "2 partly shared, 8 shared.",
    ),
    (
        "coverage_strip",
        "Strips of each article's sentences in order, coloured by whether the others carry them. ABC News has 18 "
        "sentences of its own out of 32, 8 in the first half and 10 in the second (sentences 3-4, 7-9, 13-15, 19-20, "
        "22-23, 25-27, 30-32); Breitbart News has 6 sentences of its own out of 16, 3 in the first half and 3 in the "
        "second (sentences 2, 7-8, 12-13, 16).",
    ),
    (
        "numbers",
        "Chart of the figures each outlet gives. People arrested: ABC News says about 680, Breitbart News says 680; "
        "People released: ABC News says more than 300, Breitbart News says about 300; Food processing plants: ABC "
        "News says seven (Breitbart News does not mention it); Agents taking part: Breitbart News says 600 (ABC News "
        "does not mention it).",
    ),
    (
        "tone",
        "Bar chart of average tone on a scale from -1 (very negative) through 0 (neutral) to +1 (very positive). "
        "ABC News: -0.12 in its own words (25 sentences), -0.31 inside quotes (7 sentences), -0.22 about the people "
        "involved (14 sentences); Breitbart News: -0.25 in its own words (14 sentences), +0.08 inside quotes "
        "(2 sentences), -0.41 about the people involved (9 sentences).",
    ),
    (
        "distinctive_terms",
        "Bar chart of the words each outlet uses more than the others. ABC News's most distinctive words are "
        '"children" (z 3.1, 7 times), "families" (z 2.6, 5 times), "school" (z 2.2, 3 times); Breitbart News\'s '
        'most distinctive words are "illegal aliens" (z 3.4, 3 times), "illegal" (z 2.9, 8 times), '
        '"american workers" (z 2.1, 3 times).',
    ),
]


@pytest.mark.parametrize(("kind", "expected"), ALT)
def test_alt_text_exact(kind: str, expected: str) -> None:
    assert charts.CHARTS[kind].alt(SAMPLES[kind](2)) == expected


def test_alt_text_for_four_outlets_mentions_everyone() -> None:
    for kind, make in SAMPLES.items():
        alt = charts.CHARTS[kind].alt(make(4))
        for outlet in OUTLETS:
            assert outlet.name in alt, (kind, outlet.name)
    assert "El País English Edition: -0.18 in its own words (24 sentences), -0.09 about the people involved (10 sentences)" in charts.tone_alt(tone_data(4))
    assert "Children left without a parent: El País English Edition says dozens (ABC News, Breitbart News, The Clarion-Ledger (Jackson, Mississippi) do not mention it)" in charts.numbers_alt(numbers_data(4))


# --- data tables ------------------------------------------------------------------------

TABLES = [
    (
        "quote_roles",
        ("Outlet", "Officials", "Advocates", "Businesses", "People affected", "Unknown role", "All quoted words"),
        [
            ("ABC News", "67 (46%)", "15 (10%)", "40 (27%)", "19 (13%)", "6 (4%)", "147"),
            ("Breitbart News", "90 (100%)", "0 (0%)", "0 (0%)", "0 (0%)", "0 (0%)", "90"),
        ],
    ),
    (
        "frames",
        ("Frame", "ABC News", "Breitbart News"),
        [
            ("Crime and punishment", "4 (12%)", "7 (44%)"),
            ("Legality", "6 (19%)", "5 (31%)"),
            ("Economic", "3 (9%)", "4 (25%)"),
            ("Human interest", "9 (28%)", "0 (0%)"),
        ],
    ),
    (
        "coverage",
        ("Outlet", "Shared", "Partly shared", "Only this outlet", "All sentences"),
        [("ABC News", "11 (34%)", "3 (9%)", "18 (56%)", "32"), ("Breitbart News", "8 (50%)", "2 (12%)", "6 (38%)", "16")],
    ),
    (
        "coverage_strip",
        ("Outlet", "Shared sentences", "Partly shared sentences", "Sentences only in this outlet"),
        [
            ("ABC News", "1-2, 6, 10-11, 16-18, 24, 28-29", "5, 12, 21", "3-4, 7-9, 13-15, 19-20, 22-23, 25-27, 30-32"),
            ("Breitbart News", "1, 3, 5-6, 9-10, 14-15", "4, 11", "2, 7-8, 12-13, 16"),
        ],
    ),
    (
        "numbers",
        ("What is counted", "ABC News", "Breitbart News"),
        [
            ("People arrested", "about 680", "680"),
            ("People released", "more than 300", "about 300"),
            ("Food processing plants", "seven", "not mentioned"),
            ("Agents taking part", "not mentioned", "600"),
        ],
    ),
    (
        "tone",
        (
            "Outlet",
            "In the outlet's own words: mean tone (sentences)",
            "Inside quotes: mean tone (sentences)",
            "Sentences about the people involved: mean tone (sentences)",
        ),
        [("ABC News", "-0.12 (25)", "-0.31 (7)", "-0.22 (14)"), ("Breitbart News", "-0.25 (14)", "+0.08 (2)", "-0.41 (9)")],
    ),
    (
        "distinctive_terms",
        ("Outlet", "Term", "z-score", "Times used"),
        [
            ("ABC News", "children", "3.10", "7"),
            ("ABC News", "families", "2.60", "5"),
            ("ABC News", "school", "2.20", "3"),
            ("ABC News", "crying", "1.90", "2"),
            ("ABC News", "workers", "1.40", "6"),
            ("Breitbart News", "illegal aliens", "3.40", "3"),
            ("Breitbart News", "illegal", "2.90", "8"),
            ("Breitbart News", "american workers", "2.10", "3"),
            ("Breitbart News", "wages", "1.80", "2"),
        ],
    ),
]


@pytest.mark.parametrize(("kind", "header", "rows"), TABLES)
def test_table_exact(kind: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    assert charts.CHARTS[kind].table(SAMPLES[kind](2)) == (header, tuple(rows))


def test_naming_table_lists_every_category_and_outlet() -> None:
    header, rows = charts.naming_table(naming_data(2))
    assert header == ("Category", "Outlet", "Own words", "Inside quotes", "Total")
    assert rows == (
        ("Criminalizing", "ABC News", "0", "1", "1"),
        ("Criminalizing", "Breitbart News", "11", "0", "11"),
        ("Legal status", "ABC News", "1", "0", "1"),
        ("Legal status", "Breitbart News", "0", "0", "0"),
        ("Neutral (person)", "ABC News", "9", "0", "9"),
        ("Neutral (person)", "Breitbart News", "2", "0", "2"),
        ("Process (arrest, detention)", "ABC News", "6", "0", "6"),
        ("Process (arrest, detention)", "Breitbart News", "3", "0", "3"),
        ("Family", "ABC News", "4", "0", "4"),
        ("Family", "Breitbart News", "0", "0", "0"),
    )


def test_speaker_table_has_every_speaker_and_timeline_every_quote() -> None:
    header, rows = charts.quote_speakers_table(quote_data(2))
    assert header == ("Outlet", "Speaker", "Role", "Quotes", "Words quoted")
    assert rows == (
        ("ABC News", "Koch Foods", "Business", "1", "40"),
        ("ABC News", "Matthew Albence", "Official", "1", "31"),
        ("ABC News", "Bryan Cox", "Official", "1", "24"),
        ("ABC News", "Magdalena Gomez Gregorio", "Person affected", "1", "19"),
        ("ABC News", "Jere Nash", "Advocate", "1", "15"),
        ("ABC News", "Donald Trump", "Official", "1", "12"),
        ("ABC News", "No speaker named", "Role unknown", "1", "6"),
        ("Breitbart News", "Matthew Albence", "Official", "1", "52"),
        ("Breitbart News", "Mike Hurst", "Official", "1", "38"),
    )
    header, rows = charts.quote_timeline_table(quote_data(4))
    assert len(rows) == len(QUOTE_ROWS)
    assert rows[-3:] == (
        ("El País English Edition", "1", "20%", "Cox", "Official", "10"),
        ("El País English Edition", "2", "45%", "Univision", "Media outlet", "22"),
        ("El País English Edition", "3", "66%", "No speaker named", "Person affected", "9"),
    )


def test_speaker_chart_merges_the_rest_into_others() -> None:
    _, ax = _draw("quote_speakers", quote_data(2), top_n=2)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["", "Koch Foods", "Matthew Albence", "Others (5 speakers)", "", "Matthew Albence", "Mike Hurst"]
    others = ax.patches[2]
    assert others.get_width() == 24 + 19 + 15 + 12 + 6
    assert to_hex(others.get_facecolor()).upper() == charts.OTHERS_COLOR


# --- layout: readable at print size, nothing clipped, legends off the data ---------------


@pytest.mark.parametrize("kind", sorted(SAMPLES))
@pytest.mark.parametrize("n", [2, 4])
def test_print_size_fonts_nothing_clipped(kind: str, n: int) -> None:
    fig, ax = _draw(kind, SAMPLES[kind](n))
    assert fig.get_size_inches()[0] == 6.5
    renderer = fig.canvas.get_renderer()
    fig.draw_without_rendering()
    page = fig.bbox
    # Tick labels of ticks outside the axis limits exist but are never drawn.
    low, high = sorted(ax.get_xlim())
    hidden = {t.label1 for t in ax.xaxis.get_major_ticks() if not low - 1e-9 <= t.get_loc() <= high + 1e-9}
    for text in fig.findobj(matplotlib.text.Text):
        if text in hidden or not text.get_visible() or not text.get_text().strip():
            continue
        assert text.get_fontsize() >= 9, (kind, text.get_text())
        box = text.get_window_extent(renderer)
        # A text that ends beyond the figure would be cut off in print.
        assert box.x0 >= page.x0 - 1 and box.x1 <= page.x1 + 1, (kind, text.get_text(), box, page)
        assert box.y0 >= page.y0 - 1 and box.y1 <= page.y1 + 1, (kind, text.get_text(), box, page)
    for legend in fig.legends + ([ax.get_legend()] if ax.get_legend() else []):
        # Legends live above the plot, never over bars.
        assert legend.get_window_extent(renderer).y0 >= ax.get_window_extent(renderer).y1 - 1


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_every_axis_is_labelled_in_words(kind: str) -> None:
    _, ax = _draw(kind, SAMPLES[kind](3))
    label = ax.get_xlabel()
    assert len(label.split()) >= 4, label


# --- ugly real-world names: TeX-like dollars, markup, right-to-left, emoji, very long ---

UGLY_NAMES = [
    "$5 Daily: the $15-an-hour wage",
    "Fox & Friends <b>Live</b>",
    "a_b^c {x} 100% \\ back\\slash",
    "الجزيرة نت",
    "Le Monde 🇫🇷 édition spéciale",
    "The Very Long Regional Newspaper of Record and Advertiser for the Tri-County Area Incorporated",
    "",
]


@pytest.mark.parametrize("name", UGLY_NAMES)
@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_ugly_outlet_names_render_literally(kind: str, name: str) -> None:
    base = SAMPLES[kind](2)
    renamed = (Outlet(base.outlets[0].id, name, 812, 32), base.outlets[1])
    data = type(base)(renamed, *(getattr(base, f) for f in type(base).__dataclass_fields__ if f != "outlets"))
    fig = charts.chart_figure(kind, data)
    fig.draw_without_rendering()  # layout and text shaping happen here; saving adds nothing new
    plt.close(fig)
    if name:
        assert name in charts.CHARTS[kind].alt(data)


def test_dollar_signs_are_not_math() -> None:
    data = NumbersData(OUTLETS[:2], (NumberValue("abc-news", "hourly wage", "$7.25 to $15", 15.0),))
    _, ax = _draw("numbers", data)
    assert ax.texts[0].get_text() == "ABC News: \\$7.25 to \\$15"
    assert charts.numbers_table(data)[1][0] == ("Hourly wage", "$7.25 to $15", "not mentioned")


# --- empty data and bad input -------------------------------------------------------------

EMPTY: dict[str, Any] = {
    "naming": NamingData(OUTLETS[:2], ()),
    "quote_roles": QuoteData(OUTLETS[:2], ()),
    "quote_speakers": QuoteData(OUTLETS[:2], ()),
    "quote_timeline": QuoteData(OUTLETS[:2], ()),
    "frames": FrameData(OUTLETS[:2], ()),
    "distinctive_terms": TermsData(OUTLETS[:2], ()),
    "coverage": CoverageData(OUTLETS[:2], ()),
    "coverage_strip": CoverageData(OUTLETS[:2], ()),
    "numbers": NumbersData(OUTLETS[:2], ()),
    "tone": ToneData(OUTLETS[:2], ()),
}


@pytest.mark.parametrize("kind", sorted(EMPTY))
def test_empty_data_draws_a_message(kind: str) -> None:
    rendered = charts.render_chart(kind, EMPTY[kind])
    assert rendered.png.startswith(b"\x89PNG")
    alt = charts.CHARTS[kind].alt(EMPTY[kind])
    assert alt.startswith(("Naming", "Quote", "Speaker", "Frame", "Distinctive", "Coverage", "Numbers", "Tone"))
    assert "no " in alt.lower()


def test_outlet_with_no_quotes_gets_a_note() -> None:
    data = QuoteData(OUTLETS[:3], tuple(QuotePoint(*r) for r in _keep(2, QUOTE_ROWS)))
    _, ax = _draw("quote_timeline", data)
    assert "no quotes" in [t.get_text() for t in ax.texts]
    assert "The Clarion-Ledger (Jackson, Mississippi) has no quotes" in charts.quote_timeline_alt(data)
    assert "The Clarion-Ledger (Jackson, Mississippi) quotes no one" in charts.quote_roles_alt(data)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: charts.coverage_table(CoverageData(OUTLETS[:2], (SentenceStatus("abc-news", 0, "missing"),))), "coverage status must be one of shared, partial, unique; got 'missing'"),  # type: ignore[arg-type]
        (lambda: charts.frames_table(FrameData(OUTLETS[:2], (FrameCount("cnn", "economic", 3),))), None),
        (lambda: charts.naming_table(NamingData(OUTLETS[:2], (NamingCount("abc-news", "family", "author", 3),))), "NamingCount.voice must be 'narrator' or 'quoted', got 'author'"),  # type: ignore[arg-type]
        (lambda: charts.figure_for("pie", 2), "unknown chart kind 'pie': use one of"),
        (lambda: charts.render_chart("pie", None), "unknown chart kind 'pie'"),
    ],
)
def test_bad_input_raises_a_clear_error(call: Callable[[], Any], message: str | None) -> None:
    with pytest.raises((ValueError, KeyError)) as info:
        call()
    if message:
        assert message in str(info.value)


def test_unknown_outlet_id_is_named() -> None:
    fig, ax = charts.figure_for("frames", 2)
    with pytest.raises(ValueError, match="FrameData.counts: outlet id 'cnn' is not one of abc-news, breitbart-news"):
        charts.frames_chart(ax, FrameData(OUTLETS[:2], (FrameCount("cnn", "economic", 3),)))


# --- rendering: SVG + PNG, deterministic, labelled, figures closed -------------------------


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_render_is_byte_identical_across_runs(kind: str) -> None:
    first = charts.render_chart(kind, SAMPLES[kind](3))
    second = charts.render_chart(kind, SAMPLES[kind](3))
    assert first.svg == second.svg
    assert first.png == second.png
    assert plt.get_fignums() == []  # render always closes the figure


def test_render_output_shape() -> None:
    alt = charts.coverage_alt(coverage_data(2))
    rendered = charts.render(charts.chart_figure("coverage", coverage_data(2)), alt=alt + ' <"&>')
    assert rendered.svg.startswith("<?xml")
    assert rendered.svg_element.startswith("<svg")
    assert 'role="img"' in rendered.svg_element.split(">", 1)[0]
    assert "<title>Stacked bar chart of how many sentences" in rendered.svg
    assert "&lt;&quot;&amp;&gt;" in rendered.svg  # the alt text is escaped, never markup
    assert "<dc:date>" not in rendered.svg
    # Text stays text, in the font the report names: selectable and searchable.
    assert "<text" in rendered.svg and "DejaVu Sans" in rendered.svg
    assert "Only this outlet" in rendered.svg
    assert rendered.png.startswith(b"\x89PNG")
    # 150 dpi: 6.5 in -> 975 px wide (IHDR width field).
    assert int.from_bytes(rendered.png[16:20], "big") == 975
    assert b"Software" not in rendered.png[:400]
    svg_only = charts.render(charts.chart_figure("coverage", coverage_data(2)), alt=alt + ' <"&>', png=False)
    assert svg_only.svg == rendered.svg and svg_only.png == b""
    assert plt.get_fignums() == []


def test_render_closes_the_figure_even_when_saving_fails() -> None:
    fig = charts.chart_figure("coverage", coverage_data(2))
    fig.axes[0].text(0, 0, "$\\notacommand$")  # mathtext error while drawing
    with pytest.raises(ValueError):
        charts.render(fig)
    assert plt.get_fignums() == []


def test_figure_for_sizes_by_content() -> None:
    small, _ = charts.figure_for("naming", 2, rows=4)
    large, _ = charts.figure_for("naming", 4, rows=28)
    assert small.get_size_inches()[0] == large.get_size_inches()[0] == 6.5
    assert small.get_size_inches()[1] < large.get_size_inches()[1] <= 9.0
    with pytest.raises(ValueError, match="n_outlets must be at least 1, got 0"):
        charts.figure_for("naming", 0)


def test_style_is_print_ready() -> None:
    assert charts.STYLE["font.size"] >= 9
    assert charts.STYLE["svg.hashsalt"]
    # Text stays text in the SVG: selectable, searchable, and light for WeasyPrint.
    assert charts.STYLE["svg.fonttype"] == "none"
    assert charts.STYLE["axes.spines.top"] is False


# --- the seed articles: timeline and strip from the prepared text -------------------------


def _seed_quote_points(doc: Document) -> tuple[QuotePoint, ...]:
    words = {q.start: sum(1 for t in doc.tokens if q.start <= t.start < q.end) for q in doc.quote_spans}
    return tuple(
        QuotePoint(doc.article.id, None, "unknown", words[q.start], q.start / max(len(doc.text), 1))
        for q in doc.quote_spans
    )


def test_seed_articles_chart_deterministically() -> None:
    docs = seed_documents()
    outlets = tuple(Outlet(d.article.id, d.article.outlet, len(d.tokens), len(d.sentences)) for d in docs)
    quotes = QuoteData(outlets, tuple(p for d in docs for p in _seed_quote_points(d)))
    for point in quotes.quotes:
        assert 0.0 <= point.position < 1.0 and point.words >= 0
    coverage = CoverageData(
        outlets, tuple(SentenceStatus(d.article.id, s.index, "unique") for d in docs for s in d.sentences)
    )
    header, rows = charts.quote_timeline_table(quotes)
    assert len(rows) == sum(len(d.quote_spans) for d in docs)
    assert charts.coverage_table(coverage)[1] == tuple(
        (d.article.outlet, "0 (0%)", "0 (0%)", f"{len(d.sentences)} (100%)", str(len(d.sentences))) for d in docs
    )
    first = [charts.render_chart(kind, data) for kind, data in (("quote_timeline", quotes), ("coverage_strip", coverage))]
    again = [charts.render_chart(kind, data) for kind, data in (("quote_timeline", quotes), ("coverage_strip", coverage))]
    assert first == again
    _, ax = _draw("coverage_strip", coverage)
    assert len(ax.patches) == sum(len(d.sentences) for d in docs)


# --- property tests: any Unicode names, any numbers -----------------------------------------

names = st.text(min_size=0, max_size=60)
ids = st.text(alphabet="abcdefghij-", min_size=1, max_size=8)


@st.composite
def outlet_sets(draw: st.DrawFn) -> tuple[Outlet, ...]:
    outlet_ids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
    return tuple(
        Outlet(i, draw(names), draw(st.integers(0, 5000)), draw(st.integers(0, 300))) for i in outlet_ids
    )


@st.composite
def any_chart_data(draw: st.DrawFn) -> tuple[str, Any]:
    outlets = draw(outlet_sets())
    pick = st.sampled_from([o.id for o in outlets])
    kind = draw(st.sampled_from(sorted(SAMPLES)))
    finite = st.floats(-1e6, 1e6, allow_nan=False)
    if kind == "naming":
        data: Any = NamingData(outlets, tuple(draw(st.lists(st.builds(NamingCount, pick, names, st.sampled_from(["narrator", "quoted"]), st.integers(0, 500)), max_size=12))))
    elif kind.startswith("quote"):
        data = QuoteData(outlets, tuple(draw(st.lists(st.builds(QuotePoint, pick, st.none() | names, names, st.integers(-3, 400), st.floats(allow_nan=True)), max_size=12))))
    elif kind == "frames":
        data = FrameData(outlets, tuple(draw(st.lists(st.builds(FrameCount, pick, names, st.integers(0, 300)), max_size=12))))
    elif kind == "distinctive_terms":
        data = TermsData(outlets, tuple(draw(st.lists(st.builds(DistinctiveTerm, pick, names, st.floats(allow_nan=True), st.integers(0, 99)), max_size=12))))
    elif kind.startswith("coverage"):
        data = CoverageData(outlets, tuple(draw(st.lists(st.builds(SentenceStatus, pick, st.integers(0, 200), st.sampled_from(["shared", "partial", "unique"])), max_size=60))))
    elif kind == "numbers":
        data = NumbersData(outlets, tuple(draw(st.lists(st.builds(NumberValue, pick, names, names, st.none() | finite), max_size=10))))
    else:
        data = ToneData(outlets, tuple(draw(st.lists(st.builds(ToneScore, pick, st.sampled_from(["narrator", "quoted", "people"]), st.floats(-1.5, 1.5), st.integers(0, 50)), max_size=10))))
    return kind, data


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_chart_data())
def test_property_alt_and_table_never_fail(case: tuple[str, Any]) -> None:
    kind, data = case
    spec = charts.CHARTS[kind]
    alt = spec.alt(data)
    header, rows = spec.table(data)
    assert isinstance(alt, str) and alt.endswith(".")
    assert all(len(row) == len(header) for row in rows)
    assert all(isinstance(cell, str) for row in rows for cell in row)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_chart_data())
def test_property_charts_draw_any_unicode(case: tuple[str, Any]) -> None:
    kind, data = case
    fig = charts.chart_figure(kind, data)
    try:
        fig.draw_without_rendering()
        ax = fig.axes[0]
        if kind == "quote_timeline":
            for collection in ax.collections:
                xs = collection.get_offsets()[:, 0]
                assert all(0.0 <= float(x) <= 1.0 for x in xs)  # positions stay inside the article
    finally:
        plt.close(fig)


@pytest.mark.parametrize("count, spoken", [(0, "0 times"), (1, "once"), (2, "twice"), (3, "3 times"), (11, "11 times")])
def test_counts_in_alt_text_read_as_words(count: int, spoken: str) -> None:
    assert charts._times(count) == spoken


@pytest.mark.parametrize("z", [1.3828408729710121e308, 2.5e6, 40.0])
def test_distinctive_terms_chart_keeps_a_finite_axis(z: float) -> None:
    """Found by the property test: a z-score near the largest float made the axis infinite."""
    data = TermsData(_outlets(2), (DistinctiveTerm(_outlets(2)[0].id, "word", z, 3),))
    fig = charts.chart_figure("distinctive_terms", data)
    try:
        fig.draw_without_rendering()
        left, right = fig.axes[0].get_xlim()
        assert left == 0 and math.isfinite(right) and right >= min(z, 1e6)
    finally:
        plt.close(fig)


@pytest.mark.parametrize(
    "wordings, shown",
    [
        (["About 300", "about 300", "300"], "About 300 / 300"),
        (["680", "a total of 680"], "680 / a total of 680"),
        (["more than  300", "More than 300"], "more than  300"),
        (["two"], "two"),
    ],
)
def test_an_outlets_wordings_of_a_figure_are_listed_once(wordings: list[str], shown: str) -> None:
    cell = [NumberValue("o", "people", w, 300.0) for w in wordings]
    assert charts._wordings(cell) == shown


@pytest.mark.parametrize(
    ("top_n", "last"),
    [
        (6, "No speaker named"),  # one speaker left over is shown by name, not as "Others (1 speakers)"
        (5, "Others (2 speakers)"),
    ],
)
def test_speaker_chart_never_merges_a_single_speaker(top_n: int, last: str) -> None:
    _, ax = _draw("quote_speakers", quote_data(2), top_n=top_n)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    abc = labels[1 : labels.index("", 1)]
    assert abc[-1] == last
    assert len(abc) == 7 if top_n == 6 else len(abc) == 6
