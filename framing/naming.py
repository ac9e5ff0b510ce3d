"""Naming: how an article names the people involved, in its own voice and in quotes.

This module owns the naming lexicon (``lexicons/naming.yaml``: topics,
categories, terms, exclusions, style guidance), the matcher that finds every
mention of a lexicon term in a prepared :class:`~framing.model.Document`, the
split of each mention by voice (``narrator``: the outlet's own words, indirect
speech included; ``quoted``: inside a speaker's direct or partial quote), the
per-article figures (counts and rates per category and voice, first term, the
terms of the lede), the side-by-side table across articles, the KWIC
concordance, and the discovery of people-naming phrases the lexicon lacks.

A word several topics share ("organizer": protest or labour) and the generic
words ("workers", "residents", "those arrested") are filed under the main
topic: of the event when its articles are matched together
(:func:`find_event_mentions`, what the comparison does, so outlets side by
side agree), of the article when it is matched alone (:func:`find_mentions`).

A mention's span is the naming phrase as the lexicon gives it ("illegal
workers" in "two married illegal workers"): determiners, numbers and outer
modifiers are left out so counts stay comparable; discovery reports the fuller
phrases for review. A term inside a *scare* quote (the outlet prints a word
while distancing itself from it) is the narrator's choice, so it counts as
``narrator`` with ``scare=True``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol

from framing._memo import by_identity
from framing.errors import LexiconError
from framing.lexicons import lexicon_path, read_lexicon
from framing.model import Document, Sentence

Voice = Literal["narrator", "quoted"]
SortKey = Literal["term", "position", "left", "right"]

MAX_GAP = 3
_NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_PATTERN_WORD_RE = re.compile(r"^[a-z0-9'.\-]+$")
_TERM_KEYS = frozenset(
    {"term", "forms", "inflect", "gap", "followed_by", "not_followed_by", "not_preceded_by", "fallback", "note", "only_in",
     "sense", "borrowed", "unless"}
)
# The topic a generic category's mentions are filed under when the article
# (or event) names nobody in a topic's own words: "people" in a flood story
# claims no topic. A lexicon may not name a topic so.
GENERAL_TOPIC = "general"
_CATEGORY_KEYS = frozenset({"rationale", "guidance", "notes", "sources", "terms", "generic", "emphasis", "occupation"})
# What a category's words do in a summary (``emphasis:`` in the lexicon): ``loaded`` words carry a judgement
# and lead it (a loaded word an outlet uses only inside quotes is pointed out); ``status`` words are the neutral
# choice a reader weighs against them ("undocumented immigrants" against "illegal aliens") and lead it too;
# ``peripheral`` words name the people around the central ones (their children, their families) and come last.
EMPHASES = ("loaded", "status", "peripheral")
_TOPIC_KEYS = frozenset({"description", "people_heads", "categories", "exclusions"})
_EXCLUSION_KEYS = frozenset({"term", "before", "after", "reason"})
_HYPHENS = str.maketrans("", "", "-\u2010\u2011\u2012\u2013")

# Irregular plurals that occur in names for people; the rest follow the rules
# in _plural.
_IRREGULAR = {
    "person": "people",
    "child": "children",
    "man": "men",
    "woman": "women",
    "wife": "wives",
    "businessman": "businessmen",
    "policeman": "policemen",
    "congressman": "congressmen",
    "fisherman": "fishermen",
    "foreman": "foremen",
}

_MAN_NOT_COMPOUND = frozenset({"human", "german", "roman", "shaman", "talisman", "ottoman", "caiman", "cayman"})

# British -ise/-isation, -our, -yse and -tre endings and their American
# spellings (see _spelling). Each ending only at the end of the word, after a
# stem of three letters or more.
_SPELLING_RE = re.compile(
    r"(?<=[a-z]{3})(?:is(?=(?:e|es|ed|ing|er|ers|ation|ations)$)|ys(?=(?:e|es|ed|ing|er|ers)$)"
    r"|our(?=(?:s|ed|ing|er|ers|ite|ites|able|ably|ful|less|hood|hoods)?$)|tre(?=s?$))"
)
_AMERICAN = {"is": "iz", "ys": "yz", "our": "or", "tre": "ter"}


class QuoteLike(Protocol):
    """What naming needs from a quote (``framing.quotes.Quote`` satisfies it)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...


# --------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True)
class Term:
    """A lexicon term: its canonical text, where it belongs and how it matches."""

    text: str
    topic: str
    category: str
    forms: tuple[str, ...]
    inflect: bool = True
    gap: int = 0
    followed_by: str | None = None
    not_followed_by: tuple[str, ...] = ()
    not_preceded_by: tuple[str, ...] = ()
    # A shared word ("survivor") whose topics all lack words of their own in
    # the story goes to the topic whose term says ``fallback: true`` instead of
    # the first in lexicon order: survivors of a shipwreck in a migration
    # story, or of a car crash in a story no topic claims, are a disaster's.
    fallback: bool = False
    note: str | None = None
    # Words that name the people involved only in some stories ("scientists"
    # in a climate story; the experts quoted in a crime or court story are not
    # whom it is about): the term counts only when the main topic of the event
    # (or article) is one of these, and it never chooses the topic. Empty: any.
    only_in: tuple[str, ...] = ()
    # A word this topic shares with others ("evacuees": a storm's or a war's)
    # counts as this topic's own when ranking topics in an article whose text
    # matches this pattern anywhere: news names the kind of event ("the
    # typhoon", "the floods") once in a few paragraphs, rarely in the sentence
    # that names the people. Filing still follows the main topic.
    sense: str | None = None
    # A word another topic owns ("gunman": crime's), lent to this topic only
    # where its ``sense`` matches (a story about gun laws). Without the flag a
    # second copy would make the word shared and take it from its owner's
    # count in every story; borrowed, the owner keeps it as its own, and the
    # copy is never filed first when its topic has no words in the story.
    borrowed: bool = False
    # A sense of the word that holds for a whole article: the term does not
    # count anywhere in an article whose text matches this pattern (protest's
    # "mob" in an article that says "our mob", the First Nations self-name,
    # where a bare "Mob slam ..." headline names the same community).
    unless: str | None = None


@dataclass(frozen=True, slots=True)
class Category:
    """A category of names, with why it exists and the style advice for it."""

    name: str
    topic: str
    rationale: str
    guidance: str | None
    sources: tuple[str, ...]
    terms: tuple[Term, ...]
    generic: bool = False  # words that name people in any story; they never choose the topic
    emphasis: str | None = None  # one of EMPHASES, or None: an ordinary category
    # Jobs and roles ("teacher", "student"): one person's job in a biography
    # ("Chen Mei, a 52-year-old teacher") is no naming choice (_appositive_job).
    occupation: bool = False


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A context (regex before or after a match) in which a term does not count."""

    term: str
    before: str | None
    after: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic block: its categories, exclusions and people head nouns."""

    name: str
    description: str
    people_heads: tuple[str, ...]
    categories: tuple[Category, ...]
    exclusions: tuple[Exclusion, ...]


