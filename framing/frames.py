"""Frame cues sentence by sentence, and each article's frame profile.

This module owns frames: it loads and validates ``lexicons/frames.yaml`` (the
15 Policy Frames Codebook dimensions, the immigration frames of Mendelsohn,
Budak and Jurgens 2021, and narrative frames: episodic, thematic, human
interest), finds every cue in a prepared :class:`~framing.model.Document`
(:func:`frame_cues`, each cue a span with the words that triggered it) and
sums them into a :class:`FrameProfile` (:func:`frame_profile`: the share of
sentences per frame, the cue words behind each number, episodic vs thematic).
Cue matching is dictionary-based and transparent by design: a teacher can see
and edit why a sentence was marked, which a trained classifier cannot offer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from framing._memo import by_identity
from framing.errors import LexiconError
from framing.lexicons import lexicon_path, read_lexicon, require_list
from framing.model import Document, Token
from framing.numbers import QuantityWords, load_quantity_words
from framing.terms import normalise_token, stop_words
from framing.tone import load_neutral_senses, other_language_spans

Family = Literal["policy", "immigration", "narrative"]
FAMILIES: tuple[str, ...] = ("policy", "immigration", "narrative")
GROUPS: tuple[str, ...] = ("victim", "hero", "threat")
_TOP_CONTEXT_KEY = "context"
_FRAME_KEYS = {"label", "family", "group", "description", "cues", "exclude", "residual", "unless_near"}
# A cue word: "arrest", "arrest*" (prefix), "*-year-old" (suffix), "*'s" (any
# word written with a possessive, inside a phrase: "at the *'s home").
_CUE_WORD = re.compile(r"^(?:[^\W_](?:[\w'.\-]*[^\W_])?|[^\W_][\w'.\-]*\*|\*[\w'.\-]*[^\W_])$")
_FRAME_ID = re.compile(r"^[a-z][a-z0-9_]*$")
# Words of a phrase may be separated by spaces, hyphens, quote marks ("on
# “humanitarian grounds”") or an abbreviation's period ("a U.S. citizen": the
# phrase never leaves its sentence), never by a comma, colon or bracket.
_PHRASE_GAP = re.compile(r"[\s\-\u2010-\u2014\"'\u2018\u2019\u201c\u201d.]*")
# How much more of one narrative mode an article needs before it is called
# episodic or thematic rather than mixed.
_LEAN = 1.25


@dataclass(frozen=True, slots=True)
class FrameSpec:
    """One frame of the lexicon: its label, family, cues and exclusions."""

    id: str
    label: str
    family: str
    group: str | None
    description: str
    cues: tuple[str, ...]
    exclude: tuple[str, ...]
    residual: bool = False
    # cue -> words that, anywhere in the same sentence, show the cue is used in
    # another sense ("investigators" of an accident board are not police).
    unless_near: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleSense:
    """Cues of a frame whose sense is set by the body the article reports on.

    A vote, a ballot, a congress or a president belongs to a parliament or an
    election in one story and to a sports federation, a union, a synod or a
    company's shareholders in another, and the sentence often does not say
    which ("Delegates approved the rule by 42 votes to nine"). ``body`` words
    name a body that is not the state, ``state`` words a legislature or an
    election. A listed cue is read in the body's sense in a sentence that has
    a body word and no state word, and in every sentence without a state word
    of an article where more sentences name such a body than a legislature or
    an election (or as many, the body first: the lead names the subject). A
    sentence naming a legislature keeps its cues in any article.
    """

    frame: str
    cues: tuple[str, ...]
    body: tuple[str, ...]
    state: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FramesLexicon:
    """The validated frame lexicon: frames in display order and global exclusions."""

    path: str
    frames: tuple[FrameSpec, ...]
    exclude_all: tuple[str, ...]
    # family -> words of which one must occur in the article for the family's
    # cues to count (the immigration frames need an article about migration).
    context: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # family -> context words too incidental to open the family alone (a
    # ministry's name, a biography's "emigrated", an expat, a visa): the
    # family counts only when such words stand in two sentences or beside a
    # context word not listed here.
    context_weak: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # family -> phrases in which a context word does not count at all (a state that
    # "closed its land and air borders" after a coup says nothing about migration).
    context_not: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Cue words that are also given names ("Faith", "Mercy"): as the first word
    # of a capitalised name ("Faith Achieng'") they name a person, not a frame.
    given_names: frozenset[str] = frozenset()
    # Job titles ("minister", "commissioner", "lawmaker"): one that names a person (before the
    # name, or in apposition after it) says who acts or speaks, not how the story is framed.
    titles: frozenset[str] = frozenset()
    # Frames whose cues a title keeps: a foreign minister speaking is one state addressing another.
    title_frames_kept: frozenset[str] = frozenset()
    # Cues whose sense depends on the body an article reports on (see ArticleSense).
    article_sense: tuple[ArticleSense, ...] = ()
    # Economic cues that are only a count ("million", "billion"): money only with a
    # currency sign or code before the figure, or a ``money_words`` word just after
    # ("80 million euros", "5 million in damages"); "2 million visitors" is no money.
    money_counts: frozenset[str] = frozenset()
    money_words: frozenset[str] = frozenset()
    # Words after which a sum is a court's condition, not money in the economy ("bail of two
    # million rupees", "bail set at $2 million"): a count within five words after one is no cue.
    money_bail: frozenset[str] = frozenset()

    def frame(self, frame_id: str) -> FrameSpec:
        """The frame with id ``frame_id`` (KeyError if the lexicon lacks it)."""
        for spec in self.frames:
            if spec.id == frame_id:
                return spec
        raise KeyError(frame_id)


@dataclass(frozen=True, slots=True)
class FrameCue:
    """A cue of one frame in the text: the words that triggered it and where.

    ``cue`` is the lexicon entry that matched (``"separat*"``), ``text`` the
    words as printed; ``in_quotes`` is True when the cue lies between quote
    marks (the outlet chose to quote it rather than say it).
    """

    start: int
    end: int
    text: str
    frame: str
    family: str
    sentence: int
    cue: str
    in_quotes: bool


@dataclass(frozen=True, slots=True)
class CueWord:
    """A cue word of a frame in one article, how often it fired and where."""

    word: str
    count: int
    sentences: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FrameShare:
    """One frame in an article: the sentences that cue it and their share."""

    frame: str
    label: str
    family: str
    group: str | None
    sentences: tuple[int, ...]
    share: float
    cues: int
    words: tuple[CueWord, ...]


@dataclass(frozen=True, slots=True)
class SentenceFrame:
    """A frame cued in one sentence, with the words that cued it."""

    frame: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SentenceFrames:
    """The frames cued in one sentence."""

    sentence: int
    frames: tuple[SentenceFrame, ...]


@dataclass(frozen=True, slots=True)
class FrameProfile:
    """An article's frames: share of sentences per frame, the words behind each.

    ``narrative`` is ``"episodic"`` or ``"thematic"`` when one kind of cue
    marks at least 1.25 times as many sentences as the other, ``"mixed"``
    otherwise, ``"neither"`` when there is no cue of either kind.
    ``dominant`` maps each family to its frames with the largest share.
    """

    article: str
    sentences: int
    frames: tuple[FrameShare, ...]
    by_sentence: tuple[SentenceFrames, ...]
    episodic: tuple[int, ...]
    thematic: tuple[int, ...]
    narrative: str
    dominant: tuple[tuple[str, tuple[str, ...]], ...]

    def get(self, frame_id: str) -> FrameShare:
        """The share record of ``frame_id`` (KeyError if the lexicon lacks it)."""
        for share in self.frames:
            if share.frame == frame_id:
                return share
        raise KeyError(frame_id)


# ---------------------------------------------------------------- lexicon


def _mapping(where: str, key: str, raw: object, what: str) -> None:
    """Raise a one-line LexiconError unless the lexicon's entry ``key`` is a non-empty mapping of ``what``."""
    if not isinstance(raw, dict) or not raw:
        raise LexiconError(f"{where}: entry '{key}' must map {what}")


