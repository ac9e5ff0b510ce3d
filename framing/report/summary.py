"""The report's summary in plain words, generated from the comparison's figures.

Each function writes one or two sentences a student understands, for any
event and any number of outlets; none of them knows the seed event. Every
point carries the spans behind its figures (:class:`Ref`), which the report
shows under it, so the summary is as traceable as the sections below it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from framing.compare import ArticleAnalysis, Comparison
from framing.naming import Mention, load_naming_lexicon
from framing.naming import peripheral_categories as event_peripheral_categories
from framing.numbers import NumberRow, row_phrase
from framing.prepare import is_headline

# Marks a sentence may open with when it is (part of) a quote.
_QUOTE_OPENERS = ('"', "“", "‘", "'", "«", "„")


@dataclass(frozen=True, slots=True)
class Ref:
    """A span behind a summary point: an article's sentence, and the words in it (if any)."""

    article: str
    sentence: int
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Point:
    """One summary sentence and the evidence behind it."""

    text: str
    evidence: tuple[Ref, ...] = ()


def _refs(article: str, items: Iterable[object]) -> tuple[Ref, ...]:
    """Refs for records with ``sentence``, ``start`` and ``end`` (mentions, quotes, cells)."""
    out = []
    for item in items:
        sentence = getattr(item, "sentence")
        out.append(Ref(article, sentence, getattr(item, "start", None), getattr(item, "end", None)))
    return tuple(sorted(set(out), key=lambda r: (r.sentence, r.start or 0)))

def loaded_categories() -> frozenset[str]:
    """Categories whose words carry a judgement (``emphasis: loaded`` in naming.yaml): they lead the naming
    point, and an outlet that uses them only inside quotes is told so."""
    return load_naming_lexicon().emphasised("loaded")


def lead_categories() -> frozenset[str]:
    """Categories that lead the naming point: the loaded words and the neutral status words a reader
    weighs against them ("illegal aliens" against "undocumented immigrants"; ``emphasis: status``)."""
    lex = load_naming_lexicon()
    return lex.emphasised("loaded") | lex.emphasised("status")


def peripheral_categories(comparison: Comparison) -> frozenset[str]:
    """Names of the people around the central ones (their children, their families;
    ``emphasis: peripheral``): counted and shown in the naming section, but the
    summary names the central people first and mentions these only when nothing else.

    A peripheral category that is an outlet's most frequent in its own voice
    names the people the story is about there ("kids", "minors", "teens" in a
    story of a minors' social-media law), so it leads like any other
    (:func:`framing.naming.peripheral_categories`).
    """
    return event_peripheral_categories([a.mentions for a in comparison.articles])


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def _join(items: Sequence[str], last: str = "and") -> str:
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def _others(comparison: Comparison, a: ArticleAnalysis) -> str:
    return _join([o.outlet for o in comparison.articles if o.id != a.id])


def naming_points(comparison: Comparison) -> list[Point]:
    """How each outlet names the people involved, in its own voice and in quotes."""
    out = []
    for a in comparison.articles:
        own = sorted((u for u in a.naming.terms if u.voice == "narrator"), key=lambda u: (-u.count, u.term))
        if not own:
            out.append(Point(f"In its own words, {a.outlet} uses none of the lexicon's terms for the people and groups involved."))
            continue
        # Lead with the terms that carry a judgement, then the most frequent others;
        # one entry per form as printed ("child" and "children of" both read "children").
        peripheral, lead, loaded = peripheral_categories(comparison), lead_categories(), loaded_categories()
        core = [u for u in own if u.category not in peripheral] or own
        # The loaded words first ("illegal migrants" before "migrants"), then the status words set against them.
        ranked = ([u for u in core if u.category in loaded] + [u for u in core if u.category in lead - loaded]
                  + [u for u in core if u.category not in lead])
        counts: dict[str, int] = {}
        terms_of: dict[str, set[str]] = {}
        for u in ranked:
            form = _form(a, u.term, "narrator")
            counts[form] = counts.get(form, 0) + u.count
            terms_of.setdefault(form, set()).add(u.term)
        shown = list(counts.items())[:4]
        shown_terms = {t for form, _ in shown for t in terms_of[form]}
        evidence = [m for m in a.mentions if m.voice == "narrator" and m.term in shown_terms]
        parts = [f"“{form}” {_times(n)}" for form, n in shown]
        # "uses", not "calls the people ...": a topic's naming choices include words for what is at
        # stake ("unborn child", "fetal cardiac activity"), not only for people and groups.
        sentence = f"In its own words, {a.outlet} uses {_join(parts)}"
        if len(counts) > len(shown):
            more = len(counts) - len(shown)
            sentence += f" (and {more} other {'term' if more == 1 else 'terms'})"
        sentence += "."
        quoted_only = sorted(
            {
                u.term
                for u in a.naming.terms
                if u.voice == "quoted"
                and u.category in loaded
                and not any(o.category == u.category for o in own)
            }
        )
        if quoted_only:
            speakers = sorted({_named(s) for u in a.naming.terms if u.term in quoted_only and u.voice == "quoted" for s in u.speakers})
            terms = _join([f"“{_form(a, t, 'quoted')}”" for t in quoted_only], "or")
            who = f", from {_join(speakers)}" if speakers else ""
            sentence += f" Its only {terms} come inside quotes{who}."
            evidence += [m for m in a.mentions if m.voice == "quoted" and m.term in quoted_only]
        out.append(Point(sentence, _refs(a.id, evidence)))
    return out