@dataclass(frozen=True, slots=True)
class NamingLexicon:
    """The validated naming lexicon."""

    path: str
    version: int
    topics: tuple[Topic, ...]
    not_modifiers: tuple[str, ...] = ()
    degree_adverbs: tuple[str, ...] = ()
    # Words after which the next word is a verb, not a modifier (subject
    # pronouns, modals, do, not): discovery stops there ("I believe people").
    verb_cues: tuple[str, ...] = ()
    # Capitalised nouns that head the proper name of an organisation, office,
    # law or day ("Union", "Executive", "Commissioner", "Act"): a people word
    # right before one ("the Teachers' Union") is part of a name.
    proper_name_heads: tuple[str, ...] = ()
    # Lower-case words that introduce an organisation's name ("the group",
    # "a charity called"): a capitalised people word after one is in the name.
    proper_name_introducers: tuple[str, ...] = ()
    # Kinship words that, capitalised before a capitalised name, are a title
    # of another sense ("Father Tomas Reyes", "Mother Teresa", "Sister Mary"):
    # a priest or a nun, not anyone's parent or sibling.
    proper_name_titles: tuple[str, ...] = ()
    # Words after which a walked "-ing" word is a verb ("are punishing
    # children", "amounts to telling parents"): discovery stops there.
    gerund_cues: tuple[str, ...] = ()
    # A capitalised word shaped like a nationality that no term lists
    # ("Varenian", "Varenians": an invented or little-known country) matches
    # where a listed one would, read as ``demonym_stand_ins`` (adjective,
    # plural); ``demonym_look_alikes`` are words of the same shape that are no
    # nationality ("Christians", "Indians", "Veterans" at a sentence start).
    demonym_stand_ins: tuple[str, ...] = ()
    demonym_look_alikes: frozenset[str] = frozenset()
    # Nouns that, right after a people word (not its possessive), make it the
    # modifier of a thing or a body ("the management team", "the refugee system").
    modifier_heads: tuple[str, ...] = ()

    def category(self, topic: str, name: str) -> Category | None:
        """The category ``name`` of ``topic``, if the lexicon has it.

        A generic category is found under any topic (and ``general``): its
        mentions are filed under the article's main topic (see
        :func:`find_mentions`), and category names are unique across topics.
        """
        for t in self.topics:
            for c in t.categories:
                if c.name == name and (t.name == topic or c.generic):
                    return c
        return None

    def emphasised(self, emphasis: str) -> frozenset[str]:
        """The names of the categories whose ``emphasis`` is ``emphasis`` (one of :data:`EMPHASES`)."""
        return frozenset(c.name for t in self.topics for c in t.categories if c.emphasis == emphasis)

    def generic_names(self) -> frozenset[str]:
        """The generic categories filed under the article's topic: those of a topic that has its own words too.

        A topic whose categories are all generic (``politics``: "far-right",
        "radical") is a family of labels used across stories; its name says
        what the labels are, not what the story is about, so it keeps them.
        """
        return frozenset(
            c.name
            for t in self.topics
            if not all(c.generic for c in t.categories)
            for c in t.categories
            if c.generic
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where an article names the people involved."""

    start: int
    end: int
    text: str
    term: str
    category: str
    voice: str
    sentence: int
    speaker: str | None
    topic: str
    scare: bool = False


@dataclass(frozen=True, slots=True)
class ProfileCell:
    """The mentions of one category in one voice, with their count and rate."""

    topic: str
    category: str
    voice: str
    count: int
    rate: float
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class TermUse:
    """How often one term is used in one voice, in which forms and sentences."""

    term: str
    topic: str
    category: str
    voice: str
    count: int
    forms: tuple[str, ...]
    speakers: tuple[str, ...]
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class NamingProfile:
    """One article's naming figures: per category and voice, per term, first uses."""

    article: str
    outlet: str
    words: int
    total: int
    cells: tuple[ProfileCell, ...]
    terms: tuple[TermUse, ...]
    first_mention: Mention | None
    first_narrator_mention: Mention | None
    lede_mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class NamingRow:
    """One row of the side-by-side table: a category in a voice, across articles."""

    topic: str
    category: str
    voice: str
    counts: tuple[int, ...]
    rates: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class NamingTable:
    """Category x voice rows with one column per article."""

    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    words: tuple[int, ...]
    rows: tuple[NamingRow, ...]


@dataclass(frozen=True, slots=True)
class KwicLine:
    """A mention in its context, as a concordance shows it (left | match | right)."""

    article: str
    outlet: str
    term: str
    category: str
    voice: str
    speaker: str | None
    sentence: int
    start: int
    end: int
    left: str
    match: str
    right: str


@dataclass(frozen=True, slots=True)
class KwicGroup:
    """The concordance lines of one term in one outlet."""

    term: str
    outlet: str
    lines: tuple[KwicLine, ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A phrase that looks like a naming of people but is not a lexicon term."""

    key: str
    text: str
    start: int
    end: int
    sentence: int
    head: str
    modifiers: tuple[str, ...]
    topic: str
    extends_term: str | None
    count: int
    sentences: tuple[int, ...]


# --------------------------------------------------------------------------
# Loading and validation


def _plural(word: str) -> str:
    """The plural of an English noun, good enough for names of people."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    # Compounds of "man" and "woman" ("fireman", "servicewoman") take "-men";
    # "human" and "German" are not compounds.
    if word.endswith("man") and len(word) > 4 and word not in _MAN_NOT_COMPOUND:
        return word[:-3] + "men"
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def _spelling(word: str) -> str:
    """One spelling for British and American variants of a lower-case word: the American one.

    "organiser" and "organizer", "labourer" and "laborer", "paralysed" and
    "paralyzed", "centre" and "center" all match each other because the
    lexicon's words and the article's words go through this same rule (so a
    non-word it makes, "promize" from "promise", is harmless: both sides get
    it). The stem before the ending must have three letters or more, which
    keeps "rise", "four", "your", "hour", "tour" and "metre" as they are.
    """
    # Cheap tests first: this runs on every token of every article.
    if len(word) < 6 or not ("is" in word or "ys" in word or "our" in word or "tre" in word):
        return word
    return _SPELLING_RE.sub(_american, word)


def _american(match: re.Match[str]) -> str:
    return _AMERICAN[match.group(0)]


def _norm(word: str) -> str:
    """Normalise a word for matching: lower case, straight apostrophe, no hyphens, American spelling."""
    if word.isascii():  # most words: no curly apostrophe or Unicode hyphen to map
        return _spelling(word.lower().replace("-", "") if "-" in word else word.lower())
    return _spelling(word.lower().replace("\u2019", "'").replace("\u2018", "'").translate(_HYPHENS))


def _parse_pattern(pattern: str, where: str, inflect: bool) -> tuple[tuple[str, ...], ...]:
    """Split a pattern into word slots of alternatives, or raise a LexiconError."""
    words = pattern.split()
    if not words:
        raise LexiconError(f"{where}: empty pattern; write the words of the term")
    slots: list[tuple[str, ...]] = []
    for word in words:
        alternatives = word.lower().replace("\u2019", "'").split("|")
        for alt in alternatives:
            if not alt:
                raise LexiconError(
                    f"{where}: pattern {pattern!r} has an empty alternative; write alternatives as a|b"
                )
            if not _PATTERN_WORD_RE.match(alt):
                bad = next(ch for ch in alt if not re.match(r"[a-z0-9'.\-]", ch))
                raise LexiconError(
                    f"{where}: pattern {pattern!r} has {bad!r}; write words separated by spaces "
                    "(letters, digits, ' . -), alternatives as a|b"
                )
        slots.append(tuple(_norm(a) for a in alternatives))
    if inflect:
        last = slots[-1]
        slots[-1] = tuple(dict.fromkeys([*last, *(_norm(_plural(a)) for a in last)]))
    return tuple(slots)


def _expand(slots: tuple[tuple[str, ...], ...]) -> Iterable[tuple[str, ...]]:
    """Every word sequence a parsed pattern matches."""
    if not slots:
        yield ()
        return
    for head in slots[0]:
        for rest in _expand(slots[1:]):
            yield (head, *rest)


def _text(value: Any, where: str, key: str, *, required: bool) -> str | None:
    if value is None:
        if required:
            raise LexiconError(f"{where}: needs a one-line {key!r}; add it")
        return None
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(f"{where}: {key!r} must be a non-empty string, got {value!r}")
    return value.strip()


def _str_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where}: {key!r} must be a list of words or phrases, got {value!r}")
    return tuple(v.strip() for v in value)


def _regex(value: Any, where: str, key: str) -> str | None:
    text = _text(value, where, key, required=False)
    if text is None:
        return None
    try:
        re.compile(text, re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: {key!r} is not a valid regular expression ({exc}); fix the pattern") from None
    return text


def _term(raw: Any, topic: str, category: str, where: str) -> Term:
    if isinstance(raw, str):
        raw = {"term": raw}
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: each term must be a string or a mapping with 'term', got {raw!r}")
    text = raw.get("term")
    if not isinstance(text, str) or not text.strip():
        raise LexiconError(f"{where}: a term mapping needs 'term: CANONICAL TERM', got {raw!r}")
    text = " ".join(text.split())
    here = f"{where} term {text!r}"
    unknown = sorted(set(raw) - _TERM_KEYS)
    if unknown:
        raise LexiconError(f"{here}: unknown key {unknown[0]!r}; use one of {', '.join(sorted(_TERM_KEYS))}")
    forms = _str_list(raw.get("forms"), here, "forms") or (text,)
    inflect = raw.get("inflect", True)
    if not isinstance(inflect, bool):
        raise LexiconError(f"{here}: 'inflect' must be true or false, got {inflect!r}")
    gap = raw.get("gap", 0)
    if not isinstance(gap, int) or isinstance(gap, bool) or not 0 <= gap <= MAX_GAP:
        raise LexiconError(f"{here}: 'gap' must be a whole number from 0 to {MAX_GAP}, got {gap!r}")
    for form in forms:
        _parse_pattern(form, here, inflect)
    fallback = raw.get("fallback", False)
    if not isinstance(fallback, bool):
        raise LexiconError(f"{here}: 'fallback' must be true or false, got {fallback!r}")
    borrowed = raw.get("borrowed", False)
    if not isinstance(borrowed, bool):
        raise LexiconError(f"{here}: 'borrowed' must be true or false, got {borrowed!r}")
    if borrowed and not raw.get("sense"):
        raise LexiconError(f"{here}: a 'borrowed' term needs a 'sense' (where it counts for this topic)")
    not_followed = _str_list(raw.get("not_followed_by"), here, "not_followed_by")
    not_preceded = _str_list(raw.get("not_preceded_by"), here, "not_preceded_by")
    for phrase in (*not_followed, *not_preceded):
        _parse_pattern(phrase, here, False)
    return Term(
        text=text,
        topic=topic,
        category=category,
        forms=forms,
        inflect=inflect,
        gap=gap,
        followed_by=_regex(raw.get("followed_by"), here, "followed_by"),
        not_followed_by=not_followed,
        not_preceded_by=not_preceded,
        fallback=fallback,
        note=_text(raw.get("note"), here, "note", required=False),
        only_in=_str_list(raw.get("only_in"), here, "only_in"),
        sense=_regex(raw.get("sense"), here, "sense"),
        borrowed=borrowed,
        unless=_regex(raw.get("unless"), here, "unless"),
    )


def _category(name: Any, raw: Any, topic: str, path: str) -> Category:
    where = f"{path}: category {topic}/{name}"
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise LexiconError(f"{path}: category name {name!r} in topic {topic!r} must be lower-case words joined by '-'")
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: must be a mapping with 'rationale' and 'terms'")
    unknown = sorted(set(raw) - _CATEGORY_KEYS)
    if unknown:
        raise LexiconError(f"{where}: unknown key {unknown[0]!r}; use one of {', '.join(sorted(_CATEGORY_KEYS))}")
    terms_raw = raw.get("terms")
    if not isinstance(terms_raw, list) or not terms_raw:
        raise LexiconError(f"{where}: has no terms; add at least one term or delete the category")
    guidance = _text(raw.get("guidance", raw.get("notes")), where, "guidance", required=False)
    generic = raw.get("generic", False)
    if not isinstance(generic, bool):
        raise LexiconError(f"{where}: 'generic' must be true or false, got {generic!r}")
    occupation = raw.get("occupation", False)
    if not isinstance(occupation, bool):
        raise LexiconError(f"{where}: 'occupation' must be true or false, got {occupation!r}")
    emphasis = raw.get("emphasis")
    if emphasis is not None and emphasis not in EMPHASES:
        raise LexiconError(f"{where}: 'emphasis' must be one of {', '.join(EMPHASES)}, got {emphasis!r}")
    return Category(
        name=name,
        topic=topic,
        rationale=_text(raw.get("rationale"), where, "rationale", required=True) or "",
        guidance=guidance,
        sources=_str_list(raw.get("sources"), where, "sources"),
        terms=tuple(_term(t, topic, name, where) for t in terms_raw),
        generic=generic,
        emphasis=emphasis,
        occupation=occupation,
    )


def _topic(name: Any, raw: Any, path: str) -> Topic:
    where = f"{path}: topic {name}"
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise LexiconError(f"{path}: topic name {name!r} must be lower-case words joined by '-'")
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: must be a mapping with 'categories'")
    unknown = sorted(set(raw) - _TOPIC_KEYS)
    if unknown:
        raise LexiconError(f"{where}: unknown key {unknown[0]!r}; use one of {', '.join(sorted(_TOPIC_KEYS))}")
    cats_raw = raw.get("categories")
    if not isinstance(cats_raw, dict) or not cats_raw:
        raise LexiconError(f"{where}: has no categories; add a 'categories' mapping")
    categories = tuple(_category(k, v, name, path) for k, v in cats_raw.items())
    _check_duplicates(categories, path)
    known = {t.text for c in categories for t in c.terms}
    exclusions = []
    ex_raw = raw.get("exclusions") or []
    if not isinstance(ex_raw, list):
        raise LexiconError(f"{where}: 'exclusions' must be a list of mappings")
    for i, ex in enumerate(ex_raw, 1):
        here = f"{where} exclusion {i}"
        if not isinstance(ex, dict):
            raise LexiconError(f"{here}: must be a mapping with 'term', 'before' or 'after', and 'reason'")
        unknown = sorted(set(ex) - _EXCLUSION_KEYS)
        if unknown:
            raise LexiconError(f"{here}: unknown key {unknown[0]!r}; use one of {', '.join(sorted(_EXCLUSION_KEYS))}")
        term = ex.get("term")
        if term not in known:
            raise LexiconError(f"{here}: term {term!r} is not a term of topic {name!r}; give a canonical term")
        before, after = _regex(ex.get("before"), here, "before"), _regex(ex.get("after"), here, "after")
        if before is None and after is None:
            raise LexiconError(f"{here}: give a 'before' or an 'after' regular expression")
        exclusions.append(Exclusion(term, before, after, _text(ex.get("reason"), here, "reason", required=True) or ""))
    heads = _str_list(raw.get("people_heads"), where, "people_heads")
    return Topic(
        name=name,
        description=_text(raw.get("description"), where, "description", required=False) or "",
        people_heads=tuple(h.lower() for h in heads),
        categories=categories,
        exclusions=tuple(exclusions),
    )


def _check_duplicates(categories: tuple[Category, ...], path: str) -> None:
    """Refuse a word sequence that two terms of one topic would both match."""
    seen: dict[tuple[tuple[str, ...], bool], Term] = {}
    canon: dict[str, Term] = {}
    for cat in categories:
        for term in cat.terms:
            if term.text in canon:
                first = canon[term.text]
                raise LexiconError(
                    f"{path}: term {term.text!r} in {term.topic}/{term.category} duplicates the term in "
                    f"{first.topic}/{first.category}; keep it in one category"
                )
            canon[term.text] = term
            for form in term.forms:
                for words in _expand(_parse_pattern(form, path, term.inflect)):
                    # A term that needs a following context may share its words
                    # with an unconditional one ("children of" vs "children").
                    key = (words, term.followed_by is not None)
                    other = seen.get(key)
                    if other is not None and other is not term:
                        raise LexiconError(
                            f"{path}: term {term.text!r} in {term.topic}/{term.category} matches "
                            f"{' '.join(words)!r} like term {other.text!r} in {other.topic}/{other.category}; "
                            "keep it in one term"
                        )
                    seen[key] = term


@lru_cache(maxsize=16)
def _load(path: str, mtime: int) -> NamingLexicon:
    data = read_lexicon(Path(path))
    topics_raw = data.get("topics")
    if not isinstance(topics_raw, dict) or not topics_raw:
        raise LexiconError(f"{path}: entry 'topics' must be a mapping of topic names to topic blocks")
    version = data.get("version", 1)
    if not isinstance(version, int):
        raise LexiconError(f"{path}: 'version' must be a whole number, got {version!r}")
    discovery = data.get("discovery") or {}
    if not isinstance(discovery, dict) or set(discovery) - {
        "not_modifiers", "degree_adverbs", "verb_cues", "gerund_cues"
    }:
        raise LexiconError(
            f"{path}: 'discovery' must be a mapping with 'not_modifiers', 'degree_adverbs', 'verb_cues' "
            "and 'gerund_cues' lists"
        )
    where = f"{path}: discovery"
    proper = data.get("proper_names") or {}
    if not isinstance(proper, dict) or set(proper) - {"heads", "introducers", "titles"}:
        raise LexiconError(
            f"{path}: 'proper_names' must be a mapping with a 'heads' list of capitalised nouns, "
            "an 'introducers' list of lower-case words and a 'titles' list of kinship words used as titles"
        )
    demonyms = data.get("demonyms") or {}
    if not isinstance(demonyms, dict) or set(demonyms) - {"stand_ins", "look_alikes"}:
        raise LexiconError(
            f"{path}: 'demonyms' must be a mapping with a 'stand_ins' list (a listed adjective and its plural, "
            "as in [kenyan, kenyans]) and a 'look_alikes' list of words shaped like nationalities"
        )
    stand_ins = tuple(_norm(w) for w in _str_list(demonyms.get("stand_ins"), f"{path}: demonyms", "stand_ins"))
    if stand_ins and len(stand_ins) != 2:
        raise LexiconError(f"{path}: demonyms: 'stand_ins' must give two words, an adjective and its plural, "
                           f"got {list(stand_ins)!r}")
    if GENERAL_TOPIC in topics_raw:
        raise LexiconError(
            f"{path}: topic name {GENERAL_TOPIC!r} is reserved for generic categories in stories of no topic; rename it"
        )
    topics = tuple(_topic(k, v, path) for k, v in topics_raw.items())
    # Tables and charts group mentions by category; one name in two topics
    # would merge, say, the pejoratives of immigration and of crime.
    owner: dict[str, str] = {}
    for topic in topics:
        for cat in topic.categories:
            if cat.name in owner:
                raise LexiconError(
                    f"{path}: category {topic.name}/{cat.name} has the same name as {owner[cat.name]}/{cat.name}; "
                    f"give it a topic-specific name like '{topic.name}-{cat.name}'"
                )
            owner[cat.name] = topic.name
    return NamingLexicon(
        path=path,
        version=version,
        topics=topics,
        not_modifiers=tuple(w.lower() for w in _str_list(discovery.get("not_modifiers"), where, "not_modifiers")),
        degree_adverbs=tuple(w.lower() for w in _str_list(discovery.get("degree_adverbs"), where, "degree_adverbs")),
        verb_cues=tuple(_norm(w) for w in _str_list(discovery.get("verb_cues"), where, "verb_cues")),
        proper_name_heads=tuple(
            _norm(w) for w in _str_list(proper.get("heads"), f"{path}: proper_names", "heads")
        ),
        proper_name_introducers=tuple(
            _norm(w) for w in _str_list(proper.get("introducers"), f"{path}: proper_names", "introducers")
        ),
        proper_name_titles=tuple(_norm(w) for w in _str_list(proper.get("titles"), f"{path}: proper_names", "titles")),
        gerund_cues=tuple(_norm(w) for w in _str_list(discovery.get("gerund_cues"), where, "gerund_cues")),
        demonym_stand_ins=stand_ins,
        demonym_look_alikes=frozenset(
            _norm(w) for w in _str_list(demonyms.get("look_alikes"), f"{path}: demonyms", "look_alikes")
        ),
        modifier_heads=tuple(_norm(w) for w in _str_list(data.get("modifier_heads"), path, "modifier_heads")),
    )


def load_naming_lexicon(path: str | Path | None = None) -> NamingLexicon:
    """Load and validate the naming lexicon (``naming.yaml`` or the file at ``path``)."""
    resolved = lexicon_path(str(path) if path is not None else "naming")
    try:
        mtime = resolved.stat().st_mtime_ns
    except OSError:
        mtime = 0
    return _load(str(resolved), mtime)


# --------------------------------------------------------------------------
# Matching


@dataclass(frozen=True, slots=True)
class _Entry:
    # The words after the first (which is the index key), each a set of
    # alternatives: one entry stands for every word sequence a form spells, so
    # a form with 60 alternative nouns is one entry, not 120 (fewer objects
    # for the garbage collector to walk on every full collection).
    rest: tuple[frozenset[str], ...]
    term: Term
    rank: int  # lexicon order across topics; lower wins ties


@dataclass(frozen=True, slots=True)
class _Index:
    # Entries by their first word, and those of two or more words without a
    # gap by their first two: a common first word ("the", "union") then costs
    # one lookup instead of a try of every term it starts.
    by_first: dict[str, tuple[_Entry, ...]]
    by_pair: dict[tuple[str, str], tuple[_Entry, ...]]
    exclusions: dict[tuple[str, str], tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None], ...]]
    # Per term id, its excluded neighbour phrases grouped by length: one look
    # at the n words around a match tests every phrase of n words.
    not_followed: dict[int, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]
    not_preceded: dict[int, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]
    followed: dict[int, re.Pattern[str]]
    # Term ids whose mentions choose the article's main topic: not generic and
    # not sharing their words with a term of another topic.
    distinctive: frozenset[int]
    # Term ids of generic, not peripheral categories ("nurse", "developer",
    # "resident") and of occupations ("teacher", "student"): in a person's
    # appositive they are biography (_appositive_job); "a father of two" still
    # names a family.
    generic: frozenset[int]
    # Each ``sense`` pattern with the ids of the terms that carry it.
    senses: tuple[tuple[re.Pattern[str], frozenset[int]], ...]
    topic_order: tuple[str, ...]
    name_heads: frozenset[str]
    name_introducers: frozenset[str]
    name_titles: frozenset[str]
    # Per term id, its compiled ``unless`` pattern (an article-wide veto).
    unless: dict[int, re.Pattern[str]] = field(default_factory=dict)
    # Every word of every form: a word the lexicon has is never a stand-in demonym.
    words: frozenset[str] = frozenset()
    modifier_heads: frozenset[str] = frozenset()


