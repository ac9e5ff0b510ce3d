"""Tone: VADER sentiment per sentence and per article, split by voice.

This module owns sentiment. It scores every content sentence with VADER
(Hutto and Gilbert 2014, the ``vaderSentiment`` package, which ships its own
lexicon, so nothing is downloaded) and splits each sentence into the words the
outlet quotes (direct and partial quotes) and the words it writes itself (the
narrator), because an article can sound angry only through the people it
quotes. It also reports the tone of the sentences that mention the people
involved (the mentions found by ``framing.naming``). VADER was built for short
social-media text; on news it reads loaded words ("horrifying", "terrorizing")
well and irony and negated context poorly, so the report shows the sentences
behind every mean.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from framing.errors import LexiconError
from framing.lexicons import lexicon_path, read_lexicon
from framing.model import Document, Sentence
from framing.prepare import DOUBLE_MARKS, SINGLE_MARKS

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

# VADER's own recommended cut-offs for calling a text positive or negative.
POSITIVE = 0.05
NEGATIVE = -0.05
# Quote kinds whose words belong to the speaker; a scare quote is the
# outlet's own word held at a distance, so it stays with the narrator.
QUOTED_KINDS = frozenset({"direct", "partial"})
_WORD = re.compile(r"[^\W_]")
# Whole words as a regex's \b sees them (the words of the neutral senses are such words).
_WORDS = re.compile(r"\w+")
# A rated word: letters or digits, hyphenated parts allowed ("force-fed", "stand-off"): VADER
# keeps a hyphenated token whole and looks it up as it is.
_RATED_WORD = re.compile(r"\w+(?:-\w+)*")


class QuoteLike(Protocol):
    """What tone needs from a quote: its span and its kind."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...


class MentionLike(Protocol):
    """What tone needs from a mention of a person: its span."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class SentenceTone:
    """VADER scores of one sentence; ``narrator``/``quoted`` score each voice's words.

    ``narrator`` or ``quoted`` is None when the sentence has no words in that
    voice; ``people`` is True when the sentence mentions a person involved.
    """

    sentence: int
    compound: float
    positive: float
    neutral: float
    negative: float
    narrator: float | None
    quoted: float | None
    people: bool


@dataclass(frozen=True, slots=True)
class VoiceTone:
    """The tone of one voice in an article: mean compound and the sentences behind it.

    ``voice`` is ``"all"``, ``"narrator"``, ``"quoted"`` or ``"people"``;
    ``segments`` counts the sentences with words in that voice; ``mean`` is
    None when there are none. ``positive``/``negative``/``neutral`` list the
    sentence indices whose compound for this voice is above 0.05, below -0.05,
    or in between.
    """

    voice: str
    segments: int
    mean: float | None
    positive: tuple[int, ...]
    negative: tuple[int, ...]
    neutral: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Tone:
    """An article's tone: every sentence, and the means overall and by voice."""

    article: str
    mean: float | None
    sentences: tuple[SentenceTone, ...]
    overall: VoiceTone
    narrator: VoiceTone
    quoted: VoiceTone
    people: VoiceTone


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    # VADER lacks the slang labels of contempt news uses for people ("thugs", "crims",
    # "grubs"); lexicons/tone.yaml's `rated` words join its lexicon (its own instance only).
    analyzer.lexicon.update(load_neutral_senses().rated)
    # VADER rates a few figures as text-speak ("143" I love you, "182" I hate you, "187" murder,
    # "86" get rid of); in news a bare number is a count ("The manifest listed 182 passengers").
    for key in [k for k in analyzer.lexicon if k.isdigit()]:
        del analyzer.lexicon[key]
    return analyzer


@lru_cache(maxsize=1)
def _scorer() -> SentimentIntensityAnalyzer:
    """A second VADER sharing :func:`_analyzer`'s lexicon, whose negation check lowers only the words it reads.

    VADER's own check lowers every word of the text for each of the three words
    before every rated word; :func:`_analyzer` stays VADER as published, so
    tests can hold :func:`_vader_scores` to it.
    """
    import copy

    scorer = copy.copy(_analyzer())  # shallow: the same lexicon and emoji dicts
    scorer._negation_check = _negation_check
    return scorer


