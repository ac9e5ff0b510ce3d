"""Turn an article as received into a :class:`Document` the analyses can trust.

Preparation owns everything between raw text and sentences:

* Unicode NFC, line endings (Windows, old Mac, Unicode separators), invisible
  characters (zero-width, soft hyphens) and odd spaces (no-break, thin);
* a metadata prefix glued to the text ("date 2019-08-08 About 300 ...",
  a "By NAME" byline line) moved into the article's metadata; the author
  taken from a byline line at the top when the header names none or only an
  organisation ("Erin Callahan and David Morrow (Associated Press)");
* hard-wrapped text (lines broken at a fixed width, as in e-mail and wire
  copy) detected and joined back into paragraphs: a line break that a greedy
  wrapper made is a space, a deliberate one (a heading, a short last line,
  a list item) stays a break;
* every quote mark, straight or curly, decided as opening or closing, and the
  quoted stretches paired up (a closing mark used as an opener is read as an
  opener, a quote left open at a paragraph break is recorded, British single
  quotes with double quotes nested inside, German „…“ and guillemets);
* sentence breaks lost in scraping ("said Thursday.Young children") restored
  as line breaks, which is what they were;
* boilerplate set aside with a reason, kept in the text but never counted as
  content: copyright and credit lines, bylines, datelines ("WASHINGTON (AP) —"),
  timestamps, captions, embedded posts, share bars, "Advertisement" and other
  site furniture, author bios. The shapes are data (``lexicons/boilerplate.yaml``);
* sentences with NLTK's Punkt and the project's abbreviation list, plus the
  repairs Punkt needs on news copy (list markers, "No. 3", "10 a.m. Police"),
  word tokens, paragraphs: all with character offsets into ``Document.text``.

Subheadings (a short line without final punctuation between paragraphs) are
kept as content sentences of their own, never run into the next paragraph:
they are the outlet's own words, and what an editor puts in a subheading is
part of how a story is framed, so a teacher sees them among the sentences.

Every change is recorded as a :class:`Change` and every oddity as a
:class:`Problem`; nothing is dropped silently.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from framing._memo import by_identity
from framing._punkt import PunktParameters, PunktSentenceTokenizer

from framing.errors import LexiconError
from framing.lexicons import Abbreviations, lexicon_path, load_abbreviations, read_lexicon, require_list
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
_DOUBLE_MARK = re.compile(f"[{DOUBLE_MARKS}]")
_SINGLE_MARK = re.compile(f"[{SINGLE_MARKS}]")
OPENING_GLYPHS = "“„‟«"
CLOSING_GLYPHS = "”»"
_INVISIBLE: dict[int, str | None] = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# No-break, thin, figure and other fixed-width spaces: one ordinary space each,
# so offsets do not move and "10\u00a0a.m." tokenises like "10 a.m.".
_ODD_SPACES: dict[int, str | None] = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"), " ")
# Hyphen and non-breaking hyphen: the ASCII hyphen, so "life\u2011threatening" is one word.
_ODD_HYPHENS: dict[int, str | None] = dict.fromkeys(map(ord, "\u2010\u2011"), "-")
# Unicode line and paragraph separators, vertical tab and form feed break lines.
_ODD_BREAKS: dict[int, str | None] = dict.fromkeys(map(ord, "\u2028\u2029\x0b\x0c\x85"), "\n")
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
_DATE_PREFIX_TIME = re.compile(r"(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?\s*(?:[A-Z]{2,4}\b)?\s*[,|]?\s*")
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# "By Jane Doe and John Roe", "By JOHN SMITH and MARY JONES Associated Press",
# "By Jane Doe, CNN", "BY JANE DOE | The Courier": one line, names and an outlet.
_BYLINE = re.compile(
    rf"^\s*(?:By|BY)\s+(?P<author>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?:\s*[,|]\s*(?P<outlet>[A-Z][\w&.’'-]*(?:\s+[\w&.’'-]+){0,4}))?[ \t]*\n"
)

_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
_FIRST_WORD = re.compile(r"[A-Z][\w'’-]*")
_NAME_WORD_END = re.compile(r"(?:^|\s)[A-Z][\w'’.-]*$")
_TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w+(?:[’'.\-]\w+)*")


@dataclass(frozen=True, slots=True)
class _Mark:
    pos: int
    glyph: str


def prepare(
    article: Article,
    *,
    abbreviations: Abbreviations | None = None,
    boilerplate: BoilerplateRules | None = None,
) -> Document:
    """Clean an article and split it into paragraphs, sentences and tokens."""
    abbrev = abbreviations or load_abbreviations()
    rules = boilerplate or load_boilerplate_rules()
    extras = _abbreviation_extras(abbrev.path)
    changes: list[Change] = []
    problems: list[Problem] = []

    text = _normalise(article.text, changes)
    text, article = _strip_metadata_prefix(text, article, changes, problems)
    text = text.strip()
    text = _unwrap(text, changes)

    breaks = _glued_breaks(text, abbrev.abbreviations)
    if breaks:
        # Earlier changes point into the text before the breaks were inserted.
        changes = [replace(c, start=c.start + _count_before(breaks, c.start)) for c in changes]
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
    close_marks |= {m.start - 1 for m in marks if m.role == "close" and m.note == _DOUBLED_NOTE}  # ’’: both characters

    nav = _nav_run(paragraphs)
    top = TOP_PARAGRAPHS + nav  # the top paragraphs end below a site's menu
    items = _paragraph_boilerplate(paragraphs, rules, author=article.author, outlet=article.outlet, text=text, nav=nav)
    article = _byline_as_author(article, text, items, changes, top=top)
    raw = _split_sentences(text, paragraphs, abbrev, extras, close_marks, items)
    sentences, boilerplate_items = _set_aside_boilerplate(text, raw, rules, top=top)
    article = _headline_as_title(article, sentences, paragraphs, changes)
    tokens = _tokens(text, sentences)
    return Document(
        article=article,
        text=text,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        tokens=tokens,
        boilerplate=tuple(boilerplate_items),
        quote_marks=tuple(marks),
        quote_spans=tuple(spans),
        changes=tuple(sorted(changes, key=lambda c: c.start)),
        problems=tuple(sorted(problems, key=lambda p: p.start)),
    )


# Token is a frozen dataclass, so its __init__ sets each field through
# object.__setattr__: about half of the time spent on an article's ~550 tokens.
# Setting the slots through their descriptors makes the same records (no
# __post_init__ to skip) in about half the time.
_TOKEN_SLOTS = vars(Token)
_SET_START = _TOKEN_SLOTS["start"].__set__
_SET_END = _TOKEN_SLOTS["end"].__set__
_SET_TEXT = _TOKEN_SLOTS["text"].__set__
_SET_SENTENCE = _TOKEN_SLOTS["sentence"].__set__


def _tokens(text: str, sentences: list[Sentence]) -> tuple[Token, ...]:
    """The word and number tokens of the content sentences, in text order."""
    # _TOKEN_RE has no anchor, lookbehind or \b, so searching the text between a
    # sentence's offsets finds what searching the sentence's own text finds.
    out: list[Token] = []
    append = out.append
    new = object.__new__
    finditer = _TOKEN_RE.finditer
    for sentence in sentences:
        index = sentence.index
        for m in finditer(text, sentence.start, sentence.end):
            a, b = m.span()
            token = new(Token)
            _SET_START(token, a)
            _SET_END(token, b)
            _SET_TEXT(token, text[a:b])
            _SET_SENTENCE(token, index)
            append(token)
    return tuple(out)


def is_headline(sentence: Sentence, paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence]) -> bool:
    """Whether a content sentence reads as a headline or heading, not a sentence of the story.

    It fills its paragraph alone, has at most 20 words and no closing
    punctuation ("School Board Pulls Books After Parents Fight Back"), and
    more content follows. It stays content (a headline frames the story too),
    but it is not a reported fact to quote as an example.
    """
    para = paragraphs[sentence.paragraph]
    if sentence.index == len(sentences) - 1:
        return False
    if (para.start, para.end) != (sentence.start, sentence.end):
        # "Colorado Passed an Assault Weapons Ban. For Lakewood's Survivors, It Came Too Late.": a
        # Title-Case headline of two short sentences heads the story as a whole.
        whole = para.text.rstrip()
        return len(whole.split()) <= 20 and whole[-1:] in ".!?" and is_title_case(whole) \
            and sentences[-1].paragraph != para.index
    stripped = sentence.text.rstrip()
    words = stripped.split()
    if len(words) > 20:
        return False
    if stripped[-1:] not in '.!?:;,"”’\')…':
        return True
    if _QUOTED_END.search(stripped):
        # "Mill's closure 'devastating'", "Flood inquiry: “We were abandoned”": a headline that
        # ends on a quoted word or phrase with no sentence end inside the marks
        return True
    # "Westmark's Supreme Court Just Upheld a Six-Week Abortion Ban." (a Title-Case headline
    # with a full stop) and "‘Informal settlers’ or urban poor?" (a crosshead asking a
    # question, not a quotation) head the text after them too.
    if stripped[-1] in ".!" and is_title_case(stripped):
        return True
    if stripped[-1] != "?" or len(words) > 10 or stripped[0] in '"“':
        return False
    # A paragraph opening with a double mark is a quotation (US style leaves the mark of a
    # quote that runs on open); a single mark opens a heading only when it closes a word or
    # two inside it ("‘Informal settlers’ or ...").
    return stripped[0] not in "‘'" or any(ch in "’'" for ch in stripped[1:-1])


_BULLETS = frozenset("•▪●◦‣")
# A closing mark right after a letter or digit, its opening mark after a space, a colon or the
# line's start, and no sentence end or other mark between them (an apostrophe inside a word
# is no mark): a headline's quoted ending.
_QUOTED_END = re.compile(r"(?:^|[\s:])(?:[\"“‘]|'(?=\w))(?:[^\n\"“”‘’'.!?]|(?<=\w)[’'](?=\w))*[^\W_][\"”’']$")


# Words a Title-Case headline leaves in lower case (AP and Chicago headline style).
_TITLE_CASE_MINOR = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via with from into onto over than vs".split()
)
_HEADLINE_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")


def is_title_case(text: str) -> bool:
    """Whether a line is written in Title Case: 4 to 20 words, every word but the minor ones capitalised.

    Shared by the headline test here and by quotes (a headline of full sentences gives no speaker).
    """
    words = _HEADLINE_WORD_RE.findall(text)
    if len(words) < 4 or len(words) > 20:
        return False
    return all(w[0].isupper() for w in words if w.lower() not in _TITLE_CASE_MINOR)


def _headline_as_title(
    article: Article, sentences: list[Sentence], paragraphs: list[Paragraph], changes: list[Change]
) -> Article:
    """An article pasted with its headline and no title gets the headline as its title."""
    if article.title or not sentences or not is_headline(sentences[0], paragraphs, sentences):
        return article
    if sentences[0].text.lstrip()[:1] in _BULLETS:
        # "• Sentence was delivered by ...": the first point of a summary's bullets (a deck, which
        # reads as a headline), not the headline itself
        return article
    headline = " ".join(sentences[0].text.split())
    changes.append(Change("headline", sentences[0].start, f"took the first line as the headline: {headline!r}"))
    return replace(article, title=headline)


def _count_before(breaks: list[int], pos: int) -> int:
    return sum(1 for b in breaks if b <= pos)


# --- normalisation and hard-wrapped text ---------------------------------------


def _normalise(raw: str, changes: list[Change]) -> str:
    """Line endings, NFC, invisible characters and odd spaces, each change recorded."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if text != raw:
        changes.append(Change("line-endings", 0, "converted Windows or old Mac line endings to line feeds"))
    broken = _translate(text, _ODD_BREAKS)
    if broken != text:
        changes.append(Change("line-endings", 0, "read Unicode line and paragraph separators as line breaks"))
    text = broken
    normal = unicodedata.normalize("NFC", text)
    if normal != text:
        changes.append(Change("unicode", 0, "normalised to Unicode NFC"))
    text = normal
    visible = _translate(text, _INVISIBLE)
    if visible != text:
        changes.append(
            Change("unicode", 0, f"removed {len(text) - len(visible)} invisible characters (zero-width, soft hyphen)")
        )
    text = visible
    spaced = _translate(text, _ODD_SPACES)
    if spaced != text:
        count = sum(1 for x, y in zip(text, spaced) if x != y)
        changes.append(Change("unicode", 0, f"replaced {count} no-break or fixed-width spaces with plain spaces"))
    hyphened = _translate(spaced, _ODD_HYPHENS)
    if hyphened != spaced:
        count = sum(1 for x, y in zip(spaced, hyphened) if x != y)
        changes.append(Change("unicode", 0, f"replaced {count} Unicode hyphens with plain hyphens"))
    return hyphened


@lru_cache(maxsize=8)
def _finder(chars: frozenset[int]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(map(chr, sorted(chars)))) + "]")


def _translate(text: str, table: dict[int, str | None]) -> str:
    # str.translate with a dict is slow; most texts contain none of the characters.
    if not _finder(frozenset(table)).search(text):
        return text
    return text.translate(table)


_SINGLE_OPENERS = re.compile("[‘'‚]")
# A single quote closes with ’ or ' (› for guillemets, ‘ for German ‚…‘); an
# opening ‘ in a closer's place (after a word, before a space) closes too.
_SINGLE_CLOSERS = "’›'‘"
# Two letters or digits: a pair of marks around fewer is an elision ("rock 'n' roll").
_TWO_ALNUM = re.compile(r"[^\W_][\s\S]*?[^\W_]")


# A line that starts a list item, a Q&A turn or a timeline entry was broken on purpose.
_LINE_OPENS_ITEM = re.compile(
    r"^\s*(?:[•·▪◦●■*–—-]\s|\d{1,3}[.)]\s|[A-Za-z][.)]\s|[QA]\s*[:.]\s|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[:—–-]\s)"
)
_SENTENCE_END = re.compile(r"[.!?…:][\"”’')\]]*$")


def _unwrap(text: str, changes: list[Change]) -> str:
    """Join lines that a fixed-width wrapper broke ("hard-wrapped" text).

    Detection: within blocks of consecutive lines, most lines but the last of
    a block run close to one width (at most 100 characters) and often stop
    mid-sentence. A break is then joined when the next line's first word
    would not have fitted on the line (what a greedy wrapper does); a short
    line (a heading, the end of a paragraph) or a list item keeps its break.
    A text where every sentence is its own line is not wrapped: its lines end
    with sentence punctuation and their lengths scatter.
    """
    lines = text.split("\n")
    if len(lines) < 4:
        return text
    inner = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    if len(inner) < 3:
        return text
    widths = [len(lines[i].rstrip()) for i in inner if len(lines[i].rstrip()) <= 100]
    if not widths:
        return text
    width = max(widths)
    if width < 30:
        return text

    def wrapped(i: int) -> bool:
        here = lines[i].rstrip()
        nxt = lines[i + 1].strip()
        first = nxt.split()[0] if nxt.split() else ""
        # Hand-wrapped lines stop a little short of the width; a line that ends
        # a sentence must pass the exact test, or paragraph ends would be joined.
        slack = 0 if _SENTENCE_END.search(here) else 3
        return (
            len(here) <= width
            and len(here) + 1 + len(first) > width - slack
            and not _LINE_OPENS_ITEM.match(lines[i + 1])
        )

    joins = {i for i in inner if wrapped(i)}
    mid_sentence = [i for i in joins if not _SENTENCE_END.search(lines[i].rstrip())]
    if len(joins) < 3 or len(joins) < 0.6 * len(inner) or len(mid_sentence) < 0.5 * len(joins):
        return text
    out: list[str] = []
    first_join: int | None = None
    pos = 0
    for i, line in enumerate(lines):
        out.append(line)
        pos += len(line)
        if i < len(lines) - 1:
            if i in joins:
                if first_join is None:
                    first_join = pos
                # Wrappers break after the hyphen of a compound ("well-" / "known").
                if re.search(r"[^\W\d_]-$", line) and lines[i + 1][:1].isalpha():
                    continue
                out.append(" ")
            else:
                out.append("\n")
            pos += 1
    assert first_join is not None
    changes.append(
        Change(
            "unwrapped-lines",
            first_join,
            f"joined {len(joins)} lines hard-wrapped at {width} characters back into their paragraphs",
        )
    )
    return "".join(out)


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
            time = _DATE_PREFIX_TIME.match(text, m.end())
            stop = time.end() if time else m.end()  # "Published March 3, 2024 3:45 p.m. ET"
            prefix = text[:stop].strip()
            changes.append(Change("metadata-prefix", 0, f"moved {prefix!r} from the text to the metadata (date)"))
            if article.date is None:
                article = replace(article, date=found)
            elif article.date != found:
                problems.append(
                    Problem("metadata-conflict", 0, f"text says date {found}, header says {article.date}; kept the header")
                )
            text = text[stop:]
            continue
        m = _BYLINE.match(text)
        if m:
            people, organisation = _byline_parts(m.group("author"))
            changes.append(Change("metadata-prefix", 0, f"moved byline {m.group().strip()!r} to the metadata (author)"))
            author = _author_from_byline(article, people, organisation or m.group("outlet")) if people else None
            if author is not None:
                article = replace(article, author=author)
            text = text[m.end() :]
            continue
        break
    return text, article