# Tables derived from the lexicon are memoised on the lexicon object itself:
# hashing it (as lru_cache would) walks every topic, category and term.
_per_lexicon = by_identity(16)


def _by_length(phrases: Iterable[tuple[str, ...]]) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    groups: dict[int, set[tuple[str, ...]]] = {}
    for words in phrases:
        groups.setdefault(len(words), set()).add(words)
    return tuple((n, frozenset(group)) for n, group in sorted(groups.items()))


@_per_lexicon
def _index(lexicon: NamingLexicon, topics: tuple[str, ...] | None) -> _Index:
    by_first: dict[str, list[_Entry]] = {}
    by_pair: dict[tuple[str, str], list[_Entry]] = {}
    exclusions: dict[tuple[str, str], list[tuple[re.Pattern[str] | None, re.Pattern[str] | None]]] = {}
    not_followed: dict[int, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]] = {}
    not_preceded: dict[int, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]] = {}
    followed: dict[int, re.Pattern[str]] = {}
    topics_of: dict[tuple[str, ...], set[str]] = {}
    own_topics: dict[tuple[str, ...], set[str]] = {}
    candidates: list[tuple[Term, bool, tuple[tuple[str, ...], ...]]] = []
    job_words: set[int] = set()
    senses: dict[str, set[int]] = {}
    unless: dict[int, re.Pattern[str]] = {}
    order: list[str] = []
    rank = 0
    for topic in lexicon.topics:
        if topics is not None and topic.name not in topics:
            continue
        order.append(topic.name)
        for ex in topic.exclusions:
            exclusions.setdefault((topic.name, ex.term), []).append(
                (
                    re.compile(ex.before, re.IGNORECASE) if ex.before else None,
                    re.compile(ex.after, re.IGNORECASE) if ex.after else None,
                )
            )
        for cat in topic.categories:
            for term in cat.terms:
                rank += 1
                key = id(term)
                not_followed[key] = _by_length(
                    w for p in term.not_followed_by for w in _expand(_parse_pattern(p, lexicon.path, False))
                )
                not_preceded[key] = _by_length(
                    w for p in term.not_preceded_by for w in _expand(_parse_pattern(p, lexicon.path, False))
                )
                if term.followed_by:
                    followed[key] = re.compile(term.followed_by, re.IGNORECASE)
                if term.sense:
                    senses.setdefault(term.sense, set()).add(key)
                if term.unless:
                    unless[key] = re.compile(term.unless, re.IGNORECASE)
                sequences = []
                for form in term.forms:
                    slots = _parse_pattern(form, lexicon.path, term.inflect)
                    rest = tuple(frozenset(slot) for slot in slots[1:])
                    for first in slots[0]:
                        entry = _Entry(rest, term, rank)
                        if rest and not term.gap:
                            for second in slots[1]:
                                by_pair.setdefault((first, second), []).append(entry)
                        else:
                            by_first.setdefault(first, []).append(entry)
                    for words in _expand(slots):
                        # a borrowed copy leaves the word its owner's own
                        if not term.borrowed:
                            topics_of.setdefault(words, set()).add(topic.name)
                        sequences.append(words)
                candidates.append((term, cat.generic, tuple(sequences)))
                for words in sequences:
                    if not cat.generic and not term.borrowed:
                        own_topics.setdefault(words, set()).add(topic.name)
                if (cat.generic and cat.emphasis != "peripheral") or cat.occupation:
                    job_words.add(id(term))
    # A term with a `followed_by` context names its own sense of words that
    # otherwise name people in any story ("residents affected by the floods"
    # against "residents"): it chooses the topic when the only other topics
    # that have its words have them in generic categories.
    distinctive = frozenset(
        id(term)
        for term, generic, sequences in candidates
        if not generic
        and not term.only_in
        and not term.borrowed
        and all(len((own_topics if term.followed_by else topics_of)[w]) == 1 for w in sequences)
    )
    # Pairs with the same entries share one tuple ("far-left activists",
    # "far-left parents", ... all lead to the one far-left entry).
    shared: dict[tuple[int, ...], tuple[_Entry, ...]] = {}
    all_words = frozenset(w for _term, _generic, sequences in candidates for seq in sequences for w in seq)
    return _Index(
        by_first={k: tuple(v) for k, v in by_first.items()},
        by_pair={k: shared.setdefault(tuple(map(id, v)), tuple(v)) for k, v in by_pair.items()},
        exclusions={k: tuple(v) for k, v in exclusions.items()},
        not_followed=not_followed,
        not_preceded=not_preceded,
        followed=followed,
        distinctive=distinctive,
        generic=frozenset(job_words),
        senses=tuple((re.compile(rx, re.IGNORECASE), frozenset(ids)) for rx, ids in senses.items()),
        topic_order=tuple(order),
        name_heads=frozenset(lexicon.proper_name_heads),
        name_introducers=frozenset(lexicon.proper_name_introducers),
        name_titles=frozenset(lexicon.proper_name_titles),
        unless=unless,
        words=all_words,
        modifier_heads=frozenset(lexicon.modifier_heads),
    )


class _Tok(NamedTuple):
    # A named tuple, not a frozen dataclass: a document has hundreds of
    # tokens, and a frozen dataclass costs about twice as much to create.
    start: int
    end: int  # possessive 's left out, so a span names the people, not their things
    norm: str
    sentence: int


_JOIN_RE = re.compile(r"\s+")
_ABBREV_JOIN_RE = re.compile(r"\.?\s+")