def _form(a: ArticleAnalysis, term: str, voice: str) -> str:
    """The form of ``term`` the article uses most (plural "illegal aliens" rather than the lemma).

    Printed in lower case unless the article capitalises a phrase where no
    sentence or headline explains it: "Olympic champion", "Big Tech" and
    "Silicon Valley" keep their capitals; "Athletes" opening a sentence, a
    headline's "TEEN" and "Minors" inside a law's name do not.
    """
    mentions = [m for m in a.mentions if m.term == term and m.voice == voice]
    if not mentions:
        return term
    forms = [m.text.lower() for m in mentions]
    form = max(sorted(set(forms)), key=forms.count)
    # Capitals are the article's spelling only when it writes the form that way every time it
    # gives evidence ("workers" in reporting but "Workers' Bulletin" in a name: lower case).
    evidence = [(m, _capitalised_as_a_name(a, m)) for m in mentions if m.text.lower() == form]
    told = [(m, cap) for m, cap in evidence if cap is not None]
    if told and all(cap for _, cap in told):
        return told[0][0].text
    return form


def _capitalised_as_a_name(a: ArticleAnalysis, m: Mention) -> bool | None:
    """Whether a mention shows the article spelling the term with capitals; None when it cannot tell.

    An all-capitals line, a headline and a title-case line ("Climate Alarmists Say Japan's
    ... Was 'Virtually Impossible'") capitalise every word, so they tell nothing; nor does
    the first word of a sentence, of a quoted title or of a standfirst after a colon
    ("'He died a hero': Firie dad killed ..."), unless a later word of the phrase has its
    own capital ("Big Pharma sets the price").
    """
    if m.text.isupper() or not 0 <= m.sentence < len(a.doc.sentences):
        return None
    sentence = a.doc.sentences[m.sentence]
    if is_headline(sentence, a.doc.paragraphs, a.doc.sentences):
        return None
    words = [w for w in a.doc.text[sentence.start : sentence.end].split() if len(w.strip("\"“”‘’'.,:;!?()")) >= 4]
    if len(words) >= 4 and sum(w.strip("\"“”‘’'(")[:1].isupper() for w in words) >= 0.7 * len(words):
        return None
    before = a.doc.text[sentence.start : m.start]
    opening = not before.strip("\"“‘'«( \n") or before.rstrip(" \n").endswith((":", "\"", "“", "‘", "'", "«", "("))
    if any(ch.isupper() for ch in m.text[1:]):
        return True  # "Big Tech", "Silicon Valley", "Big Pharma" even opening a sentence
    if opening:
        return None
    if not m.text[:1].isupper():
        return False
    if " " in m.text:
        return True  # "the Olympic champion"
    # A single capitalised word inside a sentence keeps its capital ("stranded Brits", "carried our
    # Elders out") unless a capitalised neighbour makes it part of a name ("the Protecting Minors
    # Online Act").
    prev_words = before.split()
    following = re.search(r"[^\W\d_]+", a.doc.text[m.end : sentence.end])
    return not (prev_words and prev_words[-1][:1].isupper()) and not (following and following.group(0)[:1].isupper())