def _strings(where: str, frame_id: str, key: str, value: Any, *, required: bool) -> tuple[str, ...]:
    if value is None and not required:
        return ()
    if not isinstance(value, list) or (required and not value):
        raise LexiconError(
            f"{where}: frame {frame_id!r} entry {key!r} must be a {'non-empty ' if required else ''}"
            "list of words or phrases, like [arrest*, law enforcement]"
        )
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise LexiconError(
                f"{where}: frame {frame_id!r} {key} item {i + 1} must be a word or phrase, got {item!r}"
            )
        if item.split()[0] == _POSSESSIVE_SLOT:
            raise LexiconError(
                f"{where}: frame {frame_id!r} {key} item {item!r} opens with *'s (any possessive word), "
                "which may only stand inside a phrase, like 'at the *'s home'"
            )
        for word in item.split():
            if not _CUE_WORD.match(word):
                raise LexiconError(
                    f"{where}: frame {frame_id!r} {key} item {item!r}: {word!r} is not a word; "
                    "use letters, digits, ' - or . with at most one '*' at the start or end"
                )
        out.append(" ".join(item.split()))
    return tuple(out)


def _unless_near(
    where: str, frame_id: str, value: Any, cues: tuple[str, ...]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Validate a frame's ``unless_near`` entry: a mapping of its own cues to words."""
    if value is None:
        return ()
    if not isinstance(value, dict) or not value:
        raise LexiconError(
            f"{where}: frame {frame_id!r} entry 'unless_near' must map a cue of the frame to a list of words, "
            "like {investigat*: [safety board, crash*]}"
        )
    out = []
    for cue, words in value.items():
        key = " ".join(str(cue).split())
        if key not in cues:
            raise LexiconError(f"{where}: frame {frame_id!r} unless_near names {cue!r}, which is not one of its cues")
        out.append((key, _strings(where, frame_id, f"unless_near {key}", words, required=True)))
    return tuple(out)


def _context_lists(
    where: str, data: dict[str, Any], key: str, families: set[str], example: str
) -> list[tuple[str, tuple[str, ...]]]:
    """A family-keyed list (``context_weak``, ``context_not``) of a family that has ``context`` words."""
    raw = data.get(key)
    out: list[tuple[str, tuple[str, ...]]] = []
    if raw is None:
        return out
    _mapping(where, key, raw, f"a family with context words to a list of {example}")
    for fam, words in raw.items():
        if fam not in families:
            raise LexiconError(f"{where}: {key} family {fam!r} has no 'context' words")
        out.append((fam, _strings(where, f"({key} {fam})", "words", words, required=True)))
    return out


def _parse(data: dict[str, Any]) -> FramesLexicon:
    where = str(data.get("_path", "frames lexicon"))
    frames_raw = data.get("frames")
    if not isinstance(frames_raw, dict) or not frames_raw:
        raise LexiconError(f"{where}: entry 'frames' must be a mapping of frame ids to frames")
    specs = []
    for frame_id, raw in frames_raw.items():
        if not isinstance(frame_id, str) or not _FRAME_ID.match(frame_id):
            raise LexiconError(f"{where}: frame id {frame_id!r} must be lower_case_with_underscores")
        if not isinstance(raw, dict):
            raise LexiconError(f"{where}: frame {frame_id!r} must be a mapping with label, family and cues")
        unknown = sorted(str(k) for k in raw if k not in _FRAME_KEYS)
        if unknown:
            raise LexiconError(
                f"{where}: frame {frame_id!r} has unknown key {unknown[0]!r}; allowed: {', '.join(sorted(_FRAME_KEYS))}"
            )
        label = raw.get("label")
        if not isinstance(label, str) or not label.strip():
            raise LexiconError(f"{where}: frame {frame_id!r} needs a 'label' (the name shown in reports)")
        family = raw.get("family")
        if family not in FAMILIES:
            raise LexiconError(
                f"{where}: frame {frame_id!r} family must be one of {', '.join(FAMILIES)}, got {family!r}"
            )
        group = raw.get("group")
        if group is not None and group not in GROUPS:
            raise LexiconError(
                f"{where}: frame {frame_id!r} group must be one of {', '.join(GROUPS)}, got {group!r}"
            )
        residual = raw.get("residual", False)
        if not isinstance(residual, bool):
            raise LexiconError(f"{where}: frame {frame_id!r} residual must be true or false, got {residual!r}")
        description = raw.get("description") or ""
        if not isinstance(description, str):
            raise LexiconError(f"{where}: frame {frame_id!r} description must be text")
        if residual:
            if raw.get("cues"):
                raise LexiconError(f"{where}: frame {frame_id!r} is residual and must not list cues; remove them")
            cues: tuple[str, ...] = ()
        else:
            cues = _strings(where, frame_id, "cues", raw.get("cues"), required=True)
        exclude = _strings(where, frame_id, "exclude", raw.get("exclude"), required=False)
        unless_near = _unless_near(where, frame_id, raw.get("unless_near"), cues)
        specs.append(
            FrameSpec(frame_id, label.strip(), family, group, description.strip(), cues, exclude, residual, unless_near)
        )
    exclude_all: tuple[str, ...] = ()
    if data.get("exclude_all") is not None:
        exclude_all = tuple(" ".join(x.split()) for x in require_list(data, "exclude_all"))
        _strings(where, "(all)", "exclude_all", list(exclude_all), required=False)
    context: list[tuple[str, tuple[str, ...]]] = []
    context_raw = data.get("context")
    if context_raw is not None:
        _mapping(where, "context", context_raw,
                 f"a family ({', '.join(FAMILIES)}) to a list of words, like {{immigration: [immigra*, asylum]}}")
        for fam, words in context_raw.items():
            if fam not in FAMILIES:
                raise LexiconError(f"{where}: context family must be one of {', '.join(FAMILIES)}, got {fam!r}")
            context.append((fam, _strings(where, f"(context {fam})", "words", words, required=True)))
    families = {fam for fam, _ in context}
    weak = _context_lists(where, data, "context_weak", families, "words, like {immigration: [home office, emigrated]}")
    context_not = _context_lists(where, data, "context_not", families, "phrases, like {immigration: [closed its borders]}")
    given: tuple[str, ...] = ()
    if data.get("given_names") is not None:
        given = _strings(where, "(all)", "given_names", data.get("given_names"), required=False)
        if any(" " in g or "*" in g for g in given):
            raise LexiconError(f"{where}: given_names must be single words without '*', like [faith, mercy]")
    titles: tuple[str, ...] = ()
    if data.get("titles") is not None:
        titles = _strings(where, "(all)", "titles", data.get("titles"), required=False)
        if any(" " in t or "*" in t for t in titles):
            raise LexiconError(f"{where}: titles must be single words without '*', like [minister, commissioner]")
    kept = _strings(where, "(all)", "title_frames_kept", data.get("title_frames_kept"), required=False)
    unknown_kept = sorted(set(kept) - {spec.id for spec in specs})
    if unknown_kept:
        raise LexiconError(
            f"{where}: title_frames_kept names frame {unknown_kept[0]!r}, which the lexicon lacks; use a frame id"
        )
    senses: list[ArticleSense] = []
    sense_raw = data.get("article_sense")
    if sense_raw is not None:
        ids = {spec.id: spec for spec in specs}
        _mapping(where, "article_sense", sense_raw,
                 "a frame id to {cues, body, state}, like {political: {cues: [vote], body: [synod*], state: [parliament*]}}")
        for frame_id, raw in sense_raw.items():
            if frame_id not in ids:
                raise LexiconError(f"{where}: article_sense names frame {frame_id!r}, which the lexicon lacks")
            if not isinstance(raw, dict) or sorted(raw) != ["body", "cues", "state"]:
                raise LexiconError(
                    f"{where}: article_sense {frame_id!r} must have exactly the keys body, cues and state"
                )
            cues_of = _strings(where, frame_id, "article_sense cues", raw["cues"], required=True)
            missing = [c for c in cues_of if c not in ids[frame_id].cues]
            if missing:
                raise LexiconError(
                    f"{where}: article_sense {frame_id!r} names {missing[0]!r}, which is not one of its cues"
                )
            senses.append(
                ArticleSense(
                    frame_id,
                    cues_of,
                    _strings(where, frame_id, "article_sense body", raw["body"], required=True),
                    _strings(where, frame_id, "article_sense state", raw["state"], required=True),
                )
            )
    money_raw = data.get("money") or {}
    if not isinstance(money_raw, dict) or set(money_raw) - {"counts", "words", "bail"}:
        raise LexiconError(f"{where}: entry 'money' must map 'counts', 'words' and 'bail' to lists of words")
    money_counts = _strings(where, "(all)", "money counts", money_raw.get("counts"), required=False)
    money_words = _strings(where, "(all)", "money words", money_raw.get("words"), required=False)
    money_bail = _strings(where, "(all)", "money bail", money_raw.get("bail"), required=False)
    return FramesLexicon(
        path=where,
        frames=tuple(specs),
        exclude_all=exclude_all,
        context=tuple(context),
        context_weak=tuple(weak),
        context_not=tuple(context_not),
        given_names=frozenset(normalise_token(g) for g in given),
        titles=frozenset(normalise_token(t) for t in titles),
        title_frames_kept=frozenset(kept),
        article_sense=tuple(senses),
        money_counts=frozenset(normalise_token(w) for w in money_counts),
        money_words=frozenset(normalise_token(w) for w in money_words),
        money_bail=frozenset(normalise_token(w) for w in money_bail),
    )


@lru_cache(maxsize=8)
def _load(path: str) -> FramesLexicon:
    return _parse(read_lexicon(Path(path)))


def load_frames_lexicon(path: str | Path | None = None) -> FramesLexicon:
    """Load and validate the frame lexicon (``frames.yaml``, or the file at ``path``)."""
    resolved = lexicon_path(str(path) if path is not None else "frames")
    return _load(str(resolved))


# ---------------------------------------------------------------- matching

# A compiled cue word: ("exact" | "prefix" | "suffix", the normalised string).
_Word = tuple[str, str]


# The cue word that stands for any word written with a possessive ("singer's", "Joneses'").
_POSSESSIVE_SLOT = "*'s"
_POSSESSIVE_ENDS = ("'s", "\u2019s")
_APOSTROPHES = "'\u2019"


def _compile_word(word: str) -> _Word:
    if word == _POSSESSIVE_SLOT:
        return ("possessive", "")
    if word.endswith("*"):
        return ("prefix", normalise_token(word[:-1]))
    if word.startswith("*"):
        return ("suffix", word[1:].casefold().translate({0x2019: "'"}))
    return ("exact", normalise_token(word))


@dataclass(frozen=True, slots=True)
class _Pattern:
    frame: str  # "" for exclude_all
    source: str
    words: tuple[_Word, ...]
    exclusion: bool
    # An ``unless_near`` word: ``frame`` is then the "<frame id> <cue>" keys (an id
    # has no space) of every cue the word reaches, joined by tabs.
    near: bool = False
    # An ``article_sense`` word: "body" or "state" (``frame`` is then the frame id).
    sense: str = ""


# eq=False: an index is hashed by identity, so _candidates can memoise on it.
@dataclass(frozen=True, slots=True, eq=False)
class _Index:
    exact: dict[str, tuple[_Pattern, ...]]
    prefix: dict[str, tuple[_Pattern, ...]]
    suffix: dict[str, tuple[_Pattern, ...]]
    # The lengths of the prefix or suffix keys, ascending: only these can match;
    # with each, whether a prefix key and whether a suffix key has that length.
    lengths: tuple[tuple[int, bool, bool], ...] = ()


def _word_matches(word: _Word, token: str) -> bool:
    kind, s = word
    if kind == "exact":
        return token == s
    if kind == "prefix":
        return token.startswith(s)
    return token.endswith(s)


@lru_cache(maxsize=8)
def _index(lexicon: FramesLexicon) -> _Index:
    buckets: dict[str, dict[str, list[_Pattern]]] = {"exact": {}, "prefix": {}, "suffix": {}}
    entries: list[_Pattern] = []
    for spec in lexicon.frames:
        entries += [_Pattern(spec.id, c, tuple(_compile_word(w) for w in c.split()), False) for c in spec.cues]
        entries += [_Pattern(spec.id, c, tuple(_compile_word(w) for w in c.split()), True) for c in spec.exclude]
    entries += [_Pattern("", c, tuple(_compile_word(w) for w in c.split()), True) for c in lexicon.exclude_all]
    # The unless_near words share the index, so one pass over the text finds them too.
    # A word listed for several cues ("the federation" for vote, voted, president*...)
    # is one pattern: a phrase starting with a common word is tried at every
    # occurrence of that word, once per pattern.
    reach: dict[str, list[str]] = {}
    for spec in lexicon.frames:
        for cue, near in spec.unless_near:
            for c in near:
                reach.setdefault(c, []).append(f"{spec.id} {cue}")
    entries += [
        _Pattern("\t".join(keys), c, tuple(_compile_word(w) for w in c.split()), False, near=True)
        for c, keys in reach.items()
    ]
    # The article_sense words too: one pass finds every kind of pattern.
    for sense in lexicon.article_sense:
        for role, words in (("body", sense.body), ("state", sense.state)):
            entries += [
                _Pattern(sense.frame, c, tuple(_compile_word(w) for w in c.split()), False, sense=role) for c in words
            ]
    for pat in entries:
        kind, s = pat.words[0]
        buckets[kind].setdefault(s, []).append(pat)
    return _freeze(buckets)


def _freeze(buckets: dict[str, dict[str, list[_Pattern]]]) -> _Index:
    frozen = {k: {s: tuple(v) for s, v in b.items()} for k, b in buckets.items()}
    prefix = {len(s) for s in frozen["prefix"]}
    suffix = {len(s) for s in frozen["suffix"]}
    lengths = tuple((k, k in prefix, k in suffix) for k in sorted(prefix | suffix))
    return _Index(frozen["exact"], frozen["prefix"], frozen["suffix"], lengths)


@lru_cache(maxsize=8)
def _context_index(lexicon: FramesLexicon) -> _Index:
    """The context words of each family, as patterns whose ``frame`` is the family.

    An incidental (``context_weak``) word is a pattern whose ``frame`` is the
    family with a leading ``~``.
    """
    buckets: dict[str, dict[str, list[_Pattern]]] = {"exact": {}, "prefix": {}, "suffix": {}}
    listed = [(fam, words) for fam, words in lexicon.context]
    listed += [(f"~{fam}", words) for fam, words in lexicon.context_weak]
    listed += [(f"!{fam}", words) for fam, words in lexicon.context_not]
    for fam, words in listed:
        for c in words:
            pat = _Pattern(fam, c, tuple(_compile_word(w) for w in c.split()), False)
            kind, first = pat.words[0]
            buckets[kind].setdefault(first, []).append(pat)
    return _freeze(buckets)


def _is_possessive(text: str, tokens: Sequence[Token] | None, j: int) -> bool:
    """Whether token ``j`` is written with a possessive: "singer's", or "Joneses" with its apostrophe after it."""
    if tokens is None:
        return False
    tok = tokens[j]
    after = text[tok.end : tok.end + 1]
    return tok.text.endswith(_POSSESSIVE_ENDS) or (after != "" and after in _APOSTROPHES)


def _match(
    index: _Index, words: Sequence[str], joins: Sequence[bool], text: str = "", tokens: Sequence[Token] | None = None
) -> list[tuple[int, int, _Pattern]]:
    """Every (first token, last token, pattern) where a pattern of ``index`` matches.

    A ``*'s`` word of a phrase is checked on the printed ``tokens`` of ``text``
    (normalised words have lost their possessive); without them it never matches.
    """
    # Look each distinct word up once; most words start no pattern at all.
    starting = {w: c for w in set(words) if (c := _grouped(index, w))}
    found: list[tuple[int, int, _Pattern]] = []
    if not starting:
        return found
    size = len(words)
    for i in [k for k, w in enumerate(words) if w in starting]:
        singles, by_second, loose = starting[words[i]]
        found += [(i, i, pat) for pat in singles]
        if i + 1 >= size or not joins[i]:
            continue
        # A phrase is tried only when its second word can match the next token:
        # dozens of phrases open with "the" or "a", and few go on with this word.
        for pat in by_second.get(words[i + 1], ()) + loose:
            j = i
            for w in pat.words[1:]:
                j += 1
                if j >= size or not joins[j - 1]:
                    break
                if w[0] == "possessive":
                    if not _is_possessive(text, tokens, j):
                        break
                elif not _word_matches(w, words[j]):
                    break
            else:
                found.append((i, j, pat))
    return found


_Grouped = tuple[tuple[_Pattern, ...], dict[str, tuple[_Pattern, ...]], tuple[_Pattern, ...]]


@lru_cache(maxsize=1 << 16)
def _grouped(index: _Index, token: str) -> _Grouped | None:
    """The patterns starting at ``token``: one-word ones, phrases by their exact second word, the rest.

    None when no pattern starts there (memoised per word, bounded).
    """
    pats = _candidates(index, token)
    if not pats:
        return None
    singles = tuple(p for p in pats if len(p.words) == 1)
    by_second: dict[str, list[_Pattern]] = {}
    loose: list[_Pattern] = []
    for p in pats:
        if len(p.words) > 1:
            kind, second = p.words[1]
            if kind == "exact":
                by_second.setdefault(second, []).append(p)
            else:
                loose.append(p)
    return singles, {k: tuple(v) for k, v in by_second.items()}, tuple(loose)


@lru_cache(maxsize=1 << 16)
def _candidates(index: _Index, token: str) -> tuple[_Pattern, ...]:
    """The patterns whose first word matches ``token`` (memoised per word, bounded)."""
    out = list(index.exact.get(token, ()))
    size = len(token)
    # Most lengths are a prefix key's only (few keys are suffixes): a slice is
    # looked up only where a key of its length exists.
    for k, prefix, suffix in index.lengths:
        if k > size:
            break
        if prefix:
            out += index.prefix.get(token[:k], ())
        if suffix:
            out += index.suffix.get(token[-k:], ())
    return tuple(out)


def _quoted(doc: Document) -> tuple[list[int], list[int]]:
    """The union of the article's quote spans as sorted, disjoint (starts, ends).

    An offset lies in some quote span exactly when it lies in their union,
    which one binary search answers (:func:`_in_quotes`).
    """
    starts: list[int] = []
    ends: list[int] = []
    for q in sorted(doc.quote_spans, key=lambda q: q.start):
        if q.start >= q.end:
            continue
        if ends and q.start <= ends[-1]:
            ends[-1] = max(ends[-1], q.end)
        else:
            starts.append(q.start)
            ends.append(q.end)
    return starts, ends


def _in_quotes(quoted: tuple[list[int], list[int]], start: int) -> bool:
    starts, ends = quoted
    k = bisect_right(starts, start) - 1
    return k >= 0 and start < ends[k]


@dataclass(frozen=True, slots=True, eq=False)
class _Prepared:
    """What cue matching needs from a lexicon, built once per lexicon."""

    index: _Index
    context_index: _Index
    family: dict[str, str]
    order: dict[str, int]
    context_families: frozenset[str]
    # frame id -> the cues whose sense the article's body decides.
    sense_cues: dict[str, frozenset[str]]


# Memoised on the lexicon object itself: hashing a FramesLexicon (as
# lru_cache would) walks every cue of every frame, on every call.
@by_identity(8)
def _prepare(lex: FramesLexicon) -> _Prepared:
    return _Prepared(
        index=_index(lex),
        context_index=_context_index(lex),
        family={spec.id: spec.family for spec in lex.frames},
        order={spec.id: n for n, spec in enumerate(lex.frames)},
        context_families=frozenset(fam for fam, _ in lex.context),
        sense_cues={s.frame: frozenset(s.cues) for s in lex.article_sense},
    )


def _other_sense(doc: Document, near: list[tuple[int, int, _Pattern]]) -> set[tuple[str, int]]:
    """The (``"frame cue"``, sentence) pairs an ``unless_near`` word reaches.

    A word reaches its own sentence and the sentences just before and after it
    in the same paragraph: a report names the safety board in one sentence
    and says "investigators" in the next. The window stops at a paragraph
    break so that a text whose breaks were lost does not spread it further.
    """
    if not near:
        return set()
    sentences = doc.sentences
    para = {s.index: s.paragraph for s in sentences}
    tokens = doc.tokens
    out: set[tuple[str, int]] = set()
    for i, _, p in near:
        k = tokens[i].sentence
        for n in (k - 1, k, k + 1):
            if n in para and para[n] == para[k]:
                out.update((key, n) for key in p.frame.split("\t"))
    return out


def _body_sense(
    doc: Document, senses: list[tuple[int, int, _Pattern]], sense_cues: dict[str, frozenset[str]]
) -> set[tuple[str, int]]:
    """The (frame, sentence) pairs whose ``article_sense`` cues are read in a non-state body's sense.

    Per frame: the sentences with a body word and none with a state word; and,
    when body sentences outnumber state sentences in the whole article (or
    match them and a body is named first), every sentence without a state
    word (see :class:`ArticleSense`).
    """
    tokens = doc.tokens
    body: dict[str, set[int]] = {}
    state: dict[str, set[int]] = {}
    for i, _, p in senses:
        (body if p.sense == "body" else state).setdefault(p.frame, set()).add(tokens[i].sentence)
    out: set[tuple[str, int]] = set()
    for frame in sense_cues:
        mine, theirs = body.get(frame, set()), state.get(frame, set())
        if not mine:
            continue
        # The lead names an article's subject: on a tie, the body named first wins.
        if len(mine) > len(theirs) or (len(mine) == len(theirs) and min(mine) < min(theirs)):
            out.update((frame, s.index) for s in doc.sentences if s.index not in theirs)
        else:
            out.update((frame, k) for k in mine - theirs)
    return out


def _outlet_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the article names its own outlet ("told Frontline Dispatch", "Qanat International's correspondent").

    An outlet's name is a brand, not a frame: "Health", "International",
    "Frontline" or "Economic" in it say nothing about how the story is told,
    and the name recurs in every credit line and "told the ..." attribution.
    Matched with its capitals as printed in the article's metadata, a leading
    "The" optional, on word boundaries, with its possessive; names of one
    letter or none are skipped.
    """
    name = doc.article.outlet.strip()
    if name[:4].casefold() == "the ":
        name = name[4:].strip()
    if len(name) < 2 or name not in doc.text:
        return []
    # A possessive belongs to the name ("Qanat International's correspondent").
    pattern = r"(?<!\w)" + re.escape(name) + r"(?:['\u2019]s)?(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, doc.text)]


def _name_starts(doc: Document, words: Sequence[str], joins: Sequence[bool], given: frozenset[str]) -> set[int]:
    """The tokens that are a given name opening a person's name ("Faith Achieng'", "Mercy Chebet").

    A cue word that is also a given name names a person when it is written
    with a capital and the next word of the same phrase is capitalised too; a
    capital alone is not enough ("Faith in the courts has fallen" opens a
    sentence). A title-case headline ("Faith Leaders Gather") loses the cue,
    which is the rarer error. A word with a period after it is an abbreviated
    title, not a name ("Col. Kone" is a colonel, "Col Fitzgerald, 80" a Colin).
    """
    # Most articles hold none of the names: one set test instead of a pass over the tokens.
    if not given or given.isdisjoint(words):
        return set()
    tokens = doc.tokens
    return {
        k
        for k, w in enumerate(words)
        if w in given
        and k + 1 < len(tokens)
        and joins[k]
        and tokens[k].text[:1].isupper()
        and tokens[k + 1].text[:1].isupper()
        and doc.text[tokens[k].end : tokens[k].end + 1] != "."
    }


# Words that open a title in apposition after a name ("Ann Moy, a regional lawmaker").
_APPOSITION_OPENERS = frozenset({"a", "an", "the"})
# How many words may stand between the opener and the title, or before a title in its name.
_TITLE_REACH = 3


def _is_name_word(token: Token, word: str, titles: frozenset[str]) -> bool:
    """Whether ``token`` can be a word of a person's name: capitalised letters, no title, no function word."""
    text = token.text
    # A capitalised function word opens a sentence or a headline ("In London, the minister").
    return text[:1].isupper() and text[:1].isalpha() and word not in titles and word not in stop_words()


def _opens_name(
    tokens: Sequence[Token], words: Sequence[str], joins: Sequence[bool], last: int, titles: frozenset[str]
) -> bool:
    """Whether the capitalised words ending at ``last`` are a person's name before an apposition.

    Two capitalised words or more ("Ada Moy, a lawmaker") are a name; one ("Moy, a lawmaker")
    only where it opens its clause (the sentence's start, or after a quote or a comma), so that
    a place ending a clause ("... reaching Italy, the minister said") is no name.
    """
    if not _is_name_word(tokens[last], words[last], titles):
        return False
    first = last
    while first > 0 and joins[first - 1] and _is_name_word(tokens[first - 1], words[first - 1], titles):
        first -= 1
    if first < last:
        return True
    return first == 0 or tokens[first - 1].sentence != tokens[first].sentence or not joins[first - 1]


def _title_tokens(doc: Document, words: Sequence[str], joins: Sequence[bool], titles: frozenset[str]) -> set[int]:
    """The tokens of job titles that name a person: the title says who acts or speaks, not a frame.

    A title counts when a capitalised name follows it in the same phrase ("Police
    Commissioner Ada Moy", "chief minister Ravi Nair", "the minister, Ravi Nair,")
    or when it stands in apposition after a name ("Ada Moy, a regional lawmaker").
    With it go the capitalised words that open it ("Police", "Defence", "Labour" in
    "Labour MP Ada Moy") and, in apposition, the words between "a"/"the" and it.
    The office named alone ("The minister faces a vote") keeps its cue, and so
    does a title with a possessive ("the Mayor's Office").
    """
    # Most articles name no title: one set test instead of a pass over the tokens.
    if not titles or titles.isdisjoint(words):
        return set()
    tokens = doc.tokens
    text = doc.text
    n = len(tokens)
    out: set[int] = set()
    for k, w in enumerate(words):
        if w not in titles or tokens[k].text[-2:] in _POSSESSIVE_ENDS:
            continue
        sentence = tokens[k].sentence
        # A name is one to three capitalised words ("Ada Moy"); a longer run is a title-case
        # headline ("Minister Says Fuel Subsidy Cut Is ..."), where the title is the subject.
        run = 0
        while (
            k + run + 1 < n
            and run <= _TITLE_REACH
            and joins[k + run]
            and _is_name_word(tokens[k + run + 1], words[k + run + 1], titles)
        ):
            run += 1
        named = 1 <= run <= _TITLE_REACH
        if not named and k + 2 < n and tokens[k + 2].sentence == sentence:
            # "the chief minister, Ravi Nair, said": a name of two capitalised words after a comma.
            named = (
                text[tokens[k].end : tokens[k + 1].start].strip() == ","
                and _is_name_word(tokens[k + 1], words[k + 1], titles)
                and joins[k + 1]
                and _is_name_word(tokens[k + 2], words[k + 2], titles)
            )
        if named:
            out.add(k)
            if tokens[k].text[:1].isupper():
                t = k - 1
                while (
                    t >= 0
                    and k - t <= _TITLE_REACH
                    and joins[t]
                    and tokens[t].text[:1].isupper()
                    and tokens[t].text[-2:] not in _POSSESSIVE_ENDS
                ):
                    out.add(t)
                    t -= 1
            continue
        # Apposition: "<Name>, a [regional] lawmaker", "<Name>, the [state's] chief minister".
        t = k - 1
        while t >= 0 and k - t <= _TITLE_REACH and joins[t] and words[t] not in _APPOSITION_OPENERS:
            t -= 1
        if (
            t >= 1
            and words[t] in _APPOSITION_OPENERS
            and tokens[t - 1].sentence == sentence
            and text[tokens[t - 1].end : tokens[t].start].strip() == ","
            and _opens_name(tokens, words, joins, t - 1, titles)
        ):
            out.update(range(t + 1, k + 1))
    return out


# A figure written as money just before a count word: a currency sign glued to it or
# apart ("$7.5", "C$600", "£ 4", "R4.5", "N2.3"), or a currency code or abbreviation
# ("Rs 40", "KSh 2.3", "US$ 430", "INR 5"). The signs and codes are the quantities
# lexicon's (``currencies``, ``currency_prefixes``, ``currency_letters``): one list of
# the world's currencies for numbers and frames. A code of several letters written like a
# word ("Won", the FT's won) counts only glued to its figure ("Won3.4tn"): spaced, it is a verb.
@by_identity(2)
def _money_before(words: QuantityWords) -> re.Pattern[str]:
    """The pattern of money written before a figure, read on the text that ends where the count word starts."""
    def alternation(items: set[str]) -> str:
        return "|".join(re.escape(x) for x in sorted(items, key=lambda x: (-len(x), x)))

    # The lexicon keeps its currency words case-folded ("c$", "$us"): a sign is read in any case.
    signs = {k for k in words.currencies if not k.isalpha()}
    codes = set(words.currency_prefixes) | {k for k in words.currency_letters if len(k) == 1}
    glued = {k for k in words.currency_letters if len(k) > 1}
    return re.compile(
        rf"(?:(?i:{alternation(signs)})\s?|(?<![^\W\d_])(?:(?:[A-Z]{{1,3}}\$|{alternation(codes)})\s?|{alternation(glued)}))"
        r"\d[\d,.]*\s*(?:-\s*)?$"
    )


def _is_money(doc: Document, words: Sequence[str], i: int, money_words: frozenset[str]) -> bool:
    """Whether the count word at token ``i`` ("million") counts money rather than people or things.

    Money when a currency sign or code stands before its figure ("$7.5 million",
    "KSh 2.3 billion") or a money word follows within three words of the same
    sentence ("80 million euros", "5 million in punitive damages").
    """
    tokens = doc.tokens
    start = tokens[i].start
    # A count glued to its figure ("$7million", "£310m"): the sign is read before the
    # figure's digits, which end where the count's letters begin.
    word = words[i]
    if word[:1].isdigit():
        start += len(word) - len(word.lstrip("0123456789,."))
    if _money_before(load_quantity_words()).search(doc.text, max(0, start - 14), start):
        return True
    k = tokens[i].sentence
    return any(
        words[j] in money_words for j in range(i + 1, min(i + 4, len(tokens))) if tokens[j].sentence == k
    )


def _context_on(matches: list[tuple[int, int, _Pattern]], tokens: Sequence[Token]) -> set[str]:
    """The families whose context the article's context-word ``matches`` establish.

    A context word counts alone; an incidental one ("Home Office", "whose
    parents migrated from...", "a British expat") is a context match covered by
    a ``~family`` match, and such words count only in two sentences or more:
    one mention of a ministry or of a family's history does not make a climate
    or a cricket story a migration story. A context word covered by a
    ``!family`` match (``context_not``) does not count at all.
    """
    weak: dict[str, set[int]] = {}
    void: dict[str, set[int]] = {}
    for i, j, p in matches:
        if p.frame[:1] in "~!":
            (weak if p.frame[0] == "~" else void).setdefault(p.frame[1:], set()).update(range(i, j + 1))
    on: set[str] = set()
    incidental: dict[str, set[int]] = {}
    for i, j, p in matches:
        fam = p.frame
        if fam[:1] in "~!" or fam in on:
            continue
        # A context word inside a ``context_not`` phrase does not count at all.
        if fam in void and all(t in void[fam] for t in range(i, j + 1)):
            continue
        mine = weak.get(fam)
        if mine is not None and all(t in mine for t in range(i, j + 1)):
            incidental.setdefault(fam, set()).add(tokens[i].sentence)
        else:
            on.add(fam)
    on.update(fam for fam, sents in incidental.items() if len(sents) >= 2)
    return on


_BAIL_REACH = 5


def _after_bail(words: Sequence[str], tokens: Sequence[Token], bail: frozenset[str]) -> set[int]:
    """The tokens within five words after a bail word of the same sentence, where a sum is bail's.

    A government that "bails out" a bank with a sum rescues it: that sum is money in the economy.
    """
    # Most articles name no bail: one set test instead of a pass over the tokens.
    if not bail or bail.isdisjoint(words):
        return set()
    out: set[int] = set()
    for k, w in enumerate(words):
        if w in bail and (k + 1 >= len(words) or words[k + 1] != "out"):  # "bail out banks with $2bn" is a rescue
            k_sent = tokens[k].sentence
            out.update(t for t in range(k + 1, min(k + 1 + _BAIL_REACH, len(tokens))) if tokens[t].sentence == k_sent)
    return out


def frame_cues(doc: Document, *, lexicon: FramesLexicon | None = None) -> tuple[FrameCue, ...]:
    """Every frame cue in the article's sentences, in text order, with its trigger words."""
    lex = lexicon if lexicon is not None else load_frames_lexicon()
    prep = _prepare(lex)
    tokens = doc.tokens
    words = [normalise_token(t.text) for t in tokens]
    # A phrase may continue from token k to k+1 only inside one sentence and
    # across a gap of spaces, hyphens or quote marks.
    text = doc.text
    joins = [
        prev.sentence == cur.sentence
        # Most gaps are one space; the regex decides the rest.
        and (text[prev.end : cur.start] == " " or _PHRASE_GAP.fullmatch(text, prev.end, cur.start) is not None)
        for prev, cur in zip(tokens, tokens[1:])
    ]
    found = _match(prep.index, words, joins, text, tokens)  # (first token, last token, pattern)
    near = [m for m in found if m[2].near]
    senses = [m for m in found if m[2].sense]
    if near or senses:
        found = [m for m in found if not (m[2].near or m[2].sense)]
    # A family with context words counts only in an article that has one of
    # them: "families" or "an influx of students" in a school story is not the
    # immigration frames' victim or threat.
    silent = set(prep.context_families)
    if silent:
        silent -= _context_on(_match(prep.context_index, words, joins), tokens)
    # Matches are inclusive token ranges, so two overlap exactly when they
    # share a token: blocked and taken ranges are kept as sets of tokens.
    blocked_all: set[int] = set()
    blocked: dict[str, set[int]] = {}
    for i, j, p in found:
        if p.exclusion:
            (blocked.setdefault(p.frame, set()) if p.frame else blocked_all).update(range(i, j + 1))
    # A cue with ``unless_near`` words is another sense in a sentence that has
    # one of them or whose neighbour in the same paragraph has one ("The NTSB
    # sent a team. Its investigators..."): ("frame cue", sentence) pairs to drop.
    other_sense = _other_sense(doc, near)
    # A vote or a congress of a federation, union or synod, by sentence and by
    # the article's subject; a sentence naming a legislature keeps its cues.
    body_sense = _body_sense(doc, senses, prep.sense_cues) if senses else set()
    state_sents = {(p.frame, tokens[i].sentence) for i, _, p in senses if p.sense == "state"}
    sense_cues = prep.sense_cues
    named = _name_starts(doc, words, joins, lex.given_names)
    titled = _title_tokens(doc, words, joins, lex.titles)
    money_counts, money_words = lex.money_counts, lex.money_words
    bail_sums = _after_bail(words, tokens, lex.money_bail)
    family = prep.family
    by_frame: dict[str, list[tuple[int, int, _Pattern]]] = {}
    for i, j, p in found:
        if p.exclusion or family[p.frame] in silent or (i == j and i in named):
            continue
        # A cue that ends in a title naming a person ("Police Commissioner", "prime minister").
        if titled and j in titled and p.frame not in lex.title_frames_kept:
            continue
        k = tokens[i].sentence
        if body_sense and (p.frame, k) in body_sense and p.source in sense_cues.get(p.frame, ()):
            continue
        if (
            other_sense
            and (f"{p.frame} {p.source}", k) in other_sense
            # A union's turnout next door does not make a primary's turnout a union's.
            and not ((p.frame, k) in state_sents and p.source in sense_cues.get(p.frame, ()))
        ):
            continue
        mine = blocked.get(p.frame)
        if any(t in blocked_all or (mine is not None and t in mine) for t in range(i, j + 1)):
            continue
        if i == j and p.source in money_counts and (
            # A glued count ("*m") is one only on a token that opens with a figure ("310m", not "from").
            (p.source[:1] == "*" and not words[i][:1].isdigit())
            or i in bail_sums
            or not _is_money(doc, words, i, money_words)
        ):
            continue
        # A currency named after a bail sum ("bail of two million rupees") is the bail's too.
        if bail_sums and i == j and i in bail_sums and p.source in money_words:
            continue
        by_frame.setdefault(p.frame, []).append((i, j, p))
    quoted = _quoted(doc)
    # A quoted line in another language ("Nadie se va a quedar sin techo") holds words
    # spelt like English cues (Spanish "sin", "sin techo": without a roof): its cues are
    # dropped; the translation beside it is read. Two function words of another
    # language are needed before the text is scanned for such stretches.
    foreign = load_neutral_senses()
    other = (
        other_language_spans(text, foreign) if len(foreign.foreign.intersection(words)) >= 2 else ()
    )
    other_starts = [a for a, _ in other]
    # Cues inside the article's own outlet's name ("HealthOps Daily") are dropped.
    outlet = _outlet_spans(doc)
    cues: list[FrameCue] = []
    for frame, matches in by_frame.items():
        # Longest match first, so "family separation" wins over "separat*".
        matches.sort(key=lambda m: (-(m[1] - m[0]), m[0], m[2].source))
        taken: set[int] = set()
        for i, j, p in matches:
            span = range(i, j + 1)
            if not taken.isdisjoint(span):
                continue
            taken.update(span)
            start, end = tokens[i].start, tokens[j].end
            if other:
                k = bisect_right(other_starts, start) - 1
                if k >= 0 and start < other[k][1]:
                    continue
            if outlet and any(a <= start and end <= b for a, b in outlet):
                continue
            cues.append(
                FrameCue(
                    start=start,
                    end=end,
                    text=text[start:end],
                    frame=frame,
                    family=family[frame],
                    sentence=tokens[i].sentence,
                    cue=p.source,
                    in_quotes=_in_quotes(quoted, start),
                )
            )
    order = prep.order
    cues.sort(key=lambda c: (c.start, order[c.frame], c.end))
    return tuple(cues)


# ---------------------------------------------------------------- profile


def _cue_word(cue: FrameCue) -> str:
    """The form a cue is listed under: case-folded, curly apostrophes folded."""
    return " ".join(normalise_token(w) for w in cue.text.split())


def _narrative(episodic: int, thematic: int) -> str:
    if episodic == 0 and thematic == 0:
        return "neither"
    if episodic >= _LEAN * thematic and episodic > thematic:
        return "episodic"
    if thematic >= _LEAN * episodic and thematic > episodic:
        return "thematic"
    return "mixed"


def frame_profile(
    doc: Document, cues: Sequence[FrameCue], *, lexicon: FramesLexicon | None = None
) -> FrameProfile:
    """Sum an article's cues into shares of sentences per frame, with the words behind each."""
    lex = lexicon if lexicon is not None else load_frames_lexicon()
    prep = _prepare(lex)
    n = len(doc.sentences)
    per_frame: dict[str, list[FrameCue]] = {}
    cued_by_family: dict[str, set[int]] = {}
    sentence_map: dict[int, dict[str, list[str]]] = {}
    for cue in cues:
        per_frame.setdefault(cue.frame, []).append(cue)
        cued_by_family.setdefault(cue.family, set()).add(cue.sentence)
        sentence_map.setdefault(cue.sentence, {}).setdefault(cue.frame, []).append(cue.text)
    shares: list[FrameShare] = []
    for spec in lex.frames:
        mine = per_frame.get(spec.id, [])
        if spec.residual:
            cued = cued_by_family.get(spec.family, set())
            sents = tuple(s.index for s in doc.sentences if s.index not in cued)
        else:
            sents = tuple(sorted({c.sentence for c in mine}))
        words: dict[str, list[int]] = {}
        for c in mine:
            words.setdefault(_cue_word(c), []).append(c.sentence)
        word_records = sorted(
            (CueWord(w, len(s), tuple(sorted(set(s)))) for w, s in words.items()),
            key=lambda cw: (-cw.count, cw.word),
        )
        shares.append(
            FrameShare(
                frame=spec.id,
                label=spec.label,
                family=spec.family,
                group=spec.group,
                sentences=sents,
                share=round(len(sents) / n, 4) if n else 0.0,
                cues=len(mine),
                words=tuple(word_records),
            )
        )
    order = prep.order
    by_sentence = tuple(
        SentenceFrames(
            sentence=s,
            frames=tuple(
                SentenceFrame(f, tuple(ws)) for f, ws in sorted(frames.items(), key=lambda kv: order.get(kv[0], 0))
            ),
        )
        for s, frames in sorted(sentence_map.items())
    )
    episodic = tuple(sorted({c.sentence for c in cues if c.frame == "episodic"}))
    thematic = tuple(sorted({c.sentence for c in cues if c.frame == "thematic"}))
    dominant: list[tuple[str, tuple[str, ...]]] = []
    for fam in FAMILIES:
        ranked = [
            s for s, spec in zip(shares, lex.frames) if s.family == fam and s.sentences and not spec.residual
        ]
        if not ranked:
            dominant.append((fam, ()))
            continue
        best = max(s.share for s in ranked)
        dominant.append((fam, tuple(s.frame for s in ranked if s.share == best)))
    return FrameProfile(
        article=doc.article.id,
        sentences=n,
        frames=tuple(shares),
        by_sentence=by_sentence,
        episodic=episodic,
        thematic=thematic,
        narrative=_narrative(len(episodic), len(thematic)),
        dominant=tuple(dominant),
    )


__all__ = [
    "ArticleSense",
    "CueWord",
    "FrameCue",
    "FrameProfile",
    "FrameShare",
    "FrameSpec",
    "FramesLexicon",
    "SentenceFrame",
    "SentenceFrames",
    "frame_cues",
    "frame_profile",
    "load_frames_lexicon",
]