# find_mentions and then discover_candidates (and rank_topics) read the same
# tokens of the same article; an event's articles are all matched before any
# is discovered (find_event_mentions), so a few documents' are kept (by identity).
@by_identity(8)
def _words(doc: Document) -> tuple[tuple[_Tok, ...], tuple[bool, ...]]:
    """The matcher's tokens of ``doc`` and, for each, whether the next one joins it in a phrase.

    Two tokens join when they are adjacent words of one sentence with only
    space between them.
    """
    text = doc.text
    toks: list[_Tok] = []
    joined: list[bool] = []
    add_tok, add_join = toks.append, joined.append
    join_match, abbrev_match = _JOIN_RE.fullmatch, _ABBREV_JOIN_RE.fullmatch
    spelling = _spelling
    # The previous token's end, sentence and whether it holds a period; this
    # loop runs once per token of every article, so it keeps to locals.
    prev_end, prev_sentence, prev_dot = -1, -1, False
    for t in doc.tokens:
        word, start, end, sentence = t.text, t.start, t.end, t.sentence
        if word.isascii():  # most words: _norm's fast path without the call
            norm = word.lower()
            if "-" in norm:
                norm = norm.replace("-", "")
        else:
            norm = _norm(word)
        span_end = end
        if len(norm) > 2 and norm.endswith("'s"):
            norm = norm[:-2]
            span_end -= 2
        # British spellings ("organisers") take the lexicon's one spelling; the
        # cheap tests keep the call off most words.
        if len(norm) > 5 and ("is" in norm or "our" in norm or "ys" in norm or "tre" in norm):
            norm = spelling(norm)
        add_tok(_Tok(start, span_end, norm, sentence))
        if prev_end >= 0:
            if prev_sentence != sentence:
                add_join(False)
            else:
                gap = text[prev_end:start]
                # "the U.S. illegally": the token is "U.S", its final period sits in the gap.
                # "its chief -executive": a stray space before a hyphen still joins the
                # compound (a spaced dash, " - ", is a break and does not).
                add_join(gap == " " or gap == " -" or (abbrev_match if prev_dot else join_match)(gap) is not None)
        prev_end, prev_sentence, prev_dot = end, sentence, "." in word
    joined.append(False)  # the last token joins nothing
    return tuple(toks), tuple(joined)


# A capitalised word shaped like a nationality: an adjective ("Varenian",
# "Marovese", "Velmoran", "Qareshi") or the plural of a people ("Varenians",
# "Velmorans"). Plurals in -is ("Taxis", "Kiwis") and -ese are left out: too
# many are other words.
_DEMONYM_ADJ_RE = re.compile(r"[A-Z][a-z]{2,}(?:ian|ean|ese|an|i)")
_DEMONYM_PLURAL_RE = re.compile(r"[A-Z][a-z]{2,}(?:ians|eans|ans)")
# The people of a place the article names, written as the place and "-ers"
# ("Norlanders" beside "Norland", "Icelanders" beside "Iceland"): a plural only
# when the article writes the place itself as a capitalised word.
_PLACE_ERS_RE = re.compile(r"[A-Z][a-z]{3,}ers")
_WHOLE_WORD_RE = re.compile(r"\w+")
# A capitalised word after another (a first name or a title) or after a title with its full stop.
_NAME_PAIR_RE = re.compile(r"\b([A-Z][a-z]+)\.?\s+(?=([A-Z][a-z]+)\b)")
_NAME_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame"})


def _person_names(text: str) -> frozenset[str]:
    """The article's known first names and the surnames it writes after one or after a title."""
    from framing.quotes import known_first_names  # quotes reads naming's neighbours: read it lazily

    first = known_first_names()
    names = {m.group(2) for m in _NAME_PAIR_RE.finditer(text) if m.group(1) in _NAME_TITLES or m.group(1).lower() in first}
    names.update(w for w in set(_WHOLE_WORD_RE.findall(text)) if w[:1].isupper() and w.lower() in first)
    return frozenset(names)


def _matching_words(doc: Document, lex: NamingLexicon, index: _Index) -> tuple[tuple[_Tok, ...], tuple[bool, ...]]:
    """The matcher's tokens of ``doc``, a nationality no term lists read as the lexicon's stand-in.

    "Varenian nationals", "Thousands of Varenians", "young Dorvanians": an
    invented or little-known country's people are named as a listed one's
    are. A word the lexicon has, or lists as a look-alike ("Christians",
    "Indians"), or that the article also writes in lower case, stays itself;
    so does a person's name: a known first name ("Logan"), or a surname the
    article writes after a first name or a title ("Ciara Brennan" / "Mr
    Brennan", then "the Brennans").
    """
    toks, joined = _words(doc)
    if not lex.demonym_stand_ins:
        return toks, joined
    adjective, plural = lex.demonym_stand_ins
    text = doc.text
    out: list[_Tok] | None = None
    lower: frozenset[str] | None = None  # the article's whole words, as written; read once, when first needed
    for k, tok in enumerate(toks):
        word = text[tok.start : tok.end]
        if not word[:1].isupper() or tok.norm in index.words or tok.norm in lex.demonym_look_alikes:
            continue
        stand_in = plural if _DEMONYM_PLURAL_RE.fullmatch(word) else adjective if _DEMONYM_ADJ_RE.fullmatch(word) else None
        place_ers = stand_in is None and _PLACE_ERS_RE.fullmatch(word) is not None
        if stand_in is None and not place_ers:
            continue
        if lower is None:
            lower = frozenset(_WHOLE_WORD_RE.findall(text))
            names = _person_names(text)
        if place_ers:
            if word[:-3] not in lower or word.lower() in lower or word[:-3] in names:
                continue
            stand_in = plural
        base = word[:-1] if stand_in == plural and word.endswith("s") else word
        if stand_in is None or word.lower() in lower or base in names:
            continue
        if out is None:
            out = list(toks)
        out[k] = tok._replace(norm=stand_in)
    return (tuple(out), joined) if out is not None else (toks, joined)


@_per_lexicon
def _blocked(lexicon: NamingLexicon) -> frozenset[str]:
    """Words that never act as modifiers: stop words plus the lexicon's ``not_modifiers``."""
    from framing._stopwords import ENGLISH_STOP_WORDS

    # Normalised like the tokens they are compared with ("otherwise" -> "otherwize").
    return frozenset(_norm(w) for w in (*ENGLISH_STOP_WORDS, *lexicon.not_modifiers))


def _is_modifier(tok: _Tok, blocked: frozenset[str]) -> bool:
    return tok.norm.isalpha() and tok.norm not in blocked


def _seq_at(toks: Sequence[_Tok], i: int, n: int, joined: Sequence[bool], forward: bool) -> tuple[str, ...] | None:
    """The ``n`` normalised words after (forward) or before token ``i``, if joined by spaces."""
    words = []
    j = i
    for _ in range(n):
        if forward:
            if j + 1 >= len(toks) or not joined[j]:
                return None
            j += 1
        else:
            if j - 1 < 0 or not joined[j - 1]:
                return None
            j -= 1
        words.append(toks[j].norm)
    return tuple(words) if forward else tuple(reversed(words))


def _candidates_at(
    toks: Sequence[_Tok], joined: Sequence[bool], i: int, entry: _Entry, blocked: frozenset[str]
) -> Iterable[int]:
    """Indexes of the last token of every match of ``entry`` starting at token ``i``."""
    rest = entry.rest
    if not rest:
        yield i
        return
    gaps = range(entry.term.gap + 1) if entry.term.gap else (0,)
    for g in gaps:
        j = i
        ok = True
        for _ in range(g):
            if j + 1 >= len(toks) or not joined[j] or not _is_modifier(toks[j + 1], blocked):
                ok = False
                break
            j += 1
        if not ok:
            break
        for alternatives in rest:
            if j + 1 >= len(toks) or not joined[j] or toks[j + 1].norm not in alternatives:
                ok = False
                break
            j += 1
        if ok:
            yield j


def _resolve_quotes(doc: Document, quotes: Sequence[QuoteLike] | None) -> Sequence[QuoteLike]:
    if quotes is not None:
        return quotes
    try:
        from framing.quotes import extract_quotes
    except ImportError:  # quotes stage not installed: every quote span counts as direct
        return tuple(_SpanQuote(q.start, q.end, "direct", None) for q in doc.quote_spans)
    return extract_quotes(doc)


@dataclass(frozen=True, slots=True)
class _SpanQuote:
    start: int
    end: int
    kind: str
    speaker: str | None


# "what he called", "whom the minister branded", "those she describes as": a
# clause whose subject names the people with the marked words. The words are
# that subject's, a partial quote, though no cue says "said" (a scare quote
# to the quote stage); "the so-called" and "a man dubbed" have no subject.
_NAMED_BY_RE = re.compile(
    r"\b(?:what|whom|who|those|people|ones)\s+(?P<subject>(?:[\w\u2019'.-]+\s+){0,3}?[\w\u2019'.-]+)\s+"
    r"(?:(?:has|had|have|once|repeatedly|often|later|then|also|now|has\s+since)\s+)*"
    r"(?:call(?:s|ed)?|dub(?:s|bed)?|term(?:s|ed)?|label(?:s|led|ed)?|brand(?:s|ed)?|"
    r"(?:describe[sd]?|refer(?:s|red)?\s+to|characteri[sz]e[sd]?|portray(?:s|ed)?)\s+as)\s*[\"\u201c\u2018']?$",
    re.IGNORECASE,
)
_NOT_SUBJECT = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "sometimes", "often", "who"})
# "shouts of "murderer"", "cries of "killer"", "chants of "scab"": the marked
# words are what a crowd shouted, its own words (a partial quote with no named
# speaker), not the outlet's scare quote (round AF).
_SHOUTED_RE = re.compile(
    r"\b(?:shouts?|cries|cry|chants?|chanting|screams?|yells?|jeers?|roars?|calls?|choruse?s?|heckles?)\s+of\s*"
    r"[\"\u201c\u2018']?$",
    re.IGNORECASE,
)


def _named_by_speaker(text: str, quotes: Sequence[QuoteLike]) -> Sequence[QuoteLike]:
    """The quotes, a scare quote whose words a named subject calls the people (``_NAMED_BY_RE``) or a crowd
    shouts (``_SHOUTED_RE``) made partial."""
    out: list[QuoteLike] | None = None
    for k, q in enumerate(quotes):
        if q.kind != "scare":
            continue
        m = _NAMED_BY_RE.search(text, max(0, q.start - 80), q.start)
        if (m is None or any(w.lower() in _NOT_SUBJECT for w in m.group("subject").split())) and (
            _SHOUTED_RE.search(text, max(0, q.start - 20), q.start) is None
        ):
            continue
        if out is None:
            out = list(quotes)
        out[k] = _SpanQuote(q.start, q.end, "partial", None)
    return out if out is not None else quotes


def _voice(start: int, end: int, quotes: Sequence[QuoteLike]) -> tuple[str, str | None, bool]:
    """Voice, speaker and scare flag of a span, from the innermost quote around it."""
    speaking = [q for q in quotes if q.start <= start and end <= q.end and q.kind in ("direct", "partial")]
    scare = any(q.start <= start and end <= q.end and q.kind == "scare" for q in quotes)
    if speaking:
        inner = min(speaking, key=lambda q: q.end - q.start)
        return "quoted", inner.speaker, scare
    return "narrator", None, scare


def find_mentions(
    doc: Document,
    quotes: Sequence[QuoteLike] | None = None,
    *,
    lexicon: NamingLexicon | None = None,
    topics: Sequence[str] | None = None,
    event_topics: Sequence[tuple[str, int]] | None = None,
) -> tuple[Mention, ...]:
    """Every mention of a naming-lexicon term in ``doc``, with its voice.

    Args:
        doc: a prepared article.
        quotes: the article's quotes (``framing.quotes.extract_quotes``); when
            None they are extracted here; pass ``()`` to count every mention as
            narrator.
        lexicon: the naming lexicon (default: the shipped or ``--lexicons`` one).
        topics: restrict matching to these topics (default: all).
        event_topics: the topic ranking of the event the article belongs to
            (:func:`rank_event_topics`); shared and generic words are filed by
            it instead of by the article's own counts. To analyse a whole
            event, :func:`find_event_mentions` does both in one pass.
    """
    lex = lexicon or load_naming_lexicon()
    index = _index(lex, tuple(topics) if topics is not None else None)
    toks, joined = _matching_words(doc, lex, index)
    found = _find(doc, lex, index, toks, joined)
    sensed = _sensed(index, doc.text, found)
    if event_topics is None:
        counts = _voted(*_topic_counts(index, found, sensed, doc.text, toks))
    else:
        given = dict(event_topics)
        counts = {t: given.get(t, 0) for t in index.topic_order}
    return _resolve(doc, lex, index, toks, found, counts, quotes, sensed)