def quote_points(comparison: Comparison) -> list[Point]:
    """Who each outlet lets speak, how much and who first; roles only one outlet quotes."""
    out = []
    roles_by: dict[str, set[str]] = {}
    for a in comparison.articles:
        p = a.quote_profile
        roles_by[a.id] = {r.role for r in p.by_role if r.words and r.role != "unknown"}
        if not p.by_speaker:
            out.append(Point(f"{a.outlet} quotes nobody directly."))
            continue
        first = _voice(p.first_voice, p.first_voice_role or "unknown") if p.first_voice else "an unnamed speaker"
        voiced = [q for q in a.quotes if q.kind != "scare"]
        out.append(
            Point(
                f"{a.outlet} quotes {len(p.by_speaker)} "
                f"{'speaker' if len(p.by_speaker) == 1 else 'speakers'} "
                f"({p.quoted_words:,} words, {p.quoted_share:.0%} of the article); the first voice heard is {first}.",
                _refs(a.id, voiced),
            )
        )
    if len(comparison.articles) > 1:
        for a in comparison.articles:
            others = set().union(*(roles_by[o.id] for o in comparison.articles if o.id != a.id))
            only = sorted(roles_by[a.id] - others)
            for role in only:
                theirs = [q for q in a.quotes if q.kind != "scare" and q.speaker_role == role]
                # The speakers of the role's quotes themselves: a speaker's profile carries the role of their
                # first quote, which may be another ("Greyhithe Energy Storage" unknown, then business).
                speakers = [_named(s) for s in dict.fromkeys(q.speaker for q in theirs if q.speaker)]
                if not speakers:
                    continue
                out.append(Point(f"Only {a.outlet} quotes {_role_phrase(role)}: {_join(speakers)}.", _refs(a.id, theirs)))
    return out


_DETERMINERS = ("the ", "a ", "an ", "his ", "her ", "their ", "its ")


def _named(speaker: str) -> str:
    """A speaker as a list names them: a bare singular title takes "the" ("the mayor"; "from mayor" does not
    read), a bare group stays as it is ("officials"), a name or a phrase with a determiner as written."""
    if speaker[:1].islower() and not speaker.startswith(_DETERMINERS) and not speaker.endswith("s"):
        return f"the {speaker}"
    return speaker


def _voice(speaker: str, role: str) -> str:
    """A speaker as the summary names them: "Bryan Cox (official)"; a bare group is "unnamed officials"."""
    if speaker[:1].islower() and not speaker.startswith(_DETERMINERS):
        # "officials said": no person is named; "(official)" after "officials" would say it twice.
        return f"unnamed {speaker}" if speaker.startswith(role) or role == "unknown" else f"unnamed {speaker} ({role})"
    # "Idris (unknown)" reads as if the person were unknown; it is the role the tool could not tell.
    return f"{speaker} ({'role unknown' if role == 'unknown' else role})"


def _role_phrase(role: str) -> str:
    return {
        "official": "officials",
        "advocate": "advocates",
        "business": "businesses",
        "affected": "the people affected",
        "expert": "experts",
        "media": "other media",
    }.get(role, role)


_EXAMPLE_WORDS = 6  # the fewest words of a sentence given as an omission's example, where one is long enough


