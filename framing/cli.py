"""The ``framing`` command line: a thin layer over the library.

Each command parses its options, calls one library function and prints. The
library raises :class:`FramingError` for bad input; :class:`FramingGroup`
turns exactly those into one line on stderr (``Error: ...``) and exit code 2.
Any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import click

from framing.errors import FramingError
from framing.lexicons import ENV_VAR

F = TypeVar("F", bound=Callable[..., Any])


class FramingGroup(click.Group):
    """A click group that reports :class:`FramingError` as one line, exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FramingError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(2)


def _version() -> str:
    try:
        return metadata.version("framing")
    except metadata.PackageNotFoundError:  # running from a checkout without install
        return "0+unknown"


def library_option(func: F) -> F:
    """Add ``--library DIR``: the folder that holds event folders."""
    return click.option(
        "--library",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Folder of event folders (default: the bundled seeds/).",
    )(func)


def json_option(func: F) -> F:
    """Add ``--json``: print machine-readable output instead of a table."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(func)


def event_argument(func: F) -> F:
    """Add the optional ``EVENT`` argument (a folder or a slug; default: the bundled event)."""
    return click.argument("event", required=False)(func)


def echo_json(data: Any) -> None:
    """Print ``data`` as indented, key-sorted JSON."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False))


@click.group(cls=FramingGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", prog_name="framing")
@click.option(
    "--lexicons",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of lexicon YAML files to use instead of the shipped ones.",
)
def main(lexicons: Path | None) -> None:
    """Compare how news outlets frame one event, with the evidence.

    Give framing an event folder (two or more articles about one event) and
    it shows how each outlet names the people involved, whom it quotes, what
    it leaves out and which frames and tone it leans on.
    """
    if lexicons is not None:
        from framing.lexicons import lexicon_dir

        lexicon_dir(lexicons)  # fail early, with one line, if it does not exist
        os.environ[ENV_VAR] = str(lexicons)


@main.command("events")
@library_option
@json_option
def events_cmd(library: Path | None, as_json: bool) -> None:
    """List the events in the library, with their articles."""
    from framing.events import default_library, list_events, load_event

    lib = library or default_library()
    rows: list[dict[str, Any]] = []
    for folder in list_events(lib):
        event = load_event(folder)
        rows.append(
            {
                "slug": event.slug,
                "title": event.title,
                "date": event.date,
                "articles": len(event.articles),
                "outlets": [a.outlet for a in event.articles],
                "path": str(folder),
            }
        )
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo(f"No events in {lib}. Create one with: framing new SLUG --title \"...\"")
        return
    click.echo(f"Events in {lib}:")
    for row in rows:
        click.echo(f"  {row['slug']}  ({row['date'] or 'no date'}, {row['articles']} articles)")
        click.echo(f"      {row['title']}")
        click.echo(f"      outlets: {', '.join(row['outlets'])}")


@main.command("prepare")
@event_argument
@library_option
@json_option
def prepare_cmd(event: str | None, library: Path | None, as_json: bool) -> None:
    """Show each article's sentences and what was set aside, as the tool sees them.

    EVENT is an event folder or a slug in the library (default: the bundled
    event).
    """
    from framing.events import load_event, resolve_event
    from framing.prepare import prepare

    ev = load_event(resolve_event(event, library))
    docs = [prepare(a) for a in ev.articles]
    if as_json:
        echo_json(
            [
                {
                    "id": d.article.id,
                    "outlet": d.article.outlet,
                    "date": d.article.date,
                    "author": d.article.author,
                    "words": d.words,
                    "sentences": [
                        {"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph, "text": s.text}
                        for s in d.sentences
                    ],
                    "boilerplate": [
                        {"start": b.start, "end": b.end, "text": b.text, "reason": b.reason} for b in d.boilerplate
                    ],
                    "changes": [{"kind": c.kind, "start": c.start, "detail": c.detail} for c in d.changes],
                    "problems": [{"kind": p.kind, "start": p.start, "message": p.message} for p in d.problems],
                }
                for d in docs
            ]
        )
        return
    click.echo(f"{ev.title} ({ev.slug})")
    for doc in docs:
        art = doc.article
        click.echo("")
        head = f"== {art.outlet} [{art.id}]"
        details = [x for x in (art.author, art.date) if x]
        if details:
            head += " — " + ", ".join(details)
        click.echo(head)
        click.echo(f"   {len(doc.sentences)} sentences, {doc.words} words, {len(doc.paragraphs)} paragraphs")
        last_para = None
        for s in doc.sentences:
            marker = "¶" if s.paragraph != last_para else " "
            last_para = s.paragraph
            click.echo(f"{marker}[{s.index:>3}] {s.text}")
        if doc.boilerplate:
            click.echo("   set aside (not counted as content):")
            for b in doc.boilerplate:
                click.echo(f"     - {b.reason}: {b.text}")
        kinds: dict[str, list[str]] = {}
        for c in doc.changes:
            kinds.setdefault(c.kind, []).append(c.detail)
        if kinds:
            click.echo("   changes:")
            for kind, details_ in kinds.items():
                if kind == "restored-break":
                    click.echo(f"     - restored {len(details_)} lost paragraph breaks (sentences ran together)")
                else:
                    for d in details_:
                        click.echo(f"     - {d}")
        for p in doc.problems:
            snippet = doc.text[p.start : p.start + 40].replace("\n", " ")
            click.echo(f"   note: {p.message} (char {p.start}: {snippet}...)")


# Commands added by later issues go below, one section each.
@main.command("quotes")
@click.argument("paths", nargs=-1, required=True)
@library_option
@json_option
def quotes_cmd(paths: tuple[str, ...], library: Path | None, as_json: bool) -> None:
    """Show every quote with its speaker, role, kind and position.

    Each PATH is a plain text file (its name is taken as the outlet), an
    article file with a metadata header, an event folder, or an event slug
    in the library. With --json, prints one JSON object per quote.
    """
    import dataclasses

    from framing.prepare import prepare
    from framing.quotes import extract_quotes, load_articles, quote_profile

    for article in load_articles(paths, library=library):
        doc = prepare(article)
        found = extract_quotes(doc)
        if as_json:
            for q in found:
                click.echo(json.dumps({"article": article.id, **dataclasses.asdict(q)}, ensure_ascii=False))
            continue
        prof = quote_profile(doc, found)
        click.echo(f"== {article.outlet} [{article.id}]")
        click.echo(
            f"   {prof.quotes} quotes ({prof.direct} direct, {prof.partial} partial, {prof.scare} scare); "
            f"{prof.quoted_words} of {prof.article_words} words quoted ({prof.quoted_share:.0%}); "
            f"first voice: {prof.first_voice or 'none'}"
            + (f" ({prof.first_voice_role})" if prof.first_voice else "")
        )
        for q in found:
            first = " ".join(q.text.split()[:8])
            more = "…" if q.words > 8 else ""
            speaker = q.speaker or "(unknown)"
            if q.inherited:
                speaker += "*"
            click.echo(
                f"   {q.order + 1:>2}. s{q.sentence:<3} {q.position:>4.0%}  {q.kind:<7}  "
                f"{speaker} ({q.speaker_role}), {q.cue or '-'}: “{first}{more}”"
            )
        if any(q.inherited for q in found):
            click.echo("   * speaker carried over from the quote or statement just before")


# --- quotes ---
@main.command("naming")
@event_argument
@click.option(
    "--lexicon",
    "lexicon_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A naming lexicon YAML file to use instead of naming.yaml.",
)
@click.option("--width", type=click.IntRange(10, 200), default=40, show_default=True, help="Context characters each side in the concordance.")
@click.option("--candidates/--no-candidates", default=True, show_default=True, help="List phrases the lexicon may be missing.")
@library_option
@json_option
def naming_cmd(
    event: str | None, lexicon_file: Path | None, width: int, candidates: bool, library: Path | None, as_json: bool
) -> None:
    """How each outlet names the people involved, by voice, with a concordance.

    Shows a side-by-side table (category x voice: count and rate per 1,000
    words), the terms each outlet uses in its own voice and in quotes, and
    every mention in context (KWIC), grouped by term and outlet. EVENT is an
    event folder or a slug (default: the bundled event).
    """
    from dataclasses import asdict

    from framing.events import load_event, resolve_event
    from framing.naming import (
        concordance,
        discover_candidates,
        find_event_mentions,
        group_concordance,
        load_naming_lexicon,
        naming_profile,
        side_by_side,
    )
    from framing.prepare import prepare

    lex = load_naming_lexicon(lexicon_file)
    ev = load_event(resolve_event(event, library))
    docs = [prepare(a) for a in ev.articles]
    # One topic for the whole event, as in the report: a shared word is filed alike in every outlet.
    mentions = list(find_event_mentions(docs, lexicon=lex))
    profiles = [naming_profile(d, m) for d, m in zip(docs, mentions)]
    table = side_by_side(profiles, lexicon=lex)
    kwic = [line for d, m in zip(docs, mentions) for line in concordance(d, m, width=width)]
    found = [discover_candidates(d, m, lexicon=lex) if candidates else () for d, m in zip(docs, mentions)]
    if as_json:
        echo_json(
            {
                "event": {"slug": ev.slug, "title": ev.title},
                "lexicon": lex.path,
                "table": asdict(table),
                "articles": [
                    {
                        "id": d.article.id,
                        "outlet": d.article.outlet,
                        "words": d.words,
                        "mentions": [asdict(x) for x in m],
                        "profile": asdict(p),
                        "concordance": [asdict(k) for k in kwic if k.article == d.article.id],
                        "candidates": [asdict(c) for c in cs],
                    }
                    for d, m, p, cs in zip(docs, mentions, profiles, found)
                ],
            }
        )
        return
    click.echo(f"{ev.title} ({ev.slug})")
    click.echo("")
    click.echo("How each outlet names the people involved: mentions (per 1,000 words)")
    col = max(16, *(len(o) + 2 for o in table.outlets))
    topics = {r.topic for r in table.rows}
    label_w = max([24, *(len(r.category) + 12 + (len(r.topic) + 1 if len(topics) > 1 else 0) for r in table.rows)])
    click.echo(f"  {'category / voice':<{label_w}}" + "".join(f"{o:>{col}}" for o in table.outlets))
    for r in table.rows:
        name = f"{r.topic}/{r.category}" if len(topics) > 1 else r.category
        cells = "".join(f"{f'{c} ({rate:.1f})':>{col}}" for c, rate in zip(r.counts, r.rates))
        click.echo(f"  {f'{name} / {r.voice}':<{label_w}}{cells}")
    click.echo(f"  {'words':<{label_w}}" + "".join(f"{w:>{col}}" for w in table.words))
    for p, cs in zip(profiles, found):
        click.echo("")
        click.echo(f"== {p.outlet} [{p.article}]: {p.total} mentions in {p.words} words")
        first = p.first_narrator_mention
        if first is not None:
            click.echo(f"   first term in its own voice: \"{first.text}\" ({first.category}, sentence {first.sentence})")
        if p.lede_mentions:
            lede = ", ".join(f"\"{m.text}\" ({m.category})" for m in p.lede_mentions)
            click.echo(f"   first sentence: {lede}")
        for voice in ("narrator", "quoted"):
            uses = [u for u in p.terms if u.voice == voice]
            if not uses:
                continue
            click.echo(f"   {'own voice' if voice == 'narrator' else 'in quotes'}:")
            for u in uses:
                who = f"  [{', '.join(u.speakers)}]" if u.speakers else ""
                forms = ", ".join(f"\"{f}\"" for f in u.forms)
                sents = ", ".join(str(s) for s in u.sentences)
                click.echo(f"     {u.count:>3} x {u.term} ({u.category}): {forms}; sentences {sents}{who}")
        if cs:
            click.echo("   not in the lexicon (candidates to review):")
            for c in cs:
                extends = f", extends \"{c.extends_term}\"" if c.extends_term else ""
                click.echo(f"     \"{c.text}\" x{c.count} (sentence {c.sentence}{extends})")
    click.echo("")
    click.echo("Concordance (KWIC) by term and outlet: [sentence, N = own voice, Q = quoted]")
    for g in group_concordance(kwic):
        click.echo(f"-- {g.term} · {g.outlet} ({len(g.lines)})")
        for k in g.lines:
            voice = "N" if k.voice == "narrator" else "Q"
            click.echo(f"   [{k.sentence:>3} {voice}] {k.left:>{width}}[{k.match}]{k.right.rstrip()}")
# --- naming ---
@main.command("omissions")
@event_argument
@library_option
@json_option
def omissions_cmd(event: str | None, library: Path | None, as_json: bool) -> None:
    """Show what each outlet reports that the others leave out; numbers; names.

    Per article: its sentences that no other article carries (in article
    order, neighbours grouped), those carried only in part (with the nearest
    match), then the numbers and the people, organisations and places each
    outlet names. EVENT is an event folder or a slug (default: the bundled event).
    """
    from dataclasses import asdict

    from framing.coverage import compare_event
    from framing.events import load_event, resolve_event
    from framing.prepare import prepare

    ev = load_event(resolve_event(event, library))
    docs = [prepare(a) for a in ev.articles]
    cov = compare_event(docs)
    if as_json:
        echo_json(asdict(cov))
        return
    by_id = {d.article.id: d for d in docs}
    best: dict[tuple[str, int], Any] = {}
    for a in cov.alignments:
        key = (a.article, a.sentence)
        if a.match is not None and (key not in best or a.match.score > best[key][1].score):
            best[key] = (a.against, a.match)
    click.echo(f"{ev.title} ({ev.slug})")
    for art in cov.articles:
        doc = by_id[art.article]
        click.echo("")
        click.echo(
            f"== {doc.article.outlet} [{art.article}]: only here, {len(art.only_here)} of "
            f"{len(doc.sentences)} sentences"
        )
        for group in art.groups:
            for n, i in enumerate(group):
                click.echo(f"  {'•' if n == 0 else ' '} [{i:>2}] {doc.sentences[i].text}")
        if art.partly_here:
            click.echo("   carried only in part elsewhere:")
            for i in art.partly_here:
                click.echo(f"    [{i:>2}] {doc.sentences[i].text}")
                if (art.article, i) in best:
                    other, m = best[(art.article, i)]
                    click.echo(f"         ~ {other} [{m.sentence}] ({m.score:.2f}) {by_id[other].sentences[m.sentence].text}")
    ids = [d.article.id for d in docs]
    click.echo("")
    click.echo("Numbers (status, what is counted, each article's wording):")
    for row in cov.numbers:
        cells = []
        for aid in ids:
            texts = [c.text for c in row.cells if c.article == aid]
            cells.append(f"{aid}: {' / '.join(dict.fromkeys(texts)) if texts else '—'}")
        click.echo(f"  {row.status:<9} {row.label:<20} " + " | ".join(cells))
    click.echo("")
    click.echo("Names (status, kind, canonical name, named by):")
    for erow in cov.entities:
        spell = f"  [{', '.join(erow.spellings)}]" if erow.spellings != (erow.canonical,) else ""
        click.echo(f"  {erow.status:<9} {erow.kind:<12} {erow.canonical} — {', '.join(erow.articles)}{spell}")


# --- omissions ---
@main.command("terms")
@event_argument
@library_option
@json_option
@click.option("--top", type=click.IntRange(min=1), default=15, show_default=True, help="Terms to show per article.")
def terms_cmd(event: str | None, library: Path | None, as_json: bool, top: int) -> None:
    """Show the terms each article uses more than the others, with z-scores.

    Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi
    and Quinn 2008) over unigrams and bigrams; the prior is every article in
    the library (and general English frequencies when wordfreq is installed).
    EVENT is an event folder or a slug (default: the bundled event).
    """
    from dataclasses import asdict

    from framing.events import load_event, resolve_event
    from framing.prepare import prepare
    from framing.compare import library_background
    from framing.terms import distinctive_terms, wordfreq_available

    folder = resolve_event(event, library)
    ev = load_event(folder)
    docs = [prepare(a) for a in ev.articles]
    # The same prior as the report's: the other events beside this one.
    background = docs + library_background(folder)
    result = distinctive_terms(docs, background=background, top=top)
    if as_json:
        echo_json(
            {
                "event": ev.slug,
                "background_articles": len(background),
                "wordfreq": wordfreq_available(),
                "articles": [
                    {
                        "id": d.article.id,
                        "outlet": d.article.outlet,
                        "words": d.words,
                        "terms": [asdict(t) for t in result if t.article == d.article.id],
                    }
                    for d in docs
                ],
            }
        )
        return
    click.echo(f"{ev.title} ({ev.slug})")
    click.echo("Distinctive terms: weighted log-odds z against the other articles (|z| > 1.96 is notable)")
    wf = "with general English (wordfreq)" if wordfreq_available() else "wordfreq not installed"
    click.echo(f"prior: {len(background)} articles in the library, {wf}")
    click.echo("")
    width = 34
    columns = []
    for d in docs:
        rows = [f"{t.z:5.2f} {t.count:3d} {t.other_count:3d}  {t.term}" for t in result if t.article == d.article.id]
        columns.append([f"{d.article.outlet} [{d.article.id}]", "    z own oth  term", *rows])
    height = max(len(c) for c in columns)
    for i in range(height):
        cells = [(c[i] if i < len(c) else "")[:width].ljust(width) for c in columns]
        click.echo("  ".join(cells).rstrip())


@main.command("frames")
@event_argument
@library_option
@json_option
def frames_cmd(event: str | None, library: Path | None, as_json: bool) -> None:
    """Show each article's frame profile side by side, with the words behind it, and tone by voice.

    A frame's share is the share of sentences holding one of its cue words
    (lexicons/frames.yaml); tone is VADER's compound score (-1 to +1) for the
    outlet's own words, the quoted words and the sentences naming people.
    EVENT is an event folder or a slug (default: the bundled event).
    """
    from dataclasses import asdict

    from framing.events import load_event, resolve_event
    from framing.frames import frame_cues, frame_profile, load_frames_lexicon
    from framing.naming import find_mentions
    from framing.prepare import prepare
    from framing.quotes import extract_quotes
    from framing.tone import tone

    ev = load_event(resolve_event(event, library))
    lex = load_frames_lexicon()
    rows = []
    for art in ev.articles:
        doc = prepare(art)
        cues = frame_cues(doc, lexicon=lex)
        quotes = extract_quotes(doc)
        rows.append((doc, cues, frame_profile(doc, cues, lexicon=lex), tone(doc, quotes, find_mentions(doc, quotes))))
    if as_json:
        echo_json(
            {
                "event": ev.slug,
                "articles": [
                    {
                        "id": d.article.id,
                        "outlet": d.article.outlet,
                        "profile": asdict(p),
                        "cues": [asdict(c) for c in cs],
                        "tone": asdict(t),
                    }
                    for d, cs, p, t in rows
                ],
            }
        )
        return
    click.echo(f"{ev.title} ({ev.slug})")
    click.echo("Frames: share of sentences with a cue word (sentences), and the words that triggered it")
    label_w, col_w = 50, 16
    click.echo("".ljust(label_w) + "".join(d.article.outlet[: col_w - 1].ljust(col_w) for d, *_ in rows).rstrip())
    for family in ("policy", "immigration", "narrative"):
        click.echo(family)
        for spec in lex.frames:
            if spec.family != family:
                continue
            shares = [p.get(spec.id) for _, _, p, _ in rows]
            if not any(s.sentences for s in shares):
                continue
            cells = "".join(f"{s.share:4.0%} ({len(s.sentences)})".ljust(col_w) for s in shares)
            click.echo(f"  {spec.label[: label_w - 3]}".ljust(label_w) + cells.rstrip())
            for (d, *_), s in zip(rows, shares):
                if s.words:
                    words = ", ".join(f"{w.word} {w.count}" for w in s.words[:6])
                    click.echo(f"      {d.article.id}: {words}")
    click.echo("")
    click.echo("Episodic or thematic (sentences with cues of each):")
    for d, _, p, _ in rows:
        click.echo(f"  {d.article.id}: {p.narrative} (episodic {len(p.episodic)}, thematic {len(p.thematic)})")
    click.echo("")
    click.echo("Tone: VADER compound, mean over sentences (-1 negative, +1 positive; sentences)")
    click.echo("".ljust(label_w) + "".join(d.article.outlet[: col_w - 1].ljust(col_w) for d, *_ in rows).rstrip())
    for label, attr in (("all sentences", "overall"), ("narrator (outlet's words)", "narrator"),
                        ("quoted (direct and partial)", "quoted"), ("sentences naming people", "people")):
        voices = [getattr(t, attr) for *_, t in rows]
        cells = "".join(
            (f"{v.mean:+.2f} ({v.segments})" if v.mean is not None else "-").ljust(col_w) for v in voices
        )
        click.echo(f"  {label}".ljust(label_w) + cells.rstrip())


# --- terms and frames ---
# --- analyze and report ---


def _progress(quiet: bool) -> Callable[[str], None]:
    def say(message: str) -> None:
        if not quiet:
            click.echo(f"framing: {message}", err=True)

    return say


def _compare_event(event: str | None, library: Path | None, say: Callable[[str], None]) -> Any:
    from framing.compare import compare, library_background
    from framing.events import load_event, resolve_event

    folder = resolve_event(event, library)
    say(f"loading {folder}")
    ev = load_event(folder)
    say(f"analysing {len(ev.articles)} articles")
    return compare(ev, background=library_background(folder))


@main.command("analyze")
@event_argument
@library_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the JSON here (default: print it).")
@click.option("--quiet", is_flag=True, help="No progress lines on stderr.")
def analyze_cmd(event: str | None, library: Path | None, output: Path | None, quiet: bool) -> None:
    """Analyse an event and write the whole comparison as JSON (schema framing.comparison/1).

    EVENT is an event folder or a slug in the library (default: the bundled
    event). The same input always gives byte-identical output.
    """
    from framing.atomic import write_atomic
    from framing.result import comparison_to_dict, dumps

    say = _progress(quiet)
    text = dumps(comparison_to_dict(_compare_event(event, library, say)))
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)
        say(f"wrote {output}")


@main.command("report")
@event_argument
@library_option
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the report (default: reports/<event-slug>/).")
@click.option("--format", "formats", default="html,pdf,json", show_default=True,
              help="Comma-separated formats to write: html, pdf, json.")
@click.option("--quiet", is_flag=True, help="No progress lines on stderr.")
def report_cmd(event: str | None, library: Path | None, out_dir: Path | None, formats: str, quiet: bool) -> None:
    """Write the full report of an event: HTML, PDF, JSON and charts.

    EVENT is an event folder or a slug in the library (default: the bundled
    event). The files go to reports/<event-slug>/ unless -o says otherwise;
    they are written all at once, so a failed run leaves no half-written report.
    """
    from framing.report import parse_formats, write_report

    say = _progress(quiet)
    wanted = parse_formats(formats)
    comparison = _compare_event(event, library, say)
    target = out_dir or Path("reports") / comparison.event.slug
    written = write_report(comparison, target, formats=wanted, progress=say)
    main_files = [p for p in written if p.parent == target]
    click.echo(f'Report for "{comparison.event.title}" in {target}/:')
    for path in main_files:
        click.echo(f"  {path.name}")
    charts = len(written) - len(main_files)
    if charts:
        click.echo(f"  charts/ ({charts} files: SVG and PNG)")


# --- analyze and report ---
@main.command("new")
@click.argument("slug")
@click.option("--title", required=True, help="What happened, in a few words (shown on the report).")
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="When it happened.")
@click.option("--description", default=None, help="One or two sentences on the event.")
@library_option
@click.option("--force", is_flag=True, help="Replace the event.yaml of an existing event (its articles are kept).")
def new_cmd(
    slug: str, title: str, date: str | None, description: str | None, library: Path | None, force: bool
) -> None:
    """Create a new event folder SLUG (lowercase letters, digits, hyphens) with its event.yaml."""
    from framing.sources import new_event

    folder = new_event(slug, title=title, date=date, description=description, library=library, force=force)
    click.echo(f"Created {folder / 'event.yaml'}")
    click.echo(f'Next: framing add {folder} FILE --outlet "NAME"   (a .txt file, a saved .html page, a URL, or - to paste)')


