"""Build the report's structure from a :class:`Comparison`: plain values, no markup.

Everything the HTML template shows is computed here: the plain-words summary,
each section's table rows with the evidence sentences behind every number,
the chart data handed to :mod:`framing.charts`, and each article's text cut
into highlighted segments. The template only loops and formats; it never
decides anything. Article text stays plain text here and is escaped by the
template engine.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from framing.compare import ArticleAnalysis, Comparison
from framing.report.summary import summary_points
from framing.terms import term_spans

CATEGORY_ORDER = ("criminalizing", "legal-status", "neutral-person", "process", "family", "children", "migration")
ROLE_ORDER = ("official", "advocate", "business", "affected", "expert", "media", "unknown")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence behind a number, with the part that counts marked."""

    article: str
    outlet: str
    sentence: int
    before: str
    match: str
    after: str

    @property
    def anchor(self) -> str:
        """The id of the sentence in the side-by-side text."""
        return f"{self.article}-s{self.sentence}"


@dataclass(frozen=True, slots=True)
class Cell:
    """A number in a table and the sentences behind it."""

    value: str
    evidence: tuple[Evidence, ...] = ()
    numeric: bool = True


@dataclass(frozen=True, slots=True)
class Table:
    """A table: header and rows of cells."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""
    # Reference tables too long for a handout stay in the HTML; the PDF says where they are.
    in_print: bool = True


@dataclass(frozen=True, slots=True)
class Chart:
    """A rendered chart with its alt text and data table."""

    id: str
    title: str
    svg: str
    png: bytes
    alt: str
    table: Table


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of an article's sentence, with how to highlight it."""

    text: str
    category: str | None = None
    term: str | None = None
    quoted: bool = False
    speaker: str | None = None
    role: str | None = None
    speaker_tag: str | None = None


@dataclass(frozen=True, slots=True)
class SentenceView:
    """One sentence of the side-by-side text."""

    index: int
    anchor: str
    status: str  # "shared", "partial", "unique" (against all others)
    new_paragraph: bool
    segments: tuple[Segment, ...]
    note: str