def find_event_mentions(
    docs: Sequence[Document],
    quotes: Sequence[Sequence[QuoteLike] | None] | None = None,
    *,
    lexicon: NamingLexicon | None = None,
    topics: Sequence[str] | None = None,
) -> tuple[tuple[Mention, ...], ...]:
    """Every mention in each article of one event, shared words filed by the event's main topic.

    The report puts outlets side by side, so a word several topics share
    ("organizer": protest or labour) or a generic one ("workers", "residents")
    must be filed under one topic in every outlet: the topics are ranked over
    all the articles together (:func:`rank_event_topics`), not per article,
    where a wire story of a factory fire would be a disaster story and a
    tabloid's of the same fire a labour story. Each article is matched once.

    Args:
        docs: the event's prepared articles.
        quotes: one quote sequence (or None: extract) per article; None
            extracts every article's.
        lexicon: the naming lexicon (default: the shipped or ``--lexicons`` one).
        topics: restrict matching to these topics (default: all).
    """
    if quotes is not None and len(quotes) != len(docs):
        raise ValueError(f"quotes must give one entry per article: {len(docs)} articles, {len(quotes)} entries")
    lex = lexicon or load_naming_lexicon()
    index = _index(lex, tuple(topics) if topics is not None else None)
    matched, counts = _match_event(docs, lex, index)
    return tuple(
        _resolve(doc, lex, index, toks, found, counts, quotes[k] if quotes is not None else None, sensed)
        for k, (doc, (toks, found, sensed)) in enumerate(zip(docs, matched))
    )


def rank_event_topics(
    docs: Sequence[Document], *, lexicon: NamingLexicon | None = None
) -> tuple[tuple[str, int], ...]:
    """Each topic with its distinctive mentions over all of ``docs``, the event's main topic first.

    The ranking :func:`find_event_mentions` files shared and generic words by;
    pass it to :func:`find_mentions` as ``event_topics`` to analyse one article
    of the event on its own.
    """
    lex = lexicon or load_naming_lexicon()
    index = _index(lex, None)
    _matched, counts = _match_event(docs, lex, index)
    return tuple((t, counts[t]) for t in _ranked(index, counts))


def _match_event(
    docs: Sequence[Document], lex: NamingLexicon, index: _Index
) -> tuple[list[tuple[tuple[_Tok, ...], list[tuple[int, int, int, int, _Entry]], frozenset[int]]], dict[str, int]]:
    """Each article's tokens, lexicon matches and sensed terms, and each topic's distinctive mentions over them all."""
    matched = []
    counts = dict.fromkeys(index.topic_order, 0)
    quoted = dict.fromkeys(index.topic_order, 0)
    for doc in docs:
        toks, joined = _matching_words(doc, lex, index)
        found = _find(doc, lex, index, toks, joined)
        sensed = _sensed(index, doc.text, found)
        own, alone = _topic_counts(index, found, sensed, doc.text, toks)
        for topic in index.topic_order:
            counts[topic] += own[topic]
            quoted[topic] += alone[topic]
        matched.append((toks, found, sensed))
    return matched, _voted(counts, quoted)


def _resolve(
    doc: Document,
    lex: NamingLexicon,
    index: _Index,
    toks: Sequence[_Tok],
    found: list[tuple[int, int, int, int, _Entry]],
    counts: dict[str, int],
    quotes: Sequence[QuoteLike] | None,
    sensed: frozenset[int] = frozenset(),
) -> tuple[Mention, ...]:
    """The mentions of one article from its matches, shared words filed by the topic ``counts``.

    A ``borrowed`` copy of a word whose ``sense`` this article does not match
    yields to its owner's: "the school's 212 students" in an article of a
    protest event that has no students marching stay education's.
    """
    text = doc.text
    # A word that several topics share ("organizer") goes to the topic the
    # event (or article) is most about; inside a topic the lexicon's order decides.
    ranking = _ranked(index, counts)
    position = {t: k for k, t in enumerate(ranking)}
    # A generic category ("people", "families") names people in any story: its
    # mentions are filed under the event's (or article's) main topic, or under
    # "general" when no topic's own words occur, never under the topic that
    # happens to declare the category in the lexicon.
    main = ranking[0] if ranking and counts[ranking[0]] else GENERAL_TOPIC
    generic = _generic(lex)
    # A topic with no distinctive mention here says nothing about the story:
    # among such topics a shared word takes its ``fallback`` sense first, and
    # lexicon order after that.
    last = len(position)
    found.sort(
        key=lambda f: (
            f[0],
            f[1],
            f[2],
            position[f[4].term.topic]
            if counts[f[4].term.topic] and not (f[4].term.borrowed and id(f[4].term) not in sensed)
            else last + (not f[4].term.fallback) + 2 * f[4].term.borrowed,
            f[4].rank,
        )
    )

    quote_list = _named_by_speaker(text, _resolve_quotes(doc, quotes))
    mentions: list[Mention] = []
    last_end = -1
    for i, _neg, _bonus, j, entry in found:
        if i <= last_end:
            continue
        if entry.term.only_in and main not in entry.term.only_in:
            continue
        last_end = j
        start, end = toks[i].start, toks[j].end
        voice, speaker, scare = _voice(start, end, quote_list)
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                term=entry.term.text,
                category=entry.term.category,
                voice=voice,
                sentence=toks[i].sentence,
                speaker=speaker,
                topic=main if entry.term.category in generic else entry.term.topic,
                scare=scare,
            )
        )
    return tuple(mentions)


def _sensed(index: _Index, text: str, found: Sequence[tuple[int, int, int, int, _Entry]]) -> frozenset[int]:
    """The ids of the found terms whose ``sense`` pattern the article's text matches.

    A sense only matters for a term the article uses, and most articles use
    none ("evacuees", "borrowers"): the patterns, each a scan of the whole
    text, run only for those.
    """
    used = {id(f[4].term) for f in found if f[4].term.sense}
    ids: set[int] = set()
    if used:
        for rx, keys in index.senses:
            if not keys.isdisjoint(used) and rx.search(text):
                ids |= keys
    return frozenset(ids)


_OPEN_MARKS = "\"'\u201c\u2018"
_CLOSE_MARKS = "\"'\u201d\u2019"


def _topic_counts(
    index: _Index,
    found: Sequence[tuple[int, int, int, int, _Entry]],
    sensed: frozenset[int],
    text: str,
    toks: Sequence[_Tok],
) -> tuple[dict[str, int], dict[str, int]]:
    """Distinctive mentions per topic, after longest-match-wins (lexicon order for ties), and those quoted alone.

    A shared word whose ``sense`` the article matches ("evacuees" in a story
    that names a typhoon) counts for that sense's topic. A word in quote marks
    of its own (a crowd's shout of "murderer", an outlet's scare quote) is
    said about the story, not the story's own word for its people: it is
    counted apart (the second tally), and votes only when nothing else does
    (:func:`_voted`; round AF: a tower fire's survivors were a crime's because
    of one shouted "murderer").
    """
    counts = dict.fromkeys(index.topic_order, 0)
    quoted = dict.fromkeys(index.topic_order, 0)
    last_end = -1
    for i, _neg, _bonus, j, entry in sorted(
        found, key=lambda f: (f[0], f[1], f[2], id(f[4].term) not in sensed, f[4].term.borrowed, f[4].rank)
    ):
        if i <= last_end:
            continue
        last_end = j
        if id(entry.term) in index.distinctive or id(entry.term) in sensed:
            start, end = toks[i].start, toks[j].end
            alone = start > 0 and text[start - 1] in _OPEN_MARKS and text[end : end + 1] in _CLOSE_MARKS
            (quoted if alone else counts)[entry.term.topic] += 1
    return counts, quoted


def _voted(counts: dict[str, int], quoted: dict[str, int]) -> dict[str, int]:
    """The topic tally: the words used in the text's own voice, or, when there are none, those quoted alone."""
    return counts if any(counts.values()) else quoted


def _ranked(index: _Index, counts: dict[str, int]) -> tuple[str, ...]:
    """Topics by how many distinctive mentions they have here (most first; ties in lexicon order)."""
    return tuple(sorted(index.topic_order, key=lambda t: (-counts[t], index.topic_order.index(t))))


@_per_lexicon
def _generic(lexicon: NamingLexicon) -> frozenset[str]:
    return lexicon.generic_names()


def _find(
    doc: Document, lex: NamingLexicon, index: _Index, toks: Sequence[_Tok], joined: Sequence[bool]
) -> list[tuple[int, int, int, int, _Entry]]:
    """Every allowed match as (start token, -chars, bonus, end token, entry), unresolved."""
    text = doc.text
    sentences = {s.index: s for s in doc.sentences}
    blocked = _blocked(lex)
    found: list[tuple[int, int, int, int, _Entry]] = []
    by_first, by_pair = index.by_first, index.by_pair
    for i, tok in enumerate(toks):
        entries = by_first.get(tok.norm, ())
        if joined[i]:  # False for the last token, so a next one exists
            entries += by_pair.get((tok.norm, toks[i + 1].norm), ())
        for entry in entries:
            for j in _candidates_at(toks, joined, i, entry, blocked):
                if _allowed(index, entry.term, toks, joined, i, j, text, sentences):
                    # followed_by terms outrank plain ones with the same words.
                    bonus = 0 if entry.term.followed_by else 1
                    found.append((i, -(toks[j].end - tok.start), bonus, j, entry))
    if index.unless:
        # Each vetoing pattern scans the text once, and only for a term the
        # article uses.
        vetoed = {
            key for key in {id(f[4].term) for f in found} & index.unless.keys() if index.unless[key].search(text)
        }
        if vetoed:
            found = [f for f in found if id(f[4].term) not in vetoed]
    return found


def rank_topics(doc: Document, *, lexicon: NamingLexicon | None = None) -> tuple[tuple[str, int], ...]:
    """Each topic with its count of distinctive mentions in ``doc``, the article's main topic first.

    A distinctive mention is one of a term that is neither in a ``generic``
    category nor shares its words with another topic ("strikers", not
    "workers"). :func:`find_mentions` gives a shared word to the first topic
    that has it; :func:`rank_event_topics` ranks a whole event's articles.
    """
    lex = lexicon or load_naming_lexicon()
    index = _index(lex, None)
    toks, joined = _matching_words(doc, lex, index)
    found = _find(doc, lex, index, toks, joined)
    counts = _voted(*_topic_counts(index, found, _sensed(index, doc.text, found), doc.text, toks))
    return tuple((t, counts[t]) for t in _ranked(index, counts))


