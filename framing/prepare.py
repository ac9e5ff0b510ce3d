"""Turn an article as received into a :class:`Document` the analyses can trust.

Preparation owns everything between raw text and sentences:

* Unicode NFC, line endings, invisible characters;
* a metadata prefix glued to the text ("date 2019-08-08 About 300 ...",
  a "By NAME" byline line) moved into the article's metadata;
* every quote mark, straight or curly, decided as opening or closing, and the
  quoted stretches paired up (a closing mark used as an opener is read as an
  opener, and a quote left open at a paragraph break is recorded);
* sentence breaks lost in scraping ("said Thursday.Young children") restored
  as line breaks, which is what they were;
* boilerplate (copyright lines, author bios, social handles) set aside with a
  reason, kept in the text but never counted as content;
* sentences with NLTK's Punkt and the project's abbreviation list, word
  tokens, paragraphs: all with character offsets into ``Document.text``.

Every change is recorded as a :class:`Change` and every oddity as a
:class:`Problem`; nothing is dropped silently.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from framing._punkt import PunktParameters, PunktSentenceTokenizer

from framing.lexicons import Abbreviations, load_abbreviations
from framing.model import (
    Article,
    Boilerplate,
    Change,
    Document,
    Paragraph,
    Problem,
    QuoteMark,
    QuoteSpan,
    Sentence,
    Token,
)

DOUBLE_MARKS = '"“”„‟«»'
SINGLE_MARKS = "'‘’‚‹›"
OPENING_GLYPHS = "“„‟«"
CLOSING_GLYPHS = "”»"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_BEFORE_OPENER = "([{—–-/"
_AFTER_CLOSER = ".,;:!?)]}—–-…"

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE_VALUE = (
    r"(?P<iso>\d{4}-\d{2}-\d{2})"
    rf"|(?P<long>(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}},?\s+\d{{4}})"
)
_DATE_PREFIX = re.compile(
    rf"^\s*(?:date|published|posted|updated)\s*:?\s+(?:{_DATE_VALUE})\s*[,|:;—-]?\s*",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_BYLINE = re.compile(rf"^\s*By\s+(?P<author>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*\n")

_ANYWHERE_BOILERPLATE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\W*(?:copyright\b|©|\(c\)\s*\d{4})", re.I), "copyright notice"),
    (re.compile(r"\ball rights reserved\b", re.I), "copyright notice"),
    (
        re.compile(
            r"^\W*follow\s+(?:him|her|them|us|me|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+on\s+"
            r"(?:twitter|x|facebook|instagram|threads|bluesky|tiktok|linkedin|mastodon)\b",
            re.I,
        ),
        "social media handle",
    ),
    (re.compile(r"^\W*(?:@\w+[\s,]*)+\W*$"), "social media handle"),
    (
        re.compile(
            r"^\W*(?:sign up for|subscribe to|click here|read more\b|related\s*:|advertisement\s*$"
            r"|download the .* app)",
            re.I,
        ),
        "site furniture",
    ),
    (
        re.compile(
            r"^\W*(?:the\s+)?(?:associated press|reuters|afp|cnn|staff)\b[\w\s,'’-]{0,60}"
            r"\bcontributed\s+(?:to\s+)?(?:this\s+)?report",
            re.I,
        ),
        "credit line",
    ),
    (re.compile(r"^\W*(?:contact|email|reach)\s+(?:him|her|them|the writer|[A-Z]\w+)\b.*@", re.I), "contact line"),
)
_TRAILING_BOILERPLATE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"^\W*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:is|was|has been)\s+(?:an?|the)\s+"
            r"(?:[\w-]+\s+){0,4}(?:reporter|correspondent|writer|editor|journalist|contributor"
            r"|columnist|producer|intern|fellow|photographer|anchor|host)\b",
        ),
        "author bio",
    ),
    (re.compile(r"^\W*(?:twitter|email|e-mail)\s*:", re.I), "contact line"),
)

_TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w+(?:[’'.\-]\w+)*")


@dataclass(frozen=True, slots=True)
class _Mark:
    pos: int
    glyph: str


def prepare(article: Article, *, abbreviations: Abbreviations | None = None) -> Document:
    """Clean an article and split it into paragraphs, sentences and tokens."""
    abbrev = abbreviations or load_abbreviations()
    changes: list[Change] = []
    problems: list[Problem] = []

    text = article.text.replace("\r\n", "\n").replace("\r", "\n")
    normal = unicodedata.normalize("NFC", text)
    if normal != text:
        changes.append(Change("unicode", 0, "normalised to Unicode NFC"))
    text = normal
    visible = text.translate(_INVISIBLE)
    if visible != text:
        changes.append(
            Change("unicode", 0, f"removed {len(text) - len(visible)} invisible characters (zero-width, soft hyphen)")
        )
    text = visible

    text, article = _strip_metadata_prefix(text, article, changes, problems)
    text = text.strip()

    breaks = _glued_breaks(text, abbrev.abbreviations)
    if breaks:
        for shift, pos in enumerate(breaks):
            changes.append(
                Change("restored-break", pos + shift, "restored a lost paragraph break (sentences ran together)")
            )
        pieces, last = [], 0
        for pos in breaks:
            pieces.append(text[last:pos])
            pieces.append("\n")
            last = pos
        pieces.append(text[last:])
        text = "".join(pieces)

    paragraphs = _paragraphs(text)
    marks, spans, quote_problems = _decide_quotes(text, [p.start for p in paragraphs[1:]])
    problems.extend(quote_problems)
    close_marks = {m.start for m in marks if m.role == "close"}

    raw_sentences = _split_sentences(text, paragraphs, abbrev, close_marks)
    sentences, boilerplate = _set_aside_boilerplate(text, raw_sentences)
    tokens = tuple(
        Token(s.start + m.start(), s.start + m.end(), m.group(), s.index)
        for s in sentences
        for m in _TOKEN_RE.finditer(s.text)
    )
    return Document(
        article=article,
        text=text,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        tokens=tokens,
        boilerplate=tuple(boilerplate),
        quote_marks=tuple(marks),
        quote_spans=tuple(spans),
        changes=tuple(sorted(changes, key=lambda c: c.start)),
        problems=tuple(sorted(problems, key=lambda p: p.start)),
    )


# --- metadata prefix -------------------------------------------------------


def _parse_date(value: str) -> str | None:
    value = re.sub(r"\s+", " ", value.replace(",", "").replace(".", "")).strip()
    for fmt in ("%Y-%m-%d", "%B %d %Y", "%b %d %Y"):
        try:
            return _dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    if value.lower().startswith("sept"):
        return _parse_date("Sep" + value[4:])
    return None


def _strip_metadata_prefix(
    text: str, article: Article, changes: list[Change], problems: list[Problem]
) -> tuple[str, Article]:
    """Move a glued "date ..." prefix or a "By NAME" byline into the metadata."""
    for _ in range(2):
        m = _DATE_PREFIX.match(text)
        if m:
            found = _parse_date(m.group("iso") or m.group("long"))
            if found is None:
                break
            prefix = m.group().strip()
            changes.append(Change("metadata-prefix", 0, f"moved {prefix!r} from the text to the metadata (date)"))
            if article.date is None:
                article = replace(article, date=found)
            elif article.date != found:
                problems.append(
                    Problem("metadata-conflict", 0, f"text says date {found}, header says {article.date}; kept the header")
                )
            text = text[m.end() :]
            continue
        m = _BYLINE.match(text)
        if m:
            author = re.sub(r"\s+", " ", m.group("author")).strip()
            changes.append(Change("metadata-prefix", 0, f"moved byline 'By {author}' to the metadata (author)"))
            if article.author is None:
                article = replace(article, author=author)
            text = text[m.end() :]
            continue
        break
    return text, article


# --- lost breaks and quote marks --------------------------------------------


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _opener_shape(text: str, i: int) -> bool:
    left = text[i - 1] if i > 0 else ""
    right = text[i + 1] if i + 1 < len(text) else ""
    return not _is_space(right) and (_is_space(left) or left in _BEFORE_OPENER or left in DOUBLE_MARKS)


def _closer_shape(text: str, i: int) -> bool:
    left = text[i - 1] if i > 0 else ""
    right = text[i + 1] if i + 1 < len(text) else ""
    return not _is_space(left) and (
        _is_space(right) or right in _AFTER_CLOSER or right in DOUBLE_MARKS or right in SINGLE_MARKS
    )


_GLUED = re.compile(rf"(?<=[^\W_])(?P<punct>[.!?]+)(?P<mark>[{DOUBLE_MARKS}]?)(?=[A-Z])")


def _glued_breaks(text: str, abbreviations: frozenset[str]) -> list[int]:
    """Offsets where a line break was lost between two sentences.

    "said Thursday.Young children" lost a paragraph break after the period.
    When a quote mark sits between the two sentences, the break goes after it
    if it closes a quote ("facility.”Roughly") and before it if it opens one
    ("deported.”This is horrifying"): that depends on whether a quote is open
    at that point, so the marks are walked in order.
    """
    candidates: list[tuple[int, re.Match[str]]] = []
    for m in _GLUED.finditer(text):
        word_start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        word = text[word_start : m.start()].lstrip(DOUBLE_MARKS + SINGLE_MARKS + "([")
        if len(word) < 2 or "." in word or word.lower() in abbreviations:
            continue  # initials, acronyms and abbreviations: "J.K.Rowling", "U.S.Army"
        after = re.match(r"[A-Z]+\.", text[m.end() :])
        if after and len(after.group()) <= 3:
            continue  # an acronym follows: "U.S.A."
        candidates.append((m.start("mark") if m.group("mark") else m.end("punct"), m))
    if not candidates:
        return []
    by_pos = {pos: m for pos, m in candidates}
    inside = False
    breaks: list[int] = []
    events = sorted(
        {pos for pos, _ in candidates}
        | {i for i, ch in enumerate(text) if ch in DOUBLE_MARKS}
        | {i for i, ch in enumerate(text) if ch == "\n"}
    )
    for pos in events:
        glued = by_pos.get(pos)
        if glued is not None and glued.group("mark"):
            if inside:
                breaks.append(pos + 1)  # the mark closes the quote; break after it
            else:
                breaks.append(pos)  # the mark opens the next sentence's quote
                inside = True
                continue
            inside = False
        elif glued is not None:
            breaks.append(pos)
            inside = False  # a quote cannot run over a lost paragraph break unclosed
        elif text[pos] == "\n":
            inside = False
        else:
            glyph = text[pos]
            if not inside:
                inside = not (_closer_shape(text, pos) and not _opener_shape(text, pos))
            elif _opener_shape(text, pos) and not _closer_shape(text, pos) and glyph not in CLOSING_GLYPHS:
                inside = True  # a new quote opens; the previous one was never closed
            else:
                inside = False
    return breaks


def _paragraphs(text: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    for m in re.finditer(r"[^\n]+", text):
        stripped = m.group().strip()
        if not stripped:
            continue
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        out.append(Paragraph(len(out), start, start + len(stripped), stripped))
    return out


def _decide_quotes(
    text: str, paragraph_starts: list[int]
) -> tuple[list[QuoteMark], list[QuoteSpan], list[Problem]]:
    """Decide every double quote mark as opening or closing and pair them up."""
    marks: list[QuoteMark] = []
    spans: list[QuoteSpan] = []
    problems: list[Problem] = []
    starts = set(paragraph_starts)
    positions = sorted({i for i, ch in enumerate(text) if ch in DOUBLE_MARKS} | starts)
    open_at: int | None = None

    def end_span(end: int, *, close_mark: int | None, closed: bool, continued: bool) -> None:
        assert open_at is not None
        start = open_at + 1
        stop = max(start, end)
        while start < stop and text[start].isspace():
            start += 1  # French spacing: « Nous sommes prêts »
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        spans.append(QuoteSpan(start, stop, text[start:stop], open_at, close_mark, 0, closed, continued))

    for pos in positions:
        if pos in starts and open_at is not None:
            first = text[pos]
            if first in DOUBLE_MARKS and _opener_shape(text, pos) and first not in CLOSING_GLYPHS[1:]:
                end_span(pos, close_mark=None, closed=True, continued=True)
            else:
                end_span(pos, close_mark=None, closed=False, continued=False)
                problems.append(
                    Problem(
                        "unclosed-quote",
                        open_at,
                        "quote has no closing mark; it is taken to end at the paragraph break",
                    )
                )
            open_at = None
        if text[pos] not in DOUBLE_MARKS:
            continue
        glyph = text[pos]
        opener, closer = _opener_shape(text, pos), _closer_shape(text, pos)
        if open_at is None:
            if closer and not opener:
                marks.append(QuoteMark(pos, glyph, "close", 0, "closing mark with no opening mark"))
                problems.append(Problem("stray-quote-mark", pos, "closing quote mark with no opening mark"))
                continue
            note = "closing mark used as an opening mark" if glyph in CLOSING_GLYPHS else None
            marks.append(QuoteMark(pos, glyph, "open", 0, note))
            open_at = pos
        elif opener and not closer and glyph in OPENING_GLYPHS + '"':
            # A second opener before any closer: the first quote was never closed.
            cut = _last_sentence_end(text, open_at + 1, pos)
            end_span(cut, close_mark=None, closed=False, continued=False)
            problems.append(
                Problem("unclosed-quote", open_at, "quote has no closing mark; it is taken to end before the next quote")
            )
            marks.append(QuoteMark(pos, glyph, "open", 0, None))
            open_at = pos
        else:
            note = "opening mark used as a closing mark" if glyph in OPENING_GLYPHS else None
            marks.append(QuoteMark(pos, glyph, "close", 0, note))
            end_span(pos, close_mark=pos, closed=True, continued=False)
            open_at = None
    if open_at is not None:
        end_span(len(text), close_mark=None, closed=False, continued=False)
        problems.append(Problem("unclosed-quote", open_at, "quote has no closing mark; it is taken to end with the text"))

    nested_marks, nested_spans = _nested_quotes(text, spans)
    top_marks, top_spans = _single_quotes(text, spans, paragraph_starts)
    marks.extend(nested_marks + top_marks)
    spans.extend(nested_spans + top_spans)
    marks.sort(key=lambda m: m.start)
    spans.sort(key=lambda s: (s.start, s.level))
    return marks, spans, problems


def _last_sentence_end(text: str, lo: int, hi: int) -> int:
    best = hi
    for m in re.finditer(r"[.!?](?=\s)", text[lo:hi]):
        best = lo + m.end()
    return best


def _single_pairs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Pairs of single marks between ``lo`` and ``hi`` that enclose a quote, not apostrophes.

    An apostrophe never opens a pair: an opener has space (or a double mark)
    before it and a letter after it, which rules out "it’s", "the ’90s" and
    "workers’ union"; a closer is only looked for once an opener was found.
    """
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(lo, hi):
        ch = text[i]
        if ch not in SINGLE_MARKS:
            continue
        right = text[i + 1] if i + 1 < len(text) else ""
        if open_at is None:
            if ch in "‘‚‹'" and _opener_shape(text, i) and right.isalpha():
                open_at = i
        elif ch in "’›'" and _closer_shape(text, i):
            pairs.append((open_at, i))
            open_at = None
    return pairs