def _negation_check(valence: float, words: list[str], start_i: int, i: int) -> float:
    """VADER's ``SentimentIntensityAnalyzer._negation_check``, lowering only the words it compares.

    ``start_i`` is 0, 1 or 2 and ``i > start_i`` (VADER's only call), so every
    index below is a word at or after the first, as in VADER.
    """
    from vaderSentiment.vaderSentiment import N_SCALAR, negated

    if start_i == 0:
        if negated([words[i - 1].lower()]):  # 1 word preceding lexicon word (w/o stopwords)
            valence = valence * N_SCALAR
    if start_i == 1:
        two, one = words[i - 2].lower(), words[i - 1].lower()
        if two == "never" and (one == "so" or one == "this"):
            valence = valence * 1.25
        elif two == "without" and one == "doubt":
            pass
        elif negated([two]):  # 2 words preceding the lexicon word position
            valence = valence * N_SCALAR
    if start_i == 2:
        three, two, one = words[i - 3].lower(), words[i - 2].lower(), words[i - 1].lower()
        if three == "never" and (two == "so" or two == "this") or (one == "so" or one == "this"):
            valence = valence * 1.25
        elif three == "without" and (two == "doubt" or one == "doubt"):
            pass
        elif negated([three]):  # 3 words preceding the lexicon word position
            valence = valence * N_SCALAR
    return valence


def _vader_scores(text: str) -> dict[str, float]:
    """VADER's ``polarity_scores`` of ``text``, the same numbers for less work.

    VADER walks the text character by character for emoji and calls its
    valence rules on every word; without an emoji the walk leaves the text as
    it is, and a word its lexicon lacks (or a booster, or "kind" before "of")
    gets valence 0 from those rules, so only rated words go through them.
    """
    scorer = _scorer()
    if not _emoji_chars().isdisjoint(text):
        return scorer.polarity_scores(text)  # type: ignore[no-any-return]
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    text = text.strip()
    sentitext = SentiText(text)
    words = sentitext.words_and_emoticons
    lexicon = scorer.lexicon
    valence = scorer.sentiment_valence
    last = len(words) - 1
    sentiments: list[float] = []
    for i, item in enumerate(words):
        low = item.lower()
        kind_of = low == "kind" and i < last and words[i + 1].lower() == "of"
        if low in lexicon and low not in BOOSTER_DICT and not kind_of:
            sentiments = valence(0, sentitext, item, i, sentiments)
        else:
            sentiments.append(0)
    return scorer.score_valence(scorer._but_check(words, sentiments), text)  # type: ignore[no-any-return]


# What a word read as neutral becomes before VADER scores the text: a word
# VADER does not rate, so the sentence's other words keep their weight. The
# hidden word is kept after the prefix ("fire broke out" -> "fire itembroke
# out"), so a later phrase that expects that word still reads it, and one that
# expects another does not: "<fire> safety" must not take "itembroke" for its
# "safety".
_PLACEHOLDER = "item"


def _hidden(word: str) -> str:
    """The placeholder ``word`` becomes once hidden (one unrated token, letters and digits)."""
    return _PLACEHOLDER + word.casefold()
# What "@" stands for in a `names` phrase: a word written with a capital.
_CAPITALISED = r"[A-Z][\w'\u2019\-]*"
# One capitalised word, as a `surnames` entry is written.
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
# What "#" stands for in a phrase: a figure, with a currency sign or code before it
# ("$2", "A$1.2", "£40,000") and a magnitude glued after it ("$2bn", "£40m", "Rs 5cr");
# a per cent sign after it stays outside ("2.4%").
_FIGURE = r"(?:[A-Z]{0,3}[$\u00a3\u20ac\u00a5\u20b9])?\d[\d,.]*(?:bn|mn|tn|cr|m|b|k)?"