def omission_points(comparison: Comparison) -> list[Point]:
    """How much of each article the others do not carry, with the first example."""
    out = []
    statuses: dict[tuple[str, int], list[str]] = {}
    for al in comparison.coverage:
        statuses.setdefault((al.article, al.sentence), []).append(al.status)
    for a in comparison.articles:
        unique = [s for s in a.doc.sentences if all(x == "unique" for x in statuses.get((a.id, s.index), ["unique"]))]
        if not unique:
            out.append(Point(f"Everything {a.outlet} reports appears, at least in part, in {_others(comparison, a)}."))
            continue
        # The first unique sentence that reports something (a headline frames, it does not report).
        reported = [s for s in unique if not is_headline(s, a.doc.paragraphs, a.doc.sentences)]
        # A fact in the outlet's own words makes the better example than a line of a quote.
        # A sentence inside a quote that runs over several sentences ("That's not an opinion.") opens with
        # no mark but is still the speaker's line: any sentence holding a direct quote is left out.
        spans = [(q.start, q.end) for q in a.quotes if q.kind == "direct"]
        own = [s for s in reported if not s.text.lstrip().startswith(_QUOTE_OPENERS)
               and not any(start < s.end and s.start < end for start, end in spans)]
        # A sentence that tells something, not a list's lead-in ("They are:") or a fragment.
        telling = [s for s in own if len(s.text.split()) >= _EXAMPLE_WORDS and not s.text.rstrip().endswith(":")]
        example = (telling or own or reported or unique)[0].text
        if len(example) > 110:
            example = example[:107].rsplit(" ", 1)[0] + "…"
        # A quoted line keeps its own marks instead of gaining a second pair ("“"They ...").
        example = example if example.lstrip().startswith(_QUOTE_OPENERS) else f"“{example}”"
        out.append(
            Point(
                f"{len(unique)} of {a.outlet}'s {len(a.doc.sentences)} sentences "
                f"{'reports' if len(unique) == 1 else 'report'} something "
                f"{_others(comparison, a)} {'does' if len(comparison.articles) == 2 else 'do'} not carry at all, "
                f"for example: {example}",
                tuple(Ref(a.id, s.index) for s in unique),
            )
        )
    return out


def number_points(comparison: Comparison) -> list[Point]:
    """Figures the outlets agree on and figures they give differently."""
    out = []
    names = {a.id: a.outlet for a in comparison.articles}
    n = len(comparison.articles)
    # A war or disaster story can differ on a dozen figures; the summary gives the first few, people
    # counted before things and times, and names the rest, which the numbers chart and table show.
    different = sorted((row for row in comparison.numbers if row.status == "different"),
                       key=lambda row: row.counts != "people")
    for row in different[:MAX_DIFFERENT_FIGURES]:
        wordings: dict[str, list[str]] = {}
        for cell in row.cells:
            texts = wordings.setdefault(cell.article, [])
            text = _lower_first(cell.text, row.kind)
            if text not in texts:
                texts.append(text)
        if len({texts[0] for texts in wordings.values()}) > 1:
            said = _join([f"{names[k]} says “{texts[0]}”" for k, texts in wordings.items()])
        else:
            # Each outlet's first wording is the same ("600" and "600"); the difference is in another of
            # them ("just over 600"), so each outlet's wordings are given, two at most.
            said = _join([f"{names[k]} says " + " and ".join(f"“{t}”" for t in texts[:2])
                          for k, texts in wordings.items()])
        refs = tuple(Ref(c.article, c.sentence, c.start, c.end) for c in row.cells)
        out.append(Point(f"The outlets give the {row_phrase(row)} differently: {said}.", refs))
    rest = different[MAX_DIFFERENT_FIGURES:]
    if rest:
        labels = _row_labels(rest)
        refs = tuple(Ref(c.article, c.sentence, c.start, c.end) for r in rest for c in r.cells)
        out.append(Point(f"They also give {len(rest)} more {'figure' if len(rest) == 1 else 'figures'} differently: "
                         f"{_join(labels)}; see “The numbers, side by side” under Omissions.", refs))
    # A row that says only "people" or "count" tells a reader nothing about what the figure is:
    # "Both give the same figures for ... people (two)" is left out of the summary (the table has it).
    same = [r for r in comparison.numbers
            if r.status == "same" and len(set(r.articles)) == n and r.label not in _BARE_LABELS]
    if same:
        # Rows that count the same thing share one label: "people released (approximately 270; two)".
        # A bare date is no figure: "the same year (2017)", not "the same figures for years (2017)".
        grouped: dict[str, list[str]] = {}
        dates: dict[str, list[str]] = {}
        for r in same[:3]:
            into = dates if r.kind == "date" and r.label in _DATE_LABELS else grouped
            into.setdefault(r.label, []).append(_lower_first(r.cells[0].text, r.kind))
        parts = []
        if grouped:
            parts.append("figures for " + _join([f"{_plural_label(label)} ({'; '.join(texts)})" for label, texts in grouped.items()]))
        for label, texts in dates.items():
            parts.append(f"{'the same ' if parts else ''}{label} ({'; '.join(texts)})")
        figures = _join(parts)
        refs = tuple(Ref(c.article, c.sentence, c.start, c.end) for r in same[:3] for c in r.cells)
        out.append(Point(f"{'Both' if n == 2 else 'All'} give the same {figures}.", refs))
    return out


