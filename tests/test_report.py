"""The JSON result, the HTML and PDF report, atomic writes and escaping."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.compare import Comparison, compare
from framing.errors import RenderError
from framing.events import load_event
from framing.report import build_context, parse_formats, render_html, write_report
from framing.report.render import fmt_number, fmt_percent, fmt_signed, plural
from framing.result import comparison_to_dict, dumps, validate
from tests.conftest import DATA, SEED_EVENT

PORT_HARLAN = DATA / "events" / "port-harlan-strike-2024"
GOLDEN = DATA / "golden" / "mississippi-raids-2019.json"


@pytest.fixture(scope="module")
def seed_comparison() -> Comparison:
    return compare(load_event(SEED_EVENT))


@pytest.fixture(scope="module")
def seed_result(seed_comparison: Comparison) -> dict:  # type: ignore[type-arg]
    return comparison_to_dict(seed_comparison)


# --- the JSON result ---------------------------------------------------------------


@pytest.mark.parametrize("folder", [SEED_EVENT, PORT_HARLAN], ids=lambda p: p.name)
def test_result_validates_against_the_shipped_schema(folder: Path) -> None:
    validate(comparison_to_dict(compare(load_event(folder))))


def test_result_is_byte_identical_across_runs(seed_result: dict) -> None:  # type: ignore[type-arg]
    again = comparison_to_dict(compare(load_event(SEED_EVENT)))
    assert dumps(again) == dumps(seed_result)


def test_result_matches_golden(seed_result: dict) -> None:  # type: ignore[type-arg]
    """The seed event's whole result; refresh on purpose with FRAMING_UPDATE_GOLDEN=1."""
    text = dumps(seed_result)
    if os.environ.get("FRAMING_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    golden["generator"] = seed_result["generator"]  # the version may move; the analysis may not
    assert json.loads(text) == golden


def test_every_offset_in_the_result_points_at_its_text(seed_result: dict) -> None:  # type: ignore[type-arg]
    for art in seed_result["articles"]:
        text = art["text"]
        for key in ("boilerplate", "quotes", "mentions", "numbers", "entities", "frame_cues"):
            for item in art[key]:
                assert text[item["start"] : item["end"]] == item["text"], (key, item)
        for s in art["sentences"]:
            assert 0 <= s["start"] < s["end"] <= len(text)
        for line in art["concordance"]:
            assert text[line["start"] : line["end"]] == line["match"]
            # Context is flattened for display (line breaks become spaces).
            squash = lambda x: "".join(x.split())  # noqa: E731
            assert squash(text[: line["start"]]).endswith(squash(line["left"]))
            assert squash(text[line["end"] :]).startswith(squash(line["right"]))
        assert len(art["concordance"]) == len(art["mentions"])
        n = len(art["sentences"])
        for item in art["quotes"] + art["mentions"]:
            assert 0 <= item["sentence"] < n


def test_coverage_rows_cover_every_sentence_against_every_other_article(seed_result: dict) -> None:  # type: ignore[type-arg]
    arts = seed_result["articles"]
    expected = {(a["id"], s["index"], b["id"]) for a in arts for b in arts if a is not b for s in a["sentences"]}
    got = {(c["article"], c["sentence"], c["against"]) for c in seed_result["coverage"]}
    assert got == expected


def test_seed_result_headline_figures(seed_result: dict) -> None:  # type: ignore[type-arg]
    arts = {a["id"]: a for a in seed_result["articles"]}
    bb_own = sorted(
        (m["text"].lower(), m["category"]) for m in arts["breitbart-news"]["mentions"] if m["voice"] == "narrator" and m["category"] == "criminalizing"
    )
    assert [t for t, _ in bb_own].count("illegal workers") + [t for t, _ in bb_own].count("illegal worker") == 8
    assert sum(1 for t, _ in bb_own if t.startswith("illegal alien")) == 3
    abc_alien = [m for m in arts["abc-news"]["mentions"] if m["category"] == "criminalizing"]
    assert abc_alien and all(m["voice"] == "quoted" for m in abc_alien)
    assert {m["speaker"] for m in abc_alien} <= {"Bryan Cox", "Immigration and Customs Enforcement"}


# --- analyze and report from the command line ----------------------------------


def test_analyze_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["analyze", str(PORT_HARLAN), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "framing.comparison/1"
    assert [a["id"] for a in data["articles"]] == ["daily-ledger", "harbor-gazette", "metro-wire"]


def test_report_three_outlets_html_json(tmp_path: Path) -> None:
    out = tmp_path / "rep"
    result = CliRunner().invoke(main, ["report", str(PORT_HARLAN), "-o", str(out), "--format", "html,json"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        f"Report for \"Port Harlan dockworkers' strike: police clear the picket line, March 2024\" in {out}/:",
        "  result.json",
        "  report.html",
    ]
    assert "framing: analysing 3 articles" in result.stderr
    html = (out / "report.html").read_text(encoding="utf-8")
    for outlet in ("Daily Ledger", "Harbor Gazette", "Metro Wire"):
        assert outlet in html
    assert "--cols: 3" in html
    assert sorted(p.name for p in (out / "charts").iterdir())[:2] == ["coverage-strip.png", "coverage-strip.svg"]


def test_report_quiet_prints_no_progress(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["report", str(PORT_HARLAN), "-o", str(tmp_path / "q"), "--format", "json", "--quiet"])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_report_bad_format_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["report", "-o", str(tmp_path / "x"), "--format", "html,docx"])
    assert result.exit_code == 2
    assert result.stderr == "Error: --format must be a comma-separated list of html, pdf, json; got 'html,docx'\n"
    assert not (tmp_path / "x").exists()


def test_parse_formats() -> None:
    assert parse_formats("HTML, json,html") == ("html", "json")
    with pytest.raises(RenderError):
        parse_formats("")


def test_failed_render_leaves_previous_report_untouched(
    tmp_path: Path, seed_comparison: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "rep"
    write_report(seed_comparison, out, formats=("json",))
    before = (out / "result.json").read_bytes()

    def boom(_html: str) -> bytes:
        raise RenderError("PDF engine failed")

    monkeypatch.setattr("framing.report.render_pdf", boom)
    with pytest.raises(RenderError):
        write_report(seed_comparison, out, formats=("html", "pdf", "json"))
    assert sorted(p.name for p in out.iterdir()) == ["result.json"]
    assert (out / "result.json").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["rep"], "no temporary folder is left behind"


def test_failed_first_render_creates_nothing(tmp_path: Path, seed_comparison: Comparison, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_html: str) -> bytes:
        raise RenderError("PDF engine failed")

    monkeypatch.setattr("framing.report.render_pdf", boom)
    with pytest.raises(RenderError):
        write_report(seed_comparison, tmp_path / "new", formats=("html", "pdf"))
    assert list(tmp_path.iterdir()) == []


# --- HTML: content, escaping, structure --------------------------------------------


def test_html_has_summary_sections_and_evidence(seed_comparison: Comparison) -> None:
    ctx = build_context(seed_comparison, charts=False)
    html = render_html(ctx)
    assert "In its own words, Breitbart News uses “illegal workers” 8 times, “illegal aliens” 3 times" in html
    assert "Its only “alien” or “alien parent” come inside quotes" in html
    for section in ("naming", "quotes", "omissions", "terms", "frames", "articles", "methods"):
        assert f'<section id="{section}"' in html
    assert html.count("<details><summary>") > 50  # numbers expand to their sentences
    assert 'id="abc-news-s1"' in html and 'href="#abc-news-s1"' in html


def test_frames_section_says_what_each_frame_means(seed_comparison: Comparison) -> None:
    """A label such as "Victim: humanitarian" comes with its codebook and meaning, for each frame the table shows."""
    ctx = build_context(seed_comparison, charts=False)
    section = next(s for s in ctx.sections if s.id == "frames")
    shares, glossary = section.tables[0], section.tables[1]
    assert glossary.header == ("Frame", "From", "What it means")
    assert [r[0].value for r in glossary.rows] == [r[0].value for r in shares.rows]
    rows = {r[0].value: (r[1].value, r[2].value) for r in glossary.rows}
    assert rows["Victim: humanitarian"] == (
        "Immigration news frames: victim",
        "Immigrants suffering economic, social or political hardship; family separation; children; detention conditions.",
    )
    assert rows["Episodic"] == ("Story form", "The story told through one event, place, moment or person (Iyengar 1991).")
    assert rows["Crime and punishment"][0] == "Policy Frames Codebook"
    assert all(r[2].value for r in glossary.rows)
    # the residual "Other" frame has no cue words: its cells show the share alone ("18%", not "18% ·")
    other = next(r for r in shares.rows if r[0].value == "Other")
    assert all(c.value == "–" or re.fullmatch(r"\d+%", c.value) for c in other[1:])
    assert all(" · " in c.value for r in shares.rows if r[0].value != "Other" for c in r[1:] if c.value != "–")


def test_print_copy_leaves_out_only_what_print_hides(seed_comparison: Comparison) -> None:
    """The PDF is laid out from a copy without evidence lists and screen-only tables; its summary points carry
    their sentence numbers instead (see the next test), nothing else differs."""
    import re

    ctx = build_context(seed_comparison, charts=False)
    screen, paper = render_html(ctx), render_html(ctx, for_print=True)
    assert screen.count('class="evidence"') > 50 and 'class="evidence"' not in paper
    assert "chart-data" in screen and "chart-data" not in paper
    assert "show the evidence" in screen and "show the evidence" not in paper
    assert "table-wrap screen-only" in screen and "table-wrap screen-only" not in paper

    def visible(html: str) -> list[str]:
        # The words print shows: drop what print hides, then the tags.
        html = re.sub(r'<span class="evidence".*?</span>\s*(?=</details>)', "", html, flags=re.S)
        html = re.sub(r'<details class="(?:chart-data )?screen-only">.*?</details>', "", html, flags=re.S)
        html = re.sub(r'<div class="table-wrap screen-only">.*?</div>', "", html, flags=re.S)
        html = re.sub(r'<span class="refs">.*?</span>', "", html, flags=re.S)  # paper's own: sentence numbers
        return re.sub(r"<[^>]+>", " ", html).split()

    assert visible(paper) == visible(screen)


def test_print_summary_points_give_their_sentence_numbers(seed_comparison: Comparison) -> None:
    """On paper each "In short" point ends with the numbers of the sentences behind it, by outlet.

    The screen folds them into "show the evidence"; the PDF has no such control, so
    the point names the numbered sentences of the articles printed at the end.
    """
    import re

    ctx = build_context(seed_comparison, charts=False)
    paper = render_html(ctx, for_print=True)
    summary = paper[paper.index('<section class="summary"') :]
    summary = summary[: summary.index("</section>")]
    refs = re.findall(r'<span class="refs">\((.*?)\)</span>', summary)
    expected = []
    for _text, evidence in ctx.summary:
        if not evidence:
            continue
        by_outlet: dict[str, set[int]] = {}
        for e in evidence:
            by_outlet.setdefault(e.outlet, set()).add(e.sentence + 1)
        expected.append("; ".join(
            f"{outlet}: sentence{'s' if len(numbers) > 1 else ''} {', '.join(map(str, sorted(numbers)))}"
            for outlet, numbers in sorted(by_outlet.items())
        ))
    assert refs == expected and len(refs) >= 10
    # the first point is ABC News's own naming: its nine sentences, by number
    assert refs[0] == "ABC News: sentences 1, 3, 4, 8, 9, 12, 14, 17, 18"


def test_print_table_numbers_give_their_sentence_numbers(seed_comparison: Comparison) -> None:
    """On paper a table's number is followed by the numbers of its sentences (the screen's folded list)."""
    import re

    ctx = build_context(seed_comparison, charts=False)
    paper, screen = render_html(ctx, for_print=True), render_html(ctx)
    # the numbers table: ABC News's "Roughly 680" people arrested stands in its sentence 9 (sentence index 8)
    assert re.search(r'Roughly 680 <span class="refs">\(sentence 9\)</span>', paper)
    assert 'class="refs"' not in screen
    # a row names the same sentences once: the quote list's first row gives "(sentence 6)" once, not per cell
    first_quote_row = next(row for row in re.findall(r"<tr>(.*?)</tr>", paper, flags=re.S) if "This is horrifying" in row)
    assert first_quote_row.count('<span class="refs">(sentence 6)</span>') == 1


def test_print_copy_embeds_each_chart_as_its_png(seed_comparison: Comparison) -> None:
    """The screen inlines each chart's SVG; the print copy takes its PNG, with the same alt text."""
    import base64
    import re

    ctx = build_context(seed_comparison)
    charts = [c for s in ctx.sections for c in s.charts if c.svg]
    screen, paper = render_html(ctx), render_html(ctx, for_print=True)
    assert screen.count("<svg") == len(charts) >= 9 and "<svg" not in paper
    images = re.findall(r'<img src="data:image/png;base64,([^"]+)" alt="([^"]*)">', paper)
    assert [base64.b64decode(data) for data, _ in images] == [c.png for c in charts]
    assert all(alt for _, alt in images) and len(images) == len(charts)


def test_every_chart_has_alt_text_and_a_data_table(seed_comparison: Comparison) -> None:
    ctx = build_context(seed_comparison, charts=False)
    charts = [c for s in ctx.sections for c in s.charts]
    assert len(charts) >= 9
    for chart in charts:
        assert chart.alt.strip()
        assert chart.table.header and chart.table.rows


def test_headings_are_in_order(seed_comparison: Comparison) -> None:
    import re

    html = render_html(build_context(seed_comparison, charts=False))
    levels = [int(m) for m in re.findall(r"<h([1-6])[ >]", html)]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels


HOSTILE = (
    "---\noutlet: Evil <script>alert(1)</script> News\ntitle: \"<img src=x onerror=alert(2)>\"\n---\n"
    "Officials said <script>alert(3)</script> the plant closed. Workers said \"<img src=x onerror=alert(4)>\" "
    "to reporters on Tuesday. The council will meet again next week to discuss the plant."
)


def test_article_text_is_inert_in_html(tmp_path: Path) -> None:
    folder = tmp_path / "hostile-event"
    shutil.copytree(PORT_HARLAN, folder)
    (folder / "zz-evil.txt").write_text(HOSTILE, encoding="utf-8")
    # A hostile speaker name and a hostile naming term, so they reach the charts.
    (folder / "zz-evil2.txt").write_text(
        "---\noutlet: \"<svg onload=alert(6)>\"\n---\n"
        "\"We will not stop,\" said Jane <b>Doe</b>, a striker. The protesters<img src=x> marched on Friday. "
        "Police said 14 people were arrested.",
        encoding="utf-8",
    )
    (folder / "event.yaml").write_text('title: "<script>alert(5)</script> strike"\n', encoding="utf-8")
    # Charts included: speakers, terms and outlet names reach the inline SVG as text.
    html = render_html(build_context(compare(load_event(folder)), charts=True))
    assert "<script" not in html.lower()
    assert "onerror=" not in html.replace("onerror=alert", "")  # only escaped forms may remain
    assert "<img" not in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(4)&gt;" in html


def test_html_is_self_contained(tmp_path: Path, seed_comparison: Comparison) -> None:
    write_report(seed_comparison, tmp_path / "r", formats=("html",))
    html = (tmp_path / "r" / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html
    for needle in ('src="http', "href=\"http", "<link ", "@import", "url(http"):
        assert needle not in html


@pytest.mark.parametrize(
    ("fn", "value", "expected"),
    [
        (fmt_number, 12345.6, "12,346"),
        (fmt_number, None, "–"),
        (fmt_percent, 0.237, "24%"),
        (fmt_signed, -0.25, "−0.25"),
        (fmt_signed, 0.5, "+0.50"),
    ],
)
def test_filters(fn, value, expected) -> None:  # type: ignore[no-untyped-def]
    assert fn(value) == expected


def test_plural() -> None:
    assert (plural(1, "quote"), plural(3, "quote"), plural(2, "person", "people")) == ("1 quote", "3 quotes", "2 people")


# --- PDF -----------------------------------------------------------------------------


@pytest.mark.slow
def test_pdf_has_summary_outlets_and_page_numbers(tmp_path: Path, seed_comparison: Comparison) -> None:
    from pypdf import PdfReader

    write_report(seed_comparison, tmp_path / "r", formats=("pdf",))
    reader = PdfReader(str(tmp_path / "r" / "report.pdf"))
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "In short" in flat
    assert "ABC News" in flat and "Breitbart News" in flat
    assert "illegal workers" in flat
    assert f"Page 1 of {len(reader.pages)}" in flat
    assert len(reader.pages) >= 5


@pytest.mark.parametrize("folder", [SEED_EVENT, PORT_HARLAN], ids=lambda p: p.name)
def test_every_number_in_a_section_table_leads_to_its_sentences(folder: Path) -> None:
    """Traceability: a figure in the report can be expanded to the sentences behind it."""
    ctx = build_context(compare(load_event(folder)), charts=False)
    bare = [
        (section.id, table.caption[:30], header, cell.value)
        for section in ctx.sections
        for table in section.tables
        for row in table.rows
        for header, cell in zip(table.header, row)
        if cell.numeric and not cell.evidence and cell.value not in ("0", "–", "0%")
    ]
    assert bare == []
    assert all(evidence for _text, evidence in ctx.summary)


def test_numbers_chart_keeps_rows_that_share_a_label_apart(seed_comparison: Comparison) -> None:
    """ "people released" is two rows (about 300, about 270) and "people" two more (two, about 30): each its own
    chart row, not one per label. ("two" lost its "released": "if two married illegal workers had minor
    children ..., one of the workers was released".)"""
    ctx = build_context(seed_comparison, charts=False)
    chart = next(c for s in ctx.sections for c in s.charts if c.id == "numbers")
    rows = [r for r in seed_comparison.numbers if r.label == "people released" and len(set(r.articles)) > 1]
    assert len(rows) == 2
    assert len([r for r in seed_comparison.numbers if r.label == "people" and len(set(r.articles)) > 1]) == 2
    assert "People released: more than 300: ABC News says more than 300, Breitbart News says About 300 / 300" in chart.alt
    assert "People released: approximately 270: ABC News says approximately 270, Breitbart News says 270" in chart.alt
    assert "People: two: ABC News says two, Breitbart News says two" in chart.alt
    assert "People: approximately 30: ABC News says approximately 30, Breitbart News says roughly 30" in chart.alt