class _LazyPatterns(Mapping[str, "re.Pattern[str]"]):
    """Word -> compiled pattern, each compiled the first time a text holds the word.

    The tone lexicon's ~1,500 phrases make ~900 patterns; compiling them all took
    about 0.2 s of every command's first analysis, though an article holds a few
    dozen of the words. The sources are built from escaped words, so they always
    compile; the lexicon's errors are all found when it is read.
    """

    __slots__ = ("_sources", "_compiled")

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, word: str) -> re.Pattern[str]:
        pattern = self._compiled.get(word)
        if pattern is None:
            pattern = self._compiled[word] = re.compile(self._sources[word])
        return pattern

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def __eq__(self, other: object) -> bool:  # equal sources, without compiling them
        return self._sources == other._sources if isinstance(other, _LazyPatterns) else super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, as a dict is


@dataclass(frozen=True, slots=True)
class NeutralSenses:
    """The phrases of ``lexicons/tone.yaml`` in which a VADER word carries no sentiment.

    ``words`` are the words to neutralise, case-folded; ``by_word`` holds, for
    each, the phrases it stands in, with one group per phrase around the word.
    A text runs only the phrases of the words it holds: one alternation of
    every phrase would cost a scan per phrase at every position.
    """

    words: frozenset[str]
    by_word: Mapping[str, re.Pattern[str]]
    # Function words of other languages (``other_languages``), and the English ones
    # whose presence keeps a stretch of text English (``english``).
    foreign: frozenset[str] = frozenset()
    english: frozenset[str] = frozenset()
    # Words VADER does not rate, with the valence they get (``rated``: slang of contempt).
    rated: dict[str, float] = field(default_factory=dict)
    # The last (or first) words of a body's name ("Network", "Alliance", "Party"), case-folded,
    # and the pattern of a capitalised name built on one (``name_heads``; see :func:`_hide_names`).
    heads: frozenset[str] = frozenset()
    body_name: re.Pattern[str] | None = None


def _phrase_regex(where: str, key: str, phrase: object, *, cased: bool) -> tuple[str, str]:
    """One phrase as a regex with its <word> in a group, and that word case-folded."""
    if not isinstance(phrase, str) or not phrase.strip():
        raise LexiconError(f"{where}: {key} items must be phrases like 'tested <positive>', got {phrase!r}")
    words = phrase.split()
    targets = [w for w in words if len(w) > 2 and w.startswith("<") and w.endswith(">")]
    if len(targets) != 1:
        raise LexiconError(
            f"{where}: {key} phrase {phrase!r} must put exactly one word in <angle brackets>, like 'tested <positive>'"
        )
    if "@" in words and not cased:
        raise LexiconError(f"{where}: {key} phrase {phrase!r} uses '@' (any capitalised word), which only 'names' allow")
    parts = []
    for w in words:
        if w is targets[0]:
            parts.append("(" + re.escape(w[1:-1]) + ")")
        elif w == "@":
            # Any capitalised word: the rest of a person's name ("Justice <Amina>").
            parts.append(_CAPITALISED)
        elif w == "#":
            # Any figure: a market's move ("lost 2.4%") or a sum ("worth $2 billion").
            parts.append(_FIGURE)
        elif w.endswith("*"):
            # A word it begins, or that word already hidden ("<punitive> award*" after "awards" is).
            parts.append(f"(?:{re.escape(w[:-1])}|{re.escape(_hidden(w[:-1]))})" + r"[\w'\-]*")
        elif w.startswith("*") and len(w) > 1:
            # Any word ending so: a group named by its members ("*s' <strike>": "pilots' strike"),
            # with either apostrophe.
            parts.append(r"[\w'\u2019\-]*" + re.escape(w[1:]).replace("'", "['\u2019]"))
        else:
            # A word another phrase has already hidden stands as the placeholder, so
            # "punitive damages" hides both words whichever phrase runs first.
            parts.append(f"(?:{re.escape(w)}|{re.escape(_hidden(w))})")
    # Words of a phrase are apart by spaces or by a hyphen ("Oscar-winning",
    # "free-market"), so one entry covers both spellings.
    body = r"\b" + r"(?:\s+|\s*[-\u2010\u2011]\s*)".join(parts) + r"\b"
    return (body if cased else f"(?i:{body})"), targets[0][1:-1].casefold()