@main.command("add")
@click.argument("event")
@click.argument("source")
@click.option("--outlet", default=None, help='The outlet, e.g. "Fox News" (default: the site name of an HTML page).')
@click.option("--title", default=None, help="The headline (default: found in the page or header).")
@click.option("--author", default=None, help="The byline (default: found in the page).")
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="Publication date (default: found in the page).")
@click.option("--url", default=None, help="Where the article was published (default: found in the page).")
@click.option("--name", default=None, help="File name to use instead of the outlet's (to keep two articles of one outlet).")
@click.option("--force", is_flag=True, help="Replace an existing article file.")
@library_option
@json_option
def add_cmd(
    event: str,
    source: str,
    outlet: str | None,
    title: str | None,
    author: str | None,
    date: str | None,
    url: str | None,
    name: str | None,
    force: bool,
    library: Path | None,
    as_json: bool,
) -> None:
    """Add an article to EVENT from SOURCE: a .txt file, a saved .html page, a URL, or - to paste.

    Metadata given as options wins over what is found in the source. The
    article is written as OUTLET.txt with a metadata header; an existing
    file is never replaced without --force.
    """
    from framing.events import resolve_event
    from framing.sources import add_article, decode_bytes

    folder = resolve_event(event, library)
    stdin_text = None
    early_warnings: tuple[str, ...] = ()
    if source == "-":
        stream = click.get_binary_stream("stdin")
        if stream.isatty():
            click.echo("Paste the article text, then press Ctrl-D (Ctrl-Z and Enter on Windows):", err=True)
        stdin_text, _encoding, early_warnings = decode_bytes(stream.read(), name="the pasted text")
    added = add_article(
        folder,
        source,
        outlet=outlet,
        title=title,
        author=author,
        date=date,
        url=url,
        force=force,
        stdin_text=stdin_text,
        name=name,
    )
    warnings = early_warnings + added.warnings
    if as_json:
        import dataclasses

        echo_json(dataclasses.asdict(added) | {"warnings": list(warnings)})
        return
    for warning in warnings:
        click.echo(f"Warning: {warning}", err=True)
    verb = "Replaced" if added.replaced else "Wrote"
    click.echo(f"{verb} {added.path}: {added.outlet}, {added.words} words")
    for key in ("title", "author", "date", "url"):
        value = getattr(added, key)
        click.echo(f"  {key + ':':<8}{value if value else '(none: add it with --' + key + ')'}")
    count = len(list(folder.glob("*.txt")))
    if count < 2:
        click.echo(f"Next: add at least one more outlet: framing add {folder} SOURCE --outlet \"NAME\"")
    else:
        click.echo(f"{count} articles in {folder}. Next: framing check {folder}")