def _nested_quotes(text: str, spans: list[QuoteSpan]) -> tuple[list[QuoteMark], list[QuoteSpan]]:
    marks: list[QuoteMark] = []
    nested: list[QuoteSpan] = []
    for span in spans:
        for a, b in _single_pairs(text, span.start, span.end + (1 if span.close_mark is not None else 0)):
            marks += [QuoteMark(a, text[a], "open", 1), QuoteMark(b, text[b], "close", 1)]
            nested.append(QuoteSpan(a + 1, b, text[a + 1 : b], a, b, 1))
    return marks, nested


def _single_quotes(
    text: str, spans: list[QuoteSpan], paragraph_starts: list[int]
) -> tuple[list[QuoteMark], list[QuoteSpan]]:
    """Top-level single quotes ('like this') in stretches outside any double quote."""
    if not any(ch in "‘'" for ch in text):
        return [], []
    covered = sorted((s.open_mark, (s.close_mark if s.close_mark is not None else s.end) + 1) for s in spans)
    bounds = sorted(set([0, len(text)] + paragraph_starts + [x for pair in covered for x in pair]))
    marks: list[QuoteMark] = []
    out: list[QuoteSpan] = []
    for lo, hi in zip(bounds, bounds[1:]):
        if any(a <= lo < b for a, b in covered):
            continue
        for a, b in _single_pairs(text, lo, hi):
            if len(text[a + 1 : b].split()) > 40:
                continue
            marks += [QuoteMark(a, text[a], "open", 0), QuoteMark(b, text[b], "close", 0)]
            out.append(QuoteSpan(a + 1, b, text[a + 1 : b], a, b, 0))
    return marks, out