@lru_cache(maxsize=4)
def load_neutral_senses(path: str | None = None) -> NeutralSenses:
    """Load and compile ``lexicons/tone.yaml`` (or the file at ``path``)."""
    resolved = lexicon_path(path if path is not None else "tone")
    data = read_lexicon(resolved)
    where = str(resolved)
    per_word: dict[str, list[str]] = {}
    for key, cased in (("neutral", False), ("names", True)):
        items = data.get(key) or []
        if not isinstance(items, list):
            raise LexiconError(f"{where}: entry {key!r} must be a list of phrases like 'tested <positive>'")
        for phrase in items:
            regex, word = _phrase_regex(where, key, phrase, cased=cased)
            per_word.setdefault(word, []).append(regex)
    # Surnames and place names that VADER rates as virtues ("Ms Grant", "Amanda Hope", "Mount
    # Pleasant"): after another capitalised word, the word is a name.
    surnames = data.get("surnames") or []
    if not isinstance(surnames, list) or not all(isinstance(w, str) and _CAPITALISED_WORD.fullmatch(w) for w in surnames):
        raise LexiconError(f"{where}: entry 'surnames' must be a list of capitalised words, like [Grant, Hope]")
    for name in surnames:
        regex, word = _phrase_regex(where, "surnames", f"@ <{name}>", cased=True)
        per_word.setdefault(word, []).append(regex)
    if not per_word:
        raise LexiconError(f"{where}: list at least one phrase under 'neutral' or 'names'")
    odd = sorted(w for w in per_word if not _WORDS.fullmatch(w))
    if odd:
        raise LexiconError(f"{where}: the word in <angle brackets> must be letters or digits only, got {odd[0]!r}")
    foreign, english = _language_words(where, data)
    heads = data.get("name_heads") or []
    if not isinstance(heads, list) or not all(isinstance(h, str) and _WORDS.fullmatch(h) for h in heads):
        raise LexiconError(f"{where}: entry 'name_heads' must be a list of capitalised words, like [Network, Alliance]")
    return NeutralSenses(
        frozenset(per_word),
        _LazyPatterns({w: "|".join(rs) for w, rs in per_word.items()}),
        foreign,
        english,
        _rated_words(where, data),
        frozenset(h.casefold() for h in heads),
        _body_name_regex(heads) if heads else None,
    )


# The small words a name may hold between its capitalised words (``_CAPITALISED``).
_NAME_LINK = r"(?:\s+(?:and|&|of|for|on|against|the)\s+|\s+)"


def _body_name_regex(heads: Sequence[str]) -> re.Pattern[str]:
    """A capitalised name of a body: words before a head ("Safe Streets Network", "Defense
    Ministry", "Peace and Reconciliation Commission") or after one ("Coalition for Fair Wages",
    "Department of Health and Wellness")."""
    head = "(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + ")"
    before = rf"{_CAPITALISED}(?:{_NAME_LINK}{_CAPITALISED}){{0,4}}\s+{head}\b"
    after = rf"\s+(?:for|of|on|against)\s+(?:the\s+)?{_CAPITALISED}(?:{_NAME_LINK}{_CAPITALISED}){{0,3}}"
    # "The Coalition for Fair Wages": a head after capitalised words may still take its tail.
    return re.compile(rf"\b(?:{before}(?:{after})?|{head}{after})")


def _hide_names(text: str, senses: NeutralSenses) -> str:
    """``text`` with the rated words inside the capitalised name of a body replaced by a placeholder.

    A name is no feeling: "Safe Harbor Survivors Network", "Hope Alliance", "Freedom Party",
    "Meridian Crisis Institute". Only a run of capitalised words built on a head word of
    ``name_heads`` is a name, so "Hope is fading" keeps its hope.
    """
    pattern = senses.body_name
    if pattern is None:
        return text
    lexicon = _analyzer().lexicon

    def hide(m: re.Match[str]) -> str:
        return _WORDS.sub(
            lambda w: _hidden(w.group(0)) if w.group(0)[:1].isupper() and w.group(0).casefold() in lexicon else w.group(0),
            m.group(0),
        )

    return pattern.sub(hide, text)