@main.command("check")
@click.argument("events", nargs=-1)
@library_option
@json_option
@click.pass_context
def check_cmd(ctx: click.Context, events: tuple[str, ...], library: Path | None, as_json: bool) -> None:
    """Check events for problems: headers, encodings, duplicates, short texts, dates.

    EVENTS are event folders or slugs (default: every event in the library).
    Prints every problem with its file and the fix; exits with 1 if any.
    """
    import dataclasses

    from framing.events import resolve_event
    from framing.sources import check_events, library_folders

    folders = [resolve_event(e, library) for e in events] if events else list(library_folders(library))
    problems = check_events(folders)
    if as_json:
        echo_json({"events": [str(f) for f in folders], "problems": [dataclasses.asdict(p) for p in problems]})
    else:
        for p in problems:
            click.echo(f"{p.path}: {p.severity}: {p.message}")
            click.echo(f"    fix: {p.fix}")
        n = len(folders)
        noun = "event" if n == 1 else "events"
        if not problems:
            click.echo(f"{n} {noun} checked, no problems")
        else:
            errors = sum(1 for p in problems if p.severity == "error")
            warnings = len(problems) - errors
            parts = [f"{errors} error{'s' if errors != 1 else ''}", f"{warnings} warning{'s' if warnings != 1 else ''}"]
            click.echo(f"{n} {noun} checked, {len(problems)} problem{'s' if len(problems) != 1 else ''} ({', '.join(parts)})")
    if problems:
        ctx.exit(1)


