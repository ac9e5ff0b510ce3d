"""Classroom worksheets and answer keys, generated from an event's analysis.

This module owns the lesson: it turns a :class:`~framing.compare.Comparison`
into a :class:`Worksheet` record (seven activities with their answers and the
evidence sentences, plus teacher notes) by pure functions, and renders that
record into ``worksheet.html``/``.pdf`` and ``answer-key.html``/``.pdf``
through the report's one Jinja environment, PDF path and atomic writer.
Nothing here is written for one event: every excerpt, table row, question and
answer is picked from the analysis, and every random choice (which excerpts,
the order of items) comes from a seeded generator, so the same seed gives
byte-identical output. Blind activities mask every outlet name, its short
forms, bylines and known media organisations ("told [outlet]").
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import Markup

from framing.compare import ArticleAnalysis, Comparison
from framing.entities import station_forms
from framing.errors import FramingError, LexiconError
from framing.lexicons import read_lexicon, require_list
from framing.model import Document, Event
from framing.prepare import is_headline
from framing.numbers import row_phrase
from framing.report.summary import lead_categories, peripheral_categories

LEVELS = ("middle", "high", "college")
OUTLET_MASK = "[outlet]"
REPORTER_MASK = "[reporter]"
# Speaker roles a quote audit looks for; "media" voices are not a side of the story.
AUDIT_ROLES = ("official", "advocate", "affected", "business", "expert")
ROLE_LABELS = {
    "official": "officials",
    "advocate": "advocates",
    "affected": "people affected",
    "business": "businesses",
    "expert": "experts",
    "media": "other media",
    "unknown": "unidentified speakers",
}
ROLE_SINGULAR = {
    "official": "an official",
    "advocate": "an advocate",
    "affected": "a person affected",
    "business": "a business",
    "expert": "an expert",
    "media": "another outlet",
    "unknown": "an unidentified speaker",
}
# Minutes per activity; they add up to a 45-minute lesson.
MINUTES = {
    "blind": 8,
    "naming": 7,
    "quotes": 7,
    "omission": 6,
    "numbers": 5,
    "rewrite": 6,
    "discussion": 6,
}

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Cue:
    """A framing cue found in an excerpt: what kind, the words, a short explanation."""

    kind: str
    text: str
    detail: str


@dataclass(frozen=True, slots=True)
class BlindExcerpt:
    """Activity 1: a short excerpt with the outlet masked, and its answer."""

    number: int
    article: str
    outlet: str
    sentences: tuple[int, ...]
    start: int
    end: int
    text: str
    masked: str
    cues: tuple[Cue, ...]


@dataclass(frozen=True, slots=True)
class NamingAnswer:
    """Activity 2: one term an outlet uses in one voice, with an example sentence."""

    term: str
    category: str
    count: int
    sentence: int
    example: str


@dataclass(frozen=True, slots=True)
class NamingKeyRow:
    """Activity 2: the terms one outlet uses in one voice (narrator or quoted)."""

    article: str
    outlet: str
    voice: str
    answers: tuple[NamingAnswer, ...]


@dataclass(frozen=True, slots=True)
class SpeakerAnswer:
    """Activity 3: one quoted speaker of an article."""

    speaker: str
    role: str
    quotes: int
    words: int
    first: bool
    example: str
    sentence: int


@dataclass(frozen=True, slots=True)
class QuoteAuditRow:
    """Activity 3: who an article quotes, who speaks first, which roles are missing."""

    article: str
    outlet: str
    speakers: tuple[SpeakerAnswer, ...]
    unattributed: int
    first_voice: str | None
    first_voice_role: str | None
    missing_roles: tuple[str, ...]
    missing_elsewhere: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Carrier:
    """Activity 4: whether one article carries a fact (``here``, ``shared``, ``partial``, ``unique``)."""

    article: str
    outlet: str
    status: str
    sentence: int | None
    evidence: str | None


@dataclass(frozen=True, slots=True)
class OmissionFact:
    """Activity 4: a fact (an article's sentence, masked) and the articles carrying it."""

    number: int
    article: str
    sentence: int
    start: int
    end: int
    text: str
    masked: str
    carriers: tuple[Carrier, ...]


@dataclass(frozen=True, slots=True)
class NumberAnswer:
    """Activity 5: how one outlet gives a quantity (``text`` is None when it does not)."""

    article: str
    outlet: str
    text: str | None
    sentence: int | None
    evidence: str | None


@dataclass(frozen=True, slots=True)
class NumberQuestion:
    """Activity 5: one quantity, and each outlet's wording of it."""

    number: int
    label: str
    status: str
    answers: tuple[NumberAnswer, ...]


@dataclass(frozen=True, slots=True)
class RewriteItem:
    """Activity 6: a sentence to rewrite neutrally, with one possible answer and the principle."""

    number: int
    article: str
    outlet: str
    sentence: int
    start: int
    end: int
    text: str
    kind: str
    targets: tuple[str, ...]
    answer: str
    principle: str


@dataclass(frozen=True, slots=True)
class Question:
    """Activity 7: a discussion question, and the finding it comes from (for the key)."""

    text: str
    finding: str


@dataclass(frozen=True, slots=True)
class OutletMasks:
    """What to hide in blind excerpts: outlet names and short forms, media names, bylines."""

    outlets: tuple[str, ...]
    reporters: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Worksheet:
    """The whole lesson for one event: activities, answers, questions and teacher notes."""

    slug: str
    title: str
    date: str | None
    level: str
    seed: int
    outlets: tuple[str, ...]
    articles: tuple[str, ...]
    blind: tuple[BlindExcerpt, ...]
    naming: tuple[NamingKeyRow, ...]
    quotes: tuple[QuoteAuditRow, ...]
    omission: tuple[OmissionFact, ...]
    numbers: tuple[NumberQuestion, ...]
    rewrite: tuple[RewriteItem, ...]
    rewrite_note: str
    questions: tuple[Question, ...]
    minutes: tuple[tuple[str, int], ...]


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Replacement:
    singular: str
    plural: str


@dataclass(frozen=True, slots=True)
class _WorksheetLexicon:
    path: str
    categories: tuple[tuple[str, str, _Replacement, tuple[tuple[str, _Replacement], ...]], ...]
    neutral_verb: str
    loaded_verb_principle: str
    scare_quote_principle: str
    broadcast_suffixes: tuple[str, ...]
    paper_suffixes: tuple[str, ...]
    not_names: tuple[str, ...]

    def replacement(self, topic: str, category: str, term: str) -> _Replacement | None:
        """The neutral wording for ``term`` of ``topic``/``category``, if the category is loaded."""
        for t, c, default, terms in self.categories:
            if t == topic and c == category:
                return dict(terms).get(term, default)
        return None


def _replacement(path: str, where: str, value: object) -> _Replacement:
    if (
        not isinstance(value, dict)
        or not isinstance(value.get("singular"), str)
        or not isinstance(value.get("plural"), str)
        or not value["singular"].strip()
        or not value["plural"].strip()
    ):
        raise LexiconError(f"{path}: entry {where} must be {{singular: ..., plural: ...}} with two non-empty strings")
    return _Replacement(value["singular"].strip(), value["plural"].strip())


def _text(path: str, data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(f"{path}: entry {key!r} must be a non-empty string; add it")
    return value.strip()


@lru_cache(maxsize=8)
def _load_lexicon(file: str | None, folder: str | None) -> _WorksheetLexicon:
    from framing.lexicons import lexicon_path

    path = file if file is not None else str(lexicon_path("worksheet", folder))
    data = read_lexicon(path)
    rewrite = data.get("rewrite")
    if not isinstance(rewrite, dict) or not rewrite:
        raise LexiconError(f"{path}: entry 'rewrite' must map topics to loaded categories; add one")
    cats = []
    for topic, categories in rewrite.items():
        if not isinstance(categories, dict) or not categories:
            raise LexiconError(f"{path}: entry rewrite.{topic} must map category names to replacements")
        for cat, spec in categories.items():
            where = f"rewrite.{topic}.{cat}"
            if not isinstance(spec, dict) or "default" not in spec:
                raise LexiconError(f"{path}: entry {where} needs a 'default: {{singular: ..., plural: ...}}'")
            default = _replacement(path, f"{where}.default", spec["default"])
            terms = spec.get("terms") or {}
            if not isinstance(terms, dict):
                raise LexiconError(f"{path}: entry {where}.terms must map canonical terms to replacements")
            pairs = tuple(
                (str(term).lower(), _replacement(path, f"{where}.terms.{term}", value)) for term, value in terms.items()
            )
            cats.append((str(topic), str(cat), default, pairs))
    suffixes = data.get("outlet_suffixes")
    if not isinstance(suffixes, dict):
        raise LexiconError(f"{path}: entry 'outlet_suffixes' must have 'broadcast' and 'paper' lists")
    return _WorksheetLexicon(
        path=path,
        categories=tuple(cats),
        neutral_verb=_text(path, data, "neutral_verb"),
        loaded_verb_principle=_text(path, data, "loaded_verb_principle"),
        scare_quote_principle=_text(path, data, "scare_quote_principle"),
        broadcast_suffixes=tuple(require_list(suffixes, "broadcast")),
        paper_suffixes=tuple(require_list(suffixes, "paper")),
        not_names=tuple(w.lower() for w in require_list(data, "not_names")),
    )


def load_worksheet_lexicon(path: str | Path | None = None) -> _WorksheetLexicon:
    """Load and validate ``lexicons/worksheet.yaml`` (cached)."""
    import os

    from framing.lexicons import ENV_VAR

    # The cache key includes the lexicon folder so --lexicons DIR is honoured.
    return _load_lexicon(str(path) if path is not None else None, os.environ.get(ENV_VAR))


@lru_cache(maxsize=4)
def _media_organisations(env_key: str | None) -> tuple[str, ...]:
    data = read_lexicon("speaker_roles")
    try:
        orgs = data["roles"]["media"]["organisations"]
    except (KeyError, TypeError):
        return ()
    return tuple(str(o) for o in orgs if isinstance(o, str))


def _guidance(topic: str, category: str) -> str | None:
    from framing.naming import load_naming_lexicon

    cat = load_naming_lexicon().category(topic, category)
    return cat.guidance if cat is not None else None


# --------------------------------------------------------------------------- masking


def outlet_masks(event: Event) -> OutletMasks:
    """The names to hide in blind activities: every outlet of ``event`` with its short forms, and the bylines."""
    import os

    from framing.lexicons import ENV_VAR

    lex = load_worksheet_lexicon()
    names: set[str] = set()
    reporters: set[str] = set()
    for art in event.articles:
        outlet = art.outlet.strip()
        if not outlet:
            continue
        names.add(outlet)
        words = outlet.split()
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
            names.add(" ".join(words))
        if len(words) > 1:
            last = words[-1]
            rest = " ".join(words[:-1])
            # "ABC News" is also "ABC"; "Daily Ledger" is also "the Ledger", but
            # never "Daily": a paper's first word is often a place or a common word.
            if last.lower() in {s.lower() for s in lex.broadcast_suffixes} and len(rest) >= 2:
                names.add(rest)
            if last.lower() in {s.lower() for s in lex.paper_suffixes}:
                names.add(f"the {last}")
                names.add(f"The {last}")
        # "WKFR Action News 8" is also "WKFR", "Action News 8" and "Action News".
        names.update(station_forms(" ".join(words)))
        if art.url:
            host = re.sub(r"^(?:https?://)?(?:www\.)?", "", art.url).split("/")[0]
            if "." in host:
                names.add(host)
        for person in _byline_names(art.author or "", lex.not_names):
            reporters.add(person)
            reporters.add(person.split()[-1])
    names.update(_media_organisations(os.environ.get(ENV_VAR)))
    order = lambda s: (-len(s), s)  # noqa: E731 - longest first so "ABC News" wins over "ABC"
    return OutletMasks(tuple(sorted(names, key=order)), tuple(sorted(reporters, key=order)))


def _byline_names(author: str, not_names: Sequence[str]) -> list[str]:
    # "Erin Callahan and David Morrow (Associated Press)": the agency in brackets is not a reporter's name.
    author = re.sub(r"\([^)]*\)", " ", author)
    parts = re.split(r",|;|&|\band\b|\bwith\b", re.sub(r"^\s*by\s+", "", author, flags=re.I))
    out = []
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 4:
            continue
        if any(not w[:1].isupper() or w.lower().strip(".") in not_names for w in words):
            continue
        out.append(" ".join(words))
    return out


@lru_cache(maxsize=64)
def _mask_pattern(names: tuple[str, ...], reporters: tuple[str, ...]) -> re.Pattern[str] | None:
    alts: list[str] = []
    for name in names:
        body = r"\s+".join(re.escape(w) for w in name.split())
        # Short all-capital names ("AP", "CNN") must match case-sensitively; others ignore case.
        flags = "" if name.isupper() and len(name) <= 4 else "(?i)"
        alts.append(f"(?P<o{len(alts)}>{'(?i:' + body + ')' if flags else body})")
    for name in reporters:
        body = r"\s+".join(re.escape(w) for w in name.split())
        alts.append(f"(?P<r{len(alts)}>{body})")
    if not alts:
        return None
    return re.compile(r"(?<![\w@])(?:" + "|".join(alts) + r")(?:['’]s)?(?![\w])")


def mask_text(text: str, masks: OutletMasks) -> str:
    """``text`` with every outlet name replaced by "[outlet]" and every byline name by "[reporter]"."""
    pattern = _mask_pattern(masks.outlets, masks.reporters)
    if pattern is None:
        return text

    def repl(m: re.Match[str]) -> str:
        kind = (m.lastgroup or "o")[0]
        return OUTLET_MASK if kind == "o" else REPORTER_MASK

    return pattern.sub(repl, text)


# --------------------------------------------------------------------------- helpers


def _rng(seed: int, *parts: str) -> random.Random:
    # A string seed is hashed with SHA-512: stable across runs and platforms.
    return random.Random(":".join((str(seed), *parts)))


def _sentence_text(doc: Document, index: int) -> str:
    if 0 <= index < len(doc.sentences):
        return doc.sentences[index].text
    return ""


def _snippet(doc: Document, start: int, end: int, *, width: int = 70) -> str:
    """The words around ``doc.text[start:end]`` within its sentence, cut at word ends, with "…" where cut."""
    sent = doc.sentence_at(start)
    lo, hi = (sent.start, sent.end) if sent is not None else (max(0, start - width), min(len(doc.text), end + width))
    left, right = max(lo, start - width), min(hi, end + width)
    # Cut at a space so no word is split; the cut side gets an ellipsis.
    if left > lo:
        space = doc.text.find(" ", left, start)
        left = space + 1 if space >= 0 else start
    if right < hi:
        space = doc.text.rfind(" ", end, right)
        right = space if space >= 0 else end
    return ("…" if left > lo else "") + doc.text[left:right].strip() + ("…" if right < hi else "")


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _loaded_categories() -> frozenset[str]:
    """The naming categories whose words carry a judgement (``emphasis: loaded``), in any topic."""
    from framing.naming import load_naming_lexicon

    return load_naming_lexicon().emphasised("loaded")


def _label(n: int) -> str:
    return chr(ord("A") + n) if n < 26 else str(n + 1)


# --------------------------------------------------------------------------- activity 1


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """Words that say nothing about an outlet's side: neutral reporting verbs and number words."""
    from framing.quotes import load_cues

    verbs = {form.lower() for form, cue in load_cues().forms.items() if cue.tag == "neutral" and " " not in form}
    numbers = read_lexicon("quantities").get("number_words", {})
    return frozenset(verbs | {str(w).lower() for w in numbers})


def _telling_terms(art: ArticleAnalysis) -> Callable[[str], bool]:
    """Whether a distinctive term is a fair blind-reading cue for this article.

    A term a student could use to name the outlet: not a word of a person's
    name ("dunleavy" says who is quoted, not how the outlet frames), not a
    figure ("seven") and not a neutral reporting verb ("says", "told").
    """
    names = {w.lower() for e in art.entities if e.kind == "person" for w in re.findall(r"[^\W\d_]+", e.text)}
    plain = _plain_words()

    def telling(term: str) -> bool:
        words = term.lower().split()
        return not any(w in names or w in plain or any(ch.isdigit() for ch in w) for w in words)

    return telling


def _sentence_scores(art: ArticleAnalysis, distinctive: dict[int, list[str]]) -> dict[int, float]:
    loaded = _loaded_categories()
    scores: dict[int, float] = {}
    for m in art.mentions:
        weight = 3.0 if m.category in loaded else 0.5 if m.category.startswith("neutral") else 1.5
        scores[m.sentence] = scores.get(m.sentence, 0.0) + (weight if m.voice == "narrator" else weight / 3)
    for q in art.quotes:
        if q.kind == "scare" or q.cue_tag == "loaded":
            scores[q.sentence] = scores.get(q.sentence, 0.0) + 2.0
    for index, terms in distinctive.items():
        scores[index] = scores.get(index, 0.0) + min(3, len(terms))
    frames: dict[int, int] = {}
    for fc in art.frame_cues:
        frames[fc.sentence] = frames.get(fc.sentence, 0) + 1
    for index, n in frames.items():
        scores[index] = scores.get(index, 0.0) + min(2.0, 0.5 * n)
    return scores


def _excerpt_cues(art: ArticleAnalysis, start: int, end: int, sentences: Sequence[int], terms: Sequence[str]) -> tuple[Cue, ...]:
    cues: list[Cue] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, text: str, detail: str) -> None:
        key = (kind, text.lower())
        if key not in seen:
            seen.add(key)
            cues.append(Cue(kind, text, detail))

    for m in art.mentions:
        if start <= m.start and m.end <= end:
            where = "its own words" if m.voice == "narrator" else f"quoting {m.speaker or 'a speaker'}"
            add("naming", m.text, f"{m.category.replace('-', ' ')} name, {where}")
    for q in art.quotes:
        if q.sentence in sentences and q.kind == "scare":
            add("scare quotes", q.text.strip(" ,.;:"), "quote marks around a phrase nobody is quoted saying")
        elif q.sentence in sentences and q.cue_tag == "loaded" and q.cue:
            add("loaded verb", q.cue, f"attribution verb that judges {q.speaker or 'the speaker'}")
    labels = {f.frame: f.label for f in art.frames.frames}
    named = {c.text.lower() for c in cues}
    frames_seen: set[str] = set()
    for fc in art.frame_cues:
        # Narrative cues (weekdays, "video") mark episodic style, not a side; one cue per frame is enough.
        if start <= fc.start and fc.end <= end and fc.family != "narrative" and fc.frame not in frames_seen:
            if fc.text.lower() not in named and len(frames_seen) < 4:
                frames_seen.add(fc.frame)
                add("frame", fc.text, f"cue of the {labels.get(fc.frame, fc.frame).lower()} frame")
    for term in terms:
        if not any(term in c.text.lower() for c in cues):
            add("distinctive word", term, "a word this outlet uses more than the others")
    return tuple(cues)


def blind_excerpts(comparison: Comparison, *, seed: int = 0, per_article: int | None = None) -> tuple[BlindExcerpt, ...]:
    """Activity 1: short masked excerpts rich in framing cues, from every article, in seeded order."""
    masks = outlet_masks(comparison.event)
    n_arts = len(comparison.articles)
    k = per_article if per_article is not None else max(1, min(3, 6 // max(1, n_arts)))
    picked: list[tuple[ArticleAnalysis, tuple[int, ...], tuple[str, ...]]] = []
    for art in comparison.articles:
        doc = art.doc
        distinctive: dict[int, list[str]] = {}
        telling = _telling_terms(art)
        for dt in comparison.distinctive_terms:
            # z >= 1: the outlet clearly over-uses it; weaker terms are noise for students.
            if dt.article == art.id and dt.z >= 1.0 and telling(dt.term):
                for s in dt.sentences:
                    distinctive.setdefault(s, []).append(dt.term)
        scores = _sentence_scores(art, distinctive)
        candidates = []
        for sent in doc.sentences:
            n = _words(sent.text)
            if n < 6 or n > 70:
                continue
            score = scores.get(sent.index, 0.0)
            if score <= 0:
                continue
            # Lean to mid-length sentences: long ones are hard to read aloud in class.
            if n > 45:
                score *= 0.6
            candidates.append((score, sent.index))
        candidates.sort(key=lambda c: (-c[0], c[1]))
        pool = [idx for _s, idx in candidates[: max(k * 2, k + 2)]]
        rng = _rng(seed, comparison.event.slug, "blind", art.id)
        chosen = sorted(rng.sample(pool, min(k, len(pool))))
        for index in chosen:
            run = [index]
            # A very short sentence gets its neighbour so the excerpt has context (1-3 sentences).
            while (
                _words(" ".join(doc.sentences[i].text for i in run)) < 14
                and run[-1] + 1 < len(doc.sentences)
                and len(run) < 3
                and doc.sentences[run[-1] + 1].paragraph == doc.sentences[index].paragraph
            ):
                run.append(run[-1] + 1)
            terms = tuple(dict.fromkeys(t for i in run for t in distinctive.get(i, [])))[:3]
            picked.append((art, tuple(run), terms))
    # Drop overlapping runs of the same article (a neighbour taken twice).
    unique: list[tuple[ArticleAnalysis, tuple[int, ...], tuple[str, ...]]] = []
    for item in picked:
        if not any(o[0].id == item[0].id and set(o[1]) & set(item[1]) for o in unique):
            unique.append(item)
    _rng(seed, comparison.event.slug, "blind-order").shuffle(unique)
    out = []
    for number, (art, span, terms) in enumerate(unique, 1):
        doc = art.doc
        start, end = doc.sentences[span[0]].start, doc.sentences[span[-1]].end
        text = doc.text[start:end]
        out.append(
            BlindExcerpt(
                number=number,
                article=art.id,
                outlet=art.outlet,
                sentences=span,
                start=start,
                end=end,
                text=text,
                masked=mask_text(text, masks),
                cues=_excerpt_cues(art, start, end, span, terms),
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------- activity 2


def naming_key(comparison: Comparison, *, top: int = 5) -> tuple[NamingKeyRow, ...]:
    """Activity 2: per outlet and voice, the naming terms with counts and an example sentence."""
    rows = []
    for art in comparison.articles:
        for voice in ("narrator", "quoted"):
            uses = sorted((u for u in art.naming.terms if u.voice == voice), key=lambda u: (-u.count, u.term))
            answers = []
            for u in uses[:top]:
                first = next(
                    (m for m in art.mentions if m.term == u.term and m.voice == voice and m.category == u.category), None
                )
                answers.append(
                    NamingAnswer(
                        term=_form(u),
                        category=u.category,
                        count=u.count,
                        sentence=first.sentence if first else (u.sentences[0] if u.sentences else -1),
                        example=_snippet(art.doc, first.start, first.end) if first else "",
                    )
                )
            rows.append(NamingKeyRow(art.id, art.outlet, voice, tuple(answers)))
    return tuple(rows)


# --------------------------------------------------------------------------- activity 3


def quote_audit(comparison: Comparison) -> tuple[QuoteAuditRow, ...]:
    """Activity 3: who each article quotes, who speaks first, which roles it leaves out."""
    quoted_roles = {art.id: {r.role for r in art.quote_profile.by_role} for art in comparison.articles}
    rows = []
    for art in comparison.articles:
        prof = art.quote_profile
        first_quote: dict[str, Any] = {}
        for q in sorted(art.quotes, key=lambda q: q.order):
            if q.speaker and q.speaker not in first_quote:
                first_quote[q.speaker] = q
        speakers = tuple(
            SpeakerAnswer(
                speaker=s.speaker,
                role=s.role,
                quotes=s.quotes,
                words=s.words,
                first=s.speaker == prof.first_voice,
                example=_snippet(art.doc, first_quote[s.speaker].start, first_quote[s.speaker].start, width=110)
                if s.speaker in first_quote
                else "",
                sentence=first_quote[s.speaker].sentence if s.speaker in first_quote else -1,
            )
            for s in sorted(prof.by_speaker, key=lambda s: (s.first_order, s.speaker))
        )
        missing = tuple(r for r in AUDIT_ROLES if r not in quoted_roles[art.id])
        elsewhere = tuple(r for r in missing if any(r in quoted_roles[o.id] for o in comparison.articles if o.id != art.id))
        rows.append(
            QuoteAuditRow(
                article=art.id,
                outlet=art.outlet,
                speakers=speakers,
                unattributed=prof.unattributed,
                first_voice=prof.first_voice,
                first_voice_role=prof.first_voice_role,
                missing_roles=missing,
                missing_elsewhere=elsewhere,
            )
        )
    return tuple(rows)


# --------------------------------------------------------------------------- activity 4


def omission_facts(comparison: Comparison, *, seed: int = 0, limit: int = 8) -> tuple[OmissionFact, ...]:
    """Activity 4: facts mixed from all articles (unique, partly shared, shared), with who carries each."""
    masks = outlet_masks(comparison.event)
    status = {(a.article, a.sentence, a.against): a for a in comparison.coverage}
    arts = comparison.articles
    rng = _rng(seed, comparison.event.slug, "omission")

    def fits(art: ArticleAnalysis, index: int) -> bool:
        # A fact to look for is a sentence of reporting: not a headline or crosshead (no
        # fact a student can find in the others' body text), and not mostly a quotation
        # (whose voice the quote audit asks about).
        sent = art.doc.sentences[index]
        if not 8 <= _words(sent.text) <= 45 or is_headline(sent, art.doc.paragraphs, art.doc.sentences):
            return False
        quoted = sum(
            max(0, min(q.end, sent.end) - max(q.start, sent.start)) for q in art.quotes if q.kind != "scare"
        )
        return quoted * 2 <= sent.end - sent.start

    chosen: list[tuple[ArticleAnalysis, int]] = []
    per_art = max(1, (limit - 2) // max(1, len(arts)))
    for art, cov in zip(arts, comparison.omissions):
        unique = [i for i in cov.only_here if fits(art, i)]
        partly = [i for i in cov.partly_here if fits(art, i)]
        take = rng.sample(unique, min(len(unique), max(1, per_art - (1 if partly else 0))))
        take += rng.sample(partly, min(len(partly), per_art - len(take)))
        chosen.extend((art, i) for i in take)
    # Facts every article carries: students should tick them for everyone.
    first = arts[0]
    shared = [
        s.index
        for s in first.doc.sentences
        if fits(first, s.index)
        and all(
            (al := status.get((first.id, s.index, o.id))) is not None and al.status == "shared"
            for o in arts[1:]
        )
    ]
    chosen.extend((first, i) for i in rng.sample(shared, min(len(shared), max(1, limit - len(chosen)))))
    chosen = chosen[:limit]
    rng.shuffle(chosen)
    out = []
    for number, (art, index) in enumerate(chosen, 1):
        sent = art.doc.sentences[index]
        carriers = []
        for other in arts:
            if other.id == art.id:
                carriers.append(Carrier(other.id, other.outlet, "here", index, sent.text))
                continue
            found = status.get((art.id, index, other.id))
            state = found.status if found is not None else "unique"
            match = found.match if found is not None and state != "unique" else None
            carriers.append(
                Carrier(
                    other.id,
                    other.outlet,
                    state,
                    match.sentence if match else None,
                    _snippet(other.doc, other.doc.sentences[match.sentence].start, other.doc.sentences[match.sentence].start, width=160)
                    if match
                    else None,
                )
            )
        out.append(
            OmissionFact(
                number=number,
                article=art.id,
                sentence=index,
                start=sent.start,
                end=sent.end,
                text=sent.text,
                masked=mask_text(sent.text, masks),
                carriers=tuple(carriers),
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------- activity 5


def number_questions(comparison: Comparison, *, limit: int = 6) -> tuple[NumberQuestion, ...]:
    """Activity 5: the quantities several outlets give (differences first), with each outlet's wording."""
    rank = {"different": 0, "same": 1, "only-one": 2}
    rows = sorted(
        enumerate(comparison.numbers),
        key=lambda p: (rank.get(p[1].status, 3), -len({c.article for c in p[1].cells}), p[0]),
    )
    # One row per label: two "people released" rows would leave students guessing which is which.
    seen: set[str] = set()
    distinct = []
    for i, row in rows:
        if row.label not in seen:
            seen.add(row.label)
            distinct.append((i, row))
    out: list[NumberQuestion] = []
    for _i, row in distinct[:limit]:
        answers = []
        for art in comparison.articles:
            cells = [c for c in row.cells if c.article == art.id]
            if cells:
                answers.append(
                    NumberAnswer(
                        art.id,
                        art.outlet,
                        "; ".join(dict.fromkeys(c.text for c in cells)),
                        cells[0].sentence,
                        _snippet(art.doc, cells[0].start, cells[0].end),
                    )
                )
            else:
                answers.append(NumberAnswer(art.id, art.outlet, None, None, None))
        out.append(NumberQuestion(len(out) + 1, row.label, row.status, tuple(answers)))
    return tuple(out)


# --------------------------------------------------------------------------- activity 6


def _fix_article(text: str, at: int) -> str:
    """Make "a"/"an" just before ``at`` agree with the word that starts there."""
    m = re.search(r"\b([Aa]n?)\s+$", text[:at])
    if not m:
        return text
    vowel = text[at : at + 1].lower() in ("a", "e", "i", "o") or text[at : at + 2].lower() in ("u.",)
    want = "an" if vowel else "a"
    if m.group(1)[0].isupper():
        want = want.capitalize()
    return text[: m.start(1)] + want + text[m.end(1) :]


def _is_plural(mention_text: str, term: str) -> bool:
    last, term_last = mention_text.lower().split()[-1], term.lower().split()[-1]
    return last != term_last and (last.endswith("s") or last in ("people", "children", "men", "women"))


def _rewrite_naming(text: str, offset: int, mentions: Sequence[Any], topic_cat: Callable[[Any], _Replacement | None]) -> str:
    for m in sorted(mentions, key=lambda m: -m.start):
        rep = topic_cat(m)
        if rep is None:
            continue
        word = rep.plural if _is_plural(m.text, m.term) else rep.singular
        if m.text[:1].isupper():
            word = word[:1].upper() + word[1:]
        s, e = m.start - offset, m.end - offset
        text = text[:s] + word + text[e:]
        text = _fix_article(text, s)
    return text


def _neutral_verb(cue: str, neutral: str) -> str:
    if cue.endswith("ing"):
        return "saying" if neutral == "said" else neutral
    if cue.endswith("s") and not cue.endswith("ss"):
        return "says" if neutral == "said" else neutral
    return neutral


def rewrite_items(comparison: Comparison, *, seed: int = 0, count: int = 2) -> tuple[tuple[RewriteItem, ...], str]:
    """Activity 6: sentences with loaded naming (else loaded verbs or scare quotes) and a neutral rewrite.

    Returns the items and a note saying how they were chosen.
    """
    lex = load_worksheet_lexicon()
    rng = _rng(seed, comparison.event.slug, "rewrite")
    candidates: list[tuple[float, float, ArticleAnalysis, int]] = []
    for art in comparison.articles:
        by_sentence: dict[int, list[Any]] = {}
        for m in art.mentions:
            if m.voice == "narrator" and lex.replacement(m.topic, m.category, m.term.lower()) is not None:
                by_sentence.setdefault(m.sentence, []).append(m)
        for index, ms in by_sentence.items():
            n = _words(_sentence_text(art.doc, index))
            if n <= 50:
                candidates.append((-len(ms) - (1.0 if n <= 35 else 0.0), rng.random(), art, index))
    items: list[RewriteItem] = []
    if candidates:
        candidates.sort(key=lambda c: (c[0], c[1]))
        chosen: list[tuple[ArticleAnalysis, int]] = []
        # Take the best sentence of different articles first, then fill up.
        for _s, _r, art, index in candidates:
            if len(chosen) < count and all(a.id != art.id for a, _i in chosen):
                chosen.append((art, index))
        for _s, _r, art, index in candidates:
            if len(chosen) < count and (art, index) not in chosen:
                chosen.append((art, index))
        for art, index in chosen:
            sent = art.doc.sentences[index]
            ms = [
                m
                for m in art.mentions
                if m.sentence == index and m.voice == "narrator" and lex.replacement(m.topic, m.category, m.term.lower())
            ]
            answer = _rewrite_naming(
                sent.text, sent.start, ms, lambda m: lex.replacement(m.topic, m.category, m.term.lower())
            )
            cats = tuple(dict.fromkeys((m.topic, m.category) for m in ms))
            principle = " ".join(g for t, c in cats if (g := _guidance(t, c)))
            items.append(
                RewriteItem(
                    number=len(items) + 1,
                    article=art.id,
                    outlet=art.outlet,
                    sentence=index,
                    start=sent.start,
                    end=sent.end,
                    text=sent.text,
                    kind="naming",
                    targets=tuple(dict.fromkeys(m.text for m in ms)),
                    answer=answer,
                    principle=principle or "Name people by who they are, not by a label that judges them.",
                )
            )
        note = "These sentences name people with words that style guides advise against in a reporter's own voice."
        return tuple(items), note
    # No loaded naming: fall back to loaded attribution verbs and scare quotes.
    fallback: list[tuple[int, float, ArticleAnalysis, Any]] = []
    for art in comparison.articles:
        for q in art.quotes:
            if q.kind == "scare" or (q.cue_tag == "loaded" and q.cue):
                if _words(_sentence_text(art.doc, q.sentence)) <= 50:
                    fallback.append((0 if q.cue_tag == "loaded" else 1, rng.random(), art, q))
    fallback.sort(key=lambda f: (f[0], f[1]))
    seen: set[tuple[str, int]] = set()
    for _k, _r, art, q in fallback:
        if len(items) >= count or (art.id, q.sentence) in seen:
            continue
        seen.add((art.id, q.sentence))
        sent = art.doc.sentences[q.sentence]
        text = sent.text
        if q.kind == "scare":
            s, e = q.start - sent.start, q.end - sent.start
            # Drop the pair of marks around the scare-quoted words, keep the words.
            left = s - 1 if s > 0 and not text[s - 1].isalnum() and not text[s - 1].isspace() else s
            right = e + 1 if e < len(text) and not text[e].isalnum() and not text[e].isspace() and text[e] not in ".,;" else e
            answer = text[:left] + text[s:e] + text[right:]
            kind, targets, principle = "scare-quote", (q.text.strip(),), lex.scare_quote_principle
        else:
            cue = q.cue or ""
            hit = re.search(rf"\b{re.escape(cue)}\b", text)
            answer = text if hit is None else text[: hit.start()] + _neutral_verb(cue, lex.neutral_verb) + text[hit.end() :]
            kind, targets, principle = "loaded-verb", (cue,), lex.loaded_verb_principle
        items.append(
            RewriteItem(len(items) + 1, art.id, art.outlet, q.sentence, sent.start, sent.end, text, kind, targets, answer, principle)
        )
    if items:
        note = "No article names people with loaded words, so these sentences use a loaded attribution verb or scare quotes instead."
    else:
        note = "No article uses loaded names, loaded attribution verbs or scare quotes: there is nothing to rewrite for this event."
    return tuple(items), note


# --------------------------------------------------------------------------- activity 7

# Wording per level: middle school asks what and why in plain words; high school
# asks for evidence and effect; college asks about method, audience and limits.
_QUESTIONS: dict[str, dict[str, str]] = {
    "naming": {
        "middle": "{a} calls those involved “{ta}”, while {b} says “{tb}”. How does each word make you feel about them?",
        "high": "{a} names those involved “{ta}” in its own voice; {b} uses “{tb}”. What picture of them does each choice create, and which would you use?",
        "college": "{a} relies on “{ta}” in its own voice, {b} on “{tb}”. How do such labels connect to the style guides' advice and to research on how naming shapes attitudes?",
    },
    "quotes": {
        "middle": "{a} lets {ra} speak, but {b} does not. Why might a reporter choose whom to quote?",
        "high": "{a} quotes {ra} and {b} does not{also}. Why might that be, and how does it change what a reader believes happened?",
        "college": "{a} gives voice to {ra}, whom {b} leaves out{also}. What does this imbalance of sources suggest about each outlet's news values, and what might explain it besides bias (access, deadlines, press releases)?",
    },
    "first": {
        "middle": "In {a} the first person quoted is {fa}; in {b} it is {fb}. Why does it matter who speaks first?",
        "high": "{a} opens its quotes with {fa}, {b} with {fb}. How does the first voice set up the rest of the story?",
        "college": "{a} lets {fa} speak first and {b} {fb}. Discuss primacy (first-voice) effects and the “primary definer” idea (Hall et al.) in light of these articles.",
    },
    "omission": {
        "middle": "{a} tells us some things the other articles leave out. Pick one. Why might the others skip it?",
        "high": "{a} carries {n} sentences no other article has. Which of these facts matter most to understand the event, and why might other outlets leave them out?",
        "college": "{n} sentences of {a} appear in no other article. Is leaving a fact out a framing choice, an editorial constraint or both? How could you tell?",
    },
    "numbers": {
        "middle": "The articles give the {label} as {values}. Why might they use different words for the same number?",
        "high": "The {label} appears as {values}. Do the hedges (“about”, “more than”) change the impression the number makes?",
        "college": "The {label} is reported as {values}. How do precision and hedging of figures work as framing, and how would you check which is right?",
    },
    "frames": {
        "middle": "{a} talks most about {fa}; {b} talks most about {fb}. What is each article mostly about?",
        "high": "{a} leans on the {fa} frame and {b} on the {fb} frame. Find a sentence that shows each frame. How does the frame change what the story is about?",
        "college": "The dominant frames differ ({a}: {fa}; {b}: {fb}). Which problem definition, causal story and remedy does each frame imply (Entman 1993)?",
    },
    "closing": {
        "middle": "If you wrote a short news story about this event, which words would you use for the people involved, and whom would you quote first?",
        "high": "Which article would you give to a friend who knows nothing about this event? Explain your choice with two pieces of evidence from the worksheet.",
        "college": "This worksheet was made by counting words. What can such counts show about framing, and what can only a careful reader judge?",
    },
}


def _names(n: int) -> str:
    """ "1 loaded name", "3 loaded names"."""
    return f"{n} loaded name" if n == 1 else f"{n} loaded names"


def _role_list(roles: Sequence[str]) -> str:
    labels = [ROLE_LABELS.get(r, r) for r in roles]
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def _form(use: Any) -> str:
    """The way an article writes a term most often ("illegal workers", not the canonical "illegal worker")."""
    return str(use.forms[0]).lower() if use.forms else str(use.term)


def discussion_questions(comparison: Comparison, *, level: str = "high", limit: int = 6) -> tuple[Question, ...]:
    """Activity 7: discussion questions from the event's findings, worded for ``level``."""
    if level not in LEVELS:
        raise FramingError(f"--level must be one of {', '.join(LEVELS)}; got {level!r}")
    arts = comparison.articles
    loaded = _loaded_categories()
    lead, peripheral = lead_categories(), peripheral_categories(comparison)
    out: list[Question] = []

    def ask(kind: str, finding: str, **values: object) -> None:
        out.append(Question(_QUESTIONS[kind][level].format(**values), finding))

    # Naming: the outlet with the most loaded names in its own voice against the one with the fewest.
    def loaded_share(art: ArticleAnalysis) -> tuple[int, str | None, str | None]:
        narr = [u for u in art.naming.terms if u.voice == "narrator"]
        bad = sorted((u for u in narr if u.category in loaded), key=lambda u: (-u.count, u.term))
        # The neutral term to contrast with: a name for the central people (not
        # their children or families), status-bearing names first, as the report's summary does.
        other = [u for u in narr if u.category not in loaded]
        core = [u for u in other if u.category not in peripheral] or other
        good = sorted(core, key=lambda u: (u.category not in lead, -u.count, u.term))
        return (sum(u.count for u in bad), _form(bad[0]) if bad else None, _form(good[0]) if good else None)

    shares = [(loaded_share(a), a) for a in arts]
    most = max(shares, key=lambda s: s[0][0])
    least = min(shares, key=lambda s: s[0][0])
    if most[0][0] > least[0][0] and most[0][1] and least[0][2]:
        ask(
            "naming",
            f"{most[1].outlet} uses {_names(most[0][0])} in its own voice; {least[1].outlet} uses {least[0][0]}.",
            a=most[1].outlet, ta=most[0][1], b=least[1].outlet, tb=least[0][2],
        )
    # Quotes: roles one outlet quotes and another does not.
    roles = {a.id: [r.role for r in sorted(a.quote_profile.by_role, key=lambda r: -r.words) if r.role in AUDIT_ROLES] for a in arts}
    best: tuple[int, ArticleAnalysis, ArticleAnalysis, list[str]] | None = None
    for a in arts:
        for b in arts:
            if a.id == b.id or not roles[b.id]:
                continue
            extra = [r for r in roles[a.id] if r not in roles[b.id]]
            if extra and (best is None or len(extra) > best[0]):
                best = (len(extra), a, b, extra)
    if best is not None:
        _n, a, b, extra = best
        # What the second outlet quotes and the first does not, said too, so
        # that the question does not suggest the first quotes only the extra roles.
        back = [r for r in roles[b.id] if r not in roles[a.id]]
        also = f"; {b.outlet} quotes {_role_list(back)} and {a.outlet} does not" if back else ""
        ask(
            "quotes",
            f"{a.outlet} quotes {_role_list(roles[a.id])}; {b.outlet} quotes {_role_list(roles[b.id])}.",
            a=a.outlet, ra=_role_list(extra), b=b.outlet, also=also,
        )
    # First voice.
    firsts = [(a, a.quote_profile.first_voice, a.quote_profile.first_voice_role) for a in arts if a.quote_profile.first_voice]
    for i, (a, fa, ra) in enumerate(firsts):
        other = next(((b, fb, rb) for b, fb, rb in firsts[i + 1 :] if rb != ra), None)
        if other is not None:
            b, fb, rb = other
            ask(
                "first",
                f"First voice: {a.outlet}, {fa} ({ra}); {b.outlet}, {fb} ({rb}).",
                a=a.outlet, fa=f"{fa} ({ROLE_SINGULAR.get(ra or '', ra)})", b=b.outlet,
                fb=f"{fb} ({ROLE_SINGULAR.get(rb or '', rb)})",
            )
            break
    # Omission: the outlet with the most sentences of its own.
    if comparison.omissions:
        cov = max(comparison.omissions, key=lambda c: (len(c.only_here), c.article))
        if cov.only_here:
            art = comparison.article(cov.article)
            ask("omission", f"{art.outlet} has {len(cov.only_here)} sentences no other article carries.",
                a=art.outlet, n=len(cov.only_here))
    # Numbers: the first figure the outlets give differently, one told with a hedge first ("more than two
    # dozen" against "27" and "31"): the questions ask about hedges and wording, which a bare "eight" against
    # "nine" does not show.
    different = [r for r in comparison.numbers if r.status == "different"]
    row = next((r for r in different if any(c.bound != "exact" for c in r.cells)), different[0] if different else None)
    if row is not None:
        by_art: dict[str, str] = {}
        for c in row.cells:
            by_art.setdefault(c.article, c.text)
        values = "; ".join(f"“{t}” ({comparison.article(a).outlet})" for a, t in by_art.items())
        # "The number of people killed appears as ...", not "The people killed appears as ...".
        label = row_phrase(row)
        ask("numbers", f"{row.label}: {values}.", label=label, values=values)
    # Frames: dominant policy frames that differ.
    dominant = []
    for a in arts:
        labels = {f.frame: f.label for f in a.frames.frames}
        fams = dict(a.frames.dominant)
        frames = fams.get("policy", ())
        if frames:
            dominant.append((a, labels.get(frames[0], frames[0]).lower()))
    pair = next(((x, y) for i, x in enumerate(dominant) for y in dominant[i + 1 :] if x[1] != y[1]), None)
    if pair is not None:
        (a, fa), (b, fb) = pair
        ask("frames", f"Dominant frame: {a.outlet}, {fa}; {b.outlet}, {fb}.", a=a.outlet, fa=fa, b=b.outlet, fb=fb)
    out = out[: max(0, limit - 1)]
    out.append(Question(_QUESTIONS["closing"][level], "Open question: no single right answer."))
    return tuple(out)


# --------------------------------------------------------------------------- the worksheet


def build_worksheet(comparison: Comparison, *, level: str = "high", seed: int = 0) -> Worksheet:
    """Build the whole lesson (seven activities, answers, teacher notes) for ``comparison``."""
    if level not in LEVELS:
        raise FramingError(f"--level must be one of {', '.join(LEVELS)}; got {level!r}")
    rewrite, note = rewrite_items(comparison, seed=seed)
    ev = comparison.event
    return Worksheet(
        slug=ev.slug,
        title=ev.title,
        date=ev.date,
        level=level,
        seed=seed,
        outlets=tuple(a.outlet for a in comparison.articles),
        articles=tuple(a.id for a in comparison.articles),
        blind=blind_excerpts(comparison, seed=seed),
        naming=naming_key(comparison),
        quotes=quote_audit(comparison),
        omission=omission_facts(comparison, seed=seed),
        numbers=number_questions(comparison),
        rewrite=rewrite,
        rewrite_note=note,
        questions=discussion_questions(comparison, level=level),
        minutes=tuple(MINUTES.items()),
    )


# --------------------------------------------------------------------------- rendering


def _css() -> Markup:
    # The project's own stylesheet, not article text: it goes into <style> unescaped.
    return Markup((resources.files("framing.report") / "templates" / "worksheet.css").read_text(encoding="utf-8"))


def _context(ws: Worksheet) -> dict[str, Any]:
    return {
        "ws": ws,
        "css": _css(),
        "roles": ROLE_LABELS,
        "letters": {a: _label(i) for i, a in enumerate(ws.articles)},
        "total_minutes": sum(m for _k, m in ws.minutes),
        "minutes": dict(ws.minutes),
    }


def render_worksheet_html(ws: Worksheet) -> str:
    """The student worksheet as one self-contained HTML page."""
    from framing.report.render import render_template

    return render_template("worksheet.html.j2", _context(ws))


def render_answer_key_html(ws: Worksheet) -> str:
    """The teacher's answer key (teacher notes first) as one self-contained HTML page."""
    from framing.report.render import render_template

    return render_template("answer-key.html.j2", _context(ws))


def write_worksheet(
    ws: Worksheet, out_dir: str | Path, *, pdf: bool = True, progress: Callable[[str], None] | None = None
) -> list[Path]:
    """Write worksheet.html/.pdf and answer-key.html/.pdf into ``out_dir``, all at once."""
    from framing.report.render import html_to_pdf
    from framing.report.writer import Producer, write_folder

    say = progress or (lambda _msg: None)
    say("rendering HTML")
    sheet = render_worksheet_html(ws)
    key = render_answer_key_html(ws)
    files: dict[str, Producer] = {"worksheet.html": lambda: sheet, "answer-key.html": lambda: key}
    if pdf:

        def sheet_pdf() -> bytes:
            say("rendering worksheet.pdf")
            return html_to_pdf(sheet)

        def key_pdf() -> bytes:
            say("rendering answer-key.pdf")
            return html_to_pdf(key)

        files["worksheet.pdf"] = sheet_pdf
        files["answer-key.pdf"] = key_pdf
    return write_folder(Path(out_dir), files)


__all__ = [
    "LEVELS",
    "BlindExcerpt",
    "Carrier",
    "Cue",
    "NamingAnswer",
    "NamingKeyRow",
    "NumberAnswer",
    "NumberQuestion",
    "OmissionFact",
    "OutletMasks",
    "Question",
    "QuoteAuditRow",
    "RewriteItem",
    "SpeakerAnswer",
    "Worksheet",
    "blind_excerpts",
    "build_worksheet",
    "discussion_questions",
    "load_worksheet_lexicon",
    "mask_text",
    "naming_key",
    "number_questions",
    "omission_facts",
    "outlet_masks",
    "quote_audit",
    "render_answer_key_html",
    "render_worksheet_html",
    "rewrite_items",
    "write_worksheet",
]