def _rated_words(where: str, data: dict[str, object]) -> dict[str, float]:
    """The ``rated`` words (case-folded) and their valences on VADER's scale, -4 to 4."""
    rated = data.get("rated") or {}
    if not isinstance(rated, dict):
        raise LexiconError(f"{where}: entry 'rated' must map a word to a valence from -4 to 4, like {{thugs: -2.3}}")
    out: dict[str, float] = {}
    for word, value in rated.items():
        if not isinstance(word, str) or not _RATED_WORD.fullmatch(word):
            raise LexiconError(
                f"{where}: rated word {word!r} must be one word of letters or digits (hyphens may join its parts), "
                "like thugs or force-fed"
            )
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not -4 <= value <= 4:
            raise LexiconError(f"{where}: rated word {word!r} needs a valence from -4 to 4, got {value!r}")
        out[word.casefold()] = float(value)
    return out


def _language_words(where: str, data: dict[str, object]) -> tuple[frozenset[str], frozenset[str]]:
    """The ``other_languages`` function words (all languages together) and the ``english`` ones, case-folded."""
    langs = data.get("other_languages") or {}
    if not isinstance(langs, dict):
        raise LexiconError(f"{where}: entry 'other_languages' must map a language to a list of its words, like "
                           "{spanish: [el, la, que]}")
    foreign: set[str] = set()
    for lang, words in langs.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise LexiconError(f"{where}: other_languages entry {lang!r} must be a list of words, like [el, la, que]")
        foreign.update(w.strip().casefold() for w in words)
    english = data.get("english") or []
    if not isinstance(english, list) or not all(isinstance(w, str) and w.strip() for w in english):
        raise LexiconError(f"{where}: entry 'english' must be a list of English function words, like [the, and, of]")
    eng = frozenset(w.strip().casefold() for w in english)
    both = sorted(foreign & eng)
    if both:
        raise LexiconError(f"{where}: {both[0]!r} is listed both under 'english' and 'other_languages'; keep it in one")
    return frozenset(foreign), eng


# A stretch of text between punctuation marks, quote marks and brackets: a quoted line in
# another language and its translation beside it fall in different stretches.
_STRETCH = re.compile(r"[^,.;:!?()\[\]\"\u201c\u201d\u00ab\u00bb\u2013\u2014]+")