_OUTLET_WORD = re.compile(
    r"^\s*[A-Z]{2,6}$|\b(?:News|Press|Times|Post|Journal|Herald|Tribune|Network|Radio|TV|Daily|Gazette|Reuters"
    r"|Bloomberg|Staff|Wire|Media|Courier|Ledger|Chronicle|Guardian|Telegraph|Independent|Observer|Sun|Star)\b"
)


_AUTHORS_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_JOB = r"(?:reporter|correspondent|writer|editor|journalist|contributor|columnist|commentator|producer|photographer|staff)s?"
# "Jane Doe, Staff Writer", "GARY HOLDEN, CHIEF REPORTER", "Ben Quinn, Political correspondent"
_BYLINE_JOB_AFTER_COMMA = re.compile(rf",\s*(?:[\w&.'’-]+\s+){{0,4}}{_JOB}$", re.IGNORECASE)
# "Dan Sabbagh Defence and security editor": the Guardian's title, in sentence case, no comma.
_BYLINE_JOB = re.compile(rf"\s+[A-Z][a-z]+(?:\s+[a-z]+){{0,4}}\s+{_JOB}$")
# "Maya Okafor in Harrowgate, Ohio": where the writer filed from.
_BYLINE_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}$")
# The separators of "By Ryan Caldwell | Frontline News", "By Ana Ruiz • Oct. 9, 2024".
_BYLINE_SEPARATOR = re.compile(r"\s*[|•·—–]\s*|\s+-\s+")
_BY = re.compile(r"^(?:[Bb]y|BY)\s+")
_JOB_WORD = re.compile(rf"\b{_JOB}\b", re.IGNORECASE)
_NOT_A_PERSON = re.compile(r"\b(?:staff|agencies|agency|wire|newsroom|desk|reporters)\b", re.IGNORECASE)


def _byline_author(names: str) -> str:
    """The author names of a byline, without a trailing outlet, capitalised as names."""
    return _byline_parts(names)[0] or ""


def _byline_parts(line: str) -> tuple[str | None, str | None]:
    """The people a byline line names and the organisation it credits, either None when absent.

    "By ERIN CALLAHAN and DAVID MORROW Associated Press" gives ("Erin Callahan
    and David Morrow", "Associated Press"); "By Ryan Caldwell | Frontline News"
    gives ("Ryan Caldwell", "Frontline News"); "Maya Okafor in Harrowgate, Ohio"
    gives ("Maya Okafor", None); "By Staff" names no person.
    """
    names = _BY.sub("", re.sub(r"\s+", " ", line).strip())
    organisation: str | None = None
    parts = _BYLINE_SEPARATOR.split(names, maxsplit=1)
    if len(parts) == 2:
        names, tail = parts[0].strip(), parts[1].strip()
        # A date, a time or the writer's job after the separator is not an organisation.
        if tail and not re.search(r"\d", tail) and not _JOB_WORD.search(tail):
            organisation = tail
    names = _BYLINE_PLACE.sub("", names)
    names = _BYLINE_JOB_AFTER_COMMA.sub("", names)
    names = _BYLINE_JOB.sub("", names)
    head, _, last = names.rpartition(",")
    if head and _OUTLET_WORD.search(last):
        names, organisation = head.strip(), organisation or last.strip()  # "Jane Doe, CNN"
    words = names.split(" ")
    if any(w.isupper() and sum(c.isalpha() for c in w) > 1 for w in words):
        # "JOHN SMITH and MARY JONES Associated Press": the names are in capitals,
        # the outlet that follows them is not.
        keep = len(words)
        while keep > 1 and not words[keep - 1].isupper() and words[keep - 1] not in {"and", "&"}:
            keep -= 1
        if keep < len(words):
            organisation = organisation or " ".join(words[keep:])
        words = [w.title() if w.isupper() and len(w) > 2 else w for w in words[:keep]]
    people = " ".join(words).strip(" ,&")
    if not people or _OUTLET_WORD.search(people) or _NOT_A_PERSON.search(people) or not people[0].isupper():
        return None, organisation
    return people, organisation


def _same_name(a: str, b: str) -> bool:
    """Whether two organisation names are one ("The Associated Press", "associated press")."""
    return _name_key(a) == _name_key(b)


def _name_key(name: str) -> str:
    return re.sub(r"^the\s+|\W+", "", name.lower())


def _names_no_person(author: str, organisation: str | None, outlet: str) -> bool:
    """Whether a header's author is an organisation ("Associated Press", "Staff"), not a writer."""
    if (organisation and _same_name(author, organisation)) or _same_name(author, outlet):
        return True
    return bool(_OUTLET_WORD.search(author) or _NOT_A_PERSON.search(author))


def _author_from_byline(article: Article, people: str, organisation: str | None) -> str | None:
    """The author a byline naming ``people`` gives the article, or None to keep the header's.

    The header decides when it names a writer. When it has no author, the
    byline's people are the author. When it names only an organisation
    ("author: Associated Press" over "By ERIN CALLAHAN and DAVID MORROW
    Associated Press"), the people are the author and the organisation stays
    in brackets, "Erin Callahan and David Morrow (Associated Press)", so
    nothing the header said is lost; the outlet's own name and "Staff" add
    nothing and are left out.
    """
    header = article.author
    if header is None:
        return people
    if not _names_no_person(header, organisation, article.outlet):
        return None
    kept = organisation or header
    if _same_name(kept, article.outlet) or _NOT_A_PERSON.search(kept):
        return people
    return f"{people} ({kept})"


def _byline_as_author(
    article: Article, text: str, items: dict[int, _Piece], changes: list[Change], *, top: int
) -> Article:
    """The author from the first byline line set aside at the top (see :func:`_author_from_byline`)."""
    for index in sorted(items):
        piece = items[index]
        if piece.reason != "byline" or index >= top:
            continue
        people, organisation = _byline_parts(text[piece.start : piece.end])
        if people is None:
            continue
        author = _author_from_byline(article, people, organisation)
        if author is not None and author != article.author:
            changes.append(Change("byline", piece.start, f"took the author from the byline: {author!r}"))
            return replace(article, author=author)
        return article
    return article


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


# A stock ticker in brackets, as wires write it: "(BRNF.N)", "(VOD.L)", "(7203.T)", "(RIO.AX)".
_TICKER_OPEN = re.compile(r"\([A-Z0-9]{1,6}\.$")
_TICKER_CLOSE = re.compile(r"[A-Z]{1,2}\)")
_GLUED = re.compile(rf"(?<=[^\W_])(?P<punct>[.!?]+)(?P<mark>[{DOUBLE_MARKS}]?)(?=[A-Z])")
# British order, the closing mark before the full stop: 'the Bank".Yet the Chancellor'.
_GLUED_AFTER_MARK = re.compile(r"(?<=[a-z]{2})[\"\u201d][.!?](?=[A-Z][a-z])")


def _glued_breaks(text: str, abbreviations: frozenset[str]) -> list[int]:
    """Offsets where a line break was lost between two sentences.

    "said Thursday.Young children" lost a paragraph break after the period.
    When a quote mark sits between the two sentences, the break goes after it
    if it closes a quote ("facility.”Roughly") and before it if it opens one
    ("deported.”This is horrifying"): that depends on whether a quote is open
    at that point, so the marks are walked in order.
    """
    # A mark then a full stop closes a quote and its sentence whatever the walk below finds.
    after_mark = [m.end() for m in _GLUED_AFTER_MARK.finditer(text)]
    candidates: list[tuple[int, re.Match[str]]] = []
    for m in _GLUED.finditer(text):
        word_start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        word = text[word_start : m.start()].lstrip(DOUBLE_MARKS + SINGLE_MARKS + "([")
        if (len(word) < 2 and not word.isdigit()) or "." in word or word.lower() in abbreviations:
            continue  # initials, acronyms and abbreviations: "J.K.Rowling", "U.S.Army"
        if len(word) < 2 and not re.match(r"[A-Z][a-z]{2,}", text[m.end() :]):
            continue  # one digit: "Route 9.Neighbors" lost a break, "Section 3.A" did not
        after = re.match(r"[A-Z]+\.", text[m.end() :])
        if after and len(after.group()) <= 3:
            continue  # an acronym follows: "U.S.A."
        if _TICKER_OPEN.search(text, word_start, m.end()) and _TICKER_CLOSE.match(text, m.end()):
            continue  # a wire's stock ticker: "Brennan Foods (BRNF.N) said", "Toyota (7203.T)"
        candidates.append((m.start("mark") if m.group("mark") else m.end("punct"), m))
    if not candidates:
        return after_mark
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
    return sorted(breaks + after_mark) if after_mark else breaks