# --- sentences and boilerplate ----------------------------------------------


@lru_cache(maxsize=8)
def _punkt(abbrev: Abbreviations) -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(abbrev.abbreviations)
    params.sent_starters = set(abbrev.sentence_starters)
    return PunktSentenceTokenizer(params)


def _split_sentences(
    text: str, paragraphs: list[Paragraph], abbrev: Abbreviations, close_marks: set[int]
) -> list[tuple[int, int, int]]:
    """Sentence spans ``(start, end, paragraph)``; quotes stay with their sentence."""
    punkt = _punkt(abbrev)
    out: list[tuple[int, int, int]] = []
    for para in paragraphs:
        spans = [
            [para.start + a, para.start + b] for a, b in punkt.span_tokenize(para.text, realign_boundaries=False)
        ]
        merged: list[list[int]] = []
        for span in spans:
            if merged:
                prev = merged[-1]
                # A closing quote mark or bracket belongs to the sentence it closes.
                while span[0] < span[1] and (span[0] in close_marks or text[span[0]] in ")]}"):
                    span[0] += 1
                    prev[1] = span[0]
                while span[0] < span[1] and text[span[0]].isspace():
                    span[0] += 1
                if span[0] >= span[1]:
                    continue
                # "“Why?” he asked." and "e.g. cases": a sentence does not start in lower case.
                if text[span[0]].islower():
                    prev[1] = span[1]
                    continue
            merged.append(span)
        out.extend((a, b, para.index) for a, b in merged)
    return out