def _allowed(
    index: _Index,
    term: Term,
    toks: Sequence[_Tok],
    joined: Sequence[bool],
    i: int,
    j: int,
    text: str,
    sentences: dict[int, Any],
) -> bool:
    key = id(term)
    for n, phrases in index.not_followed.get(key, ()):
        if _seq_at(toks, j, n, joined, True) in phrases:
            return False
    for n, phrases in index.not_preceded.get(key, ()):
        if _seq_at(toks, i, n, joined, False) in phrases:
            return False
    # "the management team", "the refugee system": a singular people word
    # modifies a thing or a body ("executives plan" is a subject and its verb).
    # A possessive ("the workers' committee") still names them: its token's end
    # stops before the apostrophe, so a space must follow.
    if (
        joined[j]
        and toks[j + 1].norm in index.modifier_heads
        and text[toks[j].end : toks[j].end + 1] == " "
        and not _plural_word(toks[j].norm)
    ):
        return False
    sentence = sentences.get(toks[i].sentence)
    s_start = sentence.start if sentence else 0
    s_end = sentence.end if sentence else len(text)
    before, after = text[s_start : toks[i].start], text[toks[j].end : s_end]
    required = index.followed.get(key)
    if required is not None and not required.search(after):
        return False
    if i == j and key in index.generic and toks[i].norm == term.text and _appositive_job(before, after):
        return False
    for rx_before, rx_after in index.exclusions.get((term.topic, term.text), ()):
        if (rx_before is None or rx_before.search(before)) and (rx_after is None or rx_after.search(after)):
            return False
    if after[:1] in _APOSTROPHES and _market_idiom(before, after):
        return False
    # An abbreviation's plural takes a lower-case s ("GPs", "MPs", "CEOs"), so
    # a short all-capitals word ending in S among lower-case words is an
    # abbreviation of its own ("GPS" the navigation system, "MPS" the
    # Metropolitan Police Service); among other capitals ("FURY AT FAT CATS")
    # it is shouting, and capitals say nothing.
    last = toks[j]
    if text[last.end - 1] == "S" and last.end - last.start <= 5 and _lone_capitals(text, toks, joined, i, j):
        return False
    # Only a capitalised match can be part of a proper name: one cheap test
    # keeps the rule off nearly every mention.
    if text[toks[i].start].isupper() and (
        _in_proper_name(
            text[toks[i].start : toks[j].end], before, after, text[s_start:s_end], index.name_heads,
            index.name_introducers,
        )
        or (i == j and toks[i].norm in index.name_titles and _title_before_name(text, toks[i], after, s_start, s_end))
    ):
        return False
    return True


def _plural_word(norm: str) -> bool:
    """Whether a normalised people word reads as a plural ("workers", "people", "policemen", "staff")."""
    return norm.endswith(("s", "men")) or norm in _PLURAL_PEOPLE


_PLURAL_PEOPLE = frozenset({*_IRREGULAR.values(), "police", "staff", "personnel", "folk", "clergy", "crew"})
_APOSTROPHES = "'\u2019"
# "a landlord's market", "a buyer's market": the idiom for who has the upper
# hand names no one. (A plural possessive before a body stays a mention: "the
# teachers' union", "migrants' rights groups" name the people as its members.)
_MARKET_IDIOM_RE = re.compile(r"^['\u2019]s\s+markets?\b", re.IGNORECASE)
_A_BEFORE_RE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _market_idiom(before: str, after: str) -> bool:
    """Whether a possessive match is the idiom "a landlord's market" (no one is named)."""
    return _MARKET_IDIOM_RE.match(after) is not None and _A_BEFORE_RE.search(before) is not None


# A capitalised word after one space: the name a title stands before.
_NAME_AFTER_RE = re.compile(r"^ [A-Z][a-z]")


def _title_before_name(text: str, tok: _Tok, after: str, s_start: int, s_end: int) -> bool:
    """Whether a capitalised kinship word is a religious title before a name ("Father Tomas Reyes").

    Only in sentence case: in a title-case or all-capitals headline
    ("Grieving Father Speaks Out") capitals say nothing. The word itself must
    be written "Father", not "FATHER".
    """
    word = text[tok.start : tok.end]
    return (
        not word.isupper()
        and _NAME_AFTER_RE.match(after) is not None
        and not _headline_case(text[s_start:s_end])
    )


# A job word in a person's appositive ("Yasmina Haddad, 34, a nurse commuting
# from Meaux"; "Vicente Albiol, a real-estate developer who bought the club";
# "Chen Mei, a 52-year-old primary school teacher") tells who that one person
# is, not what the story calls the people involved. So does one fronted before
# the person's pronoun ("A former nurse, she now runs ...") and one after a
# speech verb that describes the speaker ("said the retired teacher."). Only a
# singular generic or occupation word counts as biography; a list ("a
# protester, a worker and a child") and a plural do not.
# Up to three modifiers ("52-year-old primary school"), none a function word:
# "a nurse and a student" is a list, not one modified noun.
_MODIFIERS = r"(?:(?:former|retired|veteran)\s+)?(?:(?!(?:and|or|a|an|the|of|with|who|whose)\s)[\w’'-]+\s+){0,3}"
_APPOSITIVE = re.compile(r",\s+(?:\d{1,3},\s+)?(?:a|an)\s+" + _MODIFIERS + "$", re.IGNORECASE)
_FRONTED = re.compile(r"^[\s\"'“‘(]*(?:a|an)\s+" + _MODIFIERS + "$", re.IGNORECASE)
_FRONTED_AFTER = re.compile(r"^,\s+(?:he|she|they)\b", re.IGNORECASE)
_SPEAKER = re.compile(
    r"\b(?:said|says|added|explained|recalled|recounted|asked)\s+(?:the|a|an)\s+" + _MODIFIERS + "$", re.IGNORECASE
)
_SPEAKER_AFTER = re.compile(r"^\s*(?:[,.;:!?\u2014\u2013]|$)")
_LIST_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+,\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# "a nurse and a student" is two people; "a Harlow University professor and
# observatory scientist" (no article, no number after "and") is one person's second job.
_LIST_AFTER = re.compile(
    r"\s*,?\s*(?:and|or)\s+(?:a|an|the|one|two|three|four|five|\d+|his|her|their|other|several|some|many)\b",
    re.IGNORECASE,
)


def _appositive_job(before: str, after: str) -> bool:
    tail = before[-100:]
    if _APPOSITIVE.search(tail):
        return not _LIST_BEFORE.search(tail) and not _LIST_AFTER.match(after)
    if _FRONTED.match(before):
        return bool(_FRONTED_AFTER.match(after))
    return bool(_SPEAKER.search(tail)) and bool(_SPEAKER_AFTER.match(after))


def _lone_capitals(text: str, toks: Sequence[_Tok], joined: Sequence[bool], i: int, j: int) -> bool:
    """True when the match's last word is all capitals and no word joined to the match by a space is.

    Only a word in the same run counts ("FAT CATS"): "RNAV (GPS)" is an
    abbreviation in brackets after another.
    """
    word = text[toks[j].start : toks[j].end]
    if not (word.isupper() and word.isalpha()):
        return False
    for k, linked in ((i - 1, i > 0 and joined[i - 1]), (j + 1, joined[j])):
        if linked:
            near = text[toks[k].start : toks[k].end]
            if len(near) > 1 and near.isalpha() and near.isupper():
                return False
    return True


# A capitalised word right after a match, across a possessive apostrophe
# ("Teachers' Union", "Children's Commissioner").
_NEXT_CAP_RE = re.compile(r"^(?:['\u2019]s?)?[ \t]+([A-Z][\w&-]*)")
# "Moms for Liberty", "Students for Justice in Palestine": a capitalised
# people word with a preposition and a capitalised word after it.
_FOR_CAP_RE = re.compile(r"^[ \t]+(?:for|against|without|4)[ \t]+[A-Z]")
# At the opening of a sentence a capital says nothing, and "Lawyers for Trump"
# or "Workers for Amazon" are people; "Moms for Liberty members" and "Parents
# Against Tyranny, a conservative group," are organisations by what follows
# the capitalised run: a member or chapter word, or an appositive naming the
# kind of body.
_OPENING_ORG_RE = re.compile(
    r"^[ \t]+(?:for|against|without|4)[ \t]+[A-Z][\w'\u2019&-]*(?:[ \t]+(?:(?:of|and|the|&|for|in|on)[ \t]+)?[A-Z][\w'\u2019&-]*)*"
    r"(?:[ \t]+(?:members?|chapters?|co-?founders?|founders?|volunteers?|spokes(?:man|woman|person))\b"
    r"|,[ \t]+(?:a|an|the)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}"
    r"(?:group|organi[sz]ation|charity|campaign|coalition|movement|network|non-?profit|association|lobby)\b)"
)
# "Civilians in Conflict Watch", "Patients for Safe Care Network": a joining
# word that names take (not "of" or "on", which mostly give a place or an
# owner: "residents of Harlow Council estates"), then a run of capitalised
# words (joined by of/and/the/&/for); the run's last word is then tested
# against the lexicon's name heads, and what follows the run must end the
# name (see _ends_name).
_LINKED_CAPS_RE = re.compile(
    r"^[ \t]+(?:in|for|against|without|4)[ \t]+"
    r"((?:[A-Z][\w'\u2019&-]*)(?:[ \t]+(?:(?:of|and|the|&|for|in|on)[ \t]+)?[A-Z][\w'\u2019&-]*)*)"
)
_CAP_WORD_RE = re.compile(r"^[A-Z][\w'\u2019.&-]*$")
# "Hostage Families Headquarters", "Veterans Benefits Office": one or two
# capitalised words straight after the match, the last of them a name head; the
# first may be possessive ("Manufacturers Workers' Union"), and so may the match
# itself ("the Tenants’ Management Organisation", round AF).
_CAPS_TO_HEAD_RE = re.compile(r"^(?:['\u2019]s?)?[ \t]+(?:[A-Z][\w&-]*(?:['\u2019]s?)?[ \t]+)?([A-Z][\w&-]*)\b")
_LONG_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]{3,}")
# Words that join the capitalised words of one name ("Health and Safety",
# "Federation of Teachers"), and a capitalised function word that only a name
# puts in the middle of a sentence ("Mothers Against Drunk Driving").
_NAME_LINKS = frozenset({"and", "of", "for", "&", "de", "on"})
_NAME_FUNCTION_WORDS = frozenset({"for", "against", "of", "without", "in", "on", "and", "the", "4", "&"})
_OPENING_MARKS = "\"'\u201c\u2018([\u2014\u2013-"