# --- new, add, check ---
@main.command("worksheet")
@event_argument
@library_option
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the worksheet (default: reports/<event-slug>/worksheet/).")
@click.option("--level", type=click.Choice(["middle", "high", "college"]), default="high", show_default=True,
              help="School level: changes the wording and depth of the discussion questions.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed for the choice of excerpts and the order of items (same seed, same worksheet).")
@click.option("--quiet", is_flag=True, help="No progress lines on stderr.")
def worksheet_cmd(event: str | None, library: Path | None, out_dir: Path | None, level: str, seed: int,
                  quiet: bool) -> None:
    """Write a classroom worksheet and its answer key (HTML and PDF) for an event.

    EVENT is an event folder or a slug in the library (default: the bundled
    event). Seven activities (blind reading, naming, quote audit, spot the
    omission, numbers check, rewrite, discussion) are generated from the
    analysis; the key starts with teacher notes. Files are written all at once.
    """
    from framing.exercises import build_worksheet, write_worksheet

    say = _progress(quiet)
    comparison = _compare_event(event, library, say)
    sheet = build_worksheet(comparison, level=level, seed=seed)
    target = out_dir or Path("reports") / comparison.event.slug / "worksheet"
    written = write_worksheet(sheet, target, progress=say)
    click.echo(f"Worksheet for {comparison.event.title!r} ({level} level, seed {seed}) in {target}/:")
    for path in written:
        click.echo(f"  {path.name}")