def _row_labels(rows: Sequence[NumberRow]) -> list[str]:
    """What rows count, once each: two rows with one label (two times of night) read "times (2 rows)"."""
    per_label = Counter(_plural_label(r.label) for r in rows)
    return [label if k == 1 else f"{label} ({k} rows)" for label, k in per_label.items()]


_BARE_LABELS = frozenset({"people", "count"})
_DATE_LABELS = frozenset({"year", "date", "time", "decade"})
MAX_DIFFERENT_FIGURES = 4

def _lower_first(text: str, kind: str = "count") -> str:
    """A figure as it reads mid-sentence: "At least 38" -> "at least 38"; a date ("Feb. 6"), "U.S." and a
    currency written onto its figure ("Sh346bn", "R340-million") stay."""
    word = text.split(" ", 1)[0].rstrip(".,")
    if kind == "date" or not word[:1].isupper() or not word[1:].islower() or not word[1:].isalpha():
        return text
    return text[:1].lower() + text[1:]


def _plural_label(label: str) -> str:
    words = label.split()
    if len(words) == 1 and not label.endswith("s") and label not in {"people", "percent", "money"}:
        return label + "s"
    return label


def entity_points(comparison: Comparison) -> list[Point]:
    """Names only one outlet mentions (people and organisations first)."""
    out = []
    order = {"person": 0, "organisation": 1, "place": 2}
    for a in comparison.articles:
        own = _self_names(a.outlet)
        rows = [
            r
            for r in sorted(comparison.entities, key=lambda r: order.get(r.kind, 3))
            if r.articles == (a.id,) and not (own & {r.canonical.lower(), *(s.lower() for s in r.spellings)})
        ]
        if rows:
            shown = rows[:6]
            more = f" and {len(rows) - len(shown)} more" if len(rows) > len(shown) else ""
            refs = _refs(a.id, [m for r in shown for m in r.mentions])
            out.append(Point(f"Only {a.outlet} names {_join([r.canonical for r in shown])}{more}.", refs))
    return out


def _self_names(outlet: str) -> set[str]:
    """How an outlet names itself: "National Press Service", "NPS" (not a finding about coverage)."""
    words = [w for w in outlet.split() if w[:1].isalpha()]
    initials = "".join(w[0] for w in words if w[0].isupper())
    names = {outlet.lower()}
    if len(initials) >= 2:
        names.add(initials.lower())
    return names


def frame_points(comparison: Comparison) -> list[Point]:
    """Each outlet's leading frames, with their share of sentences (one point for three or more outlets)."""
    parts: list[tuple[ArticleAnalysis, list[Any]]] = []
    for a in comparison.articles:
        # Policy and issue frames only: the narrative cues (episodic, thematic)
        # and the residual "other" frame say how, not what.
        ranked = sorted(
            (f for f in a.frames.frames if f.sentences and f.family != "narrative" and f.label.lower() != "other"),
            key=lambda f: (-f.share, f.label),
        )
        if ranked:
            parts.append((a, ranked[:2]))

    def refs(a: ArticleAnalysis, top: list[Any]) -> tuple[Ref, ...]:
        return tuple(Ref(a.id, i) for i in sorted({i for f in top for i in f.sentences}))

    if len(parts) < 3:
        return [
            Point(f"{a.outlet} leans most on {_join([f'{f.label.lower()} ({f.share:.0%} of sentences)' for f in top])}.",
                  refs(a, top))
            for a, top in parts
        ]
    # Three or more outlets: one point, so that the summary stays short; the first share says what it counts.
    clauses = []
    for n, (a, top) in enumerate(parts):
        shares = [f"{f.label.lower()} ({f.share:.0%}{' of sentences' if n == 0 and i == 0 else ''})"
                  for i, f in enumerate(top)]
        clauses.append(f"{a.outlet}{' leans most' if n == 0 else ''} on {_join(shares)}")
    return [Point("; ".join(clauses) + ".", tuple(r for a, top in parts for r in refs(a, top)))]


def summary_points(comparison: Comparison) -> tuple[Point, ...]:
    """The summary at the top of the report, in plain words."""
    return tuple(
        naming_points(comparison)
        + quote_points(comparison)
        + omission_points(comparison)
        + number_points(comparison)
        + entity_points(comparison)
        + frame_points(comparison)
    )