def other_language_spans(text: str, senses: NeutralSenses | None = None) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets of the stretches of ``text`` written in another language than English.

    A stretch (text between punctuation marks, quote marks and brackets) is in
    another language when at least two of its words, and a third of them, are
    function words of ``other_languages`` in ``lexicons/tone.yaml`` and none is
    an ``english`` function word: "Nadie se va a quedar sin techo" is, its
    translation in brackets and "Pride is a sin" are not.
    """
    senses = senses if senses is not None else load_neutral_senses()
    out = []
    for m in _STRETCH.finditer(text):
        words = _WORDS.findall(m.group(0).casefold())
        marked = sum(1 for w in words if w in senses.foreign)
        if marked >= 2 and 3 * marked >= len(words) and senses.english.isdisjoint(words):
            out.append((m.start(), m.end()))
    return tuple(out)


def _hide_other_languages(text: str, senses: NeutralSenses) -> str:
    """``text`` with the rated words of its stretches in another language replaced by a placeholder.

    VADER would read Spanish "sin" as a sin and "no" as a negation; the
    translation beside the quote is scored instead.
    """
    spans = other_language_spans(text, senses)
    if not spans:
        return text
    lexicon = _analyzer().lexicon
    out: list[str] = []
    pos = 0
    for a, b in spans:
        out.append(text[pos:a])
        out.append(_WORDS.sub(lambda w: _hidden(w.group(0)) if w.group(0).casefold() in lexicon else w.group(0), text[a:b]))
        pos = b
    out.append(text[pos:])
    return "".join(out)


def neutralise(text: str, senses: NeutralSenses | None = None) -> str:
    """``text`` with each word of a neutral sense ("tested <positive>") replaced by a word VADER does not rate."""
    senses = senses if senses is not None else load_neutral_senses()
    # Most texts hold none of the words: skip the patterns then. One split into
    # whole words and a set lookup find them ("well" in "Wellington" does not
    # count); an alternation of every word, tried at every position, cost three
    # times as much once the list passed 40 words.
    found = set(_WORDS.findall(text.casefold()))
    # Two function words of another language are needed before any stretch is looked at.
    if len(senses.foreign.intersection(found)) >= 2:
        hidden = _hide_other_languages(text, senses)
        if hidden is not text:
            text = hidden
            found = set(_WORDS.findall(text.casefold()))
    # A body's name hides its rated words ("Safe Streets Network"): only texts naming a head word.
    if not senses.heads.isdisjoint(found):
        named = _hide_names(text, senses)
        if named != text:
            text = named
            found = set(_WORDS.findall(text.casefold()))
    spotted = senses.words.intersection(found)
    if not spotted:
        return text

    def swap(m: re.Match[str]) -> str:
        k = m.lastindex or 0
        base = m.start()
        whole = m.group(0)
        return whole[: m.start(k) - base] + _hidden(m.group(k)) + whole[m.end(k) - base :]

    for word in sorted(spotted):
        text = senses.by_word[word].sub(swap, text)
    return text


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    """The single characters VADER replaces by a description before scoring."""
    return frozenset(e for e in _analyzer().emojis if len(e) == 1)


def _no_valence(text: str) -> bool:
    """Whether VADER would find no word of its lexicon in ``text`` (so it scores it neutral).

    Only a lexicon word gives VADER a non-zero valence (boosters, negations,
    "but" and punctuation only scale one), so such a text always scores
    compound 0, neu 1. This mirrors VADER's own tokens (``SentiText``: split
    on whitespace, strip punctuation unless two or fewer characters remain)
    to skip the full scorer, which costs ~0.3 ms, on the many plain sentences
    of news text. Texts with an emoji go to VADER, which rewrites them first.
    """
    if not _emoji_chars().isdisjoint(text):
        return False
    lexicon = _analyzer().lexicon
    for token in text.split():
        stripped = token.strip(string.punctuation)
        if (token if len(stripped) <= 2 else stripped).lower() in lexicon:
            return False
    return True


# Every quote mark preparation knows (its DOUBLE_MARKS and SINGLE_MARKS), and the prime and
# modifier letter pasted for an apostrophe, as the ASCII mark VADER reads.
_ASCII_MARKS = str.maketrans({**dict.fromkeys(DOUBLE_MARKS, '"'), **dict.fromkeys(SINGLE_MARKS + "′ʼ", "'")})


def polarity(text: str) -> dict[str, float]:
    """VADER's scores of ``text``: ``compound`` in [-1, 1] and ``pos``/``neu``/``neg`` shares.

    Words in the neutral senses of ``lexicons/tone.yaml`` are not scored.
    """
    # VADER strips only ASCII punctuation from its tokens and knows only ASCII negations ("don't"):
    # a word against a typographic quote mark ("“Terrible") or a curly negation ("aren’t") would go
    # unread. Published news sets its quotes and apostrophes in curly marks, so read them as ASCII
    # (one character for one: offsets and neutral phrases keep their places).
    text = text.translate(_ASCII_MARKS)
    if not _WORD.search(text) or _no_valence(text):
        return {"compound": 0.0, "pos": 0.0, "neu": 1.0, "neg": 0.0}
    # A rated word in a neutral sense ("tested positive", "the United States")
    # is hidden from VADER; the text may then have no rated word left.
    hidden = neutralise(text)
    if hidden is not text:
        text = hidden
        if _no_valence(text):
            return {"compound": 0.0, "pos": 0.0, "neu": 1.0, "neg": 0.0}
    scores = _vader_scores(text)
    return {k: float(scores[k]) for k in ("compound", "pos", "neu", "neg")}


def _quoted_pieces(sentence: Sentence, quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``sentence`` inside quotes, merged and in order."""
    pieces = sorted(
        (max(a, sentence.start), min(b, sentence.end))
        for a, b in quotes
        if a < sentence.end and b > sentence.start
    )
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def split_voices(doc: Document, sentence: Sentence, quotes: Sequence[QuoteLike]) -> tuple[str, str]:
    """A sentence's narrator text and quoted text (direct and partial quotes), each joined by spaces."""
    return _split(doc, sentence, _quoted_spans(quotes))