# --- worksheet ---
@main.command("batch")
@click.argument("library_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Run folder: results/<slug>.json, the corpus CSV tables, failures.csv, corpus.html.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per CPU).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool on this machine; dask: dask.bag, or a cluster with --scheduler.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Address of a running Dask scheduler (tcp://host:8786); needs --engine dask.")
@click.option("--force", is_flag=True, help="Analyse every event again, even those whose result is up to date.")
@click.option("--quiet", is_flag=True, help="No progress bar (for scripts).")
def batch_cmd(
    library_dir: Path, out: Path, workers: int | None, engine: str, scheduler: str | None, force: bool, quiet: bool
) -> None:
    """Analyse every event folder under LIBRARY_DIR and write corpus tables.

    Writes one JSON result per event into OUT/results/, the corpus tables
    (articles, naming, quotes, coverage, frames as CSV), failures.csv and the
    corpus report OUT/corpus.html. Events whose result is newer than their
    files are skipped unless --force. A failing event is reported and
    skipped; the exit code is then 1.
    """
    from tqdm import tqdm

    from framing.batch import dask_modules, plan_batch, run_batch
    from framing.corpus_report import write_corpus_report

    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        dask_modules()  # a missing extra is said before the progress bar starts
    plan = plan_batch(library_dir, out, force=force)
    with tqdm(total=len(plan.to_run), unit="event", desc="Analysing", file=sys.stderr,
              disable=quiet, dynamic_ncols=True) as bar:
        failed = 0

        def advance(outcome: Any) -> None:
            nonlocal failed
            if outcome.status == "failed":
                failed += 1
                bar.set_postfix(failed=failed, refresh=False)
            bar.update(1)

        summary = run_batch(plan, engine=engine, workers=workers, scheduler=scheduler,  # type: ignore[arg-type]
                            on_outcome=advance)
    report = write_corpus_report(out)
    where = "on " + scheduler if scheduler else f"with {summary.workers} worker{'s' * (summary.workers != 1)}"
    click.echo(f"Analysed {len(summary.done)} events ({summary.articles} articles) in {summary.seconds:.1f} s "
               f"{where} ({summary.engine}).")
    if summary.skipped:
        click.echo(f"{len(summary.skipped)} skipped (up to date; --force redoes them).")
    if summary.failures:
        click.echo(f"{len(summary.failures)} failed (listed in {out / 'failures.csv'}):", err=True)
        for f in summary.failures:
            click.echo(f"  {f.slug}: {f.error}", err=True)
    click.echo(f"Results in {out / 'results'}; tables: {', '.join(Path(t).name for t in summary.tables)}.")
    click.echo(f"Corpus report: {report}")
    if summary.failures:
        click.get_current_context().exit(1)


@main.command("corpus-report")
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
def corpus_report_cmd(out: Path) -> None:
    """Render OUT/corpus.html from the corpus tables of a batch run folder.

    Naming by outlet (per 1,000 words), quote roles by outlet, omission
    (unique-sentence) shares and frames by outlet, as tables and charts.
    """
    from framing.corpus_report import write_corpus_report

    click.echo(f"Corpus report: {write_corpus_report(out)}")


# --- batch ---


def run() -> None:  # pragma: no cover - console entry point alias
    """Entry point that mirrors ``main`` for ``python -m framing``."""
    main(prog_name="framing")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