@dataclass(frozen=True, slots=True)
class ArticleView:
    """One article column of the side-by-side text."""

    id: str
    outlet: str
    color: str
    meta: str
    sentences: tuple[SentenceView, ...]
    boilerplate: tuple[tuple[str, str], ...]
    changes: tuple[str, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """One section of the report."""

    id: str
    title: str
    intro: str
    charts: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()
    lists: tuple[tuple[str, tuple[Evidence, ...]], ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportContext:
    """Everything the report template shows."""

    title: str
    event: dict[str, Any]
    outlets: tuple[dict[str, Any], ...]
    summary: tuple[tuple[str, tuple[Evidence, ...]], ...]
    sections: tuple[Section, ...]
    articles: tuple[ArticleView, ...]
    methods: tuple[tuple[str, str], ...]
    limits: tuple[str, ...]
    lexicons: tuple[tuple[str, str], ...]
    version: str
    # (category, label, colour, tint): the chart's colour underlines a naming,
    # a light tint of it is the background, so dark text keeps AA contrast.
    categories: tuple[tuple[str, str, str, str], ...] = field(default=())


def _evidence(a: ArticleAnalysis, sentence: int, start: int | None = None, end: int | None = None) -> Evidence:
    doc = a.doc
    sent = doc.sentences[sentence]
    if start is not None and end is not None and sent.start <= start < sent.end < end:
        end = sent.end  # a quote running on into the next sentences: mark its first sentence
    if start is None or end is None or not (sent.start <= start <= end <= sent.end):
        return Evidence(a.id, a.outlet, sentence, sent.text, "", "")
    return Evidence(
        a.id, a.outlet, sentence, doc.text[sent.start : start], doc.text[start:end], doc.text[end : sent.end]
    )


def _quote_evidence(a: ArticleAnalysis, q: Any) -> Evidence:
    """A quote's first sentence, with the quoted words in it marked."""
    return _evidence(a, q.sentence, q.start, q.end)


def _sentence_status(comparison: Comparison) -> dict[tuple[str, int], str]:
    """A sentence's status against all other articles: unique if unique against every one."""
    by: dict[tuple[str, int], list[str]] = defaultdict(list)
    for al in comparison.coverage:
        by[(al.article, al.sentence)].append(al.status)
    out = {}
    for key, statuses in by.items():
        if all(s == "unique" for s in statuses):
            out[key] = "unique"
        elif any(s == "shared" for s in statuses):
            out[key] = "shared"
        else:
            out[key] = "partial"
    return out


def _label(text: str) -> str:
    return text.replace("-", " ").capitalize()


def build_context(comparison: Comparison, *, charts: bool = True) -> ReportContext:
    """The report's whole structure, computed from the comparison."""
    from framing import charts as ch
    from framing.cli import _version
    from framing.result import lexicon_versions

    arts = comparison.articles
    by_id = {a.id: a for a in arts}
    colors = ch.outlet_colors([a.id for a in arts])
    status = _sentence_status(comparison)
    outlets = tuple(
        {
            "id": a.id,
            "outlet": a.outlet,
            "title": a.doc.article.title,
            "author": a.doc.article.author,
            "date": a.doc.article.date,
            "url": a.doc.article.url,
            "words": a.doc.words,
            "sentences": len(a.doc.sentences),
            "color": colors[a.id],
        }
        for a in arts
    )
    chart_outlets = tuple(ch.Outlet(a.id, a.outlet, a.doc.words, len(a.doc.sentences)) for a in arts)
    jobs: _Jobs | None = [] if charts else None
    sections: tuple[Section, ...] = (
        _naming_section(comparison, chart_outlets, jobs),
        _quotes_section(comparison, chart_outlets, jobs),
        _omissions_section(comparison, chart_outlets, status, jobs),
        _terms_section(comparison, chart_outlets, jobs),
        _frames_section(comparison, chart_outlets, jobs),
    )
    if jobs:
        # The sections hold the charts' data and tables; now draw every chart at once.
        rendered = ch.render_many([(kind, data, options) for _, kind, data, options in jobs])
        drawn = {id(placeholder): r for (placeholder, *_), r in zip(jobs, rendered, strict=True)}
        sections = tuple(
            replace(s, charts=tuple(replace(c, svg=drawn[id(c)].svg, png=drawn[id(c)].png) if id(c) in drawn else c
                                    for c in s.charts))
            for s in sections
        )
    categories = sorted({m.category for a in arts for m in a.mentions}, key=_category_rank)
    ev = comparison.event
    return ReportContext(
        title=ev.title,
        event={"slug": ev.slug, "title": ev.title, "date": ev.date, "description": ev.description},
        outlets=outlets,
        summary=tuple(
            (point.text, tuple(_evidence(by_id[r.article], r.sentence, r.start, r.end) for r in point.evidence))
            for point in summary_points(comparison)
        ),
        sections=sections,
        articles=tuple(_article_view(a, colors[a.id], status) for a in arts),
        methods=METHODS,
        limits=LIMITS,
        lexicons=tuple((name, str(version) if version is not None else "–") for name, version in lexicon_versions()),
        version=_version(),
        categories=tuple((c, _label(c), colour, _tint(colour)) for c, colour in ch.category_colors(categories).items()),
    )


def _tint(colour: str, amount: float = 0.78) -> str:
    """``colour`` mixed with white: a background that keeps black text at WCAG AA contrast."""
    r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in (r, g, b))


def _category_rank(category: str) -> tuple[int, str]:
    return (CATEGORY_ORDER.index(category) if category in CATEGORY_ORDER else len(CATEGORY_ORDER), category)


def _chart(kind: str, title: str, data: Any, jobs: _Jobs | None, **options: Any) -> Chart:
    """The chart's title, alt text and data table; its drawing is queued on ``jobs`` (None: not drawn).

    :func:`build_context` draws every queued chart at once, on all cores
    (:func:`framing.charts.render_many`), and puts the drawings in place.
    """
    from framing import charts as ch

    alt = getattr(ch, f"{kind}_alt")(data, **options)
    header, rows = getattr(ch, f"{kind}_table")(data, **options)
    table = Table(tuple(header), tuple(tuple(Cell(str(v), numeric=_is_number(v)) for v in row) for row in rows))
    chart = Chart(kind.replace("_", "-"), title, "", b"", alt, table)
    if jobs is not None:
        jobs.append((chart, kind, data, options))
    return chart


#: Charts waiting to be drawn: (the placeholder in its section, kind, data, options).
_Jobs = list[tuple[Chart, str, Any, dict[str, Any]]]


def _is_number(value: object) -> bool:
    text = str(value).replace(",", "").replace("%", "").replace("−", "-").replace("+", "").strip()
    try:
        float(text)
    except ValueError:
        return False
    return True


# --- naming -----------------------------------------------------------------------


def _naming_section(comparison: Comparison, outlets: tuple[Any, ...], jobs: _Jobs | None) -> Section:
    from framing import charts as ch

    arts = comparison.articles
    counts = tuple(
        ch.NamingCount(a.id, cell.category, cell.voice, cell.count)  # type: ignore[arg-type]
        for a in arts
        for cell in a.naming.cells
        if cell.count
    )
    data = ch.NamingData(outlets, counts)
    chart = _chart("naming", "How each outlet names the people involved", data, jobs)
    # The table: rows are (category, voice), a cell per outlet with its mentions.
    keys = sorted({(c.category, c.voice) for a in arts for c in a.naming.cells if c.count},
                  key=lambda k: (_category_rank(k[0]), k[1] != "narrator"))
    rows = []
    for category, voice in keys:
        row = [Cell(_label(category), numeric=False), Cell("own words" if voice == "narrator" else "in quotes", numeric=False)]
        for a in arts:
            cell = next((c for c in a.naming.cells if c.category == category and c.voice == voice), None)
            if cell is None or not cell.count:
                row.append(Cell("0"))
                continue
            ev = tuple(_evidence(a, m.sentence, m.start, m.end) for m in cell.mentions)
            row.append(Cell(f"{cell.count} ({cell.rate:.1f})", ev))
        rows.append(tuple(row))
    table = Table(
        ("Category", "Voice", *(a.outlet for a in arts)),
        tuple(rows),
        "Mentions per category and voice; in brackets, per 1,000 words. "
        "Each number opens its sentences (on paper: their numbers).",
    )
    # The terms each outlet uses, by voice.
    term_rows = []
    for a in arts:
        for use in sorted(a.naming.terms, key=lambda u: (u.voice != "narrator", -u.count, u.term)):
            mentions = [m for m in a.mentions if m.term == use.term and m.voice == use.voice]
            ev = tuple(_evidence(a, m.sentence, m.start, m.end) for m in mentions)
            who = ", ".join(use.speakers) if use.speakers else ""
            term_rows.append(
                (
                    Cell(a.outlet, numeric=False),
                    Cell(use.term, numeric=False),
                    Cell(_label(use.category), numeric=False),
                    Cell("own words" if use.voice == "narrator" else f"in quotes{': ' + who if who else ''}", numeric=False),
                    Cell(str(use.count), ev),
                )
            )
    terms = Table(
        ("Outlet", "Term", "Category", "Voice", "Times"), tuple(term_rows), "Every naming term, by outlet and voice.", in_print=False
    )
    firsts = []
    for a in arts:
        m = a.naming.first_narrator_mention or a.naming.first_mention
        if m is not None:
            firsts.append((f"{a.outlet}: first names them as “{m.text}”", (_evidence(a, m.sentence, m.start, m.end),)))
    return Section(
        "naming",
        "Naming: the words for the people involved",
        "Which words does each outlet use for the people at the centre of the story? "
        "“Own words” is the outlet's narration (indirect speech included); “in quotes” "
        "is what the people it quotes say.",
        charts=(chart,),
        tables=(table, terms),
        lists=tuple(firsts),
    )


# --- quotes -----------------------------------------------------------------------


def _quotes_section(comparison: Comparison, outlets: tuple[Any, ...], jobs: _Jobs | None) -> Section:
    from framing import charts as ch

    arts = comparison.articles
    points = tuple(
        ch.QuotePoint(a.id, q.speaker, q.speaker_role, q.words, q.position)
        for a in arts
        for q in a.quotes
        if q.kind != "scare"
    )
    data = ch.QuoteData(outlets, points)
    charts = (
        _chart("quote_roles", "Words quoted, by the speaker's role", data, jobs),
        _chart("quote_speakers", "Who is quoted, and how much", data, jobs),
        _chart("quote_timeline", "When each voice is heard, through each article", data, jobs),
    )
    rows = []
    for a in arts:
        for q in a.quotes:
            first_words = " ".join(q.text.split()[:12]) + ("…" if q.words > 12 else "")
            here = (_quote_evidence(a, q),)
            rows.append(
                (
                    Cell(a.outlet, numeric=False),
                    Cell(str(q.order + 1), here),
                    Cell(q.speaker or "unknown", numeric=False),
                    Cell(q.speaker_role, numeric=False),
                    Cell(q.kind, numeric=False),
                    Cell(q.cue or "–", numeric=False),
                    Cell(str(q.words), here),
                    Cell(f"{q.position:.0%}", here),
                    Cell(first_words, here, numeric=False),
                )
            )
    table = Table(
        ("Outlet", "#", "Speaker", "Role", "Kind", "Verb", "Words", "Where", "Quote"),
        tuple(rows),
        "Every quote, in order. “Where” is how far into the article it comes.",
    )
    prof_rows = []
    for a in arts:
        p = a.quote_profile
        voiced = tuple(_quote_evidence(a, q) for q in a.quotes if q.kind != "scare")
        scare_ev = tuple(_quote_evidence(a, q) for q in a.quotes if q.kind == "scare")
        first = next((q for q in a.quotes if q.kind != "scare"), None)
        prof_rows.append(
            (
                Cell(a.outlet, numeric=False),
                Cell(str(p.quotes), tuple(_quote_evidence(a, q) for q in a.quotes)),
                Cell(str(len(p.by_speaker)), voiced),
                Cell(f"{p.quoted_words:,}", voiced),
                Cell(f"{p.quoted_share:.0%}", voiced),
                Cell(
                    # "Idris (role unknown)", as the charts' legend says it; "(unknown)" read as if the person were.
                    f"{p.first_voice or 'nobody'} ({_role_label(p.first_voice_role)})",
                    (_quote_evidence(a, first),) if first is not None else (),
                    numeric=False,
                ),
                Cell(str(p.scare), scare_ev),
            )
        )
    profile = Table(
        ("Outlet", "Quotes", "Speakers", "Words quoted", "Share of article", "First voice", "Scare quotes"),
        tuple(prof_rows),
    )
    verb_rows = []
    for a in arts:
        for s in a.quote_profile.by_speaker:
            verb_rows.append(
                (
                    Cell(a.outlet, numeric=False),
                    Cell(s.speaker, numeric=False),
                    Cell(s.role, numeric=False),
                    Cell(", ".join(s.cues) or "–", numeric=False),
                    Cell(", ".join(s.loaded_cues) or "–", numeric=False),
                    Cell(
                        str(s.words),
                        tuple(_quote_evidence(a, q) for q in a.quotes if q.kind != "scare" and q.speaker == s.speaker),
                    ),
                )
            )
    verbs = Table(
        ("Outlet", "Speaker", "Role", "Attribution verbs", "Not neutral", "Words"),
        tuple(verb_rows),
        "How each speaker is introduced: a neutral “said” or a verb that judges (“claimed”, “admitted”, “defended”).",
    )
    scare = []
    for a in arts:
        ev = tuple(_evidence(a, q.sentence, q.start, q.end) for q in a.quotes if q.kind == "scare")
        if ev:
            scare.append((f"{a.outlet}: words in scare quotes (quoted with no speaker, to keep a distance)", ev))
    return Section(
        "quotes",
        "Quotes: who speaks, how much, how early",
        "Whose words does each outlet print, and who is heard first? A quote counts its own words; "
        "roles come from the speaker's title or organisation.",
        charts=charts,
        tables=(profile, table, verbs),
        lists=tuple(scare),
    )


# --- omissions --------------------------------------------------------------------


def _omissions_section(
    comparison: Comparison, outlets: tuple[Any, ...], status: dict[tuple[str, int], str], jobs: _Jobs | None
) -> Section:
    from framing import charts as ch

    arts = comparison.articles
    cov = ch.CoverageData(
        outlets,
        tuple(ch.SentenceStatus(a.id, s.index, status.get((a.id, s.index), "unique")) for a in arts for s in a.doc.sentences),  # type: ignore[arg-type]
    )
    charts = [
        _chart("coverage", "What each outlet shares with the others", cov, jobs),
        _chart("coverage_strip", "Where the unique facts are, sentence by sentence", cov, jobs),
    ]
    # The chart compares: it shows the figures two or more outlets give (the
    # table below it lists every quantity, one-outlet ones included).
    compared = [r for r in comparison.numbers if len(set(r.articles)) > 1] or list(comparison.numbers)[:8]
    # Two rows can count the same thing ("people released": about 300 the same
    # day, 270 later): each keeps its own chart row, named by its first figure.
    label_rows = Counter(r.label for r in compared)
    values = []
    for row in compared:
        quantity = row.label if label_rows[row.label] == 1 else f"{row.label}: {row.cells[0].text}"
        for cell in row.cells:
            values.append(ch.NumberValue(cell.article, quantity, cell.text, cell.value))
    numbers_data = ch.NumbersData(outlets, tuple(values))
    if values:
        charts.append(_chart("numbers", "The numbers, side by side", numbers_data, jobs))
    lists = []
    for a in arts:
        only = [s.index for s in a.doc.sentences if status.get((a.id, s.index)) == "unique"]
        others = ", ".join(o.outlet for o in arts if o.id != a.id)
        lists.append(
            (
                f"Only {a.outlet} reports this ({len(only)} of {len(a.doc.sentences)} sentences; absent from {others})",
                tuple(_evidence(a, i) for i in only),
            )
        )
    by_id = {a.id: a for a in arts}
    num_rows = []
    for row in comparison.numbers:
        cells = [Cell(row.label, numeric=False)]
        for a in arts:
            mine = [c for c in row.cells if c.article == a.id]
            if not mine:
                cells.append(Cell("–", numeric=False))
                continue
            ev = tuple(_evidence(by_id[c.article], c.sentence, c.start, c.end) for c in mine)
            cells.append(Cell("; ".join(c.text for c in mine), ev, numeric=False))
        cells.append(Cell(row.status.replace("-", " "), numeric=False))
        num_rows.append(tuple(cells))
    numbers_table = Table(("What is counted", *(a.outlet for a in arts), "Status"), tuple(num_rows), "Every quantity, as each outlet gives it.")
    ent_rows = []
    for ent in comparison.entities:
        cells = [Cell(ent.canonical, numeric=False), Cell(ent.kind, numeric=False)]
        for a in arts:
            refs = [m for m in ent.mentions if m.article == a.id]
            ev = tuple(_evidence(a, m.sentence, m.start, m.end) for m in refs)
            cells.append(Cell(str(len(refs)) if refs else "–", ev))
        ent_rows.append(tuple(cells))
    entities_table = Table(
        ("Name", "Kind", *(a.outlet for a in arts)),
        tuple(ent_rows),
        "People, organisations and places, and how often each outlet names them (spellings folded).",
        in_print=False,
    )
    return Section(
        "omissions",
        "Omissions: what one outlet carries and the others leave out",
        "Each sentence is compared with every sentence of the other articles (shared words, numbers, names and "
        "concepts). “Unique” means no other article carries that fact; “partial” means some of it is there.",
        charts=tuple(charts),
        tables=(numbers_table, entities_table),
        lists=tuple(lists),
    )


# --- words ------------------------------------------------------------------------


def _terms_section(comparison: Comparison, outlets: tuple[Any, ...], jobs: _Jobs | None) -> Section:
    from framing import charts as ch

    arts = comparison.articles
    names = {a.id: a.outlet for a in arts}
    data = ch.TermsData(outlets, tuple(ch.DistinctiveTerm(t.article, t.term, t.z, t.count) for t in comparison.distinctive_terms))
    chart = _chart("distinctive_terms", "Words that set each outlet apart", data, jobs)
    by_id = {a.id: a for a in arts}
    rows = []
    for t in comparison.distinctive_terms:
        a = by_id[t.article]
        ev = tuple(_evidence(a, i) for i in t.sentences)
        rows.append(
            (
                Cell(names[t.article], numeric=False),
                Cell(t.term, numeric=False),
                Cell(f"{t.z:+.2f}".replace("-", "−"), ev),
                Cell(str(t.count), ev),
                Cell(
                    str(t.other_count),
                    tuple(
                        _evidence(o, o.doc.sentence_at(span.start).index, span.start, span.end)  # type: ignore[union-attr]
                        for o in arts
                        if o.id != t.article
                        for span in term_spans(o.doc, t.term)
                        if o.doc.sentence_at(span.start) is not None
                    ),
                ),
            )
        )
    table = Table(
        ("Outlet", "Term", "z-score", "Times here", "Times in the others"),
        tuple(rows),
        "Weighted log-odds with an informative prior (Monroe, Colaresi and Quinn 2008); |z| above 1.96 is a clear difference.",
        in_print=False,
    )
    return Section(
        "terms",
        "Words: what each outlet says more than the others",
        "Which words and two-word phrases does one outlet use much more often than the others, "
        "given how common they are in news writing?",
        charts=(chart,),
        tables=(table,),
    )


# --- frames and tone --------------------------------------------------------------


def _frames_section(comparison: Comparison, outlets: tuple[Any, ...], jobs: _Jobs | None) -> Section:
    from framing import charts as ch

    arts = comparison.articles
    from framing.frames import load_frames_lexicon

    specs = {spec.id: spec for spec in load_frames_lexicon().frames}
    residual = {fid for fid, spec in specs.items() if spec.residual}
    counts = tuple(
        ch.FrameCount(a.id, f.label, len(f.sentences), f.frame in residual)
        for a in arts for f in a.frames.frames if f.sentences
    )
    frames_chart = _chart("frames", "Frames: what the story is about", ch.FrameData(outlets, counts), jobs)
    scores = []
    for a in arts:
        for voice_name, vt in (("narrator", a.tone.narrator), ("quoted", a.tone.quoted), ("people", a.tone.people)):
            if vt.mean is not None and vt.segments:
                scores.append(ch.ToneScore(a.id, voice_name, vt.mean, vt.segments))  # type: ignore[arg-type]
    tone_chart = _chart("tone", "Tone, in the outlet's own words and in quotes", ch.ToneData(outlets, tuple(scores)), jobs)
    labels: dict[str, str] = {}
    for a in arts:
        for f in a.frames.frames:
            labels[f.frame] = f.label
    frame_ids = sorted(
        {f.frame for a in arts for f in a.frames.frames if f.sentences},
        # Ties in the order of the label, never of a set's (hash-seeded) iteration.
        key=lambda fid: (-sum(len(f.sentences) for a in arts for f in a.frames.frames if f.frame == fid), labels[fid], fid),
    )
    rows = []
    for fid in frame_ids:
        row = [Cell(labels[fid], numeric=False)]
        for a in arts:
            share = next((x for x in a.frames.frames if x.frame == fid), None)
            if share is None or not share.sentences:
                row.append(Cell("–", numeric=False))
                continue
            f = share
            cue_spans = {(c.sentence): c for c in a.frame_cues if c.frame == fid}
            ev = tuple(
                _evidence(a, i, cue_spans[i].start, cue_spans[i].end) if i in cue_spans else _evidence(a, i)
                for i in f.sentences
            )
            words = ", ".join(w.word for w in f.words[:4])
            # "Other" counts the sentences with no cue: it has no words to show.
            row.append(Cell(f"{f.share:.0%} · {words}" if words else f"{f.share:.0%}", ev, numeric=False))
        rows.append(tuple(row))
    table = Table(
        ("Frame", *(a.outlet for a in arts)),
        tuple(rows),
        "Share of sentences with a cue for each frame, and the words that cued it.",
    )
    glossary = Table(
        ("Frame", "From", "What it means"),
        tuple(
            (
                Cell(labels[fid], numeric=False),
                Cell(_frame_source(specs[fid]) if fid in specs else "", numeric=False),
                Cell(specs[fid].description if fid in specs else "", numeric=False),
            )
            for fid in frame_ids
        ),
        "What each frame in the table above means, and which codebook it comes from.",
    )
    tone_rows = []
    voice_names = {"narrator": "own words", "quoted": "in quotes", "people": "sentences naming the people"}
    for a in arts:
        for key, vt in (("narrator", a.tone.narrator), ("quoted", a.tone.quoted), ("people", a.tone.people)):
            if not vt.segments or vt.mean is None:
                continue
            every = tuple(_evidence(a, i) for i in sorted(vt.positive + vt.negative + vt.neutral))
            tone_rows.append(
                (
                    Cell(a.outlet, numeric=False),
                    Cell(voice_names[key], numeric=False),
                    Cell(f"{vt.mean:+.2f}".replace("-", "−"), every),
                    Cell(str(len(vt.positive)), tuple(_evidence(a, i) for i in vt.positive)),
                    Cell(str(len(vt.negative)), tuple(_evidence(a, i) for i in vt.negative)),
                )
            )
    tone_table = Table(
        ("Outlet", "Text", "Mean tone", "Positive sentences", "Negative sentences"),
        tuple(tone_rows),
        "VADER compound score from −1 to +1, averaged over the sentences (or their quoted or unquoted parts).",
    )
    return Section(
        "frames",
        "Frames and tone",
        "Frames are the angles a story takes (crime, humanitarian, economic…). Each sentence is checked for cue "
        "words from a frame lexicon based on the Policy Frames Codebook and research on immigration news. Tone is "
        "VADER sentiment, from −1 (negative) to +1 (positive).",
        charts=(frames_chart, tone_chart),
        tables=(table, glossary, tone_table),
    )


# Where each family of frames comes from, as a reader needs to place a label like "Victim: humanitarian".
_FRAME_FAMILIES = {
    "policy": "Policy Frames Codebook",
    "immigration": "Immigration news frames",
    "narrative": "Story form",
}


def _frame_source(spec: Any) -> str:
    """The codebook a frame comes from, with its group when it has one ("Immigration news frames: victim")."""
    source = _FRAME_FAMILIES.get(spec.family, spec.family)
    return f"{source}: {spec.group}" if spec.group else source


# --- articles side by side --------------------------------------------------------


def _article_view(a: ArticleAnalysis, color: str, status: dict[tuple[str, int], str]) -> ArticleView:
    doc = a.doc
    quotes = [q for q in a.quotes if q.kind != "scare"]
    sentences = []
    last_para = -1
    for s in doc.sentences:
        bounds = {s.start, s.end}
        for m in a.mentions:
            if s.start <= m.start < s.end:
                bounds.update((m.start, min(m.end, s.end)))
        for q in quotes:
            if q.start < s.end and q.end > s.start:
                bounds.update((max(q.start, s.start), min(q.end, s.end)))
        cuts = sorted(bounds)
        segs = []
        for lo, hi in zip(cuts, cuts[1:]):
            if lo >= hi:
                continue
            mention = next((m for m in a.mentions if m.start <= lo and hi <= m.end), None)
            quote = next((q for q in quotes if q.start <= lo and hi <= q.end), None)
            tag = None
            if quote is not None and hi == min(quote.end, s.end) and hi == quote.end:
                tag = f"{quote.speaker or 'unknown speaker'} · {quote.speaker_role}"
            segs.append(
                Segment(
                    doc.text[lo:hi],
                    category=mention.category if mention else None,
                    term=mention.term if mention else None,
                    quoted=quote is not None,
                    speaker=quote.speaker if quote else None,
                    role=quote.speaker_role if quote else None,
                    speaker_tag=tag,
                )
            )
        st = status.get((a.id, s.index), "unique")
        note = {"unique": "only this outlet reports this", "partial": "partly reported elsewhere", "shared": ""}[st]
        sentences.append(SentenceView(s.index, f"{a.id}-s{s.index}", st, s.paragraph != last_para, tuple(segs), note))
        last_para = s.paragraph
    meta = ", ".join(x for x in (doc.article.author, doc.article.date) if x)
    changes = Counter(c.kind for c in doc.changes)
    change_notes = []
    if changes.get("restored-break"):
        change_notes.append(f"restored {changes['restored-break']} lost paragraph breaks")
    change_notes += [c.detail for c in doc.changes if c.kind != "restored-break"]
    return ArticleView(
        a.id,
        a.outlet,
        color,
        meta,
        tuple(sentences),
        tuple((b.reason, b.text) for b in doc.boilerplate),
        tuple(change_notes),
        tuple(p.message for p in doc.problems),
    )


METHODS: tuple[tuple[str, str], ...] = (
    (
        "Sentences",
        "Each article is cleaned (Unicode, lost paragraph breaks restored, glued dates moved to the metadata) and "
        "split into sentences with NLTK's Punkt and the project's abbreviation list. Copyright lines, author bios "
        "and social handles are set aside and never counted.",
    ),
    (
        "Naming",
        "Terms for the people involved are matched from the naming lexicon (categories with a rationale and AP "
        "Stylebook guidance). A mention inside a direct or partial quote counts as “in quotes”, with its speaker; "
        "everything else, indirect speech included, is the outlet's own words. Rates are per 1,000 words.",
    ),
    (
        "Quotes",
        "Quote marks are paired (a closing mark used as an opener is read as an opener). The speaker is found from "
        "the attribution verb (said, told, according to…) in either order; “he”, “Cox” and “the company” are "
        "resolved to the full name given earlier. Roles come from titles and organisation words.",
    ),
    (
        "Omissions",
        "Every sentence is compared with every sentence of each other article: TF-IDF over words and character "
        "n-grams, plus shared numbers, names and naming concepts (so “illegal workers” and “undocumented "
        "immigrants” count as the same people). Thresholds were calibrated on hand-labelled events.",
    ),
    (
        "Distinctive words",
        "Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008), the prior "
        "pooled from the library's articles; z-scores above 1.96 mark a clear difference.",
    ),
    (
        "Frames and tone",
        "Frame cues come from a lexicon built on the Policy Frames Codebook (Boydstun et al. 2014; Card et al. 2015) "
        "and the immigration frames of Mendelsohn, Budak and Jurgens (2021). Tone is VADER sentiment, computed "
        "separately on the outlet's own words and on quoted words.",
    ),
)

LIMITS: tuple[str, ...] = (
    "A tool counts words; it cannot judge intent. Read the sentences behind each number before drawing a conclusion.",
    "Lexicons are lists made by people: they miss new terms and can match a word in an unusual sense. "
    "The candidates list in the JSON shows phrases the naming lexicon does not know yet.",
    "Speakers and their roles are read from the article's wording, and they can be wrong: on real articles "
    "the rules were not written from, about three speakers in four and between four and seven roles in ten "
    "were right (see the README). Check the quotes table before you teach from it; “unknown” means no role "
    "was found.",
    "Two short articles give small counts: a difference of one or two mentions is weak evidence.",
    "VADER was built for social media; news prose and quoted officials' language read as mostly neutral.",
)


def evidence_count(items: Iterable[Sequence[Evidence]]) -> int:
    """How many evidence sentences a report carries (for tests and the methods note)."""
    return sum(len(list(x)) for x in items)


def _role_label(role: str | None) -> str:
    """A speaker's role as a table prints it after the name: "official"; "role unknown" where none was found."""
    return "–" if role is None else "role unknown" if role == "unknown" else role