def _quoted_spans(quotes: Sequence[QuoteLike]) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in quotes if q.kind in QUOTED_KINDS]


def _split(doc: Document, sentence: Sentence, spans: Sequence[tuple[int, int]]) -> tuple[str, str]:
    pieces = _quoted_pieces(sentence, spans)
    quoted = " ".join(doc.text[a:b] for a, b in pieces)
    gaps = []
    pos = sentence.start
    for a, b in pieces:
        gaps.append(doc.text[pos:a])
        pos = b
    gaps.append(doc.text[pos : sentence.end])
    narrator = " ".join(g.strip() for g in gaps if g.strip())
    return narrator, quoted


def _voice(name: str, scores: Sequence[tuple[int, float]]) -> VoiceTone:
    values = [c for _, c in scores]
    return VoiceTone(
        voice=name,
        segments=len(values),
        mean=round(sum(values) / len(values), 4) if values else None,
        positive=tuple(s for s, c in scores if c >= POSITIVE),
        negative=tuple(s for s, c in scores if c <= NEGATIVE),
        neutral=tuple(s for s, c in scores if NEGATIVE < c < POSITIVE),
    )


def tone(
    doc: Document, quotes: Sequence[QuoteLike] = (), mentions: Sequence[MentionLike] = ()
) -> Tone:
    """Score each sentence with VADER and average by article, by voice and over sentences naming people."""
    mention_starts = sorted(m.start for m in mentions)
    spans = _quoted_spans(quotes)
    # A sentence without quotes is its own narrator text, and a quote spread over
    # two sentences is often one sentence's whole text: score each text of this
    # document once (the dict lives for this call only).
    scored: dict[str, dict[str, float]] = {}

    def score(text: str) -> dict[str, float]:
        got = scored.get(text)
        if got is None:
            got = scored[text] = polarity(text)
        return got

    rows: list[SentenceTone] = []
    for s in doc.sentences:
        whole = score(s.text)
        narrator_text, quoted_text = _split(doc, s, spans)
        narrator = score(narrator_text)["compound"] if _WORD.search(narrator_text) else None
        quoted = score(quoted_text)["compound"] if _WORD.search(quoted_text) else None
        # Any mention starting inside the sentence: the first start at or after its start.
        k = bisect_left(mention_starts, s.start)
        people = k < len(mention_starts) and mention_starts[k] < s.end
        rows.append(
            SentenceTone(
                sentence=s.index,
                compound=whole["compound"],
                positive=whole["pos"],
                neutral=whole["neu"],
                negative=whole["neg"],
                narrator=narrator,
                quoted=quoted,
                people=people,
            )
        )
    overall = _voice("all", [(r.sentence, r.compound) for r in rows])
    return Tone(
        article=doc.article.id,
        mean=overall.mean,
        sentences=tuple(rows),
        overall=overall,
        narrator=_voice("narrator", [(r.sentence, r.narrator) for r in rows if r.narrator is not None]),
        quoted=_voice("quoted", [(r.sentence, r.quoted) for r in rows if r.quoted is not None]),
        people=_voice("people", [(r.sentence, r.compound) for r in rows if r.people]),
    )


__all__ = [
    "MentionLike",
    "NeutralSenses",
    "QuoteLike",
    "SentenceTone",
    "Tone",
    "VoiceTone",
    "load_neutral_senses",
    "neutralise",
    "other_language_spans",
    "polarity",
    "split_voices",
    "tone",
]