def _boilerplate_reason(sentence: str, *, trailing: bool) -> str | None:
    for pattern, reason in _ANYWHERE_BOILERPLATE:
        if pattern.search(sentence):
            return reason
    if trailing:
        for pattern, reason in _TRAILING_BOILERPLATE:
            if pattern.search(sentence):
                return reason
    return None


def _set_aside_boilerplate(
    text: str, spans: list[tuple[int, int, int]]
) -> tuple[list[Sentence], list[Boilerplate]]:
    reasons: list[str | None] = [_boilerplate_reason(text[a:b], trailing=False) for a, b, _ in spans]
    # Author bios and contact lines count only in the closing run of the article.
    for k in range(len(spans) - 1, -1, -1):
        a, b, _ = spans[k]
        reason = reasons[k] or _boilerplate_reason(text[a:b], trailing=True)
        if reason is None:
            break
        reasons[k] = reason
    sentences: list[Sentence] = []
    boiler: list[Boilerplate] = []
    for (a, b, para), reason in zip(spans, reasons):
        if reason is None:
            sentences.append(Sentence(len(sentences), a, b, text[a:b], para))
            continue
        last = boiler[-1] if boiler else None
        if last is not None and last.reason == reason and text[last.end : a].strip() == "" and "\n" not in text[last.end : a]:
            boiler[-1] = Boilerplate(last.start, b, text[last.start : b], reason)
        else:
            boiler.append(Boilerplate(a, b, text[a:b], reason))
    return sentences, boiler