def _paragraphs(text: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    for m in re.finditer(r"[^\n]+", text):
        stripped = m.group().strip()
        if not stripped:
            continue
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        out.append(Paragraph(len(out), start, start + len(stripped), stripped))
    return out


# Two single marks used as one double mark, a house style of some Australian and
# Indian papers' systems: ‘‘The plan is sound,’’ he said / a ''sad, bad day''.
# Round AI: "‘’" (a left and a right single mark) in an opener's place, closed by a double
# mark, is a typed double opener too: ‘’We are here,” said one of them.
_DOUBLED_SINGLE_OR_DOUBLE = re.compile(f"‘‘|’’|''|‘’|[{DOUBLE_MARKS}]")


_DOUBLED_NOTE = "two single marks used as one double mark"


def _doubled_singles(text: str) -> tuple[str, set[int], set[int]]:
    """A same-length view of ``text`` where each doubled single mark reads as one double mark.

    A pair in an opener's place (after a space or a bracket, before a word)
    becomes “ on its first character; one in a closer's place, closing what a
    doubled opener or a double mark opened, becomes ” on its
    second, so the mark's position spans the whole pair: a quote opened at i
    starts at i + 2 and one closed at j ends at j - 1, and what stands before
    the opener or after the closer is untouched. The other character of the
    pair reads as a letter ("x"). A plural possessive closing a British single
    quote (‘the jobs are the workers’’) is left alone. Returns the view and the positions of the
    openers and closers made so.
    """
    if "‘‘" not in text and "’’" not in text and "''" not in text and "‘’" not in text:
        return text, set(), set()
    openers: list[int] = []
    closers: list[int] = []
    closed_by_double: list[int] = []  # doubled openers a double mark closes (‘’We are here,” ...)
    is_open = False  # a double mark or a doubled opener waits for its closer
    last_opener: int | None = None
    for m in _DOUBLED_SINGLE_OR_DOUBLE.finditer(text):
        i = m.start()
        if len(m.group()) == 1:  # a double mark: opens or closes by its shape
            closing = _closer_shape(text, i) and not _opener_shape(text, i)
            if closing and last_opener is not None:
                closed_by_double.append(last_opener)
            last_opener = None
            is_open = _opener_shape(text, i) and not _closer_shape(text, i)
            continue
        left = text[i - 1] if i > 0 else ""
        right = text[i + 2] if i + 2 < len(text) else ""
        opens = not _is_space(right) and (_is_space(left) or left in _BEFORE_OPENER)
        closes = not _is_space(left) and (_is_space(right) or right in _AFTER_CLOSER or right in DOUBLE_MARKS)
        if m.group() == "‘’":
            # only as an opener a double mark closes; otherwise a single quote closed at once
            if opens and not closes:
                last_opener = i
            continue
        last_opener = None
        if opens and not closes:
            openers.append(i)
            is_open = True
        elif closes and not opens and is_open:  # only what a double opener opened: not 'the workers’’
            closers.append(i + 1)
            is_open = False
    openers += closed_by_double
    if not closers and not closed_by_double:
        return text, set(), set()
    if not closers:
        openers = closed_by_double  # doubled openers with no doubled closer stay as they were
    chars = list(text)
    for i in openers:
        chars[i], chars[i + 1] = "“", "x"
    for j in closers:
        chars[j - 1], chars[j] = "x", "”"
    return "".join(chars), set(openers), set(closers)


def _decide_quotes(
    text: str, paragraph_starts: list[int]
) -> tuple[list[QuoteMark], list[QuoteSpan], list[Problem]]:
    """Decide every quote mark as opening or closing and pair them up, doubled single marks as double marks."""
    view, openers, closers = _doubled_singles(text)
    marks, spans, problems = _decide_marks(view, paragraph_starts)
    if not closers and not openers:
        return marks, spans, problems
    fixed = []
    for s in spans:
        start = s.start + 1 if s.open_mark in openers and s.start == s.open_mark + 1 else s.start
        end = s.end - 1 if s.close_mark in closers and s.end == s.close_mark else s.end
        end = max(start, end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        fixed.append(replace(s, start=start, end=end, text=text[start:end]))
    # An opener's mark is its pair; a closer's is the pair's second character, where the quote's
    # close_mark stands, so that what follows close_mark + 1 is the text after the quote.
    marks = [
        replace(m, text=text[m.start : m.start + 2], note=_DOUBLED_NOTE)
        if m.start in openers
        else replace(m, text=text[m.start], note=_DOUBLED_NOTE)
        if m.start in closers
        else m
        for m in marks
    ]
    return marks, fixed, problems


def _decide_marks(
    text: str, paragraph_starts: list[int]
) -> tuple[list[QuoteMark], list[QuoteSpan], list[Problem]]:
    """Decide every double quote mark as opening or closing and pair them up."""
    marks: list[QuoteMark] = []
    spans: list[QuoteSpan] = []
    problems: list[Problem] = []
    starts = set(paragraph_starts)
    positions = sorted({m.start() for m in _DOUBLE_MARK.finditer(text)} | starts)
    open_at: int | None = None
    # Where the open quote's current piece starts when a « quote runs on from an earlier paragraph
    # (its opening mark stays the «); None when the piece starts right after its own opening mark.
    carried_from: int | None = None

    def end_span(end: int, *, close_mark: int | None, closed: bool, continued: bool) -> None:
        assert open_at is not None
        start = open_at + 1 if carried_from is None else carried_from
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
            elif text[open_at] == "«" and _guillemet_runs_on(text, pos):
                # « ... / (no mark) ... » the governor declared.: a guillemet quote runs on over the
                # paragraph break to its closing », the French and West African press's way
                end_span(pos, close_mark=None, closed=True, continued=True)
                carried_from = pos  # the next paragraph's piece opens at its start (no mark of its own)
                continue
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
            carried_from = None
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
            carried_from = None
        elif opener and not closer and glyph in OPENING_GLYPHS + '"':
            # A second opener before any closer: the first quote was never closed.
            cut = _last_sentence_end(text, open_at + 1 if carried_from is None else carried_from, pos)
            end_span(cut, close_mark=None, closed=False, continued=False)
            problems.append(
                Problem("unclosed-quote", open_at, "quote has no closing mark; it is taken to end before the next quote")
            )
            marks.append(QuoteMark(pos, glyph, "open", 0, None))
            open_at = pos
            carried_from = None
        else:
            # German quotes open low and close with “ („Wir sind bereit“): that is the glyph's job.
            german = glyph == "“" and text[open_at] == "„"
            note = "opening mark used as a closing mark" if glyph in OPENING_GLYPHS and not german else None
            marks.append(QuoteMark(pos, glyph, "close", 0, note))
            end_span(pos, close_mark=pos, closed=True, continued=False)
            open_at = None
            carried_from = None
    if open_at is not None:
        end_span(len(text), close_mark=None, closed=False, continued=False)
        problems.append(Problem("unclosed-quote", open_at, "quote has no closing mark; it is taken to end with the text"))

    nested_marks, nested_spans = _nested_quotes(text, spans)
    top_marks, top_spans, demoted, single_problems = _single_quotes(text, spans, paragraph_starts)
    problems.extend(single_problems)
    if demoted:
        inner = [s for s in spans if s.open_mark in demoted]
        inner_marks = {s.open_mark for s in inner} | {s.close_mark for s in inner if s.close_mark is not None}
        spans = [replace(s, level=1) if s.open_mark in demoted else s for s in spans]
        marks = [replace(m, level=1) if m.start in inner_marks else m for m in marks]
        # Single quotes inside those double quotes are apostrophes or a third level: not kept.
        keep = [not any(s.start <= n.open_mark < s.end for s in inner) for n in nested_spans]
        nested_spans = [n for n, k in zip(nested_spans, keep) if k]
        kept_marks = {n.open_mark for n in nested_spans} | {n.close_mark for n in nested_spans}
        nested_marks = [m for m in nested_marks if m.start in kept_marks]
    marks.extend(nested_marks + top_marks)
    spans.extend(nested_spans + top_spans)
    marks.sort(key=lambda m: m.start)
    spans.sort(key=lambda s: (s.start, s.level))
    return marks, spans, problems


def _guillemet_runs_on(text: str, pos: int) -> bool:
    """Whether the next double mark after a paragraph start ``pos`` is a closing » (no « first), within two paragraphs."""
    m = _DOUBLE_MARK.search(text, pos)
    return m is not None and text[m.start()] == "»" and text.count("\n\n", pos, m.start()) <= 2 \
        and not text[pos:pos + 1] in DOUBLE_MARKS


def _last_sentence_end(text: str, lo: int, hi: int) -> int:
    best = hi
    for m in re.finditer(r"[.!?](?=\s)", text[lo:hi]):
        best = lo + m.end()
    return best


def _single_pairs(text: str, lo: int, hi: int, *, runs_on: bool = False) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs of single marks between ``lo`` and ``hi`` that enclose a quote, not apostrophes.

    Returns the pairs and the opening mark still open at ``hi`` (None when
    every quote closed). ``runs_on`` says the next paragraph reopens with a
    single mark: a quote open at ``hi`` may then be one that runs on into it.

    An apostrophe never opens a pair: an opener has space (or a double mark)
    before it and a letter after it, which rules out "it’s", "the ’90s" and
    "workers’ union"; a closer is only looked for once an opener was found.
    Marks that only look like closers are passed over when a later mark closes
    the quote more plainly: a plural possessive or a dropped g before a word
    ('the workers' union is strong,' she said; ‘we’re fightin’ for our jobs’)
    and a possessive right before the closing mark (‘it’s all about the
    fans’,’). In a quote that runs on into the next paragraph a possessive
    never closes it, plain closer or not. The marks of "rock ’n’ roll" are
    apostrophes, and a pair around fewer than two letters is an elision, not
    a quote. An opening glyph in a closer's place (‘She was the life and soul
    of the party.‘) closes, as the double marks' reading does.
    """
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    candidates = [m.start() for m in _SINGLE_MARK.finditer(text, lo, hi)]
    for k, i in enumerate(candidates):
        ch = text[i]
        if open_at is None:
            if ch in "‘‚‹'" and _opener_shape(text, i) and text[i + 1 : i + 2].isalpha() and not _elision_mark(text, i):
                open_at = i
            continue
        closers = _SINGLE_CLOSERS
        if ch not in closers or not _closer_shape(text, i) or _elision_mark(text, i):
            continue
        if _double_close(text, i, closers):
            continue  # ‘it’s the fans’,’: the possessive's mark, then the closer
        if _apostrophe_shape(text, i) and (
            _plain_closer_follows(text, candidates[k + 1 :], closers) or (runs_on and _quote_opener(text, open_at, lo))
        ):
            continue
        if _TWO_ALNUM.search(text, open_at + 1, i):
            pairs.append((open_at, i))
        open_at = None
    return pairs, open_at


def _elision_mark(text: str, i: int) -> bool:
    """A mark of "rock ’n’ roll" or "rock 'n' roll": a lone letter between two marks."""
    n = len(text)
    if i + 2 < n and text[i + 1].isalpha() and text[i + 2] in SINGLE_MARKS:
        return (i == 0 or not text[i - 1].isalpha()) and (i + 3 >= n or not text[i + 3].isalpha())
    if i >= 2 and text[i - 1].isalpha() and text[i - 2] in SINGLE_MARKS:
        return (i < 3 or not text[i - 3].isalpha()) and (i + 1 >= n or not text[i + 1].isalpha())
    return False


def _double_close(text: str, i: int, closers: str) -> bool:
    """A mark followed, after at most one punctuation mark, by another closing mark ("fans’,’")."""
    j = i + 1
    if j < len(text) and text[j] in ".,;:!?":
        j += 1
    return j < len(text) and text[j] in closers and text[j] != "‘" and _closer_shape(text, j)


def _plain_closer_follows(text: str, rest: list[int], closers: str) -> bool:
    """Whether a later mark closes the quote plainly before any new quote opens."""
    for j in rest:
        if text[j] in "‘‚‹'" and _opener_shape(text, j) and text[j + 1 : j + 2].isalpha():
            return False  # a new quote opens: the mark in question closed the last one
        if text[j] in closers and _closer_shape(text, j) and not _apostrophe_shape(text, j) and not _elision_mark(text, j):
            return True
    return False


def _apostrophe_shape(text: str, i: int) -> bool:
    """``’`` after an s or a dropped g, before a word: "the workers’ union", "the Joneses’ house", "fightin’ for"."""
    return (text[i - 1 : i] in ("s", "S") or text[i - 2 : i] == "in") and re.match(
        r"\s+[a-z0-9]", text[i + 1 : i + 4]
    ) is not None


def _quote_opener(text: str, i: int, lo: int) -> bool:
    """Whether an opening single mark at ``i`` reads as speech opening, not an elision ("let 'em go").

    It opens its paragraph (``lo``), follows a colon, comma or dash
    ("said: ‘I am sorry"), or opens a capitalised word ("says ‘We will").
    """
    if text[i + 1 : i + 2].isupper():
        return True
    j = i
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j == lo or text[j - 1] in ":,—–"


def _nested_quotes(text: str, spans: list[QuoteSpan]) -> tuple[list[QuoteMark], list[QuoteSpan]]:
    marks: list[QuoteMark] = []
    nested: list[QuoteSpan] = []
    for span in spans:
        pairs, _ = _single_pairs(text, span.start, span.end + (1 if span.close_mark is not None else 0))
        for a, b in pairs:
            marks += [QuoteMark(a, text[a], "open", 1), QuoteMark(b, text[b], "close", 1)]
            nested.append(QuoteSpan(a + 1, b, text[a + 1 : b], a, b, 1))
    return marks, nested


def _single_quotes(
    text: str, spans: list[QuoteSpan], paragraph_starts: list[int]
) -> tuple[list[QuoteMark], list[QuoteSpan], set[int], list[Problem]]:
    """Top-level single quotes ('like this', British style) outside any double quote.

    Returns the marks, the spans, the opening marks of the double quotes
    that lie inside a single-quoted stretch (in British copy, 'He told me "go
    home",' she said, those are the nested quotes, at level 1) and the
    problems.

    A quote still open where its paragraph ends runs on when the next
    paragraph opens with a single mark (the news convention the double marks
    follow too): it is closed and ``continued`` at the paragraph end. When
    the next paragraph does not reopen, the quote was left open, which is
    recorded, but only when the mark reads as speech opening (see
    :func:`_quote_opener`): an unpaired "'em" or "'n" is an apostrophe.
    """
    if not _SINGLE_OPENERS.search(text):
        return [], [], set(), []
    covered = [(s.open_mark, s.close_mark + 1 if s.close_mark is not None else s.end) for s in spans]
    # Hide double-quoted stretches behind letters so a single pair may enclose one
    # but never start or end inside it.
    masked = list(text)
    for lo, hi in covered:
        masked[lo:hi] = "x" * (hi - lo)
    view = "".join(masked)
    bounds = sorted(set([0, len(text)] + paragraph_starts))
    marks: list[QuoteMark] = []
    out: list[QuoteSpan] = []
    demoted: set[int] = set()
    problems: list[Problem] = []
    for lo, hi in zip(bounds, bounds[1:]):
        # The next paragraph reopens with a single mark that opens a quote, not an elision.
        reopens = (
            hi < len(text)
            and view[hi] in "‘‚‹'"
            and _opener_shape(view, hi)
            and view[hi + 1 : hi + 2].isalpha()
            and not _elision_mark(view, hi)
        )
        pairs, pending = _single_pairs(view, lo, hi, runs_on=reopens)
        found: list[tuple[int, int | None, int]] = [(a, b, b) for a, b in pairs if len(text[a + 1 : b].split()) <= 80]
        if pending is not None and _quote_opener(view, pending, lo):
            end = hi
            while end > pending and text[end - 1].isspace():
                end -= 1
            if len(text[pending + 1 : end].split()) >= 2:
                found.append((pending, None, end))
        for a, b, stop in found:
            marks.append(QuoteMark(a, text[a], "open", 0))
            start = a + 1
            if b is not None:
                marks.append(QuoteMark(b, text[b], "close", 0))
                out.append(QuoteSpan(start, b, text[start:b], a, b, 0))
            else:
                out.append(QuoteSpan(start, stop, text[start:stop], a, None, 0, reopens, reopens))
                if not reopens:
                    where = "with the text" if hi == len(text) else "at the paragraph break"
                    problems.append(Problem("unclosed-quote", a, f"quote has no closing mark; it is taken to end {where}"))
            demoted.update(s.open_mark for s in spans if a < s.open_mark < stop)
    return marks, out, demoted, problems


# --- lexicons: boilerplate rules and splitter extras --------------------------

Scope = Literal["paragraph", "sentence", "prefix"]
Where = Literal["anywhere", "top", "end", "lead"]
_SCOPES: tuple[str, ...] = ("paragraph", "sentence", "prefix")
_WHERES: tuple[str, ...] = ("anywhere", "top", "end", "lead")
TOP_PARAGRAPHS = 8  # bylines, datelines and timestamps sit above the story's first few paragraphs
# A site's menu pasted over the headline: "Live" / "News" / "Weather" / "8 On Your Side" / "Sports".
_NAV_LINE = re.compile(r"^(?!(?i:by)\b)[A-Z0-9][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3}$")
_NAV_MIN = 4
# A skip or home link in the menu: "Skip to main content", "The Meridian - Back to home" (Guardian-style sites).
_SKIP_LINK = re.compile(r"^(?:skip to [\w ]{2,30}|[^\n]{1,40}\s[-–—|]\s*back to (?:home|homepage|top)|back to (?:home|homepage|top))$", re.IGNORECASE)
# A price ticker pasted as one line: "BTC$71,408.22-3.24%ETH$3,291.57-4.91%" (crypto and markets sites).
_TICKER_LINE = re.compile(r"^(?:\s*[A-Z]{2,6}\s*[$€£]?\s*[\d,]+(?:\.\d+)?\s*[-+▲▼]?\s*\d+(?:\.\d+)?%\s*){2,}$")


def _nav_run(paragraphs: Sequence[Paragraph]) -> int:
    """How many lines of a site's menu open the paste (0 when there is none).

    A run of four or more short lines (up to four words, no sentence mark, none a "By" line)
    right at the top, with a headline of five or more words under it, is the site's
    navigation: the byline block starts under the headline, not in the first eight lines.
    The menu's skip and home links ("Skip to main content", "The Meridian - Back to home") are
    part of the run, however many words the outlet's name takes.
    """
    n = 0
    while n < len(paragraphs) and n < 24 and (
        _NAV_LINE.match(paragraphs[n].text) or _TICKER_LINE.match(paragraphs[n].text) or _SKIP_LINK.match(paragraphs[n].text)
    ):
        n += 1
    if n < _NAV_MIN or n >= len(paragraphs) or len(paragraphs[n].text.split()) < 5:
        return 0
    return n



@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    """One shape of non-content text: where it is looked for and the reason shown."""

    reason: str
    scope: Scope
    where: Where
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    """The rules of ``lexicons/boilerplate.yaml`` and the words of share bars."""

    rules: tuple[BoilerplateRule, ...]
    share_words: frozenset[str]
    path: str


def load_boilerplate_rules(override: str | Path | None = None) -> BoilerplateRules:
    """The boilerplate rules (``boilerplate.yaml``), read and validated once."""
    return _load_boilerplate_rules(str(lexicon_path("boilerplate", override)))


@lru_cache(maxsize=8)
def _load_boilerplate_rules(path: str) -> BoilerplateRules:
    data = read_lexicon(Path(path))
    rules: list[BoilerplateRule] = []
    for i, entry in enumerate(require_list(data, "rules", of=dict), start=1):
        where = f"{path}: rule {i}"
        for key in ("reason", "pattern", "scope", "where"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise LexiconError(f"{where} has no {key!r}; give it as a non-empty string")
        unknown = set(entry) - {"reason", "pattern", "scope", "where", "case"}
        if unknown:
            raise LexiconError(f"{where} has unknown keys {sorted(unknown)}; use reason, pattern, scope, where, case")
        if entry["scope"] not in _SCOPES:
            raise LexiconError(f"{where} has scope {entry['scope']!r}; use one of {', '.join(_SCOPES)}")
        if entry["where"] not in _WHERES:
            raise LexiconError(f"{where} has where {entry['where']!r}; use one of {', '.join(_WHERES)}")
        if entry["where"] == "lead" and entry["scope"] != "prefix":
            raise LexiconError(f"{where} has where 'lead', which only a prefix rule (a dateline) may have")
        case = entry.get("case", "insensitive")
        if case not in ("sensitive", "insensitive"):
            raise LexiconError(f"{where} has case {case!r}; use sensitive or insensitive")
        try:
            pattern = re.compile(entry["pattern"], 0 if case == "sensitive" else re.IGNORECASE)
        except re.error as exc:
            raise LexiconError(f"{where} ({entry['reason']}): bad pattern ({exc}); fix the regular expression") from None
        rules.append(BoilerplateRule(entry["reason"].strip(), entry["scope"], entry["where"], pattern))
    words: set[str] = set()
    for item in require_list(data, "share_words"):
        words.update(item.strip().lower().split())
    return BoilerplateRules(tuple(rules), frozenset(words), path)


@dataclass(frozen=True, slots=True)
class _SplitterExtras:
    """Repairs of Punkt's decisions, from optional sections of ``abbreviations.yaml``."""

    before_numbers: frozenset[str]  # "No. 3", "Vol. 2": an abbreviation only before a number
    after_time: frozenset[str]  # "10 a.m. Tuesday": words that continue the sentence after a.m./p.m.


@lru_cache(maxsize=8)
def _abbreviation_extras(path: str) -> _SplitterExtras:
    data = read_lexicon(Path(path))
    found: dict[str, frozenset[str]] = {}
    for key in ("before_numbers", "after_time"):
        values = require_list(data, key) if key in data else []
        found[key] = frozenset(v.strip().lower().rstrip(".") for v in values)
    return _SplitterExtras(found["before_numbers"], found["after_time"])


# --- sentences and boilerplate ----------------------------------------------


@lru_cache(maxsize=8)
def _punkt(abbrev: Abbreviations) -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(abbrev.abbreviations)
    params.sent_starters = set(abbrev.sentence_starters)
    return PunktSentenceTokenizer(params)


@dataclass(frozen=True, slots=True)
class _Piece:
    """A stretch of a paragraph: content (``reason`` None) or boilerplate."""

    start: int
    end: int
    paragraph: int
    reason: str | None


_SHARE_SPLIT = re.compile(r"[\s:|,/•·()]+")
_GLUED_CAPS = re.compile(r"(?<=[a-z)])(?=[A-Z])")


def _whole(para: Paragraph, reason: str) -> _Piece:
    """A whole paragraph set aside for ``reason``."""
    return _Piece(para.start, para.end, para.index, reason)


# The fewest words of a lead paragraph (a bullet, a deck or a caption line is shorter).
_LEAD_WORDS = 15
# A bio's further sentences: "Her work has also appeared in ...", "She previously reported for ...",
# "He lives in Denver.", "Follow her on X @janeroe." (read only after a bio sentence).
_BIO_MORE = re.compile(
    r"^(?:(?:her|his|their) (?:work|writing|reporting|journalism) (?:has|have) (?:also )?(?:appeared|been published)\b"
    r"|(?:she|he|they) (?:previously|formerly|also) (?:worked|reported|wrote|covered|was|were)\b"
    r"|(?:she|he|they) (?:lives?|is based|are based) in\b|follow (?:her|him|them) on\b"
    r"|(?:she|he|they) (?:covers?|writes? about|reports? on)\b"
    r"|(?:she|he|they) (?:holds?|owns?) (?:no |a |an |some )?(?:[A-Z]{2,5}|bitcoin|ether|crypto|shares|stock)\b)",
    re.IGNORECASE,
)
# "Edited by: John Doe", "Editing by Tom Poe": an editor's credit (a byline only above the lead).
_EDIT_CREDIT = re.compile(r"^(?:edited|editing)\s+by\b", re.IGNORECASE)


# What the byline block holds: a line right under one of these, near the top, is read as the block's too
# ("e-mail" / "1.2k" / "shares" / "112" / "View comments" under a tabloid's stamp).
_BLOCK_REASONS = frozenset({"byline", "timestamp", "dateline", "editor's note", "share buttons", "reading time", "caption"})


def _paragraph_boilerplate(
    paragraphs: list[Paragraph], rules: BoilerplateRules, *, author: str | None = None, outlet: str | None = None,
    text: str | None = None, nav: int | None = None,
) -> dict[int, _Piece]:
    """Whole paragraphs and paragraph prefixes (datelines) set aside, by paragraph index.

    ``author`` is the header's author: a line at the top that names them and
    nothing but where they filed from, their job or their outlet ("Maya Okafor
    in Harrowgate, Ohio") is the byline, with or without "By". ``outlet`` is the
    header's outlet: its name alone on the first line is the site's masthead. ``text`` is the
    text the paragraphs index (it tells a blank line from trailing spaces between two lines).
    ``nav`` is the number of menu lines over the headline (:func:`_nav_run`; read here when not given).
    """
    out: dict[int, _Piece] = {}
    dateline_found = lead_seen = False
    if nav is None:
        nav = _nav_run(paragraphs)
    top_end = TOP_PARAGRAPHS + nav
    for para in paragraphs[:nav]:
        out[para.index] = _whole(para, "site furniture")  # the site's menu over the headline
    index = _rule_index(rules.rules, "paragraph")
    author_line = _author_line(author) if author else None
    author_bio = _author_bio(author) if author else None
    for para in paragraphs:
        if para.index < nav:
            continue
        # The top paragraphs, and the byline block where a box over the headline ("Most Read"
        # and its links) has pushed it below them: a line right under a byline or a stamp.
        top = para.index < top_end or (
            para.index < top_end + TOP_PARAGRAPHS and para.index - 1 in out
            and (out[para.index - 1].reason in _BLOCK_REASONS
                 # a button or counter of the block ("148" / "37": a newsletter's likes and comments)
                 or (out[para.index - 1].reason == "site furniture" and len(paragraphs[para.index - 1].text.split()) <= 2))
        )
        reason = None
        for i in _candidate_rules(index, para.text, len(rules.rules)):
            rule = rules.rules[i]
            if rule.scope != "paragraph" or (rule.where == "top" and not top) or rule.where == "end":
                continue
            if rule.pattern.search(para.text):
                reason = rule.reason
                break
        if reason is None and len(para.text) <= 120:  # a share bar is short: split only short paragraphs
            # "share2": Al Jazeera's button glued to its count
            words = [w.rstrip("0123456789") or w for w in _SHARE_SPLIT.split(para.text.lower()) if w]
            if words and all(w in rules.share_words for w in words):
                reason = "share buttons"
            elif _GLUED_CAPS.search(para.text):
                # "Share on FacebookShare on X (formerly Twitter)Email This Link": buttons glued in the paste
                words = [w for w in _SHARE_SPLIT.split(_GLUED_CAPS.sub(" ", para.text).lower()) if w]
                if words and all(w in rules.share_words for w in words):
                    reason = "share buttons"
        if reason is None and top and author_line is not None and author_line.match(para.text):
            reason = "byline"
        if reason is None and top and author_bio is not None and author_bio.match(para.text):
            # "Kendra Moss is a national MLB reporter for Clubhouse Sports." under the byline:
            # the header's author described as a journalist is the site's bio, at the top too.
            reason = "author bio"
        if reason is None and top and para.index - 1 in out and out[para.index - 1].reason == "byline":
            # "By Sian Roberts" / "BBC Wales News": the outlet or role line under a byline.
            if _BYLINE_TAIL.match(para.text):
                # "Jane Roe" / "Nairobi" / the stamp (Nation): a known place alone is where it was filed
                reason = "dateline" if _known_place(para.text) else "byline"
        if reason == "byline" and lead_seen and _EDIT_CREDIT.match(para.text) and not (
            para.index - 1 in out and out[para.index - 1].reason in ("byline", "timestamp")
        ):
            # "Edited by: John Doe" under the story (DW): the editor's credit, not the writer's byline
            # ("By Jane Roe" / "Edited by Tom Poe" under a standfirst is the byline block's)
            reason = "credit line"
        if reason is not None:
            out[para.index] = _whole(para, reason)
            # "Washington CNN —" alone on its line is the story's dateline: no later lead opens with another
            dateline_found = dateline_found or reason == "dateline"
            continue
        # A dateline opens the lead: in the top paragraphs, or in the first paragraph of prose
        # when a wire's summary bullets or a long header have pushed the lead further down.
        lead = not lead_seen and len(para.text.split()) >= _LEAD_WORDS
        lead_seen = lead_seen or lead
        if (top or lead) and not dateline_found:
            for rule in rules.rules:
                if rule.scope != "prefix" or (rule.where == "lead" and para.index == 0):
                    continue  # a "lead" dateline opens the lead under a headline, never the first line
                m = rule.pattern.match(para.text)
                if m and m.end() < len(para.text):
                    end = para.start + len(para.text[: m.end()].rstrip())
                    out[para.index] = _Piece(para.start, end, para.index, rule.reason)
                    dateline_found = True
                    break
    # The rules by neighbourhood, in this order: each may read what the ones before set aside.
    _caption_over_credit(paragraphs, out, outlet)
    _alt_text_over_caption(paragraphs, out)
    _author_box(paragraphs, out)
    _credit_under_caption(paragraphs, out)
    _top_comment(paragraphs, out)
    _reader_question(paragraphs, out)
    _link_lists(paragraphs, out, text)
    _share_box_headline(paragraphs, out)
    _repeated_headline(paragraphs, out, top_end)
    _counted_link_block(paragraphs, out)
    _reference_lists(paragraphs, out)
    _contact_block_names(paragraphs, out)
    _tag_lists(paragraphs, out)
    _newsletter_boxes(paragraphs, out)
    _newsletter_title(paragraphs, out)
    _appeal_runs(paragraphs, out)
    _kickers(paragraphs, out, outlet)
    _outlet_lines(paragraphs, out, outlet, top=top_end)
    _name_byline(paragraphs, out, top=top_end)
    _entry_bylines(paragraphs, out, author_line)
    _post_embeds(paragraphs, out)
    _job_lines(paragraphs, out, top=top_end)
    _caption_under_credit(paragraphs, out)
    _market_tables(paragraphs, out)
    _brevity_labels(paragraphs, out)
    _label_lines(paragraphs, out)
    _known_place_dateline(paragraphs, out, top=top_end)
    _dateline_alone(paragraphs, out, top=top_end)
    _place_in_byline_block(paragraphs, out, top=top_end)
    _place_byline(paragraphs, out, top=top_end)
    _desk_line(paragraphs, out, outlet, top=top_end)
    _pull_quotes(paragraphs, out)
    _video_title(paragraphs, out)
    return out


def _caption_over_credit(paragraphs: list[Paragraph], out: dict[int, _Piece], outlet: str | None = None) -> None:
    """A caption line right above a photo credit that stands alone.

    "Air defence crew at a position near Tarsova on Sunday." over "Photo: Ministry of Defence
    press service" or "(Dana Kim / KXTV)": a photo credit alone on its line ends a caption,
    so the line above it is that caption when it reads as one: one sentence closed by a
    full stop, short, no quotation marks, not the first line (a headline over the lead
    photo's credit stays content). A photographer and the article's own outlet ("Tom
    Poe/NPR", "Dana Ruiz for Marquee"), or any photographer and source on the line next to NPR's "toggle caption"
    control, is a credit too.
    """
    for para in paragraphs[2:]:
        piece = out.get(para.index)
        if (piece is not None and piece.reason != "caption") or not _is_photo_credit(paragraphs, para, outlet):
            continue
        out[para.index] = _whole(para, "caption")
        prev = paragraphs[para.index - 1]
        # "Source: Harmon Health" also closes a chart or the story itself: it takes no line above
        if prev.index not in out and _CAPTION_LINE.match(prev.text) and not para.text.startswith("Source:"):
            out[prev.index] = _whole(prev, "caption")


def _is_photo_credit(paragraphs: list[Paragraph], para: Paragraph, outlet: str | None) -> bool:
    """Whether a line alone is a photo credit (see :func:`_caption_over_credit`)."""
    if _CREDIT_ALONE.match(para.text):
        return True
    m = _SLASH_CREDIT.match(para.text)
    if m is None:
        # "Dana Ruiz for Marquee": a photographer on assignment for the article's own outlet
        own = _FOR_CREDIT.match(para.text)
        return own is not None and outlet is not None and _fold_name(own.group(1)) == _fold_name(outlet)
    if outlet is not None and _fold_name(m.group(1)) == _fold_name(outlet):
        return True
    near = paragraphs[max(0, para.index - 1) : para.index + 2]
    return any(_TOGGLE_CAPTION.match(p.text) for p in near if p is not para)


def _video_title(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A video's title over its age and its length ("Ottawa caps drug prices" / "2 hours ago" / "Duration 2:14").

    A broadcaster's embedded video pastes as three lines; the stamp and the
    length are set aside by their own rules, and the short line above them,
    with no sentence end, is the video's title: a link, not the story.
    """
    for para in paragraphs[1:-1]:
        piece, after = out.get(para.index), out.get(para.index + 1)
        if piece is None or piece.reason != "timestamp" or after is None or not _VIDEO_LENGTH.match(paragraphs[para.index + 1].text):
            continue
        title = paragraphs[para.index - 1]
        if title.index > 0 and title.index not in out and _VIDEO_TITLE.match(title.text):
            out[title.index] = _whole(title, "site furniture")


def _alt_text_over_caption(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A picture's alt text right above its caption.

    "Hon. Musa Danladi" over "Hon. Musa Danladi. Photo: File": a picture's alt text pasted
    on its own line right above its caption, which repeats it and adds the credit.
    """
    for para in paragraphs[1:]:
        piece = out.get(para.index)
        prev = paragraphs[para.index - 1]
        if piece is None or piece.reason != "caption" or prev.index in out or len(prev.text.split()) > 12:
            continue
        if para.text.startswith(prev.text.rstrip(".") + ".") and len(para.text) > len(prev.text) + 1:
            out[prev.index] = _whole(prev, "caption")


def _author_box(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """An "About the Author" box at the foot of the story.

    "About the Author" / "Dana Whitfield" / "Senior Pharma Correspondent": a site's author box
    at the foot of the story, its label and the short lines under it (a handle keeps its
    own reason).
    """
    for para in paragraphs:
        if para.index in out or not _ABOUT_AUTHOR.match(para.text):
            continue
        box = paragraphs[para.index + 1 : para.index + 1 + _AUTHOR_BOX_MAX]
        if len(paragraphs) - para.index - 1 > _AUTHOR_BOX_MAX or any(len(b.text.split()) > 60 for b in box):
            continue  # not the foot of the story, or a section of reporting under that heading
        for b in (para, *box):
            if not b.text.startswith("@"):
                out.setdefault(b.index, _whole(b, "author bio"))


def _credit_under_caption(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A credit alone right under a caption.

    "Pictured: Queues at the Port of Dover" over "Credit: Sam Hollis for The Daily Herald": a
    credit alone under a caption is the caption's ("Credit:" alone elsewhere may be a business
    subheading, "Credit: Banks tighten lending").
    """
    for para in paragraphs[1:]:
        piece = out.get(para.index - 1)
        if para.index in out or piece is None or piece.reason != "caption" or not _CREDIT_UNDER.match(para.text):
            continue
        out[para.index] = _whole(para, "caption")


def _top_comment(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A reader's top comment pasted under the story.

    "Top comment by truckguy88" / "Liked by 57 people" / the comment: a reader's comment pasted
    under the story, to the story's end.
    """
    for para in paragraphs:
        if para.index in out or not _TOP_COMMENT.match(para.text):
            continue
        rest = paragraphs[para.index : para.index + 1 + _COMMENT_BOX_MAX]
        if len(paragraphs) - para.index - 1 <= _COMMENT_BOX_MAX:
            for b in rest:
                out.setdefault(b.index, _whole(b, "site furniture"))


def _reader_question(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A question to the reader right above a call for stories.

    "Are you affected by the outages?" over "Share your story on WhatsApp: 072 555 0134": a question
    to the reader right above a call for stories is part of it.
    """
    for para in paragraphs[:-1]:
        piece = out.get(para.index + 1)
        if para.index in out or piece is None or piece.reason != "contact line" or not _READER_QUESTION.match(para.text):
            continue
        out[para.index] = _whole(para, "contact line")


def _link_lists(paragraphs: list[Paragraph], out: dict[int, _Piece], text: str | None = None) -> None:
    """The links under a related-links label.

    "Related Stories" / "MORE NEWS" over link headlines: the short lines right under such a
    list label, each without a closing full stop (a headline's shape), are the list's links,
    up to the first line that reads otherwise. An all-capitals crosshead ("EXCLUSIVE: BURNS
    SCRAPPED") is the story's own and ends the list.
    """
    for para in paragraphs:
        piece = out.get(para.index)
        label = para.text.strip(" :").lower()
        if (piece is not None and piece.reason != "site furniture") or (
            label not in _LINK_LIST_LABELS and not _MORE_FROM.match(label)
        ):
            continue
        # The label alone on its line is furniture even where no rule has set it aside yet
        # ("Read more:" is otherwise only matched sentence by sentence, after this pass).
        out[para.index] = _whole(para, "site furniture")
        tight = False  # two links sat on consecutive lines, with no blank line between
        dated = False  # the last item closed with its date: a blank line under it ends no list
        last_link = -1
        for after in paragraphs[para.index + 1 : para.index + 1 + _LINK_LIST_MAX]:
            before = paragraphs[after.index - 1].end
            gap_blank = text.count("\n", before, after.start) > 1 if text is not None else after.start - before > 1
            if after.text.strip(" :").lower() in _LIST_LABELS:
                break  # the next list's own label ("Related internet links" under "More on this story")
            if tight and gap_blank and not dated:
                # A list of links pasted as one block of lines ends at its blank line: what
                # follows is the page's next block (the story's own headline under "Most Read").
                break
            if (_CAROUSEL.match(after.text) or _SHARE_COUNT.match(after.text) or _DURATION.match(after.text)
                    or _LINK_DATE.match(after.text)):
                # A carousel's controls under the list ("Previous", "1", "2", "Next": the Daily
                # Mail), a link's share counter ("214 shares") and its date ("Published" / "14 July")
                out[after.index] = _whole(after, "site furniture")
                dated = dated or bool(_LINK_DATE.match(after.text))
                continue
            stamp = out.get(after.index)
            if stamp is not None and stamp.reason == "timestamp" and len(after.text.split()) <= 5:
                dated = True  # "Published 15 July 2026" under a link, already read as a stamp
                continue
            nxt = paragraphs[after.index + 1] if after.index + 1 < len(paragraphs) else None
            if (after.index not in out and _LINK_SECTION.match(after.text) and nxt is not None
                    and nxt.index not in out and _LINK_HEADLINE.match(_INITIALISM.sub("X", nxt.text))
                    and not nxt.text.isupper()):
                # "Asia Pacific" / "Typhoon-hit towns still waiting for aid": a link's section over
                # its headline (wire sites' "Read Next")
                out[after.index] = _whole(after, "site furniture")
                continue
            # "1. The best noise-canceling headphones to buy right now": a ranked list ("Most
            # Popular") numbers its links.
            link = _INITIALISM.sub("X", _RANK.sub("", after.text, count=1))
            if after.index in out or not _LINK_HEADLINE.match(link) or link.isupper():
                break
            tight = tight or (last_link == after.index - 1 and not gap_blank)
            dated = False
            last_link = after.index
            out[after.index] = _whole(after, "site furniture")


def _share_box_headline(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """The headline a tabloid repeats under "Share or comment on this article:".

    "Share or comment on this article:" / "Eco-zealots GLUE themselves to M25" / "1.4k shares": the
    story's foot repeats its headline over the share counter (the Daily Mail); a line of a
    headline's shape right under the label belongs to the box.
    """
    for para in paragraphs[:-1]:
        if not _SHARE_OR_COMMENT.match(para.text):
            continue
        out.setdefault(para.index, _whole(para, "site furniture"))
        after = paragraphs[para.index + 1]
        if after.index not in out and _LINK_HEADLINE.match(_INITIALISM.sub("X", after.text)):
            out[after.index] = _whole(after, "site furniture")


# The longest line read as a headline the page prints twice, and how far past the top
# paragraphs its second copy may stand (a header of dates, badges and share buttons between).
_REPEAT_WORDS = 25
_REPEAT_REACH = 8


def _repeated_headline(paragraphs: list[Paragraph], out: dict[int, _Piece], top: int) -> None:
    """The headline a page prints a second time over its story.

    "<headline>" / "Middle East News" / "2026-03-02 | 07:45" / "Share" / "<headline>" / lead: a
    site's page title and its story's own heading, both in the paste. The second copy, in the
    top paragraphs and word for word the same as a short line of content above it, is site
    furniture: a story never repeats its own headline as a sentence before its lead.
    """
    seen: set[str] = set()
    for para in paragraphs[: top + _REPEAT_REACH]:
        if para.index in out:
            continue
        words = para.text.split()
        key = " ".join(words).casefold()
        if key in seen:
            out[para.index] = _whole(para, "site furniture")
        elif seen and len(words) >= _LEAD_WORDS:
            return  # the lead under the headline: the header is over
        elif len(words) <= _REPEAT_WORDS:
            seen.add(key)


_LIST_OF = re.compile(r"list of (\d{1,2}) items?", re.IGNORECASE)
_END_OF_LIST = re.compile(r"end of list", re.IGNORECASE)


def _counted_link_block(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A related-links block that counts its items, line by line.

    "Keep reading" / "list of 3 items" / "list 1 of 3" / <headline> / ... / "end of list"
    (Al-Jazeera-style sites, as screen readers' labels come along in a paste): the
    headlines between the counter and "end of list" are links, not reporting. Only a block
    closed by "end of list" within its counted lines is set aside whole.
    """
    for para in paragraphs:
        m = _LIST_OF.fullmatch(para.text.strip())
        if m is None:
            continue
        limit = 2 * int(m.group(1)) + 1
        block = paragraphs[para.index + 1 : para.index + 1 + limit]
        end = next((b for b in block if _END_OF_LIST.fullmatch(b.text.strip())), None)
        if end is None:
            continue
        for b in paragraphs[para.index : end.index + 1]:
            out[b.index] = _whole(b, "site furniture")


def _reference_lists(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A reference list under its label.

    "References" / "Notes" over "[1] AIU, 'Provisional suspension ...', 17 November 2026.": a
    blog's or report's reference list, its label and every numbered line under it (the label
    alone, with no numbered line after it, may be a subheading and stays).
    """
    for para in paragraphs:
        if para.text.strip(" :").lower() not in _REFERENCE_LABELS:
            continue
        items = []
        for after in paragraphs[para.index + 1 :]:
            if after.index in out or not _REFERENCE_ITEM.match(after.text):
                break
            items.append(after)
        if items:
            for b in (para, *items):
                out[b.index] = _whole(b, "reference list")


def _contact_block_names(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """The last name of a contact block.

    Bloomberg's contact block: "To contact the editors responsible for this story:" over
    "Carolina Whitcombe at cw@outlet.net" and a bare "Robert Hale": a name alone on its line
    right under the block's lines is its last contact.
    """
    for para in paragraphs[1:]:
        piece = out.get(para.index - 1)
        if para.index in out or piece is None or piece.reason != "contact line" or not _NAME_LINE.match(para.text):
            continue
        out[para.index] = _whole(para, "contact line")


def _tag_lists(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A tag list under its label.

    "Explore more on these topics" over "Migration", "Italy", "Sea rescues": a tag list under its
    label, each tag a line of one to four words without a sentence's punctuation (the Guardian).
    """
    for para in paragraphs:
        label = para.text.strip().lower()
        if label.strip(" :") not in _TAG_LIST_LABELS and label not in _TAG_LIST_LABELS:
            continue
        out.setdefault(para.index, _whole(para, "site furniture"))
        nxt = paragraphs[para.index + 1] if para.index + 1 < len(paragraphs) else None
        if nxt is not None and nxt.index not in out and _TAG_CSV_LINE.match(nxt.text):
            out[nxt.index] = _whole(nxt, "site furniture")  # the tags on one line, by commas
            continue
        for after in paragraphs[para.index + 1 : para.index + 1 + _TAG_LIST_MAX]:
            if after.index in out or not _TAG_LINE.match(after.text):
                break
            out[after.index] = _whole(after, "site furniture")


def _newsletter_boxes(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A newsletter box pasted whole.

    A newsletter box pasted whole: "Sign up to Borderlines" / "Free weekly newsletter" / its blurb /
    "Privacy Notice: ..." / "after newsletter promotion" (the Guardian). The closing line marks
    the box; every line back to its "Sign up" line belongs to it.
    """
    for para in paragraphs:
        if not _NEWSLETTER_END.match(para.text):
            continue
        box = paragraphs[max(0, para.index - _NEWSLETTER_BOX_MAX) : para.index]
        opener = next((b for b in reversed(box) if _SIGN_UP_LINE.match(b.text)), None)
        if opener is None:
            continue
        for b in paragraphs[opener.index : para.index + 1]:
            out[b.index] = _whole(b, "site furniture")


def _appeal_runs(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """The lines of a reader appeal or a newsletter box between its heading and its button.

    "Support <Outlet>'s journalism of integrity ..." / two paragraphs of pitch / "Make a
    contribution": the lines between two pieces of one donation appeal, a few paragraphs apart,
    are the appeal's own. "Daily newsletter" / "Receive essential international news every
    morning" / "Subscribe": the short blurb between a newsletter's label and its button is the
    box's. A line with quotation marks is never taken (a quote is reporting).
    """
    def between(a: int, b: int) -> list[Paragraph]:
        run = paragraphs[a + 1 : b]
        if any(p.index in out or _DOUBLE_MARK.search(p.text) for p in run):
            return []
        return run

    appeals = sorted(i for i, piece in out.items() if piece.reason == "donation appeal")
    for a, b in zip(appeals, appeals[1:]):
        if 1 < b - a <= _APPEAL_GAP + 1:
            for para in between(a, b):
                out[para.index] = _whole(para, "donation appeal")
    for para in paragraphs:
        if not (para.index in out and _NEWSLETTER_LABEL.match(para.text)):
            continue
        for after in paragraphs[para.index + 2 : para.index + 4]:
            if after.index in out and _SUBSCRIBE_BUTTON.match(after.text):
                run = between(para.index, after.index)
                if all(len(p.text.split()) <= 20 for p in run):
                    for p in run:
                        out[p.index] = _whole(p, "site furniture")
                break


def _newsletter_title(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A newsletter's name right over its pitch.

    "Get the Wire" / "Our weekly newsletter: strikes, struggles and ...": the box's title, a
    short "Get the ..." line, sits on the line above a newsletter pitch already set aside.
    """
    for para in paragraphs[1:-1]:
        below = out.get(para.index + 1)
        if para.index in out or below is None or below.reason != "site furniture":
            continue
        if _NEWSLETTER_TITLE.match(para.text) and "newsletter" in paragraphs[para.index + 1].text.lower():
            out[para.index] = _whole(para, "site furniture")


def _kickers(paragraphs: list[Paragraph], out: dict[int, _Piece], outlet: str | None) -> None:
    """Section kickers, or the outlet's masthead, over the headline.

    A section kicker over the headline: a first line of one or two words ("Migration", "World
    news", "OPINION"), or two section names joined ("Pricing & Market Access"), right above a
    longer line. A one-word line is no headline. Kenyan and
    other dailies stack two ("Sports" / "Athletics"), trade sites three ("Cybercrime" /
    "Healthcare" / "News"); a blog puts its masthead ("THE CLEAN TRACK", the header's outlet)
    there, a newsletter site its regional edition ("Polarity Norland" for Polarity) over
    "Politics & Policy" / "Election 2026"; the masthead's buttons ("Subscribe", "Sign in") may
    stand between it and the headline. A wire's breadcrumb puts two words under the first
    ("World" / "United Kingdom"); a paste may glue it into one line ("NewsKelsborough News").
    """
    kickers = 0
    while kickers < 3 and kickers + 1 < len(paragraphs) \
            and (kickers not in out or out[kickers].reason == "site furniture") and (
        _KICKER.match(paragraphs[kickers].text) or _YEAR_KICKER.match(paragraphs[kickers].text)
        or (kickers > 0 and _SUB_KICKER.match(paragraphs[kickers].text))
        or (kickers == 0 and (_is_masthead(paragraphs[0].text, outlet) or _is_edition(paragraphs[0].text, outlet)))
    ):
        kickers += 1
    head = kickers
    while head < len(paragraphs) - 1 and head in out and out[head].reason in ("site furniture", "share buttons"):
        head += 1  # "Plain Speaking" / "Subscribe" / "Sign in" / the headline: the masthead's own buttons
    if kickers and len(paragraphs[head].text.split()) >= 5 \
            and not paragraphs[head].text.rstrip().endswith((".", "!", '"', "”", "’")):
        for first in paragraphs[:kickers]:
            out[first.index] = _whole(first, "site furniture")


def _outlet_lines(
    paragraphs: list[Paragraph], out: dict[int, _Piece], outlet: str | None, *, top: int = TOP_PARAGRAPHS
) -> None:
    """The outlet's own name as a line of its own: its masthead in the byline block, its appeal.

    "Jane Roe" / "News24" / "04 Mar 2026": a site prints its name under the writer's in the
    byline block (News24, regional sites); "Support HuffPost" heads the site's donation box.
    Only the header's outlet: "Support Ukraine" or a headline naming a place stays content.
    """
    if not outlet:
        return
    for para in paragraphs[1:]:
        if para.index in out:
            continue
        if para.index < top and _is_masthead(para.text, outlet):
            out[para.index] = _whole(para, "site furniture")
            continue
        if para.index < top and _outlet_place_byline(para.text, outlet):
            out[para.index] = _whole(para, "byline")
            continue
        m = _SUPPORT_OUTLET.match(para.text)
        if m is not None and _is_masthead(m.group(1), outlet):
            out[para.index] = _whole(para, "donation appeal")
            continue
        m = _OUTLET_TAGLINE.match(para.text)
        if m is not None and _is_masthead(m.group(1), outlet):
            # "Zangaré Debout – La voix du Zangaré souverain. © 2026 All rights reserved. ...": the
            # site's name and motto at its foot, with its copyright line where one follows
            rest = m.group(2).lower()
            out[para.index] = _whole(para, "copyright notice" if "©" in rest or "rights reserved" in rest else "site furniture")


def _entry_bylines(paragraphs: list[Paragraph], out: dict[int, _Piece], author_line: re.Pattern[str] | None) -> None:
    """A live blog's entry writer: a name alone on its line right under the entry's time stamp.

    "18.55 BST" / "Jakob Lindqvist" / the entry (the Guardian's live blogs): anywhere in the
    page, the name one of the header's writers or its first word a known first name (the names
    lexicon).
    """
    for para in paragraphs[1:]:
        prev = out.get(para.index - 1)
        if para.index in out or prev is None or prev.reason != "timestamp" or not _BARE_NAME.match(para.text):
            continue
        from framing.quotes import known_first_names  # quotes imports this module: read it lazily

        if (author_line is not None and author_line.match(para.text)) or para.text.split()[0].lower() in known_first_names():
            out[para.index] = _whole(para, "byline")


# "@HalvorsenNF": a social account's handle alone on its line.
_HANDLE_LINE = re.compile(r"^@\w{2,30}$")


def _post_embeds(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """An embedded social post's frame: the account's name over its handle, and the post's date.

    "Rune Halvorsen" / "@HalvorsenNF" / the post / "May 10, 2026" (an X post embedded in a live
    blog or story): the name and the handle are the embed's, the date under the post its stamp;
    the post's own words stay, as a quote the outlet carries.
    """
    for para in paragraphs[1:]:
        if not _HANDLE_LINE.match(para.text):
            continue
        out.setdefault(para.index, _whole(para, "social media handle"))
        above = paragraphs[para.index - 1]
        if above.index not in out and (_BARE_NAME.match(above.text) or _CAPS_NAME.match(above.text)):
            out[above.index] = _whole(above, "social media handle")
        for after in paragraphs[para.index + 1 : para.index + 4]:
            if after.index in out:
                break
            if _POST_DATE.match(after.text):
                out[after.index] = _whole(after, "timestamp")
                break


def _name_byline(paragraphs: list[Paragraph], out: dict[int, _Piece], *, top: int = TOP_PARAGRAPHS) -> None:
    """A writer's name alone on its line in the byline block.

    "Tech layoffs hit 40,000 in February" / "Jane Roe" / the lead: sites print the writer's name
    alone under the headline or beside the time stamp (Semafor, Dawn, Business Insider, Arab
    News). A line of two or three capitalised words, the first a known first name (the names
    lexicon), is a person's name, which no sentence of reporting is; without that test a
    place beside a time stamp ("Castellón de la Plana") reads the same. So is such a name run on
    into a newsroom job with no comma ("Jane Roe Senior Reporter").
    """
    for para in paragraphs[1:top]:
        if para.index in out or not (_BARE_NAME.match(para.text) or _NAME_JOB.match(para.text)):
            continue
        from framing.quotes import known_first_names  # quotes imports this module: read it lazily

        if para.text.split()[0].lower() in known_first_names():
            out[para.index] = _whole(para, "byline")
    for para in paragraphs[1:top]:
        # "JANE ROE" / "CONTRIBUTOR" / the stamp (the Daily Caller): a name in capitals is a byline
        # only next to the stamp or over a job line, since a tabloid's kicker can be a name too.
        if para.index in out or not _CAPS_NAME.match(para.text):
            continue
        from framing.quotes import known_first_names

        near = [out.get(para.index - 1), out.get(para.index + 1)]
        below = paragraphs[para.index + 1].text if para.index + 1 < len(paragraphs) else ""
        if para.text.split()[0].lower() in known_first_names() and (
            _JOB_LINE.match(below) or any(p is not None and p.reason in ("byline", "timestamp") for p in near)
        ):
            out[para.index] = _whole(para, "byline")


def _brevity_labels(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """The bold labels that open a "smart brevity" story's paragraphs.

    "Why it matters: Borrowing costs will stay high." / "Driving the news: ..." / "What
    they're saying: ..." (Axios and the newsletters written in its format): the label is the
    site's format and is set aside; the rest of the paragraph is reporting and stays. Only when
    the story carries two or more different labels and one of the format's own ("Why it
    matters", "Driving the news", "The big picture", "Between the lines", "Zoom in"), so a
    single "Context: ..." or "Bottom line: ..." in another outlet's copy stays as written.
    """
    hits: list[tuple[Paragraph, re.Match[str]]] = []
    for para in paragraphs[1:]:
        m = _BREVITY_LABEL.match(para.text) if para.index not in out else None
        if m is not None:
            hits.append((para, m))
    labels = {" ".join(m.group(1).casefold().replace("’", "'").split()) for _p, m in hits}
    if len(labels) < 2 or labels.isdisjoint(_BREVITY_OWN):
        return
    for para, m in hits:
        end = para.start + len(para.text[: m.end()].rstrip())
        out[para.index] = _Piece(para.start, end, para.index, "subheading")


def _label_lines(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A format's labels alone on their lines.

    "Topline" / "Key Facts" / "Big Number" (Forbes): a site's format labels each stand alone
    over a paragraph of reporting and are set aside as subheadings. Only when the story carries
    two or more different labels and one of the format's own, so "Contra" or "Tangent" alone
    in another outlet's copy stays as written.
    """
    hits = [p for p in paragraphs[1:] if p.index not in out and _LABEL_LINE.match(p.text)]
    labels = {" ".join(p.text.casefold().replace("’", "'").rstrip(":").split()) for p in hits}
    if len(labels) < 2 or labels.isdisjoint(_LABEL_LINE_OWN):
        return
    for para in hits:
        out[para.index] = _whole(para, "subheading")


def _job_lines(paragraphs: list[Paragraph], out: dict[int, _Piece], *, top: int = TOP_PARAGRAPHS) -> None:
    """The writer's job on its own line under the byline or an editing credit.

    "Hannah Greaves" / "Tom Ridley" / "Senior Reporters"; "By: Tamsin Hollard" / "Ledger Media
    Senior Deputy Editor: Australasia"; "Edited by: Ryan Coetzer" / "Ledger Media Reporter": the
    job (and the desk or region after a colon) belongs to the names above it.
    """
    for para in paragraphs[1:]:
        above = out.get(para.index - 1)
        if above is None or above.reason not in ("byline", "credit line"):
            continue
        if para.index in out and (out[para.index].reason != "dateline" or not _JOB_LINE.match(para.text)):
            continue  # "CONTRIBUTOR" alone in capitals reads as a dateline until a byline is over it
        if _JOB_LINE.match(para.text) or (
            above.reason == "byline" and para.index < top and _BYLINE_TAIL.match(para.text)
        ):
            # "Jane Roe" / "BBC News, Devon": the outlet and desk under a name found by its shape;
            # "Jane Roe" / "Nairobi": a known place alone is where the story was filed
            out[para.index] = _whole(para, "dateline" if _known_place(para.text) else above.reason)


def _caption_under_credit(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A caption right under its picture's credit.

    "PA Media" / "Floral tributes have been left near the entrance"; "Media caption," / "Footage
    filmed on Sunday shows ...": the BBC and sites built like it print the credit (or the video's
    label) over the caption, and the caption has no full stop. Only a line of a caption's shape
    (no sentence end, no quotation marks) right under a short credit already set aside as one.
    """
    for para in paragraphs[1:]:
        above = out.get(para.index - 1)
        if para.index in out or above is None or above.reason != "caption":
            continue
        credit = paragraphs[para.index - 1].text
        if len(credit.split()) <= 4 and not credit.endswith(".") and _UNSTOPPED_CAPTION.match(para.text):
            out[para.index] = _whole(para, "caption")


def _market_tables(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A market-data widget pasted as a table.

    "Ticker  Security  Last  Change  Change %" over "HRK  HARKNESS STEEL CORP.  23.97  +1.71
    +7.68%": a business site's quote box pastes as tab-separated rows under its header; the
    prices are the widget's, not the story's figures.
    """
    for para in paragraphs:
        if para.index in out or not _MARKET_HEADER.match(para.text):
            continue
        out[para.index] = _whole(para, "site furniture")
        for after in paragraphs[para.index + 1 :]:
            if after.index in out or after.text.count("\t") < 2:
                break
            out[after.index] = _whole(after, "site furniture")


def _known_place(text: str) -> bool:
    """Whether a line is one place the gazetteer knows ("Nairobi", "New Delhi")."""
    from framing.entities import load_gazetteer  # entities imports this module: read it lazily

    return load_gazetteer().names.get(text.strip().lower(), ("", ""))[1] == "place"


def _known_place_dateline(paragraphs: list[Paragraph], out: dict[int, _Piece], *, top: int = TOP_PARAGRAPHS) -> None:
    """A known place in sentence case and a colon opening the lead: a dateline.

    "Dubai: The Roads and Transport Authority will ..." (Gulf News, Khaleej Times, Pakistani
    and Indian dailies write "Abu Dhabi:" or "New Delhi:" as often as the capitals). Only at
    the lead (the first long paragraph under the headline), only when no dateline was found,
    and only for a place the gazetteer knows, so a label ("Update: ...", "Police: ...") or a
    speaker in a transcript stays content.
    """
    if any(p.reason == "dateline" for p in out.values()):
        return
    for para in paragraphs[1:top + 4]:
        if para.index in out:
            continue
        if len(para.text.split()) < _LEAD_WORDS:
            continue
        m = _PLACE_COLON.match(para.text)
        if m is not None:
            if all(_known_place(p) for p in m.group(1).split(",")):
                end = para.start + len(para.text[: m.end()].rstrip())
                out[para.index] = _Piece(para.start, end, para.index, "dateline")
        return  # the lead only


def _dateline_alone(paragraphs: list[Paragraph], out: dict[int, _Piece], *, top: int = TOP_PARAGRAPHS) -> None:
    """A dateline alone on its line above the lead.

    "ITEN" alone on its line, then the lead: a dateline set on a line of its own (Kenyan and
    other dailies), below the headline and above a paragraph of reporting.
    """
    for para in paragraphs[2:top + 8]:
        if para.index in out or not _DATELINE_ALONE.match(para.text) or para.index + 1 >= len(paragraphs) \
                or not _CROSSHEAD_WORDS.isdisjoint(para.text.split()):
            continue
        lead = paragraphs[para.index + 1].text
        if len(lead.split()) >= 12 and lead.rstrip().endswith((".", '"', "”", "’")) and para.index + 1 not in out:
            out[para.index] = _whole(para, "dateline")
            break


def _place_in_byline_block(paragraphs: list[Paragraph], out: dict[int, _Piece], *, top: int = TOP_PARAGRAPHS) -> None:
    """A place alone on its line inside the byline block.

    "Álvaro Puchades" / "Castellón de la Plana" / "Updated 15/11/2026 - 23:52 CET": a place
    alone on its line inside the byline block (right under the byline or right over the
    time stamp) is where the story was filed from (Spanish and Italian sports dailies).
    """
    for para in paragraphs[1:top]:
        if para.index in out or not _PLACE_LINE.match(para.text) or len(para.text.split()) > 5:
            continue
        near = (out.get(para.index - 1), out.get(para.index + 1))
        if (near[0] is not None and near[0].reason == "byline") or (near[1] is not None and near[1].reason == "timestamp"):
            out[para.index] = _whole(para, "dateline")


def _place_byline(paragraphs: list[Paragraph], out: dict[int, _Piece], *, top: int = TOP_PARAGRAPHS) -> None:
    """A names-in-a-place line next to a date stamp: a byline.

    "Peter Walker and Jessica Elgot in Manchester" over "Wed 4 Jun 2025 19.42 BST": a
    names-in-a-place line is a byline when a date stamp stands next to it. Alone, the
    shape is also a title-case subheading's ("Protests Erupt in Harrowgate").
    """
    for para in paragraphs[1:top]:
        if para.index in out or not _PLACE_BYLINE.match(para.text):
            continue
        near = (out.get(para.index - 1), out.get(para.index + 1))
        if any(p is not None and p.reason == "timestamp" for p in near):
            out[para.index] = _whole(para, "byline")


def _desk_line(
    paragraphs: list[Paragraph], out: dict[int, _Piece], outlet: str | None, *, top: int = TOP_PARAGRAPHS
) -> None:
    """The broadcaster's desk line right above the byline.

    "ABC Far North" / "By national weather reporter Tom Kirby": a public broadcaster prints the
    local desk the story comes from over the byline, its own short name and a region (ABC,
    RNZ, SBS; "BBC News, Essex" under the byline is read by the byline's tail). Only a short
    line of capitalised words that opens with the outlet's own first word ("ABC" of "ABC
    News"), so a headline or a standfirst over a byline stays content.
    """
    if not outlet:
        return
    first = _fold_name(outlet).split()[0] if _fold_name(outlet).split() else ""
    for para in paragraphs[1:top]:
        below = out.get(para.index + 1)
        words = para.text.split()
        if para.index in out or below is None or below.reason != "byline" or not 2 <= len(words) <= 4:
            continue
        if words[0].casefold() == first and _BYLINE_TAIL.match(para.text):
            out[para.index] = _whole(para, "byline")


def _pull_quotes(paragraphs: list[Paragraph], out: dict[int, _Piece]) -> None:
    """A pull quote: a quotation alone on its line that the story carries again in full.

    "\u201cWe gave this place our whole lives\u201d" between two paragraphs, then later
    "\u201cWe gave this place our whole lives,\u201d said Ron Delacroix": sites and papers lift a
    line of a quote into large type. It is one quotation, opened and closed, with no sentence
    end inside it (a quote paragraph of reporting closes with its full stop inside the marks),
    of three to 30 words, every one of which another paragraph of the story carries. Never the
    headline.
    """
    bodies: list[tuple[int, set[str]]] | None = None  # the paragraphs' words, read only when a candidate is seen
    for para in paragraphs[1:]:
        m = _PULL_QUOTE.match(para.text)
        if para.index in out or m is None:
            continue
        if bodies is None:
            bodies = [(p.index, set(_WORD.findall(p.text.casefold()))) for p in paragraphs]
        words = set(_WORD.findall(m.group(1).casefold()))
        if 3 <= len(words) <= 30 and any(i != para.index and words <= other for i, other in bodies):
            out[para.index] = _whole(para, "pull quote")


def _outlet_place_byline(line: str, outlet: str) -> bool:
    """A wire's byline by its own name and the place it filed from: "Press Trust of India  New Delhi"."""
    name = _fold_name(outlet)
    if not _fold_name(line).startswith(name + " "):
        return False
    words = line.split()
    skip = len(name.split()) + (words[0].lower() == "the")  # the line's own leading "The" is folded away too
    return _PLACE_AFTER_OUTLET.match(" ".join(words[skip:])) is not None


def _is_edition(line: str, outlet: str | None) -> bool:
    """True when ``line`` is the outlet's name and one more capitalised word: an edition ("Polarity Norland")."""
    if not outlet:
        return False
    name, words = _fold_name(outlet), line.split()
    return len(words) == len(name.split()) + 1 and _fold_name(line).startswith(name + " ") and words[-1][:1].isupper()


def _is_masthead(line: str, outlet: str | None) -> bool:
    """True when ``line`` is the outlet's own name, as a site prints it over its stories."""
    if not outlet:
        return False
    return _fold_name(line) == _fold_name(outlet)


def _fold_name(text: str) -> str:
    """A name compared without case, spacing or a leading "The"."""
    return re.sub(r"^the\s+", "", " ".join(text.split()).casefold())


# A dateline alone on its line: a place in capitals of one to three words ("ITEN", "NEW DELHI"),
# none of them a word of the crossheads wires set the same way ("WHAT'S NEXT", "BACKGROUND").
# "Dubai: ", "Abu Dhabi, UAE: ": a place in sentence case and a colon, then the lead's first word.
_PLACE_COLON = re.compile(r"^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?):\s+(?=[A-Z\"“‘])")
_DATELINE_ALONE = re.compile(r"^[A-Z][A-Z.-]+(?:\s+[A-Z][A-Z.-]+){0,2}$")
_CROSSHEAD_WORDS = frozenset(
    "WHAT NEXT BACKGROUND REACTION CONTEXT ANALYSIS UPDATE UPDATES MORE WHY HOW WHO WHEN WHERE KEY TIMELINE "
    "LATEST BREAKING EXCLUSIVE WATCH LISTEN READ VIDEO PHOTOS OPINION EDITORIAL COMMENT THE A AN IN OF AND FOR "
    "ON TO AT HISTORY IMPACT RESPONSE INVESTIGATION CHARGES VICTIMS SUMMARY FACTS FACT CHECK ABOUT NOW THEN "
    "AFTER BEFORE DEVELOPING BRIEFING NEWS TOP STORIES LIVE RESULTS REACTIONS QUOTES NUMBERS CASE TRIAL VERDICT".split()
)

# A photo credit alone on its line: "Photo: Ministry of Defence press service", "(Dana Kim /
# KXTV)", "(AP Photo/Lauren Pike)". Names around a slash in brackets, or a picture word and
# colon ("Credit:" alone is also a business subheading: "Credit: Banks tighten lending").
_CREDIT_ALONE = re.compile(
    r"^(?:\(?\s*(?:Photograph|Photographer|Photo|Picture|Image|Photo credit|PHOTO)\s*:\s*[A-Z][^\n]{0,100}"
    r"|\(\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*/\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*\)"
    # "Courtesy of Harmon Health", "Permission granted by Prairie Valley Health", "Source: FNTV / Dean
    # Saunders", "PHOTO | ONDARI OGEGA | NMG": who gave or took the picture, alone on its line (trade
    # sites, First Nations outlets, Kenyan dailies); capitalised names only, so "Source: officials said"
    # is no credit.
    # "Credit...Erin Schaff/The New York Times": the Times's credit, which a restored break puts on its own line
    r"|Credit(?:\.\.\.|…)\s*[A-Z][^\n]{1,120}"
    r"|(?:Courtesy(?:\s+of)?|Permission\s+granted\s+by|Source:|Supplied(?:\s+by|:))\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}"
    r"(?:\s*/\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})?"
    r"|(?:PHOTO|Photo|PICTURE|IMAGE)\s*\|\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}(?:\s*\|\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2})?"
    # "(ABC News: Tom Hennessy)": the outlet, a colon and the photographer (ABC Australia).
    r"|\(\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*:\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*\)"
    # "Javier Torres/AFP/Getty Images", "Ana Ruiz/Reuters": a photographer and an agency, a slash between
    # (CNN's caption credit on the line under the caption); an agency of pictures closes it.
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*/\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2}){0,2}\s*/\s*"
    r"(?:Getty Images|AFP|AP|Reuters|EPA(?:-EFE)?|EFE|Shutterstock|Bloomberg|Sipa(?: USA)?|Anadolu(?: Agency)?|Xinhua"
    r"|dpa|NurPhoto|SOPA Images|LightRocket|Alamy|PA(?: Images| Wire)?|ANI|PTI|ZUMA(?: Press| Wire)?|Redux|Pool"
    r"|Handout|File|Corbis|Polaris|Bloomberg via Getty Images|Kyodo|Yonhap|Imago|Avalon))$"
)
# A video's length on its own line, and a video's title: short, no sentence end, no quotation marks.
_VIDEO_LENGTH = re.compile(r"^(?i:duration)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?$")
_VIDEO_TITLE = re.compile(r"^(?![^\n]*[\"“”])[^\n]{3,120}(?<![.!?:;,])$")
# "Tom Poe/NPR", "Ana Ruiz/The Courier": a photographer's name, a slash and a source (group 1).
_SLASH_CREDIT = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})$")
# "Dana Ruiz for Marquee", "Tom Poe for The Courier": a photographer's name, "for" and a source (group 1).
_FOR_CREDIT = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+for\s+((?:[Tt]he\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})$")
# NPR's control between a caption and its credit, pasted as a line of its own.
_TOGGLE_CAPTION = re.compile(r"^(?i:toggle caption|hide caption)$")
# A pull quote's shape: one quotation, opened and closed, with no sentence end inside (see _pull_quotes).
_PULL_QUOTE = re.compile(r"^[\"“‘']([^\n\"“”‘’]*[^\n\"“”‘’.!?,;:…\s-])[\"”’']$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# A caption line: one sentence (no sentence end before the last), closed by a full stop, at
# most 300 characters, without double quotation marks (a quote is reporting).
_CAPTION_LINE = re.compile(r"^(?![^\n]*[\"“”])(?![^\n]*[.!?][’')]?\s+\S)[^\n]{10,300}\.$")
_PERSON = r"[A-Z][a-z'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}"
_IN_PLACE = r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
# "Helen Ashdown in Tarsova and Julian Pike", "Anna Brandt in Kharkiv and Tom Ellery in London":
# the Guardian names a co-author who filed from elsewhere after the first writer's place.
_CO_AUTHOR = rf"(?:(?:,\s*|\s+and\s+){_PERSON}(?:{_IN_PLACE})?)*"
_PLACE_BYLINE = re.compile(rf"^{_PERSON}(?:(?:,\s*|\s+and\s+){_PERSON})*{_IN_PLACE}{_CO_AUTHOR}$")
# A writer's name alone on its line (see _name_byline): one or two people, two or three words each.
_BARE_NAME = re.compile(rf"^{_PERSON}(?:\s+and\s+{_PERSON})?$")
_CAPS_NAME = re.compile(r"^[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’.-]*){1,2}$")
# "Jane Roe Senior Reporter" (Reach plc's regional sites): the name and the job run on one line, no comma.
_NEWSROOM_JOB = (
    r"(?:(?:Senior|Deputy|Chief|Staff|Trainee|Contributing|Associate|Political|Special|Digital|News"
    rf"|Court|Crime|Business|Sports?|Health|Education|Community|Local Democracy)\s+){{1,3}}(?i:{_JOB})"
)
# "Jane Roe Senior Reporter", "Jane Roe Senior Reporter and John Doe" (a second writer after "and")
_NAME_JOB = re.compile(rf"^{_PERSON}\s+{_NEWSROOM_JOB}(?:\s+and\s+{_PERSON}(?:\s+{_NEWSROOM_JOB})?)?$")
# A writer's job alone on its line (see _job_lines): "Senior Reporters", "Ledger Media Senior Deputy
# Editor: Australasia" (the outlet's name may open it; a desk or region may follow a colon).
_JOB_LINE = re.compile(
    r"^(?:[A-Z][\w&.'’-]*\s+){0,3}(?:(?:Senior|Deputy|Chief|Staff|Contributing|Associate|Managing|Executive"
    r"|Political|Special|Assistant|Digital|News|Investigations?|Business|Sports?|Health|Science)\s+){0,3}"
    rf"(?i:{_JOB})(?:\s*:\s*[A-Z][\w&.'’ -]{{1,30}})?(?:\s+@\w{{2,30}})?$"  # the byline rules' job words; "@handle"
)
# A caption without a full stop (see _caption_under_credit): 4 to 40 words, no sentence end, no quotes.
_UNSTOPPED_CAPTION = re.compile(r"^(?![^\n]*[\"“”])(?=(?:\S+\s+){3,39}\S+$)[A-Z][^\n.!?]{15,300}$")
# A market-data widget's header row (see _market_tables).
_MARKET_HEADER = re.compile(r"^(?:Ticker|Symbol)\t[^\n]*\t[^\n]*$")
# The outlet's donation button: "Support HuffPost", "Donate to The Tyee" (see _outlet_lines).
_SUPPORT_OUTLET = re.compile(r"^(?:Support|Donate to)\s+([^\n.!?]{2,40})$")
# The "smart brevity" labels (see _brevity_labels), and those only that format uses.
_BREVITY_LABEL = re.compile(
    r"^(Why it matters|Driving the news|The big picture|Big picture|Zoom in|Zoom out|Between the lines"
    r"|What they(?:'|’)re saying|The other side|What(?:'|’)s next|What we(?:'|’)re watching|What to watch"
    r"|By the numbers|Yes, but|Reality check|Flashback|Catch up quick|State of play|The bottom line"
    r"|Bottom line|The intrigue|Threat level|Be smart|Our thought bubble|Follow the money|The backstory"
    r"|Context|Details|The latest|Worth noting|Case in point|Of note|The fine print|Where it stands"
    r"|Why now|Friction point|Stunning stat|How it works|What happened)\s*:\s+(?=\S)"
)
_LABEL_LINE = re.compile(
    r"^(?:Topline|Key Facts|Big Number|Crucial Quote|Key Background|News Peg|Chief Critic|Surprising Fact"
    r"|What To Watch For|What to Watch For|What We Don(?:'|’)t Know|Tangent|Contra|Big Picture)\s*:?$"
)
_LABEL_LINE_OWN = frozenset({"topline", "key facts", "big number", "crucial quote", "key background", "news peg",
                             "chief critic", "surprising fact"})
_BREVITY_OWN = frozenset({"why it matters", "driving the news", "the big picture", "big picture",
                          "between the lines", "zoom in", "zoom out", "our thought bubble", "catch up quick"})


@lru_cache(maxsize=64)
def _author_bio(author: str) -> re.Pattern[str]:
    """A top line describing the header's author (or a co-author) as a journalist."""
    names = "|".join(r"\s+".join(map(re.escape, a.split())) for a in _AUTHORS_SPLIT.split(author) if a.strip())
    return re.compile(
        rf"^(?:{names})\s+(?:is|was|has\s+been)\s+(?:an?|the)\s+(?:[\w&'’-]+\s+){{0,5}}{_JOB}\b[^\n]{{0,160}}$"
    )


def _author_line(author: str) -> re.Pattern[str]:
    """The byline line of a known author: their name (and co-authors), then a place, job or outlet.

    A header naming several writers ("Tobias Rye, Nora Ellingsen") gives each their own line.
    """
    parts = [p for p in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", author.strip()) if p]
    if len(parts) > 1 and all(1 < len(p.split()) <= 4 and p[:1].isupper() for p in parts):
        name = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    else:
        name = r"\s+".join(re.escape(w) for w in author.split())
    return re.compile(
        # "By national weather reporter Tom Kirby": the writer's beat between "By" and the name (ABC Australia)
        rf"^(?:(?i:by)\s+(?:(?:[a-z]+\s+){{0,4}}(?i:{_JOB})\s+)?)?(?i:{name})(?:(?:,\s*|\s+and\s+|\s*&\s*){_PERSON})*"
        rf"(?:\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){{0,3}}{_CO_AUTHOR}"  # "in Harrowgate, Ohio"
        rf"|,?\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){{0,4}}(?i:{_JOB})"  # "Defence and security editor"
        # ", a senior policy reporter covering tech regulation, privacy, and the courts."
        r"(?:\s+(?:covering|who\s+covers|based\s+in|reporting\s+on|focused\s+on)\s+[^\n\"“”]{1,120})?"
        r"|,\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"  # ", BBC News"
        r"|,\s+(?:the\s+)?(?:author|co-author|host|editor|founder|writer)\s+of\s+[^\n.!?\"“”]{2,80}"  # ", author of Playbook"
        r"|\s*[|•·—–]\s*[^\n]{1,60})?"  # "| Frontline News", "• Oct. 9, 2024"
        r"(?:\s*\((?i:earlier|now|later)\))?$"  # a live blog's "Harriet Coyle (earlier)"
    )


# List labels over links to other stories, as whole lines (lower case, colon stripped).
_LINK_LIST_LABELS = frozenset({
    "related", "related stories", "related coverage", "related articles", "more news", "more stories",
    "more top stories", "top stories", "most read", "most popular", "you may also like", "recommended",
    "recommended stories", "trending", "more on this story", "read more", "in other news",
    "you may also be interested in", "you might also like", "related news", "also in the news",
    "related content", "don't miss", "don’t miss", "must read", "read next", "we recommend",
    "suggested video", "suggested videos", "featured video", "recommended video", "recommended videos",
    "related videos", "explore more", "more for you", "what to read next",
    # a live blog's index of its key entries (stamp / title pairs); Indian dailies' picture stories
    "key events", "explore news", "visual stories", "web stories",
})
# "Asia Pacific", "Business", "World News": a link's section over its headline in a list.
_LINK_SECTION = re.compile(r"^[A-Z][a-z]+(?:\s+(?:&\s+)?[A-Z][a-z]+){0,2}$")
# "N.W.T.", "B.C.", "U.S.": an initialism's full stops end no sentence inside a link headline.
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}|\b(?:Alta|Sask|Man|Ont|Que|Calif|Fla|Ariz|Mass|Wash)\.")
# "0:58", "1:12": a video's running time under its title.
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# "MORE FROM HEALTH", "More from Politics": a section's own list label.
_MORE_FROM = re.compile(
    r"^(?:(?:more|read more|most read|most popular|most viewed|latest) from [a-z][a-z0-9 &.'’-]{1,30}"
    # "More BBC stories on Nigeria:" (a broadcaster's links under the story)
    r"|more [a-z0-9&.'’-]{2,20}(?: [a-z0-9&.'’-]{2,20}){0,2} (?:stories|news|coverage) (?:on|about|from) [a-z][a-z0-9 &.'’-]{1,30})$"
)
# Links counted, not the dates and counters between them ("Published" / "1 day ago" under each).
_LINK_LIST_MAX = 12
# A place name alone: capitalised words and the particles of Spanish, Portuguese, Italian, French,
# Dutch and German place names ("Castellón de la Plana", "Sant Vicent del Raspeig").
_PLACE_LINE = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|del|la|las|los|el|da|do|dos|das|di|du|des|le|sur|van|von|am|an|upon|on))*$"
)
_TOP_COMMENT = re.compile(r"^(?:top|featured|most liked) comments? by \S+$", re.IGNORECASE)
_COMMENT_BOX_MAX = 6
# "Are you affected by the outages?", "Do you have a story or pictures of the outage in your area?"
_READER_QUESTION = re.compile(r"^(?=[^\n]*\byou\b)[A-Z][^\n.!?]{5,150}\?$")
_CREDIT_UNDER = re.compile(r"^(?:Credit|CREDIT|Picture|Photo|Image)s?\s*:\s*[A-Z][\w.'’&-]*(?:[\s/]+[\w.'’&-]+){0,8}$")
_ABOUT_AUTHOR = re.compile(r"^about the (?:authors?|reporters?|writers?|contributors?)$", re.IGNORECASE)
_AUTHOR_BOX_MAX = 8
_RANK = re.compile(r"^\d{1,2}[.)]\s+")
_REFERENCE_LABELS = frozenset({"references", "notes", "sources", "footnotes", "endnotes", "bibliography", "citations"})
# A numbered item, or an author-date (APA) one: "Tully, H., & Ngo, P. (2023). Distribution of ...".
_REFERENCE_ITEM = re.compile(
    r"^(?:(?:\[\d{1,3}\]|\d{1,3}[.)]|\^\d{1,3})\s+\S[^\n]{0,400}"
    r"|[A-Z][^\n()]{1,160}\((?:\d{4}[a-z]?|n\.d\.)(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?\)\.\s+\S[^\n]{3,400})$"
)
_NAME_LINE = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’.-]*){1,3}$")
# A carousel's controls under a link list: "Previous", "Next", page numbers.
_CAROUSEL = re.compile(r"^(?:previous|prev|next|\d{1,2}|[‹›<>«»]{1,2})$", re.IGNORECASE)
_TAG_LIST_LABELS = frozenset({
    "explore more on these topics", "more on this topic", "topics", "tags", "related topics",
    # "Related internet links" / "Essex Police" / "National Highways": outside sites by name (BBC)
    "related internet links", "related links", "external links",
    # "KEYWORDS" / "Tourism, Kyoto, Osaka": the tags on one line, by commas (The Japan Times)
    "keywords", "topics in this article",
    # "In:" / "Train Derailment" / "Hazardous Materials": the topics under the story (CBS News)
    "in:",
    # "Filed under" / "assaults, mta, nypd, queens": the tags in lower case, by commas (New York Post)
    "filed under",
    # "Suggested Topics:" / "Asia Pacific" (wires); "Follow the topics in this article" / "Pensions" (FT)
    "suggested topics", "follow the topics in this article",
})
_TAG_LIST_MAX = 12
_LIST_LABELS = _LINK_LIST_LABELS | _TAG_LIST_LABELS | _REFERENCE_LABELS
_TAG_LINE = re.compile(r"^[^\W\d][\w'’&-]*(?:\s+[\w'’&-]+){0,3}$")
_TAG_CSV_LINE = re.compile(r"^[^\W\d][\w'’&-]*(?:\s+[\w'’&-]+){0,3}(?:\s*,\s*[^\W\d][\w'’&-]*(?:\s+[\w'’&-]+){0,3})+$")
# The outlet's name, a dash and its motto (and what follows it on the line).
_OUTLET_TAGLINE = re.compile(r"^([^\n–—]{2,40}?)\s+[–—-]\s+([^\n]{2,300})$")
_NEWSLETTER_TITLE = re.compile(r"^(?i:get|sign up for|subscribe to)\s+(?i:the\s+|our\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}$")
_NEWSLETTER_END = re.compile(r"^after newsletter promotion$", re.IGNORECASE)
_SIGN_UP_LINE = re.compile(r"^sign\s+up\s+(?:to|for)\b[^\n.]{1,80}$", re.IGNORECASE)
_NEWSLETTER_BOX_MAX = 6
# A reader appeal's heading and its button, this many paragraphs apart at most (their pitch between).
_APPEAL_GAP = 3
_NEWSLETTER_LABEL = re.compile(r"^(?:[\w'’&-]+\s+){0,3}newsletters?:?$", re.IGNORECASE)
_SUBSCRIBE_BUTTON = re.compile(r"^(?:subscribe|sign up|sign me up|join)(?: now| for free| here)?[.!]?$", re.IGNORECASE)
# One word, a "... news" section, or one or two words in capitals ("FACT CHECK"); the line under it reads
# as a headline (no closing full stop), so "Floods" over "Rivers burst their banks overnight." stays.
# "Pricing & Market Access", "Arts and Culture": a trade site's or a magazine's section, two names joined.
_KICKER = re.compile(
    r"^(?:[A-Z][a-z]+|(?:[A-Z][a-z]+|[A-Z]{2,3})\s+(?:news|politics|economy|business|markets|elections?|sport)|[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2}"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:&|and)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    # a breadcrumb glued in the paste: "NewsKelsborough News" ("News" > "Kelsborough News")
    r"|[A-Z][a-z]+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})$"
)
# A second or third kicker of a breadcrumb under a one-word section: "World" / "United Kingdom".
_SUB_KICKER = re.compile(r"^[A-Z][a-z]+\s+[A-Z][a-z]+$")
# "May 10, 2026", "10 May 2026", "5:12 PM · May 10, 2026": an embedded post's date under it.
_POST_DATE = re.compile(
    rf"^(?:\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•|-]\s*)?(?:(?i:{_MONTHS})[a-z]*\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+(?i:{_MONTHS})[a-z]*\.?,?\s+\d{{4}})$"
)
# "New Delhi", "| Suryanagar", "- Mumbai": the place after a wire's name in its byline.
_PLACE_AFTER_OUTLET = re.compile(r"^(?:[|/,•·–—-]\s*)?[A-Z][a-z'’.-]+(?:[ -][A-Z][a-z'’.-]+){0,2}$")
# "Election 2026", "Budget 2026", "World Cup 2026": a section named with its year over the headline.
_YEAR_KICKER = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:19|20)\d{2}$")
# A link headline: 3 to 25 words, no closing full stop, question or exclamation inside or at the end
# other than a headline's final "?"; quotation marks allowed ("... as 'the heart of the valley'"). A
# full stop inside is a two-sentence headline's ("Cyberattacks on hospitals are rising. Here's what
# patients should know", CBC), never one closing the line.
_LINK_HEADLINE = re.compile(r"^(?=(?:\S+\s+){2,24}\S+$)(?:[^\n.!]|\.(?=\s+[A-Z])){10,200}(?:\?|\.\.\.|…)?$")
# "1.2k shares", "214 shares": a tabloid's share counter under a related link.
_SHARE_COUNT = re.compile(r"^\d[\d,.]*k?\s+shares?$", re.IGNORECASE)
# "Published" / "14 July" under a link's headline in a BBC-style "More on this story" list.
_LINK_DATE = re.compile(
    rf"^(?:published|updated|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})[a-z]*(?:\s+\d{{4}})?|(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    r"|\d{1,2}\s+(?:hours?|days?|minutes?|mins?|hrs?)\s+ago)$",
    re.IGNORECASE,
)
# "Share or comment on this article:": the foot of a tabloid's story; the line under it repeats the headline.
_SHARE_OR_COMMENT = re.compile(r"^share or comment on this (?:article|story)\s*:?$", re.IGNORECASE)

_BYLINE_TAIL = re.compile(
    r"^(?:[A-Z][\w&.’'-]*|of|for|and|the|at)(?:\s+(?:[A-Z][\w&.’'-]*|of|for|and|the|at)){0,5}"
    # "Pitchside Sport journalist": the outlet and the writer's job in lower case (BBC-style sites)
    rf"(?:\s+{_JOB})?"
    # "BBC News, Essex", "BBC News NI, Belfast": the outlet and the region the writer files from
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?$"
)
_LAST_WORD = re.compile(r"(\w+)\.$")  # "No." before "3": the word a sentence's full stop ends
_LIST_MARKER = re.compile(r"^(?:\d{1,3}[.)]|[A-Za-z][.)]|[•·▪◦●■*–—-])$")
_TIME_ABBREV = re.compile(r"\b[ap]\.m\.(?=\s+(?P<next>[A-Z][\w’'-]*))")
_ELLIPSIS_BREAK = re.compile(r"…(?=\s+[\"“‘']?[A-Z])")


def _split_sentences(
    text: str,
    paragraphs: list[Paragraph],
    abbrev: Abbreviations,
    extras: _SplitterExtras,
    close_marks: set[int],
    set_aside: dict[int, _Piece],
) -> list[_Piece]:
    """Sentence pieces in text order; quotes stay with their sentence, set-aside stretches stay whole."""
    punkt = _punkt(abbrev)
    out: list[_Piece] = []
    for para in paragraphs:
        start = para.start
        aside = set_aside.get(para.index)
        if aside is not None:
            out.append(aside)
            if aside.end >= para.end:
                continue
            start = aside.end
            while start < para.end and text[start].isspace():
                start += 1
        body = text[start : para.end]
        spans = [[start + a, start + b] for a, b in punkt.span_tokenize(body, realign_boundaries=False)]
        spans = _repair_splits(text, spans, extras)
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
                # Nor does one hold no word ("(We are tired!)." leaves a lone full stop), nor
                # start with the bracketed gloss of a quoted cry ('chanting "Tumechoka!" (We
                # are tired!)': the translation belongs to the sentence that quotes it).
                if (
                    text[span[0]].islower()
                    or not any(ch.isalnum() for ch in text[span[0] : span[1]])
                    or (text[span[0]] == "(" and prev[1] - 1 in close_marks and text[prev[1] - 2 : prev[1] - 1] in ("!", "?"))
                    or _closes_open_bracket(text, prev, span)
                ):
                    prev[1] = span[1]
                    continue
                # "Vice President J.D. Vance": dotted initials that are not a listed
                # abbreviation (Punkt decides those) and stand inside a name (after a
                # capitalised word, or opening the sentence) go on with the next
                # capitalised word, unless it is one that starts sentences.
                # Two initials ("J.D.", "E.J.") are a person's wherever they stand ("met
                # with J.D. Vance"): the dotted two-letter places and bodies (U.S., U.N.,
                # D.C.) are listed abbreviations. Longer runs (F.B.I., A.C.L.U.) can
                # end a sentence, so they join only inside a name.
                # _INITIALS_END needs a capital and a full stop at the end ($ also stands before a final
                # line break); most sentences end in a word and its full stop, and skip the search.
                end = prev[1] - (text[prev[1] - 1] == "\n")
                initials = (_INITIALS_END.search(text, prev[0], prev[1])
                            if text[end - 1 : end] == "." and "A" <= text[end - 2 : end - 1] <= "Z" else None)
                if initials and initials.group().lower().rstrip(".") not in abbrev.abbreviations:
                    before = text[prev[0] : initials.start()].rstrip()
                    two = len(initials.group()) == 4
                    in_name = two or not before or bool(_NAME_WORD_END.search(before))
                    first = _FIRST_WORD.match(text, span[0])
                    if in_name and first and first.group().lower() not in abbrev.sentence_starters:
                        prev[1] = span[1]
                        continue
            merged.append(span)
        out.extend(_Piece(a, b, para.index, None) for a, b in merged)
    return out


def _closes_open_bracket(text: str, prev: list[int], span: list[int]) -> bool:
    """Whether ``span`` closes a bracket left open in ``prev``: "Kami-kami lang (No rescue came. It was just us)"
    is one sentence with its translation, not a break inside the brackets."""
    before = text[prev[0] : prev[1]]
    if before.count("(") <= before.count(")"):
        return False
    here = text[span[0] : span[1]]
    close = here.find(")")
    return close >= 0 and "(" not in here[:close]


def _repair_splits(text: str, spans: list[list[int]], extras: _SplitterExtras) -> list[list[int]]:
    """Undo Punkt's wrong splits and add the ones it misses on news copy."""
    joined: list[list[int]] = []
    for span in spans:
        if joined:
            prev = joined[-1]
            before = text[prev[0] : prev[1]]
            if _LIST_MARKER.match(before.strip()):
                prev[1] = span[1]  # "1. Raise the wage." is one item, not "1." and a sentence
                continue
            if (text[span[0]].isdigit() and (last_word := _LAST_WORD.search(before))
                    and last_word.group(1).lower() in extras.before_numbers):
                prev[1] = span[1]  # "The No. 3 seed": an abbreviation before a number
                continue
            if text.startswith(("'s", "’s"), span[0]) and span[0] == prev[1]:
                prev[1] = span[1]  # "B.C.'s request": a possessive never opens a sentence
                continue
        joined.append(span)
    out: list[list[int]] = []
    for a, b in joined:
        cuts = []
        for m in _TIME_ABBREV.finditer(text, a, b):
            # "at 10 a.m. Police said": a.m. ends the sentence unless the time goes on
            # ("10 a.m. Tuesday", "10 a.m. ET").
            if m.group("next").lower().rstrip(".") not in extras.after_time:
                cuts.append(m.end())
        cuts.extend(m.end() for m in _ELLIPSIS_BREAK.finditer(text, a, b))
        lo = a
        for cut in sorted(cuts):
            out.append([lo, cut])
            lo = cut
            while lo < b and text[lo].isspace():
                lo += 1
        out.append([lo, b])
    return out


# --- which rules can match a text at all ---------------------------------------

# re's own parser (internal to re; read through importlib, which typeshed does not stub): it
# gives the parts of a rule's pattern, from which the literals any match must contain are read.
_re_parser: Any = importlib.import_module("re._parser")
_RE_OP: Any = importlib.import_module("re._constants")
# Text is compared with a rule's literals lower-cased. Under re.IGNORECASE an ASCII letter also
# matches İ (whose str.lower() is two characters), dotless ı and long ſ: those three read as
# i, i and s first, so every character a rule matches lower-cases to the character the rule
# names (checked over every code point when this was written).
_FOLD: dict[int, str | None] = {ord("İ"): "i", ord("ı"): "i", ord("ſ"): "s"}


def _folded(text: str) -> str:
    """``text`` lower-cased as :data:`_FOLD` says, one character for one."""
    return _translate(text, _FOLD).lower()


def _required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased strings one of which is in every text ``pattern`` matches (folded), or None when unknown.

    "^(?:get|download) the [^\\n.]{1,40} app\\.?$" needs " the " or " app" (either
    will do; the longer is kept); a branch needs one of its alternatives' literals;
    a negative lookahead, a class or an optional part needs nothing. Only characters
    that match themselves alone under re.IGNORECASE (ASCII, or uncased) count.
    """
    try:
        parsed = _re_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - re's internals changed: the rule is always tried
        return None
    return _sequence_literals(parsed)


def _sequence_literals(items: Any) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []

    def keep(found: frozenset[str] | None) -> None:
        # Any part's literals are necessary; the most telling are the longest, then the fewest.
        nonlocal best
        if found is not None and (best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    for op, av in items:
        if op is _RE_OP.LITERAL and (av < 128 or chr(av).lower() == chr(av) == chr(av).upper()):
            run.append(chr(av).lower())
            continue
        if run:
            keep(frozenset({"".join(run)}))
            run = []
        if op is _RE_OP.SUBPATTERN:
            keep(_sequence_literals(av[3]))
        elif op is _RE_OP.ATOMIC_GROUP:
            keep(_sequence_literals(av))
        elif op is _RE_OP.ASSERT:  # a lookahead or lookbehind reads the same text
            keep(_sequence_literals(av[1]))
        elif op in (_RE_OP.MAX_REPEAT, _RE_OP.MIN_REPEAT, _RE_OP.POSSESSIVE_REPEAT) and av[0] >= 1:
            keep(_sequence_literals(av[2]))
        elif op is _RE_OP.BRANCH:
            alternatives = [_sequence_literals(b) for b in av[1]]
            if all(alternatives):
                keep(frozenset(lit for a in alternatives if a for lit in a))
    if run:
        keep(frozenset({"".join(run)}))
    return best


_MIN_LITERAL = 3


@dataclass(frozen=True, slots=True)
class _RuleIndex:
    """The rules of one scope by the literals they need (see :func:`_rule_index`)."""

    finder: re.Pattern[str] | None  # at each position of a folded text, the longest literal starting there
    by_literal: dict[str, frozenset[int]]  # the rules that need this literal or one it starts with
    always: frozenset[int]  # the rules that need no known literal


@by_identity(32)
def _rule_index(rules: tuple[BoilerplateRule, ...], scope: str) -> _RuleIndex:
    """The ``scope`` rules (by position in ``rules``) indexed by the literals a match needs.

    Three hundred paragraph rules, most of them scanning the whole line
    ("^[^\\n]{0,400}\\bdonate ..."), cost ~200 µs a paragraph even as one
    alternation; nearly every rule needs a word or a mark
    ("donate", "©", " by "), and a text without it cannot match. One search for
    all the literals at once says which rules are worth trying; the others
    could not have matched, so trying the rest in order picks the same rule.
    Two literals found at one position are one a prefix of the other: the
    finder takes the longest, and ``by_literal`` counts its prefixes too.
    """
    needs = {i: _required_literals(r.pattern) for i, r in enumerate(rules) if r.scope == scope}
    # A literal of one or two characters ("by", ",") is in nearly every text: finding it costs
    # more than trying its rules, which then are always tried.
    needs = {i: n if n is not None and min(map(len, n)) >= _MIN_LITERAL else None for i, n in needs.items()}
    literals = sorted(set().union(*(n for n in needs.values() if n is not None)))
    by_literal: dict[str, frozenset[int]] = {}
    for lit in literals:
        prefixes = {lit[:k] for k in range(1, len(lit) + 1)}
        by_literal[lit] = frozenset(i for i, n in needs.items() if n is not None and not prefixes.isdisjoint(n))
    always = frozenset(i for i, n in needs.items() if n is None)
    return _RuleIndex(_longest_literal(literals) if literals else None, by_literal, always)


_Trie = dict[str, "_Trie"]  # a literal's next character -> the rest ("" marks where one ends)


def _longest_literal(literals: list[str]) -> re.Pattern[str]:
    """A regex that finds, at every position, the longest of ``literals`` starting there (a trie, greedy)."""
    trie: _Trie = {}
    for lit in literals:
        node = trie
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        # The children start with different characters, so at most one goes on; a literal
        # that ends here is the fallback when none of the longer ones does.
        parts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(f"(?=({branch(trie)}))")


def _candidate_rules(index: _RuleIndex | None, text: str, count: int) -> list[int]:
    """The positions of the rules that can match ``text``, in order (every position when there is no index)."""
    if index is None:
        return list(range(count))
    found = set(index.finder.findall(_folded(text))) if index.finder is not None else set()
    chosen = set(index.always)
    for lit in found:
        chosen |= index.by_literal[lit]
    return sorted(chosen)


def _rule_reason(
    sentence: str, rules: BoilerplateRules, *, paragraph: int, where: tuple[str, ...], top: int = TOP_PARAGRAPHS
) -> str | None:
    for i in _candidate_rules(_rule_index(rules.rules, "sentence"), sentence, len(rules.rules)):
        rule = rules.rules[i]
        if rule.scope != "sentence" or rule.where not in where:
            continue
        if rule.where == "top" and paragraph >= top:
            continue
        if rule.pattern.search(sentence):
            return rule.reason
    return None


def _set_aside_boilerplate(
    text: str, pieces: list[_Piece], rules: BoilerplateRules, *, top: int = TOP_PARAGRAPHS
) -> tuple[list[Sentence], list[Boilerplate]]:
    reasons: list[str | None] = [
        p.reason or _rule_reason(text[p.start : p.end], rules, paragraph=p.paragraph, where=("anywhere", "top"), top=top)
        for p in pieces
    ]
    # Author bios, contact and credit lines count only in the closing run of the article.
    tagish = [p.reason is None and _TAG_LINE.match(text[p.start : p.end]) is not None for p in pieces]
    for k in range(len(pieces) - 1, -1, -1):
        p = pieces[k]
        reason = reasons[k] or _rule_reason(text[p.start : p.end], rules, paragraph=p.paragraph, where=("end",))
        here = text[p.start : p.end]
        if reason is None and k + 1 < len(pieces) and reasons[k + 1] == "author bio" and _BARE_NAME.match(here) \
                and text[pieces[k + 1].start : pieces[k + 1].end].startswith(here + " "):
            # "Priya Castellanos" / "Priya Castellanos is a markets reporter at ...": the bio box's name
            reason = "author bio"
        if reason is None and tagish[k]:
            # "Coinvale" / "Bankruptcy" / "Hacks": three or more tag lines with no label, in the closing run
            lo = hi = k
            while lo > 0 and tagish[lo - 1]:
                lo -= 1
            while hi + 1 < len(pieces) and tagish[hi + 1]:
                hi += 1
            if hi - lo >= 2:
                reason = "site furniture"
        if reason is None and k > 0 and pieces[k - 1].paragraph == p.paragraph and _BIO_MORE.match(text[p.start : p.end]):
            # "Jane Roe is a staff writer at The Federalist. Her work has also appeared in ...": the
            # bio's next sentence, only right after a bio sentence in the same paragraph
            prev = pieces[k - 1]
            if _rule_reason(text[prev.start : prev.end], rules, paragraph=prev.paragraph, where=("end",)) == "author bio":
                reason = "author bio"
        if reason is None:
            break
        reasons[k] = reason
    sentences: list[Sentence] = []
    boiler: list[Boilerplate] = []
    for p, reason in zip(pieces, reasons):
        a, b = p.start, p.end
        if reason is None:
            sentences.append(Sentence(len(sentences), a, b, text[a:b], p.paragraph))
            continue
        last = boiler[-1] if boiler else None
        if last is not None and last.reason == reason and text[last.end : a].strip() == "" and "\n" not in text[last.end : a]:
            boiler[-1] = Boilerplate(last.start, b, text[last.start : b], reason)
        else:
            boiler.append(Boilerplate(a, b, text[a:b], reason))
    return sentences, boiler
