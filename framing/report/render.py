"""HTML and PDF rendering: one Jinja environment, autoescape on, filters for numbers.

Templates are dumb: the context is computed beforehand (``framing.report.context``)
and only formatted here. Article text is untrusted and is always escaped;
the only markup the templates insert unescaped is the SVG the chart module
produced from numbers, passed through :func:`trusted_svg`.
"""

from __future__ import annotations

import base64
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from framing.errors import RenderError


def fmt_number(value: float | int | None, digits: int = 0) -> str:
    """12345.6 -> '12,346'; None -> '–'."""
    if value is None:
        return "–"
    if digits == 0:
        return f"{round(value):,}"
    return f"{value:,.{digits}f}"


def fmt_percent(value: float | None, digits: int = 0) -> str:
    """0.237 -> '24%'."""
    if value is None:
        return "–"
    return f"{value * 100:.{digits}f}%"


def fmt_signed(value: float | None, digits: int = 2) -> str:
    """0.5 -> '+0.50'; -0.25 -> '−0.25' (a real minus sign)."""
    if value is None:
        return "–"
    text = f"{value:+.{digits}f}"
    return text.replace("-", "−")


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """plural(1, 'quote') -> '1 quote'; plural(3, 'quote') -> '3 quotes'."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count:,} {word}"


def trusted_svg(svg: str) -> Markup:
    """Mark chart SVG (made by framing from numbers, never from article text) as safe."""
    start = svg.find("<svg")
    return Markup(svg[start:] if start >= 0 else svg)


def png_data_uri(png: bytes) -> str:
    """PNG bytes as a ``data:`` URI for an ``<img src>`` (the print copy's charts)."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The one Jinja environment of the project (autoescape on for every template)."""
    env = Environment(
        loader=PackageLoader("framing.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(num=fmt_number, pct=fmt_percent, signed=fmt_signed, plural=plural, svg=trusted_svg, data_uri=png_data_uri)
    return env


def render_template(name: str, context: dict[str, Any]) -> str:
    """Render template ``name`` with ``context``."""
    return environment().get_template(name).render(**context)


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """Render HTML to PDF with WeasyPrint (same HTML as the browser sees)."""
    import logging

    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # missing system libraries (pango, cairo)
        raise RenderError(f"WeasyPrint cannot load ({exc}); install its system libraries or use --format html,json") from None
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    pdf = HTML(string=html, base_url=base_url).write_pdf()
    if pdf is None:
        raise RenderError("WeasyPrint produced no PDF")
    return bytes(pdf)