def _headline_case(sentence: str) -> bool:
    """True when capitals say nothing here: a title-case or all-capitals headline.

    Title case capitalises every word of four letters or more except a few
    function words; sentence case leaves at least one such word in lower case.
    """
    stop = _stop_words()
    return not any(w[0].islower() and w.lower() not in stop for w in _LONG_WORD_RE.findall(sentence))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from framing._stopwords import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def _in_proper_name(
    span: str,
    before: str,
    after: str,
    sentence: str,
    heads: frozenset[str],
    introducers: frozenset[str] = frozenset(),
) -> bool:
    """Whether a capitalised match is part of the proper name of an organisation, office, law or day.

    "the Health and Safety Executive", "the Teachers' Union", "the Migrant
    Rights Network", "the United Auto Workers", "Students for Justice in
    Palestine" name an organisation, not the people the story is about. Three
    signs, each general:

    1. a name head follows ("Union", "Party", "Network", "Commissioner", "Act";
       ``proper_names: heads`` in the lexicon), or, in a sentence-case
       sentence, a capitalised function word or -ing word ("Mothers Against
       Drunk Driving", "Parents Defending Education");
       or a joining word and a run of capitalised words that ends in a name
       head ("Civilians in Conflict Watch");
    2. in the middle of a sentence-case sentence, "for"/"against"/"without"
       and a capitalised word follow ("Moms for Liberty"), or a word that
       introduces a name stands before it, across a run of capitalised words
       ("the group Civilians in ...", "a group called Mothers of the
       Disappeared", "the charity Save the Children": ``introducers``), or
       one that is a noun stands after the run, in sentence case ("the Boat
       People SOS charity", "the Concerned Renters group");
    3. in a sentence-case sentence, a run of capitalised words joined by
       and/of/& stands before it and nothing capitalised follows: opened by
       "the" ("the Police Federation"... "the Health and Safety Executive"), or of
       two or more words or with a joining word ("United Auto Workers", after a
       possessive: "Britain's Health and Safety Executive").

    A title before a person's name is not a name of an organisation: in
    "Chief Executive Mark Lee" and "Union Boss Mark Ellison" the capitalised
    word after is a name, so the match stays a mention of that person (whether
    it counts is then the lexicon's call: "chief executive" is left out there).
    In a title-case or all-capitals headline capitals mean nothing, so only a
    name head after the match counts.
    """
    if not all(w[0].isupper() for w in span.split()):
        return False
    nxt = _NEXT_CAP_RE.match(after)
    if nxt is not None and _norm(nxt.group(1)) in heads:
        return True
    linked = _LINKED_CAPS_RE.match(after) if after[:1] in (" ", "\t") else None
    if (
        linked is not None
        and _norm(linked.group(1).split()[-1].rstrip("'\u2019")) in heads
        and _ends_name(after[linked.end() :])
    ):
        return True
    # All capitals are typography (a tabloid's "FAT CATS"), not a name.
    if span.isupper() or _headline_case(sentence):
        return False
    # In sentence case, capitals that run on into a head make one name: the
    # people word is its first word, not a name of people in the story (round Y).
    run = _CAPS_TO_HEAD_RE.match(after)
    if run is not None and _norm(run.group(1)) in heads:
        return True
    # "the Boat People SOS charity", "the Concerned Renters group": a lower-case
    # noun that introduces a name, after the capitalised run, says what kind of
    # body it names (not at a sentence's opening with nothing between, where the
    # capital says nothing).
    kind = _CAPS_TO_KIND_RE.match(after)
    if (
        kind is not None
        and kind.group(2) in introducers
        and kind.group(2) not in _INTRO_VERBS
        and (kind.group(1) or before.strip(" \t" + _OPENING_MARKS))
    ):
        return True
    if nxt is not None:
        word = nxt.group(1).lower()
        # Otherwise a capitalised word after is a person's name: a title stands before it.
        return word in _NAME_FUNCTION_WORDS or (word.endswith("ing") and len(word) > 5)
    words = [w.lstrip(_OPENING_MARKS) for w in before.split()]
    if not words or not words[-1]:
        # The match opens the sentence (or a quote): its capital says nothing,
        # only what follows the name can.
        return _OPENING_ORG_RE.match(after) is not None
    if _FOR_CAP_RE.match(after):
        return True
    if introducers and _introduced(words, introducers):
        return True
    caps, links, k = 0, 0, len(words)
    after_cap = True  # the match itself is capitalised
    stop = _stop_words()
    while k > 0:
        word = words[k - 1]
        if word in ("the", "The"):
            break
        # A capitalised pronoun or other function word ("Protect Our Kids", a
        # slogan) and an all-capitals word (typography or an acronym) end the run.
        if (
            _CAP_WORD_RE.match(word)
            and not word.endswith(("'s", "\u2019s"))
            and not word.isupper()
            and word.lower() not in stop
        ):
            caps += 1
            after_cap = True
        elif word in _NAME_LINKS and after_cap:  # a joining word stands between capitals
            links += 1
            after_cap = False
        else:
            break
        k -= 1
    if k < len(words) and words[k] in _NAME_LINKS:
        links -= 1  # a run cannot open with a joining word ("members of Kelvale Workers")
    # "Thousands of Kenyans": a quantity word opening the sentence has its capital
    # from the sentence alone. (A function word never counts as a capital: "Many
    # of the Workers" stops the run at "the", a joining word is discounted above.)
    if k == 0 and words[0].lower() in _QUANTITY_WORDS:
        caps -= 1
        if len(words) > 1 and words[1] in _NAME_LINKS:
            links -= 1
    if caps <= 0:
        return False
    opener = words[k - 1] if k > 0 else ""
    if opener in ("the", "The") or caps >= 2 or links > 0:
        return True
    # Round AF: one capitalised word right before a capitalised singular people
    # word makes a name of both in sentence case: a paper ("told Kelford Star",
    # "Socialist Worker"), or a surname ("Paul Farmer"). A nationality before it
    # is an adjective ("a Kenyan National" in a caption's capitals), and a plural
    # is a people ("Gazan Palestinians"), so neither counts.
    # A title before a name with an aside between ("General Manager
    # (Operations) Jane Doe") names that person, as "Chief Executive Mark Lee" does.
    prev = words[-1]
    return (
        " " not in span
        and span[-1:] not in "sS"
        and _DEMONYM_ADJ_RE.fullmatch(prev) is None
        and not prev.endswith("ish")
        and _ASIDE_NAME_RE.match(after) is None
    )


_ASIDE_NAME_RE = re.compile(r"^[ \t]*\([^()]{1,40}\)[ \t]*[A-Z]")
_INTRO_LINKS = frozenset({"of", "the", "for", "and", "&", "in", "on"})
# Up to four capitalised words after a match, then a lower-case word: the kind of body named.
_CAPS_TO_KIND_RE = re.compile(r"^(?:['\u2019]s?)?((?:[ \t]+[A-Z][\w&'\u2019-]*){0,4})[ \t]+([a-z][a-z-]*)\b")
# Introducers that are verbs ("a group called ..."): after a name they are its predicate.
_INTRO_VERBS = frozenset({"called", "named", "dubbed"})
_QUANTITY_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens"})
_NEXT_WORD_RE = re.compile(r"^[ \t]+([a-z]+)")
_REPORTING = frozenset({"said", "says", "told", "reported", "warned", "added", "counted", "estimated", "claimed",
                        "claims", "found", "documented", "urged", "called"})


def _ends_name(rest: str) -> bool:
    """Whether the text after a capitalised run ends the noun phrase, so the run is the whole name.

    "Civilians in Conflict Watch, which", "... Watch said": punctuation, the
    end, a function word or a reporting verb. "Residents in Camden Council
    flats" goes on with a noun, so "Camden Council" only says where.
    """
    word = _NEXT_WORD_RE.match(rest)
    if word is None:
        return True  # punctuation, a capital or the end of the sentence
    w = word.group(1)
    return w in _stop_words() or w in _REPORTING or w.endswith("ed")


def _introduced(words: Sequence[str], introducers: frozenset[str]) -> bool:
    """Whether the words before a capitalised match end in a name's introducer and its capitalised start.

    "the group" + match, "a group called" + match, "the charity Save the" +
    match: walking left over capitalised words and the joining words inside
    names, the run must open with a capitalised word (or be empty) and the
    word before it must introduce a name ("group", "charity", "called").
    """
    j = len(words)
    while j > 0 and (_CAP_WORD_RE.match(words[j - 1]) or words[j - 1] in _INTRO_LINKS):
        j -= 1
    while j < len(words) and words[j] in _INTRO_LINKS:
        j += 1  # a run cannot open with a joining word ("a network of Mothers")
    if j == 0:
        return False
    if j < len(words) and not _CAP_WORD_RE.match(words[j]):
        return False
    if 0 < j < len(words) and words[j - 1] in _INTRO_LINKS:
        return False
    return _norm(words[j - 1].rstrip(",:")) in introducers


# --------------------------------------------------------------------------
# Figures


def _rate(count: int, words: int) -> float:
    return round(count * 1000 / words, 2) if words else 0.0


def naming_profile(doc: Document, mentions: Sequence[Mention]) -> NamingProfile:
    """Counts and rates per category and voice, term uses, first term and lede terms."""
    ordered = sorted(mentions, key=lambda m: m.start)
    cells: dict[tuple[str, str, str], list[Mention]] = {}
    uses: dict[tuple[str, str, str, str], list[Mention]] = {}
    for m in ordered:
        cells.setdefault((m.topic, m.category, m.voice), []).append(m)
        uses.setdefault((m.topic, m.category, m.term, m.voice), []).append(m)
    first_sentence = doc.sentences[0].index if doc.sentences else None
    return NamingProfile(
        article=doc.article.id,
        outlet=doc.article.outlet,
        words=doc.words,
        total=len(ordered),
        cells=tuple(
            ProfileCell(topic, cat, voice, len(ms), _rate(len(ms), doc.words), tuple(ms))
            for (topic, cat, voice), ms in cells.items()
        ),
        terms=tuple(
            sorted(
                (
                    TermUse(
                        term=term,
                        topic=topic,
                        category=cat,
                        voice=voice,
                        count=len(ms),
                        forms=tuple(dict.fromkeys(m.text for m in ms)),
                        speakers=tuple(dict.fromkeys(m.speaker for m in ms if m.speaker)),
                        sentences=tuple(dict.fromkeys(m.sentence for m in ms)),
                    )
                    for (topic, cat, term, voice), ms in uses.items()
                ),
                key=lambda u: (u.voice != "narrator", -u.count, u.sentences[0], u.term),
            )
        ),
        first_mention=ordered[0] if ordered else None,
        first_narrator_mention=next((m for m in ordered if m.voice == "narrator"), None),
        lede_mentions=tuple(m for m in ordered if m.sentence == first_sentence),
    )


def side_by_side(profiles: Sequence[NamingProfile], *, lexicon: NamingLexicon | None = None) -> NamingTable:
    """The category x voice table across articles, rows in lexicon order."""
    lex = lexicon or load_naming_lexicon()
    # Category names are unique across topics, so the name alone gives the order.
    order = {c.name: n for n, c in enumerate(c for t in lex.topics for c in t.categories)}
    generic = _generic(lex)
    # Generic categories go under the event's main topic. When the mentions
    # were matched together (find_event_mentions) every generic mention
    # already carries it, ranked by distinctive words: keep that one, or a
    # table would disagree with the JSON (a school's many shared "parents"
    # would outvote a measles story's own words). Otherwise: the topic with
    # the most mentions of its own categories over all articles (ties in
    # lexicon order), else "general". One row each, whatever topic each
    # article gave.
    filed = {c.topic for p in profiles for c in p.cells if c.category in generic}
    if len(filed) == 1:
        main = next(iter(filed))
    else:
        topic_order = [t.name for t in lex.topics]
        own: dict[str, int] = {}
        for p in profiles:
            for c in p.cells:
                if c.category not in generic:
                    own[c.topic] = own.get(c.topic, 0) + c.count
        ranked = sorted(
            own, key=lambda t: (-own[t], topic_order.index(t) if t in topic_order else len(topic_order), t)
        )
        main = ranked[0] if ranked and own[ranked[0]] else GENERAL_TOPIC

    def key(c: ProfileCell) -> tuple[str, str, str]:
        return (main if c.category in generic else c.topic, c.category, c.voice)

    keys = {key(c) for p in profiles for c in p.cells}
    rows = []
    for topic, cat, voice in sorted(keys, key=lambda k: (order.get(k[1], len(order)), k[1], k[2], k[0])):
        counts, rates = [], []
        for p in profiles:
            cells = [c for c in p.cells if key(c) == (topic, cat, voice)]
            counts.append(sum(c.count for c in cells))
            rates.append(_rate(counts[-1], p.words) if cells else 0.0)
        rows.append(NamingRow(topic, cat, voice, tuple(counts), tuple(rates)))
    return NamingTable(
        articles=tuple(p.article for p in profiles),
        outlets=tuple(p.outlet for p in profiles),
        words=tuple(p.words for p in profiles),
        rows=tuple(rows),
    )


# --------------------------------------------------------------------------
# Concordance


_SPACE_RUN_RE = re.compile(r"\s+")


def _flat(text: str) -> str:
    """One line: each run of spaces and breaks becomes one space.

    Runs at the edges stay too: a context that starts with the paragraph
    break right after the term must read " used to", not "used to".
    """
    return _SPACE_RUN_RE.sub(" ", text) if "\n" in text or "\t" in text else text


