"""The report: HTML, PDF, JSON and chart files for one event's comparison.

Three stages, kept apart: :mod:`framing.report.context` computes the report's
structure from a :class:`~framing.compare.Comparison`; :mod:`framing.report.render`
turns it into HTML (Jinja, autoescape on) and the HTML into PDF (WeasyPrint);
:mod:`framing.report.writer` writes the files atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from markupsafe import Markup

from framing.compare import Comparison
from framing.errors import RenderError
from framing.report.context import ReportContext, build_context
from framing.report.render import html_to_pdf, render_template
from framing.report.writer import Producer, write_folder

FORMATS = ("html", "pdf", "json")


def _css() -> Markup:
    # The project's own stylesheet, not article text: it must reach <style>
    # unescaped, where entities are not decoded ("DejaVu Sans" must stay quoted).
    return Markup((resources.files("framing.report") / "templates" / "report.css").read_text(encoding="utf-8"))


def render_html(context: ReportContext, *, for_print: bool = False) -> str:
    """The report as one self-contained HTML page (inline CSS and SVG).

    ``for_print`` leaves out what the print stylesheet hides (the evidence
    behind each number, tables kept to the HTML version): the page WeasyPrint
    lays out for the PDF, about a fifth faster to render.
    """
    return render_template("report.html.j2", {"ctx": context, "css": _css(), "for_print": for_print})


def render_pdf(html: str) -> bytes:
    """The report's PDF, rendered by WeasyPrint from the same HTML."""
    return html_to_pdf(html)


def _constant(content: str | bytes) -> Producer:
    return lambda: content


def parse_formats(value: str | Sequence[str]) -> tuple[str, ...]:
    """'html,pdf' -> ('html', 'pdf'), checked against the known formats."""
    items = value.split(",") if isinstance(value, str) else list(value)
    out = tuple(dict.fromkeys(i.strip().lower() for i in items if i.strip()))
    bad = [f for f in out if f not in FORMATS]
    if bad or not out:
        raise RenderError(f"--format must be a comma-separated list of {', '.join(FORMATS)}; got {value!r}")
    return out


def write_report(
    comparison: Comparison,
    out_dir: str | Path,
    *,
    formats: Sequence[str] = FORMATS,
    progress: Callable[[str], None] | None = None,
) -> list[Path]:
    """Write the report files for ``comparison`` into ``out_dir``, atomically.

    Writes ``report.html``, ``report.pdf``, ``result.json`` (as ``formats``
    asks) and every chart as ``charts/<name>.svg`` and ``.png``. Returns the
    paths written.
    """
    from framing.result import comparison_to_dict, dumps

    say = progress or (lambda _msg: None)
    formats = parse_formats(formats)
    files: dict[str, Producer] = {}
    if "json" in formats:
        say("writing result.json")
        text = dumps(comparison_to_dict(comparison))
        files["result.json"] = lambda: text
    if "html" in formats or "pdf" in formats:
        say("drawing charts")
        context = build_context(comparison)
        for section in context.sections:
            for chart in section.charts:
                files[f"charts/{chart.id}.svg"] = _constant(chart.svg)
                files[f"charts/{chart.id}.png"] = _constant(chart.png)
        say("rendering HTML")
        html = render_html(context)
        if "html" in formats:
            files["report.html"] = lambda: html
        if "pdf" in formats:

            def pdf() -> bytes:
                say("rendering PDF")
                return render_pdf(render_html(context, for_print=True))

            files["report.pdf"] = pdf
    keep = tuple(name for name in ("report.html", "report.pdf", "result.json") if name not in files)
    return write_folder(Path(out_dir), files, keep=keep)


__all__ = ["FORMATS", "build_context", "parse_formats", "render_html", "render_pdf", "write_report"]