def concordance(
    doc: Document, mentions: Sequence[Mention], *, width: int = 40, sort: SortKey = "term"
) -> tuple[KwicLine, ...]:
    """Every mention with ``width`` characters of context each side (KWIC).

    ``sort`` orders the lines by term then position (default), by position,
    or by the words nearest the match on the left or the right, as
    concordancers do.
    """
    if width < 0:
        raise ValueError(f"width must be 0 or more, got {width}")
    if sort not in ("term", "position", "left", "right"):
        raise ValueError(f"sort must be one of term, position, left, right; got {sort!r}")
    text = doc.text
    lines = [
        KwicLine(
            article=doc.article.id,
            outlet=doc.article.outlet,
            term=m.term,
            category=m.category,
            voice=m.voice,
            speaker=m.speaker,
            sentence=m.sentence,
            start=m.start,
            end=m.end,
            left=_flat(text[max(0, m.start - width) : m.start]),
            match=_flat(text[m.start : m.end]),
            right=_flat(text[m.end : m.end + width]),
        )
        for m in mentions
    ]
    keys = {
        "term": lambda k: (k.term, k.start),
        "position": lambda k: (k.start, 0),
        "left": lambda k: (k.left.lower()[::-1].lstrip(), k.start),
        "right": lambda k: (k.right.lower().lstrip(), k.start),
    }
    return tuple(sorted(lines, key=keys[sort]))


def group_concordance(lines: Sequence[KwicLine]) -> tuple[KwicGroup, ...]:
    """Concordance lines grouped by term, then outlet (outlets in order of appearance)."""
    outlets = list(dict.fromkeys(line.outlet for line in lines))
    groups: dict[tuple[str, str], list[KwicLine]] = {}
    for line in lines:
        groups.setdefault((line.term, line.outlet), []).append(line)
    return tuple(
        KwicGroup(term, outlet, tuple(group))
        for (term, outlet), group in sorted(groups.items(), key=lambda kv: (kv[0][0], outlets.index(kv[0][1])))
    )


# --------------------------------------------------------------------------
# Discovery


_VERB_S_RE = re.compile(r"^[a-z]+[^sui]s$")


def _looks_like_verb_s(word: str) -> bool:
    """A lower-case word in -s before a noun is a verb ("holds aliens"), not a modifier.

    English noun modifiers are singular ("farm workers", not "farms workers")
    and adjectives rarely end in a bare -s (-ous, -ss, -us and -is are kept);
    capitalised names ("Texas residents") are kept too.
    """
    return _VERB_S_RE.match(word) is not None


# Adjective endings: a word with one before an "-ed" word is no subject
# ("careless sacked workers" is rare, but "angry" and the like are adjectives);
# kept short because nouns in -al, -ive, -ic and -y are common subjects
# ("hospital", "executive", "company").
_ADJECTIVE_END = ("ful", "ous", "less", "ish", "able", "ible")


def _finite_verb(toks: Sequence[_Tok], joined: Sequence[bool], j: int, blocked: frozenset[str],
                 cues: frozenset[str], gerund_cues: frozenset[str] = frozenset()) -> bool:
    """Whether walked word ``j`` is a finite verb, not a modifier, judged by the word before it.

    After a subject pronoun, modal, do or not ("I believe people", "they
    detained protesters", "did not hurt people") any word is a verb. An "-ed"
    word is a verb when a noun stands right before it as its subject ("greedy
    firm ignored workers", "media showed masked rioters"): a content word that
    is no stop word, adverb (-ly), participle (-ed, -ing) or adjective. After a
    determiner, a number, punctuation or at the start it is a participle used
    as an adjective ("the two injured workers", "Terrified residents").

    An "-ing" word is a verb taking the people as its object after a form of
    "be" or a preposition that takes a gerund (``gerund_cues``: "are
    punishing children", "amounts to telling parents") and, like an "-ed"
    word, right after a noun ("an order keeping unvaccinated students");
    elsewhere it is an adjective ("full of sleeping children", "Grieving
    families").
    """
    if j == 0 or not joined[j - 1]:
        return False
    before = toks[j - 1].norm
    if before in cues:
        return True
    word = toks[j].norm
    if len(word) >= 6 and word.endswith("ing"):
        if before in gerund_cues:
            return True
    elif len(word) < 5 or not word.endswith("ed") or word.endswith("eed"):
        return False
    return (
        before.isalpha()
        and before not in blocked
        and not before.endswith(("ly", "ed", "ing"))
        and not before.endswith(_ADJECTIVE_END)
    )


def _head_in_name(
    sentence: Sentence | None, tok: _Tok, text: str, heads: frozenset[str], introducers: frozenset[str]
) -> bool:
    """Whether a capitalised head token is part of an organisation's name, as the matcher judges it."""
    s_start = sentence.start if sentence else 0
    s_end = sentence.end if sentence else len(text)
    return _in_proper_name(
        text[tok.start : tok.end], text[s_start : tok.start], text[tok.end : s_end], text[s_start:s_end],
        heads, introducers,
    )


@_per_lexicon
def _heads(lexicon: NamingLexicon) -> dict[str, tuple[str, str]]:
    """Normalised singular and plural head nouns -> (topic, singular head)."""
    heads: dict[str, tuple[str, str]] = {}
    for topic in lexicon.topics:
        for head in topic.people_heads:
            for form in (head, _plural(head)):
                heads.setdefault(_norm(form), (topic.name, head))
    return heads


def _proper_head(word: str, sentence: Sentence | None, text: str) -> bool:
    """Whether a head word inside a phrase is capitalised as a name is ("Safety Executive", "of Teachers").

    Only in a sentence-case sentence: in a title-case or all-capitals headline
    capitals say nothing, and an all-capitals word is typography.
    """
    if not word[:1].isupper() or word.isupper():
        return False
    return sentence is None or not _headline_case(text[sentence.start : sentence.end])


def discover_candidates(
    doc: Document, mentions: Sequence[Mention], *, lexicon: NamingLexicon | None = None
) -> tuple[Candidate, ...]:
    """Phrases naming people that the lexicon does not hold, for the user to review.

    A candidate is a people head noun (the topic's ``people_heads``) with the
    modifiers in front of it, when the lexicon matched no term there ("laborers")
    or matched a shorter phrase than the one written ("removable aliens",
    "mostly Latino workers"). Each distinct phrase is listed once, at its first
    occurrence, with how often it occurs.

    The modifiers are adjectives, nouns, hyphenated words and participles used
    as adjectives ("masked rioters", "Terrified residents"); the walk stops at
    a finite verb ("firm ignored workers", "I believe people": see
    :func:`_finite_verb`). A head capitalised inside a sentence-case sentence
    is part of a proper name ("the Health and Safety Executive", "the National
    Union of Teachers"), never a candidate.
    """
    lex = lexicon or load_naming_lexicon()
    heads = _heads(lex)
    blocked = _blocked(lex)
    degree = frozenset(_norm(w) for w in lex.degree_adverbs)
    cues = frozenset(lex.verb_cues)
    gerund_cues = frozenset(lex.gerund_cues)
    name_heads = frozenset(lex.proper_name_heads)
    introducers = frozenset(lex.proper_name_introducers)
    sentences = {s.index: s for s in doc.sentences}
    headline: dict[int, bool] = {}  # per sentence: title case or all capitals

    def in_headline(sentence: int) -> bool:
        if sentence not in headline:
            sent = sentences.get(sentence)
            headline[sentence] = sent is not None and _headline_case(text[sent.start : sent.end])
        return headline[sentence]

    toks, joined = _words(doc)
    orig = doc.tokens
    text = doc.text
    covering = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in covering]

    def mention_at(tok: _Tok) -> Mention | None:
        import bisect

        k = bisect.bisect_right(starts, tok.start) - 1
        if k >= 0 and covering[k].start <= tok.start and tok.end <= covering[k].end:
            return covering[k]
        return None

    found: dict[str, list[tuple[int, int, int, str, tuple[str, ...], str, str | None]]] = {}
    for i, tok in enumerate(toks):
        hit = heads.get(tok.norm)
        if hit is None:
            continue
        topic, head = hit
        mention = mention_at(tok)
        if mention is None:
            # Without a lexicon match, the head must end its phrase: "immigrant
            # rights" or "national average" are not names for people.
            nxt = toks[i + 1] if i + 1 < len(toks) and joined[i] else None
            if nxt is not None and nxt.norm.isalpha() and nxt.norm not in blocked and not nxt.norm.endswith("ed"):
                continue
            if i > 0 and joined[i - 1] and _proper_head(text[orig[i].start : tok.end], sentences.get(tok.sentence), text):
                continue
            # A capitalised head that the matcher would read as part of a
            # name ("a group, Civilians in Conflict Watch,") is no candidate.
            if text[tok.start].isupper() and _head_in_name(sentences.get(tok.sentence), tok, text, name_heads, introducers):
                continue
            first = i
        else:
            if mention.end != tok.end:
                continue  # only the last word of a mention heads a phrase
            first = next(k for k in range(i, -1, -1) if toks[k].start == mention.start)
        mods: list[str] = []
        k = first
        # In a title-case or all-capitals headline every word is capitalised,
        # so a capital cannot tell a verb from an adjective ("Bureaucrats Bar
        # Healthy Kids"): the walk stops at the first capitalised word (the
        # sentence is only tested when a capitalised word comes up).
        while k > 0 and joined[k - 1] and len(mods) < 3:
            prev = toks[k - 1]
            if text[prev.start].isupper() and in_headline(tok.sentence):
                break
            # A degree adverb joins only in front of a modifier ("mostly Latino")
            # and opens the phrase: what stands before it is not part of it.
            if prev.norm in degree and mods:
                mods.insert(0, text[orig[k - 1].start : prev.end])
                k -= 1
                break
            if (
                _is_modifier(prev, blocked)
                and not _looks_like_verb_s(text[orig[k - 1].start : prev.end])
                and not _finite_verb(toks, joined, k - 1, blocked, cues, gerund_cues)
            ):
                mods.insert(0, text[orig[k - 1].start : prev.end])
                k -= 1
                continue
            break
        if mention is not None and not mods:
            continue
        start, end = toks[k].start, tok.end
        phrase = text[start:end]
        key = " ".join(_norm(w) for w in phrase.split())
        found.setdefault(key, []).append(
            (start, end, tok.sentence, head, tuple(mods), topic, mention.term if mention else None)
        )
    out = []
    for key, hits in found.items():
        start, end, sentence, head, first_mods, topic, term = hits[0]
        out.append(
            Candidate(
                key=key,
                text=text[start:end],
                start=start,
                end=end,
                sentence=sentence,
                head=head,
                modifiers=first_mods,
                topic=topic,
                extends_term=term,
                count=len(hits),
                sentences=tuple(dict.fromkeys(h[2] for h in hits)),
            )
        )
    return tuple(sorted(out, key=lambda c: c.start))


def peripheral_categories(
    mentions: Sequence[Sequence[Mention]], lexicon: NamingLexicon | None = None
) -> frozenset[str]:
    """The ``peripheral`` categories that stay peripheral in this event: bystanders, not the people involved.

    A category is ``peripheral`` in the lexicon because its people (children,
    families) are usually around the central ones. When one outlet names the
    people involved mostly by it (a minors' social-media law: "kids",
    "minors", "teens"), they are the central people of that story; so a
    peripheral category stops being peripheral when it is the most frequent
    category in the outlet's own (narrator) voice in more than half of the
    articles (ties count for every tied category). One outlet dwelling on the
    children of the people involved (the seed event's ABC News on the children
    left behind by a raid) does not make them the story's people. The summary
    uses this set in place of ``lexicon.emphasised("peripheral")``.

    Args:
        mentions: the mentions of each article of the event
            (:func:`find_event_mentions`).
        lexicon: the naming lexicon (default: the project's).
    """
    lex = lexicon or load_naming_lexicon()
    leads: dict[str, int] = {}
    for article in mentions:
        counts: dict[str, int] = {}
        for m in article:
            if m.voice == "narrator":
                counts[m.category] = counts.get(m.category, 0) + 1
        if counts:
            top = max(counts.values())
            for c, n in counts.items():
                if n == top:
                    leads[c] = leads.get(c, 0) + 1
    central = {c for c, n in leads.items() if 2 * n > len(mentions)}
    return lex.emphasised("peripheral") - central
