"""Quotes: who speaks in an article, how much, how early, and with which verb.

This module owns quote extraction and speaker attribution. It starts from the
quote marks that preparation already decided (``Document.quote_spans``, level
0 only: nested single quotes belong to the quote around them, and quotes in
boilerplate are not the article's) and gives every quote a kind, a speaker, a
speaker role, a cue and its prominence; :func:`quote_profile` sums them up per
article. Cue verbs and phrases live in ``lexicons/reporting_verbs.yaml`` and
role cues in ``lexicons/speaker_roles.yaml``; first names by gender in
``lexicons/first_names.yaml``.

Quote marks in a headline or subheading (a sentence that
:func:`framing.prepare.is_headline` calls one, also when it ends with the
closing mark) are a headline convention, not a quote of the story: they are
left out, so they count in no figure (quotes, speakers, positions), and the
words they mark are the outlet's.

Kinds (the documented rule):

* ``direct``: the quote stands as a clause of its own. The outlet's words
  before it in the sentence are nothing, or an attribution ending in a colon
  or a comma (``Cox said: "..."``, ``according to a release, "..."``), or it
  resumes a quote interrupted by its attribution (``"We are ready," she said,
  "and we have been."``).
* ``partial``: the quote continues the outlet's own syntax (``said that
  although what happened was "horrific," ...``; ``confirmed that the workers
  "were placed into removal proceedings ..."``) and a speaker or cue is in
  reach; also a longer embedded fragment whose speaker cannot be found.
* ``scare``: an embedded fragment of at most four words that no speaker
  governs: either no cue is in reach at all, or the fragment is used as a
  label (after a preposition, a determiner or "so-called": ``released ...
  on "humanitarian grounds"``) and no cue stands within three words before
  it. A sentence-level "officials said" does not make such a label a quote
  of the officials: the outlet chose to mark the words, so the mark is the
  outlet's. Scare quotes have no speaker. The exception is the predicate of
  the clause a cue governs: right after that clause's own verb (a copula, a
  past form, a gerund, a base verb after a modal), with at most a
  preposition and a determiner between ("claimed that the vote amounted to
  "censorship"", "say the law is a "power grab"", "accused him of running a
  "slumlord operation""), the words are the speaker's: partial. A quote
  later in the same reported clause ('called the plan "reckless" and
  "cruel"', 'ruled the levy was "unfair" but "lawful"') keeps that clause's
  speaker. "The so-called "..."" is always a scare quote. A cue after the
  clause (sentence-final attribution) governs its predicate too, but only
  after a copula or a verb like "proved", "came as" ('The terminal was a
  "spectacular" failure, X said'): the clause before a trailing cue is the
  outlet's own sentence, so 'Police raided the "safe house", officials said'
  keeps the outlet's label. A verb phrase after an infinitive "to" is no
  label ('said the ministry had to "stop hiding the figures"', 'were sent to
  "search the wreck again"'). A fragment in a verb's own slot (an adverb,
  right after a copula, an auxiliary or a verb: 'were "carefully" concealed,
  according to the inquiry') in the clause of a cue whose speaker cannot be
  read is a partial with no speaker, not a scare quote; a name right after
  the cue ('what critics call "wage theft"') and a modifier before a noun
  ('internet-connected "hot" wallets') stay scare quotes. A run of quotes
  joined only by commas and a last "and"/"or" takes the kind of its first:
  after a cue and a comma each is the speaker's direct quote ('Protesters
  chanted, "Close the mine", "Save our river" and "No more lies"'); a run of
  the outlet's labels stays scare quotes.

Speakers: a cue (``said``, ``according to``, ...) outside any quote, with
the speaker phrase before it (``Cox said``; ``Mike Hurst, U.S. attorney
for ..., said``) or after it (``said Cox``; ``according to ICE``). The
attribution right after the quote wins, then the nearest one before it in
its sentence, then one further right, all within the quote's own clause:
a sentence splits into clauses at ", while", ", but", ", and", ", yet",
"whereas" and "; " where each side holds a cue or a quote, so in "X called
the vote "...", while Y said the plan "..."" each quote goes to the subject
of its clause's verb, and a quote whose clause has no cue is never given to
the next clause's speaker. A participle or coordinated cue without its own
subject (``..., saying``) borrows the subject of the clause before it, or,
when no cue stands before it in its clause, the subject that opens the
clause ("Mayor Tracy Brabin visited the site and said ..."). A phrase after
a cue that a finite verb follows is the subject of the reported clause, not
a speaker put after the cue ('and said the government would "..."'). A
direct quote with no attribution inherits the speaker of the quote just
before it (same or previous sentence, or the paragraph it continues), or of
an attributed indirect statement in the sentence just before. Resolution:
a surname resolves to the full name introduced in the article, and a first
name alone ("Leanne, 41, told The Sun") to the one person introduced with it
(nobody when two people share it); ``he``/``she``
to the most recent person named (skipping people of the other gender when
the article shows it); ``it``/``the company``/``the agency`` to the latest
organisation of a matching role; an acronym to the name it abbreviates when
the article defines it (``(ICE)``) or spells out a name with those initials.
Titles give the role but are not part of the name ("ICE acting Director
Matthew Albence" is "Matthew Albence", an official; "Neighbor Tom Whitaker"
is "Tom Whitaker", affected). People are registered wherever the article
introduces them, with any verb: after a title, a lower-case title word
("union spokesman Dave Reilly disputed ..."), an apposition ("Karen Liu, a
nurse at ...", "Her daughter, Abena Mensah,") or with a first name listed in
``lexicons/first_names.yaml``; their descriptors give role and gender, and
the first name is the weak fallback for gender (a name not listed is unknown,
so the pronoun takes the most recent person). A singular common-noun speaker
("One driver, who asked not to be named, said") can be the next quote's
"he"/"she"; a sentence that opens with a group ("Officials in the county")
can be the next "they". "The union", "the hospital" point back to the latest
organisation whose own name carries that word, else to the latest of the
noun's role. A lawyer speaks for a client and takes the client's role
("an attorney for the family": affected). A relative clause gives the role
when titles and organisations do not (``relative_clauses`` in the roles
lexicon: "who owns a bakery" business, "whose son was detained" affected,
"who studies ..." expert). A relationship noun after a possessive ("His
heartbroken partner Kayleigh", "the victim's mother", ``possessive_relations``
in the roles lexicon) is affected before any other title; such a relative
may be named by a first name alone ("His daughter, Joanne, said"). An age between a name and its appositive is
skipped ("Pat Lowe, 44, a retired teacher, said"); student years count only
as the head noun ("a junior at ...", not "a senior official":
``head_only_titles``); "Mum-of-three" is a title; "the 34-year-old" is the
person named last; a common noun with its place ("Tenants at 1420 Grand
Concourse", "a worker at the plant") is the noun; the pronoun of "what he
calls" is the clause's subject. A quote left open (no closing mark) that
holds its own attribution ('"We will stay out, said X.') ends at the comma
before it; a counted group keeps its count ("Two health officials"); a bare
plural of a speaker noun the lexicon lists in the singular ("Farmers", "the
teachers", "Miners at the colliery") speaks only as the whole subject right
before its cue or the whole attribution after a quote ('"...," said doctors
at X'), with its singular's role, never as an object or inside a longer
subject; an attribution alone in the paragraph after a quote that ends in a
comma is that quote's; people
"of" a campaign's name ("Relatives of the Lost Passengers Network") are that
name. When none of this
finds a speaker the quote keeps ``speaker=None``: unknown is better than
wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from framing._calendar import MONTHS, WEEKDAYS
from framing._memo import by_identity
from framing._regex import alternation as _alternation
from framing.entities import load_gazetteer
from framing.errors import ArticleError, FramingError, LexiconError
from framing.lexicons import lexicon_path, read_lexicon, require_list
from framing.model import Article, Document, QuoteSpan, Sentence
from framing.prepare import is_headline, is_title_case

# Letters that open a name: ASCII and Latin-1 capitals, and Latin Extended-A (its
# range also holds lower-case letters, harmless in English copy: "Úna", "Łukasz").
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
# Letters inside a name word: ASCII, Latin-1, Latin Extended-A and -B and Latin
# Extended Additional ("Nguyễn", "Đạt").
_LOW = "a-zà-ÿĀ-ɏḀ-ỿ"

# Nouns for one person who speaks for a body: "a Northline Freight representative" is the body's voice.
_BODY_VOICES = frozenset({"representative", "spokesman", "spokeswoman", "spokesperson"})
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})

ROLES = ("official", "advocate", "business", "affected", "expert", "media", "unknown")
KINDS = ("direct", "partial", "scare")
CUE_TAGS = ("neutral", "loaded")


# --- records -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote of an article: its words, kind, speaker, cue and prominence."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_surface: str | None
    speaker_role: str
    cue: str | None
    sentence: int
    words: int
    order: int
    position: float
    closed: bool
    cue_lemma: str | None = None
    cue_tag: str | None = None
    channel: str | None = None
    inherited: bool = False


@dataclass(frozen=True, slots=True)
class SpeakerStat:
    """How much one speaker is quoted in an article, and with which cues."""

    speaker: str
    role: str
    quotes: int
    words: int
    share: float
    first_order: int
    first_position: float
    cues: tuple[str, ...]
    loaded_cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoleStat:
    """How much one speaker role is quoted in an article."""

    role: str
    quotes: int
    words: int
    share: float
    speakers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuoteProfile:
    """Per-article summary of the quotes: who speaks, how much, how early."""

    article: str
    quotes: int
    article_words: int
    quoted_words: int
    quoted_share: float
    direct: int
    partial: int
    scare: int
    unattributed: int
    first_voice: str | None
    first_voice_role: str | None
    first_voice_position: float | None
    by_speaker: tuple[SpeakerStat, ...]
    by_role: tuple[RoleStat, ...]
    scare_quotes: tuple[Quote, ...]


# --- lexicons ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cue:
    lemma: str
    tag: str
    invert: bool


@dataclass(frozen=True, slots=True)
class _Cues:
    forms: dict[str, _Cue]
    pattern: re.Pattern[str]
    channels: tuple[str, ...]
    channel_pattern: re.Pattern[str]
    # Round AH: the one-word vote options ("no", "yes") and the words that make such a
    # quote a mention of the option: a verb of voting before it, a camp or vote after it.
    vote_options: frozenset[str] = frozenset()
    vote_before: re.Pattern[str] | None = None
    vote_after: re.Pattern[str] | None = None
    # Round AI: a cue form with the word after it that makes it none ("ruled out", "cited for").
    not_cues: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class _Roles:
    titles: tuple[tuple[str, str], ...]  # (phrase, role), longest first
    org_names: dict[str, str]  # lower-case name -> role
    org_words: dict[str, str]  # word as written -> role
    representative: frozenset[str]
    references: dict[str, str]
    name_titles: frozenset[str]
    title_pattern: re.Pattern[str]
    speaker_nouns: frozenset[str]
    org_name_pattern: re.Pattern[str]
    # (role, pattern on the words after "who"/"whose", object words or empty, whether a proper name is an object)
    relative: tuple[tuple[str, re.Pattern[str], frozenset[str], bool], ...] = ()
    title_roles: dict[str, str] = field(default_factory=dict)  # dict(titles), built once
    org_phrases: tuple[tuple[str, str], ...] = ()  # the org_words of several words, with their role
    # Titles that count only as the head of their noun phrase ("a senior at ...", not "a senior official").
    head_only: tuple[tuple[re.Pattern[str], str], ...] = ()
    # The kinds of organisation whose role is settled ("a nonprofit", "the firm"),
    # found in the text around "the group's founder" when no named organisation decides.
    kind_pattern: re.Pattern[str] | None = None
    # A relationship noun after a possessive ("his partner", "the victim's mother"), with its role.
    relations: tuple[tuple[re.Pattern[str], str], ...] = ()
    relation_words: frozenset[str] = frozenset()
    # Reference noun -> other head words of organisations it can point back at ("union" -> "Lodge").
    reference_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Reference nouns that may point back at any organisation ("the group");
    # the other nouns of role "any" point only at a name holding their heads.
    generic_references: frozenset[str] = frozenset()
    # Pattern of the words that mark an organisation as a political party ("Jan Vikas Party").
    party_pattern: re.Pattern[str] | None = None
    # Words of a minister's portfolio ("for Road Transport"), never the start of a name after "for"/"of".
    portfolio_words: frozenset[str] = frozenset()
    # Lower-case nouns of an organisation's kind that introduce its name ("the rescue
    # charity Open Waters Watch"): the name after them is an organisation, never a person.
    kind_nouns: frozenset[str] = frozenset()
    # Reference nouns of a trade ("the airline", "the chipmaker"): they point back only
    # at a company whose name carries their heads, never at any business named before
    # (an airline's statement is not the plane maker's).
    trade_references: frozenset[str] = frozenset()
    # A title a later definite description uses -> other words an introduction may
    # give it with ("judge" -> "justice", "chairman" -> "chaired"): "the judge said"
    # after "Justice X, who chaired the panel" means X.
    title_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    # Singular nouns whose capitalised plural is a group of voices, never a person
    # ("Republicans argued"), though the singular is no speaker noun ("Republican lawmakers").
    plural_voices: frozenset[str] = frozenset()
    # Capitals and seats of government that stand for their government when they are
    # the whole speaker ("Ottawa says", "Beijing said"): official. Never read inside a
    # descriptor ("a lawyer in Ottawa" is no official).
    seats_of_government: frozenset[str] = frozenset()
    # Round Y: words that end a company's or a body's name ("Harlow Resources",
    # "Castell Dynamics"): a run ending in one is never the person a "he"/"she" means.
    company_name_words: frozenset[str] = frozenset()
    # Round Z: nouns a definite epithet uses for a public figure named just before ("the
    # embattled singer", "the veteran journalist"); they give no role of their own.
    epithet_nouns: frozenset[str] = frozenset()
    # The org_phrases as one pattern of their literal text (None when there are none):
    # "is any phrase inside this run" is asked for thousands of runs per article.
    org_phrase_pattern: re.Pattern[str] | None = None
    # Round AH: a sport's name next to a body word ("International Rowing Federation",
    # "Association of Athletics Federations", "Federation of Fencing"): the body governs
    # and sanctions the sport, official, though "Federation"/"Association" alone is advocate.
    sport_body_pattern: re.Pattern[str] | None = None
    # Round AM: rank words between a body's noun and a representative title ("fire service
    # assistant director"), a level of government ("county", "district") and the public
    # services a government runs ("health", "disaster management"): see _public_office_role.
    rank_words: frozenset[str] = frozenset()
    public_levels: frozenset[str] = frozenset()
    public_services: frozenset[str] = frozenset()

    def has_org_phrase(self, text: str) -> bool:
        """Whether any of ``org_phrases`` occurs in ``text`` (as a substring, like ``phrase in text``)."""
        return self.org_phrase_pattern is not None and self.org_phrase_pattern.search(text) is not None


def _check_tag(path: str, entry: str, tag: Any) -> str:
    if tag not in CUE_TAGS:
        raise LexiconError(f"{path}: {entry} has tag {tag!r}; use one of: {', '.join(CUE_TAGS)}")
    return str(tag)


@lru_cache(maxsize=8)
def _load_cues(path: str) -> _Cues:
    data = read_lexicon(Path(path))
    forms: dict[str, _Cue] = {}
    # Round AI: "ruled out", "cited for": a form that these words follow is no cue.
    excluded: list[str] = []
    for i, item in enumerate(require_list(data, "verbs", of=dict)):
        lemma, words = item.get("lemma"), item.get("forms")
        if not isinstance(lemma, str) or not isinstance(words, list) or not words:
            raise LexiconError(
                f"{path}: verbs item {i + 1} needs 'lemma' (a word) and 'forms' (a list), "
                "like {lemma: say, forms: [say, says, said], tag: neutral}"
            )
        tag = _check_tag(path, f"verb {lemma!r}", item.get("tag"))
        invert = item.get("invert", True)
        if not isinstance(invert, bool):
            raise LexiconError(f"{path}: verb {lemma!r} has invert {invert!r}; write true or false")
        for form in words:
            if not isinstance(form, str) or not form.strip() or form != form.lower():
                raise LexiconError(f"{path}: verb {lemma!r} form {form!r} must be a lower-case word")
            forms[form.strip()] = _Cue(lemma, tag, invert)
        not_before = item.get("not_before", [])
        if not isinstance(not_before, list) or not all(isinstance(w, str) and w and w == w.lower() for w in not_before):
            raise LexiconError(
                f"{path}: verb {lemma!r} has not_before {not_before!r}; write a list of lower-case words, like [out]"
            )
        excluded.extend(f"{form.strip()} {word}" for form in words for word in not_before)
    for i, item in enumerate(require_list(data, "phrases", of=dict)):
        phrase = item.get("phrase")
        if not isinstance(phrase, str) or not phrase.strip() or phrase != phrase.lower():
            raise LexiconError(f"{path}: phrases item {i + 1} needs a lower-case 'phrase', like 'according to'")
        # A cue phrase is written before its source: "according to ICE".
        forms[phrase.strip()] = _Cue(phrase.strip(), _check_tag(path, f"phrase {phrase!r}", item.get("tag")), True)
    channels = tuple(c.strip().lower() for c in require_list(data, "channels"))
    alts = _alternation([*sorted(forms, key=len, reverse=True), "According to"])
    # Verbs are matched in lower case only: "States" in "United States" is no cue.
    pattern = re.compile(rf"(?<![\w’'-]){alts}(?![\w’'-])")
    not_cues = re.compile(rf"{_alternation(sorted(excluded, key=len, reverse=True))}(?![\w’'-])") if excluded else None
    chan_alts = _alternation(sorted(channels, key=len, reverse=True), ignorecase=True)
    channel_pattern = re.compile(rf"(?<!\w){chan_alts}(?!\w)", re.IGNORECASE)
    options, before, after = _vote_options(path, data)
    return _Cues(forms, pattern, channels, channel_pattern, options, before, after, not_cues)


def _vote_options(
    path: str, data: dict[str, Any]
) -> tuple[frozenset[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """``vote_options``: one-word options of a vote, with the words before or after that mark them as mentions."""
    raw = data.get("vote_options")
    if raw is None:
        return frozenset(), None, None
    if not isinstance(raw, dict) or not all(
        isinstance(raw.get(k), list) and raw[k] and all(isinstance(w, str) and w.strip() == w.lower() and w.strip() for w in raw[k])
        for k in ("options", "before", "after")
    ):
        raise LexiconError(
            f"{path}: entry 'vote_options' must have lower-case word lists 'options', 'before' and 'after', "
            "as 'options: [yes, no]', 'before: [voted]', 'after: [camp]'"
        )
    before = _alternation(sorted(raw["before"], key=len, reverse=True), ignorecase=True)
    after = _alternation(sorted(raw["after"], key=len, reverse=True), ignorecase=True)
    return (
        frozenset(raw["options"]),
        re.compile(rf"(?<![\w’'-]){before}\s+(?:(?:a|an|the)\s+)?\Z", re.IGNORECASE),
        re.compile(rf"\s*{after}(?![\w’'-])", re.IGNORECASE),
    )


@lru_cache(maxsize=8)
def _load_roles(path: str) -> _Roles:
    data = read_lexicon(Path(path))
    roles = data.get("roles")
    if not isinstance(roles, dict) or not roles:
        raise LexiconError(f"{path}: entry 'roles' must map role names to their cues")
    titles: dict[str, str] = {}
    org_names: dict[str, str] = {}
    org_words: dict[str, str] = {}
    for role, section in roles.items():
        if role not in ROLES or role == "unknown":
            raise LexiconError(
                f"{path}: role {role!r} is not one of: {', '.join(r for r in ROLES if r != 'unknown')}"
            )
        if not isinstance(section, dict):
            raise LexiconError(f"{path}: role {role!r} must have titles, organisations, organisation_words lists")
        for key in ("titles", "organisations", "organisation_words"):
            items = section.get(key) or []
            if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
                raise LexiconError(f"{path}: role {role!r} entry {key!r} must be a list of words or phrases")
            for item in items:
                if key == "titles":
                    titles.setdefault(item.strip().lower(), role)
                elif key == "organisations":
                    org_names.setdefault(item.strip().lower(), role)
                else:
                    org_words.setdefault(item.strip(), role)
    references = data.get("references")
    if not isinstance(references, dict) or not all(
        isinstance(v, str) and (v in ROLES or v == "any") for v in references.values()
    ):
        raise LexiconError(f"{path}: entry 'references' must map a noun to a role or 'any', like 'company: business'")
    heads = data.get("reference_heads") or {}
    if not isinstance(heads, dict) or not all(
        str(k).lower() in references and isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v)
        for k, v in heads.items()
    ):
        raise LexiconError(
            f"{path}: entry 'reference_heads' must map a noun listed under 'references' to a list of "
            "capitalised head words, like 'union: [Lodge, Federation]'"
        )
    reference_heads = {str(k).lower(): tuple(x.strip() for x in v) for k, v in heads.items()}
    rep = frozenset(x.strip().lower() for x in require_list(data, "representative_titles"))
    name_titles = frozenset(x.strip() for x in require_list(data, "name_titles"))
    ordered = tuple(sorted(titles.items(), key=lambda kv: (-len(kv[0]), kv[0])))
    all_titles = sorted(set(titles) | rep, key=len, reverse=True)
    title_pattern = re.compile(r"(?<![\w.])" + _alternation(all_titles, ignorecase=True) + r"(?![\w])", re.IGNORECASE)
    nouns = {t.split()[-1] for t in titles} | {t.split()[-1] for t in rep} | set(references)
    relative = _relative_rules(path, data)
    head_only, head_words = _head_only_rules(path, data)
    nouns |= head_words
    relations, relation_words = _relation_rules(path, data)
    nouns |= {w.split()[-1] for w in relation_words}  # "His business partner, Tom Baines, said"
    # "one reader wrote on the paper's Facebook page": a member of the public named by
    # the channel they spoke through is a speaker, with no role of their own.
    nouns |= {str(x).strip().lower() for x in (data.get("public_voices") or ())}
    # Round Z: "the embattled singer said": a public figure's epithet is a speaker phrase.
    nouns |= {str(x).strip().lower() for x in (data.get("epithet_nouns") or ())}
    org_phrases = tuple((p, r) for p, r in org_words.items() if " " in p)
    return _Roles(
        ordered,
        org_names,
        org_words,
        rep,
        {str(k).lower(): str(v) for k, v in references.items()},
        name_titles,
        title_pattern,
        frozenset(nouns),
        re.compile(
            r"(?<!\w)" + _alternation(sorted(org_names, key=len, reverse=True), ignorecase=True, loose=False) + r"(?!\w)",
            re.IGNORECASE,
        ),
        relative,
        dict(ordered),
        org_phrases,
        head_only,
        _kind_pattern(references),
        relations,
        relation_words,
        reference_heads,
        frozenset(str(x).strip().lower() for x in (data.get("generic_references") or ())),
        _party_pattern(path, data),
        frozenset(str(x).strip() for x in (data.get("portfolio_words") or ())),
        frozenset(str(x).strip().lower() for x in (data.get("organisation_kind_nouns") or ())),
        frozenset(str(x).strip().lower() for x in (data.get("trade_references") or ())),
        _title_synonyms(path, data),
        frozenset(str(x).strip().lower() for x in (data.get("plural_voices") or ())),
        frozenset(str(x).strip() for x in (data.get("seats_of_government") or ())),
        frozenset(str(x).strip() for x in (data.get("company_name_words") or ())),
        frozenset(str(x).strip().lower() for x in (data.get("epithet_nouns") or ())),
        re.compile("|".join(re.escape(p) for p, _ in org_phrases)) if org_phrases else None,
        _sport_body_pattern(path, data),
        frozenset(str(x).strip().lower() for x in (data.get("rank_words") or ())),
        frozenset(str(x).strip().lower() for x in (data.get("public_levels") or ())),
        frozenset(str(x).strip().lower() for x in (data.get("public_services") or ())),
    )


def _sport_body_pattern(path: str, data: dict[str, Any]) -> re.Pattern[str] | None:
    """``sport_bodies``: a sport's name right before or after ("of") a body word names its governing body."""
    raw = data.get("sport_bodies")
    if raw is None:
        return None
    if not isinstance(raw, dict) or not all(
        isinstance(raw.get(k), list) and raw[k] and all(isinstance(w, str) and w.strip() for w in raw[k])
        for k in ("sports", "body_words")
    ):
        raise LexiconError(
            f"{path}: entry 'sport_bodies' must have lists 'sports' and 'body_words', "
            "as 'sports: [Rowing]' and 'body_words: [Federation]'"
        )
    sports = _alternation(sorted((w.strip() for w in raw["sports"]), key=len, reverse=True))
    bodies = _alternation(sorted((w.strip() for w in raw["body_words"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w-]){sports}\s+{bodies}(?![\w-])|(?<![\w-]){bodies}\s+of\s+(?:the\s+)?{sports}(?![\w-])")


def _title_synonyms(path: str, data: dict[str, Any]) -> dict[str, frozenset[str]]:
    """``title_synonyms``: a lower-case title -> the lower-case words that introduce the same office."""
    raw = data.get("title_synonyms") or {}
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) and w.strip() for w in v) for k, v in raw.items()
    ):
        raise LexiconError(f"{path}: entry 'title_synonyms' must map a lower-case title to a list of words, as 'judge: [justice]'")
    return {k.strip().lower(): frozenset(w.strip().lower() for w in v) for k, v in raw.items()}


def _party_pattern(path: str, data: dict[str, Any]) -> re.Pattern[str] | None:
    """The words that mark a political party's name, as one pattern (None when the lexicon lists none)."""
    words = data.get("party_words") or []
    if not isinstance(words, list) or not all(isinstance(x, str) and x.strip() for x in words):
        raise LexiconError(f"{path}: entry 'party_words' must be a list of capitalised words or names")
    if not words:
        return None
    return re.compile(r"(?<![\w’'-])" + _alternation(sorted(words, key=len, reverse=True), loose=False) + r"(?![\w’'-])")


def _kind_pattern(references: dict[str, str]) -> re.Pattern[str] | None:
    """The reference nouns with a settled role ("nonprofit", "company"), as one pattern (plural allowed)."""
    kinds = sorted((str(k).lower() for k, v in references.items() if v != "any"), key=len, reverse=True)
    if not kinds:
        return None
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in kinds) + r")s?(?![\w-])")


# "the group's founder", "its executive director", "the company's chief executive":
# a possessive that points back at an organisation, then a title (up to three words,
# in capitals too: "the party's National Publicity Secretary").
_POSSESSIVE_REF_RE = re.compile(
    r"(?<![\w-])(?:(?i:the|this|that)\s+([a-z]+(?:[\s-][a-z]+)?)['’]s|([Ii]ts))\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)"
)


# What may follow a head-only title for it to be the head: the end of the phrase, a
# relative, a preposition or a coordination ("a senior who", "a junior at", "a senior,").
_HEAD_FOLLOW = r"(?=\s*(?:$|[,.;:)\x00])|\s+(?:who|whose|at|in|from|of|on|and|studying|majoring)\b)"


def _head_only_rules(
    path: str, data: dict[str, Any]
) -> tuple[tuple[tuple[re.Pattern[str], str], ...], frozenset[str]]:
    """The ``head_only_titles`` entries (role -> words) compiled, and all their words (optional section)."""
    section = data.get("head_only_titles") or {}
    if not isinstance(section, dict):
        raise LexiconError(f"{path}: entry 'head_only_titles' must map a role to a list of words, like 'affected: [senior]'")
    out = []
    every: set[str] = set()
    for role, words in section.items():
        if role not in ROLES or role == "unknown":
            raise LexiconError(f"{path}: head_only_titles role {role!r} is not one of: {', '.join(r for r in ROLES if r != 'unknown')}")
        if not isinstance(words, list) or not words or not all(
            isinstance(w, str) and re.fullmatch(r"[a-z][a-z-]*", w) for w in words
        ):
            raise LexiconError(f"{path}: head_only_titles {role!r} must be a list of lower-case words, like [senior, junior]")
        every.update(words)
        alts = "|".join(sorted(words, key=len, reverse=True))
        out.append((re.compile(rf"(?<![\w.-])(?:{alts})(?![\w-]){_HEAD_FOLLOW}"), str(role)))
    return tuple(out), frozenset(every)


# Who owns the relation: a possessive determiner, or a name or noun with "'s" / "s'"
# ("the victim's", "Danny's", "the brothers'"), never "it's".
_POSSESSOR = r"(?<![\w’'-])(?:(?i:his|her|their|my|our)|(?!(?i:it)['’])[A-Za-z][\w-]*(?:['’]s|s['’]))"


def _relation_rules(
    path: str, data: dict[str, Any]
) -> tuple[tuple[tuple[re.Pattern[str], str], ...], frozenset[str]]:
    """The ``possessive_relations`` entries (role -> words, not_after) compiled, and all their words (optional)."""
    section = data.get("possessive_relations") or {}
    if not isinstance(section, dict):
        raise LexiconError(
            f"{path}: entry 'possessive_relations' must map a role to {{words: [...], not_after: [...]}}, "
            "like 'affected: {words: [partner, son]}'"
        )
    out = []
    every: set[str] = set()
    for role, entry in section.items():
        where = f"{path}: possessive_relations {role!r}"
        if role not in ROLES or role == "unknown":
            raise LexiconError(f"{where} is not one of: {', '.join(r for r in ROLES if r != 'unknown')}")
        words = entry.get("words") if isinstance(entry, dict) else None
        blocked = (entry.get("not_after") or []) if isinstance(entry, dict) else None
        for key, value in (("words", words), ("not_after", blocked)):
            if not isinstance(value, list) or (key == "words" and not value) or not all(
                isinstance(w, str) and re.fullmatch(r"[a-zà-ÿ][a-zà-ÿ -]*", w) for w in value
            ):
                raise LexiconError(f"{where}: {key!r} must be a list of lower-case words, like [partner, son]")
        nouns = sorted((str(w) for w in words or []), key=len, reverse=True)
        every.update(nouns)
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in nouns)
        # Up to two lower-case modifiers ("heartbroken", "long-term"), none of them one
        # that gives the noun another sense ("business partner").
        stop = "|".join(re.escape(str(w)) for w in sorted(blocked or [], key=len, reverse=True))
        modifier = rf"(?!(?:{stop})\s)[a-z][\w-]*\s+" if stop else r"[a-z][\w-]*\s+"
        pattern = re.compile(rf"{_POSSESSOR}\s+(?:{modifier}){{0,2}}(?:{alts})(?![\w’'-])")
        out.append((pattern, str(role)))
    return tuple(out), frozenset(every)


def _relative_rules(path: str, data: dict[str, Any]) -> tuple[tuple[str, re.Pattern[str], frozenset[str], bool], ...]:
    """The ``relative_clauses`` entries, validated and compiled (optional section)."""
    items = data.get("relative_clauses") or []
    if not isinstance(items, list):
        raise LexiconError(f"{path}: entry 'relative_clauses' must be a list of {{role, after, words}} mappings")
    out = []
    for i, item in enumerate(items):
        where = f"{path}: relative_clauses item {i + 1}"
        if not isinstance(item, dict):
            raise LexiconError(f"{where} must be a mapping like {{role: affected, after: who, words: [lives]}}")
        role, after, words, objects = item.get("role"), item.get("after"), item.get("words"), item.get("objects", [])
        named = item.get("named_objects", False)
        if not isinstance(named, bool):
            raise LexiconError(f"{where}: 'named_objects' must be true or false")
        if role not in ROLES or role == "unknown":
            raise LexiconError(f"{where} has role {role!r}; use one of: {', '.join(r for r in ROLES if r != 'unknown')}")
        if after not in ("who", "whose"):
            raise LexiconError(f"{where} has after {after!r}; write who or whose")
        for key, value in (("words", words), ("objects", objects)):
            if not isinstance(value, list) or (key == "words" and not value) or not all(
                isinstance(w, str) and w.strip() and w == w.lower() for w in value
            ):
                raise LexiconError(f"{where}: {key!r} must be a list of lower-case words, like [owns, runs]")
        verbs: list[str] = list(words or [])  # validated above: a non-empty list of words
        alts = "|".join(re.escape(w.strip()).replace(r"\ ", r"\s+") for w in sorted(verbs, key=len, reverse=True))
        # "who has worked", "who also runs", "who now lives": auxiliaries and adverbs before the verb;
        # "whose two children", "whose small business": one lower-case modifier before the noun.
        aux = (
            r"(?:(?:has|have|had|also|now|still|once|previously|recently|long|been)\s+)*"
            if after == "who"
            else r"(?:[a-z0-9][\w-]*\s+)?"
        )
        pattern = re.compile(rf"\b{after}\s+{aux}(?:{alts})\b", re.IGNORECASE)
        out.append((str(role), pattern, frozenset(o.strip() for o in objects), named))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Names:
    female: frozenset[str]
    male: frozenset[str]


@lru_cache(maxsize=8)
def _load_names(path: str) -> _Names:
    data = read_lexicon(Path(path))
    lists: dict[str, frozenset[str]] = {}
    for key in ("female", "male"):
        names = require_list(data, key)
        for name in names:
            if not name.strip() or not name[:1].isupper() or " " in name.strip():
                raise LexiconError(f"{path}: {key} name {name!r} must be one capitalised word, like 'Maria'")
        lists[key] = frozenset(n.strip() for n in names)
    both = sorted(lists["female"] & lists["male"])
    if both:
        raise LexiconError(f"{path}: name {both[0]!r} is listed as female and male; a mixed name belongs in neither list")
    return _Names(lists["female"], lists["male"])


def load_names(override: str | Path | None = None) -> _Names:
    """The first-name gender lexicon (``first_names.yaml``), loaded once."""
    return _load_names(str(lexicon_path("first_names", override)))


@lru_cache(maxsize=1)
def known_first_names() -> frozenset[str]:
    """Every first name of the default lexicon, either gender, lower-cased; empty if it cannot load.

    A cue that a capitalised word opens a person's name, shared by preparation (a writer's
    bare name in the byline block) and entities (a person's name run); neither stage fails on
    a broken names lexicon, which quotes reports when it resolves a pronoun.
    """
    try:
        names = load_names()
    except FramingError:
        return frozenset()
    return frozenset(n.lower() for n in (*names.female, *names.male))


def load_cues(override: str | Path | None = None) -> _Cues:
    """The reporting cues lexicon (``reporting_verbs.yaml``), loaded once."""
    return _load_cues(str(lexicon_path("reporting_verbs", override)))


def load_roles(override: str | Path | None = None) -> _Roles:
    """The speaker roles lexicon (``speaker_roles.yaml``), loaded once."""
    return _load_roles(str(lexicon_path("speaker_roles", override)))


# --- text helpers ------------------------------------------------------------

_WORD_RE = re.compile(r"\w+(?:[’'.\-]\w+)*")
_PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "o", "we": "p", "i": "s", "him": "m", "her": "f"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "one", "two"}
_CONNECTORS = {"of", "for", "at", "in", "and", "&", "de", "del", "la", "van", "von", "der", "the", "da", "on"}
# Words that end a speaker phrase when read backwards from a cue: verbs,
# conjunctions and prepositions that belong to the outlet's clause, not to a name.
_STOP = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "do", "does", "did", "to", "that", "which", "who", "whom", "whose", "when",
    "while", "because", "but", "as", "after", "before", "if", "although", "though", "so", "where", "than", "then",
    "not", "also", "into", "from", "with", "by", "about", "over", "under", "up", "out", "what", "how", "why",
    "or", "nor", "yet", "since", "until", "unless", "there", "here", "said", "says", "saying", "just", "only",
    "even", "however", "meanwhile", "still", "now", "again", "too", "very", "all", "both", "some", "many",
    "most", "no", "any", "each", "every", "such", "these", "those", "this", "through", "during", "without",
    "against", "between", "among", "toward", "towards", "upon", "across", "around", "behind", "beyond",
}
# A finite verb right after the phrase that follows a cue makes that phrase the
# subject of the reported clause ("said the company had ..."), not the speaker.
_FINITE_AUXILIARIES = frozenset(
    "is are was were has have had will would can could should may might must do does did".split()
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+week|last\s+month|last\s+year|this\s+week|earlier|later|previously|also|then|further|again|once|recently|repeatedly|separately|publicly|privately|frequently|often|later\s+on)"
_SKIP_BEFORE_CUE = re.compile(
    rf"(?:\s+(?:(?:on|late|early)\s+)?{_WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:has|have|had|would|will|previously|also|once|further|just|already|again|quickly|later|earlier|publicly|repeatedly"
    # Round AQ: sentence adverbs between the subject and the cue ("He however adds that ...").
    rf"|however|meanwhile|nonetheless|nevertheless|therefore|subsequently|additionally|reportedly|allegedly|now|still|too)|\s+on\s+(?:Twitter|X|Facebook|Instagram))\s*$"
)
_SKIP_AFTER_CUE = re.compile(
    rf"^\s*(?:(?:(?:on|late|early)\s+)?{_WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night))?,?\s*)+"
)
_DOC_NOUNS = (
    "news release", "press release", "release", "statement", "report", "email", "e-mail", "tweet", "post",
    "letter", "filing", "court filing", "memo", "announcement", "complaint", "lawsuit", "indictment", "document",
    "documents", "website", "spokesman", "spokeswoman", "spokesperson", "representative", "official",
    "officials", "records", "data",
    # Round AD: "according to a recall notice from Greenvale Foods": a notice speaks for its issuer.
    "notice",
)
_DOC_HEADS = frozenset(n.split()[-1] for n in _DOC_NOUNS)
# "Her husband Derek, 75,", "His wife Ellen said": a relative named by a given name alone
# right after a kin noun (no surname after it).
_KIN_GIVEN_RE = re.compile(
    # (The look-behind after the first letter, as in _NAME_RUN_RE: a search skips to "H"/"h".)
    rf"([Hh](?<![\w’'-].)(?:er|is))\s+(husband|wife|partner|son|daughter|brother|sister|father|mother)"
    rf"\s+([{_UP}][{_LOW}]+)(?=\s*[,)]|\s+(?:said|says|told|added|who)\b)"
)
_NUMBER_HYPHEN_RE = re.compile(r"(?<![\w-])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-\Z", re.IGNORECASE)
# "a statement signed by X", "in a statement by its Publicity Secretary, Mr. X", "issued by X":
# the person (or body) named right after it wrote the statement.
# "a statement signed by X", and a court's written opinion: "the majority opinion by Chief
# Justice X", "a dissent by Justice Y" are the judge's own words (round T).
_NUMBER_AFTER_RE = re.compile(r"\s?\d")
# Titles of a body's head with no body named ("Chief executive X said"): they speak
# for the body the article just named.
_BARE_HEAD_TITLES = frozenset(
    ("chief executive", "ceo", "executive director", "president", "chair", "chairman", "chairwoman",
     "chairperson", "director", "founder", "co-founder", "spokesperson", "spokesman", "spokeswoman",
     "chief executive officer", "general secretary", "secretary general", "secretary-general")
)
# A titled personal name with the place or body after "of" ("Bishop Peter Halloran of Dunmore").
_TITLED_NAME_OF_RE = re.compile(rf"((?:[{_UP}][\w’'.-]*\s+){{2,4}}[{_UP}][\w’'-]*)\s+of\s+(?:the\s+)?[{_UP}]")
# Round AA: also a participle aside of why the source is unnamed ("Two senior energy
# officials, speaking on condition of anonymity, said"; "asking not to be named").
_HEAD_ASIDE_RE = re.compile(
    r"(?:who|whose|a|an)\b|speaking\s+(?:on\s+condition|anonymously|privately|on\s+background)\b"
    r"|(?:asking|requesting)\s+(?:not\s+to\s+be\s+(?:named|identified)|anonymity)\b"
    r"|declining\s+to\s+be\s+(?:named|identified)\b"
)
_DASH_ASIDE_RE = re.compile(r"\s[–—-]\s[^–—\x00\n]{1,200}?\s[–—-]\s?$")
# Round AQ: a bracketed acronym (or short form) after a capitalised word and before a
# lower-case title word: "Board (Uneb) executive secretary", "Kenya Power (KPLC) managing director".
_ACRONYM_BEFORE_TITLE_RE = re.compile(
    rf"(?<=[{_LOW}A-Z]) ?\([{_UP}][A-Za-z&]{{1,7}}\)(?=(?: [{_LOW}][{_LOW}-]+){{1,3}} [{_UP}][{_LOW}])"
)
# Round AQ: a subject joined to another ("Tom Reyes and Ana Lind", "Reyes, Lind and ...").
_COORDINATED_AFTER_SUBJECT_RE = re.compile(rf"\s*(?:&|and\s|,\s*[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)*\s*(?:,|and\s))")
# Round AQ: an aside between dashes that describes the person before it: a noun phrase
# opened by an article ("– a former candidate for the party –"), not a clause ("– who ...").
_DESCRIPTOR_ASIDE_RE = re.compile(r"(?:a|an|the)\s+[\w’'-]+")
_PHONED_RE = re.compile(r"\s+(?:him|her|them|me|us)(?:\s*[.;]|\s+(?:on|at|from|back|after|before|when|and|to\s+say)\b)")
_PRONOUN_AFTER_NOUN_RE = re.compile(r",?\s+(?:he|she)\s")
_SIGNED_BY_RE = re.compile(
    r"\b(?:(?:signed|issued|released|sent|posted|written)(?:\s+out)?|statement|opinion|dissent|judgment|judgement)\s+by\s",
    re.IGNORECASE,
)
# Round X2: "a leaked memo seen by the Irish Ledger": the outlet that saw or obtained it.
_SEEN_BY_RE = re.compile(r"\s+(?:seen|obtained|reviewed|viewed|shared\s+with|leaked\s+to)(?:\s+by)?\s+", re.I)
# "More than 40 head teachers have signed an open letter", "one of 32 vice-chancellors to
# sign an open letter": the plural noun that signed or wrote it (quantity words dropped).
_LETTER_SIGNERS_RE = re.compile(
    r"\b((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+(?:who\s+)?(?:(?:have|has|had)\s+)?(?:to\s+sign|to\s+have\s+signed|signed|co-signed|"
    r"wrote|written|sent|penned|to\s+write)\s+(?:an?|the)\s+(?:(?:open|joint|strongly\s+worded|public)\s+)?(?:letter|petition|statement)\b"
)
# A document, then who saw or obtained it, right before that reader's name.
_SEEN_BY_BEFORE_RE = re.compile(
    r"\b(?:memo|memorandum|report|document|documents|letter|e-?mail|draft|paper|briefing|file|files|records|recording|footage|minutes)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:seen|obtained|reviewed|viewed)\s+by\s+\Z",
    re.I,
)
# The bracket that closes a bracketed translation right after its closing quote mark.
_BRACKET_CLOSE_RE = re.compile(r"\s*[.!?]?\s*\)")
# "the letter" (or petition) right before a cue, as its whole subject.
_LETTER_SUBJECT_RE = re.compile(r"(?:^|(?<=[\s\x00]))((?i:the|this|that)\s+(?:(?:open|joint)\s+)?(?:letter|petition))\s*\Z")
_QUANTITY_WORDS = frozenset("than more over some about nearly almost dozen dozens hundred hundreds thousand thousands of other the".split())
# Who files an indictment: "prosecutors", "federal prosecutors", "the prosecution".
_PROSECUTORS_RE = re.compile(r"\b(?:prosecutors|the\s+prosecution|the\s+Crown\s+Prosecution\s+Service)\b", re.I)
_DOC_NOUN_RE = re.compile(r"(?:" + "|".join(re.escape(n) for n in sorted(_DOC_NOUNS, key=len, reverse=True)) + r")$", re.I)
# The capital comes before the look-behind on the character left of it: a
# pattern that opens with a plain character class lets re skip straight to the
# capitals (twice as fast as a leading look-behind, with the same matches).
_ACRONYM_RE = re.compile(rf"([{_UP}](?<![\w.].)[A-Z&]{{1,6}})(?![\w])")

# Surname particles ("Harriet Van der Linde", "Carmen de la Fuente", "Khalid bin
# Rashid", "Sinéad Ní Bhriain", "Hans ter Horst"): lower-case (or capitalised at
# the surname's start) words inside a personal name, one to three in a row.
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|los|las|bin|binti|bint|ibn|ter|ten|zu|Ní|Nic|Mac|Ó|Ua)"
_PARTICLE_WORDS = frozenset(
    "van von der den de del della di da das dos du la le los las bin binti bint ibn ter ten zu ní nic mac ó ua".split()
)
# French institution names keep their content words in lower case after a
# particle ("Société de transport de Montréal", "Commission d'accès à
# l'information", "Bureau des enquêtes indépendantes", "Régie de l'énergie du
# Québec"): a French particle and one or two lower-case words after it stay
# inside the capitalised run. English copy puts no lower-case word after
# "des", "du", "d'", "l'", "à" or "aux", and "de" before a lower-case word is
# French (a surname particle is followed by a capital).
_FRENCH_LINK = (
    r"(?:\s+(?:de\s+la|de|des|du|à|aux)(?:\s+|\s+l[’']|\s+d[’'])|\s+(?:d|l)[’']|\s+(?:de\s+|à\s+)l[’'])"
    rf"[{_LOW}][\w’'-]*(?:\s+(?!(?:de|des|du|à|aux|et|la|le)\b)[{_LOW}][{_LOW}-]*(?=\s+(?:de|des|du|à|aux|d[’']|l[’'])|\s*[(,]|\s*$))?"
)
_DEFINITION_RE = re.compile(
    rf"((?:[{_UP}][\w’'&.-]*)(?:" + _FRENCH_LINK + rf"|\s+(?:of|for|and|the|on|&|[{_UP}][\w’'&.-]*))*)\s+\(([{_UP}][A-Z&]{{1,6}})\)"
)
# A capitalised run, the names the reader finds: capitalised words joined by
# "of/for/and/the/on/&" or surname particles ("Harriet Van der Linde"), or by a
# French link and its lower-case words ("Commission d'accès à l'information").
_NAME_RUN_RE = re.compile(
    # The English link first: it is the one that joins almost every run, and the
    # two are disjoint (a capital after the link, or a particle and lower case).
    rf"(?:[{_UP}](?<![\w’'-].)[\w’'&.-]*)(?:\s+(?:(?:of|for|and|the|on|&)\s+|(?:" + _PARTICLE
    + rf"\s+){{1,3}})?(?:[{_UP}][\w’'&.-]*)|" + _FRENCH_LINK + r")*"
)
_MALE = {"mr.", "mr", "spokesman", "congressman", "councilman", "businessman", "father", "husband", "son", "brother", "king", "his",
         "boyfriend", "fiance", "fiancé", "widower", "dad", "grandfather", "uncle", "nephew"}
_FEMALE = {"ms.", "ms", "mrs.", "mrs", "miss", "spokeswoman", "congresswoman", "councilwoman", "businesswoman", "mother", "wife", "daughter", "sister", "queen",
           "girlfriend", "fiancee", "fiancée", "widow", "mum", "mom", "grandmother", "aunt", "niece"}
_WHOSE_NOUN_RE = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:['’]s)?")
_POSSESSIVE_LEAD_RE = re.compile(r"(?:^|(?<=;))\s*(?:his|her|their)\s+")
_TITLE_ABBREVIATIONS = {
    "sen.": "senator", "gov.": "governor", "rep.": "representative", "dr.": "doctor", "prof.": "professor",
    "lt.": "lieutenant", "gen.": "general", "sgt.": "sergeant", "det.": "detective", "rev.": "reverend",
    "capt.": "captain", "col.": "colonel",
    # Philippine copy (round T): "Social Welfare Sec. X", "DSWD Asec. Y", "Usec. Z", "Police Brig. Gen. W".
    "sec.": "secretary", "asec.": "assistant secretary", "usec.": "undersecretary", "brig.": "brigadier",
}
_BOUNDARY_CHARS = "\x00;:—–()[]\"“”„«»\n"
_CUT_CHARS = _BOUNDARY_CHARS + ","  # where a phrase read backwards from a cue stops
_BOUNDARY_RE = re.compile("[" + re.escape(_BOUNDARY_CHARS) + "]")
_NAME_WORD_RE = re.compile(rf"[{_UP}][{_LOW}]+(?:[’'-][{_UP}]?[{_LOW}]+)*|[{_UP}]\.|(?:Mc|Mac|O’|O')[{_UP}][a-z]+|Jr\.?|Sr\.?|II|III")
# ", a nurse at Mercy General Hospital," / ", 58, who ..." / ", president of the union,"
_APPOSITIVE_AFTER_RE = re.compile(r"^\s*(?:\(\d{1,3}\)\s*)?,\s*(?:(?:now|aged)\s+)?(?:\d{1,3},\s*)?([A-Za-z]+)[^,;:()\x00]{0,120}")
_MALE_NOUNS = {"man", "father", "husband", "son", "brother", "grandfather", "uncle", "boy", "spokesman", "businessman"}
_FEMALE_NOUNS = {"woman", "mother", "wife", "daughter", "sister", "grandmother", "aunt", "girl", "spokeswoman", "businesswoman"}
# Nouns that name a group even in the singular: "the family said" is a "they".
_PLACE_PREPOSITIONS = {
    "in", "at", "on", "near", "from", "into", "across", "outside", "inside", "toward", "towards", "through",
    "throughout", "around", "along", "past", "via", "onto", "within", "between",
}
_RELATIVE_SUBJECT_RE = re.compile(
    r"^\s*((?:(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree)\s+)?(?:[a-z][\w-]*\s+)?[A-Za-z][\w-]*)"
    r"\s+(?:who|whose)\s+[^,;:]{1,120}$"
)
# Where one clause of a sentence ends and the next begins ("X said ..., while
# Y said ..."): each clause has its own speaker.
# ', and that ...' / '," and that ...' goes on with the clause the cue before governs
# ('said the suspect was "armed," and that deputies were "not taking chances"'): no boundary.
_CLAUSE_BOUNDARY_RE = re.compile(r",[”\"’']?\s*(?:while|but|and|whereas|yet)\s(?!that\s)|;\s|\s+whereas\s")
# A cue right after a coordinator has no subject of its own ("..., and added").
_COORDINATED_CUE_RE = re.compile(r"(?:^|[\s,\x00])(?:and|but|then|or)\s+(?:(?:also|later|then)\s+)?$")
_CLIENT_RE = re.compile(
    r"\b(?:lawyer|attorney|counsel|solicitor|barrister)s?,?\s+(?:for|representing|acting\s+for|appearing\s+for|"
    r"who\s+(?:now\s+|also\s+)?(?:represents|represented|advises|advised|is\s+advising|acts\s+for|is\s+acting\s+for"
    r"|is\s+representing|is\s+appearing\s+for|appeared\s+for|appears\s+for))\s+([^,;]+)",
    re.I,
)
# A relative clause that names whom the speaker represents (see _speaker_after); "which"
# after a law firm's name ("of X Solicitors, which acts for the families").
_CLIENT_CLAUSE_RE = re.compile(
    r"\s*(?:who|which)\s+(?:now\s+|also\s+)?(?:represents|represented|is\s+representing|acts\s+for|is\s+acting\s+for"
    r"|is\s+appearing\s+for|appeared\s+for|appears\s+for)\s"
)
# Round Z2: counsel named without "lawyer": "senior advocate X, who is appearing for the
# jailed journalist" (South Asian and South African bars), "a partner at the Montreal
# firm Gagnon Roy, who represents 200 customers" (a partner who represents someone
# practises law): the client's role, as for a lawyer.
_COUNSEL_CLIENT_RE = re.compile(
    r"\b(?:partner|senior\s+advocate|senior\s+counsel)\b[^;]{0,80}?,?\s+who\s+(?:now\s+|also\s+)?"
    r"(?:represents|represented|is\s+representing|acts\s+for|is\s+acting\s+for|is\s+appearing\s+for|appeared\s+for"
    r"|appears\s+for)\s+([^,;]+)",
    re.I,
)
# An anonymous group: a count (or "some", "several") of people, sources or officials
# and what they know ("two people familiar with the talks", "three officials briefed
# on the plan", "several sources close to the minister", "people with knowledge of
# the matter"): wire style for unnamed sources.
# A quantifier before one or two capitalised plurals: "Several Republicans", "Many
# Democrats", "Both Tory MPs". A group, whatever the capitals.
# A sentence opening with a subordinate clause not yet closed by a comma: "On Tuesday,
# as Premier X stood ... and promised" (an optional leading phrase set off first).
_NO_COMMENT_RE = re.compile(
    r"\b(?:declined|refused)\s+to\s+(?:comment|be\s+interviewed)|\bdid\s+not\s+(?:immediately\s+)?(?:respond|reply)"
    r"|\bdidn[’']t\s+(?:immediately\s+)?(?:respond|reply)|\bcould\s+not\s+be\s+reached",
    re.IGNORECASE,
)
_SUBORDINATE_OPEN_RE = re.compile(
    r"\s*(?:[^,\x00]{0,40},\s*)?(?i:as|when|while|after|before|although|though|since|because|once|until|even\s+as)"
    r"\s[^,;\x00]*\Z"
)
_QUANTIFIER_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?i:several|many|some|most|few|both|all|other|numerous|dozens\s+of|hundreds\s+of|thousands\s+of)\s+\Z"
)
_QUANTIFIED_PLURAL_RE = re.compile(
    r"(?:Several|Many|Some|Most|Few|A\s+few|Both|All|Other|Numerous|Dozens\s+of|Hundreds\s+of|Thousands\s+of)"
    r"\s+(?:[A-Z][\w’'-]*\s+)?[A-Z][\w’'-]*s"
)
_ANONYMOUS_GROUP_RE = re.compile(
    r"(?:^|(?<=[\s\x00,]))((?:(?i:two|three|four|five|six|several|some|multiple|many|\d{1,2})\s+"
    r"(?:[a-z-]+\s+){0,2}(?:people|persons|sources|officials|diplomats|insiders|executives|lawmakers|"
    r"delegates|officers|aides|members|staffers|employees|analysts)"
    # Round X: one such source, as tabloids and wires write it ("a source close to the
    # actress", "a person familiar with the talks", "one official briefed on the plan").
    r"|(?i:a|an|one)\s+(?:[a-z-]+\s+){0,2}(?:person|source|official|diplomat|insider|executive|aide|"
    r"member|staffer|employee))\s+"
    r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|aware\s+of|"
    r"involved\s+in|present\s+at|who\s+attended|who\s+were\s+present\s+at)\s+[^,.;:\x00\n]{1,80}?)"
    # "..., who spoke on condition of anonymity": why the source is unnamed names nobody else.
    r"(?:,\s*who\s+(?:was|were|is|are|spoke|asked|requested|did)\b[^\x00\n]{0,120}?)?\s*\Z"
)
# Round AK: "it cited him as saying", "the paper quoted her as saying": the object is the speaker.
_AS_SAYING_RE = re.compile(r"\s+(him|her|them)\s+as\s+(?:saying|telling)\b", re.IGNORECASE)
_AS_SAYING_SUBJECT = {"him": "he", "her": "she", "them": "they"}
# Round AM: "Reuters citing X", "AFP, quoting X": a wire's name (a listed outlet or an
# acronym), then the verb of citing; "..., quoting X" right after a cue.
_WIRE_CITING_RE = re.compile(rf"((?:the\s+)?[{_UP}][\w’'.&-]*(?:\s+[{_UP}][\w’'.&-]*){{0,3}}),?\s+(?:citing|quoting)\s+")
_CITING_AFTER_RE = re.compile(r",?\s+(?:citing|quoting)\s+(?=(?:the\s+)?[\w’'-])")
# The person a wire cites, named in full: up to six words, then two capitalised ones
# ("the country's mines minister Peter Banda"); "citing sources" names nobody.
_CITED_NAME_RE = re.compile(rf"(?:[\w’'.-]+\s+){{0,6}}?[{_UP}][\w’'.-]*\s+[{_UP}][\w’'-]*")
# Round AM: "X was quoted (by the Post) as saying", "Bernama quoted X as saying": what
# stands before a cue "saying"/"telling" (the passive's subject is read before "was").
_QUOTED_AS_RE = re.compile(
    r"(?:(?<![\w’'-])(?:was|were|is|are|been|being)\s+quoted(?:\s+by\s+[^,;:\x00\n]{1,60}?)?"
    r"|(?<![\w’'-])quoted\s+(?P<obj>[^,;:\x00\n]{1,60}?))\s+as\s+\Z"
)
# Round AK: a part of a group after a cue: "said some of the lawyers", "said one of
# the rescuers", "said two of the farmers" (the group's noun, up to two modifiers).
_PARTITIVE_OPENERS = frozenset("one some several many most two three four five few all both".split())
_PARTITIVE_AFTER_RE = re.compile(
    r"((?i:one|some|several|many|most|two|three|four|five|a\s+few|few|all|both)\s+of\s+(?:the|their|his|her|its)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*s))\b"
)
# The words an anonymous source's phrase opens with (a cheap test before the pattern).
_ANONYMOUS_OPENERS = frozenset("a an one two three four five six several some multiple many".split())
# A message as the subject of a cue, with its sender if named: "a text message read out
# in court", "A WhatsApp message sent by Deepak Rawat to the player", "an email from X".
_MESSAGE_SUBJECT_RE = re.compile(
    rf"(?:^\s*|,\s*)(?i:a|an|the|one|another)\s+(?:[\w-]+\s+){{0,2}}(?:message|text|e-?mail|voicemail|voice\s+note|letter|note)s?"
    rf"(?:\s+(?:[a-z]+\s+){{0,2}}(?:by|from)\s+((?:the\s+)?(?:[\w’'.-]+\s+){{0,3}}?[\w’'-]+?)(?=\s+(?:to|on|in|at)\b|\s*\Z))?"
    rf"(?:\s+(?!(?:said|says|stated)\b)[\w’'-]+){{0,8}}\s*\Z"
)
# A plural subject after "say"/"claim" closing a sentence: ", say police", ", claim residents".
_TRAILING_SAY_RE = re.compile(
    r",\s*(say|claim|allege|warn|insist|fear)\s+((?:[a-z]+\s+)?(?:[A-Za-z][\w’'-]*))\s*[.!?]?\s*\Z"
)
# Counsel named by the side they appear for: "representing five of the defendants",
# "acting for the accused" (group 1 empty), "appearing for the Crown" (group 1 set).
_COURT_SIDE_RE = re.compile(
    r"\s*(?:representing|acting\s+for|appearing\s+for|who\s+(?:represents|represented|appeared\s+for))\s+"
    r"(?:(?:all|both|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|most)\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:(Crown|prosecution|Director\s+of\s+Public\s+Prosecutions|DPP|state|State)|"
    r"(?:accused|defendants?|defendant['’]s\s+family|appellants?|protesters|activists|men|women))\b"
)
# Round X2: a law firm's name ("Carrow Webb LLP", "Ogunleye Chambers", "Hadley Lal
# Solicitors", "Reyes & Associates", "Mensah Law Group") then what it does for whom.
_LAW_FIRM_CLIENT_RE = re.compile(
    rf"[{_UP}][\w’'.-]*\s+(?:LLP|Chambers|Solicitors|&\s+Associates|&\s+Partners|Law\s+(?:Firm|Group|Offices?|Partners))\b"
    r"[^;]{0,40}?,?\s+(?:who|which)\s+(?:now\s+|also\s+)?(?:represents|represented|is\s+representing|acts\s+for|"
    r"is\s+acting\s+for|advises|is\s+advising)\s+([^,;]+)"
)
# A party to a lawsuit named by its side (first pass: plaintiffs and defendants are affected).
_COURT_PARTY_RE = re.compile(r"(?:the\s+)?(?:plaintiffs?|claimants?|defendants?|accused|respondents?|petitioners?)\b", re.I)
# "His attorney, X", "her lawyer": a person's lawyer, named by a personal possessive.
_PERSON_LAWYER_RE = re.compile(
    r"\s*(?:his|her)\s+(?:(?:longtime|long-time|defen[cs]e|criminal|family|personal|own|lead|trial)\s+)?"
    r"(?:lawyer|attorney|counsel|solicitor|barrister)s?\b",
    re.I,
)
# "Okafor's attorney", "Harris's defence lawyer": the possessor is the lawyer's client.
_CLIENT_OWNER_RE = re.compile(
    rf"(?<![\w’'-])([{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{0,4}})['’]s?\s+(?:(?:defen[cs]e|criminal|family|personal)\s+)?"
    r"(?:lawyer|attorney|counsel|solicitor|barrister)s?\b"
)
# "what he calls", "what they called": the pronoun right after "what", at the end of a range.
_WHAT_PRONOUN_RE = re.compile(r"\bwhat\s+(?:he|she|they|it)\s*$", re.IGNORECASE)
# What may follow a cue in a sentence that is only an attribution: an object
# ("told reporters", "told the BBC"), a phrase opened by a preposition or a
# time word ("in a statement", "on Tuesday", "later"), an aside after a comma
# (", pointing at the sign"), and nothing like a reported clause.
_ATTRIBUTION_TAIL_RE = re.compile(
    rf"\s*(?:(?:reporters|journalists|the\s+[\w’'-]+(?:\s+[\w’'-]+)?|[{_UP}][\w.’'-]*(?:\s+[{_UP}][\w.’'-]*){{0,3}}"
    r"|me|us|him|her|them)(?=[\s,.!?]|$))?"
    r"(?:\s*(?:in|on|at|to|during|after|before|from|via|through|with|by|outside|inside|over|under|as|while|when"
    r"|later|earlier|again|also|then|afterwards|yesterday|today|tonight|this|last|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|[a-z]+ly)\b[^,;:\x00]{0,80})?"
    r"(?:,[^:;\x00]{0,160})?[.!?]?\s*"
)
# The surname that opens a possessive relation ("Okafor’s sister", "Brooks' father").
_SURNAME_POSSESSOR_RE = re.compile(rf"([{_UP}][\w-]*?)(?:['’]s|(?<=s)['’])\s")
# A cue's base form used as a noun: a determiner (and one singular capitalised word,
# "the Zoom call", "a FaceTime call") before it; after it what no verb "call",
# "warn", "claim" takes: punctuation, a conjunction, a preposition of time or
# place, or a finite verb ("the call was ...", "the call ended").
_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?i:the|a|an|this|that|his|her|its|their|our|my|every|each|one|another)"
    rf"(?:\s+[{_UP}][\w’'-]*(?<![sS]))?\s+\Z"
)
_PART_SPLIT_RE = re.compile(r", | ; ")
_HEAD_OF_STATE_RE = re.compile(rf"(?:[{_UP}][{_LOW}-]*(?:’s|'s)\s+)?President(?:\s+[{_UP}][{_LOW}-]+){{0,3}}\Z")
# Round AH: the lower-case words of a clause before a capital "President" right before the
# name ("a defeat for President X", "dashing President X's plan"): no body's name, so the
# head of state, as a bare "President X" is; never after "former", "late", "ex-" or "then".
_LOWER_LEAD_RE = re.compile(r"^(?:[a-z][\w’'-]*\s+)*(?<![a-z])(?<!former )(?<!late )(?<!then )(?<!ex-)(?=President\b)")
# A chief officer's title in capitals before "of" and a body's name ("CEO of Debenhams").
_TITLE_ACRONYM_OF_RE = re.compile(r"C[EFOTIM]O\s+of\s+(?:the\s+)?(?=[A-Z])")
# "French President Emmanuel Macron", "the South African President", "U.S. President X": a
# nationality or a country's short name before "President" (checked against the gazetteer's
# demonyms and the lexicon's seats of government) names a head of state as a possessive does.
_NATIONAL_PRESIDENT_RE = re.compile(
    rf"(?:the\s+)?([{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)?|U\.?S\.?|U\.?K\.?)\s+President(?:\s+[{_UP}][{_LOW}-]+){{0,3}}\Z"
)
# Round AJ: a country's president in lower case, named by a nationality, a country's name
# or possessive, "the country's" ("Bolivian president X", "Ghana's president, X", "The
# country's president, X") or "of" and the country ("X, the president of Bolivia"): group 1
# or 2 is the word to check against the demonyms and the gazetteer's places.
_COUNTRY_PRESIDENT_RE = re.compile(
    rf"(?:[Tt]he\s+)?(?:(?:country|nation|republic)(?:’s|'s)\s+|([{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)?)(?:’s|'s)?\s+)president"
    rf"|(?:[Tt]he\s+)?president\s+of\s+(?:the\s+)?(?:country|nation|republic|([{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)?))"
)
_PLURAL_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?i:these|those|several|many|some|other|all|both|few|most|numerous|various|two|three|four|five|"
    r"member|its|their|our)\s+\Z"
)
_NOUN_AFTER_RE = re.compile(
    r"\s*(?:[.,;:!?)\x00—–]|\Z|(?:when|while|as|with|was|is|had|has|went|ended|came|lasted|from|in|at|after|before|and|but|or|last|that\s+(?:night|day|morning|evening|afternoon))\b)"
)
# An office named by a capitalised possessor: "Ohio Secretary of State's office",
# "Dravonia's interior ministry" (up to two lower-case words before the noun).
_POSSESSIVE_OFFICE_RE = re.compile(rf"[{_UP}][\w’'.-]*(?:\s+[\w’'.-]+){{0,6}}['’]s\s+(?:[a-z-]+\s+){{0,2}}([a-z]+)")
# A group named for its members and its cause: "Parents for Safer Screens", "Mothers Against X".
# Round W: any plural of people before "for"/"against" and a capitalised cause names
# such a group too ("Coloradans for Safer Communities", "Nigerians for Credible
# Elections", "Americans for Tax Reform", "Lawyers for Human Rights").
_ADVOCACY_NAME_RE = re.compile(
    rf"(?<![\w’'-])(?:Parents|Mothers|Moms|Mums|Fathers|Dads|Families|Citizens|Residents|Neighbors|Neighbours"
    rf"|Friends|Women|Students|Teachers|Doctors|Nurses|Scientists|Veterans|Taxpayers|Voters|Tenants"
    rf"|[{_UP}][{_LOW}]+(?:ans|ians|ers|ists|ors|ites|ese|is))"
    rf"\s+(?:for|Against|against|United\s+for)\s+(?:the\s+)?[{_UP}]"
)
# Round AF part 2: a campaign named by its call ("the Keep the Hedgerows group",
# "Save the 8th", "Together for Tenants", "No to the Toll") or by its kind after
# its name ("the Hedgerows campaign") campaigns for it; a statute named by a call
# ("the Save Our Seas Act") is no group.
_CAMPAIGN_NAME_RE = re.compile(
    rf"(?<![\w’'-])(?:(?:Save|Keep|Stop|Protect|Defend|Free|Repeal|Reclaim|Restore|Scrap)\s+(?:the|our|Our|The)\s+[{_UP}0-9]"
    rf"|Together\s+for\s+(?:the\s+)?[{_UP}]|(?:Yes|No)\s+to\s+(?:the\s+)?[{_UP}])"
    rf"(?![^,;()]*?\s(?:Act|Bill|Law|Fund)(?![\w’'-]))"
    rf"|(?<![\w’'-])(?:for|of|with)\s+the\s+(?:[{_UP}][\w’'-]*\s+){{1,4}}campaign(?!\s+(?:trail|finance|season|spending|rally|event|office)\b)"
)
# The campaign a later "the group"/"the campaign" takes up: "the Save the Meadows group".
_CAMPAIGN_BODY_RE = re.compile(
    rf"(?<![\w’'-])(?:the\s+)?((?:Save|Keep|Stop|Protect|Defend|Free|Repeal|Reclaim|Restore|Scrap)\s+(?:the|our|Our|The)"
    rf"(?:\s+[{_UP}0-9][\w’'-]*){{1,4}}|Together\s+for(?:\s+[{_UP}][\w’'-]*){{1,4}})\s+(group|campaign|coalition|movement)(?![\w’'-])"
)
# The head of a research or strategy desk: "head of Asia technology research at X".
_RESEARCH_HEAD_RE = re.compile(
    r"(?:the\s+|a\s+)?(?:global\s+|regional\s+|deputy\s+|co-)?(?:head|director|chief)\s+of\s+(?:[\w-]+\s+){0,3}"
    r"(?:research|strategy|economics|analysis)\b",
    re.IGNORECASE,
)
# An office named by its holder's lower-case title: "attorney general’s office".
_TITLE_OFFICE_RE = re.compile(r"([a-z][\w.-]*(?:\s+(?:of\s+)?[a-z][\w.-]*){0,3})['’]s\s+(?:press\s+)?office")
# The first preposition after an appositive's head noun ("owner of", "a manager at").
_STATE_VOICE_RE = re.compile(
    rf"(?<![\w’'-])([{_UP}][\w’'-]*(?:\s+[{_UP}][\w’'-]*)?)\s+state\s+(?:government\s+)?"
    r"(?:spokes(?:man|woman|person)|officials?)(?![\w-])"
)
_HEAD_PREPOSITION_RE = re.compile(r"\b(?:of|at|for|from|with|in|across|near|opposite|outside|on|by)\b", re.IGNORECASE)
# The words before a sentence's subject: an opening phrase set off by a comma
# ("Back outside the church,"), then at most four title words ("School board member").
_SUBJECT_LEAD_RE = re.compile(r"\s*(?:[^,\x00]{0,80},\s*)?(?:[\w’'.-]+\s+){0,4}")
_AGE_AFTER_RE = re.compile(r"\s*(?:,\s*(?:(?:now|aged)\s+)?\d{1,3}|\(\d{1,3}\))\s*(?:,|$)")
# ", 44" between a name and its appositive.
_AGE_TAIL_RE = re.compile(r"(?:,\s*(?:(?:now|aged)\s+)?\d{1,3}|\s*\(\d{1,3}\))$")
# A capitalised word right before a surname: it belongs to another full name.
_NAME_BEFORE_RE = re.compile(rf"[{_UP}][\w’'.-]*\s+\Z")
# A when-or-where opener before a subject's comma ("At 10.40pm on Friday,", "Late on
# Sunday,", "In Dublin,") and a determiner that opens a noun phrase after it.
_LEAD_ADVERBIAL_RE = re.compile(
    r"(?:(?:Shortly|Just|Soon|Late|Early|Minutes|Hours|Moments)\s+(?:after|before|on|in)?\s*|(?:At|On|In|By|Around|"
    r"After|Before|Since|During|Overnight|Earlier|Later)\b)"
)
@lru_cache(maxsize=1)
def _demonym_words() -> frozenset[str]:
    """Lower-case nationality words of the gazetteer, and the last word of each two-word one."""
    return frozenset(w for d in load_gazetteer().demonyms for w in (d, d.rsplit(None, 1)[-1]))


_ON_BEHALF_RE = re.compile(r"\bon\s+(his|her|their)\s+behalf$", re.IGNORECASE)
_POSSESSIVE_SUBJECT = {"his": "he", "her": "she", "their": "they"}
_BEHALF_STATEMENT_RE = re.compile(
    r"(?:^|(?<=\s))((?i:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|message|post)\s+(?:[a-z]+\s+){0,2}on\s+(?:his|her|their)\s+behalf)$"
)
_PERSON_CLIENT_RE = re.compile(rf"[{_UP}][{_LOW}]+(?:[’'-][{_UP}]?[{_LOW}]+)?(?:\s+[{_UP}][{_LOW}]+(?:[’'-][{_UP}]?[{_LOW}]+)?){{1,3}}")
_LIVES_PREDICATE_RE = re.compile(
    r"\s+((?:lives|lived|has\s+lived|had\s+lived|grew\s+up|survived|lost|fled|escaped|was\s+injured|was\s+trapped|was\s+on)\s[^,;:.\x00]{2,100})"
)
_BARE_OFFICIAL_TITLES = frozenset({"official", "officials", "senior official", "senior officials", "top official"})
_LOCAL_NOUN_RE = re.compile(
    rf"(?:^|(?<=[\s,]))(?:(?i:a|an|one|another)|[{_UP}][\w’'.-]*)\s+locals?(?=\s*$|\s*[,;]|\s+(?:from|of|in|who)\b|\s+[{_UP}])"
)
_DETERMINER_OPEN_RE = re.compile(r"(?:a|an|the|one|another)\s", re.IGNORECASE)
# An indefinite common noun phrase and the town it is in: "A pediatric cardiology practice
# in Ridgeport", "one nurse near Calder Springs".
_COMMON_NP_IN_PLACE_RE = re.compile(
    rf"((?i:a|an|one)\s+(?:[a-z][\w’'-]*\s+){{0,4}}[a-z][\w’'-]*)\s+(?:in|near|outside|from|at)\s+"
    rf"[{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{0,2}}"
)
# A town after "in"/"near"/"outside" at the end of an appositive, and the region that follows it.
_IN_TOWN_TAIL_RE = re.compile(rf"\s+(?:in|near|outside)\s+[{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{0,2}}$")
_PLACE_WORDS_RE = re.compile(rf"[{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{0,2}}")
# A capitals lede: a determiner, then one to three words in capitals (four letters or
# more, with a vowel: "REFUGEE", "CHILDREN'S", not "NHS") before a lower-case word that
# is no preposition ("The ACLU of Mississippi" keeps its acronym).
# Round AH: a past-tense reporting verb opening a sentence before a capitalised word
# ("Added Oren Castell, ...:"); "-ed" only: "Said" is also a given name.
_LEAD_CUE_RE = re.compile(rf"([{_UP}][a-z]+(?:ed|s)|Said)\s+(?=[{_UP}]|the\s)")
_LEAD_PARTICIPLE_RE = re.compile(r"([A-Z][a-z]+ing)\s")
_RELATIVE_PRONOUN_TAIL_RE = re.compile(r"\s(?:that|which|whom)\s+(he|she|they|we|I)\Z")
# Round AN: a passive cue and its agent: 'The meeting was described by Mayor X as "..."',
# 'The plan was branded "reckless" by X'.
_PASSIVE_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?\Z")
_PASSIVE_BY_RE = re.compile(r"\s+(?:\x00+[,.]?[\"”’']?\s+)?by\s+(?=(?:the\s+)?[A-Z])")
_CAPITALS_LEDE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:A|AN|An|THE|The)\s+((?=[A-Z’'-]*[AEIOU])[A-Z][A-Z’'-]{3,}(?:\s+(?=[A-Z’'-]*[AEIOU])[A-Z][A-Z’'-]{3,}){0,2})"
    r"(?=\s+(?!(?:of|for|in|at|on|and|to|from|with|by)\b)[a-z])"
)


def _lede_end(doc: Document) -> int:
    """Where the first three paragraphs of copy end (page furniture skipped): a capitals lede opens one of them."""
    furniture = [(b.start, b.end) for b in doc.boilerplate]
    seen = 0
    for para in doc.paragraphs:
        if any(lo <= para.start < hi for lo, hi in furniture):
            continue
        seen += 1
        if seen == 3:
            return para.end
    return len(doc.text)


# "..., from Drumlea" / ", of Millbrook" ending the words before an appositive: a home place.
_FROM_PLACE_TAIL_RE = re.compile(rf",\s*(?:from|of)\s+[{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{0,2}}$")
# Prepositions that tie a common-noun speaker to a place or employer ("tenants at ...").
_PLACE_PP = frozenset("at in of from near on for outside inside".split())
# "the 34-year-old said" (tabloid and wire second reference): the person just named.
_AGE_NOUN_RE = re.compile(r"^(?:the\s+)?\d{1,3}-year-old$", re.IGNORECASE)
# "Mum-of-three Kerry Atkins", "a father-of-two": a speaker noun joined to a count.
_DEFINITE_PERSON_DESC_RE = re.compile(
    r"^the\s+(?:[a-z-]+\s+){0,2}(?:\d{1,3}-year-old\s+[a-z]|(?:mother|father|mum|mom|dad|grandmother|grandfather|"
    r"mother-of-|father-of-)[a-z-]*\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b)"
)
_COMPOUND_NOUN_RE = re.compile(r"^([A-Za-z]+)-of-[a-z]+$")
# "Tenants at 1420 Grand Concourse": up to two modifiers, the noun, a preposition, the rest.
# Round AC: "Hundreds of protesters outside the station": a counted crowd keeps its count, the place its noun's.
_NOUN_PLACE_RE = re.compile(
    r"^((?:(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|(?:[Dd]ozens|[Hh]undreds|[Tt]housands|[Ss]cores)\s+of)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"([A-Za-z][\w’'-]*))\s+(at|in|of|from|near|on|for|outside|inside)\s+(\S.*)$"
)
_COUNT_RE = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\b", re.IGNORECASE)
# "Families of the " before a campaign's name: see _Context._people_of_campaign.
_PEOPLE_OF_BEFORE_RE = re.compile(rf"(?<![\w’'-])([{_UP}][{_LOW}]+s)\s+of\s+(?:the\s+)?\Z")
_GROUP_COUNT_RE = re.compile(r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})")
_COLLECTIVE = {"family", "police", "staff", "crowd", "public", "group", "union", "company", "board", "team", "couple"}


def _count_words(text: str) -> int:
    return len(_WORD_RE.findall(text))


_KEEP_DOT = re.compile(rf"(?:^|\s)(?:(?:[{_UP}]\.)+[{_UP}]?|Co|Inc|Corp|Ltd|Jr|Sr|Bros|Cos|Assn|Dept)\.$")
# Patterns used on every phrase, compiled once (re's own cache lookup cost more than some matches).
_SPACES_RE = re.compile(r"\s+")
# A US party-and-state tag after a lawmaker's name: ", R-Texas," ", D-N.Y.," "(I-Vt.)".
_PARTY_STATE_TAG_RE = re.compile(
    r"(?:,\s*|\s*\()(?<![\w-])(?:R|D|I)-(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,12}\.?(?:\s+[A-Z][a-z]{1,12}\.?)?|[A-Z]{2})"
    r"(?:\)|(?=,))"
)
_PARTY_TAG_NEXT_RE = re.compile(r",\s*([a-z][\w-]*)")
# A body's name: up to six capitalised words ("Equal Voices International", "Sanctuary Ireland").
# Written capital first (the names of "(?:[A-Z]\w*\s+){0,5}[A-Z]\w*", tried in the same
# order) so that a search over the whole article skips from capital to capital.
_BODY_NAME = rf"[{_UP}](?:[\w’'&.-]*\s+[{_UP}]){{0,5}}[\w’'&.-]*"
# "Equal Voices International, a rights group based in Geneva": a capitalised name and
# the indefinite appositive after it that may give its kind.
# What follows a body's name when the article gives its kind: "(RMC), the trade group ...";
# round X2: a bracketed acronym may stand between the name and the appositive.
# Round Z events: a place's possessive stands for the article ("the CGTB, Belcastre's largest union").
_KIND_TAIL = rf"(?:\s+\([{_UP}][A-Z&]{{1,7}}\))?,\s+((?:a|an|the|[{_UP}][\w-]*(?:’s|'s))\s+[^,;:.\x00()\n]{{1,60}})"
_KIND_APPOSITIVE_RE = re.compile(rf"({_BODY_NAME}){_KIND_TAIL}")
_KIND_TAIL_RE = re.compile(_KIND_TAIL)
# An appositive that is only "the" and a lower-case kind noun ("the water authority").
_DEFINITE_KIND_RE = re.compile(r"(?:the|a|an)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
# The same with "of" or "for" inside the name ("Petroleum Institute of America, the
# industry's main trade group"); kept only when a word of the name marks a body.
_KIND_APPOSITIVE_OF_RE = re.compile(
    rf"((?:[{_UP}][\w’'&.-]*\s+)+(?:of|for)\s+(?:the\s+)?(?:[{_UP}][\w’'&.-]*\s+){{0,3}}[{_UP}][\w’'&.-]*),\s+"
    r"((?:a|an|the)\s+[^,;:.\x00()\n]{1,60})"
)
# "the campaign group Haki Watch", "The charity Doras": a kind of body, then its name.
_KIND_BEFORE_NAME_RE = re.compile(
    # ("[TtAa]" first, then the look-behind and the rest of "the"/"a"/"an": a search skips to those letters.)
    rf"([TtAa](?<![\w’'-].)(?:(?<=[Tt])he|(?<=[Aa])n?)\s+(?:[a-z][\w’'-]*\s+){{0,3}}(?:[a-z][\w-]*|NGO))\s+"
    rf"({_BODY_NAME})"
)
# "X, which supports refugee claimants", "X, which campaigns for ...": a body that helps.
_HELPS_CLAUSE_RE = re.compile(
    rf"({_BODY_NAME}),\s+which\s+(?:supports|helps|campaigns|advocates|assists|"
    r"works\s+with|works\s+for|fights\s+for|speaks\s+for|lobbies\s+for|provides\s+(?:support|help|shelter|aid|advice))\b"
)
# A head's title before the body it heads: "director of X", "a researcher at X".
_OF_BODY_RE = re.compile(rf"\b(?:of|at|for|with)\s+((?:the\s+)?[{_UP}][\w’'&.-]*(?:\s+[{_UP}][\w’'&.-]*){{0,5}})")
# Words before an anonymous source's body that do not name it ("a senior Home Office source").
_SOURCE_MODIFIERS = frozenset({"senior", "unnamed", "anonymous", "one", "another", "a", "an", "informed", "official",
                               "reliable", "well-placed", "well-informed", "close"})
# A person named by one word on purpose: "(asked to be) identified only as Idris", "known
# only as Amal", "gave only his first name, Tariq", "asked to be called Sam".
_KNOWN_AS_RE = re.compile(
    rf"\b(?:(?:identified|known|named|referred\s+to)\s+(?:only\s+)?(?:by\s+(?:his|her|their)\s+first\s+name\s+)?as"
    rf"|(?:asked|wished|wanted)\s+to\s+be\s+called"
    # Round AB events: a pseudonym the outlet gives ("whom we are calling Fatima to protect
    # her identity", "who we will call Ade").
    rf"|(?:whom|who)\s+(?:we|I)(?:\s+are|\s+am|[’']re|\s+have|\s+will|\s+shall)?\s+(?:calling|call|called)"
    rf"|gave\s+(?:only\s+)?(?:his|her|their)\s+first\s+name(?:\s+as|,))\s+([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?![\w’'-])"
)
# "X Y, 84, known to the whole purok as Lola Medy", "X Y, popularly known as Baba Z": a
# person named in full, then the name the community uses (one or two capitalised words).
_KNOWN_BY_RE = re.compile(
    rf"([{_UP}][\w’'-]+(?:\s+[{_UP}][\w’'-]+){{1,2}})(?:,\s*\d{{1,3}})?,\s*(?:also\s+|popularly\s+|better\s+|widely\s+)?"
    rf"known\s+(?:to\s+[^,.;\x00]{{1,40}}?\s+)?as\s+([{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'-]+)?)(?![\w’'-])"
)
# Honorifics written after a name in South Asian English ("Mamta ji", "Patel saheb",
# "Sardar sahib", "Gandhi-ji"): blanked in the masked text, so the name reads alone.
_HONORIFIC_AFTER_RE = re.compile(rf"(?<=[{_UP}{_LOW}][{_LOW}])[\s-](?:ji|Ji|saheb|Saheb|sahib|Sahib|sahab|Sahab)(?![\w’'-])")
# A preposition opening a sentence before a name ("For Rachel Osei, ..."): never part of the name.
_LEAD_PREPOSITIONS = ("For", "In", "At", "To", "With", "From", "By", "Like", "Unlike", "As", "After", "Before", "Despite",
                      "Without", "Against", "Among", "Behind", "Beside", "Near", "Outside", "Inside", "Under")
# Capitalised prepositions inside a body's name ("Mothers Against Drunk Driving",
# "Doctors Without Borders"): a personal name never opens with one.
_NAME_PREPOSITIONS = frozenset({"Against", "Without", "Beyond", "Across", "Over", "Under", "Versus", "Through", "Towards", "Toward"})
_LEAD_PREPOSITION_RE = re.compile(rf"^(?:{'|'.join(_LEAD_PREPOSITIONS)})\s+(?=[{_UP}])")
_LEAD_PREPOSITION_INITIALS = frozenset(p[0] for p in _LEAD_PREPOSITIONS)  # a cheap test before the pattern
# Round AF part 2: an opening run of prepositional phrases that ends in a time
# ("At a rally in Marula on Friday he branded ..."): the subject follows it.
_LEAD_PP_TIME_RE = re.compile(
    rf"^(?:{'|'.join(_LEAD_PREPOSITIONS)})\s[^,;:\x00]{{1,100}}?\s(?:(?:on|late|early|last|this)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|week|month|year|weekend)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=\S)"
)
# Round AF part 2: a sentence that brings in someone new ("A Somali woman was the
# first to weep as she held up ...").
_INDEFINITE_OPEN_RE = re.compile(r"\s*(?:An?|One|Another)\s")
_SUBJECT_PRONOUN_WORDS = frozenset({"he", "she", "they", "we", "I"})
# A government body or office named by a series of portfolios: "Department of
# Enterprise, Trade and Employment" (group 1: the series up to its "and").
_PORTFOLIO_SERIES_RE = re.compile(
    # Each office's capital first, then the word edge before it (the "\b" of a word
    # start): a search skips to those capitals.
    r"(?:D(?<!\w.)epartment|M(?<!\w.)inistry|M(?<!\w.)inister|S(?<!\w.)ecretary|C(?<!\w.)ommittee|C(?<!\w.)ommission)\s+(?:of|for)\s+(?:the\s+)?"
    rf"([{_UP}][\w’'-]*(?:\s+[{_UP}][\w’'-]*)?(?:,\s+[{_UP}][\w’'-]*(?:\s+[{_UP}][\w’'-]*)?){{1,3}},?\s+(?:and|&)\s+)(?=[{_UP}])"
)
# The next sentence opens with a personal subject pronoun.
_NEXT_PRONOUN_RE = re.compile(r"\s*[\"“”’']?\s*(?:He|She|The\s+\d{1,3}-year-old)\s")
# A sentence that opens with "He"/"She" continues whoever that pronoun is: the
# people it names later ("She was joined by Councillor X") are not its subject.
# An indefinite appositive about someone's relation to a named person: "a 2017
# appointee of former Gov. Y", "a longtime ally of Y", "a protégé of Y".
_APPOINTEE_OF_RE = re.compile(
    r"an?\s+(?:[\w-]+\s+){0,3}(?:appointee|nominee|ally|protégé|protege|aide|confidant|critic|rival|successor|predecessor)s?"
    r"\s+of\s+"
)
# Pronouns that are objects only: never the subject put after a cue ("said he" is).
_OBJECT_ONLY_PRONOUNS = frozenset({"it", "him", "them", "us", "me", "her"})
# A sentence that is a quote with a pronoun cue after it: '"Nobody came," he said.'
# (round T gaps) '"...," the 52-year-old fisherman told the Herald': a definite description
# with an age after the quote takes the name up as "he" does.
_NEXT_QUOTE_PRONOUN_RE = re.compile(r"\s*\x00+[,.!?]?\s*(?:he|she|the\s+\d{1,3}-year-old)\s+[a-z]")
# Round AF: "According to him, ...": an object pronoun set off after the phrase.
_ACCORDING_PRONOUN_RE = re.compile(r"\s+(him|her|them)\s*[,:]")
_SUBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}
_PRONOUN_OPENING_RE = re.compile(r"\s*[\"“”’']?\s*(He|She)\s")
# 'Brendan "Hoss" Hollis': a capitalised given name right before the quote mark,
# one to three capitalised words quoted, a capitalised surname right after.
_NICK_GIVEN_RE = re.compile(rf"(?<![\w’'-])([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)\s+[\"“‘']\Z")
_NICK_SURNAME_RE = re.compile(rf"\s+((?:Mc|Mac|O’|O')?[{_UP}][\w’'-]+)(?![\w’'-])")
_NICKNAME_RE = re.compile(rf"[{_UP}0-9][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{0,2}}")
_COPULA_PREDICATE_RE = re.compile(
    r"\s+(?:is|was|has\s+been)\s+((?:(?:the|a|an)\s+|one\s+of\s+(?:the\s+)?(?:(?:more\s+than|about|some|nearly|almost|over)\s+)?[\d,]*\s*)?[^,;:.\x00]{2,100})"
)
# A social-media handle as the subject of a cue ("@0xWren posted", "@0xWren, who
# tracked the funds, wrote"), right before the cue or before a relative clause.
_HANDLE_RE = re.compile(r"@[A-Za-z0-9_]{2,30}")
# Round AH: "used words such as", "using terms like", "used the phrase": the quotes after it
# are the subject's own words (group 1: the verb, read as the cue), each of a list of them
# ('such as "callous", "cold" and "calculated"': the quotes before are masked).
_WORDS_SUCH_AS_RE = re.compile(
    r"(?<![\w’'-])(used|uses|using)\s+(?:the\s+|such\s+)?(?:words?|terms?|phrases?|expressions?|language)"
    r"(?:\s+(?:such\s+as|like|including))?\s*(?:\x00+\s*(?:,\s*)?(?:(?:and|or)\s+)?)*\Z"
)
# Round AH: a quoted post's signature right after it: a dash, the author's name
# (optional) and the handle, bracketed or not ('" - Ruth Adams @ruthadams').
_POST_SIGNATURE_RE = re.compile(
    rf"[ \t]*[-–—][ \t]*(?:([{_UP}][\w’'.-]*(?:[ \t]+[{_UP}][\w’'.-]*){{0,3}})[ \t]*)?\(?(@[A-Za-z0-9_]{{2,30}})\)?"
)
_HANDLE_BEFORE_CUE_RE = re.compile(
    r"(?<![\w@])(@[A-Za-z0-9_]{2,30})(?:,\s*(?:who|whose|which|a|an|the)\b[^\x00;:,]{0,120},)?\s*$"
)
# Months and weekdays open time phrases ("since March asking ..."), never a speaker.
_TIME_NAMES = MONTHS | WEEKDAYS
# A capitalised office right before "in the" and its house ("Leader of the Opposition in the").
_OFFICE_IN_HOUSE_RE = re.compile(rf"(?<![\w’'-])([{_UP}][\w’'-]*(?:\s+(?:of|the|for|[{_UP}][\w’'-]*)){{0,5}})\s+in\s+the\s+$")
_DEFINED_ACRONYM_RE = re.compile(rf"\s*\([{_UP}][A-Z&]{{1,6}}\)")
# An acronym in brackets anywhere: _DEFINITION_RE cannot match in a text without one.
_BRACKETED_ACRONYM_RE = re.compile(rf"\([{_UP}][A-Z&]{{1,6}}\)")
# A bracket of at most three capitalised words or one acronym after a capitalised
# title word and before a capitalised name of two or more words: "Collector (DC)
# Priya Raman", "Manager (Operations) Rajeev Uniyal", "Police (East) Anil Mehra".
_TITLE_BRACKET_RE = re.compile(
    rf"(?<=[A-Za-z])\s(\((?:[{_UP}][A-Za-z&]*)(?:\s+(?:and|&|[{_UP}][A-Za-z&]*)){{0,2}}\))"
    rf"(?=\s+[{_UP}][{_LOW}]+\s+[{_UP}][{_LOW}]+)"
    # "Disaster Management Centre (DMC) spokesman Pradeep Kodippili": an acronym's
    # definition before a lower-case title and a name.
    rf"|(?<=[A-Za-z])\s(\([{_UP}][A-Z&]{{1,6}}\))(?=\s+[a-z]+\s+[{_UP}][{_LOW}]+\s+[{_UP}])"
)
_POSSESSIVE_RE = re.compile(r"[’']s$")


def _matches_at_mark(pattern: re.Pattern[str], text: str, mark: str, back: int) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` as a list, for a pattern every match of which has ``mark`` ``back`` characters in.

    A whole-article scan tries the pattern at every character; tried only where the
    mark stands (a text holds few brackets), left to right and each after the last
    match's end as ``finditer`` does, it finds the same matches.
    """
    found: list[re.Match[str]] = []
    end = 0
    at = text.find(mark, back)
    while at != -1:
        start = at - back
        if start >= end and (m := pattern.match(text, start)) is not None:
            found.append(m)
            end = m.end()
        at = text.find(mark, at + 1)
    return found
_INITIALS_END_RE = re.compile(rf"(?:[{_UP}]\.)+$")
_WORD_OF_NAME_RE = re.compile(rf"^([{_UP}][\w’'-]*)\s+of\s+(.+)$")
_CAPITALISED_NEXT_RE = re.compile(rf"\s+[{_UP}][a-z]")
_LOWER_WORDS_RE = re.compile(r"[\w’'-]+")
_SOURCE_OF_RE = re.compile(r"\b(?:from|by|of)\s+(.+)$")
# "of the ruling Jan Vikas Party", "of the opposition National Front": a lower-case
# modifier or two may stand between the article and the organisation's name.
# Round AK: "The state-owned mill company " before a body's name opening a sentence.
_OPENING_DESCRIPTION_RE = re.compile(r"(?:(?:The|A|An)\s+)(?:[a-z][\w’'-]*\s+){0,4}")
# Round AK: a city's name ("Marova City", "Quezon City"): a place, not its government.
_CITY_NAME_RE = re.compile(rf"(?:[{_UP}][\w’'-]+\s+){{1,2}}City")
_NAME_OF_PLACE_RE = re.compile(
    rf"^(.*?[{_UP}][\w’'.-]*)\s+(?:of|at|from|with|for)\s+(?:the\s+(?:[a-z][\w-]*\s+){{0,2}})?([{_UP}].*)$"
)
_DESCRIPTOR_WORDS_RE = re.compile(r"[\w.’']+")
_GENDER_WORDS_RE = re.compile(r"[\w.]+")
_NOT_AND_RE = re.compile(r"(?:(?!\s+and\s+).)+")
_LOWER_WORD_RE = re.compile(r"[a-z][\w’'-]*")
_NP_BEFORE_COMMA_RE = re.compile(r"([\w’'-]+(?:\s+[\w’'-]+){0,5}),\s*$")
# "signed by the Commissioner for Information, Mr Tayo Adeoye,", "its state Publicity
# Secretary, Mr. Femi Akinrolabu": a determined title (with its "of/for/to" phrase)
# set off before a titled name; group 2 is the head noun.
_TITLE_BEFORE_COMMA_RE = re.compile(
    r"((?:\b(?:the|its|his|her|their)|[\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,3}?([\w’'-]+)"
    r"(?:\s+(?:for|of|to)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?)\s*,\s*$"
)
# Round AF: "talks with the Minister of Labour and Employment, <Name>, ended", "led by the
# Minister of Transport, <Name>.": a capitalised office with its portfolio set off before
# a name; group 2 is the head noun.
_OFFICE_OF_BEFORE_COMMA_RE = re.compile(
    rf"((?:(?:the|its|his|her|their)\s+)?(?:[{_UP}][\w’'-]*\s+){{0,2}}([{_UP}][\w’'-]*)\s+(?:of|for)\s+(?:the\s+)?"
    rf"[{_UP}][\w’'-]*(?:\s+(?:and|&)\s+[{_UP}][\w’'-]*|\s+[{_UP}][\w’'-]*){{0,3}})\s*,\s*$"
)
_DATE_TAIL_RE = re.compile(
    r"\s+(?:on|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b.*$"
)
_BASED_BEFORE_NAME_RE = re.compile(rf"[{_UP}][\w.’'-]*(?:\s+[{_UP}][\w.’'-]*)?-based\s+(?=[{_UP}])")
_POSSESSOR_BEFORE_NAME_RE = re.compile(
    rf"[{_UP}][{_LOW}]+(?:['’]s|(?<=s)['’])\s+(?=[{_UP}][{_LOW}]+(?:\s+[{_UP}][\w’'-]+){{1,2}}$)"
)
_NO_FRIEND_RE = re.compile(r"no\s+(?:friend|fan|stranger|admirer|ally|enemy|supporter|critic|foe)\s+(?:of|to)\b")
# A Korean given name of two syllables joined by a hyphen ("Ji-hoon", "Min-chul", "Bon-seok").
_KOREAN_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
_CAPITAL_ARTICLES = frozenset({"The", "A", "An"})
# Titles that decide only when nothing else does: an academic style ("Dr", "Prof."
# before a name: an office outranks it, "Interior Cabinet Secretary Prof. X") and a
# bare identity noun ("a Kalkadoon woman and co-chair of the X Coalition": the
# position she holds says what she speaks as).
_HONORIFICS = frozenset({"dr.", "dr", "prof.", "prof", "man", "woman"})
# A founder's role is what was founded: a group's founder campaigns for its cause.
_FOUNDER_TITLES = frozenset({"founder", "co-founder", "cofounder", "leader", "head"})
# "Ana Vidrova, 68," / "said Oleh Marchenko, 72.": news gives ages for ordinary people.
_AGE_APPOSITIVE_RE = re.compile(r"(?:,\s*(?:(?:now|aged)\s+)?\d{1,3}|\s*\(\d{1,3}\))\s*[,.;]")
# "Kevin Marsh of Millbrook told commissioners": a resident by the place they come from.
_AGE_END_RE = re.compile(r"(?:,\s*(?:(?:now|aged)\s+)?\d{1,3}|\s*\(\d{1,3}\))\s*$")
_OF_PLACE_AFTER_RE = re.compile(rf"\s+of\s+([{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{0,2}})")
# What follows the pronoun of a cue that closes its sentence: "she said.", "he told reporters."
_TRAILING_PRONOUN_CUE_RE = re.compile(r"\w+(?:\s+[\w’'-]+){0,3}\s*[.!?]?\s*$")
_COMMA_PRONOUN_RE = re.compile(r",\s*(?:he|she|He|She)\s+$")
# The rest of a sentence after a name, up to a quote mark or a semicolon: where a
# pronoun about that person may follow ("Quintero took the stand against her employer").
_GENDER_WINDOW_RE = re.compile(r"[^\"“”‘;\x00]{1,160}")
# "Ms Okonkwo-Reid", "Mr. Jonah Vale": an honorific, up to two given names, the surname.
_HONORIFIC_SURNAME_RE = re.compile(rf"(M(?<![\w’'-].)(?:r|rs|s|iss))\.?\s+(?:[{_UP}][\w’'.-]*\s+){{0,2}}([{_UP}][\w’'-]*)(?![\w’'-])")
# ", and his office said", ", but she": a coordinated main clause opened by a pronoun.
_COORDINATED_PRONOUN_RE = re.compile(r",\s+(?:and|but)\s+(?=(?:he|she|his|her)\b)")
# Words that open a clause with a subject of its own, unless "he"/"she" follows at once.
_SUBJECT_CLAUSE_OPENERS = frozenset("that because while after before when as but and although though since until if whether so".split())
# Words after "her" that show it is an object ("fired her about", "told her that"), not a possessive.
_NOT_AFTER_POSSESSIVE = frozenset(
    "about against at to in on with from for after before and but or that the a an as up down off out over into "
    "back again twice once when while because if so by of during until than this last next".split()
)
_CHANNEL_NOUN_RE = re.compile(r"\b(?:news release|press release|statement|email|tweet)\b", re.I)
# One capitalised word alone ("Marshford").
_ONE_CAPITALISED_RE = re.compile(rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?")
# "the 2022 Census", "the 2019 Annual Report": a year, then one to three capitalised words.
_DATED_DOCUMENT_RE = re.compile(rf"(?i:the)\s+(?:1[89]|20)\d\d\s+[{_UP}][\w’'-]*(?:\s+[{_UP}][\w’'-]*){{0,2}}")
_AND_NAME_RE = re.compile(rf"\s+and\s+(?=[{_UP}])")


# Round Y2: a company the lexicon cannot know ("Lumen", "Skeet", "Castell Dynamics") is
# marked by the article itself: a corporate suffix after its name, its shares or its
# products, or "the company"/"the firm"/"the platform" taking it up as a subject.
_COMPANY_WORD = rf"[{_UP}][\w&-]*"  # no apostrophe: "Volant's" is a possessive, not a word of the name
# Two to four such words, capital first like _BODY_NAME (the names of "(?:W[ ]+){0,3}W").
_COMPANY_WORDS_3 = rf"[{_UP}](?:[\w&-]*[ ]+[{_UP}]){{0,3}}[\w&-]*"
_CORPORATE_SUFFIX_RE = re.compile(
    rf"({_COMPANY_WORDS_3})[ ]+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Plc|GmbH|AG|Pty|Bhd|Limited)"
    r"(?![\w’'-])\.?"
)
_COMPANY_CONTEXT_RE = re.compile(
    rf"((?:{_COMPANY_WORD}[ ]+){{0,2}}{_COMPANY_WORD})(?:['’]s)?[ ]+(?:shares|share[ ]+price|stock)[ ]+(?:rose|fell|jumped|"
    r"slumped|climbed|dropped|surged|tumbled|closed|gained|lost|were|have|had)\b"
    rf"|(?i:shares[ ]+of)[ ]+((?:{_COMPANY_WORD}[ ]+){{0,2}}{_COMPANY_WORD})"
    rf"|((?:{_COMPANY_WORD}[ ]+){{0,2}}{_COMPANY_WORD}),[ ]+which[ ]+(?:makes|sells|manufactures|produces|builds|develops|designs|"
    r"owns[ ]+the[ ]+app|operates[ ]+the[ ]+app|runs[ ]+the[ ]+app|mines|exports|ships)\b"
)
# What _COMPANY_CONTEXT_RE cannot match without: the words after the name in its first
# and third branches, and "shares of" in any case (its second; "hare" in the lower-case
# text before that). Most articles hold none, and the name branches are slow to try.
_COMPANY_CONTEXT_HINT_RE = re.compile(
    r"(?:shares|share[ ]+price|stock)[ ]+(?:rose|fell|jumped|slumped|climbed|dropped|surged|tumbled|closed|gained|lost"
    r"|were|have|had)\b"
    r"|which[ ]+(?:makes|sells|manufactures|produces|builds|develops|designs|owns[ ]+the[ ]+app|operates[ ]+the[ ]+app"
    r"|runs[ ]+the[ ]+app|mines|exports|ships)\b"
)
_SHARES_OF_RE = re.compile(r"(?i:shares[ ]+of)")
# The nouns that take a company up ("the company said", "the firm added"); a bank or
# a group may be a public body or a campaign, so they are left out.
_COMPANY_REFERENCE_RE = re.compile(
    r"[Tt](?<![\w’'-].)he\s+(?:company|firm|platform|app\s+maker|tech\s+(?:company|giant|firm)|retailer|chipmaker|carmaker|"
    r"automaker|start-?up|miner|airline|insurer|manufacturer|conglomerate|social\s+media\s+(?:company|giant))(?![\w’'-])"
    # as a subject only: "the company said", never "trusted the platform with their money"
    r"(?=\s+(?:said|says|added|told|declined|confirmed|announced|denied|has|had|is|was|will|would|does|did|expects|"
    r"plans|wrote|insisted|argued|maintains|stated|would)\b)"
)
# A capitalised subject the reference can take up: the name, an optional "which ..."
# clause, then a verb, a possessive or a company title ("Lumen spokesperson").
_COMPANY_SUBJECT_RE = re.compile(
    rf"([{_UP}](?<![\w’'-].)(?:[\w&-]*[ ]+[{_UP}]){{0,2}}[\w&-]*)(?:,\s+(?:which|whose)\s[^,\x00]{{1,120}},)?"
    r"(?:['’]s\s|\s+(?:said|says|declined|did\s+not|didn['’]t|has|had|is|was|will|would|added|confirmed|announced|"
    r"denied|told|spokesperson|spokeswoman|spokesman|representative|shares)\b)"
)

# A capitalised word and the space after it, ending where the text is cut (the first
# letter is matched before the look-behind so that a search skips to capitals).
_CAPITALISED_WORD_GAP_RE = re.compile(rf"[{_UP}](?<![\w’'-].)[{_LOW}]+\s+\Z")
_GAP_CAPITALISED_RE = re.compile(rf"\s+[{_UP}][{_LOW}]")


def _beside_capitalised_word(text: str, name: str) -> bool:
    """Whether ``name`` stands as a whole word right after or before a capitalised word somewhere in ``text``.

    The same answer as searching for a capitalised word, spaces and the name (not
    inside a longer word), or the name, spaces and a capitalised word, read at each
    place the name occurs: compiling the name-letter classes around every name cost ~2 ms.
    """
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if not (at and _NAME_CHAR_RE.match(text, at - 1)) and _GAP_CAPITALISED_RE.match(text, end):
            return True  # "Brennan Foods"
        if not _NAME_CHAR_RE.match(text, end) and _CAPITALISED_WORD_GAP_RE.search(text, 0, at):
            return True  # "Jenny Kwon"
        at = text.find(name, at + 1)
    return False


# A given name and a surname ("Claire Voss"): the surname alone later names a person.
_FIRST_SURNAME_RE = re.compile(rf"(?<![\w’'-])([{_UP}][{_LOW}]+)\s+(?:[{_UP}][\w’'-]*\s+)?([{_UP}][\w’'-]+)(?![\w’'-])")
_LOWER_PLC_RE = re.compile(rf"(?<=[{_LOW}])\s+(plc)(?![\w’'-])")
_PERFECT_AFTER_RE = re.compile(
    r"\s+(?:has|had)\s+(?:(?:long|always|never|also|now|just)\s+)?"
    r"(?!(?:not|no|to|the|two|three|four|five|some|many|its|his|her|their|our|more|less|nothing|yet)\b)[a-z]{3,}\b"
)
_ARABIC_ARTICLE_RE = re.compile(rf"(?<![\w’'-])[ae]l-(?=[{_UP}][{_LOW}])")
_ARABIC_ARTICLE_NAME_RE = re.compile(rf"(?<![\w’'-])([AE])l-(?=[{_UP}][{_LOW}])")
_PAST_JOB_RE = re.compile(
    r"\bwho\s+(?:(?:had\s+)?(?:previously|formerly|once|earlier)\s+(?:worked|served|was|held|ran|led|headed)|used\s+to)\b[^,;]*"
)
_PARTICLE_BEFORE_RE = re.compile(rf"(?<![\w’'-]){_PARTICLE}\s+\Z", re.IGNORECASE)
_WHO_CUE_AFTER_RE = re.compile(r"(?:\s+(?:on|in|to)\s+[^:\x00.]{1,40})?\s*[:,]?\s*\x00")
_WHO_CUE_RE = re.compile(
    rf"(?<![\w’'.-])(?<!\bfrom\s)(?<!\bin\s)(?<!\bof\s)(?<!\bat\s)(?<!\bnear\s)((?:[{_UP}][\w’'.-]*\s+){{0,3}}[{_UP}][\w’'-]*)\s*,\s+who\s+(?:(?:also|later|then)\s+)?\Z"
)
_MONTH_WORDS = frozenset(
    "January February March April May June July August September October November December".split()
)
# A month, a day and a year before the speaker's determiner: "April 2024 the group".
_LEADING_DATE_RE = re.compile(r"^[A-Z][a-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,?\s+(?=(?:the|a|an|its|his|her|their)\s)")
_BARE_PRONOMINALS = frozenset({"Another", "Others", "Another one", "Some", "Many", "Several", "One"})
# Two capitalised words, a given name and a surname ("Leanne Platt"), for _given_shared.
_GIVEN_SURNAME_RE = re.compile(rf"(?<![\w’'-])([{_UP}][{_LOW}]+)\s+([{_UP}][{_LOW}’'-]+)(?![\w’'-])")
# Round AA: a paragraph that opens by pointing back at the quote paragraph before it
# ("That was how X described ...", "Those were the first words of X", "So said X").
_POINTS_BACK_OPEN_RE = re.compile(
    r"\s*(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are|had\s+been)|That[’']s|So\s+(?:said|says)"
    # Round AB events: "The words are Tunde X's, spoken through a megaphone ...".
    r"|The\s+(?:words|lines|remarks)\s+(?:are|were)\s+(?=[A-Z]))\b"
)
# ... or whose verb of saying takes the words as its object: "X kept saying it as ...",
# "X repeated the words", "X, 52, whispered it again".
_SAYS_IT_RE = re.compile(
    r"\b(?:(?:kept|keeps|keep)\s+(?:saying|repeating|asking)|repeated|repeats|whispered|whispers|said|says|recalled"
    r"|recalls|described|describes|wrote|writes|shouted|told\s+(?:me|us|reporters))\s+(?:it|this|that|them|the\s+words|those\s+words"
    r"|these\s+words|the\s+same\s+words)\b(?!\s+(?:was|is|were|had|would|will)\b)"
)
# ... or names the words' source after a noun for them: "That line, from Jonas X to the
# prime minister, was ...", "The remark came from X" (round AA events).
_LINE_FROM_RE = re.compile(
    r"\s*(?:That|This|The|Those|These)\s+(?:line|lines|remark|remarks|comment|comments|quip|jab|barb|words|retort"
    r"|rebuke|warning|plea|put-down|soundbite|zinger)(?:,\s+|\s+(?:came\s+)?)(?:from|by)\s+(?=[A-Z])"
)
_FIRST_PERSON_RE = re.compile(r"(?<![\w’'-])(?:I|we|We|us|my|My|our|Our|me)(?![\w-])")
# Round AE: a Westminster-style MP named by the seat ("Labor member for Bendigo Lisa
# Chesters", "the MP for Hexham"): up to five capitalised words after "for".
_MEMBER_FOR_RE = re.compile(rf"(?<![\w’'-])(?:[Mm]ember|MP|MLA|MHA|MPP|MSP)\s+for\s+((?:[{_UP}][\w’'-]*\s+){{1,4}}[{_UP}][\w’'-]*)")
_MEMBER_FOR_KEYS = ("ember for ", "MP for ", "MLA for ", "MHA for ", "MPP for ", "MSP for ")  # a cheap test first
# Round AJ: "the MP for Tema East", "a TD for Cork South-West", "the MLA for Surrey North":
# an elected member's acronym before "for" and a seat, as "member for" is.
_MEMBER_FOR_TITLE_RE = re.compile(
    rf"(?<![\w’'-])(?<!board\s)(?<!staff\s)(?<!team\s)(?<!family\s)(?:[Mm]ember|MP|MLA|MHA|MPP|MSP|MNA|TD)\s+for\s+[{_UP}]"
)
_ELECTED_TITLE_END_RE = re.compile(
    r"(?<![\w’'-])(?<!\bfrom\s)(?<!\bin\s)(?<!\bof\s)(?<!\bto\s)(?<!\bat\s)(?<!\bfor\s)(?:Senator|Sen\.|MP|Rep\.|Congressman|Congresswoman|Councillor|Cllr|TD|MLA|MPP|MSP|Assemblyman|Assemblywoman)\s*\Z"
)
# A listed company's statement to its exchange ("said in a statement to the ASX").
_EXCHANGE_CHANNEL_RE = re.compile(
    r"[^.\x00]{0,40}?\bto\s+the\s+(?:ASX|JSE|NZX|TSX|LSE|NSE|BSE|SGX|HKEX|PSE|NGX|(?:[A-Z][a-z]+\s+)?[Ss]tock\s+[Ee]xchange)\b"
)
_KIND_AFTER_NAME_RE = re.compile(
    rf"\b(?:for|of|at|with)\s+the\s+(?:[{_UP}][\w’'-]*\s+){{1,5}}((?:lobby|pressure|campaign|advocacy|rights|trade)\s+group|lobby|"
    r"charity|think\s+tank|trade\s+body|pressure\s+group)(?![\w’'-])"
)
# Capitalised words that open a sentence or clause and are no company's name.
_COMPANY_OPENERS = frozenset(
    "The A An In But And However Meanwhile It He She They We This That These Those Its Their His Her Our After Before "
    "Under While When As For On At By With From Asked Separately Shares Officials".split()
)


def _clean_phrase(text: str) -> str:
    text = _DEFINED_ACRONYM_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text).strip(" ,;:—–-\u00a0")
    while text.endswith(".") and not _KEEP_DOT.search(text):
        text = text[:-1].rstrip(" ,;:")
    return text


def _listed_outlet(name: str) -> bool:
    """Whether ``name`` (with or without "the") is a news outlet the gazetteer's media section lists.

    "the Chosun Ilbo reported", "according to the Daily Graphic": such a body speaks as the press
    (role media). A `short` name, a masthead that is also an ordinary word or another body's
    initials ("Dawn", "Punch", "AFP"), is left to the other cues, as the names table reads it
    only where cited.
    """
    low = name.lower().removeprefix("the ")
    return low in _outlet_names()


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """The gazetteer's outlet names and aliases (lower case), its `short` names left out."""
    gaz = load_gazetteer()
    return gaz.media - {short.lower() for short in gaz.media_short}


def _strip_det(text: str) -> str:
    words = text.split(" ")
    while words and words[0].lower() in _DETERMINERS and len(words) > 1 and words[1] != "of":
        # (round AK: "one of the lawyers" is a part of a group, never "of the lawyers")
        words = words[1:]
    out = " ".join(words)
    return _POSSESSIVE_RE.sub("", out)


# --- the article's people and organisations ------------------------------------


@dataclass(frozen=True, slots=True)
class _Entity:
    name: str  # canonical
    kind: str  # person | org | group
    role: str
    gender: str | None = None
    # A common-noun speaker in the singular ("one driver", "a mother of two")
    # can be the "he" or "she" of the next quote; a plural group cannot.
    singular: bool = False


@dataclass(frozen=True, slots=True)
class _Mention:
    offset: int
    entity: _Entity
    sentence: int


@dataclass(frozen=True, slots=True)
class _Attribution:
    cue_start: int
    cue_end: int
    cue: str
    surface: str | None
    entity: _Entity | None
    channel: str | None


@dataclass(frozen=True, slots=True)
class _CueSite:
    """A cue in the masked text and the speaker phrases around it (no resolution yet)."""

    start: int
    end: int
    word: str
    surface: str | None  # the phrase before the cue, else after it
    subject: str | None  # "..., calling it": the clause's subject, read when no phrase is found
    coordinated: bool  # "..., and added": no subject of its own


_OPEN_CUE_END = (
    r"(?=\s*(?:[.,;:]|$)|\s+(?:on|in|at|after|before|when|as|during|outside|from|yesterday|today|tonight|last|this"
    r"|earlier|later|late|of|to|in|via)\b)"
)


@by_identity(maxsize=4)
def _open_attribution_re(cues: _Cues) -> re.Pattern[str]:
    """', said X' or ', X said.' inside a quote left open: its attribution (see _Context._cut_open_quote)."""
    verbs = sorted(
        (
            f for f, c in cues.forms.items()
            if " " not in f and (f in ("said", "wrote", "told") or (c.invert and f.endswith(("ed", "s"))))
        ),
        key=lambda f: (-len(f), f),
    )
    cue = "(?:" + "|".join(re.escape(v) for v in verbs) + ")"
    inverted = rf",\s+(?!told\b){cue}\s+(?=(?:the\s+|a\s+|an\s+)?[{_UP}]|(?:the|a|an)\s+[a-z])"
    subject = (
        # Round AC: up to nine words ("a nurse at the General Hospital in Maiduguri said").
        rf",\s+(?!(?:I|we|We|you|You)\s)(?:[\w’'.-]+\s+){{0,8}}?[\w’'.-]+\s+"
        rf"(?:(?!told\b){cue}{_OPEN_CUE_END}|told\s+(?=reporters\b|journalists\b|the\s+[{_UP}]|[{_UP}]))"
    )
    return re.compile(f"{inverted}|{subject}")


def _participle_clause(found: str) -> bool:
    """Round AG: ', signed for then announced.' inside an open quote is the speaker's own clause, no attribution.

    A lower-case run that opens with a past participle ("signed", "verified")
    before the verb names no speaker; ", union leader X said" and ", officials
    said" do.
    """
    words = found.lstrip(", ").split()
    return len(words) > 2 and words[0].endswith("ed") and all(w[:1].islower() for w in words)


class _Context:
    """Per-article state shared by the attribution steps (built once per call)."""

    def __init__(self, doc: Document, cues: _Cues, roles: _Roles) -> None:
        self.doc = doc
        self.text = doc.text
        self.cues = cues
        self.roles = roles
        self.first_names = load_names()
        # The first of a double surname ("Óscar Huamán Reátegui" -> "Huamán"), with
        # every full name it ends: read as a short form only when one person has it.
        self._first_surnames: dict[str, set[str]] = {}
        # 'Mauricio "Big Mo" Moreno': a nickname in quote marks between a given name
        # and a surname is part of the name, not a quote; it names the person later.
        self.nicknames: list[tuple[str, str]] = []  # (nickname, "Given Surname")
        nick_spans: set[int] = set()
        if doc.quote_spans:
            for s in doc.quote_spans:
                if s.level != 0 or s.close_mark is None:
                    continue
                given = _NICK_GIVEN_RE.search(doc.text, max(0, s.open_mark - 40), s.open_mark + 1)
                surname = _NICK_SURNAME_RE.match(doc.text, s.close_mark + 1)
                if given and surname and _NICKNAME_RE.fullmatch(s.text):
                    nick_spans.add(s.open_mark)
                    full = f"{given.group(1)} {surname.group(1)}"
                    self.nicknames.append((s.text, full))
                    title, _, bare_nick = s.text.partition(" ")
                    if bare_nick and title in roles.name_titles:
                        # 'Francisca "Lola Pacing" Ebarle', then "Lola Pacing said": the form
                        # of address is read off the name, so the bare nickname names her too.
                        self.nicknames.append((bare_nick, full))
        quote_spans = doc.quote_spans
        if any(s.close_mark is None and s.level == 0 for s in quote_spans):
            quote_spans = tuple(self._cut_open_quote(s) for s in quote_spans)
        self.spans = [
            s for s in quote_spans
            if s.level == 0 and not self._in_boilerplate(s.start) and _WORD_RE.search(s.text) and s.open_mark not in nick_spans
        ]
        chars = list(doc.text)
        for s in quote_spans:
            if s.level != 0:
                continue
            stop = s.close_mark + 1 if s.close_mark is not None else s.end
            # A nickname is blanked (offsets kept) so the given name and surname read as one run.
            fill = " " if s.open_mark in nick_spans else "\x00"
            for i in range(s.open_mark, min(stop, len(chars))):
                chars[i] = fill
        if "(" in doc.text:
            # "District Collector (DC) Neha Joshi", "General Manager (Operations) Rajeev
            # Uniyal", "SDM (Sadar) Anuj Kumar": Commonwealth copy brackets an office's
            # acronym, department or zone between the title and the name. Blanked (same
            # length, offsets kept) the title and the name read as one run, as they do
            # without the bracket; acronyms are still learnt from the text itself.
            for m in _matches_at_mark(_TITLE_BRACKET_RE, doc.text, "(", 1):
                group = 1 if m.start(1) >= 0 else 2
                for i in range(m.start(group), m.end(group)):
                    if chars[i] != "\x00":
                        chars[i] = " "
        if "," in doc.text:
            # "The Department of Enterprise, Trade and Employment said", "the Minister for
            # Health, Family and Welfare, X, said": the commas of a portfolio series are
            # inside the name (blanked like the brackets above), never where it ends.
            for m in _PORTFOLIO_SERIES_RE.finditer(doc.text):
                for i in range(m.start(1), m.end(1)):
                    if chars[i] == ",":
                        chars[i] = " "
        if "ji" in doc.text or "sah" in doc.text or "Sah" in doc.text or "Ji" in doc.text:
            # "Mamta ji said": an honorific after a name is no part of it (blanked,
            # offsets kept), so "Mamta" resolves as it would alone.
            for m in _HONORIFIC_AFTER_RE.finditer(doc.text):
                for i in range(m.start(), m.end()):
                    if chars[i] != "\x00":
                        chars[i] = " "
        if "R-" in doc.text or "D-" in doc.text or "I-" in doc.text:
            # "Rep. Clint Maddox, R-Texas, a member of ...", "Sen. Tom Haskell (R-Ohio) called":
            # an American party-and-state tag is no name and no appositive; blanked (offsets
            # kept) the titled name reads as it would without it.
            for m in _PARTY_STATE_TAG_RE.finditer(doc.text):
                start, end = m.start(), m.end()
                if doc.text[start] == ",":
                    after = _PARTY_TAG_NEXT_RE.match(doc.text, end)
                    if after and (after.group(1) in _DETERMINERS or after.group(1) in ("who", "whose")
                                  or after.group(1) in roles.speaker_nouns):
                        # ", R-Texas, a member of ...": the first comma opens the appositive.
                        start = start + 1
                    end = end + 1  # ", R-Alaska, said": the tag and both commas go
                for i in range(start, end):
                    if chars[i] != "\x00":
                        chars[i] = " "
        for m in _CAPITALS_LEDE_RE.finditer(doc.text, 0, _lede_end(doc)):
            # "A MIGRANT rights group has warned ...": a tabloid or regional lede sets its
            # first words in capitals; they are common words, not an acronym, so they read
            # (offsets kept) as the lower-case words they are.
            if any(doc.text.count(w) > 1 for w in m.group(1).split()):
                continue  # "The UNICEF report ... UNICEF said": an acronym comes back
            for i in range(m.start(1), m.end(1)):
                if chars[i] != "\x00":
                    chars[i] = chars[i].lower()
        if " plc" in doc.text:
            # "Brackley Holdings plc said": the lower-case suffix of a British company is
            # part of its name; read (offsets kept) as the capitals it stands for.
            for m in _LOWER_PLC_RE.finditer(doc.text):
                for i in range(m.start(1), m.end(1)):
                    if chars[i] != "\x00":
                        chars[i] = chars[i].upper()
        if "al-" in doc.text or "el-" in doc.text:
            # Round Z: "Yousef al-Nuaimi said", ", al-Nuaimi said": the lower-case Arabic article
            # fused to a surname is part of the name; read (offsets kept) as its capital, as
            # the speaker's name is given back as written (see _as_written).
            for m in _ARABIC_ARTICLE_RE.finditer(doc.text):
                if chars[m.start()] != "\x00":
                    chars[m.start()] = chars[m.start()].upper()
        for sent in doc.sentences:
            lead = _LEAD_CUE_RE.match(doc.text, sent.start)
            if (
                lead
                and (form := cues.forms.get(lead.group(1).lower())) is not None
                and chars[sent.start] != "\x00"
                and (lead.group(1).endswith("ed") or form.invert)
            ):
                # Round AH: 'Added Oren Castell, a professor at ...: "..."': a reporting verb
                # opening a sentence before a name is an inverted cue, no part of the name;
                # read (offsets kept) in lower case, as cues are matched. Round AN: "Said Mr
                # X, 25, a waiter:", "Says Dr X:", "Said the mayor:" too (a present or
                # irregular past form only of a verb that comes before its speaker).
                chars[sent.start] = chars[sent.start].lower()
            elif (
                (lead := _LEAD_PARTICIPLE_RE.match(doc.text, sent.start)) is not None
                and lead.group(1).lower() in cues.forms
                and chars[sent.start] != "\x00"
            ):
                # Round AN: 'Calling it a "...", X said': a participle opening the sentence is
                # a cue whose subject is the main clause's (see _draft).
                chars[sent.start] = chars[sent.start].lower()
        for m in _ACRONYM_BEFORE_TITLE_RE.finditer(doc.text):
            # Round AQ: "Uganda National Examinations Board (Uneb) executive secretary X said":
            # a body's bracketed acronym between its name and a title is read as a space (the
            # acronym's definition is read from the text itself), so the title holds its body.
            if "\x00" not in chars[m.start() : m.end()]:
                chars[m.start() : m.end()] = " " * (m.end() - m.start())
        # Cue verbs must occur outside any quotation: the masked text hides quoted words.
        self.masked = "".join(chars)
        self.acronyms = self._acronyms()
        self.descriptors: dict[str, list[str]] = {}
        self.persons: dict[str, str] = {}  # full name -> full name; surname -> full name
        self.names: dict[str, str] = {}  # surname -> any two- or three-word name in the text (weak)
        # first name -> the one full name introduced with it (None when two people share it)
        self.given: dict[str, str | None] = {}
        self.mentions: list[_Mention] = []
        self.attributions: dict[int, list[_Attribution]] = {}
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}
        # Per-article memos of pure readings (descriptor -> role, run -> organisation, run -> name).
        self._role_memo: dict[str, str] = {}
        # Bodies the article introduces by their kind ("X, a rights group"), with that kind's role (read once, when asked).
        self._org_kinds: dict[str, str] | None = None
        self._described: frozenset[str] | None = None
        self._kind_appositive_matches: list[re.Match[str]] | None = None
        self._kind_before_matches: list[re.Match[str]] | None = None
        self._trade_names: frozenset[str] | None = None
        self._helps_matches: list[re.Match[str]] | None = None
        self._org_memo: dict[str, str | None] = {}
        self._tail_memo: dict[str, str] = {}
        # Round AE: "Labor member for Bendigo Lisa Chesters": the seat named right before a
        # listed given name is no part of the name (read once per article).
        self.seats: frozenset[str] = frozenset()
        if any(k in self.masked for k in _MEMBER_FOR_KEYS):
            self.seats = frozenset(self._seats_before_names())
        self._given_surnames: dict[str, set[str]] | None = None
        # Round AG: nationality words, the last word of a two-word one too ("Sri Lankan").
        self.demonyms = _demonym_words()
        self._person_memo: dict[tuple[str, str, str], _Entity] = {}
        self._own_kinds: dict[str, str | None] = {}  # body name -> role its own kind appositive gives
        self._text_genders: dict[str, str | None] = {}  # full name -> gender the article's pronouns give
        self._honorific_genders: dict[str, str] | None = None  # surname -> gender of its "Mr"/"Ms"
        # A person's role read from the organisation a possessive points at
        # ("Tamara Voss, the group's founder"): it beats the title's own reading.
        self.person_roles: dict[str, str] = {}
        self._sites: dict[tuple[int, int], tuple[list[_CueSite], str | None]] = {}
        # Mentions per sentence, once all are known (pronouns read sentence by sentence).
        self._by_sentence: dict[int, list[_Mention]] = {}
        self._final = False
        # A headline or subheading is no source of speaker names: in title case
        # ("NTSB Launches Go-Team") any two capitalised words read as a person.
        self.headlines = _headline_sentences(doc)
        self.companies = self._company_names()
        self._collect()

    def _cut_open_quote(self, span: QuoteSpan) -> QuoteSpan:
        """A quote left open to its paragraph's end, cut before the attribution it swallowed (round Z2).

        '"We will stay out, said Baraka Mwangi, secretary general ...' and
        '"The strike will go ahead, union leader X said after ...': the
        closing mark is missing, so the words after ", said X" or ", X said"
        (a cue that ends its clause: a stop, a comma, a time or place
        phrase) are the outlet's attribution, not the speaker's; the quote
        ends at that comma and the attribution is read like any other.
        """
        if span.level != 0 or span.close_mark is not None or "," not in span.text:
            return span
        m = next((m for m in _open_attribution_re(self.cues).finditer(span.text) if not _participle_clause(m.group())), None)
        if m is None:
            return span
        cut = m.start() + 1
        # The space after the comma stands in for the missing mark, so the attribution
        # after it is read as after any closed quote; ``closed`` still says it was missing.
        end = span.start + cut
        return replace(span, end=end, text=span.text[:cut], close_mark=end, closed=False, continued=False)

    def sole_person_before(self, span: QuoteSpan, sentence: int) -> _Entity | None:
        """The one named person of the three sentences before a cue-less quote paragraph, else None (round Y2).

        Only a quote that opens its paragraph and speaks in the first person
        ("I", "we", "us") is read: a quote introduced by the paragraphs about
        its speaker. Two people named there, or a quote in those sentences,
        or no name at all, give nobody (unknown is better than wrong).
        Round Z2: a quote paragraph that is the quote alone, right after a
        paragraph that opens with the person as its subject ("Grace Wanjiru
        has run a pharmacy in Kisumu since 2009."), is that person's in the
        first person or not ("Mosquito nets sold out on Monday.").
        """
        text = self.doc.text
        line_start = text.rfind("\n", 0, span.open_mark) + 1
        if text[line_start : span.open_mark].strip():
            return None
        first_person = _FIRST_PERSON_RE.search(span.text) is not None
        if not first_person and not self._alone_after_subject_paragraph(span, sentence):
            return None
        lo = max(0, sentence - 3)
        if not first_person:
            lo = next(i for i in range(sentence - 1, -1, -1) if i == 0 or self.doc.sentences[i - 1].paragraph != self.doc.sentences[i].paragraph)
        if any("\x00" in self.masked[s.start : s.end] for s in self.doc.sentences[lo:sentence]):
            return None
        if sentence > 0 and self.doc.sentences[sentence - 1].text.rstrip().endswith(":"):
            # "Castellón Marítimo released a statement:": the sentence that introduces
            # the quote names its source; no person around it is the speaker.
            return None
        sents = self.doc.sentences[lo:sentence]
        if any(sent.index in self.headlines for sent in sents):
            return None
        found = self._people_named_in(sents)
        if len(found) != 1:
            return None
        name, entity = next(iter(found.items()))
        if not first_person:
            # The person must open that paragraph as its subject (a title before the name at most).
            opening = self.doc.sentences[lo]
            at = self.text.find(name.split()[-1], opening.start, opening.end)
            if at < 0 or len(self.text[opening.start : at].split()) > 3:
                return None
        return entity or (self.person(name) if name in self.persons else None)

    def introducing_subject(self, span: QuoteSpan, sentence: int, prev: dict[str, Any] | None) -> _Entity | None:
        """The person who opens, as its subject, the sentence just before a cue-less quote paragraph (round AQ).

        News copy introduces a speaker and then gives the words a paragraph of
        their own: "Rowena Wood - a former candidate - praised councillor Max
        Brough.\\n\\n“When someone breaks rank ...”". Only a quote that opens
        its paragraph, right after the paragraph that introduces, counts; a
        quote in that sentence with a speaker of its own is left to the rules
        before this one, and a sentence about anything but a person gives nobody.
        """
        text = self.doc.text
        line_start = text.rfind("\n", 0, span.open_mark) + 1
        if sentence <= 0 or text[line_start : span.open_mark].strip():
            return None
        sents = self.doc.sentences
        before = sents[sentence - 1]
        here = sents[sentence].paragraph
        if before.index in self.headlines or not (
            before.paragraph == here - 1 or (before.paragraph < here and not text[before.end : span.open_mark].strip())
        ):
            return None
        if prev is not None and prev["entity"] is not None and _end_sentence(self.doc, prev["span"]) >= sentence - 1:
            return None
        subject = self.sentence_subject(before.index, before.end)
        if subject is None or subject.kind != "person":
            return None
        at = self.masked.find(subject.name, before.start, before.end)
        if at >= 0 and _COORDINATED_AFTER_SUBJECT_RE.match(self.masked, at + len(subject.name)):
            return None  # "Tom Reyes and Ana Lind both spoke": two subjects, nobody speaks
        return self.person(subject.name)

    def _people_named_in(self, sents: Sequence[Sentence]) -> dict[str, _Entity | None]:
        """Every person the sentences name, by full name (with the entity where a mention holds one)."""
        found: dict[str, _Entity | None] = {}
        first_names = self.first_names
        for sent in sents:
            for mention in self._by_sentence.get(sent.index, ()):
                if mention.entity.kind == "person":
                    found[mention.entity.name] = mention.entity
            # Every person named there counts, not only the subjects the mentions
            # hold ("Tom Reyes and Ana Lind both spoke": two people, nobody speaks).
            for m in _NAME_RUN_RE.finditer(self.masked, sent.start, sent.end):
                for piece in _strip_det(self._trim_run(m.group())).split(" and "):
                    full = self.persons.get(piece)
                    if full is not None:
                        found.setdefault(full, None)
                    elif " " in piece and (piece.split()[0] in first_names.female or piece.split()[0] in first_names.male):
                        found.setdefault(piece, None)
        return found

    def sole_person_after(self, span: QuoteSpan, end_sentence: int) -> _Entity | None:
        """The one person the paragraph after a cue-less quote paragraph names as its speaker (round AA).

        The feature writer's quote before the name: a paragraph that is the
        quote alone, then a paragraph whose first sentence points back at the
        words ("That was how Jomar X, 34, described it", "Those were the words
        of X", "X kept saying it as ...", "X repeated the words") and names one
        person and no other. Anything else gives nobody.
        """
        text = self.doc.text
        line_start = text.rfind("\n", 0, span.open_mark) + 1
        if text[line_start : span.open_mark].strip() or span.close_mark is None:
            return None
        line_end = text.find("\n", span.close_mark)
        # Round AB events: the pointer may open the next sentence of the quote's own paragraph
        # ('"We are not going to negotiate ..." That was how Hugo X ... answered ...').
        same_paragraph = bool(text[span.close_mark + 1 : line_end if line_end >= 0 else len(text)].strip())
        nxt = end_sentence + 1
        sentences = self.doc.sentences
        if nxt >= len(sentences) or (sentences[nxt].paragraph == sentences[end_sentence].paragraph) != same_paragraph:
            return None
        sent = sentences[nxt]
        if same_paragraph and sent.start <= span.close_mark:
            return None
        body = self.masked[sent.start : sent.end]
        if "\x00" in body or nxt in self.headlines:
            return None
        if same_paragraph and not _POINTS_BACK_OPEN_RE.match(body):
            return None
        line = _LINE_FROM_RE.match(body)
        if line is not None:
            # "That line, from Jonas Brandt to Prime Minister Maren Holt, ...": the name
            # right after "from" is the source, whoever else the sentence names.
            run = _NAME_RUN_RE.match(body, line.end())
            tail = self._person_tail(_strip_det(self._trim_run(run.group()))) if run else ""
            words = tail.split()
            if len(words) >= 2 and (tail in self.persons or words[0] in self.first_names.female or words[0] in self.first_names.male):
                return self.person(self.persons.get(tail, tail))
            return None
        if not (_POINTS_BACK_OPEN_RE.match(body) or _SAYS_IT_RE.search(body)):
            return None
        found = self._people_named_in((sent,))
        if len(found) != 1:
            return None
        name, entity = next(iter(found.items()))
        return entity or (self.person(name) if name in self.persons else None)

    def subject_opening_next_paragraph(self, span: QuoteSpan, end_sentence: int) -> _Entity | None:
        """The one person named in the next paragraph's first sentence, as its opening subject (round AA events).

        Only for a quote that is its paragraph's whole text, closed, with a
        paragraph after it that holds no quote in its first sentence.
        """
        text = self.doc.text
        line_start = text.rfind("\n", 0, span.open_mark) + 1
        if text[line_start : span.open_mark].strip() or span.close_mark is None:
            return None
        line_end = text.find("\n", span.close_mark)
        if text[span.close_mark + 1 : line_end if line_end >= 0 else len(text)].strip():
            return None
        nxt = end_sentence + 1
        sentences = self.doc.sentences
        if nxt >= len(sentences) or sentences[nxt].paragraph != sentences[end_sentence].paragraph + 1:
            return None
        sent = sentences[nxt]
        if "\x00" in self.masked[sent.start : sent.end] or nxt in self.headlines:
            return None
        found = self._people_named_in((sent,))
        if len(found) != 1:
            return None
        name = next(iter(found))
        at = self.text.find(name.split()[-1], sent.start, sent.end)
        if at < 0 or len(self.text[sent.start : at].split()) > 3:
            return None
        return self.person(name)

    def _alone_after_subject_paragraph(self, span: QuoteSpan, sentence: int) -> bool:
        """True when the quote is its paragraph's whole text and the paragraph before holds no quote (round Z2)."""
        text = self.doc.text
        if span.close_mark is None or text[span.close_mark + 1 : (text.find("\n", span.close_mark) + 1 or len(text) + 1) - 1].strip():
            return False
        if sentence == 0:
            return False
        here = self.doc.sentences[sentence].paragraph
        before = self.doc.sentences[sentence - 1]
        return before.paragraph == here - 1 or (before.paragraph < here and not text[before.end : span.open_mark].strip())

    def _company_names(self) -> frozenset[str]:
        """Companies the article marks as such though no word of their name is a trade's (round Y2).

        A corporate suffix ("Castell Dynamics Inc.", "Brackley Holdings plc"),
        shares or products ("Harlow shares fell", "Pixly, which makes an app"),
        or "the company"/"the firm"/"the platform" taking up the subject of its
        own or the sentence before ("Skeet said ... The company said"). Only
        names the lexicon does not already give a role, that open with no
        title and are no person's name or surname, count.
        """
        masked = self.masked
        names: set[str] = set()
        for m in _CORPORATE_SUFFIX_RE.finditer(masked):
            names.add(_strip_det(m.group(1)))
            names.add(_strip_det(m.group().rstrip(".")))
            names.add(_strip_det(m.group()))
        if _COMPANY_CONTEXT_HINT_RE.search(masked) or ("hare" in masked.lower() and _SHARES_OF_RE.search(masked)):
            for m in _COMPANY_CONTEXT_RE.finditer(masked):
                names.add(_strip_det(next(g for g in m.groups() if g)))
        described: set[str] = set()
        for m in self._kind_appositives():
            # Round Z events: "Coinvale, the crypto exchange that stopped ...": the article's
            # own appositive names a trade whose kind is a business's.
            # One word only: a longer name reads its kind where it stands (_own_kind) and
            # gives its short form ("Helion Orbital" ... "Helion said").
            if " " not in _strip_det(m.group(1)) and self._kind_noun_role(m.group(2)) == "business":
                described.add(_strip_det(m.group(1)))
        names |= described
        if _COMPANY_REFERENCE_RE.search(masked):
            doc = self.doc
            for ref in _COMPANY_REFERENCE_RE.finditer(masked):
                here = doc.sentence_at(ref.start())
                if here is None:
                    continue
                lo = doc.sentences[here.index - 1].start if here.index > 0 else here.start
                last = None
                for m in _COMPANY_SUBJECT_RE.finditer(masked, lo, ref.start()):
                    if " " not in _strip_det(m.group(1)):
                        # One word only: a person is introduced with a given name and a
                        # surname ("Imelda Rourke-Vance is chief executive ... The company"),
                        # a brand often alone ("Skeet said ... The company said"); so
                        # "Lumen spokesperson Claire Voss said the company" is Lumen's.
                        last = m
                if (
                    last is not None
                    # "Van der Linde said": a surname after its particle is a person's
                    and not _PARTICLE_BEFORE_RE.search(masked, max(0, last.start() - 12), last.start())
                ):
                    names.add(_strip_det(last.group(1)))
        if not names:
            return frozenset()
        # A person's surname ("Moss said") or a known body is no unknown company.
        surnames = {
            m.group(2) for m in _FIRST_SURNAME_RE.finditer(masked)
            if m.group(1) in self.first_names.female or m.group(1) in self.first_names.male
        }
        roles = self.roles
        # A place is never a company ("China ... the company said"): the shared gazetteer.
        places = load_gazetteer().names
        outlet = self.doc.article.outlet or ""
        out = set()
        for name in names:
            if places.get(name.lower(), ("", ""))[1] == "place":
                continue
            words = name.split()
            first = words[0]
            if len(words) == 1 and name not in described and _beside_capitalised_word(masked, name):
                # "Jenny Kwon ... Kwon is": a surname after a given name is a person's;
                # "Brennan Foods ... Brennan said": a short form of a longer name is read
                # as that name already (not a name its own appositive calls a trade's:
                # "Coinvale, the crypto exchange" beside a headline's "Coinvale Files").
                continue
            if (
                first in roles.name_titles
                or first in _COMPANY_OPENERS
                or any(w.isupper() for w in words)  # "US", "EV": an acronym is read as one
                or first.endswith(("ian", "ese", "ish", "ean", "can"))  # "Dorvanian EV shares": a demonym
                or words[-1].endswith(("-listed", "-based"))  # "Hong Kong-listed shares": a market
                or name in outlet
                or (outlet and outlet in name)  # the outlet's own imprint ("... GmbH")
                or "Copyright" in words
                or roles.has_org_phrase(name)
                or name.lower() in _TIME_NAMES
                or (len(words) == 1 and name in surnames)
                or (len(words) > 1 and (first in self.first_names.female or first in self.first_names.male))
                or name.lower() in roles.org_names
                or any(w in roles.org_words for w in words)
            ):
                continue
            out.add(name)
        return frozenset(out)

    def clause(self, open_mark: int, close_end: int, lo: int, hi: int) -> tuple[int, int]:
        """The bounds of the clause that holds a quote, inside the sentence ``lo``..``hi``.

        Clauses split at ", while", ", but", ", and", ", whereas", ", yet",
        " whereas " and "; " (outside quotes), but only where each side holds
        a cue or a quote: "Cantwell, D-Wash., and Cruz, R-Texas, said" is one
        clause with a coordinated subject, not two.
        """
        key = (lo, hi)
        cuts = self._clauses.get(key)
        if cuts is None:
            found = []
            # Read the text, not the masked copy: American style puts the comma
            # inside the quote ("... online," while Cruz said).
            for m in _CLAUSE_BOUNDARY_RE.finditer(self.text, lo, hi):
                if self.masked[m.end() - 2] == "\x00":
                    continue  # the conjunction is quoted words
                a = m.start()
                while self.masked[a] == "\x00":
                    a += 1
                found.append((a, m.end()))
            edges = [(lo, lo), *found, (hi, hi)]

            def voiced(a: int, b: int) -> bool:
                return "\x00" in self.masked[a:b] or self.cues.pattern.search(self.masked, a, b) is not None

            def quoted(a: int, b: int) -> bool:
                return "\x00" in self.masked[a:b]

            def cued(a: int, b: int) -> bool:
                return self.cues.pattern.search(self.masked, a, b) is not None

            cuts = [
                found[i - 1]
                for i in range(1, len(edges) - 1)
                if voiced(edges[i - 1][1], edges[i][0]) and voiced(edges[i][1], edges[i + 1][0])
                # "The minister said the enemy had broken the truce, while Veloria had
                # "honoured every line"": a quote with no cue of its own after a cue
                # with no quote of its own continues that cue's reported clause.
                and not (
                    cued(edges[i - 1][1], edges[i][0]) and not quoted(edges[i - 1][1], edges[i][0])
                    and quoted(edges[i][1], edges[i + 1][0]) and not cued(edges[i][1], edges[i + 1][0])
                )
            ]
            self._clauses[key] = cuts
        start = max((b for a, b in cuts if b <= open_mark), default=lo)
        end = min((a for a, b in cuts if a >= close_end), default=hi)
        return start, end

    def _in_boilerplate(self, offset: int) -> bool:
        return any(b.start <= offset < b.end for b in self.doc.boilerplate)

    # acronyms ------------------------------------------------------------------

    def _acronyms(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for m in _DEFINITION_RE.finditer(self.text) if _BRACKETED_ACRONYM_RE.search(self.text) else ():
            long_form, acr = m.group(1), m.group(2)
            best = _initials_suffix(long_form, acr)
            if not best:
                # Round AK: a body's acronym in its own language ("the Central
                # Organisation of Marovian Trade Unions (KMTU)", a Finnish "SAK") spells
                # no English initials; bracketed right after a body's name of two
                # words or more, it is still that body's.
                tail = long_form.rsplit(" the ", 1)[-1]
                if (
                    " " in tail
                    and tail[:1].isupper()
                    # as many words as the acronym has letters, give or take one: "products
                    # Regulatory Agency (MHRA)" is a name cut at a lower-case word
                    and len(_initials(tail.split())) >= len(acr) - 1
                    and self._org_word_in(tail)
                ):
                    best = tail
            if best:
                found.setdefault(acr, best)
        acrs = {m.group(1) for m in _ACRONYM_RE.finditer(self.text)} - set(found)
        if acrs:
            runs = [(m.group(), _initials(m.group().split())) for m in _NAME_RUN_RE.finditer(self.text)]
            for acr in acrs:
                key = acr.replace("&", "")
                for run, initials in runs:
                    # The initials of a stretch of a run are a stretch of the run's
                    # initials: a run without the acronym there cannot spell it.
                    if key not in initials:
                        continue
                    best = _initials_sub(run, acr)
                    if best and (len(best.split()) > 2 or self._org_word_in(best)):
                        # Two capitalised words with no organisation word are as
                        # likely a person ("AM" in a time stamp is no "Alyssa
                        # Moreno", a bill "SB 14" no "Samuel Brandt"): an acronym
                        # the article never defines spells only a longer run or a
                        # body's name.
                        found[acr] = best
                        break
        return found

    def _org_word_in(self, run: str) -> bool:
        """Whether a capitalised run holds an organisation word or phrase of the lexicon."""
        words = run.split()
        return any(
            w in self.roles.org_words or w.rstrip(".,") in self.roles.org_words for w in words
        ) or self.roles.has_org_phrase(run)

    def fold(self, name: str) -> str:
        """The canonical form of an organisation name: acronyms spelled out."""
        name = _strip_det(_clean_phrase(name))
        if name in self.acronyms:
            return self.acronyms[name]
        for long_form in self.acronyms.values():
            if long_form in name and long_form != name and not name.endswith(("Department", "Agency")):
                return long_form
        return name

    # roles ---------------------------------------------------------------------

    def org_role(self, name: str) -> str | None:
        """The role of an organisation name, from the lexicon's names and words."""
        roles = self.roles
        candidates = [name, self.acronyms.get(name, name)]
        candidates += [a for a, full in self.acronyms.items() if full == name]
        for cand in candidates:
            role = roles.org_names.get(cand.lower())
            if role:
                if cand.isupper() and (own := self._acronym_kind(cand)) is not None:
                    # Round AO: "according to the student union UNEB": the article's own
                    # kind for an acronym beats a listed body of another country that
                    # shares it (Uganda's exams board).
                    return own
                return role
        if any(_listed_outlet(cand) for cand in candidates):
            return "media"
        # Round X2: the article's own word for a body ("Innovative Medicines Council, the
        # industry association representing drugmakers") says more than a word of its
        # name ("Council": official) does; a body the lexicon lists by name keeps its role.
        role = self._own_kind(name)
        if role:
            return role
        if name in self._trade_named():
            # Round AK: "the freight giant Nordhaven", "the airline Skyreach": a trade's
            # noun before a name the lexicon does not know makes it a company.
            return "business"
        if name in self.companies:
            return "business"  # round Y2: the article marks it as a company ("Inc.", "the company")
        if roles.sport_body_pattern is not None and roles.sport_body_pattern.search(name):
            return "official"  # round AH: "International Rowing Federation" governs its sport
        if " " in name:
            # "Fraternal Order of Police Lodge 44": a known organisation of several words
            # inside the name says more than any one word of it ("Police").
            known = roles.org_name_pattern.search(name)
            if known and " " in known.group():
                role = roles.org_names.get(known.group().lower())
                if role:
                    return role
        head_of = name.split(" of ", 1)[0] if " of " in name else name
        # (head_of is a prefix of name: a phrase it ends with is in name too.)
        for phrase, role in roles.org_phrases if roles.has_org_phrase(name) else ():
            if name.endswith(phrase) or head_of.endswith(phrase):
                # "Tyrell Trades Council": the phrase heading the name beats its last word;
                # round Y: so it does before "of" ("Conservation Council of South Australia").
                return role
        # Round AB events: "Federation of University Students of Valdoria": the word that
        # heads an "X of Y" name says what the body is, before the words of what it is of.
        for word in reversed(head_of.split()) if head_of != name else ():
            role = roles.org_words.get(word) or roles.org_words.get(word.rstrip(".,"))
            if role:
                return role
        for word in reversed(name.split()):
            role = roles.org_words.get(word) or roles.org_words.get(word.rstrip(".,"))
            if role:
                return role
        for word in name.split():
            role = roles.org_names.get(word.lower()) if _ACRONYM_RE.fullmatch(word) else None
            if role:
                return role  # "ACLU of Mississippi"
        if roles.has_org_phrase(name):
            for phrase, role in roles.org_phrases:
                if phrase in name:
                    return role
        return None

    def orgs_in(self, text: str) -> list[str]:
        """Organisation names inside a phrase (capitalised runs with organisation cues)."""
        out = []
        for m in _NAME_RUN_RE.finditer(text):
            run = _strip_det(self._trim_run(m.group()))
            for piece in self._pieces(run):
                # "ICE Southern Region Communications Director": the acronym inside the run.
                core = self._org_core(piece)
                if core:
                    people = _PEOPLE_OF_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                    if people and core == run and self._people_of_campaign(people.group(1), core):
                        core = text[people.start(1) : m.start()] + core  # "Families of the ... Coalition"
                    out.append(core)
        return out

    def _pieces(self, run: str) -> list[str]:
        """A capitalised run split at "and" between two names, unless the run is one listed body.

        Round AO: "the Competition and Markets Authority" is one body, never "Competition"
        and "Markets Authority" ("DOJ and ICE" are still two).
        """
        if " and " in run and _strip_det(run).lower() in self.roles.org_names:
            return [run]
        return _split_run(run)

    def _trim_run(self, run: str) -> str:
        """A capitalised run without edge punctuation (keeping "Co." and "Inc.")."""
        run = run.strip(" ,")
        if run[:1] == "C" and (title := _TITLE_ACRONYM_OF_RE.match(run)):
            # "the CEO of Debenhams": an executive's title written in capitals, then "of",
            # is no part of the body's name ("Bank of England" is one name; "CEO of X" is not).
            run = run[title.end() :]
        if run[:1] in _LEAD_PREPOSITION_INITIALS:
            # "For Rachel Osei, a former investigator, ...", "Like Ortega, ...": a
            # preposition capitalised only by its place at the sentence start is no
            # part of the name after it.
            run = _LEAD_PREPOSITION_RE.sub("", run, count=1)
        if " on " in run or " in " in run:
            # "St. Brendan Academy on Monday": a date after the name is no part of it.
            run = _DATE_TAIL_RE.sub("", run)
        if ("s’ " in run or "s' " in run) and (
            own := _POSSESSOR_BEFORE_NAME_RE.match(run, 4 if run.startswith("The ") else 0)
        ):
            # Round Y2: "the Greens’ Tom Farrelly": a plural possessive (a party, a club)
            # before a full name is a descriptor, never part of the name.
            run = run[own.end() :]
        if run.endswith(".") and run.split()[-1] not in self.roles.org_words and not _INITIALS_END_RE.search(run):
            run = run[:-1]
        # "Shares of Boeing Co.": a common word joined to a name by "of" is not part of it.
        m = _WORD_OF_NAME_RE.match(run)
        if (
            m
            and m.group(1) not in self.roles.org_words
            # "Minister of Labour", "Secretary of Labor": a portfolio after an office is
            # its subject, never the organisation (a party, a union) of the same name.
            and not (m.group(1) in self.roles.name_titles and m.group(2).split()[0] in self.roles.portfolio_words)
            and not self._is_org(m.group(1))
            and self._is_org(m.group(2))
            and not self._people_of_campaign(m.group(1), run)
        ):
            return m.group(2)
        return run

    def _people_of_campaign(self, noun: str, name: str) -> bool:
        """True for "Families of the Ikorodu Boat Victims Coalition": people "of" a campaign's name are that group (round Z2).

        A capitalised plural of people ("Families", "Relatives", "Survivors")
        before "of" and a run that ends in a campaign's own word (Network,
        Alliance, Coalition: an advocate's) is one name, as "Mothers Against
        ..." is; "Shares of Boeing Co." keeps only the company.
        """
        low = noun.lower()
        return (
            noun[:1].isupper()
            and low.endswith("s")
            and (low in self.roles.speaker_nouns or _plural_of_speaker_noun(low, self.roles))
            and self.roles.org_words.get(name.rstrip(" .,").rsplit(None, 1)[-1]) == "advocate"
        )

    def _org_core(self, run: str) -> str | None:
        """The organisation name inside a capitalised run, if there is one."""
        # Memoised per article like role_for: the same runs are read again and again.
        if run in self._org_memo:
            return self._org_memo[run]
        core = self._org_memo[run] = self._read_org_core(run)
        return core

    def _read_org_core(self, run: str) -> str | None:
        if run in self.acronyms or run.lower() in self.roles.org_names or run in self.companies:
            return run
        if _listed_outlet(run):
            return run  # "the Chosun Ilbo", "Prothom Alo": a news outlet the gazetteer lists
        words = run.split()
        if (
            len(words) > 2
            and words[1].lower() in {"of", "for"}
            and (words[0].lower() in self.roles.org_names or (_ACRONYM_RE.fullmatch(words[0]) and len(words[0]) > 1))
        ):
            return run  # "ACLU of Mississippi"
        if 2 <= len(words) <= 3 and words[0] in self.roles.name_titles and words[-1] in self.roles.name_titles:
            # "Chief Press Secretary", "Press Secretary": a capitalised title that opens
            # and closes with title words is an office, not an organisation named by
            # the organisation word inside it ("Press").
            return None
        if any(
            w in self.roles.org_words or w.rstrip(".,") in self.roles.org_words for w in words
        ) or self.roles.has_org_phrase(run):
            return run
        for long_form in self.acronyms.values():
            if long_form in run:
                return long_form
        known = self.roles.org_name_pattern.search(run)
        if known:
            return known.group()  # "Senate Majority Leader"
        acronyms = [w for w in words if _ACRONYM_RE.fullmatch(w) and w not in {"I", "A"}]
        if acronyms:
            if words[0] == acronyms[0] and len(words) > 2 and words[1].lower() in _CONNECTORS:
                return run  # "ACLU of Mississippi"
            return acronyms[0]
        return None

    def _is_org(self, run: str) -> bool:
        return self._org_core(run) == run

    def role_for(self, descriptor: str) -> str:
        """The role given by a speaker's descriptors (titles, organisations)."""
        # Within one article the role is a function of the descriptor alone (the
        # acronyms are known before any role is asked), and the same descriptors
        # come back for every mention and pronoun: read each one once.
        role = self._role_memo.get(descriptor)
        if role is None:
            role = self._read_role(descriptor)
            if role in ("unknown", "business") and _OF_BODY_RE.search(descriptor):
                # "chief executive of Open Door Toronto, which supports refugee claimants":
                # a head title reads as business only while the body is unknown; the
                # article's own description of the body ("a housing charity", "the
                # campaign group") says what its head speaks for.
                role = self._kind_of_body(descriptor) or role
            self._role_memo[descriptor] = role
        return role

    def _kind_appositives(self) -> list[re.Match[str]]:
        """Every "Name, a kind ..." of the masked text (_KIND_APPOSITIVE_RE), found once per article."""
        if self._kind_appositive_matches is None:
            self._kind_appositive_matches = list(_KIND_APPOSITIVE_RE.finditer(self.masked))
        return self._kind_appositive_matches

    def _trade_named(self) -> frozenset[str]:
        """Names a company's trade noun stands right before ("the freight giant X", "the airline Y"), found once per article."""
        if self._trade_names is None:
            roles = self.roles
            self._trade_names = frozenset(
                _strip_det(m.group(2))
                for m in self._kinds_before_names()
                if (noun := m.group(1).rsplit(None, 1)[-1].lower()) in roles.kind_nouns
                and roles.references.get(noun) == "business"
            )
        return self._trade_names

    def _kinds_before_names(self) -> list[re.Match[str]]:
        """Every "the <kind> Name" of the masked text (_KIND_BEFORE_NAME_RE), found once per article."""
        if self._kind_before_matches is None:
            self._kind_before_matches = list(_KIND_BEFORE_NAME_RE.finditer(self.masked))
        return self._kind_before_matches

    def _helps_clauses(self) -> list[re.Match[str]]:
        """Every "Name, which supports ..." of the masked text (_HELPS_CLAUSE_RE), found once per article."""
        if self._helps_matches is None:
            # (The pattern holds "which": without it there is nothing to find.)
            self._helps_matches = list(_HELPS_CLAUSE_RE.finditer(self.masked)) if "which" in self.masked else []
        return self._helps_matches

    def _described_orgs(self) -> frozenset[str]:
        """The names the article describes by an organisation's kind ("X, a housing charity", "the NGO X")."""
        if self._described is None:
            names = set()
            pairs = [(m.group(1), m.group(2)) for m in self._kind_appositives()]
            pairs += [(m.group(2), m.group(1)) for m in self._kinds_before_names()]
            for name, app in pairs:
                if any(w.strip(".,").lower() in self.roles.kind_nouns for w in app.split()[1:6]):
                    names.add(_strip_det(name))
            names |= {_strip_det(m.group(1)) for m in self._helps_clauses()}
            self._described = frozenset(names)
        return self._described

    def _own_kind(self, name: str) -> str | None:
        """The role the article's own kind appositive gives a body's name ("X Council, the industry association"), else None.

        Read at each place the name stands, once per name: only a kind noun in the
        appositive ("association", "group", "charity") counts, and an appositive
        that reads unknown or affected gives nothing.
        """
        if name in self._own_kinds:
            return self._own_kinds[name]
        self._own_kinds[name] = None  # while reading: an appositive naming the body again reads nothing
        masked, found = self.masked, None
        at = masked.find(name)
        while at != -1 and found is None:
            m = _KIND_TAIL_RE.match(masked, at + len(name))
            at = masked.find(name, at + len(name))
            if m is not None and (kind := _DEFINITE_KIND_RE.fullmatch(m.group(1).strip())) is not None:
                # Round AO: "KVSB, the statistics board, released ...", "TVWA, the water
                # authority": an appositive that is only a reference noun of a known role
                # says what the body is.
                role = self.roles.references.get(kind.group(1).lower())
                if role is not None and role != "any":
                    found = role
                    continue
            if m is None or not any(w.strip(".,").lower() in self.roles.kind_nouns for w in m.group(1).split()[1:6]):
                continue
            role = self._read_role(m.group(1))
            if role in ("unknown", "affected"):
                role = self._kind_noun_role(m.group(1))
            if role not in ("unknown", "affected"):
                found = role
        self._own_kinds[name] = found
        return found

    def _acronym_kind(self, acronym: str) -> str | None:
        """The role of the kind the article gives an acronym ("the student union UNEB"), else None."""
        kinds = self._body_kinds()
        if not kinds:
            return None
        own = kinds.get(acronym)
        if own is None:
            # "the student union UNEB. The government ...": the name read before a kind
            # ran on past the sentence's full stop.
            cut = acronym + "."
            own = next(
                (r for k, r in kinds.items() if k == cut or (k.startswith(cut) and k[len(cut) : len(cut) + 1].isspace())), None
            )
        return own

    def _body_kinds(self) -> dict[str, str]:
        """The role of each body the article introduces by its kind ("X, a rights group", "the charity Y").

        Built once per article; while it is being built it reads as empty, since
        reading an appositive's role may ask for an organisation's role again.
        """
        if self._org_kinds is None:
            self._org_kinds = {}
            kinds: dict[str, str] = {}
            described = [(m.group(1), m.group(2)) for m in self._kind_appositives()]
            described += [(m.group(2), m.group(1)) for m in self._kinds_before_names()]
            # Round X2: "Petroleum Institute of America, the industry's main trade group":
            # a name with "of" inside it, kept only when a word of it marks an organisation
            # (so "Jane Doe of Equal Voices, a rights group" still files "Equal Voices").
            described += [
                (m.group(1), m.group(2)) for m in _KIND_APPOSITIVE_OF_RE.finditer(self.masked)
                if self._org_word_in(m.group(1))
            ]
            for name, app in described:
                heads = app.split()[1:6]
                if not any(w.strip(".,").lower() in self.roles.kind_nouns for w in heads):
                    continue  # "Equal Voices, a former nurse": no organisation's kind
                kind_role = self._read_role(app)
                if kind_role in ("unknown", "affected"):
                    kind_role = self._kind_noun_role(app)
                if kind_role not in ("unknown", "affected"):
                    kinds.setdefault(_strip_det(name), kind_role)
            for m in self._helps_clauses():
                # "Open Door Toronto, which supports refugee claimants": a body whose own
                # clause says it helps or campaigns for people is a charity or campaign.
                kinds.setdefault(_strip_det(m.group(1)), "advocate")
            self._org_kinds = kinds
        return self._org_kinds

    def _honorific_next(self, after: str) -> bool:
        """Whether a capitalised title is followed by an honorific of one or two words ("Dr", "Tan Sri", "Rt Hon").

        Round AM: "Housing Minister Tan Sri X", "Speaker Rt Hon X": the first word of
        a two-word style ("Tan", "Rt", "Toh") is no title itself (and "Tan" is also a
        surname), but the second is, so the title before both is the speaker's.
        """
        words = after.split(None, 2)
        return bool(words) and (
            words[0] in self.roles.name_titles or (len(words) > 1 and words[1] in self.roles.name_titles)
        )

    def _public_office(self, before: list[str]) -> bool:
        """Whether the lower-case words before a representative title name a government's service ("county public health").

        Round AM: "said county public health director X", "district disaster
        management officer X": a level of government and a public service, both
        in lower case and right before the title, name a public body's office,
        official; a level alone ("regional manager") or a service alone ("health
        director") could be a company's and says nothing.
        """
        run: list[str] = []
        for i in range(len(before) - 1, max(-1, len(before) - 6), -1):
            w = before[i]
            if not (w.islower() or (i == 0 and w[1:].islower())):
                break  # only a lower-case run (its first word may open the sentence)
            run.append(w.lower())
        run.reverse()
        roles = self.roles
        level = next((i for i, w in enumerate(run) if w in roles.public_levels), None)
        if level is None:
            return False
        rest = run[level + 1 :]
        return any(w in roles.public_services or " ".join(rest[i : i + 2]) in roles.public_services for i, w in enumerate(rest))

    def _kind_noun_role(self, appositive: str) -> str:
        """The settled role of the first kind noun in a body's appositive ("the crypto exchange that ...": business), else unknown.

        Round Z events: the appositive's head may be a kind the lexicon's references
        settle (an exchange, a union, a lender) though no title in it gives a role;
        a kind of role "any" ("a group of commuters") says nothing.
        """
        for w in appositive.split()[1:6]:
            word = w.strip(".,").lower()
            if word in _PLACE_PP:
                break  # "a managing director at restructuring firm X": the firm is not the head
            if word in self.roles.kind_nouns:
                want = self.roles.references.get(word, "any")
                return want if want != "any" else "unknown"
        return "unknown"

    def _kind_of_body(self, descriptor: str) -> str | None:
        """The role of a body in ``descriptor`` ("director of Equal Voices") that the article introduces by its kind.

        "X, director of Equal Voices International, a rights group based in
        Geneva": the name alone says nothing (no word of it is an
        organisation's), but its own appositive gives its kind, and a head
        speaks for the body's kind.
        """
        kinds = self._body_kinds()
        for m in _OF_BODY_RE.finditer(descriptor):
            role = kinds.get(_strip_det(m.group(1)))
            if role:
                return role
        return None

    def _names_head_of_state(self, part: str) -> bool:
        """Whether a descriptor part names a head of state: a capital "President" before a name.

        "President X", "Benuara's President X" (_HEAD_OF_STATE_RE), also after a clause's
        lower-case words ("a defeat for President X", _LOWER_LEAD_RE) and after a nationality
        or a country's short name ("Chilean President X", "U.S. President X",
        _NATIONAL_PRESIDENT_RE); "Acme President X" reads its body as any title does.
        """
        part = _LOWER_LEAD_RE.sub("", part.rstrip(" ."), count=1)
        if _HEAD_OF_STATE_RE.match(part):
            return True
        m = _NATIONAL_PRESIDENT_RE.match(part)
        if m is None:
            m = _COUNTRY_PRESIDENT_RE.fullmatch(part) if "president" in part else None
            if m is None:
                return False
            if m.group(1) is None and m.group(2) is None:
                return True  # "the country's president", "the president of the republic"
            country = m.group(1) or m.group(2)
            return country.lower() in self.demonyms or load_gazetteer().names.get(country.lower(), ("", ""))[1] == "place"
        country = m.group(1)
        return (
            country.lower() in self.demonyms
            or country in self.roles.seats_of_government
            # A country's name as the gazetteer's party_countries write it ("U.S.", "UK", and
            # since round AQ the full "United States President X").
            or country.lower() in _country_words()
        )

    def _read_role(self, descriptor: str) -> str:
        if " state " in descriptor and (voice := _STATE_VOICE_RE.search(descriptor)) and (
            load_gazetteer().names.get(voice.group(1).lower(), ("", ""))[1] == "place"
        ):
            # Round AE: "a Punjab state spokesman told Reuters": a spokesman or official of a
            # state the gazetteer names speaks for its government, official ("BJP state
            # spokesperson" names a party, no place, and keeps the party's role).
            return "official"
        if "who " in descriptor:
            # Round Y2: "a trade lawyer at X who previously worked at the Commerce
            # Department": a past job is no role now (as "former" is not); the clause goes.
            descriptor = _PAST_JOB_RE.sub("", descriptor)
        # "a first-term Democrat who offered sympathy to the suspect's family": a
        # relative named inside the speaker's own relative clause is someone the
        # speaker acts on, not the speaker's relation ("who is the victim's mother" is).
        own = " ; ".join(_RELATIVE_CLAUSE_RE.split(part, 1)[0] for part in descriptor.split(" ; "))
        for pattern, relation_role in self.roles.relations:
            if pattern.search(own):
                # "His heartbroken partner", "the victim's mother": quoted as a relative,
                # whatever other title the phrase carries ("the mayor's wife").
                return relation_role
        if ("President" in descriptor or "president" in descriptor) and any(
            self._names_head_of_state(part) for part in _PART_SPLIT_RE.split(own)
        ):
            # Round Z events, rounds AG-AH: a capital "President" before a name with no body's
            # name before it (a country's possessive or nationality at most) is a head of state.
            return "official"
        if (
            _ELECTED_TITLE_END_RE.search(own) or (" for " in own and _MEMBER_FOR_TITLE_RE.search(own))
        ) and not _FORMER_WORD_RE.search(own):
            # Round Y2: "Opposition families spokeswoman Senator Ruth Calloway": an elected
            # office right before the name holds now, whatever portfolio word comes
            # before it ("families", "veterans" read alone as the people affected).
            return "official"
        kind_after = _KIND_AFTER_NAME_RE.search(descriptor) if " " in descriptor else None
        if kind_after:
            # Round Y2: "a spokesman for the Christian Institute lobby": the lower-case kind
            # noun after a body's name says what it is, over a word of the name ("Institute").
            # Lobbies, charities and campaign, rights and trade groups are advocates (the
            # round X2 and Y conventions); a think tank speaks from research (expert).
            return "expert" if kind_after.group(1).startswith("think") else "advocate"
        side = _COURT_SIDE_RE.match(descriptor)
        if side:
            # "Owen Price, representing five of the defendants, said": counsel named by the
            # side they appear for, without the word "lawyer" (UK and Irish court copy),
            # speaks as "X, defending" does (affected) or as "X, prosecuting" (official).
            return "official" if side.group(1) else "affected"
        owner = _CLIENT_OWNER_RE.search(descriptor)
        if owner:
            # "Okafor's attorney, Daniel Stein": a lawyer of a named party speaks for
            # that party; a person's lawyer is affected (documented in the lexicon).
            if not self.orgs_in(owner.group(1)):
                return "affected"
            client_role = self.org_role(self.fold(owner.group(1))) or self.org_role(owner.group(1))
            if client_role:
                return client_role
        client = (
            _CLIENT_RE.search(descriptor) or _LAW_FIRM_CLIENT_RE.search(descriptor) or _COUNSEL_CLIENT_RE.search(descriptor)
        )
        if client:
            # A lawyer speaks for a client: "an attorney for the family" is affected; so
            # is "X of Y LLP, who represents the tenants" (round X2: a law firm's name
            # marks the lawyer where the word "lawyer" is missing).
            client_role = self.role_for(client.group(1))
            if client_role == "unknown" and _COURT_PARTY_RE.match(client.group(1)):
                client_role = "affected"  # "the defendant", "the plaintiff": a party to a suit
            if client_role == "unknown":
                # "200 Coinvault customers", "the passengers": the plural of a noun the
                # lexicon lists in the singular (round Z2).
                # Round AA: "the families of three of the dead men": the head noun before "of".
                heads = [p.rstrip(" .").rsplit(None, 1)[-1].lower() for p in client.group(1).split(" of ") if p.strip()]
                client_role = next(
                    (self.roles.title_roles[w] for h in heads[-1:] + heads[:1] for w in _singulars(h) if w in self.roles.title_roles),
                    client_role,
                )
            if (
                client_role == "unknown"
                and _PERSON_CLIENT_RE.fullmatch(client.group(1).strip(" ."))
                and not self.orgs_in(client.group(1))
                and not self._is_org(client.group(1).strip(" ."))
            ):
                # Round AG: "a lawyer representing Dario Brandt": a person's lawyer speaks for
                # a private person, affected (the round T second-pass convention).
                client_role = "affected"
            if client_role != "unknown":
                return client_role
        if _PERSON_LAWYER_RE.match(descriptor):
            # Round X2: "His attorney, Martin Kessler": a person's lawyer is affected (the
            # lexicon's convention for "Okafor's attorney"); "its lawyer" is a body's.
            return "affected"
        if _ADVOCACY_NAME_RE.search(descriptor) or _CAMPAIGN_NAME_RE.search(descriptor):
            # "president of Georgia Parents for Safer Screens", "a founder of Mothers Against
            # Gun Violence": a group named for its members and its cause campaigns for it; the
            # members' noun ("Parents") is no relation of the speaker's.
            return "advocate"
        if _RESEARCH_HEAD_RE.match(descriptor) or (
            ", " in descriptor and any(_RESEARCH_HEAD_RE.match(part) for part in descriptor.split(", ")[1:])
        ):
            # "head of Asia technology research at Aldgate Capital"; "Dr X, head of threat
            # research at Y" (round W: the appositive after the name, too).
            return "expert"
        orgs = self.orgs_in(descriptor)
        plain = descriptor
        party = self.roles.party_pattern
        for org in orgs:
            # "director of the Florida Immigrant Coalition": words inside a name are not titles.
            if " " in org:
                # "Jan Morcha Party MLA": the words after a party's name are the member's office.
                named = party.search(org) if party is not None else None
                plain = plain.replace(org[: named.end()] if named else org, " ")
        found = [
            (m.start(), m.group().lower())
            for m in self.roles.title_pattern.finditer(plain)
            # "Bus Riders Unite", "Norwegian Refugee Council": a capitalised
            # title word followed by another capitalised word is inside a name.
            if not (m.group()[:1].isupper() and _CAPITALISED_NEXT_RE.match(plain, m.end())
                    and not self._honorific_next(plain[m.end() :]))
        ]
        # "The three-man tribunal", "a two-woman crew": a noun fused to a number is an
        # adjective of something else, never the speaker's title.
        found = [(pos, t) for pos, t in found if not (pos and plain[pos - 1] == "-" and _NUMBER_HYPHEN_RE.search(plain, 0, pos))]
        # "whose family has run Russo's Deli", "whose son was detained": the noun after
        # "whose" is someone else, not the speaker's title; the relative rules read it.
        found = [(pos, t) for pos, t in found if not _WHOSE_BEFORE_RE.search(plain, 0, pos)]
        if "whose " in plain:
            # Round AD: "whose husband is among the four aid workers still held": every noun
            # of a "whose" clause is about the relative or the thing it names, never the
            # speaker's own title.
            spans = [(w.start(), w.end()) for w in _WHOSE_CLAUSE_RE.finditer(plain)]
            found = [(pos, t) for pos, t in found if not any(a < pos < b for a, b in spans)]
        # "a first-term Democrat who offered sympathy to the suspect's family", "who
        # filmed the officer", "who studies police use of force": nouns a relative clause
        # acts on (or an expert studies) are not the speaker's titles; "who is a nurse",
        # "who works as a nurse", "who serves on the board" are.
        for part in _PART_RE.finditer(plain):
            clause = _RELATIVE_CLAUSE_RE.search(plain, part.start(), part.end())
            if clause:
                found = [
                    (pos, t) for pos, t in found
                    if not clause.start() < pos < part.end() or _TITLE_IN_CLAUSE_RE.search(plain, clause.end(), pos)
                    or _NOW_TITLE_RE.search(plain, max(clause.end(), pos - 12), pos)
                ]
        titles = self.roles.title_roles
        # "retired Sgt. Frank DeLuca", "a former assistant county prosecutor": an office
        # the speaker no longer holds is not what they speak as (documented in the
        # roles lexicon); their other descriptors decide, else unknown.
        found = [
            (pos, t) for pos, t in found
            if titles.get(_SPACES_RE.sub(" ", t)) != "official" or not _FORMER_BEFORE_RE.search(plain, max(0, pos - 40), pos)
        ]
        # "Federation President X, an Austrian former water polo player", "a former
        # miner turned union organiser": a past career describes the speaker, the
        # present title decides; a past one counts only when nothing else is said
        # ("a retired firefighter" stays affected, as documented).
        past = {pos for pos, _ in found if _FORMER_BEFORE_RE.search(plain, max(0, pos - 40), pos)
                and not _PRESENT_AGAIN_RE.search(plain, max(0, pos - 40), pos)}
        if past and (len(past) < len(found) or self._present_body(descriptor, orgs)):
            found = [(pos, t) for pos, t in found if pos not in past]
        if any(t in _HONORIFICS for _, t in found) and (
            not all(t in _HONORIFICS for _, t in found)
            or (orgs and all(t in ("man", "woman") for _, t in found))
            or (orgs and any(self.org_role(o) == "official" for o in orgs))
        ):
            # "Dr. Priya Raman, the county health officer": the office says what
            # she speaks as; "Dr." decides only when nothing else does; "a Yorta
            # Yorta woman and co-chair of the X Coalition": the body she helps lead does;
            # round Y2: so does a public body's office ("Dr X, Government Spokesperson").
            found = [(pos, t) for pos, t in found if t not in _HONORIFICS]
        for pos, title in found:
            # "department spokesperson Kelsey Brandt", "ministry spokesman": a
            # representative speaks for the kind of body the noun before names.
            if title in self.roles.representative:
                before = plain[:pos].split()
                while len(before) > 1 and before[-1].lower() in self.roles.rank_words:
                    # Round AM: "fire service assistant director", "civil defence acting
                    # director": a rank between the body's noun and the title is no body.
                    before.pop()
                # Round AB events: "Central bank President X": a body of two words before the
                # title ("central bank", official) says more than its last word ("bank").
                want = self.roles.references.get(" ".join(before[-3:]).lower()) if len(before) > 2 else None
                if want is None and len(before) > 1:
                    want = self.roles.references.get(" ".join(before[-2:]).lower())
                if want is None or want == "any":
                    want = self.roles.references.get(before[-1].lower()) if before else None
                if want == "official" and _FORMER_BEFORE_RE.search(plain, max(0, pos - 40), pos):
                    # Round AJ: "a former army spokesman": an office no longer held, as
                    # "former" before an official title is (documented in the lexicon).
                    continue
                if want is None and not orgs and self._public_office(before):
                    want = "official"
                if want and want != "any":
                    return want
                if want == "any" and before[-1] in self.roles.generic_references and not title.endswith("s"):
                    # Round Z events: "said coalition convenor Edgardo Luna" after "The Safe Seas
                    # Coalition, a group of commuters": a generic body noun before the title is
                    # the body named with that word, whose role the representative takes (one
                    # representative: "30 university leaders" speak for no one university).
                    word = before[-1].capitalize()
                    body = next(
                        (x.entity for x in reversed(self.mentions)
                         if x.entity.kind == "org" and word in x.entity.name.split() and x.entity.role != "unknown"),
                        None,
                    )
                    if body is not None:
                        return body.role
                boss = self.persons.get(before[-1]) if before and before[-1][:1].isupper() else None
                if boss and boss != before[-1] and boss not in descriptor:
                    # "Harwood spokesperson Dana Whitcomb" after "Gov. Ellen Harwood": a
                    # spokesperson named by a person's surname speaks for that person's office.
                    boss_role = self.person(boss).role
                    if boss_role != "unknown":
                        return boss_role
        if "who" in descriptor:
            # "a mother of four who founded the parents' group": founding or
            # leading a group beats being a parent (the relative rules list it first).
            relative = self._relative_role(descriptor)
            if relative == "advocate":
                return relative
        head_role = self._head_role(plain, found, bool(orgs))
        if head_role == "expert" and self._advocacy_org(orgs):
            # "a researcher at Migrant Rights Watch": research done for a campaigning
            # group speaks for its cause (documented in the roles lexicon).
            return "advocate"
        if head_role:
            return head_role
        decided = [titles.get(_SPACES_RE.sub(" ", t)) for _, t in found]
        # "a junior at Forest Hills High", "a senior who scored 21 points": a student year as the head noun.
        decided += [role for pattern, role in self.roles.head_only if pattern.search(plain)]
        for role in decided:
            if role == "expert" and self._advocacy_org(orgs):
                return "advocate"  # "Human Dignity Watch researcher X", as above
            if role in ("affected", "expert"):
                return role
        # Round AG: "a senior National Renewal Party official": the bare word "official" is no
        # public office, so the party decides for its own officers (advocate, the round O
        # convention); "Party MP X" holds a seat and stays official.
        office = any(
            titles.get(_SPACES_RE.sub(" ", t)) == "official" and _SPACES_RE.sub(" ", t) not in _BARE_OFFICIAL_TITLES
            for _, t in found
        ) or ("official" in decided[len(found) :])
        inside = [_SPACES_RE.sub(" ", t) for _, t in found if " " in t and titles.get(_SPACES_RE.sub(" ", t)) == "official"]
        if len(orgs) > 1:
            # "At a press conference at the X Fisherfolk Cooperative, Dr Y, executive
            # director of the Z Trust": the body the speaker heads speaks, not the venue.
            orgs = sorted(orgs, key=lambda org: not self._headed(descriptor, org))
        for org in orgs:
            if " " not in org and _UNION_AFTER_RE.match(plain, plain.find(org) + len(org)):
                # Round AJ: "Mining union leader X", "Transport union official Y": a sector
                # word before "union" names the union's trade, and a union speaks for its
                # members (advocate) whatever trade it organises.
                return "advocate"
            if any(org.lower() in t.split() for t in inside):
                # "Bank chief X": an organisation word inside an official title
                # ("bank chief", "justice department lawyer") is the title's own.
                continue
            if office and party is not None and party.search(org):
                # "Jan Vikas Party MLA X", "Fianna Fail TD X": a legislator speaks as
                # the office holder; the party decides only for its own officers.
                continue
            at = plain.find(org)
            if at >= 0 and (
                _FORMER_ORG_BEFORE_RE.search(plain, max(0, at - 40), at)
                or _FORMER_ORG_AFTER_RE.match(plain, at + len(org))
            ):
                # Round AL: "a former Nissan executive", "Nissan's former chairman", "the
                # ousted chairman of X": a body the speaker no longer speaks for gives no
                # role, as a former office does (documented in the roles lexicon).
                continue
            role = self._named_before_role(org) or self.org_role(self.fold(org)) or self.org_role(org)
            if role:
                return role
        for role in decided:
            if role:
                return role
        relative = self._relative_role(descriptor)
        if relative == "unknown" and "local" in descriptor and _LOCAL_NOUN_RE.search(descriptor):
            # Round AG: "Dunmore local Petra Haslam", "a local from the valley": "local" as a
            # noun is a person of the place, affected ("a local official" is an adjective).
            return "affected"
        return relative

    def _headed(self, descriptor: str, org: str) -> bool:
        """Whether the descriptor names the speaker as this organisation's representative ("director of the Z Trust")."""
        at = descriptor.find(org)
        m = _HEADED_BY_RE.search(descriptor, max(0, at - 40), at) if at > 0 else None
        return m is not None and m.group(1).lower() in self.roles.representative

    @staticmethod
    def _present_body(descriptor: str, orgs: Sequence[str]) -> bool:
        """Whether an organisation the speaker speaks for is named before any "former" ("Federation President X, a former player")."""
        former = _FORMER_WORD_RE.search(descriptor)
        return former is not None and any(0 <= descriptor.find(org) < former.start() for org in orgs)

    def _named_before_role(self, org: str) -> str | None:
        """The role of the body a bare capitalised kind noun points back at ("Federation President X").

        A one-word "organisation" that is a reference noun ("Federation",
        "Union") names no body of its own: it is the federation the article
        named in full, whose role decides (a sports federation is official, a
        labour federation advocate); none named, the word's own role stands.
        """
        first, *rest = org.split()
        noun = first.lower()
        if noun not in self.roles.references or any(
            w.lower() not in self.roles.representative and w.lower() not in self.roles.title_roles for w in rest
        ):
            return None  # a name of its own ("Police Federation"), not the kind noun and a title
        org = first
        heads = self.roles.reference_heads.get(noun, ())
        for mention in reversed(self.mentions):
            ent = mention.entity
            if ent.kind != "org" or ent.name == org or ent.role == "unknown":
                continue
            words = ent.name.split()
            if org in words or any((h in words) if " " not in h else (h in ent.name) for h in heads):
                return ent.role
        return None

    def _advocacy_org(self, orgs: Sequence[str]) -> bool:
        """Whether one of these organisations campaigns (its role is advocate)."""
        return any((self.org_role(self.fold(org)) or self.org_role(org)) == "advocate" for org in orgs)

    def _head_role(self, plain: str, found: list[tuple[int, str]], orgs: bool) -> str | None:
        """The role the head noun of an appositive settles before the organisations in its prepositional phrases.

        "owner of a bakery across the street from City Hall" is a business
        owner, whatever City Hall is; "a manager at a hardware store near the
        Statehouse" speaks for the store. A head that speaks for an
        organisation ("director of the Ohio Department of Transportation",
        "board member of the Sierra Club") takes the organisation's role: only
        a common noun of known kind right after its preposition decides
        here, else the organisations do, as before.
        """
        first = plain.split(" ; ", 1)[0]
        prep = _HEAD_PREPOSITION_RE.search(first)
        if prep is None:
            return None
        heads = [t for pos, t in found if pos < prep.start()]
        if not heads:
            return None
        head = _SPACES_RE.sub(" ", heads[-1])
        if any(w in self.roles.representative for w in head.split()):
            obj = _LOWER_WORDS_RE.findall(first[prep.end() :].split(",", 1)[0])[:5]
            for k, w in enumerate(obj):
                if w[:1].isupper() or w in _PLACE_PP:
                    break
                # Round AG: a two-word body first ("a spokeswoman for the civil defence",
                # "for the regional ambulance service"), then the word alone.
                want = self.roles.references.get(f"{w} {obj[k + 1]}") if k + 1 < len(obj) else None
                want = want or self.roles.references.get(w)
                if want and want != "any":
                    return want  # "a manager at a hardware store"
                if want and w in self.roles.generic_references and head in _FOUNDER_TITLES:
                    return "advocate"  # "founder of a local anti-vaccine group"
            return None
        # Without an organisation after it, the titles decide as before.
        return self.roles.title_roles.get(head) if orgs else None

    def _relative_role(self, descriptor: str) -> str:
        """The role a relative clause gives ("who owns a bakery": business), else unknown."""
        if "who" not in descriptor.lower():
            return "unknown"
        for role, pattern, objects, named in self.roles.relative:
            m = pattern.search(descriptor)
            if m is None:
                continue
            if named:
                # "who owns the Quik Fuel": a thing owned by its proper name.
                if not _NAMED_OBJECT_RE.match(descriptor, m.end()):
                    continue
            elif objects and not objects & set(_LOWER_WORDS_RE.findall(descriptor[m.end() :].lower())[:6]):
                continue
            return role
        return "unknown"

    # the speaker phrase ------------------------------------------------------------

    def analyse(self, phrase: str, offset: int, sentence: int) -> _Entity | None:
        """Turn a speaker phrase into an entity, resolving pronouns and short names."""
        phrase = _clean_phrase(phrase)
        if phrase[:1].isupper() and phrase.split(None, 1)[0] in _MONTH_WORDS:
            # Round AB events: "In April 2024 the group posted on X": the date the sentence
            # opens with (no comma after it) is no part of the speaker.
            phrase = _LEADING_DATE_RE.sub("", phrase)
        if " by " in phrase or " to " in phrase or " with " in phrase:
            seen = _SEEN_BY_RE.search(phrase)
            if seen and _DOC_NOUN_RE.search(phrase[: seen.start()]):
                # Round X2: "A leaked memo seen by the Irish Ledger warns": the outlet that
                # saw a document is not its author; the document is read alone.
                phrase = phrase[: seen.start()]
        if phrase in _BARE_PRONOMINALS:
            # Round Y2: '"...," one netizen wrote. Another commented: "..."': a bare
            # "Another" or "Others" stands for an unnamed member of the group before;
            # it names nobody (never a person called "Another").
            return None
        if not phrase or phrase.lower() in _DETERMINERS:
            # "The accused players have been identified as ...": a sentence's capitalised
            # article left alone once its lower-case noun is read off is nobody.
            return None
        if phrase[:2] in ("a ", "an") and _APPOINTEE_OF_RE.match(phrase):
            # "Chief Justice X, a 2017 appointee of former Gov. Y, borrowed ...": the name
            # after "appointee of" is someone else; the described person stands before
            # the comma, out of this phrase, so nobody is read from it.
            return None
        if phrase[:1].islower() or phrase[:1].isdigit() or phrase[:4] in ("Two ", "Thre", "Seve", "Some", "One ") or phrase[:2] in ("A ", "An"):
            anonymous = _ANONYMOUS_GROUP_RE.fullmatch(phrase)
            if anonymous:
                # An anonymous group speaks as itself, with no role: who they are, the
                # outlet withholds ("two people familiar with the vote").
                return _Entity(anonymous.group(1), "group", "unknown", None, False)
        if phrase[:2] in ("a ", "A ") or phrase[:4] in ("one ", "One "):
            words = phrase.split()
            if (
                2 <= len(words) <= 4
                and words[-1][:1].isupper()
                and words[-1].lower() in self.roles.plural_voices
                and all(w.lower() in _SOURCE_MODIFIERS for w in words[:-1])
            ):
                # Round Z: "a senior Conservative said", "one Republican told": a party's member
                # the outlet leaves unnamed is an anonymous source of its own (as "a Home
                # Office source" is), never a person called "Conservative"; whether an officer
                # or a legislator, the text does not say: role unknown.
                return _Entity(" ".join(words[1:]), "group", "unknown", None, True)
        head, _, appositive = phrase.partition(", ")
        if (
            appositive
            and head[:1].isupper()
            and head.rsplit(None, 1)[-1].lower() in self.roles.speaker_nouns
            and not _DETERMINER_OPEN_RE.match(head)
            and " of " not in head
            and " for " not in head
            and 2 <= len(names := appositive.rstrip(".").split()) <= 4
            and all(_NAME_WORD_RE.fullmatch(w) for w in names)
        ):
            # Round AE: "said MUA state secretary, Karen Doyle": the title set off by a
            # comma before the name is read as "MUA state secretary Karen Doyle" (the
            # person speaks, with the body's role), never the body alone.
            phrase = f"{head} {appositive.rstrip('.')}"
            head, appositive = phrase, ""
        if not appositive and head[:1].isupper() and (
            self._plural_noun_group(head) or self._quantified_before(head, offset)
        ):
            # "Friends say he had gone to film the march", "Doctors had said ...",
            # "Several Republicans also accused ...": a sentence-opening plural noun is
            # capitalised only by its place; it is a group, never a person a later
            # "he said" or "she said" could fall on.
            noun = head.rsplit(None, 1)[-1].lower()
            return _Entity(head, "group", self.role_for(self._singular_descriptor(noun, noun)), None, False)
        if head[:2].lower() in ("a ", "an", "on") and (place := _COMMON_NP_IN_PLACE_RE.fullmatch(head)) and (
            # Round AD: "a recall notice from Greenvale Foods": a document's issuer is no place.
            place.group(1).rsplit(None, 1)[-1].lower() not in _DOC_HEADS
        ):
            # "A pediatric cardiology practice in Ridgeport told her ...": the town after
            # "in" is no speaker; the noun phrase before it is, as a group when its noun
            # names people ("a nurse in Ridgeport"), else nobody (a practice, a shop).
            noun = place.group(1).split()[-1].lower()
            if noun in self.roles.speaker_nouns:
                return self.group(place.group(1), place.group(1))
            return None
        if (
            head[:4] == "The "
            and _ONE_CAPITALISED_RE.fullmatch(rest := head[4:])
            and rest not in self.persons
            and rest.lower() not in self.roles.speaker_nouns
            and rest.lower() not in self.roles.title_roles
            and rest not in self.roles.name_titles
            and rest not in self.first_names.female
            and rest not in self.first_names.male
        ):
            # "The Ashfall ransomware crew posted ...": a lone capitalised word after
            # "The" names a thing (a gang, a ship, a band, a brand), never a person a
            # later "she said" could fall on.
            name = self.fold(rest)
            return _Entity(name, "org", self.org_role(name) or "unknown")
        if "-based " in head:
            # "the Monaco-based AIU": the seat before a name is no part of it.
            head = _BASED_BEFORE_NAME_RE.sub("", head)
        if ("s " in head or "s’ " in head or "s' " in head) and (own := _POSSESSOR_BEFORE_NAME_RE.match(head)):
            # "Britain's Holly Brennan", "Ireland's Ciara Doyle": the possessive before a
            # full name is a descriptor (a country, a team, a company), never the name;
            # round Y2: so is a plural one ("the Greens' Tom Farrelly").
            head = head[own.end() :]
        if appositive.startswith("that "):
            # "dismissed the argument of counsel to the governor, Mr. X, that the petitioner
            # failed to ..., describing": a name before a "that" clause is the object of
            # another verb, never the speaker of a cue after it.
            return None
        if appositive.startswith("no ") and _NO_FRIEND_RE.match(appositive):
            # "Sen. Dale Brandt, no friend of labor, said": the aside names no title of his.
            appositive = appositive.partition(", ")[2]
        low = head.lower()
        if not appositive and head in self.roles.seats_of_government and head not in self.persons:
            # "Ottawa says the plan will save ...", "Beijing said": a capital as the whole
            # subject of a cue is its government speaking (official), never a person.
            return _Entity(head, "org", "official")
        if _HANDLE_RE.fullmatch(head):
            return _Entity(head, "person", "unknown")  # a social-media account: whose it is, the text seldom says
        if low in _TIME_NAMES:
            return None  # "He has written to the Premier twice since September asking ..."
        if (
            appositive.startswith("who ")
            and _ONE_CAPITALISED_RE.fullmatch(head)
            and self.persons.get(head, head) == head
            and (at := self.masked.rfind(phrase, max(0, offset - 300), offset)) > 0
            and self.masked[:at].rsplit(None, 1)[-1:] in (["from"], ["in"], ["near"], ["outside"])
        ):
            # "One plumber from Marshford, who asked not to be named, said": the word the
            # phrase was cut at is the speaker's town, never his name. The noun before the
            # town is the (unnamed) speaker, as "a franchise staffer" is, so that a later
            # "he fumed" falls on him and not on a person named paragraphs before.
            town_noun = self.masked[max(0, at - 80) : at].split()[-2:-1]
            if town_noun and _LOWER_WORD_RE.fullmatch(town_noun[0]) and town_noun[0] in self.roles.speaker_nouns:
                return _Entity(town_noun[0], "group", self.role_for(town_noun[0]), None, True)
            return None
        if head[:4].lower() == "the " and _DATED_DOCUMENT_RE.fullmatch(head):
            # "according to the 2022 Census", "the 2024 Annual Report": a year before a
            # capitalised noun names a document or a count, never a person a later
            # "he said" could fall on.
            return None
        if low in _PRONOUNS:
            return self.resolve_pronoun(low, offset, sentence)
        if _AGE_NOUN_RE.match(head):
            # "said the 24-year-old from Darfur, who asked to be identified only as
            # Idris": the name the phrase itself gives, else the latest person named.
            known = _KNOWN_AS_RE.search(phrase) or (
                _KNOWN_AS_RE.search(self.masked, offset, self.doc.sentences[sentence].end)
                if 0 <= sentence < len(self.doc.sentences)
                else None
            )
            if known and known.group(1) in self.persons:
                return self.person(self.persons[known.group(1)])
            return self.person_of_age(head, offset) or self.latest_person(offset)  # "the 34-year-old said"
        if _DEFINITE_PERSON_DESC_RE.search(phrase.lower()) and not self.orgs_in(head):
            # "the 61-year-old lodge owner told the Sun", "The heartbroken mother of three
            # said": a definite description with an age or a parent's count of children
            # points back at the person just named (round R); none named, it stays itself.
            person = self.latest_person(offset)
            if person is not None:
                return person
        if appositive and (
            head[:1].islower()
            or head.partition(" ")[0] in _CAPITAL_ARTICLES
            # "Italy's Undersecretary for the Interior, Nicola Sarti, said": a capitalised
            # office that holds no personal name of its own, with the name after it.
            or (
                not self.roles.name_titles.isdisjoint(head.split())
                and not self._person_tail(_strip_det(head))
            )
            # "... of the All Progressives Alliance (APA), Chief Samuel Orimoloye, warned": the
            # body ends the title read before a titled name; the name is the speaker.
            or (appositive.split(None, 1)[0] in self.roles.name_titles and self._is_org(_strip_det(head)))
        ):
            # "said its founder, Tamara Voss": the title comes first, the name after it;
            # so in "The U.N. humanitarian coordinator for Veloria, Amara Diallo, said".
            name, _, rest = appositive.partition(", ")
            name_words = name.split()
            if (
                2 <= len(name_words) <= 4 and all(_NAME_WORD_RE.fullmatch(w) for w in name_words) and (
                    self._person_tail(name) == name
                )
            ) or _single_name_of_relation(head, name, self.roles) or (
                # "His Excellency, Governor Musa Danjuma, said": an honorific alone, then the
                # titled name in the appositive.
                3 <= len(name_words) <= 6
                and name_words[0] in self.roles.name_titles
                and len(self._person_tail(name).split()) >= 2
            ):
                return self.name_of(name, ", ".join(x for x in (head, rest) if x), offset, sentence)
        bare = _strip_det(head)
        bare_low = bare.lower()
        long_form = self.acronyms.get(bare) if bare.isupper() else None
        if long_form and long_form.split()[-1].lower() in self.roles.title_roles:
            # "the PPRO warned" after "The Police Public Relations Officer in the state, SP
            # Olabisi Adeyefa,": an acronym of an office, not of a body, names its holder;
            # nobody named with it, the office speaks as a description (never a person's name).
            holder = self.latest_titled(long_form.lower(), offset)
            if holder is not None:
                return holder
        if bare_low.endswith("behalf") and (behalf := _ON_BEHALF_RE.search(bare)) and _CHANNEL_NOUN_RE.search(bare):
            # Round AG: "A statement issued on her behalf said": the words are hers, the
            # person the pronoun takes up (none found: nobody, as before).
            return self.resolve_pronoun(_POSSESSIVE_SUBJECT[behalf.group(1).lower()], offset, sentence)
        # "an ICE news release", "a statement from the ACLU": the organisation behind it.
        # The cheap ending test first: the pattern search scans the whole phrase.
        if bare_low.endswith(("release", "statement", "report", "email", "e-mail", "tweet", "post",
                              "letter", "filing", "memo", "announcement", "complaint", "lawsuit",
                              "indictment", "document", "documents", "website", "records", "data", "notice")) and (
            _DOC_NOUN_RE.search(bare)
        ):
            seen = _SEEN_BY_RE.search(bare)
            if seen:
                # Round X2: "A leaked memo seen by the Irish Ledger warns": the outlet that saw
                # a document is not its author; the words before it are the document's.
                bare = bare[: seen.start()]
            m = _SOURCE_OF_RE.search(bare)
            orgs = self.orgs_in(m.group(1)) if m else self.orgs_in(bare)
            if orgs:
                name = self.fold(orgs[-1])
                return _Entity(name, "org", self.org_role(name) or "unknown")
            # "The statement, signed by ..., Alhaji Musa Garba, read": "the statement
            # read" after "a statement signed by X" is X's (documented in the roles lexicon).
            return self.statement_signer(offset, sentence, 2) or self.document_authors(bare_low, offset, sentence)
        if bare_low in self.roles.references or (
            len(bare.split()) == 1 and bare_low in self.roles.references and head != bare
        ):
            # "In a statement signed by his Chief Press Secretary, Comrade X, the government
            # described ...": the body speaks through the statement's signer.
            signer = self.body_signer(offset, sentence)
            if signer is not None:
                return signer
            return self.resolve_reference(bare_low, offset) or self.campaign_before(bare_low, offset) or self.description(bare)
        if head[:4].lower() == "the " and bare_low in self.roles.title_roles and (
            " " not in bare or bare[:1].isupper() or bare_low in self.roles.title_synonyms
        ):
            # "The minister said", "the governor said", "the Prime Minister declared": the
            # latest person named with that title, else (a descriptor for a person just
            # named: "Darren Whitcombe, deputy leader of ...", then "the MP said") the
            # person named in the sentences just before, when nothing says otherwise.
            synonym = next(
                # "President X ... the head of state told reporters": a word for the same office;
                # the description's own role fills a role the name's title left unknown
                # (a bare "President" may head a company; a head of state is official).
                (t for s in sorted(self.roles.title_synonyms.get(bare_low, ())) if (t := self.latest_titled(s, offset))),
                None,
            )
            if synonym is not None and synonym.role == "unknown" and " " in bare_low:
                synonym = replace(synonym, role=self.roles.title_roles[bare_low])
            titled = self.latest_titled(bare_low, offset) or synonym or (
                self.recent_for_title(bare_low, offset, sentence) if bare[:1].isupper() else None
            )
            if titled is not None:
                return titled
        if head == "the President" or head == "The President":
            # Round Z events: "In a Facebook post, the President wrote:" after "President Emilio
            # Santillan ordered ...": the head of state named before (see _HEAD_OF_STATE_RE).
            holder = self.latest_titled("president", offset)
            if holder is not None and holder.role == "official":
                return holder
        if head[:4].lower() == "the " and bare.islower() and len(bare.split()) <= 3:
            # "said the dried-fish vendor, who shared a house ...", "said the retired
            # teacher": a definite description by an occupation (its modifiers before it)
            # points back at the person named in this or the two sentences before, when
            # that person's role does not contradict it (round T); else it stays a noun.
            noun = bare.rsplit(None, 1)[-1]
            if self.roles.title_roles.get(noun) in ("affected", "expert", "media"):
                # Round Z: "the veteran journalist said" after "X, a reporter for ...": media too.
                recent = self.recent_for_title(noun, offset, sentence)
                if recent is not None:
                    return recent
            elif noun in self.roles.epithet_nouns and " " in bare:
                # Round Z: "Afrobeats star X was arrested ... 'I have nothing to hide,' the
                # embattled singer said": an epithet (a modifier and a public figure's noun)
                # is the one person named in this or the two sentences before.
                recent = self.sole_recent_person(offset, sentence)
                if recent is not None:
                    return recent
        held = _TITLE_OFFICE_RE.fullmatch(bare)
        if held and self.roles.title_roles.get(held.group(1).lower()) == "official":
            # "The attorney general’s office said", "the governor's office said": an office
            # named by its holder's title is the speaker, never the body named before it.
            return _Entity(bare, "group", "official")
        office = _POSSESSIVE_OFFICE_RE.fullmatch(bare)
        if office and self.roles.references.get(office.group(1).lower(), "any") != "any":
            # "The Ohio Secretary of State's office", "Dravonia's interior ministry": an
            # office named by its holder or country is the speaker as a whole, never the
            # title inside it read as a person or a common noun.
            return _Entity(bare, "group", self.roles.references[office.group(1).lower()])
        head_words = head.split()
        place = _NOUN_PLACE_RE.match(head) if len(head_words) >= 3 and not _PLACE_PP.isdisjoint(head_words[1:5]) else None
        if place and self._plain_noun(place.group(2), place.group(1), place.group(3), place.group(4)):
            # "Tenants at 1420 Grand Concourse", "a worker at the Peco Foods plant": the
            # noun is the speaker, its place or employer a descriptor.
            return self.group(place.group(1), " ".join(x for x in (bare, appositive) if x))
        # "economist Jane Park of the University of Chicago": the organisation is a descriptor.
        split = _NAME_OF_PLACE_RE.match(bare)
        bare_from = bare  # (the phrase before the split, for the city test below)
        if split and not self._people_of_campaign(split.group(1).rsplit(None, 1)[-1], split.group(2)) and (
            tail := self._person_tail(split.group(1))
        ) and (
            # "The National Centre for Social Research", "the Office for Budget
            # Responsibility": a body's own noun before "for"/"of" makes the whole
            # run one name, never a person "National Centre" with a descriptor.
            split.group(1).rsplit(None, 1)[-1].lower() not in self.roles.references
        ) and (
            (core := self._org_core(split.group(1))) is None
            # "MP Farooq Qureshi of the ... Front", "SDRF Commandant X of ...": an acronym or
            # body before a full name is the person's title, not the speaker.
            or (len(tail.split()) >= 2 and tail not in core)
            # Round AN: "City Council President X of Ward 1": a body's name, a title and a full
            # name read as one run; the title before the name wins over the place after it.
            or (
                len(tail.split()) >= 2
                and core.endswith(" " + tail)
                and core[: -len(tail)].split()[-1] in self.roles.name_titles
            )
        ):
            bare = split.group(1)
            if not (
                _CITY_NAME_RE.fullmatch(split.group(2))
                and bare_from.endswith((" of " + split.group(2), " from " + split.group(2)))
            ):
                appositive = ", ".join(x for x in (split.group(2), appositive) if x)
            # (else round AK: "volunteer Ana Ruiz of Marova City": the city the person is
            # from, written without "the", is no body the person speaks for)
        words = bare.split()
        last = words[-1] if words else ""
        if last[:1].isupper() or (last[:1].isdigit() and len(words) == 1):
            if head != bare and any(p.match(head) for p, _ in self.roles.relations):
                # "His heartbroken partner Kayleigh": the possessive is what makes the noun a
                # relation, so the descriptor keeps it.
                return self.name_of(head, appositive, offset, sentence)
            return self.name_of(bare, appositive, offset, sentence)
        noun = last.lower()
        if noun not in self.roles.speaker_nouns and " of " in bare:
            noun = bare.rsplit(" of ", 1)[0].split()[-1].lower()  # "a mother of two"
        if head.lower().startswith("the ") and len(words) <= 2:
            # "the senator", "the spokesman": the latest person the article gave that title.
            person = self.titled_person(noun, offset)
            if person is not None:
                return person
        # A common-noun speaker: "officials", "a spokeswoman for Peco Foods", "immigration advocates".
        orgs = self.orgs_in(bare)
        # Round AL: "a spokesperson for the city council", "the local police", "for the
        # state-owned airline": up to two lower-case modifiers between "the" and the noun.
        det = len(words) - 2
        while det > len(words) - 4 and det > 0 and words[det].lower() != "the" and words[det].islower():
            det -= 1
        if last.lower() in self.roles.references and not orgs and det >= 2 and words[det].lower() == "the" and (
            words[det - 1].lower() in ("for", "of", "at") and words[det - 2].lower() in self.roles.representative
        ):
            # "A spokeswoman for the carrier said": the spokesperson speaks for the body the
            # noun points back at, with its role (else the noun's), and is never that body.
            body = self.resolve_reference(last.lower(), offset)
            want = self.roles.references[last.lower()]
            ent = self.group(head if head.lower().startswith(("a ", "an ", "one ", "another ", "the ")) else bare, bare)
            if det < len(words) - 2:
                # Round AL: a lower-case kind with its modifiers ("the city council") names a
                # body of that kind; the kind's own two words decide first ("fire service").
                kind = " ".join(words[-2:]).lower()
                want = self.roles.references.get(kind, want)
                body = body if body is not None and (want == "any" or body.role == want) else None
            role = body.role if body is not None and body.role != "unknown" else want if want != "any" else ent.role
            return replace(ent, role=role)
        if not orgs and len(words) >= 2 and head[:4].lower() == "the " and words[-2].islower() and (
            (kind := f"{words[-2]} {last}".lower()) in self.roles.references
        ) and self.roles.references[kind] != "any" and last.lower() not in self.roles.references:
            # Round AL: "the fire service said", "the rescue service said": a kind of two
            # lower-case words is a body of that kind, named before or itself.
            return self.resolve_reference(kind, offset) or _Entity(bare, "group", self.roles.references[kind])
        if last.lower() in self.roles.references and not orgs:
            signer = self.body_signer(offset, sentence)  # "..., Mr X, the state government described"
            if signer is not None:
                return signer
            modifiers = [w for w in words[:-1] if w[:1].isupper()]
            if modifiers:
                # "The Irish government said", "the Indian army": a body its own words place is
                # that body, never the latest of its kind named before (the European Union),
                # unless that one carries the same words ("the Fairmont department").
                named = self.resolve_reference(last.lower(), offset)
                if named is not None and all(w in named.name.split() for w in modifiers):
                    return named
                return self.description(bare)
            return self.resolve_reference(last.lower(), offset) or (
                self.description(bare) if head.lower().startswith("the ") else None
            )
        descriptor = " ".join(x for x in (bare, appositive) if x)
        if noun in ("source", "sources"):
            return self.anonymous_source(bare, head, orgs, offset)
        if orgs and (last.lower() in self.roles.representative or last.lower() in {"officials", "agents", "officers"}):
            org = orgs[-1]
            if " " not in org and org.lower() in self.roles.references and bare.split()[0] == org:
                # "Union officials claimed ...": a common noun capitalised at the head of a
                # sentence names no organisation; one named earlier with that word ("the
                # United Auto Workers union") is meant, else the officials themselves.
                named = next(
                    (
                        m.entity
                        for m in reversed(self.mentions)
                        if m.offset < offset and m.entity.kind == "org" and m.entity.name != org
                        and org in m.entity.name.split()
                    ),
                    None,
                )
                return named or self.group(bare, descriptor)
            name = self.fold(org)
            return _Entity(name, "org", self.org_role(name) or self.role_for(descriptor))
        voiced_body = words[:-1]
        if (
            not orgs and last.lower() in _BODY_VOICES and head.lower().startswith(("a ", "an ")) and len(voiced_body) >= 2
            and all(w[:1].isupper() for w in voiced_body)
            and not any(w.lower() in self.roles.plural_voices or w in self.persons for w in voiced_body)
            and load_gazetteer().names.get(" ".join(voiced_body).lower(), ("", ""))[1] != "place"
        ):
            # Round AB: "a Northline Freight representative told reporters": a capitalised name
            # before the noun is the voiced_body the representative speaks for, as "a spokesperson for
            # X" is X; a voiced_body the lexicon cannot place is unknown, never a legislator
            # ("representative" alone is a congressional title); a place's ("a New York
            # representative") may be a legislator's, so it stays as before.
            name = " ".join(voiced_body)
            return _Entity(name, "org", self.org_role(name) or "unknown")
        if noun not in self.roles.speaker_nouns and not _plural_of_speaker_noun(noun, self.roles):
            return None
        if _GROUP_COUNT_RE.fullmatch(head.split(None, 1)[0]):
            return self.group(head, descriptor)  # "two resident doctors said": the count stays
        return self.group(head if head.lower().startswith(("a ", "an ", "one ", "another ", "the ")) else bare, descriptor)

    def anonymous_source(self, bare: str, head: str, orgs: list[str], offset: int) -> _Entity:
        """An anonymous source ("a Home Office source", "the source"): the source itself, with its body's role.

        The source is not the body's statement, so the speaker is the source
        ("Home Office source"), its role the body's (official), else unknown;
        "the source" points back at the latest source named before.
        """
        if head[:4].lower() == "the " and len(bare.split()) == 1:
            for mention in reversed(self.mentions):
                ent = mention.entity
                if mention.offset < offset and ent.kind == "group" and ent.name.rsplit(None, 1)[-1] in ("source", "sources"):
                    return ent
        words = bare.split()
        while len(words) > 1 and words[0].lower() in _SOURCE_MODIFIERS:
            words = words[1:]  # "a senior Home Office source": the body and the noun name it
        name = " ".join(words)
        role = self.org_role(self.fold(orgs[-1])) if orgs else None
        return _Entity(name, "group", role or "unknown", None, name.endswith("source"))

    def description(self, bare: str) -> _Entity:
        """A definite description no organisation named before answers ("the lodge"): it stays itself.

        The speaker is the description, with the role its noun settles
        ("the union": advocate), never a person carried over from before.
        """
        words = bare.lower().split()
        # Round AL: "the county council": the kind's own two words first ("council" alone is any).
        want = self.roles.references.get(" ".join(words[-2:]), "any") if len(words) > 1 else "any"
        if want == "any":
            want = self.roles.references.get(words[-1], "any") if words else "any"
        return _Entity(bare, "group", want if want != "any" else self.role_for(bare))

    def _plain_noun(self, noun: str, phrase: str, preposition: str, after: str) -> bool:
        """True when ``noun`` + ``preposition`` + ``after`` names a common-noun speaker by place or employer.

        Representatives ("officials at the FBI", "a spokeswoman for Peco
        Foods") speak for the organisation instead, a count after "of" is part
        of the noun ("a mother of two"), and a singular title without a
        determiner is a person's title ("Mayor of London Sadiq Khan").
        """
        low = noun.lower()
        if (
            # Round AC: "Teachers in Nairobi said": a plural the lexicon lists in the singular,
            # before a place ("Centers for Medicare", "Chambers of Trade" are names).
            (
                low not in self.roles.speaker_nouns
                and (preposition in ("of", "for") or not _plural_of_speaker_noun(low, self.roles))
            )
            or low in self.roles.representative
            or low in self.roles.references
        ):
            return False
        if preposition == "of" and self._people_of_campaign(noun, after):
            return False  # "The Families of the Ikorodu Boat Victims Coalition": one name
        if low in {"officials", "agents", "officers"} or (preposition == "of" and _COUNT_RE.match(after)):
            return False
        return low.endswith("s") or phrase.split()[0].lower() in _DETERMINERS

    def _bare_office(self, run: str) -> bool:
        """Whether a capitalised run is an office's title alone ("Chief of Staff", "Prime Minister"), no name in it."""
        words = run.split()
        return (
            len(words) >= 2
            and words[0] in self.roles.name_titles
            and (run.lower() in self.roles.title_roles or all(w in self.roles.name_titles for w in words))
        )

    def _office_holder(self, office: str, offset: int) -> _Entity | None:
        """The latest person named with ``office`` before ``offset`` (an office set off before the name counts), else None."""
        want = office.lower().split()
        for mention in reversed(self.mentions):
            if mention.offset >= offset or mention.entity.kind != "person":
                continue
            words = " ; ".join(self.descriptors.get(mention.entity.name, ())).lower().replace(",", " ").split()
            if any(words[i : i + len(want)] == want for i in range(len(words) - len(want) + 1)) or (
                # "Chief of Staff, Martin Oyelaran announced": the office set off before the name
                self.text.startswith(office + ", ", mention.offset - len(office) - 2)
            ):
                ent = self.person(mention.entity.name)
                role = self.roles.title_roles.get(office.lower())
                return replace(ent, role=role) if role and ent.role == "unknown" else ent
        return None

    def latest_titled(self, title: str, offset: int) -> _Entity | None:
        """The latest person before ``offset`` whose descriptors hold ``title`` as a word or phrase ("Defence Minister"), else None."""
        want = title.rstrip(".").split()
        for mention in reversed(self.mentions):
            if mention.offset >= offset or mention.entity.kind != "person":
                continue
            words = " ; ".join(self.descriptors.get(mention.entity.name, ())).lower().replace(".", " ").split()
            if len(want) == 1:
                if want[0] in words:
                    return self.person(mention.entity.name)
            elif any(words[i : i + len(want)] == want for i in range(len(words) - len(want) + 1)):
                return self.person(mention.entity.name)
        return None

    def recent_for_title(self, title: str, offset: int, sentence: int) -> _Entity | None:
        """The person named in this or the two sentences before, for "the <title>" nobody was named with.

        Copy names a person and then refers to them by an office the
        introduction left out ("Darren Whitcombe, deputy leader of Britain
        Forward, ..." then "the MP said"). Only a person whose own role does
        not contradict the title's is taken (a resident is never "the MP"),
        and only when no other person carries the title; the title's role
        then fills a role the person's descriptors left unknown (a party's
        officer who is "the MP" is a sitting legislator: official).
        """
        want = self.roles.title_roles.get(title)
        if not self._final or want is None:
            return None
        for mention in reversed(self.mentions):
            if mention.offset >= offset or mention.entity.kind != "person":
                continue
            if mention.sentence < sentence - 2:
                return None
            ent = self.person(mention.entity.name)
            if ent.role in (want, "unknown") or (want == "official" and ent.role == "advocate"):
                return replace(ent, role=want)
            return None
        return None

    def statement_signer(self, offset: int, sentence: int, back: int) -> _Entity | None:
        """The person (else body) named right after the latest "signed by"/"statement by" in this or the ``back`` sentences before ``offset``.

        Nigerian, Ghanaian and Kenyan copy gives a statement's author once
        ("In a statement signed by his Chief Press Secretary, Comrade Kayode
        Ojomo, ...") and then quotes "the statement read" or lets the body
        speak ("the government described ..."): the words are the signer's.
        Only a name within 120 characters of the cue counts, so a statement
        whose author is not named stays with its body or nobody.
        """
        if not self._final or "by" not in self.masked[max(0, offset - 1500) : offset]:
            return None
        lo = self.doc.sentences[max(0, sentence - back)].start if 0 <= sentence < len(self.doc.sentences) else offset
        signed = None
        for signed in _SIGNED_BY_RE.finditer(self.masked, lo, offset):
            pass
        if signed is None:
            return None
        hi = min(offset, signed.end() + 120)
        # The body it speaks for may come first ("by the party's Publicity Secretary"): a person wins.
        found = [m.entity for m in self.mentions if signed.end() <= m.offset < hi and m.entity.kind in ("person", "org")]
        person = next((e for e in found if e.kind == "person"), None)
        if person is not None:
            return self.person(person.name)
        return found[0] if found else None

    def document_authors(self, noun: str, offset: int, sentence: int) -> _Entity | None:
        """Who a document speaks for when the article says who wrote or filed it, else None.

        Round X2 (documented in the roles lexicon): "More than 40 head teachers have
        signed an open letter ... 'We can no longer ...,' the letter reads" is the
        signatories' (a group, its role from its noun); "Federal prosecutors ...
        charged ... The indictment says" is the prosecutors' (official). Only this
        sentence and the two before count; a document nobody is said to have
        written stays unknown.
        """
        sents = self.doc.sentences
        if not 0 <= sentence < len(sents):
            return None
        lo = sents[max(0, sentence - 2)].start
        if noun.endswith(("letter", "petition", "statement")):
            signed = None
            for signed in _LETTER_SIGNERS_RE.finditer(self.masked, lo, offset):
                pass
            if signed is None:
                return None
            words = [w for w in signed.group(1).split() if w.lower() not in _QUANTITY_WORDS]
            if not words:
                return None
            group = " ".join(words)
            last = words[-1].lower()
            # The role of one signatory ("vice-chancellors" -> "vice-chancellor").
            one = last[:-3] + "y" if last.endswith("ies") else last[:-1] if not last.endswith("ss") else last
            role = self.role_for(" ".join([*words[:-1], one]).lower())
            return _Entity(group, "group", role, None, False)
        if noun.endswith(("indictment", "charge sheet", "charging document", "criminal complaint")):
            if _PROSECUTORS_RE.search(self.masked, lo, offset):
                return _Entity("prosecutors", "group", "official", None, False)
        if noun in ("tweet", "post"):
            # Round AG: "At 1.37 am, the agency tweeted that the descent had begun. ... 'X,' the
            # tweet said": the tweet is the latest tweeter's of this sentence or the two before.
            stem = "tweet" if noun == "tweet" else "post"
            for idx in range(sentence, max(-1, sentence - 3), -1):
                for a in reversed(self.attributions.get(idx, [])):
                    if a.cue_start < offset and a.cue.startswith(stem) and a.entity is not None:
                        return a.entity
        return None

    def body_signer(self, offset: int, sentence: int) -> _Entity | None:
        """The person who signed the statement this sentence opens with, for a body speaking through it ("the government described")."""
        if "by" not in self.masked[max(0, offset - 300) : offset]:
            return None  # the cheap test first
        signer = self.statement_signer(offset, sentence, 0)
        return signer if signer is not None and signer.kind == "person" else None

    def sole_recent_person(self, offset: int, sentence: int) -> _Entity | None:
        """The one person mentioned in this or the two sentences before ``offset``, else None (none, or two)."""
        found = {
            m.entity.name
            for m in self.mentions
            if m.offset < offset and m.entity.kind == "person" and m.sentence >= sentence - 2
        }
        return self.person(found.pop()) if len(found) == 1 else None

    def person_of_age(self, noun: str, offset: int) -> _Entity | None:
        """The one person introduced before ``offset`` with the age of "the 34-year-old" ("X, 34," or "X (34)"), else None.

        Round Z: "Mireille Tanguay, 34, married Josée Lapointe, 41 ... the
        34-year-old said": the age picks the person, not the order of naming.
        """
        age = re.search(r"\d{1,3}", noun)
        if age is None:
            return None
        text = self.masked[:offset]
        found = {
            full
            for full in set(self.persons.values())
            if " " in full
            and re.search(re.escape(full) + r"(?:\s*,\s*(?:(?:now|aged)\s+)?|\s*\()" + age.group() + r"(?!\d)", text)
        }
        return self.person(found.pop()) if len(found) == 1 else None

    def latest_person(self, offset: int) -> _Entity | None:
        """The latest person mentioned before ``offset`` (for "the 34-year-old", which shows no gender)."""
        for mention in reversed(self.mentions):
            if mention.offset < offset and mention.entity.kind == "person":
                return self.person(mention.entity.name)
        return None

    def titled_person(self, noun: str, offset: int) -> _Entity | None:
        """The latest person mentioned before ``offset`` whose descriptors carry ``noun``."""
        forms = {noun} | {abbr for abbr, full in _TITLE_ABBREVIATIONS.items() if full == noun}
        forms |= self.roles.title_synonyms.get(noun, frozenset())
        for mention in reversed(self.mentions):
            ent = mention.entity
            if mention.offset >= offset or ent.kind != "person":
                continue
            words = set(_DESCRIPTOR_WORDS_RE.findall(" ".join(self.descriptors.get(ent.name, [])).lower()))
            if words & forms:
                return self.person(ent.name)
        return None

    def org_short_form(self, word: str) -> _Entity | None:
        """The organisation the article names in full that ``word`` (one word or more) opens ("Brennan" -> "Brennan Foods"), if one.

        Companies and bodies are called by their first word on later reference;
        a word that opens two different organisations' names tells neither.
        """
        found = {m.entity.name: m.entity for m in self.mentions
                 if m.entity.kind == "org" and m.entity.name.startswith(word + " ")}
        return next(iter(found.values())) if len(found) == 1 else None

    def _one_name_after(self, words: str) -> bool:
        """True when the article writes at most one distinct capitalised word right after ``words``."""
        text, seen, at = self.doc.text, set(), self.doc.text.find(words + " ")
        while at != -1:
            nxt = text[at + len(words) + 1 : at + len(words) + 40].split(None, 1)[:1]
            if nxt and nxt[0][:1].isupper():
                seen.add(nxt[0].rstrip(".,;:"))
            at = text.find(words + " ", at + 1)
        return len(seen) <= 1

    def name_of(self, bare: str, appositive: str, offset: int, sentence: int) -> _Entity | None:
        """A capitalised speaker phrase: a person (titles split off) or an organisation."""
        runs = list(_NAME_RUN_RE.finditer(bare))
        if not runs:
            return None
        run = runs[-1].group().strip(" ,")
        prefix = bare[: runs[-1].start()].strip()
        people = _PEOPLE_OF_BEFORE_RE.search(bare, max(0, runs[-1].start() - 40), runs[-1].start()) if " of " in bare else None
        if people and self._people_of_campaign(people.group(1), run):
            # "Relatives of the Lost Passengers Network said": the run is cut at "of the";
            # the people before it are part of the campaign's name (round Z2).
            run = bare[people.start(1) : runs[-1].start()] + run
            prefix = bare[: people.start(1)].strip()
        if not prefix and len(runs) == 1 and self._bare_office(run):
            # Round AK: "Chief of Staff announced" after "Chief of Staff, Martin Oyelaran
            # announced ...": an office written alone, with no article, is the person
            # the article last named with it (however far back: copy drops the article
            # only for an office it has already filled).
            holder = self._office_holder(run, offset)
            if holder is not None:
                return holder
        if " " not in run and run.lower() in self.roles.speaker_nouns and not prefix:
            # A capitalised common noun at the start of a sentence: "Officials said".
            return self.group(run, " ".join((run, appositive)))
        tail = self._person_tail(run)
        n = len(tail.split())
        run_words = run.split()
        titled = 2 <= n < len(run_words) and (
            run_words[-n - 1] in self.roles.name_titles
            # "Minister for Road Transport Suresh Negi": the portfolio closes a title.
            or (run_words[-n - 1] in self.roles.portfolio_words and ("for" in run_words or "of" in run_words))
        )
        # "Lakeshore Health, which runs both hospitals, said": "which" is never said of a
        # person, so a name nobody introduced as a person is an organisation.
        which = appositive.lower().startswith("which ") and not titled and run not in self.persons
        if (self._is_org(run) and not titled) or which or ("&" in run_words and not titled):
            name = self.fold(run)
            return _Entity(name, "org", self.org_role(name) or self.role_for(" ".join((bare, appositive))))
        tail = tail or run
        lead = run[: len(run) - len(tail)].strip()
        full = self.persons.get(tail) or self.names.get(tail, tail)
        if lead and " " not in tail and full != tail:
            # "Mr Harrow added" after "Jean Harrow" and "her husband Derek (Harrow)": the
            # honorific's gender picks the one of that surname it agrees with. The given
            # name's gender is read first (round W: "Mr Radley" after "Jason Radley" and
            # his late wife "Emma Radley" must not make Emma a man), and the first pass
            # picks too, so that no "Mr" is ever filed among the wrong person's words.
            want = "m" if lead.lower() in ("mr", "mr.") else "f" if lead.lower() in ("mrs", "mrs.", "ms", "ms.", "miss") else None
            if want and self._given_gender(full) not in (None, want):
                other = [
                    f for k, f in self.persons.items()
                    if k == f and f.split()[-1] == tail and (self._given_gender(f) or self.person(f).gender) == want
                ]
                if len(other) == 1:
                    full = other[0]
        if full == tail and self.given.get(tail) and (" " not in tail or tail.count(" ") == 1) and not self._given_shared(tail):
            # "Leanne, 41, told The Sun": tabloids and local papers name people the story is
            # about by first name on later reference; a surname (above) wins, and a first
            # name two people share names nobody.
            full = self.given[tail] or tail
        if " " not in tail and tail not in self.persons:
            # A single capitalised word nobody introduced: a known organisation, or a bare surname.
            if self._is_org(tail):
                name = self.fold(tail)
                return _Entity(name, "org", self.org_role(name) or "unknown")
            short = self.org_short_form(tail) if full == tail else None
            if short is not None:
                # "Brennan insisted" after "Brennan Foods": the company; but after "For
                # Rachel Osei, who runs Osei Aviation Safety Group," a bare "Osei" is the
                # person the article named in full (``full`` found her), not her firm.
                return short
        elif tail.count(" ") == 1 and full == tail and tail not in self.persons and not lead:
            # Round AN: "Blue Ridge said" after "the Blue Ridge Mining Corporation": a body's
            # first two words on later reference, when no person has that name and the
            # article writes only one capitalised word after them ("Prairie Valley Health",
            # "Prairie Valley Medical Center": which is meant is not known; "Ivan Ramos of
            # Mexico City" is a person from a place, no body's name).
            short = self.org_short_form(tail)
            if short is not None and short.name[len(tail) + 1 : len(tail) + 2].isupper() and self._one_name_after(tail):
                return short
        if prefix and self._kind_noun_before(prefix) and self.roles.name_titles.isdisjoint(lead.split()):
            # "The rescue charity Open Waters Watch said", "the aviation firm Skyreach":
            # a name its own kind noun introduces is an organisation, never a person.
            name = self.fold(run)
            return _Entity(name, "org", self.org_role(name) or self.role_for(prefix))
        # Joined with a comma so a title and the place after it ("Mayor", "Dayton")
        # never read as one capitalised name.
        if prefix and lead and prefix[-1:].islower():
            # "freshman Sen. Jane Doe": a lower-case word before the title modifies it.
            prefix, lead = f"{prefix} {lead}", ""
        descriptor = ", ".join(x for x in (prefix, lead, appositive) if x)
        if "'s " in descriptor or "’s " in descriptor or "its " in descriptor.lower():
            ref_role = self.reference_role(descriptor, offset, sentence)
            if ref_role:
                self.person_roles.setdefault(full, ref_role)
        self.add_person(full, descriptor)
        return self.person(full)

    def _kind_noun_before(self, prefix: str) -> bool:
        """True when ``prefix`` ends in a lower-case noun of an organisation's kind ("rescue charity", "the firm")."""
        last = prefix.rsplit(None, 1)[-1]
        return last.islower() and last in self.roles.kind_nouns

    def _given_shared(self, given: str) -> bool:
        """True when the article writes ``given`` before two different surnames ("Leanne Platt and Leanne Moss").

        Only the subject of such a pair is registered as a person, so the
        registry alone would give a bare "Leanne" to the first; the text,
        read once, shows the name is shared and names nobody (round AA).
        """
        if given not in self.first_names.female and given not in self.first_names.male:
            return False  # only a listed first name registers people on sight
        if self._given_surnames is None:
            pairs: dict[str, set[str]] = {}
            for m in _GIVEN_SURNAME_RE.finditer(self.masked):
                pairs.setdefault(m.group(1), set()).add(m.group(2))
            self._given_surnames = pairs
        return len(self._given_surnames.get(given, ())) > 1

    def _seats_before_names(self) -> list[str]:
        """Each seat word of "member for <Seat> <Given> <Surname>" (the MP's constituency), for _read_person_tail."""
        seats: list[str] = []
        for m in _MEMBER_FOR_RE.finditer(self.masked):
            words = m.group(1).split()
            for k in range(1, len(words) - 1):
                if words[k] in self.first_names.female or words[k] in self.first_names.male:
                    seats.extend(words[:k])
                    break
        return seats

    def _person_tail(self, run: str) -> str:
        """The personal name at the end of a capitalised run, after titles and organisations."""
        tail = self._tail_memo.get(run)
        if tail is None:
            tail = self._tail_memo[run] = self._read_person_tail(run)
        return tail

    def _read_person_tail(self, run: str) -> str:
        words = run.split()
        if len(words) > 1 and words[0] in _OPENING_ADVERBS:
            words = words[1:]  # "But Snyder", "And Pell": the opening conjunction is no name
        if run.lower() in self.roles.org_names or run in self.acronyms or (
            "&" in words and self.roles.name_titles.isdisjoint(words[len(words) - words[::-1].index("&") :])
        ):
            # "Food & Drink Producers Ireland", "Marks & Spencer": no person's name; but a
            # title after the body ("Cordell Fire & Rescue Battalion Chief Luis Ortega")
            # opens one.
            return ""
        if words and (words[-1].isdigit() or words[-1].lower() in self.roles.references):
            # "Lodge 44", "Local 1199": a number ends no personal name, nor does the
            # noun of an organisation ("Leeds City Council", "Lakeshore Group").
            return ""
        tail: list[str] = []
        # "Minister of State for Road Transport Suresh Negi": after "for"/"of" in the
        # run, portfolio words end the name read from the right.
        portfolio = self.roles.portfolio_words if ("for" in words or "of" in words) else frozenset()
        last = len(words) - 1
        for i in range(last, -1, -1):
            w = words[i]
            if i == last and i and w in self.roles.name_titles and self._title_as_surname(words):
                tail.append(w)  # "Dr Imran Sheikh", "John Major": a title word after the given name is the surname
                continue
            j = i - 1
            while j > 0 and words[j].lower() in _PARTICLE_WORDS:
                j -= 1  # "de la Fuente": the given name is before the whole particle run
            if (
                tail
                and w.lower() in _PARTICLE_WORDS
                and j >= 0
                and _NAME_WORD_RE.fullmatch(words[j]) is not None
                and words[j] not in self.roles.name_titles
                and words[j].lower() not in _CONNECTORS
                and words[j] not in self.roles.org_words
            ):
                # "Harriet Van der Linde", "Khalid bin Rashid": a particle between a given
                # name and the surname belongs to the name ("Van der Linde" after a title
                # stays a surname read by the lines below).
                tail.append(w)
                continue
            if (
                w in self.roles.name_titles
                or (len(tail) >= 2 and w in portfolio)
                or w in self.roles.org_words
                or w.rstrip(".,") in self.roles.org_words
                or w in self.acronyms
                or (_ACRONYM_RE.fullmatch(w) is not None and len(w) >= 2)
                or w.lower() in _CONNECTORS
                or w.lower() in self.roles.org_names
                # "Neighbor Tom Whitaker", "Nurse Daniel Ortiz": a title word
                # before a name is not part of it (but "Glenn Farmer" keeps
                # his surname: only a word left of the name is a title).
                # Round AJ: never after a particle ("Mansour bin Sultan Al Fahdi": a father's
                # name that is also a title, "sultan", belongs to the name).
                or (tail and w.lower() in self.roles.speaker_nouns and not (i and words[i - 1].lower() in _PARTICLE_WORDS))
                # Round AE: "member for Fremantle Joanna Pike": the seat before the name.
                or (len(tail) >= 2 and w in self.seats)
                # Round AG: "said Kenyan Amos Kiprono", "South African Nia Brandt insists": a
                # nationality before a full name describes the person, no part of the name.
                or (len(tail) >= 2 and w.lower() in self.demonyms)
                # Round Z events: "Even Marc Lebrasseur, leader of the UFDT,": an adverb that
                # opens the sentence is no given name.
                or (tail and w in _ADVERB_OPENERS and i == 0)
                # "Britain's Holly Brennan": a possessive before the name is its descriptor.
                or (tail and w.endswith(("'s", "’s")))
                # Round Y2: "the Greens’ Tom Farrelly": so is a plural one.
                or (tail and w.endswith(("s'", "s’")))
                # "Mum-of-three Kerry Atkins": a speaker noun joined to a count is a title too.
                or (tail and (c := _COMPOUND_NOUN_RE.match(w)) is not None and c.group(1).lower() in self.roles.speaker_nouns)
            ):
                break
            tail.append(w)
        tail.reverse()
        if len([w for w in tail if w.lower() not in _PARTICLE_WORDS]) > 4 or not tail:
            return ""
        if tail[0] in _NAME_PREPOSITIONS:
            # "Black Sash Trust Against Poverty", "Doctors Without Borders": a capitalised
            # preposition opens no personal name; the run is a body's name.
            return ""
        stop = words[len(words) - len(tail) - 1] if len(tail) < len(words) else ""
        if (
            stop[:1].isupper()
            and stop.endswith("s")
            and not (stop.endswith("ss") and stop in self.roles.name_titles)
            and stop.lower() in self.roles.speaker_nouns
        ):
            # "Families Speak Out", "Survivors Speak Colorado", "Parents Against Knife
            # Crime": a plural noun of people before capitalised words names a group
            # (a title before a person's name is singular: "Nurse Daniel Ortiz"; "Seaman
            # First Class X": a title in -ss is no plural; "Global Witness International"
            # stays a body's name, "Witness" being no title before names).
            return ""
        if len(tail) < len(words) and words[len(words) - len(tail) - 1].lower() in _CONNECTORS:
            if len(tail) >= 3:
                return " ".join(tail[1:])  # "Secretary of State Antony Blinken"
            return ""  # "ACLU of Mississippi": a place after "of" is not a person
        return " ".join(tail)

    def _title_as_surname(self, words: list[str]) -> bool:
        """True when the run's last word, a title word, closes a personal name (round AC).

        A title stands before a name, never after it, so a title word right after
        a given name is a surname ("Imran Sheikh", "Kate Bishop"): the given name
        is a listed first name, or it follows a title of its own ("Dr Imran
        Sheikh"). "Deputy Police Chief" and "Prime Minister" keep their title.
        """
        given = words[-2]
        if (
            _NAME_WORD_RE.fullmatch(given) is None
            or given in self.roles.name_titles
            or given in self.roles.org_words
            or given in self.roles.portfolio_words
            or given.lower() in self.roles.speaker_nouns
        ):
            return False
        names = self.first_names
        return given in names.male or given in names.female or (len(words) > 2 and words[-3] in self.roles.name_titles)

    def add_person(self, full: str, descriptor: str) -> None:
        """Register a person (and their surname) with a descriptor."""
        if "&" in full.split():
            return  # "Food & Drink Producers Ireland": an organisation, whatever title came before it
        self.persons.setdefault(full, full)
        parts = full.split()
        if len(parts) > 1:
            surname = parts[-1]
            if surname.lower() in {"jr.", "jr", "sr.", "sr", "ii", "iii"} and len(parts) > 2:
                surname = parts[-2]
            self.persons[surname] = full
            particles = [i for i in range(1, len(parts) - 1) if parts[i].lower() in _PARTICLE_WORDS]
            if particles:
                # "Van der Linde told reporters", "de la Fuente wrote": the particles open
                # the surname on later reference, capitalised at a sentence's start or not.
                long_surname = " ".join(parts[particles[0] :])
                self.persons[long_surname] = full
                self.persons[long_surname[:1].upper() + long_surname[1:]] = full
            if len(parts) >= 3 and all(_NAME_WORD_RE.fullmatch(w) and not w.endswith(".") for w in parts[-2:]) and (
                parts[-2].lower() not in _PARTICLE_WORDS
            ):
                # "Finance Minister Carolina Ibáñez Soto" ... "Ibáñez Soto said": a double
                # (Spanish, Portuguese) surname is named on later reference by both words.
                pair = " ".join(parts[-2:])
                if self.persons.get(pair) == pair:
                    # "Referee Quintero Ruiz" in a deck, then "José Manuel Quintero Ruiz": the
                    # double surname met first alone is this person's short form.
                    self.persons[pair] = full
                    self.descriptors.setdefault(full, []).extend(
                        d for d in self.descriptors.get(pair, []) if d not in self.descriptors.get(full, [])
                    )
                else:
                    self.persons.setdefault(pair, full)
                first = parts[-2]
                if first not in self.first_names.female and first not in self.first_names.male and (
                    first not in self.roles.name_titles
                ):
                    # "Ing. Carlos Mendoza Ruiz" ... "Mendoza said": Spanish and Portuguese copy
                    # names a person later by the first (paternal) surname alone.
                    self._first_surnames.setdefault(first, set()).add(full)
            if len(parts) == 2 and _KOREAN_GIVEN_RE.fullmatch(parts[1]):
                # "Park Ji-hoon" ... "Park said": a hyphenated Korean given name after the
                # family name, which names the person on later reference.
                self.persons.setdefault(parts[0], full)
            given = parts[0]
            if _NAME_WORD_RE.fullmatch(given) and not given.endswith("."):
                self.given[given] = full if self.given.get(given, full) == full else None
            if len(parts) >= 3 and all(_NAME_WORD_RE.fullmatch(w) and not w.endswith(".") for w in parts[:3]) and (
                parts[1].lower() not in _PARTICLE_WORDS
            ) or len(parts) >= 4 and all(_NAME_WORD_RE.fullmatch(w) and not w.endswith(".") for w in parts[:2]) and (
                parts[2].lower() in _PARTICLE_WORDS
            ):
                # "Ram Bahadur Thapa" ... "Ram Bahadur said", "Krishna Prasad", "Mary Ann":
                # a two-word given name (Nepali, Indian, some English) names the person
                # on later reference, as a one-word given name does. Round AM: so do the
                # first two words of a longer name ("Ahmad Faizal Hamdan Yusof" ... "Ahmad
                # Faizal said", "Abdul Rahman bin Mohamad" ... "Abdul Rahman said"), the
                # given name of Malay, Indonesian and Arabic names.
                pair = " ".join(parts[:2])
                self.given[pair] = full if self.given.get(pair, full) == full else None
        if descriptor:
            self.descriptors.setdefault(full, [])
            if descriptor not in self.descriptors[full]:
                self.descriptors[full].append(descriptor)

    def _given_gender(self, full: str) -> str | None:
        """The gender the first-names lexicon gives a full name's given name, else None."""
        first = full.split(None, 1)[0]
        return "f" if first in self.first_names.female else "m" if first in self.first_names.male else None

    def person(self, full: str) -> _Entity:
        """The entity of a registered person, with role and gender from all descriptors."""
        desc = " ; ".join(self.descriptors.get(full, []))
        # Asked for every mention and every pronoun: read once per name and descriptors.
        key = (full, desc, self.person_roles.get(full, ""))
        ent = self._person_memo.get(key)
        if ent is None:
            ent = self._person_memo[key] = self._read_person(full, desc)
        return ent

    def reference_role(self, descriptor: str, offset: int, sentence: int) -> str | None:
        """The role of the organisation a possessive title points at ("the group's founder"), if it can be told.

        A founder, director or head speaks for the organisation, so the role is
        the organisation's: the noun itself when it settles it ("the company's":
        business), else the organisation it refers to (the latest one named
        before, as for "the company said"), else the kind of organisation the
        article gives nearby ("Streets to Home, a nonprofit that ...": advocate),
        in this sentence first, then the one before.
        """
        m = _POSSESSIVE_REF_RE.search(descriptor)
        if m is None:
            return None
        title_words = m.group(3).lower().split()
        if not any(w in self.roles.representative for w in title_words):
            return None  # "the group's members" are not its voice
        noun = (m.group(1) or "").lower()
        if noun:
            noun = noun if noun in self.roles.references else noun.split()[-1]
            want = self.roles.references.get(noun)
            if want is None:
                return None  # "the mayor's spokesman": a person's, not an organisation's
            if want != "any":
                return want
        # The kind the article gives right there is closer evidence than the
        # latest organisation named: "Streets to Home, a nonprofit ..., asked the
        # council ... said its founder" means the nonprofit, not the council.
        pattern = self.roles.kind_pattern
        if pattern is not None:
            sents = self.doc.sentences
            here = next((s for s in sents if s.index == sentence), None)
            windows = []
            if here is not None:
                windows.append(self.masked[here.start : here.end])
                before = next((s for s in sents if s.index == sentence - 1), None)
                if before is not None:
                    windows.append(self.masked[before.start : before.end])
            for window in windows:
                # Round AL: a kind written in lower case ("a nonprofit", "the city council");
                # capitalised it is part of a name ("Kelsborough City Council"), no kind.
                kinds = [m.group(1) for m in pattern.finditer(window.lower()) if not window[m.start()].isupper()]
                if kinds:
                    return self.roles.references[_SPACES_RE.sub(" ", kinds[-1])]
        ent = self.resolve_reference(noun, offset) if noun else self.resolve_pronoun("it", offset, sentence)
        if ent is not None and ent.role != "unknown":
            return ent.role
        return None

    def _read_person(self, full: str, desc: str) -> _Entity:
        # "His wife, Dana Price": a possessive opening a descriptor is someone
        # else's; the noun after it tells the speaker's gender ("who lost his
        # home" still does).
        # Round X2: "whose son's surgery was postponed": the noun after "whose" is the
        # speaker's relative, and says nothing of the speaker's own gender.
        words = set(_GENDER_WORDS_RE.findall(_WHOSE_NOUN_RE.sub(" ", _POSSESSIVE_LEAD_RE.sub(" ", desc.lower()))))
        gender = "m" if words & _MALE else "f" if words & _FEMALE else None
        if gender is None:
            # The article said nothing: the first name is a weak guess, and a
            # name used by both genders (not listed) stays unknown.
            first = full.split()[0]
            gender = "f" if first in self.first_names.female else "m" if first in self.first_names.male else None
        if gender is None:
            # Round X2: a first name the list lacks ("Marisol", "Thandiwe") still has a
            # gender the article shows ("Ms Okonkwo-Reid", "Quintero took the stand
            # against her employer").
            gender = self._text_gender(full)
        override = self.person_roles.get(full)
        role = override or (self.role_for(desc) if desc else "unknown")
        if role == "unknown" and _LAWYER_RE.search(desc):
            role = self._hiring_client_role(full)
        if role == "unknown":
            role = self._plain_person_role(full)
        return _Entity(full, "person", role, gender)

    def _text_gender(self, full: str) -> str | None:
        """The gender the article's own words give a person: an honorific, else agreeing pronouns after the name.

        "Ms Okonkwo-Reid", "Mr. Vale": the honorific before the surname settles it.
        Otherwise each mention of the name (not a possessive "Vale's") is read up
        to the first "he/she/his/her" later in its sentence, if no quote, other
        person, relative, "who(se)" or new clause comes between ("Quintero took the
        stand against her employer"); the name has a gender only when such pronouns
        all agree. Read once per name.
        """
        if full not in self._text_genders:
            self._text_genders[full] = self._read_text_gender(full)
        return self._text_genders[full]

    def _read_text_gender(self, full: str) -> str | None:
        surname = full.split()[-1]
        if not _NAME_WORD_RE.fullmatch(surname) or surname.endswith("."):
            return None
        if self._honorific_genders is None:
            # One pass over the article: "Ms Okonkwo-Reid", "Mr. Jonah Vale" -> surname's gender.
            self._honorific_genders = {
                h.group(2): "m" if h.group(1) == "Mr" else "f" for h in _HONORIFIC_SURNAME_RE.finditer(self.text)
            }
        honorific = self._honorific_genders.get(surname)
        if honorific:
            return honorific
        votes = set()
        others = {key for key, whose in self.persons.items() if whose != full}
        text = self.text
        at = text.find(surname)
        while at != -1:
            end = at + len(surname)
            here, at = at, text.find(surname, end)
            if (here and _NAME_CHAR_RE.match(text, here - 1)) or _NAME_CHAR_RE.match(text, end):
                continue  # inside a longer word; "Vale's" is skipped too (its apostrophe)
            sent = self.doc.sentence_at(here)
            if sent is None:
                continue
            window = _GENDER_WINDOW_RE.match(self.masked, end, sent.end)  # quoted words masked
            if window is None:
                continue
            # "Brannik has said Velmora will not ... until X is destroyed, and his office
            # said": a main clause coordinated after a comma opens with the name's person
            # again, so each such clause is read as if it followed the name.
            voted = False
            for segment in _COORDINATED_PRONOUN_RE.split(window.group()):
                vote = self._window_gender(segment, others)
                if vote:
                    votes.add(vote)
                    voted = True
            if not voted:
                vote = self._next_sentence_gender(sent, here, end, others)
                if vote:
                    votes.add(vote)
        return votes.pop() if len(votes) == 1 else None

    def _next_sentence_gender(self, sent: Sentence, here: int, end: int, others: set[str]) -> str | None:
        """The gender a next sentence's opening "She"/"He" gives the subject of this one, else None (round Z2).

        "Farmer Bronagh Kilbride lost 22,000 turkeys. She told RTÉ ...": a name
        among the first words of its sentence, with no other person named in
        that sentence or a quote in it, is the one a "She"/"He" opening the
        next sentence of the same paragraph points at.
        """
        k = sent.index + 1
        if k >= len(self.doc.sentences) or self.doc.sentences[k].paragraph != sent.paragraph:
            return None
        if len(self.text[sent.start : here].split()) > 4 or "\x00" in self.masked[sent.start : sent.end]:
            return None
        rest = self.text[sent.start : here] + " " + self.text[end : sent.end]
        if any(w in others for w in _ONE_CAPITALISED_RE.findall(rest)):
            return None
        opening = _PRONOUN_OPENING_RE.match(self.masked, self.doc.sentences[k].start)
        if opening is None:
            return None
        return "f" if opening.group(1) == "She" else "m"

    def _window_gender(self, segment: str, others: set[str]) -> str | None:
        """The gender of the first pronoun in ``segment`` that can be about the person named just before it, else None."""
        blockers = self.roles.relation_words
        words = _WORD_RE.findall(segment)
        for i, w in enumerate(words):
            low = w.lower()
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            if low in ("he", "his"):
                return "m"
            if low == "she" or low == "her" and after[:1].isalpha() and after not in _NOT_AFTER_POSSESSIVE:
                # "against her former employer" (possessive), not "fired her about" or
                # "awards her $7.5 million" (object)
                return "f"
            if low in _SUBJECT_CLAUSE_OPENERS and after not in ("he", "she", "his", "her"):
                # "testified that the two had argued about her job": another subject; but
                # "said that she" keeps to the name's person.
                return None
            if low in blockers or low in ("whose", "who") or (w[:1].isupper() and w in others):
                return None
        return None

    def _hiring_client_role(self, full: str) -> str:
        """The role of the client who hired a lawyer ("The family has hired civil rights attorney NAME"), else unknown."""
        start = self.text.find(full)
        while start != -1:
            sent = self.doc.sentence_at(start)
            if sent is not None:
                hired = _HIRED_BY_RE.search(self.text, sent.start, start)
                if hired:
                    return self.role_for(hired.group(1))
            start = self.text.find(full, start + len(full))
        return "unknown"

    def _plain_person_role(self, full: str) -> str:
        """Affected, for a person named with only an age or a home place, else unknown.

        The weakest evidence, read only when no title, organisation or clause
        decided: news gives an age ("Lena Patrash, 31,") or a home town
        ("Kevin Marsh of Millbrook") for the ordinary people a story is about;
        officials and experts get titles instead. A place that is an
        organisation ("Jane Park of the ACLU") is no home town.
        """
        text = self.text
        start = text.find(full)
        if start != -1:
            # "Tanya Reed has watched 47 seconds of the video that shows her son die":
            # the sentence that introduces the person names her own relative (a
            # pronoun possessor, never another person's "the victim's mother"), and
            # news introduces a relative of the person a story is about this way.
            rest = _SENTENCE_REST_RE.match(text, start + len(full))
            if rest and _own_relation_pattern(self.roles.relation_words).search(rest.group()):
                return "affected"
        while start != -1:
            end = start + len(full)
            if _AGE_APPOSITIVE_RE.match(text, end) or _AGE_END_RE.match(text, end):
                return "affected"
            place = _OF_PLACE_AFTER_RE.match(text, end)
            if place and (not self.orgs_in(place.group(1)) or _CITY_NAME_RE.fullmatch(place.group(1).rstrip(" ,."))):
                return "affected"  # round AK: "of Marova City" is a home city, no body
            start = text.find(full, end)
        # "Moloney, now 54, told ...": the age may come with the surname alone, later on.
        surname = full.split()[-1]
        if surname != full and self.persons.get(surname) == full:
            # Each whole-word occurrence of the surname, left to right (found with str.find:
            # a pattern compiled per surname cost more than the reading).
            at = text.find(surname)
            while at != -1:
                end = at + len(surname)
                if (at and _NAME_CHAR_RE.match(text, at - 1)) or _NAME_CHAR_RE.match(text, end):
                    at = text.find(surname, at + 1)
                    continue
                # the surname standing alone: "Tyler Brooks, 16" is another Brooks
                if _AGE_APPOSITIVE_RE.match(text, end) and not _NAME_BEFORE_RE.search(text, max(0, at - 40), at):
                    return "affected"
                at = text.find(surname, end)
        return "unknown"

    def _closes_reported_clause(self, offset: int, sentence: int) -> int | None:
        """The start of the sentence whose reported clause a trailing pronoun cue at ``offset`` closes, else None.

        "A student who gets a first dose can return to class, she said.": the
        clause before a trailing cue is what was said, and its noun phrases
        are never who said it; the speaker is found before that sentence.
        """
        sents = self.doc.sentences
        here = sents[sentence] if 0 <= sentence < len(sents) else None
        if (
            here is not None
            and here.start < offset <= here.end
            and _TRAILING_PRONOUN_CUE_RE.match(self.masked, offset, here.end)
            and _COMMA_PRONOUN_RE.search(self.masked, max(here.start, offset - 12), offset)
        ):
            return here.start
        return None

    def resolve_pronoun(self, pronoun: str, offset: int, sentence: int) -> _Entity | None:
        """He/she: the latest person named; it: the latest organisation; they: a recent group."""
        want = _PRONOUNS[pronoun]
        if want in ("m", "f") and self._final:
            return self._resolve_personal(want, offset, sentence)
        if want in ("m", "f"):
            offset = self._closes_reported_clause(offset, sentence) or offset
        for mention in reversed(self.mentions):
            if mention.offset >= offset:
                continue
            ent = mention.entity
            if want in ("m", "f"):
                if ent.kind == "group" and ent.singular and ent.gender in (None, want) and sentence - mention.sentence <= 2:
                    # "One driver, who asked not to be named, said ... "I haven't ...," he said."
                    # Round X: only close by; an unnamed voice ("the insider warned") is not
                    # what a "he wrote on Instagram" paragraphs later points back to.
                    return ent
                if ent.kind != "person":
                    continue
                ent = self.person(ent.name)
                if ent.gender and ent.gender != want:
                    continue
                if ent.gender is None and not self._pronoun_person(ent.name):
                    continue  # round Y: a country or a company is never "he"/"she"
                return ent
            if want == "o" and ent.kind == "org":
                return ent
            if want == "p" and ent.kind in ("org", "group") and sentence - mention.sentence <= 2:
                return ent
        return None

    def trailing_attribution(self, span: QuoteSpan) -> _Attribution | None:
        """The attribution a sentence of its own gives the quote that ends the sentence before.

        '"... what happened in those 40 seconds?" Barrett said in a
        statement.': the splitter ends a sentence at '?"' or '!"' before a
        capitalised word, leaving "Barrett said in a statement." alone. A
        sentence in the same paragraph that holds nothing but a speaker, a cue
        and what may follow a cue without a reported clause (an object, a
        phrase opened by a preposition or a time word, an aside after a comma:
        "Smith asked, pointing at the sign.", "the chief told reporters.")
        attributes the quote right before it. Round AD: a quote that ends in a comma
        and closes its paragraph ('"We can still hear tapping,"' then, in a
        paragraph of its own, "Mine rescue chief X told reporters.") announces
        its attribution: a lost line break put it in the next paragraph.
        """
        if span.close_mark is None:
            return None
        last = span.text.rstrip(" \"\u201d\u2019'")[-1:]
        if last not in (".", "?", "!", "…", ","):
            return None
        close_end = span.close_mark + 1
        doc = self.doc
        end_sent = doc.sentence_at(close_end - 1)
        if end_sent is None or self.text[close_end : end_sent.end].strip():
            return None
        index = end_sent.index + 1
        if index >= len(doc.sentences):
            return None
        sent = doc.sentences[index]
        if "\n" in self.text[close_end : sent.start] and last != ",":
            return None  # a new paragraph opens with its own subject
        atts = self.attributions.get(index)
        if not atts:
            return None
        att = atts[0]
        if att.entity is None or att.surface is None:
            return None
        lead = self.masked[sent.start : att.cue_start]
        if "\x00" in lead or len(lead.split()) > 12:
            return None
        if not _ATTRIBUTION_TAIL_RE.fullmatch(self.masked, att.cue_end, sent.end):
            return None
        return att

    def _agreeing(self, ent: _Entity, want: str) -> _Entity | None:
        """The entity a "he"/"she" can be (a person, or a singular group) if its gender allows, else None."""
        if ent.kind == "group":
            return ent if ent.singular and ent.gender in (None, want) else None
        if ent.kind != "person":
            return None
        ent = self.person(ent.name)
        if ent.gender is None and not self._pronoun_person(ent.name):
            return None
        return ent if ent.gender in (None, want) else None

    def _pronoun_person(self, name: str) -> bool:
        """Whether a capitalised run of unknown gender can be the person a "he"/"she" means.

        Round Y: "Dorvania is still expected to file a complaint. '...,' he told
        ...": a run read as a person for want of a cue may be a country, a city or
        a company. A person a pronoun points back at has been named in full (two
        words or more) and that name does not end in a word of a body's name
        ("Harlow Resources", "Kestrel Minerals"); a surname alone resolves to the
        full name before it is tested here.
        """
        words = name.split()
        if name in self.roles.seats_of_government:
            return False
        if len(words) < 2:
            # "Gowda, 71, conceded defeat": a single name the article describes (an age,
            # an appositive) is a person; one it only uses as a subject may be a place.
            return bool(self.descriptors.get(name))
        last = words[-1].rstrip(".,")
        return last not in self.roles.company_name_words and last not in self.roles.org_words

    def sentence_subject(self, sentence: int, offset: int) -> _Entity | None:
        """Who a sentence is about: the speaker of its first cue, else the mention that opens it.

        "She said she had seen no violence" is about whoever "She" is (read
        before, sentence by sentence); "Tamara Greene, the council member who
        represents the ward where Tate lived, was at the vigil" is about Tamara
        Greene, not Tate. Only what lies before ``offset`` counts.
        """
        sent_start = self.doc.sentences[sentence].start
        for a in self.attributions.get(sentence, []):
            if a.cue_start >= offset:
                break
            if a.entity is not None and a.entity.kind in ("person", "group"):
                if _SUBORDINATE_OPEN_RE.match(self.masked, sent_start, a.cue_start):
                    # "On Tuesday, as Premier X stood there and promised '...', Mr Radley
                    # told the Mail ...": a cue inside an opening "as"/"when"/"while"
                    # clause is not what the sentence is about; the main clause's is.
                    continue
                return a.entity
        mentions = self._by_sentence.get(sentence)
        if not mentions or mentions[0].offset >= offset:
            return None
        first = mentions[0]
        owned = _OWNED_NOUN_RE.match(self.masked, first.offset)
        if first.entity.kind == "person" and owned and any(
            w.lower() in self.roles.relation_words or w.lower() in self.roles.speaker_nouns
            for w in owned.group(1).split()
        ):
            # "Jaylen’s girlfriend, Amaya Brooks, was ...", "Holt's lawyer said": the
            # sentence is about the relative or representative, not the possessor
            # (but "Marquardt’s ruling rejected ..." is about Marquardt).
            return None
        lead = self.masked[self.doc.sentences[sentence].start : first.offset]
        return first.entity if _SUBJECT_LEAD_RE.fullmatch(lead) and not (
            _FINITE_AUXILIARIES & set(lead.lower().split())
        ) else None

    def _resolve_personal(self, want: str, offset: int, sentence: int) -> _Entity | None:
        """He/she: the subject of the nearest sentence that has an agreeing one, else its latest agreeing person.

        Read sentence by sentence backwards from the pronoun: a person the
        previous sentences are about wins over a name or a role phrase
        mentioned in passing there ("where Tate lived", "its manager, Richard
        Stone"), and a sentence with nobody who agrees is passed over.
        """
        first = sentence - 1 if self._closes_reported_clause(offset, sentence) is not None else sentence
        sents = self.doc.sentences
        fallback: _Entity | None = None
        for s in range(first, -1, -1):
            subject = self.sentence_subject(s, offset)
            if subject is not None and s < first and (
                (subject.kind == "group"
                 and _DEFINITE_PERSON_DESC_RE.match(self.text[sents[s].start : sents[s].start + 60].lower()))
                or _NO_COMMENT_RE.search(self.masked, sents[s].start, sents[s].end)
            ):
                # "Mr X owns a shop. The father of four opened it in 2001. '...,' he
                # said.": a definite description points back at the person named
                # before; the sentences before it decide. "An FBI spokesperson
                # declined to comment.": who said nothing is not the "she" who speaks.
                continue
            # Round AF part 2: an indefinite one of the pronoun's gender ("A Somali woman
            # wept as she held up ...") brings in someone new, close by: she is the "she"
            # that follows, over a person named before (no yielding as below).
            if (
                subject is not None and subject.kind == "group" and s < sentence
                and not self.attributions.get(s)
                and not (subject.gender == want and sentence - s <= 2 and _INDEFINITE_OPEN_RE.match(self.masked, sents[s].start))
            ):
                # Round AD: "The former president, 71, sat in the dock ... '...,' he said.": an
                # unnamed description that opens a sentence with no cue (it says nothing
                # there) yields to a person named before ("The midfielder had been dropped.
                # '...,' he said." after Chidi Okafor spoke); with nobody named who agrees it
                # is the "he"/"she" ("The athlete ... thanked her coach. '...,' she said").
                if fallback is None and sentence - s <= 2:
                    fallback = self._agreeing(subject, want)
                subject = None
            if subject is not None and subject.kind == "group" and sentence - s > 2:
                # Round X: an unnamed voice ("the insider warned") takes a pronoun only
                # close by; round X2 keeps that rule here too (a "he wrote on Instagram"
                # paragraphs later is someone else's).
                subject = None
            if subject is not None:
                ent = self._agreeing(subject, want)
                if ent is not None:
                    return ent
            opening = _PRONOUN_OPENING_RE.match(self.masked, sents[s].start) if s < first or (
                s == first and offset > sents[s].start + 4
            ) else None
            if opening and _PRONOUNS[opening.group(1).lower()] == want:
                continue  # "She was joined by Councillor X.": the earlier "she" is still the one
            for mention in reversed(self._by_sentence.get(s, ())):
                if mention.offset < offset and mention.entity.kind == "person":
                    ent = self._agreeing(mention.entity, want)
                    if ent is not None:
                        return ent
        return fallback

    def campaign_before(self, noun: str, offset: int) -> _Entity | None:
        """Round AF part 2: "the group" after "X, spokesman for the Save the Meadows group":
        a campaign named by its call (no organisation mention: its name holds "the")
        in this sentence or the one before, an advocate."""
        if noun not in ("group", "campaign", "coalition", "movement"):
            return None
        here = self.doc.sentence_at(offset)
        if here is None:
            return None
        start = self.doc.sentences[here.index - 1].start if here.index else here.start
        found = [m for m in _CAMPAIGN_BODY_RE.finditer(self.text, start, offset) if m.group(2) == noun]
        return _Entity(found[-1].group(1), "org", "advocate") if found else None

    def resolve_reference(self, noun: str, offset: int) -> _Entity | None:
        """"The company", "the agency": the latest organisation of the matching role."""
        want = self.roles.references.get(noun, "any")
        word = noun.capitalize()
        heads = self.roles.reference_heads.get(noun, ())
        for mention in reversed(self.mentions):
            # "the hospital" -> "Mercy General Hospital", "the union" -> "... Workers Union":
            # an organisation whose own name carries the noun wins, or one of its kind
            # named otherwise ("the lodge" -> "Fraternal Order of Police Lodge 44").
            if mention.offset >= offset or mention.entity.kind != "org":
                continue
            words = mention.entity.name.split()
            if word in words or any((h in words) if " " not in h else (h in mention.entity.name) for h in heads):
                return mention.entity
        if noun in self.roles.generic_references or noun in self.roles.kind_nouns:
            # "Refugee Action, a national charity, criticised the Home Office. '...,' the
            # group added": a generic noun takes up the body the article described by a
            # kind ("a national charity", "The charity Doras"), over another one named
            # after it in passing; within the last three sentences only.
            here_s = self.doc.sentence_at(offset)
            described = self._described_orgs()
            for mention in reversed(self.mentions):
                ent = mention.entity
                if mention.offset >= offset or ent.kind != "org":
                    continue
                if here_s is not None and mention.sentence < here_s.index - 2:
                    break
                if _strip_det(ent.name) in described and (want == "any" or ent.role in (want, "unknown")):
                    return ent
        if want == "any" and noun not in self.roles.generic_references:
            # "the school" after the sheriff's office: never a different kind of organisation.
            return None
        trade = noun in self.roles.trade_references
        for mention in reversed(self.mentions):
            if trade:
                break  # "the airline" is never the plane maker named before

            ent = mention.entity
            if mention.offset >= offset or ent.kind != "org":
                continue
            if want == "any" or ent.role == want:
                return ent
        here = self.doc.sentence_at(offset)
        for mention in reversed(self.mentions):
            ent = mention.entity
            if mention.offset >= offset or ent.kind != "org" or here is None:
                continue
            if ent.role == "unknown" and mention.sentence >= here.index - 2:
                # "Lakeshore Health, which runs both hospitals, said ... the company said": no
                # organisation of the kind was named, but one of no known kind was, just
                # before; the noun tells its kind.
                return replace(ent, role=want) if want != "any" else ent
            break
        return None

    # scanning ------------------------------------------------------------------

    def _collect(self) -> None:
        """Read every content sentence once: organisations, titled people, attributions."""
        doc = self.doc
        for s in doc.sentences:
            if s.index in self.headlines and not self._caption_name(s):
                continue
            seg = self.masked[s.start : s.end]
            # "Bhagat Singh Rana runs a small dhaba ... He was among the first": a name that
            # opens a sentence the next sentence's "He"/"She" takes up is a person.
            # "Darnell Hughes got to City Hall at 1 p.m. The 58-year-old has held ... He
            # was one of ...": the sentence after, or the one after that in the same
            # paragraph, takes the name up with "He"/"She" or an age noun.
            taken_up = self._taken_up(s.index)
            for m in _NAME_RUN_RE.finditer(seg):
                run = _strip_det(self._trim_run(m.group()))
                if " of " in run:
                    titled = _TITLED_NAME_OF_RE.match(run)
                    if titled and any(w in self.roles.name_titles for w in titled.group(1).split()[:-2]):
                        # "Bishop Peter Halloran of Dunmore", "Rabbi Sarah Cohen of Temple
                        # Beth El": a titled name, then the see or body it serves. Round AN:
                        # the title may close a longer run ("City Council President X of Ward
                        # 1", "County Commissioner X of District 3"): the title wins over the
                        # place after the name.
                        run = titled.group(1)
                    else:
                        # Round AA events: "60-year-old Shantabai Kamble of Khadki": a listed
                        # given name and a surname, then the village or town the person is from.
                        given = _GIVEN_NAME_OF_RE.fullmatch(run)
                        if given and (given.group(2) in self.first_names.female or given.group(2) in self.first_names.male):
                            run = given.group(1)
                start = s.start + m.start()
                tail_words = self._person_tail(run).split()
                if 2 <= len(tail_words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in tail_words):
                    # "coach Nick Sirianni": a later "Sirianni" means him (surnames only, never pronouns).
                    self.names.setdefault(tail_words[-1], " ".join(tail_words))
                # "SB 14", "HB 1523", "Route 9": an acronym with a number after it names a
                # bill, a road or a form, never a body a later "it" could mean.
                numbered = run.isupper() and _NUMBER_AFTER_RE.match(seg, m.end()) is not None
                for piece in self._pieces(run):
                    if self._is_org(piece) and not self._person_tail(piece) and not numbered:
                        name = self.fold(piece)
                        ent = _Entity(name, "org", self.org_role(name) or "unknown")
                        self.mentions.append(_Mention(start, ent, s.index))
                # "Councilmember Lisa Tran and Councilmember David Park": each name on its own.
                offset = m.start() + max(m.group().find(run), 0)
                for part in _NOT_AND_RE.finditer(run):
                    piece = part.group()
                    words = piece.split()
                    tail = self._person_tail(piece)
                    if not tail:
                        continue
                    n = len(tail.split())
                    if len(words) > n and words[-n - 1] in self.roles.name_titles:
                        # "Director Matthew Albence", "Sen. Jane Doe": a titled person.
                        lead = seg[max(0, offset + part.start() - 60) : offset + part.start()]
                        lead = "" if part.start() else self._own_lead(lead.split(",")[-1])
                        set_off = False
                        if not lead and not part.start():
                            np = _TITLE_BEFORE_COMMA_RE.search(seg, max(0, offset - 80), offset)
                            if np and np.group(2).lower() in self.roles.speaker_nouns:
                                lead = np.group(1)
                                # The name is itself the appositive: what follows its
                                # closing comma is the main clause ("..., Comrade X, the
                                # government described"), never a second title.
                                set_off = True
                        # "Mrs Okafor, who has lived on Elm Road for 30 years,": the
                        # relative clause after a titled name describes the person too.
                        after = _APPOSITIVE_AFTER_RE.match(seg[offset + part.end() :])
                        # "Dr Sheikh Hamad, Minister of Human Resources,": a bare office in
                        # capitals after the titled name is his title too (it outranks "Dr").
                        appositive = (
                            after.group(0).strip(" ,")
                            if after and (
                                after.group(1).lower() in ({"who", "whose"} if set_off else {"who", "whose", "a", "an", "the"})
                                or (after.group(1)[:1].isupper() and after.group(1).lower() in self.roles.speaker_nouns)
                            )
                            else ""
                        )
                        # A set-off title keeps its comma ("Secretary, Comrade"): run
                        # together, two capitalised words read as one name.
                        desc = (", " if set_off else " ").join(
                            x for x in (lead, piece[: len(piece) - len(tail)].strip(), appositive) if x
                        )
                        self.add_person(
                            # Round AK: a bare "Chairman X" speaks for the body just named, as
                            # a lower-case "chief executive X" does (_head_of_recent_body); a
                            # capital "President X" is a head of state (round AH), never so.
                            tail,
                            self._head_of_recent_body(desc, s.index)
                            if desc.lower() != "president" and self._body_opens_recent_sentence(s.index)
                            else desc,
                        )
                    else:
                        self._register_person(seg, offset + part.start(), offset + part.end(), piece, tail, taken_up, s.index)
            self._register_subject(seg, s.start, s.index)
            for a in self._attributions_in(s.start, s.end, s.index):
                self.attributions.setdefault(s.index, []).append(a)
        if "er " in self.masked or "is " in self.masked:
            self._kin_given_names()
        for nickname, full in self.nicknames:
            # "Big Mo said": the nickname names the person on later reference.
            if full not in self.persons:
                self.add_person(full, "")
            self.persons[nickname] = self.persons[full]
        if "known " in self.masked:
            # "Remedios Alcantara, 84, known to the whole purok as Lola Medy": the name she is
            # known by names her on later reference ("Lola Medy said"), with or without the
            # form of address before it.
            for m in _KNOWN_BY_RE.finditer(self.masked):
                full, nick = m.group(1), m.group(2)
                if full in self.persons and self.persons.get(nick, nick) == nick and not self._is_org(nick):
                    # (A one-word name the first pass took for a person of its own, from
                    # "Lola Medy said", is this person too.)
                    self.persons[nick] = self.persons[full]
                    title, _, bare_nick = nick.partition(" ")
                    if bare_nick and title in self.roles.name_titles and self.persons.get(bare_nick, bare_nick) == bare_nick:
                        self.persons[bare_nick] = self.persons[full]
        if " as " in self.masked or "first name" in self.masked or " call" in self.masked:
            # "who asked to be identified only as Idris", "who gave only her first name,
            # Amal": a person the article names by one word on purpose; the word is her
            # name for every later "Idris said" and pronoun.
            for m in _KNOWN_AS_RE.finditer(self.masked):
                name = m.group(1)
                if name not in self.persons and not self._is_org(name) and name.lower() not in _TIME_NAMES:
                    self.add_person(name, "")
                    self.given.setdefault(name, name)
        for first, fulls in self._first_surnames.items():
            # Only a first surname one person holds, and that names nobody else on its own
            # ("Harjeet Singh Bains" and "Gurnam Singh Dhillon": "Singh" stays nobody's).
            # (A one-word person the first pass made of "Mendoza said" is this person.)
            if len(fulls) == 1 and self.persons.get(first, first) == first:
                self.persons[first] = next(iter(fulls))
        self._surname_relations()
        # Second pass: every later mention of a known person, for pronouns.
        names = sorted({k for k in self.persons}, key=len, reverse=True)
        if names:
            found = _find_names(self.masked, names, [(s.start, s.end) for s in doc.sentences])
            for s, in_sentence in zip(doc.sentences, found):
                for start, name in in_sentence:
                    self.mentions.append(_Mention(start, self.person(self.persons[name]), s.index))
        for idx, atts in self.attributions.items():
            for a in atts:
                # A pronoun read before everybody was known ("She said", first pass)
                # names no one yet: recording what it fell on would make a role
                # phrase mentioned in passing the latest "person" for every later
                # "she said". Only a group the sentence itself names is a mention.
                if a.entity is not None and a.entity.kind in ("group", "org") and (a.surface or "").lower() not in _PRONOUNS:
                    self.mentions.append(_Mention(a.cue_start, a.entity, idx))
        self.mentions.sort(key=lambda x: x.offset)
        for mention in self.mentions:
            self._by_sentence.setdefault(mention.sentence, []).append(mention)
        self._final = True
        # Re-resolve attributions now that everybody is known (a surname used
        # before the full name, a pronoun after it).
        for idx in list(self.attributions):
            self.attributions[idx] = self._attributions_in(
                doc.sentences[idx].start, doc.sentences[idx].end, idx
            )

    def _kin_given_names(self) -> None:
        """A relative named by given name alone takes the family name of the person he is introduced with.

        "Jean Harrow, 72, ... Her husband Derek, 75, said ... Mr Harrow
        added": tabloids and local papers give a spouse or child by first
        name after the person the story is about; the family name is hers
        (documented in the roles lexicon). Only when the possessive agrees
        with the latest person named with a full name in the 600 characters
        before, whose first name is a known one of that gender ("Her" a
        woman's, "His" a man's), and only for a given name nobody else carries.
        """
        for m in _KIN_GIVEN_RE.finditer(self.masked):
            given = m.group(3)
            if self.persons.get(given, given) != given or self.given.get(given) or given.lower() in _TIME_NAMES or self._is_org(given):
                continue  # a given name already tied to a full name (or no name at all)
            want = "f" if m.group(1).lower() == "her" else "m"
            window = self.masked[max(0, m.start() - 600) : m.start()]
            best, at = None, -1
            # The possessor's first name must be a known one of the possessive's gender
            # ("West Midlands" is no possessor); her descriptors ("her husband") may
            # already mislead the gender read from them.
            names = self.first_names.female if want == "f" else self.first_names.male
            # The nearest person named in full is the possessor; when their first name is not a
            # known one of that gender, nobody is guessed ("Karla Ramírez ... her daughter Daniela"
            # must not take the surname of a judge named further back).
            for key, full in self.persons.items():
                if key != full or " " not in full:
                    continue
                pos = window.rfind(full)
                if pos > at:
                    best, at = full, pos
            if best is None or best.split()[0] not in names:
                # No family name to give: the relative is still a person, known by the given name
                # ("her daughter Daniela", then "Daniela, 9, ... she said").
                self.add_person(given, f"{m.group(1).lower()} {m.group(2)}")
                continue
            full_name = f"{given} {best.split()[-1]}"
            self.add_person(full_name, " ; ".join([f"{m.group(1).lower()} {m.group(2)}", *self.descriptors.get(given, ())]))
            # The bare given name read before now names the relative in full.
            self.persons[given] = full_name
            self.given[given] = full_name

    def _caption_name(self, sent: Sentence) -> bool:
        """Whether a headline-like sentence is a photo caption of one titled name alone ("Prime Minister Dr Lena Okafor.").

        Round AK: a caption names the person with the full title the body then
        shortens ("Dr Okafor said"); it holds no quote and no verb, so reading it
        for people adds the title and nothing else.
        """
        text = sent.text.strip()
        if not text.endswith(".") or text.count(".") > 1 + text.count("Dr.") + text.count("Mr."):
            return False
        run = _NAME_RUN_RE.fullmatch(text[:-1])
        return run is not None and text.split(None, 1)[0] in self.roles.name_titles and len(text.split()) >= 3

    def _taken_up(self, index: int) -> bool:
        """Whether one of the next two sentences of the paragraph opens with He/She or "The N-year-old"."""
        sents = self.doc.sentences
        for nxt in range(index + 1, min(index + 3, len(sents))):
            if "\n" in self.text[sents[nxt - 1].end : sents[nxt].start]:
                return False  # a new paragraph opens with its own subject
            if _NEXT_PRONOUN_RE.match(self.masked, sents[nxt - 1].end):
                return True
            if _NEXT_QUOTE_PRONOUN_RE.match(self.masked, sents[nxt - 1].end):
                # "Tarquin Ashby-Cole waited four hours. "Nobody came," he said.": a quote
                # the next sentence gives to "he"/"she" takes the name up as well.
                return True
        return False

    def _own_lead(self, lead: str) -> str:
        """The words before a titled name that can describe it: none from another person named before.

        "Councilwoman Tara Lund questioned Chief Ron Beck": "Councilwoman"
        is Lund's title, so it gives Beck neither role nor gender; the lead
        starts after the last word of a person already known.
        """
        words = lead.split()
        for i in range(len(words) - 1, -1, -1):
            if words[i].strip(".,;:’'") in self.persons:
                return " ".join(words[i + 1 :])
        return lead.strip()

    def _surname_relations(self) -> None:
        """A person sharing a surname with another named person, where the article says "<Surname>'s <relation>", is a relative.

        "Daniel Okafor, 19, died ... Okafor's sister said ... Grace Okafor
        said": the article names the relation once and the relative by full
        name. Only when two people of that surname are named (with one, the
        possessor is the speaker: "Councillor Joan Pryce ... Pryce's
        husband"), only for a kin or partner noun of `possessive_relations`
        ("Holt's lawyer" makes no Holt a relative), only where the noun's
        gender allows (a "father" is no woman), and never over a role the
        article gives the person ("Sen. Mark Dalton" stays an official).
        """
        by_surname: dict[str, list[str]] = {}
        for key, full in self.persons.items():
            if key == full and " " in full:
                by_surname.setdefault(full.split()[-1], []).append(full)
        shared = {k: v for k, v in by_surname.items() if len(v) > 1}
        if not shared:
            return
        for pattern, role in self.roles.relations:
            for m in pattern.finditer(self.masked):
                owner = _SURNAME_POSSESSOR_RE.match(m.group())
                if owner is None or owner.group(1) not in shared:
                    continue
                noun = m.group().split()[-1].lower()
                want = "m" if noun in _MALE else "f" if noun in _FEMALE else None
                for full in shared[owner.group(1)]:
                    ent = self.person(full)
                    if ent.role == "unknown" and (want is None or ent.gender in (None, want)):
                        self.person_roles.setdefault(full, role)

    def _register_person(
        self, seg: str, lo: int, hi: int, run: str, tail: str, taken_up: bool = False, sentence: int = -9
    ) -> None:
        """Register a name the article introduces with any verb, if something shows it is a person.

        "Union spokesman Dave Reilly disputed that", "Karen Liu, a nurse at
        Mercy General Hospital, described ...", "Her daughter, Abena Mensah,
        said ...": the person is known before any "he said", with the title
        words around the name as descriptors (they give the role and gender).
        """
        words = tail.split()
        if len(words) == 1 and not seg[:lo].strip():
            # Round AB events: "The words are Tunde Adeyemi's, ... Adeyemi, an organiser with
            # the Justice for Larkhill campaign, grew up on the estate": a known person's
            # surname opening a sentence with an appositive describes that person.
            full = self.persons.get(tail)
            if full is not None and full != tail and " " in full:
                m = _APPOSITIVE_AFTER_RE.match(seg[hi:])
                if m and m.group(1).lower() in {"a", "an", "who"}:
                    self.add_person(full, m.group(0).strip(" ,"))
            return
        if len(words) == 1:
            # Round AG: "two-time world road champion Aas must sit out": a lower-case title
            # right before a known person's surname describes that person, as before a full name.
            prev = seg[:lo].rstrip().rsplit(None, 1)[-1:]
            full = self.persons.get(tail) or self.names.get(tail) if prev and prev[0].islower() else None
            if full is not None and full != tail and " " in full and prev[0] in self.roles.speaker_nouns:
                self.add_person(full, prev[0])
            return
        if (
            not 2 <= len(words) <= 6
            or not all(_NAME_WORD_RE.fullmatch(w) or (0 < i < len(words) - 1 and w.lower() in _PARTICLE_WORDS)
                       for i, w in enumerate(words))
            or self._is_org(tail)
        ):
            return
        prev_word = seg[:lo].rsplit(None, 1)[-1:] or [""]
        if prev_word[0].lower() in _PLACE_PREPOSITIONS:
            return  # "in Downing Street, the prime minister said": a place, not a person
        if prev_word[0] == "the" and run == tail:
            before_the = seg[:lo].rsplit(None, 2)[-2:-1]
            if before_the and before_the[0].lower() in _PLACE_PREPOSITIONS:
                return  # Round X2: "outside the Old Library", "at the Grand Parade": a place
        nouns = self.roles.speaker_nouns
        lead = run[: len(run) - len(tail)].strip()
        before = seg[:lo]
        after = seg[hi:]
        if lead and before.endswith(" in the "):
            # "Leader of the Opposition in the Assembly Sunita Bhandari", "Chief Whip in the
            # Senate X": the office named with its house is one title before the name.
            office = _OFFICE_IN_HOUSE_RE.search(before)
            if office:
                lead = f"{office.group(1)} in the {lead}"
        # Lower-case title words right before the name: "longtime resident", "union spokesman".
        prefix_words: list[str] = []
        lead_words = before.rsplit(None, 4)[-4:]
        for i in range(len(lead_words) - 1, -1, -1):
            w = lead_words[i]
            if w[:1].isupper() and i == 0 and len(before.split()) == len(lead_words) and (
                w.lower() in nouns or w.lower() in self.roles.references or w.lower() in _OPENING_MODIFIERS
            ):
                # "Campaign attorney Peter Hale", "Former police chief Ed Varga": the
                # sentence's first word is capitalised by its place, not as a name.
                prefix_words.insert(0, w.lower())
                break
            if w[:1].isupper() or w.lower() in _STOP or not _LOWER_WORD_RE.fullmatch(w):
                break
            prefix_words.insert(0, w)
        if prefix_words and self._kind_noun_before(prefix_words[-1]) and self.roles.name_titles.isdisjoint(lead.split()):
            return  # "the rescue charity Open Waters Watch": an organisation (see name_of)
        # Round Z: "Afrobeats star Tomi Adeyemi-Cole was arrested": a public figure's noun
        # before the name marks a person too (it gives no role: see epithet_nouns).
        titled = bool(prefix_words) and (
            prefix_words[-1].lower() in nouns or prefix_words[-1].lower() in self.roles.epithet_nouns
        )
        if titled and prefix_words[0][:1].islower():
            # "City Council member Ray Dunleavy", "Acme board member Jo Li": the capitalised
            # body right before a lower-case title says whom the title speaks for.
            body = _CAPITALISED_TAIL_RE.search(before, 0, max(0, len(before.rstrip()) - len(" ".join(prefix_words))))
            if body:
                prefix_words.insert(0, body.group().strip())
        prefix = " ".join(prefix_words)
        appositive = ""
        m = _APPOSITIVE_AFTER_RE.match(after)
        if m and (m.group(1).lower() in {"a", "an", "the", "who", "whose"} or m.group(1).lower() in nouns):
            appositive = m.group(0).strip(" ,")
        # Only a name set off by commas can follow its noun phrase (the search scans the sentence).
        m_before = _NP_BEFORE_COMMA_RE.search(before) if after.lstrip().startswith(",") else None
        np_before = ""
        if m_before and m_before.group(1).split()[-1].lower() in nouns:
            np_before = m_before.group(1)  # "Her daughter, Abena Mensah,"
        elif before.rstrip().endswith(",") and (after.lstrip().startswith(",") or after.strip() in ("", ".")):
            office = _OFFICE_OF_BEFORE_COMMA_RE.search(before)
            if office and office.group(2).lower() in nouns:
                np_before = office.group(1)  # "the Minister of Labour and Employment, Chris Ngige,"
        elif (
            before.rstrip().endswith(",")
            and (after_words := after.split(None, 1))
            and after_words[0].rstrip(".,;:").lower() in self.cues.forms
            and (np := _TITLE_BEFORE_COMMA_RE.search(before)) is not None
            and np.group(2).lower() in nouns
            and not before[: np.start()].strip(" \x00,\"“”'’")
        ):
            # Round AN: '"...," NCAA's spokesperson, Sam Adebiyi said': a title opening the
            # clause, set off before a name whose closing comma the copy dropped, when the
            # cue follows the name at once.
            np_before = np.group(1)
        if np_before[:4].lower() == "its ":
            # "The Open Ledger Coalition, a crypto advocacy group, said ... Its executive
            # director, Folasade Quiñones-Adeyemi,": "Its" is the organisation named last.
            org = next((x.entity for x in reversed(self.mentions) if x.entity.kind == "org"), None)
            if org is not None:
                np_before = f"{org.name} {np_before[4:]}"
        if not appositive and not seg[:lo].strip():
            # "Lena Marchetti is CEO of Marchetti-Boyd Construction", "Ashdown is one of
            # more than 300 patients whose surgeries were postponed": a sentence that opens
            # with a name and a copula gives the person's title in its predicate.
            pred = _COPULA_PREDICATE_RE.match(after)
            if pred and any(w.lower() in nouns for w in pred.group(1).split()[:8]):
                first, _, rest = pred.group(1).partition(" ")
                # "is CEO of Y": a bare title in capitals is a title, not an acronym of a body.
                appositive = f"{first.lower()} {rest}" if first.lower() in nouns else pred.group(1)
            elif " " in after and (lived := _LIVES_PREDICATE_RE.match(after)):
                # Round AG: "Tane Ruatoka lives next to one of the flooded culverts.": a
                # sentence that opens with a name and where the person lives, what the
                # person survived or lost says who it is, as "who lives ..." does.
                appositive = f"who {lived.group(1)}"
        known_first = words[0] in self.first_names.female or words[0] in self.first_names.male
        # "Stacey Booth, 34, from Crawley": an age after a name is the wire's mark of a person.
        aged = _AGE_AFTER_RE.match(after) is not None
        # The subject name of a sentence the next one continues with "He"/"She".
        opening = taken_up and not seg[:lo].strip() and len(words) >= 2
        if not opening and not seg[:lo].strip() and 2 <= len(words) <= 3 and _PERFECT_AFTER_RE.match(after):
            # Round Z: "Hemi Walker has fished the harbour for thirty years.": a feature
            # introduces its person as the subject of a perfect ("has sold", "had worked",
            # "has been"); a place ("New Zealand has") or a company's name is no person.
            last = words[-1]
            opening = (
                load_gazetteer().names.get(tail.lower(), ("", ""))[1] != "place"
                and last not in self.roles.company_name_words
                and last not in self.roles.org_words
            )
        if not (known_first or lead or titled or appositive or np_before or aged or opening):
            return
        descriptor = " ".join(x for x in (np_before, prefix if titled else "", lead, appositive) if x)
        self.add_person(tail, self._head_of_recent_body(descriptor, sentence))

    def _body_opens_recent_sentence(self, sentence: int) -> bool:
        """Whether this or the sentence before opens with a body as its subject ("Brenlow Ltd will close ...", "The housing charity X opened ...").

        Round AK: a capitalised "Chairman X" is read as the head of the body
        just named only when that body is what the story is about there, not a
        body named in passing ("That date was given to the X Union during ...":
        the chairman is the other side's).
        """
        for here in self.doc.sentences[max(0, sentence - 1) : sentence + 1]:
            text = self.masked[here.start : here.end]
            lead = _OPENING_DESCRIPTION_RE.match(text)
            rest = text[lead.end() :] if lead else text
            run = _NAME_RUN_RE.match(rest)
            if run is None:
                continue
            name = _strip_det(self._trim_run(run.group()))
            if self._is_org(name) or name in self._trade_named() or (lead and lead.group().split()[-1].lower() in self.roles.kind_nouns):
                return True
        return False

    def _head_of_recent_body(self, descriptor: str, sentence: int) -> str:
        """A bare head-of-body title with the body it speaks for ("Chairman" -> "Chairman of Brenlow Ltd"), else the descriptor as it is."""
        if descriptor.lower() not in _BARE_HEAD_TITLES:
            return descriptor
        # "The Trans Sport Alliance ... said ... Chief executive Morgan Reyes said:": a
        # bare head-of-body title speaks for the body named in this or the sentence
        # before (round T), not for a company its title alone would suggest.
        named_body = self._recent_body(sentence)
        if named_body is not None:
            return f"{descriptor} of {named_body}"
        # "The housing charity Shelterline said ... chief executive Polly Adeyemi
        # said": a one-word name its kind noun introduces is no mention yet, but
        # the kind itself says whose head speaks (the charity's, not a firm's).
        kind = self._recent_kind(sentence)
        return f"{descriptor} of the {kind}" if kind is not None else descriptor

    def bare_spokes(self, who: _Entity) -> bool:
        """Whether a speaker is a spokesman named with no body: "a spokesman", or a person whose every title is one (round AQ)."""
        if who.kind == "group":
            return (who.name.split() or [""])[-1].lower() in _SPOKES_NOUNS
        if who.kind != "person":
            return False
        descriptors = self.descriptors.get(who.name, [])
        return bool(descriptors) and all(
            any(w in _SPOKES_NOUNS for w in desc.lower().split()) and not self.orgs_in(desc) for desc in descriptors
        )

    def introduced_at(self, who: _Entity) -> tuple[int, int] | None:
        """The sentence and offset where the article first writes a person's full name (round AQ)."""
        at = self.doc.text.find(who.name)
        sent = self.doc.sentence_at(at) if at >= 0 else None
        return (sent.index, at) if sent is not None else None

    def sole_body_role(self, sentence: int, offset: int) -> str | None:
        """The one role of the bodies named in this sentence (before ``offset``) and the one before (round AQ).

        A body counts by a name with a role or by a lower-case kind ("the coast guard", "police",
        "the company"); a person named there, or two roles, give None.
        """
        roles: set[str] = set()
        for mention in self.mentions:
            if not sentence - 1 <= mention.sentence <= sentence or mention.offset >= offset:
                continue
            if mention.entity.kind == "person" or " and " in mention.entity.name:
                return None  # a person, or two bodies read as one run ("X Fire Service and Y Airways")
            if mention.entity.kind == "org" and mention.entity.role != "unknown":
                roles.add(mention.entity.role)
        pattern = _reference_kinds_re(self.roles)
        for sent in self.doc.sentences[max(0, sentence - 1) : sentence + 1]:
            for m in pattern.finditer(self.masked[sent.start : min(sent.end, offset)].lower()):
                role = self.roles.references.get((m.group(1) or m.group(2)).replace("’", "'"))
                if role is not None and role != "any":
                    roles.add(role)
        return next(iter(roles)) if len(roles) == 1 else None

    def _recent_body(self, sentence: int) -> str | None:
        """The organisation mentioned last, if in this sentence or the one before (first pass: the mentions so far)."""
        for mention in reversed(self.mentions):
            if mention.sentence < sentence - 1:
                return None
            if mention.entity.kind == "org":
                return mention.entity.name
        return None

    def _recent_kind(self, sentence: int) -> str | None:
        """The kind noun of a settled role that introduces a name ("the housing charity Shelterline") in this or the sentence before."""
        pattern = self.roles.kind_pattern
        if pattern is None:
            return None
        sents = self.doc.sentences
        for index in (sentence, sentence - 1):
            here = next((s for s in sents if s.index == index), None)
            if here is None:
                continue
            window = self.masked[here.start : here.end]
            for m in reversed(list(pattern.finditer(window.lower()))):
                # Only a kind noun right before a capitalised name introduces that name.
                if _CAPITALISED_NEXT_RE.match(window, m.end()) and not m.group().endswith("s"):
                    return _SPACES_RE.sub(" ", m.group(1))
        return None

    def _register_subject(self, seg: str, lo: int, sentence: int) -> None:
        """A sentence that opens with a common-noun group ("Officials in the county ...") is a "they"."""
        words = seg.split(None, 3)[:3]
        if not words:
            return
        modified = False
        for i, w in enumerate(words):
            low = w.strip(",.;:").lower()
            if low in _DETERMINERS and i == 0:
                continue
            if low in self.roles.speaker_nouns and low not in self.roles.references and w.strip(",.;:").isalpha():
                phrase = " ".join(words[: i + 1]).strip(",.;:")
                at = seg.find(words[i])
                if w.strip(",.;:").isupper():
                    # "IG Kioko said", "The IG, who toured the CBD, ...": an office's acronym
                    # names its one holder (a title before his name, or him), never a group
                    # a later "he" could fall on.
                    break
                if _PRONOUN_AFTER_NOUN_RE.match(seg, at + len(words[i].rstrip(",.;:"))):
                    # "A retired teacher, he had sold two cows", "The youngest patient he
                    # treated was 15": the noun describes the person "he" is, or is his
                    # object; it is no new speaker for the next "he said".
                    break
                if i + 1 < len(words) and w[:1].isupper() and words[i + 1][:1].isupper() and w[-1:] not in ",.;:":
                    # Round AE: "Justice Alan Pereira read the verdict", "Police Chief Helen
                    # Marsh said": a capitalised title before a name belongs to the person;
                    # it is no group a later "they" could mean.
                    break
                ent = self.group(phrase, phrase)
                self.mentions.append(_Mention(lo + at, ent, sentence))
            elif not modified and i < 2 and w.isalpha() and low not in _STOP and low not in _PRONOUNS:
                modified = True  # "Republican lawmakers", "Local residents": one modifier before the noun
                continue
            break

    def _quantified_before(self, head: str, offset: int) -> bool:
        """Whether a lone capitalised plural ("Republicans") follows a quantifier in the text ("Several Republicans")."""
        if not _ONE_CAPITALISED_RE.fullmatch(head) or head[-1:] != "s" or head in self.persons:
            return False
        at = self.masked.rfind(head, max(0, offset - 200), offset + 1)
        return at > 0 and _QUANTIFIER_BEFORE_RE.search(self.masked, max(0, at - 20), at) is not None

    def _plural_noun_group(self, head: str) -> bool:
        """True for a capitalised plural common noun or a quantified plural ("Doctors", "Several Republicans").

        A quantifier word ("Several", "Many", "Both") before one or two
        capitalised plurals makes a group; a lone word counts only when it is
        the plural of a speaker noun or title the lexicon knows ("Friends",
        "Doctors", "Residents") and no person of that name was introduced
        (so "Banks" after "Tony Banks" stays the person).
        """
        quantified = _QUANTIFIED_PLURAL_RE.fullmatch(head)
        if quantified:
            return True
        if not _ONE_CAPITALISED_RE.fullmatch(head) or head[-1:] != "s" or head in self.persons:
            return False
        known = self.roles.speaker_nouns
        return any(
            w in known or w in self.roles.title_roles or w in self.roles.relation_words or w in self.roles.plural_voices
            for w in _singulars(head.lower())
        )

    def group(self, bare: str, descriptor: str) -> _Entity:
        """A common-noun speaker ("residents", "one driver"), with its number and gender."""
        words = bare.split()
        noun = words[-1].lower() if words else ""
        if " of " in bare and noun not in self.roles.speaker_nouns:
            noun = bare.rsplit(" of ", 1)[0].split()[-1].lower()  # "a mother of two"
        singular = (
            bool(words)
            and words[0].lower() in {"a", "an", "one", "another", "the"}
            and not noun.endswith("s")
            and noun not in _COLLECTIVE
        )
        gender = "m" if noun in _MALE_NOUNS else "f" if noun in _FEMALE_NOUNS else None
        name = _strip_det(bare)
        if len(words) > 1 and noun.endswith("s") and _GROUP_COUNT_RE.fullmatch(words[0]):
            # Round Z2: "Two health officials, who spoke on condition of anonymity, said",
            # "two resident doctors said": an unnamed group keeps its number, as the
            # outlet counts its sources ("two people familiar with the talks").
            name = bare
        if name[:9].lower() in ("unnamed a", "unnamed s", "anonymous") and " " in name:
            # "an unnamed senior party leader said": the word only says the name is withheld.
            name = name.split(" ", 1)[1]
        return _Entity(name, "group", self.role_for(self._singular_descriptor(noun, descriptor)), gender, singular)

    def _singular_descriptor(self, noun: str, descriptor: str) -> str:
        """The descriptor with a plural head the lexicon lists only in the singular made singular.

        Round AD: "Poultry farmers", "Teachers in Nairobi", "Organisers of X" take the
        role of "Poultry farmer", "Teacher in Nairobi", "Organiser of X": the head noun
        decides, never a modifier read alone ("poultry": business).
        """
        if noun in self.roles.speaker_nouns or not noun.endswith("s"):
            return descriptor
        singular = next((w for w in _singulars(noun) if w in self.roles.speaker_nouns), None)
        if singular is None:
            return descriptor
        at = descriptor.lower().find(noun)
        while at >= 0:
            end = at + len(noun)
            if (at == 0 or not descriptor[at - 1].isalnum()) and (end == len(descriptor) or not descriptor[end].isalnum()):
                return descriptor[:at] + descriptor[at : at + len(singular)] + descriptor[end:]
            at = descriptor.lower().find(noun, end)
        return descriptor

    def _cue_sites(self, lo: int, hi: int) -> tuple[list[_CueSite], str | None]:
        """The cues between ``lo`` and ``hi`` with the speaker phrases read around them, and the channel named there.

        Everything here reads the masked text only, so it is read once per
        range: the same sentences are attributed twice (before and after all
        people are known) and the same stretches after a quote more than once.
        """
        key = (lo, hi)
        cached = self._sites.get(key)
        if cached is not None:
            return cached
        masked, roles = self.masked, self.roles
        sites: list[_CueSite] = []
        for m in self.cues.pattern.finditer(masked, lo, hi):
            word = _SPACES_RE.sub(" ", m.group().lower())
            cue = self.cues.forms.get(word)
            if cue is None or (self.cues.not_cues is not None and self.cues.not_cues.match(masked, m.start())):
                continue
            if word == cue.lemma and _NOUN_BEFORE_RE.search(masked, lo, m.start()) and _NOUN_AFTER_RE.match(masked, m.end(), hi):
                # "on the FaceTime call when", "a call that night": a base form after a
                # determiner (and at most one singular capitalised word) that a
                # conjunction, preposition, verb or punctuation follows is the noun,
                # never a cue whose "speaker" would be the product or brand before it.
                continue
            if word != cue.lemma and word.endswith("s") and _PLURAL_NOUN_BEFORE_RE.search(masked, lo, m.start()):
                # Round Z events: "that several member states would resist", "the other claims":
                # a cue's -s form after a quantifier or a noun modifier is the plural noun.
                continue
            surface: str | None = None
            by = (
                _PASSIVE_BY_RE.match(masked, m.end(), hi)
                if not word.endswith("ing") and _PASSIVE_BEFORE_RE.search(masked, max(lo, m.start() - 24), m.start())
                else None
            )
            if by is not None and "\x00" in masked[m.end() : min(hi, by.end() + 120)]:
                # The subject of a passive cue is what was said about; the agent after "by" speaks
                # the quote the cue governs (a passive with no quote in reach, "deaths confirmed
                # by the army.", is left as it was).
                surface = _speaker_after(masked, by.end(), hi, roles)
            elif word != "according to":
                surface = _speaker_before(masked, lo, m.start(), roles)
                if (
                    surface is not None
                    and (citing := _CITING_AFTER_RE.match(masked, m.end(), hi)) is not None
                    and _listed_outlet(surface)
                    and _CITED_NAME_RE.match(masked, citing.end(), hi) is not None
                ):
                    # Round AM: '"...," Reuters reported, quoting the mines minister X': the
                    # person the wire quotes is the speaker, not the wire.
                    surface = _speaker_after(masked, citing.end(), hi, roles) or surface
                if surface is None and word in ("saying", "telling") and (
                    quoted := _QUOTED_AS_RE.search(masked, max(lo, m.start() - 120), m.start())
                ) is not None:
                    # Round AM: "X was quoted (by the Post) as saying", "Bernama quoted X as
                    # saying": the person quoted is the speaker, never the outlet.
                    if quoted.group("obj") is None:
                        surface = _speaker_before(masked, lo, quoted.start(), roles)
                    else:
                        surface = _AS_SAYING_SUBJECT.get(quoted.group("obj").lower()) or _speaker_before(
                            masked, quoted.start("obj"), quoted.end("obj"), roles
                        )
                if m.start() - lo > 4 and (
                    (surface is None and masked[m.start() - 2] in "–—")
                    # Round AQ: a spaced hyphen sets an aside off as a dash does ("Rowena X -
                    # a former candidate - praised"); the aside alone is no speaker.
                    or masked.startswith(" - ", m.start() - 3)
                ):
                    # "Governor X – whose family has held the post since 2007 – said": the
                    # aside between dashes stands between the speaker and the cue.
                    aside = _DASH_ASIDE_RE.search(masked, lo, m.start())
                    if aside:
                        named = _speaker_before(masked, lo, aside.start(), roles)
                        aside_text = masked[aside.start() : aside.end()].strip(" –—-")
                        if named is not None and _DESCRIPTOR_ASIDE_RE.match(aside_text):
                            # Round AQ: an aside that describes the speaker ("X – a former
                            # candidate for the party – said") is an apposition, read as
                            # "X, a former candidate for the party" is.
                            named = f"{named}, {aside_text}"
                        surface = named if named is not None or surface is None else surface
                if (
                    surface is not None
                    and masked.startswith(" ", m.end())
                    and (cited := _AS_SAYING_RE.match(masked, m.end(), hi)) is not None
                ):
                    # Round AK: '"...," it cited him as saying': the wire's subject reports;
                    # the person the object pronoun points at is the speaker.
                    surface = _AS_SAYING_SUBJECT[cited.group(1).lower()]
                if surface is not None and (rel := _RELATIVE_PRONOUN_TAIL_RE.search(surface)) is not None:
                    # Round AN: 'a tour of the scene that he likened to "..."': the pronoun
                    # after the relative word is the cue's subject, not the noun phrase before it.
                    surface = rel.group(1)
                if surface is not None and surface.split(None, 1)[0] in self.cues.forms:
                    # "told analysts on a conference call that ...": a phrase that opens with a
                    # lower-case cue verb is the predicate of the cue before, never a speaker.
                    surface = None
                if surface is not None and "whose " in masked[max(lo, m.start() - len(surface) - 8) : m.start()]:
                    # Round AF: "the Hope Alliance, whose chief science officer Dr X hailed":
                    # the title after "whose" is held at the body named before it.
                    at = masked.rfind(surface, lo, m.start())
                    body = _WHOSE_BODY_BEFORE_RE.search(masked, lo, at) if at >= 0 else None
                    if body is not None:
                        surface = f"{body.group(1)} {surface}"
                if surface is not None and " by" in masked[max(lo, m.start() - len(surface) - 12) : m.start()]:
                    at = masked.rfind(surface, lo, m.start())
                    if at > lo and _SEEN_BY_BEFORE_RE.search(masked, max(lo, at - 80), at):
                        # Round X2: "A leaked memo seen by the Irish Ledger warns": the outlet
                        # that saw the document is not its author; the document has none here.
                        surface = None
                if surface is None and masked.endswith(("letter ", "petition ", "letter", "petition"), lo, m.start()) and (
                    letter := _LETTER_SUBJECT_RE.search(masked, max(lo, m.start() - 40), m.start())
                ):
                    # Round X2: "the letter reads", "The letter warned:": a letter whose
                    # signatories the article names speaks as them; otherwise it stays as it
                    # was (no speaker, and a message's sender rule above is untouched).
                    sent = self.doc.sentence_at(m.start())
                    if sent is not None and self.document_authors(letter.group(1).lower(), m.start(), sent.index):
                        surface = letter.group(1)
            if (
                surface is None
                and masked.endswith(("who ", "also ", "later ", "then "), lo, m.start())
                and _WHO_CUE_AFTER_RE.match(masked, m.end(), hi)
                and (who := _WHO_CUE_RE.search(masked, max(lo, m.start() - 120), m.start()))
            ):
                # Round Y2: "set up by her cousin Aoife Brennan, who wrote: '...'": the
                # name a "who" clause hangs on speaks, wherever it stands in the sentence,
                # when the quote follows the cue ("a plumber from Marshford, who asked not
                # to be named, said" is no "who" quote, and the place names nobody).
                surface = who.group(1)
            if word == "according to" and (pm := _ACCORDING_PRONOUN_RE.match(masked, m.end(), hi)) is not None:
                # Round AF: 'According to him, "..."': the object pronoun is the person it points
                # back to, read as the subject pronoun.
                surface = _SUBJECT_PRONOUN[pm.group(1)]
            if surface is None and cue.invert and not word.endswith("ing"):
                # A participle never takes its subject after it: '... "as soon as the
                # governor signs," arguing the law violates the First Amendment' is the
                # clause's own subject's (read below), not the object's.
                end = hi
                if masked[m.end() : hi].strip() in roles.name_titles:
                    # 'said Engr.' + 'Tunde Bakare, the commissioner ...': a title's stop
                    # ended the sentence before the name; the name is the next sentence's
                    # opening words.
                    end = self._next_sentence_end(hi)
                surface = _speaker_after(masked, m.end(), end, roles)
                if surface is None and _QUOTE_CLOSE_BEFORE_RE.search(masked, max(0, m.start() - 4), m.start()):
                    # Round AD: '"...," said doctors at Mercy Regional, where ...': a bare plural
                    # that is the whole inverted attribution after a quote speaks.
                    stop = _BOUNDARY_RE.search(masked, m.end(), end)
                    after = masked[m.end() : stop.start() if stop else end].split(",", 1)[0]
                    surface = _bare_plural(after.strip().rstrip("."), roles)
            subject = None
            if surface is None and word.endswith("ing") and masked[lo : m.start()].rstrip().endswith(","):
                subject = _leading_subject(masked[lo : m.start()], roles)
            coordinated = _COORDINATED_CUE_RE.search(masked, lo, m.start()) is not None
            if coordinated and surface is not None and not cue.invert:
                # "Sec. X arrived in Borongan City on Thursday ... and told evacuees that":
                # a phrase read back across "and" is the object of the first verb, never
                # the subject of the second; the clause's own subject speaks (below).
                surface = None
            sites.append(_CueSite(m.start(), m.end(), word, surface, subject, coordinated))
        channel = None
        if sites:
            cm = self.cues.channel_pattern.search(masked, lo, hi)
            channel = _SPACES_RE.sub(" ", cm.group().lower()) if cm else None
        self._sites[key] = sites, channel
        return sites, channel

    def _next_sentence_end(self, offset: int) -> int:
        """The end of the sentence that starts at or after ``offset`` (``offset`` itself when none does)."""
        for sent in self.doc.sentences:
            if sent.start >= offset:
                return sent.end
        return offset

    def clause_start(self, cue_start: int, sentence: int) -> int:
        """Where the clause holding a cue starts: after the sentence's last ", while", "; " ... before it."""
        lo = self.doc.sentences[sentence].start
        return max((m.end() for m in _CLAUSE_BOUNDARY_RE.finditer(self.masked, lo, cue_start)), default=lo)

    def opening_subject(self, cue_start: int, sentence: int) -> str | None:
        """The subject phrase that opens the clause holding a cue ("UK Prime Minister Keir Starmer")."""
        sent = self.doc.sentences[sentence]
        text = self.masked[sent.start : cue_start]
        # The latest clause that opens with a subject of its own: "X said ..., while Y visited and said".
        starts = [0] + [m.end() for m in _CLAUSE_BOUNDARY_RE.finditer(text)]
        label = _LABEL_COLON_RE.match(text)
        if label:
            # Round AA events: "Zoom in: Brandt opened by saying ...": a newsletter's label
            # before the colon is no subject.
            starts.insert(1, label.end())
        for start in reversed(starts):
            phrase = _opening_subject(text[start:], self.roles)
            if phrase:
                return phrase
        return None

    def _attributions_in(self, lo: int, hi: int, sentence: int) -> list[_Attribution]:
        """Every cue between ``lo`` and ``hi`` with its speaker, if one can be found."""
        out: list[_Attribution] = []
        sites, sentence_channel = self._cue_sites(lo, hi)
        for site in sites:
            surface = site.surface
            entity = self.analyse(surface, site.start, sentence) if surface else None
            if entity is None and (site.word.endswith("ing") or site.coordinated) and out:
                # "..., saying ...", "..., but added that ...", 'said the trend was
                # "..." and dismissed ...': a cue without a subject of its own
                # borrows the subject of the clause before. A cue whose subject
                # could not be read ("the man in the red cap across from her, 70,
                # said") borrows nothing: unknown is better than wrong; nor does a
                # coordinated cue borrow across ", while" ("Officials said ..., while
                # Mayor X visited and said": the mayor speaks, see below).
                prev = out[-1]
                if prev.entity is not None and (
                    prev.cue_start >= self.clause_start(site.start, sentence)
                    if site.coordinated
                    else self.masked.find("\x00", prev.cue_end, site.start) == -1
                ):
                    entity, surface = prev.entity, None
            if surface is not None and surface.lower() in _PRONOUNS and _WHAT_PRONOUN_RE.search(self.masked, lo, site.start):
                # "Trump attacked what he calls "fake news"": the pronoun is the clause's own
                # subject, whoever the article named last.
                subject = _leading_subject(self.masked[lo : site.start], self.roles)
                own = self.analyse(subject, site.start, sentence) if subject else None
                if own is not None and _agrees(surface.lower(), own):
                    entity, surface = own, subject
            if (
                entity is None
                and surface is None
                and site.coordinated
                and self.cues.pattern.search(self.masked, self.clause_start(site.start, sentence), site.start) is None
            ):
                # "Mayor Tracy Brabin visited the site and said ...": no cue before it in
                # the sentence lends a subject, so the clause's own subject speaks.
                surface = self.opening_subject(site.start, sentence)
                entity = self.analyse(surface, site.start, sentence) if surface else None
                if entity is None:
                    surface = None
            if entity is None and surface is None and site.word.endswith("ing") and _BY_BEFORE_RE.search(self.masked, lo, site.start):
                # Round AA events: "Brandt opened by saying ...", "Holt closed by saying her
                # opponent had offered "..."": the participle after "by" is the clause
                # subject's own way of speaking.
                surface = self.opening_subject(site.start, sentence)
                entity = self.analyse(surface, site.start, sentence) if surface else None
                if entity is None:
                    surface = None
            if entity is None and surface is None and site.subject is not None and not (
                site.word.endswith("ing") and out and self.masked.find("\x00", out[-1].cue_end, site.start) == -1
            ):
                # "A federal judge blocked the law, calling it ...": the sentence's subject.
                # Round X2: not when a cue of its own clause stands before ("he wrote on
                # Instagram, adding ..."): that cue's subject (found or not) is the speaker,
                # never the noun after its preposition.
                surface = site.subject
                entity = self.analyse(surface, site.start, sentence) if surface else None
            channel = sentence_channel
            noun = _CHANNEL_NOUN_RE.search(surface) if surface else None
            if noun:
                channel = channel or noun.group().lower()
            if site.word.startswith("call") and _PHONED_RE.match(self.masked, site.end):
                # "after a neighbour called him.": a telephone call, not words; the caller
                # is no speaker and no subject for the next "he said".
                continue
            out.append(_Attribution(site.start, site.end, site.word, surface, entity, channel))
        return out


# "Shantabai Kamble of Khadki": a given name and one surname, then "of" and a place.
_GIVEN_NAME_OF_RE = re.compile(rf"(([{_UP}][\w’'-]+)\s+[{_UP}][\w’'-]+)\s+of\s+[{_UP}][\w’'-]+")
def _vote_option(cues: _Cues, span: QuoteSpan, masked: str, lo: int) -> bool:
    """Whether a one-word quote is a vote option named, not spoken ('voted "yes"', 'the "no" camp')."""
    if span.text.strip(" ,.!?’'\"").lower() not in cues.vote_options or span.close_mark is None:
        return False
    return bool(
        (cues.vote_before is not None and cues.vote_before.search(masked, lo, span.open_mark))
        or (cues.vote_after is not None and cues.vote_after.match(masked, span.close_mark + 1))
    )


# A short label that opens a sentence with a colon ("Zoom in: ", "Why it matters: ").
_LABEL_COLON_RE = re.compile(r"\s*[A-Z][\w’']*(?:\s+[\w’']+){0,3}:\s+")
# A verb and "by" right before a participle cue: "opened by saying", "hit back by insisting".
_BY_BEFORE_RE = re.compile(r"(?<![\w’'-])[a-z]+(?:ed|\sback|\sup|\soff)\s+by\s+\Z")
_NAME_START_RE = re.compile(rf"(?<![\w’'-])[{_UP}]")
_NAME_CHAR_RE = re.compile(r"[\w’'-]")
# One or two lower-case words, then capitalised words only (title and name).
_MODIFIED_TITLED_NAME_RE = re.compile(rf"(?:[a-z][\w-]*\s+){{1,2}}(?:[{_UP}][\w’'.-]*\s+){{2,5}}[{_UP}][\w’'-]*")
# Up to three capitalised words ending a stretch of text ("City Council ").
_CAPITALISED_TAIL_RE = re.compile(rf"(?<![\w’'-])[{_UP}][\w’'.&-]*(?:\s+[{_UP}][\w’'.&-]*){{0,2}}\s*\Z")
# A proper name right after a verb, with or without "the" ("owns the Quik Fuel", "operates Lakeside Marina").
_NAMED_OBJECT_RE = re.compile(rf"\s+(?:the\s+)?[{_UP}][\w’'&.-]*")
# A lawyer's title among a person's descriptors.
_LAWYER_RE = re.compile(r"\b(?:lawyer|attorney|counsel|solicitor|barrister)s?\b", re.IGNORECASE)
# "Reed's family has hired NAME", "The company retained attorney NAME": the client
# is the subject noun of the hiring, right before the name (up to four title words between).
_HIRED_BY_RE = re.compile(
    r"\b([\w’'-]+)\s+(?:has\s+|have\s+|had\s+)?(?:hired|retained|engaged)\s+(?:[\w’'-]+\s+){0,4}\Z"
)
# One descriptor of several (they are joined with " ; ").
_PART_RE = re.compile(r"[^;]+")
# A title the speaker holds, inside a relative clause: "who works as a nurse", "who serves on the board".
_TITLE_IN_CLAUSE_RE = re.compile(
    r"\b(?:as|became|become|becomes|serves|served|serving|sits|sat)\b", re.IGNORECASE)
# Round AO: "who led the 2009 coup and is now prime minister": an office right after "now"
# is the speaker's own today, whatever the clause said before it ("who now teaches
# criminal justice" names a subject, not an office).
_NOW_TITLE_RE = re.compile(r"(?<![\w’'-])now\s+(?:(?:the|a|an)\s+)?\Z", re.IGNORECASE)
# Where a speaker's relative clause starts, unless it only says who the speaker is ("who is the victim's mother").
_RELATIVE_CLAUSE_RE = re.compile(r"(?<![\w’'-])(?:who|whom|which)\s+(?!(?:is|was|are|were)\b)", re.IGNORECASE)
# Modifiers of a title that open a sentence with a capital ("Former police chief ...").
# Round AF: "But Snyder expressed regret", "However, Quill ... what she called": a
# conjunction or sentence adverb that opens the sentence is no given name and no subject.
_OPENING_ADVERBS = frozenset({
    "Even", "Only", "Also", "Still", "Yet", "Now", "Then", "Later", "Instead", "Meanwhile", "Already",
    "But", "And", "So", "Nor", "However", "Indeed", "Finally", "Separately", "Earlier", "Afterwards",
    "Ultimately", "Eventually", "Nonetheless", "Nevertheless", "Moreover", "Furthermore", "Besides",
    "Likewise", "Similarly", "Again", "Today", "Tonight", "Yesterday",
})
_ADVERB_OPENERS = _OPENING_ADVERBS | frozenset({
    # Round AA events: "When Savitri Jadhav heard the roar, she ...": a subordinating
    # conjunction that opens the sentence is no given name either.
    "When", "While", "As", "After", "Before", "Although", "Though", "Since", "Until", "Once", "If", "Because",
    "Whenever", "Unless",
})
_OPENING_MODIFIERS = frozenset({"former", "retired", "onetime", "one-time", "longtime", "veteran", "acting", "interim"})
# The words that put an office or a body in the speaker's past, shared by the "former" rules below.
_PAST_WORDS = "former|retired|onetime|one-time|ex-"
# "former", "retired", "ex-" with at most three title words before an office ("retired
# Det. Sgt.", "former assistant county").
# Round AO: "who was prime minister until 2012" (a past copula, unless "was elected",
# "was appointed" ... make the office the speaker's now) as "former" does.
_FORMER_BEFORE_RE = re.compile(
    rf"(?<![\w’'-])(?i:{_PAST_WORDS}|who\s+was(?!\s+(?:elected|re-elected|appointed|named|sworn|made|chosen|promoted|"
    r"installed|confirmed|picked|tapped|nominated)\b))\s*(?:[\w.]+\s+){0,3}\Z"
)
# "a former miner turned union organiser", "a former nurse and now a councillor": the
# words after "turned"/"now" are what the speaker is today, no longer under "former".
_PRESENT_AGAIN_RE = re.compile(r"(?<![\w’'-])(?i:turned|now|who|and\s+now)\s+(?:[\w.-]+\s+){0,3}\Z")
# A title word right before "of/for/at (the)" and an organisation's name.
_HEADED_BY_RE = re.compile(r"([A-Za-z-]+)\s+(?:of|for|at)\s+(?:the\s+)?\Z")
# A lower-case "union" right after a one-word sector name ("Mining union leader").
_UNION_AFTER_RE = re.compile(r"\s+unions?\b")
# Round AL: "former"/"ousted" with at most three words (none of them "and", "now",
# "turned") before a body's name ("a former Nissan", "the ousted chairman of"), and a
# possessive body before "former" ("Nissan's former chairman").
_FORMER_ORG_BEFORE_RE = re.compile(
    rf"(?<![\w’'-])(?i:{_PAST_WORDS}|ousted)\s*(?:(?!(?:and|now|turned)\b)[\w.]+\s+){{0,3}}\Z"
)
_FORMER_ORG_AFTER_RE = re.compile(r"[’']s\s+(?i:former|ex-|ousted|onetime|one-time)\b")
# The first word that puts a title in the past.
_FORMER_WORD_RE = re.compile(rf"(?<![\w’'-])(?i:{_PAST_WORDS})")
# "whose " right before a title word: the title names the relative's noun.
_WHOSE_BODY_BEFORE_RE = re.compile(rf"(?<![\w’'-])((?:the\s+)?[{_UP}][\w’'&.-]*(?:\s+[{_UP}][\w’'&.-]*){{0,5}}),\s+whose\s+\Z")
_WHOSE_BEFORE_RE = re.compile(r"(?<![\w’'-])whose\s+\Z", re.IGNORECASE)
# A "whose" clause, up to the end of its descriptor part.
_WHOSE_CLAUSE_RE = re.compile(r"(?<![\w’'-])whose\s[^;]*", re.IGNORECASE)
# The rest of the sentence after a name, up to 120 characters, stopping at a quote.
_SENTENCE_REST_RE = re.compile(r"[^.!?\n\"“”]{0,120}")
# The noun phrase a possessive name opens: up to three words ("’s heartbroken partner").
_OWNED_NOUN_RE = re.compile(rf"[{_UP}][\w.-]*(?:\s+[{_UP}][\w.-]*){{0,3}}['’]s?\s+((?:[\w-]+\s+){{0,2}}[\w-]+)")
# "Marquardt’s ruling", "Jones' lawyer": a possessive after a name still names the person.
_POSSESSIVE_END_RE = re.compile(r"['’]s?(?![\w’'-])")


@lru_cache(maxsize=4)
def _own_relation_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """"his/her/their" + up to two modifiers + a relation noun, possessive or not ("her son's arrest")."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{alts})(?![\w-])")


def _find_names(text: str, names: Sequence[str], ranges: Sequence[tuple[int, int]]) -> list[list[tuple[int, str]]]:
    """Where ``names`` (longest first) occur as whole words in each range of ``text``, left to right.

    The same matches as ``re.finditer`` over each range with the alternation
    of the names between word edges, without compiling a new pattern for
    every article (that compile cost ~0.3 ms, ~2 ms with the name-letter classes):
    names begin with a capital ("Óscar" too), so only the capitalised word starts
    (_NAME_START_RE) are tried.
    """
    if not all(_NAME_START_RE.match(n) for n in names):
        pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(n) for n in names) + r")(?=(?![\w’'-])|['’]s?(?![\w’'-]))")
        return [[(m.start(), m.group()) for m in pattern.finditer(text, lo, hi)] for lo, hi in ranges]
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    found = []
    for lo, hi in ranges:
        out: list[tuple[int, str]] = []
        resume = lo
        for m in _NAME_START_RE.finditer(text, lo, hi):
            start = m.start()
            if start < resume:
                continue  # inside the name just found
            for name in by_first.get(text[start], ()):
                end = start + len(name)
                if end <= hi and text.startswith(name, start) and (
                    end == hi or not _NAME_CHAR_RE.match(text, end) or _POSSESSIVE_END_RE.match(text, end)
                ):
                    out.append((start, name))
                    resume = end
                    break
        found.append(out)
    return found


def _split_run(run: str) -> list[str]:
    """A capitalised run split at "and" between two names ("DOJ and ICE")."""
    parts = _AND_NAME_RE.split(run)
    if len(parts) > 1 and all(len(p.split()) <= 2 for p in parts):
        return parts
    return [run]


_INITIAL_SKIP = frozenset({"of", "for", "and", "the", "on", "&", "in", "de", "des", "du", "à", "aux", "la", "le", "et"})
_ELIDED_RE = re.compile(r"^[dl][’'](?=\w)", re.IGNORECASE)


def _initials(words: list[str]) -> str:
    # A French name counts its lower-case content words, elided articles dropped:
    # "Commission d'accès à l'information" is CAI, "Bureau des enquêtes
    # indépendantes" BEI. English runs hold no lower-case word but connectors.
    out: list[str] = []
    for w in words:
        if w.lower() in _INITIAL_SKIP:
            continue
        w = _ELIDED_RE.sub("", w)
        if w[:1].isupper() or (w[:1].isalpha() and out):
            out.append(w[0].upper())
    return "".join(out)


def _initials_suffix(long_form: str, acr: str) -> str | None:
    words = long_form.split()
    for i in range(len(words)):
        if _initials(words[i:]) == acr.replace("&", ""):
            while words[i].lower() in {"the", "of", "and", "for"}:
                i += 1
            return " ".join(words[i:])
    return None


def _initials_sub(run: str, acr: str) -> str | None:
    words = run.split()
    key = acr.replace("&", "")
    for i in range(len(words)):
        if not words[i][:1].isupper() or words[i] == acr or words[i] in {"The", "A", "An"}:
            continue  # "The European Union" is "European Union": the article is not in the name
        for j in range(i + 1, len(words) + 1):
            if not words[j - 1][:1].isupper():
                continue
            got = _initials(words[i:j])
            if got == key and j - i >= 2:
                if "&" in acr and not any(w in ("&", "and") for w in words[i:j]):
                    # Round Y2: "S&P" is never "Steel Producers": an ampersand in the
                    # acronym stands for an "&" or "and" in its long form.
                    return None
                return " ".join(words[i:j])
            if len(got) > len(key):
                break
    return None


# --- speaker phrases around a cue ---------------------------------------------------


def _singulars(low: str) -> tuple[str, ...]:
    """The singulars a lower-case plural may have, likeliest first ("deputies": "deputy"; "witnesses": "witness"); none if no -s."""
    if not low.endswith("s"):
        return ()
    if low.endswith("ies"):
        return (low[:-3] + "y", low[:-2], low[:-1])
    return (low[:-2], low[:-1]) if low.endswith("es") else (low[:-1],)


def _plural_of_speaker_noun(low: str, roles: _Roles) -> bool:
    """True for the plural of a speaker noun the lexicon lists in the singular only ("doctors", "deputies")."""
    return any(w in roles.speaker_nouns for w in _singulars(low))


# Round AD: what may stand before a bare plural speaker ("the teachers", "Many farmers"), and
# the prepositions of a place after it ("Miners at the colliery", "villagers on the slopes").
_PLURAL_LEADS = frozenset({"the", "many", "some", "several", "most", "other", "these", "those"})
_PLURAL_PLACE_PP = frozenset({"at", "in", "near", "on", "from", "outside", "inside", "across", "around"})


def _bare_plural(part: str, roles: _Roles) -> str | None:
    """A bare plural speaker that is a whole phrase: "Farmers", "the teachers", "Poultry farmers in Kano".

    Round AD: a plural of a speaker noun the lexicon lists in the singular
    ("teacher", "witness") speaks when it is all there is between a clause's
    start (or a quote's closing mark) and its cue, or all there is after an
    inverted cue right after a quote: at most a lead word ("the", "many"), up
    to two modifiers before the noun (the first may be capitalised by its
    place: "Poultry farmers"), and one place after it ("at the Karaburun
    colliery"). Objects ("warned farmers"), plurals inside a longer subject
    ("the government and the fishermen", "the slain teen's friends") and
    plurals after "of" never match: unknown is better than wrong.
    """
    words = part.split()
    if not words or len(words) > 10:
        return None
    at = 1 if words[0].lower() in _PLURAL_LEADS else 0
    noun = -1
    for i in range(at, min(at + 3, len(words))):
        w = words[i]
        low = w.lower()
        if not _PLURAL_WORD_RE.fullmatch(w) or (w[:1].isupper() and i != 0):
            return None
        if low.endswith("s") and low not in roles.speaker_nouns and low not in roles.references and (
            _plural_of_speaker_noun(low, roles)
        ):
            noun = i
            break
        if low in _STOP or low in _DETERMINERS or low in _PRONOUNS or low in roles.references:
            return None
    if noun < 0:
        return None
    tail = words[noun + 1 :]
    if tail and (
        tail[0].lower() not in _PLURAL_PLACE_PP
        or len(tail) > 6
        or any(w.lower() in _STOP or w.lower() in _PRONOUNS or w.lower() == "and" for w in tail[1:])
    ):
        return None
    return " ".join(words)


# A quote's closing mark (masked) and its comma right before an inverted cue: '"...," said'.
_QUOTE_CLOSE_BEFORE_RE = re.compile(r"\x00[,.!?]?\s*\Z")
_PLURAL_WORD_RE = re.compile(rf"[{_UP}{_LOW}][{_LOW}-]*")


def _is_head(word: str, roles: _Roles) -> bool:
    low = word.lower().rstrip(".")
    return (
        word[:1].isupper()
        or low in _PRONOUNS
        or low in roles.speaker_nouns
        or word.lower() in roles.speaker_nouns
        or low in _DOC_HEADS
        or _AGE_NOUN_RE.match(low) is not None
    )


def _trailing_np(seg: str, roles: _Roles) -> str | None:
    """The noun phrase at the end of ``seg`` (read backwards up to a clause boundary)."""
    cut = max(map(seg.rfind, _CUT_CHARS))
    part = seg[cut + 1 :]
    words = part.split()
    if not words:
        return None
    if not _is_head(words[-1].rstrip(".,"), roles) and not (
        # "two resident doctors said": a counted plural of a speaker noun is a head too.
        len(words) >= 2
        and _plural_of_speaker_noun(words[-1].rstrip(".,").lower(), roles)
        and any(_GROUP_COUNT_RE.fullmatch(w) for w in words[-4:-1])
    ):
        # "a mother of two": the head noun stands before "of".
        k = max((i for i, w in enumerate(words) if w == "of"), default=-1)
        if k <= 0 or not _is_head(words[k - 1], roles) or len(words) - k > 3:
            return _noun_with_place(words, roles)
    kept: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        low = w.lower()
        if low == "and":
            # "the Department of Justice and ICE": coordination of names only.
            if kept and kept[0][:1].isupper() and i > 0 and words[i - 1][:1].isupper():
                kept.insert(0, w)
                continue
            break
        if low in _STOP and not (low in _DETERMINERS and kept) and not (
            # "A No 10 spokesperson": "No" before a number is the address's own word.
            w in ("No", "No.") and kept and kept[0][:1].isdigit()
        ):
            break
        if low == "that" and kept and (kept[0].lower() in _DETERMINERS or kept[0].lower().endswith("s")):
            break  # "a decision that nurses said": "that" opens a relative clause, it is no determiner
        if kept and low in _PRONOUNS and low not in {"her", "his"}:
            break
        kept.insert(0, w)
        if len(kept) >= 9:
            break
    while kept and kept[0].lower() in _CONNECTORS - {"the"}:
        kept = kept[1:]
    if not kept:
        return None
    # A leading lower-case clause word that slipped through: keep from the first determiner or capital.
    phrase = " ".join(kept)
    low_first = kept[0].lower()
    if low_first in _PRONOUNS and len(kept) > 1 and low_first != "her":
        return None  # "her" also opens a noun phrase: "Her widower, Tom Baines, said"
    return phrase


def _agrees(pronoun: str, ent: _Entity) -> bool:
    """True when ``ent`` can be what ``pronoun`` refers to (number, person or thing, gender)."""
    want = _PRONOUNS[pronoun]
    if want in ("m", "f"):
        return (ent.kind == "person" or (ent.kind == "group" and ent.singular)) and ent.gender in (None, want)
    if want == "o":
        return ent.kind == "org"
    if want == "p":
        return ent.kind == "org" or (ent.kind == "group" and not ent.singular)
    return False


def _noun_with_place(words: list[str], roles: _Roles) -> str | None:
    """A common-noun speaker with the place or employer after it: "A worker at the Peco Foods plant".

    The phrase read backwards from a cue ends in a plain noun ("plant"), so
    the speaker noun is found before a preposition within the last eight
    words, with no clause word after it; up to three words before the noun
    (its determiner and modifiers) belong to the phrase.
    """
    for k in range(len(words) - 2, 0, -1):
        if len(words) - k > 8:
            break
        if words[k].lower() not in _PLACE_PP or words[k - 1].lower() not in roles.speaker_nouns:
            continue
        if any(w.lower() in _STOP or w.lower() in _PRONOUNS for w in words[k + 1 :]):
            return None
        j = k - 1
        while j > 0 and k - j <= 3:
            low = words[j - 1].lower()
            if low in _STOP and low not in _DETERMINERS or (low in _PRONOUNS and low not in {"her", "his"}):
                break
            j -= 1
            if low in _DETERMINERS:
                break
        return " ".join(words[j:])
    return None


def _leading_subject(text: str, roles: _Roles) -> str | None:
    """The noun phrase that opens a clause ("A federal judge", "Quarterback Jalen Hurts")."""
    words = text.split()[:8]
    if len(words) > 2 and words[1][:1].islower() and words[0].lower() in _PREPOSITION_OPENERS:
        # Round AG: "In a 3-2 ruling, the tribunal upheld ...": an opening prepositional
        # phrase set off by a comma is no subject; the subject follows it.
        rest = _OPENING_SKIP_RE.sub("", text.lstrip(), count=1)
        if rest and len(rest) < len(text.lstrip()):
            words = rest.split()[:8]
    if len(words) > 1 and words[0].rstrip(",") in _OPENING_ADVERBS:
        # "However, Quill voiced doubt about what she called ...": the subject after the adverb.
        words = words[1:]
        if words[0][:1].isupper() and words[0].lower() not in _DETERMINERS and words[0].lower() not in roles.speaker_nouns:
            j = 0
            while j + 1 < len(words) and words[j + 1][:1].isupper() and not words[j].endswith(","):
                j += 1
            return " ".join(words[: j + 1]).strip(",")
    for i, w in enumerate(words):
        bare = w.strip(",.;:").lower()
        if i and w[:1].isupper():
            j = i
            while j + 1 < len(words) and words[j + 1][:1].isupper() and not words[j].endswith(","):
                j += 1
            return " ".join(words[: j + 1]).strip(",")
        if bare in roles.speaker_nouns and bare not in _STOP:
            j = i
            # "Judge Thomas Brannon dissented": a title before a name opens the name's run.
            while j + 1 < len(words) and words[j + 1][:1].isupper() and not words[j].endswith(","):
                j += 1
            return " ".join(words[: j + 1]).strip(",")
        if w.endswith(",") or bare in _STOP:
            break
    if words and words[0][:1].isupper() and words[0].lower() not in _DETERMINERS:
        j = 0
        while j + 1 < len(words) and words[j + 1][:1].isupper() and not words[j].endswith(","):
            j += 1
        return " ".join(words[: j + 1]).strip(",")
    return None


_OPENING_SKIP_RE = re.compile(r"^(?:[A-Za-z]+\s+[^,]{0,40},\s*)?")


def _opening_subject(text: str, roles: _Roles) -> str | None:
    """The subject that opens a clause, with its title words ("Consumer advocate Ralph Owens", "She").

    Read for a coordinated cue with no subject of its own ("... visited the
    site and said"): the words from the clause's start up to its first
    lower-case word that is neither a determiner nor a speaker noun. An
    opening adverbial set off by a comma ("On Tuesday, ...") and an opening
    conjunction ("But") are skipped. Only a pronoun or a phrase that ends in a
    capitalised word or a speaker noun is a subject.
    """
    text = text.lstrip()
    first = text.split(None, 1)[:1]
    if first and first[0].lower() in _PREPOSITION_OPENERS:
        text = _OPENING_SKIP_RE.sub("", text, count=1)
    words: list[str] = []
    tokens = text.split()[:10]
    for i, w in enumerate(tokens):
        core = w.rstrip(",;:")
        low = core.lower()
        if not words and (low in _STOP or low in _CONNECTORS) and low not in _DETERMINERS:
            continue  # "But Mayor Tracy Brabin ..."
        if not words and low in _PRONOUNS:
            return core  # "She visited the site and said"
        if not (
            core[:1].isupper()
            or low in roles.speaker_nouns
            or (not words and low in _DETERMINERS)
            or (words and low in {"of", "for"})
            # "union boss Ann Grey": lower-case title words before a name within three words.
            or _title_word_before_name(tokens[i : i + 4])
        ):
            break
        words.append(core)
        if w != core:
            break  # "Mayor Tracy Brabin, who ...": the phrase ends at its comma
    while words and words[-1].lower() in {"of", "for"}:
        words.pop()
    if not words or (len(words) == 1 and words[0].lower() in _DETERMINERS):
        return None
    last = words[-1]
    return " ".join(words) if last[:1].isupper() or last.lower() in roles.speaker_nouns else None


def _title_word_before_name(tokens: Sequence[str]) -> bool:
    """True when ``tokens`` open with lower-case words that lead straight to a capitalised name."""
    for w in tokens:
        if w[:1].isupper():
            return True
        if not _LOWER_WORD_RE.fullmatch(w) or w in _STOP or w in _PLACE_LEAD_WORDS:
            # "arrived in Kisumu": a preposition before the capitalised word makes it a
            # place or a date, never the name a title leads to.
            return False
    return False


_PLACE_LEAD_WORDS = frozenset(("in", "at", "on", "from", "to", "near", "into", "across", "with", "by", "after", "before", "during"))


_PREPOSITION_OPENERS = frozenset(
    "on in at after before during since by for from with when as following amid despite".split()
)


# Patterns of the speaker readers, compiled here once: left to re's own cache, the
# name-letter classes cost ~2 ms to compile again whenever other patterns evict them.
# Two to four capitalised words ("Kerry Atkins"); a lower-case title of up to three
# words and two to six capitalised ones; an initial's or a short abbreviation's word.
_TWO_TO_FOUR_NAME_WORDS_RE = re.compile(rf"[{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{1,3}}")
_TITLED_NAME_WORDS_RE = re.compile(rf"(?:[a-z][\w’'-]*\s+){{0,3}}[{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{1,5}}")
_ABBREVIATION_WORD_RE = re.compile(rf"(?:[{_UP}]\.)+|[{_UP}][a-z]{{0,3}}\.")


def _speaker_before(masked: str, lo: int, pos: int, roles: _Roles) -> str | None:
    """The speaker phrase right before a cue: "Cox", "Mike Hurst, U.S. attorney for ...,"."""
    seg = masked[lo:pos].rstrip()
    if "(" in seg:
        # "The state chairman of the Peoples Democratic Front (PDF), Chief X, warned the
        # opposition": a bracketed acronym is part of the name before it, no boundary.
        seg = _DEFINED_ACRONYM_RE.sub("", seg)
    for _ in range(3):
        new = _SKIP_BEFORE_CUE.sub("", " " + seg).rstrip()
        new = new[1:] if new.startswith(" ") else new
        if new == seg:
            break
        seg = new
    seg = seg.rstrip()
    opener = seg.split(None, 1)
    if len(opener) == 2 and opener[0].rstrip(",") in _OPENING_ADVERBS:
        # Round AF: "But at a rally he branded ...": the opening conjunction is no part of
        # the subject's phrase (a preposition after it opens the sentence as it would alone).
        seg = opener[1]
        if seg.split(None, 1)[0].capitalize() in _LEAD_PREPOSITIONS:
            seg = seg[:1].upper() + seg[1:]
    if seg[:1] in _LEAD_PREPOSITION_INITIALS and seg.split(None, 1)[0] in _LEAD_PREPOSITIONS and "," not in seg:
        # Round AF part 2: "At a rally in Marula on Friday he branded": a run of
        # prepositional phrases and a time before the subject opens the sentence; the
        # subject is the pronoun that ends it, or what follows the time.
        words = seg.split()
        if len(words) > 2 and words[-1] in _SUBJECT_PRONOUN_WORDS and words[-2].capitalize() not in _LEAD_PREPOSITIONS:
            return words[-1]
        timed = _LEAD_PP_TIME_RE.match(seg)
        if timed:
            seg = seg[timed.end() :]
    if not seg:
        return None
    if seg.endswith("behalf") and (behalf := _BEHALF_STATEMENT_RE.search(seg)):
        # Round AG: "A statement issued on her behalf said": the statement speaks for the
        # person the possessive names (read in analyse).
        return behalf.group(1)
    message = _MESSAGE_SUBJECT_RE.search(seg)
    if message:
        # "a text message read out in court said", "A WhatsApp message sent by Deepak Rawat
        # to the player said": a message speaks for its sender when the sentence names
        # one, never for the court that heard it or the person who received it.
        sender = message.group(1)
        return _trailing_np(sender, roles) if sender else None
    handle = _HANDLE_BEFORE_CUE_RE.search(seg)
    if handle:
        return handle.group(1)  # "on-chain sleuth @0xWren, who ..., posted": the account speaks
    anonymous = _ANONYMOUS_GROUP_RE.search(seg)
    if anonymous:
        # "two people familiar with the talks said", "three officials briefed on the plan
        # told Reuters": the whole phrase is the (anonymous) speaker, never "the talks".
        return anonymous.group(1)
    if seg.endswith(","):
        inner = seg[:-1]
        cut = max(map(inner.rfind, _CUT_CHARS))
        if cut >= 0 and inner[cut] == "\x00":
            # "Carlo Benedetti, who has accused NGO vessels of acting as a "pull factor", said": a
            # quote inside the relative clause is no boundary of the speaker's phrase; the clause
            # reads with the quote as an ellipsis.
            comma = inner.rfind(",")
            if comma >= 0 and _RELATIVE_OPEN_RE.match(inner[comma + 1 :]):
                inner = _MASK_RUN_RE.sub("…", inner)
                cut = comma
        rel = None
        for rel in _COMMA_RELATIVE_RE.finditer(inner):
            pass
        if rel is not None and cut >= 0 and inner[cut] == "," and (
            rel.start() == cut
            or (
                _REL_TAIL_RE.fullmatch(inner[cut + 1 :].strip())
                and not _REL_BREAK_RE.search(inner, rel.end(), cut)
            )
        ):
            # "Ann Lee, a fund manager at X in Glasgow, which holds shares, said"; "The farmer,
            # who comes from Kapsabet, Nandi County, said": the last comma belongs to the
            # relative clause (its own list of places, "4,000 members"), so the place or
            # number before it is no speaker. After an appositive the clause is dropped
            # (it is about the employer or the place); after a bare name or noun it is
            # read as one descriptor.
            front_rel = inner[: rel.start()]
            if "," in front_rel:
                found = _speaker_before(front_rel + ",", 0, len(front_rel) + 1, roles)
                if found and ", " in found and _LAW_FIRM_CLIENT_RE.search(inner):
                    # Round AA: "X, of Hadley Lal Solicitors, which represents the family, said":
                    # a law firm's clause names the client, whose role the lawyer takes.
                    return f"{found},{inner[rel.start() + 1 :]}"
                return found
            inner = front_rel + ", " + inner[rel.start() + 1 :].strip().replace(",", "")
            cut = len(front_rel)
        appositive = inner[cut + 1 :].strip()
        if cut >= 0 and inner[cut] == "," and appositive and len(appositive.split()) <= 18:
            front = inner[:cut]
            if "," not in front and _LEAD_ADVERBIAL_RE.match(front) and _DETERMINER_OPEN_RE.match(appositive):
                # "At 9.40pm on Friday, a Facebook page called X, which has 2,100 followers,
                # posted": the phrase before the comma is when or where, not a name with an
                # appositive; the noun phrase after it is the subject.
                return _speaker_before(appositive, 0, len(appositive), roles)
            town = _IN_TOWN_TAIL_RE.search(front)
            if town and "," in front[: town.start()] and _PLACE_WORDS_RE.fullmatch(appositive):
                # "X, a geologist with the USGS in Menlo Park, California, told": the state
                # after the town is no appositive and the town no speaker; drop the place.
                return _speaker_before(front[: town.start()] + ",", 0, town.start() + 1, roles)
            if appositive.isdigit() and "," in front:
                # "Its founder, Kerry Atkins, 41, said": the title before the name, the age after it.
                title, _, name = front.rpartition(",")
                name = name.strip()
                title_np = _trailing_np(title, roles)
                if (
                    title_np
                    and title_np.split()[-1].lower() in roles.speaker_nouns
                    and _TWO_TO_FOUR_NAME_WORDS_RE.fullmatch(name)
                ):
                    return f"{name}, {title_np}"
            # "Declan Moloney (55), from Drumlea, who has ...": the home place after a comma is
            # no speaker; the name before it is.
            place = _FROM_PLACE_TAIL_RE.search(front)
            if place and place.start() > 0:
                front = front[: place.start()]
            # "Pat Lowe, 44, a retired teacher, said": the age stands between the name and its noun.
            age = _AGE_TAIL_RE.search(front)
            head = _trailing_np(front[: age.start()] if age else front, roles)
            if (
                head
                and _TWO_TO_FOUR_NAME_WORDS_RE.fullmatch(appositive)
                and any(w.lower() in roles.representative for w in head.split()[:-1])
            ):
                return f"{appositive}, {head}"  # "A lawyer for Wellpath, Sarah Kim, said"
            if head and (head.split()[-1][:1].isupper()) and head.lower() not in _PRONOUNS:
                return f"{head}, {appositive}"
            if (
                head
                and head.split()[-1].lower() in roles.speaker_nouns
                # Round AB events: a body's long name ("A residents' group, the Corrigan House
                # Residents' Action Group, said") runs to six capitalised words.
                and _TITLED_NAME_WORDS_RE.fullmatch(appositive)
            ):
                # "a ministry spokesperson, Mao Ning, said"; "her neighbor, retiree Bill Ames, said"
                return f"{appositive}, {head}"
            if head and _single_name_of_relation(head, appositive, roles):
                return f"{appositive}, {head}"  # "His daughter, Joanne, said": a relative by first name
            if (
                head
                and head.split()[-1].lower() in roles.speaker_nouns
                and _HEAD_ASIDE_RE.match(appositive)
            ):
                # "One driver, who asked not to be named, said"; "The governor, a parishioner
                # at St. Brendan's Cathedral, said" (round T): the aside describes the noun.
                return head
        return None
    relative = _RELATIVE_SUBJECT_RE.match(seg[max(map(seg.rfind, _CUT_CHARS)) + 1 :])
    if relative and relative.group(1).split()[-1].lower() in roles.speaker_nouns:
        return relative.group(1)  # "One mother who brought her children to a clinic said"
    if "," in seg and (open_appositive := _OPEN_APPOSITIVE_RE.search(seg)):
        # "Suresh Kumar, 41, a steel fixer from Kerala said": the appositive's closing
        # comma is missing, so the place at its end stands right before the cue; the
        # name before the appositive is the speaker, never the place.
        return f"{open_appositive.group(1)}, {open_appositive.group(2)}"
    tail = seg.rsplit(None, 1)
    if len(tail) == 2 and tail[1] in ("he", "she", "they") and (
        _TIME_LEAD_RE.match(tail[0]) or _PLACE_LEAD_RE.fullmatch(tail[0])
    ):
        # Round AA events: "On Monday night she posted on X:", "Last night he wrote": a
        # time phrase with no comma before the subject pronoun is no part of the speaker.
        return tail[1]
    return _trailing_np(seg, roles) or _bare_plural(seg[max(map(seg.rfind, _CUT_CHARS)) + 1 :], roles)


# "At a press conference she", "During the debate he": a short opening phrase of place or occasion.
_PLACE_LEAD_RE = re.compile(r"\x00*\s*(?:At|In|During|After|Outside|Inside)\s+(?:a|an|the|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
_TIME_LEAD_RE = re.compile(
    rf"(?:\x00*\s*)?(?:(?:[Oo]n|[Bb]y|[Ll]ate|[Ee]arly|[Ll]ater)\s+)?(?:(?:{_WEEKDAYS}|[Ll]ast|[Tt]his|[Ee]arlier)"
    rf"(?:\s+(?:morning|afternoon|evening|night|week|weekend))?|[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ater)\Z"
)


# A name, an optional age and an indefinite appositive that ends in a place, with no
# comma before the cue ("Anil Sharma, 38, a welder from Punjab").
_OPEN_APPOSITIVE_RE = re.compile(
    rf"(?:^|(?<=[\s\x00.]))(?!(?:{'|'.join(_LEAD_PREPOSITIONS)})\s)([{_UP}][\w’'-]*(?:\s+[{_UP}][\w’'-]*){{1,3}})(?:,\s*\d{{1,3}})?,\s*"
    rf"((?:a|an)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,3}}\s+(?:from|in|of|at)\s+"
    rf"[{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{0,2}})$"
)


_RELATIVE_OPEN_RE = re.compile(r"\s*(?:who|whose)\b")
# What may follow a comma inside a relative clause: digits ("4,000 members") or a place's
# capitalised words ("Kapsabet, Nandi County").
# (round T gaps: "who commutes from Évry, south of Paris, said": a bearing from a place too)
_REL_TAIL_RE = re.compile(
    rf"\d[\w\s.-]*|(?:(?:just\s+|about\s+\d+\s*(?:km|miles?|kilometres?)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?"
    rf"(?:\s+of)?|outside|near)\s+)?[{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*){{0,3}}"
)
_REL_BREAK_RE = re.compile(r"\b(?:while|whereas|but)\b")
# ", which", ", who", ", whose" opening a relative clause after a speaker's phrase.
# ", who ..." and (round T gaps) an appositive's own "who" with no comma ("a 44-year-old
# electrician who commutes from Camden, New Jersey, said"): its place list is no speaker.
_COMMA_RELATIVE_RE = re.compile(r",\s*(?:which|who|whose)\b|(?<=[a-z])\s+(?:who|whose)\s+(?!(?:is|was|are|were)\b)")
_MASK_RUN_RE = re.compile("\x00+")
_SINGLE_NAME_RE = re.compile(rf"[{_UP}][{_LOW}]+(?:[’'-][{_UP}]?[{_LOW}]+)?")


def _single_name_of_relation(head: str, name: str, roles: _Roles) -> bool:
    """True for a relation named by one given name: "His daughter, Joanne", "her son, Tyler".

    Tabloids and local papers name a victim's relatives by first name only;
    the possessive relation ("his daughter") shows the word is a person's name.
    """
    return (
        _SINGLE_NAME_RE.fullmatch(name) is not None
        and any(p.search(head) for p, _ in roles.relations)
        and head.split()[-1].lower() in roles.relation_words
    )


# A body's name closing a press release's signature ("..., Executive Director, Delta Rivers
# Watch."): capitalised words (with "of", "and", "the", "for" inside), then the sentence's end.
_RELEASE_BODY_RE = re.compile(rf"[{_UP}][\w'&.-]*(?: (?:of|and|the|for|[{_UP}][\w'&.-]*)){{1,6}}\.?")


def _lower_title_before_name(words: list[str], roles: _Roles) -> bool:
    """Whether the words are a lower-case title of up to five words, then a name of two or three ("fire service director X Y")."""
    k = next((i for i, w in enumerate(words) if not w[:1].islower()), len(words))
    return (
        2 <= k <= 5
        and 2 <= len(words) - k <= 3
        and words[k - 1].lower() in roles.speaker_nouns
        and all(_NAME_WORD_RE.fullmatch(w.rstrip(".")) for w in words[k:])
    )


def _wire_citing(text: str) -> re.Match[str] | None:
    """'Reuters citing ', 'AFP, quoting ' at the start of ``text``: a wire that cites the speaker named after it."""
    m = _WIRE_CITING_RE.match(text)
    if m is None:
        return None
    wire = m.group(1)
    return m if _listed_outlet(wire) or _ACRONYM_RE.fullmatch(wire) is not None else None


def _speaker_after(masked: str, pos: int, hi: int, roles: _Roles) -> str | None:
    """The speaker phrase right after a cue: "said Cox", "according to ICE", "said Jane Doe, a spokeswoman"."""
    seg = masked[pos:hi]
    m = _SKIP_AFTER_CUE.match(seg)
    if m:
        seg = seg[m.end() :]
    seg = seg.lstrip()
    if "citing " in seg or "quoting " in seg:
        wire = _wire_citing(seg)
        if wire is not None and _CITED_NAME_RE.match(seg, wire.end()) is not None:
            # Round AM: '"...," said Reuters citing the mines minister X': the wire reports,
            # the person it cites is the speaker, with their own title's role.
            seg = seg[wire.end() :]
    if not seg:
        return None
    boundary = _BOUNDARY_RE.search(seg)  # the first boundary character, in one pass
    body = seg[: boundary.start()] if boundary else seg
    opener = body.split(None, 1)
    if opener and opener[0].lower() in _ANONYMOUS_OPENERS:
        # Round X2: '"...," said a person familiar with the negotiations, who spoke on
        # condition of anonymity.': the anonymous source after the cue, as before it.
        anonymous = _ANONYMOUS_GROUP_RE.fullmatch(body.rstrip(" ."))
        if anonymous:
            return anonymous.group(1)
    if opener and opener[0].lower() in _PARTITIVE_OPENERS:
        # Round AK: '"...," said some of the lawyers outside the court.': a part of a
        # group of people named by their noun is the speaker, the group's noun its head.
        part = _PARTITIVE_AFTER_RE.match(body)
        if part and _is_head(part.group(2), roles):
            return part.group(1)
    first, _, rest = body.partition(",")
    words: list[str] = []
    tokens = first.split()
    for i, w in enumerate(tokens):
        low = w.lower().rstrip(".")
        if words and (low in _STOP or low in {"in", "on", "at"}) and not w[:1].isupper():
            if low in _FINITE_AUXILIARIES:
                # "and said the government would ...": the phrase after the cue is the
                # subject of the reported clause, not a speaker put after the verb.
                return None
            if (
                low in ("from", "by")
                and words[-1].lower() in _DOC_HEADS
                and 1 < len(tokens) - i <= 7
                and (tokens[i + 1][:1].isupper() or tokens[i + 1] == "the")
            ):
                # Round AD: '"...," according to a recall notice from Greenvale Foods': a
                # document's issuer after "from"/"by" is read with it (the document speaks
                # for its issuer).
                return " ".join(words + tokens[i:]).rstrip(".")
            break
        if not words and (low in _STOP or w in _OBJECT_ONLY_PRONOUNS) and not (
            # Round AE: '"...," said her cousin Adwoa Mensah, 26.': a possessive before a
            # relation or a title and a name opens the speaker, not the cue's object.
            low in ("her", "his", "their")
            and i + 2 < len(tokens)
            and (tokens[i + 1].lower() in roles.relation_words or tokens[i + 1].lower() in roles.speaker_nouns)
            and tokens[i + 2][:1].isupper()
        ):
            # "declaring it "not the province of this court"", "calling them "...": an
            # object pronoun after a cue is what the cue acts on, never an inverted speaker.
            return None
        words.append(w)
        if len(words) >= 9:
            break
    if not words:
        return None
    if words[-1].endswith(".") and not _ABBREVIATION_WORD_RE.fullmatch(words[-1]):
        words[-1] = words[-1].rstrip(".")
    head = " ".join(words)
    if not _is_head(words[-1].rstrip("."), roles):
        # Round AN: '"...," said a resident of Block 12 who declined to be named': a
        # description of a determiner, at most one modifier and a head noun before "of" and a
        # place or body ends at its head's complement; the phrase is read as written.
        of = next((j for j in range(2, min(4, len(words) - 1)) if words[j] in ("of", "from")), None)
        if (
            of is None
            or words[0].lower() not in _DETERMINERS | {"another"}
            or words[of - 1].lower() not in roles.speaker_nouns
            or not (words[of + 1][:1].isupper() or words[of + 1] == "the")
        ):
            return None
        return head
    if not (
        words[0][:1].isupper()
        or words[0].lower() in _DETERMINERS
        or words[0].lower() == "another"  # Round AN: '"...," said another resident.'
        or words[0].lower() in _PRONOUNS
        or words[0].lower() in roles.speaker_nouns  # "said farmer Glenn Hoeksema"
        # "said senior Maya Chen", "said sophomore Jamal Reed": lower-case words before a full name.
        or (len(words) >= 3 and len(words) <= 5 and all(w[:1].islower() for w in words[:-2])
            and all(_NAME_WORD_RE.fullmatch(w) for w in words[-2:]))
        # "said longtime resident Harold Jenkins": a modifier before the title.
        or (len(words) > 2 and words[1].lower() in roles.speaker_nouns and words[-1][:1].isupper())
        # Round AM: "said fire service assistant director Tomas Okello": up to five lower-case
        # words (a body, a rank, a title) before a name of two or three words, the last
        # of them a speaker's noun.
        or _lower_title_before_name(words, roles)
        # "said retired Det. Sgt. Bill Moran": one or two lower-case modifiers before a
        # capitalised title and a name.
        or (3 <= len(words) <= 7 and _MODIFIED_TITLED_NAME_RE.fullmatch(" ".join(words)) is not None)
    ):
        return None
    if len(words) == len(first.split()) and rest.strip():
        for chunk in rest.split(","):
            ap_words = chunk.split()
            if not ap_words or re.fullmatch(r"\d+", chunk.strip()):
                continue  # "Ahmed Hassan, 34, a father of three"
            lead = ap_words[0].lower()
            client = next((c for c in rest.split(",")[1:] if c.strip()), "")
            if lead in {"a", "an", "the", "who", "whose"} or lead in roles.speaker_nouns or (
                # Round AA: "said X, of Hegarty Finn Solicitors, which acts for the families":
                # the firm is named by "of" and the clause after it names the client.
                lead == "of" and len(ap_words) > 1 and ap_words[1][:1].isupper() and _CLIENT_CLAUSE_RE.match(client)
            ) or (
                # Round Y: "said Nadia Osei, principal solicitor at ...": a lower-case
                # modifier before the title noun opens the appositive as the noun does.
                len(ap_words) > 1 and lead.isalpha() and lead.islower()
                and ap_words[1].lower() in roles.speaker_nouns
            ):
                appositive = " ".join(ap_words[:14]).rstrip(".")
                if _CLIENT_CLAUSE_RE.match(client):
                    # Round Z2: "said X, a partner at the Montreal firm Gagnon Roy, who represents
                    # 200 Coinvault customers": the clause after the appositive names the client.
                    appositive = f"{appositive}, {client.strip().rstrip('.')}"
                elif ap_words[0][:1].isupper() and _RELEASE_BODY_RE.fullmatch(client.strip()):
                    # Round AB: a press release signs "said X, Executive Director, Delta Rivers
                    # Watch.": a capitalised title then the body's name, ending the sentence, is
                    # the title of that body.
                    appositive = f"{appositive} of {client.strip().rstrip('.')}"
                return f"{head}, {appositive}"
            name = chunk.strip().rstrip(".")
            if _single_name_of_relation(head, name, roles):
                return f"{head}, {name}"  # "said his daughter, Joanne"
            if (
                # Round AE: "said MUA state secretary, Karen Doyle": a title (after its body's
                # name) set off before the name is that person's, as a lower-case one is.
                (words[0][:1].islower() or words[-1].lower() in roles.speaker_nouns)
                and 2 <= len(name.split()) <= 4
                and all(_NAME_WORD_RE.fullmatch(w) for w in name.split())
            ):
                return f"{head}, {name}"  # "said its founder, Tamara Voss"
            break
    return head


# --- extraction --------------------------------------------------------------------

_LABEL_BEFORE = {
    "on", "as", "for", "of", "in", "into", "about", "under", "against", "with", "over", "from", "by", "to",
    "the", "a", "an", "its", "their", "his", "her", "our", "so-called", "called", "dubbed", "termed", "labeled",
    "labelled", "branded", "this", "that", "these", "those", "any", "some", "so",
}


_TITLE_SMALL_WORDS = frozenset(
    "a an the and or but nor for of in on at to by with from up as into vs. vs v. de la le".split()
)
_TITLE_WORD_RE = re.compile(rf"[A-Z0-9][\w’'&.-]*|[{_UP}][\w’'&.-]*")


def is_work_title(text: str) -> bool:
    """True when quoted words are a title in Title Case ("The Hate U Give"), not speech.

    Two to ten words, no sentence punctuation inside, first and last word
    capitalised and every other word capitalised or a short function word
    ("for", "of", "the"): the headline style of book, film and song titles.
    A sentence quoted in capitals is rare enough in news copy to accept.
    """
    body = text.strip().rstrip(",.;:!?").strip()
    if not body or re.search(r"[.!?;:,\x00\n]", body.rstrip(".")) or "\u201c" in body:
        return False
    words = body.split()
    if not 2 <= len(words) <= 10:
        return False
    if not (_TITLE_WORD_RE.fullmatch(words[0]) and _TITLE_WORD_RE.fullmatch(words[-1])):
        return False
    return all(_TITLE_WORD_RE.fullmatch(w) or w in _TITLE_SMALL_WORDS for w in words[1:-1])


def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """Every quote of a prepared article, with kind, speaker, role, cue and prominence."""
    ctx = _Context(doc, load_cues(), load_roles())
    spans = ctx.spans
    if not spans:
        return ()
    content = sum(s.end - s.start for s in doc.sentences) or 1
    before = _content_before(doc)
    # Titles of works ("The Bluest Eye", "No Country for Old Men") wear quote marks
    # but nobody says them: they are not quotes.
    # A cue right before it makes it speech again: 'protesters chanted "Stop Cop City"'.
    spans = [
        s
        for s in spans
        if not is_work_title(s.text)
        or any(w in ctx.cues.forms for w in _LOWER_WORDS_RE.findall(doc.text[max(0, s.open_mark - 40) : s.open_mark].lower())[-3:])
    ]
    # Quote marks in a headline or subheading are a headline convention
    # ("'A countdown, not a plan': Council orders camp cleared"): nobody is
    # attributed there, and the story quotes the words again in the body.
    headlines = ctx.headlines
    if headlines:
        spans = [s for s in spans if _sentence_index(doc, s.start) not in headlines]
    if not spans:
        return ()
    drafts: list[dict[str, Any]] = []
    for k, span in enumerate(spans):
        sent = doc.sentence_at(span.start) or _nearest_sentence(doc, span.start)
        if sent is None:
            continue
        drafts.append(_draft(ctx, span, sent.index, spans[k - 1] if k else None))
    for d in drafts:
        if d["entity"] is None and d["kind"] == "direct":
            trailing = ctx.trailing_attribution(d["span"])
            if trailing is not None:
                d.update(entity=trailing.entity, surface=trailing.surface, cue=trailing.cue, channel=trailing.channel)
    # Round X2: a translation in brackets right after an attributed quote ('« Le Québec a
    # déjà ... », Premier X told reporters. ("Quebec already has ...")') is the same
    # speaker's words, given whole: a direct quote of that speaker.
    for k, d in enumerate(drafts):
        span = d["span"]
        if not k or d["entity"] is not None or d["kind"] == "scare" or span.close_mark is None:
            continue
        glossed = drafts[k - 1]
        if glossed["entity"] is None or glossed["span"].close_mark is None:
            continue
        gap = doc.text[glossed["span"].close_mark + 1 : span.open_mark]
        if (
            gap.endswith("(")
            and "\n" not in gap
            and "\x00" not in ctx.masked[glossed["span"].close_mark + 1 : span.open_mark]
            and _BRACKET_CLOSE_RE.match(doc.text, span.close_mark + 1)
            and d["sentence"] - _end_sentence(doc, glossed["span"]) <= 1
        ):
            d.update(entity=glossed["entity"], kind="direct", inherited=True, surface=None, cue=None)
    # Inheritance: an unattributed direct quote after a quote by the same speaker,
    # and a paragraph that continues into the next quote mark.
    for k, d in enumerate(drafts):
        if d["entity"] is None and d["kind"] == "direct" and d["span"].continued:
            for later in drafts[k + 1 :]:
                if later["entity"] is not None:
                    d.update(entity=later["entity"], inherited=True, cue=later["cue"])
                    break
                if not later["span"].continued and later["entity"] is None:
                    break
    # Round Y2: the feature writer's quote before the name ("For Leanne Moss, a mother of
    # three, the vote came too late. ... \n\n"He found her through an app ..."): a
    # first-person quote paragraph with no cue, no quote just before it, and one named
    # person (no other) in the three sentences before is that person's.
    for k, d in enumerate(drafts):
        if d["entity"] is not None or d["kind"] != "direct" or d["own_cue"]:
            continue
        prev = drafts[k - 1] if k else None
        person = None
        if prev is None or _end_sentence(doc, prev["span"]) < d["sentence"] - 3:
            person = ctx.sole_person_before(d["span"], d["sentence"])
        if person is None:
            # Round AA: the name comes in the paragraph after ("That was how X described
            # it"), whatever quotes came before.
            person = ctx.sole_person_after(d["span"], _end_sentence(doc, d["span"]))
        if (
            person is None
            and (prev is None or _end_sentence(doc, prev["span"]) < d["sentence"] - 3)
            and k + 1 < len(drafts)
            and drafts[k + 1]["entity"] is not None
        ):
            # Round AA events: the anecdotal lede ('"They phoned me at eight o'clock ..."' /
            # 'Gordon Pyle had waited 26 months ...' / '"I've been walking with a cane
            # ...," he said.'): the person the next paragraph opens with, when the next
            # quote is theirs too.
            opener = ctx.subject_opening_next_paragraph(d["span"], _end_sentence(doc, d["span"]))
            nxt = drafts[k + 1]
            if (
                opener is not None
                and nxt["entity"].name == opener.name
                and doc.sentences[nxt["sentence"]].paragraph - doc.sentences[d["sentence"]].paragraph <= 2
            ):
                person = nxt["entity"]
        if person is not None:
            d.update(entity=person, inherited=True, surface=None, cue=None)
    for k, d in enumerate(drafts):
        if d["entity"] is not None or d["kind"] != "direct" or d["own_cue"]:
            continue
        prev = drafts[k - 1] if k else None
        end_sent = _end_sentence(doc, prev["span"]) if prev else -9
        if prev is not None and prev["entity"] is not None and prev["kind"] != "scare" and (
            d["sentence"] - end_sent <= 1 or prev["span"].continued or _run_on_paragraph(doc, ctx, prev, d, end_sent)
        ):
            d.update(entity=prev["entity"], inherited=True, surface=None, cue=d["participle"])
            continue
        # Indirect speech in the sentence just before: "Smith said the plan failed.\n“It never worked.”"
        for a in reversed(ctx.attributions.get(d["sentence"] - 1, [])):
            if a.entity is not None and (prev is None or _end_sentence(doc, prev["span"]) < d["sentence"] - 1):
                d.update(entity=a.entity, inherited=True, surface=None, cue=None)
                break
        else:
            # Round AQ: the sentence that introduces a cue-less quote paragraph names its
            # speaker as its subject, with any verb ("United States President X also offered
            # condolences.\n\n“Jill and I are heartbroken ...”"; "X burst out of the public
            # gallery to condemn the councillors.\n\n“It's illegal ...”").
            person = ctx.introducing_subject(d["span"], d["sentence"], prev)
            if person is not None:
                d.update(entity=person, inherited=True, surface=None, cue=None)
    # Round AQ: a spokesman with no body of their own ("said a spokesman", "spokesman Captain
    # X said") speaks for the one kind of body the sentence or the one before names, in a
    # name or in lower case ("The coast guard has confirmed five deaths ..., spokesman X said").
    for d in drafts:
        voice: _Entity | None = d["entity"]
        if voice is not None and voice.role == "unknown" and d["kind"] != "scare" and ctx.bare_spokes(voice):
            where = ctx.introduced_at(voice) if voice.kind == "person" else None
            role = ctx.sole_body_role(*(where or (d["sentence"], d["span"].open_mark)))
            if role is not None:
                d["entity"] = replace(voice, role=role)
    # Round Y2: a person whose one quote reads a role ("MD Andrew Pellow said in a
    # statement to the ASX": business) keeps it for the quotes that read none ("Pellow said").
    known_roles = {
        d["entity"].name: d["entity"].role
        for d in drafts
        if d["entity"] is not None and d["entity"].kind == "person" and d["entity"].role != "unknown"
    }
    if known_roles:
        for d in drafts:
            who: _Entity | None = d["entity"]
            if who is not None and who.kind == "person" and who.role == "unknown" and who.name in known_roles:
                d["entity"] = replace(who, role=known_roles[who.name])
    # 'the police said officers had “acted with restraint” and that “criminal elements” had
    # infiltrated': a second quoted phrase joined to an attributed partial quote by "and
    # that" (or "but that", "and said") is the same speaker's words, not a scare quote.
    for k, d in enumerate(drafts):
        prev = drafts[k - 1] if k else None
        if d["kind"] != "scare" or prev is None or prev["kind"] != "partial" or prev["entity"] is None:
            continue
        if prev["sentence"] != d["sentence"] or prev["span"].close_mark is None:
            continue
        between = doc.text[prev["span"].close_mark + 1 : d["span"].open_mark]
        if _SAME_CLAUSE_JOIN.fullmatch(between):
            d.update(kind="partial", entity=prev["entity"], inherited=True, surface=None, cue=None)
    # Round AI: 'Protesters chanted, "Close the mine", "Save our river" and "No more
    # lies".': a run of quotes after a cue, joined only by commas and a last "and" or
    # "or", is a list of the speaker's direct quotes, each theirs. A short item after a
    # comma is no quote of its own: it takes the kind of the run's first item, so a run
    # of partials ('used words such as "gruesome", "gross" and "cruel"') stays partial
    # and a run of the outlet's labels ('offered "lite", "classic" and "deluxe"
    # versions') stays scare quotes.
    for k, d in enumerate(drafts):
        prev = drafts[k - 1] if k else None
        if prev is None or prev["sentence"] != d["sentence"] or prev["span"].close_mark is None:
            continue
        if prev["kind"] == d["kind"] or not _QUOTE_RUN_JOIN.fullmatch(doc.text, prev["span"].close_mark + 1, d["span"].open_mark):
            continue
        short = _count_words(d["span"].text) <= 4
        if prev["kind"] == "direct" and prev["entity"] is not None:
            d.update(kind="direct", entity=prev["entity"], inherited=True, surface=None, cue=prev["cue"])
        elif d["kind"] == "direct" and short and (d["entity"] is None or d["inherited"] or d["entity"] == prev["entity"]):
            if prev["kind"] == "scare":
                d.update(kind="scare", entity=None, inherited=False, surface=None, cue=None)
            elif prev["entity"] is not None:
                d.update(kind="partial", entity=prev["entity"], inherited=True, surface=None, cue=prev["cue"])
    out: list[Quote] = []
    for order, d in enumerate(drafts):
        span = d["span"]
        ent: _Entity | None = d["entity"]
        cue = d["cue"]
        info = ctx.cues.forms.get(cue) if cue else None
        kind = d["kind"]
        if kind == "scare":
            ent, cue, info = None, None, None
        out.append(
            Quote(
                start=span.start,
                end=span.end,
                text=span.text,
                kind=kind,
                speaker=_as_written(ent.name, doc.text) if ent else None,
                speaker_surface=d["surface"] if ent and not d["inherited"] else None,
                speaker_role=ent.role if ent else "unknown",
                cue=cue,
                sentence=d["sentence"],
                words=_count_words(span.text),
                order=order,
                position=round(before(span.start) / content, 4),
                closed=span.closed,
                cue_lemma=info.lemma if info else None,
                cue_tag=info.tag if info else None,
                channel=d["channel"] if kind != "scare" else None,
                inherited=bool(d["inherited"]) and ent is not None,
            )
        )
    return tuple(out)


_CLOSING_MARKS = "\"\u201d\u2019'"
# Round AI: what joins the quotes of a list: a comma, "and" or "or" (each may follow the other).
_QUOTE_RUN_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")


def _as_written(name: str, text: str) -> str:
    """The speaker's name as the article writes it: the masked text reads "plc" as "PLC" and "al-" as "Al-"."""
    if name in text:
        return name
    if name.endswith(" PLC") and name[:-3] + "plc" in text:
        return name[:-3] + "plc"
    if "l-" in name:
        # "Yousef al-Nuaimi": the Arabic article is lower case inside the name where the article writes it so.
        lower = _ARABIC_ARTICLE_NAME_RE.sub(lambda m: m.group(1).lower() + "l-", name)
        if lower in text:
            return lower
    return name

# What joins a second quoted phrase to the reported clause of the first: "and that", "but
# that", "and said", "and added that" (a comma may stand before it). Nothing else may stand
# between the two quotes, so 'called it “dead” while critics called it “overdue”' is two voices.
_SAME_CLAUSE_JOIN = re.compile(r"\s*,?\s*(?:and|but)\s+(?:(?:said|added|insisted|warned|argued)\s+)?that\s+|\s*,?\s*and\s+(?:said|added)\s+")


def _headline_sentences(doc: Document) -> frozenset[int]:
    """The indices of the sentences that read as a headline or subheading.

    :func:`framing.prepare.is_headline` decides; a headline that ends with
    the closing mark of its quote ("MUM'S FURY: 'They took everything'") is
    judged without that mark, since the mark is not closing punctuation.
    A paragraph whose every sentence is written in title case ("Westmark's
    Supreme Court Just Upheld a Six-Week Abortion Ban. Pregnant People Will
    Pay the Price.") is a headline too, full stops and all: magazine and
    women's-interest sites write their headlines as two sentences, and its
    capitalised verbs ("Just Upheld") are no speaker's name.
    """
    title_paragraphs = _title_case_paragraphs(doc)
    found = set()
    for sent in doc.sentences:
        if is_headline(sent, doc.paragraphs, doc.sentences):
            found.add(sent.index)
            continue
        if sent.paragraph in title_paragraphs:
            found.add(sent.index)
            continue
        text = sent.text.rstrip()
        if text[-1:] in _CLOSING_MARKS:
            bare: Sentence = replace(sent, text=text.rstrip(_CLOSING_MARKS))
            if bare.text.strip() and is_headline(bare, doc.paragraphs, doc.sentences):
                found.add(sent.index)
    return frozenset(found)


def _title_case_paragraphs(doc: Document) -> frozenset[int]:
    """The paragraphs, not the last, whose every sentence is in title case (a headline of full sentences)."""
    by_para: dict[int, list[Sentence]] = {}
    for sent in doc.sentences:
        by_para.setdefault(sent.paragraph, []).append(sent)
    if len(by_para) < 2:
        return frozenset()
    last = max(by_para)
    return frozenset(
        p for p, sents in by_para.items() if p != last and all(is_title_case(s.text) for s in sents)
    )


def _sentence_index(doc: Document, offset: int) -> int | None:
    sent = doc.sentence_at(offset) or _nearest_sentence(doc, offset)
    return sent.index if sent is not None else None


def _nearest_sentence(doc: Document, offset: int) -> Any:
    best = None
    for s in doc.sentences:
        if s.start <= offset:
            best = s
    return best


def _run_on_paragraph(doc: Document, ctx: _Context, prev: dict[str, Any], d: dict[str, Any], end_sent: int) -> bool:
    """Round AG: an unclosed quote, one first-person paragraph with no mark and no cue, then a cue-less quote.

    A long quote run over several paragraphs opens each with a mark and closes
    only at its end; a paragraph whose opening mark the copy dropped ("...
    announced.\n\nEven from the depot ... I did not ...\n\n"So, that ...") is
    still the speaker's, and so is the quote paragraph after it.
    """
    if prev["span"].closed or not 0 <= end_sent < d["sentence"] - 1:
        return False
    sents = doc.sentences
    between = sents[end_sent + 1 : d["sentence"]]
    if not between or between[0].paragraph != sents[end_sent].paragraph + 1:
        return False
    if any(s.paragraph != between[0].paragraph for s in between) or sents[d["sentence"]].paragraph != between[0].paragraph + 1:
        return False
    text = doc.text[between[0].start : between[-1].end]
    if any(c in text for c in "\"“”«»") or any(a.entity is not None for s in between for a in ctx.attributions.get(s.index, [])):
        return False
    return _FIRST_PERSON_RE.search(text) is not None


def _reference_kinds_re(roles: _Roles) -> re.Pattern[str]:
    """A lower-case kind of body after "the" ("the coast guard", "the company"), or police, from the roles lexicon's references."""
    kinds = tuple(sorted((k for k, v in roles.references.items() if v != "any"), key=len, reverse=True))
    return _kinds_alternation(kinds)


@lru_cache(maxsize=8)
def _kinds_alternation(kinds: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:the|its|their)\s+(" + "|".join(re.escape(k) for k in kinds) + r")\b|\b(police)\b")


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """The words naming a country (its names and demonyms) in the gazetteer's ``party_countries``, lower case."""
    return frozenset(w.lower() for words in load_gazetteer().party_countries.values() for w in words)


def _end_sentence(doc: Document, span: QuoteSpan) -> int:
    s = doc.sentence_at(max(span.start, span.end - 1)) or _nearest_sentence(doc, span.end)
    return s.index if s is not None else -9


def _content_before(doc: Document) -> Any:
    starts = [s.start for s in doc.sentences]
    cum = [0]
    for s in doc.sentences:
        cum.append(cum[-1] + s.end - s.start)

    def before(offset: int) -> int:
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo == 0:
            return 0
        s = doc.sentences[lo - 1]
        return cum[lo - 1] + min(offset, s.end) - s.start

    return before


_DASH_COMMENT_RE = re.compile(r"[\s,]*[—–]\s*(?:a|an)\s")
# A clause of its own after the quote, opened by a subordinator: '" as Mr C declared'.
_SUBORDINATE_AFTER_RE = re.compile(r"\s*(?:as|while|whereas|when|after|before|because|since|although|though)\s+(?!if\b)")
_ASIDE_DASH_RE = re.compile(r"\s[—–]\s|\s-\s")


def _in_aside(masked: str, lo: int, cue: int, open_mark: int) -> bool:
    """True when a cue before a quote sits in a dash pair or brackets that close before it (round AA events).

    "Holt hit back that the plan – which the Finance Ministry estimates would
    cost NKr 4.2bn – was "a gift ..."": the aside's cue reports the ministry's
    estimate, not the quote.
    """
    before = masked[lo:cue]
    after = masked[cue:open_mark]
    if before.count("(") > before.count(")") and ")" in after:
        return True
    return len(_ASIDE_DASH_RE.findall(before)) % 2 == 1 and _ASIDE_DASH_RE.search(after) is not None


def _draft(ctx: _Context, span: QuoteSpan, sentence: int, prev: QuoteSpan | None) -> dict[str, Any]:
    doc, masked = ctx.doc, ctx.masked
    sent = doc.sentences[sentence]
    left_lo = sent.start
    after_prev_quote = False
    if prev is not None and prev.close_mark is not None and sent.start <= prev.close_mark < span.open_mark:
        left_lo = prev.close_mark + 1
        after_prev_quote = True
    close_end = span.close_mark + 1 if span.close_mark is not None else span.end
    end_sent = doc.sentence_at(close_end - 1) or doc.sentence_at(span.end - 1) or sent
    # The quote's own clause: "X called the vote "...", while Y said the plan
    # "..."" holds two attributions, and each quote belongs to its clause's cue.
    clause_lo, clause_hi = ctx.clause(span.open_mark, close_end, sent.start, end_sent.end)
    left_lo = max(left_lo, clause_lo)
    left = doc.text[left_lo : span.open_mark]
    nxt = masked.find("\x00", close_end, end_sent.end)
    right_hi = nxt if nxt != -1 else end_sent.end
    right_hi = min(right_hi, clause_hi)
    if close_end >= end_sent.end:
        right_hi = close_end

    att = None
    # 0. A trailing attribution that closes the sentence after the quote: "Bookies
    # promised Rs 1.2 crore for 'leaking' runs, say cops" (headline style), "...,
    # claim residents": the people named after the verb speak, not the clause's subject.
    trailing = _TRAILING_SAY_RE.search(masked, close_end, end_sent.end) if span.close_mark is not None else None
    if trailing:
        entity = ctx.analyse(trailing.group(2), trailing.start(1), end_sent.index)
        if entity is not None:
            att = _Attribution(trailing.start(1), trailing.end(1), trailing.group(1), trailing.group(2), entity, None)
    # 1. The attribution right after the quote: '..." Cox said.' / '..." said Cox.'
    if span.close_mark is not None and right_hi > close_end:
        for a in ctx._attributions_in(close_end, right_hi, end_sent.index):
            gap = masked[close_end : a.cue_start]
            if len(gap.split()) <= 12 and a.entity is not None:
                if _DASH_COMMENT_RE.match(gap):
                    # Round AA events: '"since this government took office" — a claim the
                    # Holt campaign called false': a dash and a noun phrase comment on the
                    # words; the cue in that comment is no attribution of them.
                    break
                att = a
                break
    if att is None and span.close_mark is not None and "@" in doc.text[close_end : close_end + 80]:
        sig = _POST_SIGNATURE_RE.match(doc.text, close_end)
        if sig:
            # Round AH: '"..." - Ruth Adams @ruthadams', '"..." — Ruth Adams (@ruthadams)': a
            # quoted post signed by its author and handle is the author's, never the handle's
            # of the post before it.
            surface = sig.group(1) or sig.group(2)
            entity = ctx.analyse(surface, sig.start(), end_sent.index)
            if entity is not None:
                att = _Attribution(sig.start(), sig.start(), ":", surface, entity, None)
    # 2. The nearest attribution before it in its sentence.
    left_atts = [
        a for a in ctx.attributions.get(sentence, [])
        if left_lo <= a.cue_start < span.open_mark and not _in_aside(masked, left_lo, a.cue_start, span.open_mark)
    ]
    if (
        att is not None
        and left_atts
        and _SUBORDINATE_AFTER_RE.match(masked, close_end, att.cue_start)
        and (before := next((a for a in reversed(left_atts) if a.entity is not None), None)) is not None
        and _clause_words(masked[before.cue_end : span.open_mark]) is not None
    ):
        # Round AF part 2: 'Mr A said B and his team "belong in the dock" as Mr C declared
        # that ...': the quote lies in the object clause of the cue before it; the cue
        # after it has a clause (and a subject) of its own.
        att = None
    if att is None:
        for a in reversed(left_atts):
            if a.entity is not None:
                att = a
                break
    # 3. A cue further right in the sentence ('on "grounds," officials confirm').
    if att is None and span.close_mark is not None:
        for a in ctx._attributions_in(close_end, max(close_end, clause_hi), end_sent.index):
            if a.entity is not None:
                if not _DASH_COMMENT_RE.match(masked, close_end, a.cue_start):
                    att = a
                break
    if att is not None and att.entity is not None and att.cue_start > span.open_mark and left_atts:
        # Round AN: 'Calling it a "fight against hunger", Governor X said ...', 'Describing the
        # scene as "chaotic", fire chief X said': a participle opening the sentence has no
        # subject of its own; the main clause's subject is its speaker, with its own verb.
        opener = left_atts[0]
        if (
            opener.entity is None
            and opener.cue.endswith("ing")
            and not masked[sent.start : opener.cue_start].strip(" \"“‘'")
            and "," not in masked[opener.cue_end : span.open_mark]
            and masked[close_end : att.cue_start].count(",") <= 1
            and "\x00" not in masked[close_end : att.cue_start]
        ):
            borrowed = replace(opener, entity=att.entity, surface=att.surface)
            left_atts[0] = borrowed
            att = borrowed
    # 4. An attribution ending the previous sentence with a colon: 'Cox said:\n"..."'
    stripped = left.strip()
    if att is None and not stripped and sentence > 0 and doc.sentences[sentence - 1].text.rstrip().endswith(":"):
        for a in reversed(ctx.attributions.get(sentence - 1, [])):
            if a.entity is not None:
                att = a
                break

    if att is None and not stripped and sentence > 0:
        intro = doc.sentences[sentence - 1]
        if (
            intro.paragraph < sent.paragraph
            and intro.text.rstrip().endswith(":")
            and not any(a.entity is not None for a in ctx.attributions.get(sentence - 1, []))
            and "\x00" not in masked[intro.start : intro.end]
        ):
            # Round AA events: "In his closing statement, Brandt looked straight into the
            # camera:" and the quote paragraph(s) under it: the person who opens the
            # sentence the colon ends speaks them.
            subject = _opening_subject(masked[intro.start : intro.end], ctx.roles)
            entity = ctx.analyse(subject, intro.start, sentence - 1) if subject else None
            if entity is not None and entity.kind == "person":
                att = _Attribution(intro.end, intro.end, ":", subject, entity, None)
    participle = None
    if att is None and stripped.endswith(":") and not left_atts and " " not in stripped:
        form = ctx.cues.forms.get(stripped[:-1].lower())
        if form is not None and stripped[:-1].endswith("ing"):
            # Round AF part 2: '..., she said. Adding: "..."': a participle cue before a
            # colon goes on with the speaker before; it names nobody ("Adding" is no name).
            participle = stripped[:-1]
    if att is None and stripped.endswith(":") and not left_atts and participle is None:
        # "Quarterback Jalen Hurts, who threw two interceptions, was blunter: "...""
        subject = _leading_subject(left, ctx.roles)
        entity = ctx.analyse(subject, span.open_mark, sentence) if subject else None
        if entity is not None:
            att = _Attribution(span.open_mark, span.open_mark, ":", subject, entity, None)
    own_words = None
    if not left_atts and span.close_mark is not None:
        own_words = _WORDS_SUCH_AS_RE.search(masked, sent.start, span.open_mark)
        if own_words:
            # Round AH: 'The court used words such as "callous" and "calculated"': the
            # words are the clause subject's own, quoted as partials.
            subject = ctx.opening_subject(own_words.start(1), sentence)
            entity = ctx.analyse(subject, own_words.start(1), sentence) if subject else None
            if entity is not None:
                # (before any cue further right: 'used words such as "cruel" ... and said the
                # "..." crime': the words are what the subject used, not said.)
                att = _Attribution(own_words.start(1), own_words.end(1), own_words.group(1), subject, entity, None)
            else:
                own_words = None
    weak = None
    near: list[_Attribution] = []
    if att is None:
        # A cue whose speaker cannot be resolved ("the company" with no company
        # named): keep the cue and the phrase, never a guessed speaker.
        near = [
            a
            for a in ctx._attributions_in(close_end, right_hi, end_sent.index)
            if span.close_mark is not None and len(masked[close_end : a.cue_start].split()) <= 12
            and not _DASH_COMMENT_RE.match(masked, close_end, a.cue_start)
        ] + left_atts[::-1]
        weak = next((a for a in near if a.surface), None)
        # A cue of the quote's own ("The airline said: ..."), even one whose subject
        # could not be read, says someone else may speak: the quote inherits nobody.
        # A document as the subject ("the statement said") is a channel, no other speaker.
        own_cue = any(a.surface is None or not _DOC_NOUN_RE.search(a.surface) for a in near)
    else:
        own_cue = True
    has_cue_left = bool(left_atts)
    standalone = (
        not stripped
        or stripped.endswith(":")
        or (stripped.endswith(",") and (has_cue_left or after_prev_quote))
        or (after_prev_quote and not stripped.strip(",.;"))
    )
    words = _count_words(span.text)
    if standalone:
        kind = "direct"
    else:
        before_words = _LOWER_WORDS_RE.findall(left.lower())
        last_word = before_words[-1] if before_words else ""
        # Round AI: 'said the ministry had to "stop hiding the figures"', 'were sent to
        # "search the wreck again"': a verb phrase after an infinitive "to" is no label.
        label = last_word in _LABEL_BEFORE and not (last_word == "to" and _infinitive_to(before_words, span.text))
        # "the so-called "reform"": the outlet marks its distance; nobody is quoted.
        so_called = last_word == "so-called" or before_words[-2:] == ["so", "called"]
        cue_close = not so_called and any(
            _governs(masked[a.cue_end : span.open_mark]) or _in_predicate(masked[a.cue_end : span.open_mark])
            for a in left_atts
            if a.entity is not None
        )
        if (
            not cue_close
            and not so_called
            and att is not None
            and att.cue_start > span.open_mark
            and _in_predicate(masked[left_lo : span.open_mark], copular=True)
        ):
            # Round AI: 'The terminal was a "spectacular" failure, X said': a cue after the
            # clause governs its predicate as a cue before it does; only after a copula, as
            # the clause before a trailing cue is the outlet's own sentence ('Police raided
            # the "safe house", officials said' keeps the outlet's label).
            cue_close = True
        if att is None and not so_called and after_prev_quote:
            # "said the homes were 'beyond repair' and that residents would be offered
            # a 'right to return'": the clause that governed the quote before goes on.
            for a in reversed(ctx.attributions.get(sentence, [])):
                if a.entity is not None and clause_lo <= a.cue_start < left_lo - 1:
                    if _continues(masked[a.cue_end : span.open_mark]):
                        att, cue_close = a, True
                    break
        if words <= 4 and (att is None or so_called or (label and not cue_close)) and own_words is None:
            kind = "scare"
            if (
                att is None
                and near
                and not label
                and not so_called
                and last_word not in ctx.cues.forms
                and _predicate_slot(before_words, span.text)
                and not _vote_option(ctx.cues, span, masked, left_lo)
            ):
                # Round AI: 'The losses were "carefully" concealed, according to the inquiry':
                # an adverb or a predicate (no label) in the clause of a cue whose speaker
                # cannot be read is that cue's partial, speaker unknown, not the outlet's mark
                # (a name right after the cue, 'what critics call "wage theft"', and a
                # modifier before a noun, 'the exchange's internet-connected "hot" wallets,
                # according to the filing', stay scare quotes).
                kind = "partial"
        elif words == 1 and _vote_option(ctx.cues, span, masked, left_lo):
            # Round AH: 'the "no" camp won', 'most of his district voted "yes"': the
            # option's name, a mention, not the speech of whoever is near.
            kind = "scare"
        else:
            kind = "partial"
    if kind == "scare":
        att = None
    if att is None and weak is not None and kind != "scare":
        att = weak
    if (
        att is not None
        and att.entity is not None
        and att.entity.role == "unknown"
        and att.entity.kind == "person"
        and _EXCHANGE_CHANNEL_RE.match(masked, att.cue_end)
    ):
        # Round Y2: "MD Andrew Pellow said in a statement to the ASX": only a listed
        # company's officer reports to a stock exchange; the speaker is business.
        att = replace(att, entity=replace(att.entity, role="business"))
    return {
        "span": span,
        "sentence": sentence,
        "kind": kind,
        "entity": att.entity if att else None,
        "surface": att.surface if att else None,
        "cue": att.cue if att and att.cue != ":" else None,
        "channel": att.channel if att else None,
        "inherited": False,
        "own_cue": own_cue and participle is None,
        "participle": participle,
    }


_CLAUSE_WORDS = re.compile(
    r"\b(?:that|which|who|whom|when|where|while|because|although|though|if|was|were|is|are|be|been|being|has|have"
    r"|had|will|would|can|could|should|may|might|must|did|does|do)\b",
    re.IGNORECASE,
)


_GOVERN_STOP_RE = re.compile(r"[,;:—–]")


def _governs(between: str) -> bool:
    """True when the words between a cue and a quote keep the quote in the cue's clause.

    "described the conditions as "deplorable"" keeps it; "confirmed that 300
    workers were released on "humanitarian grounds"" opens a new clause with its
    own verb, so the label is the outlet's.
    """
    words = re.findall(r"\w+", between)
    if len(words) <= 3:
        return True
    # Round AN: "described his meeting Monday with officials from the State Water Board and
    # the Department of Health as "..."": a long object before the "as" of its complement.
    limit = 20 if words[-1] == "as" else 10
    return len(words) <= limit and not _CLAUSE_WORDS.search(between) and not _GOVERN_STOP_RE.search(between)


_COPULAS = frozenset(
    "is are was were be been being am become becomes became remain remains remained seem seems seemed "
    "appear appears appeared".split()
)
# Round AI: verbs that link a subject to its predicate like a copula ("the closure came as "a shock"").
_COPULAR_VERBS = frozenset("proved proves prove came comes come looked looks sounded sounds felt feels".split())
# Round AI: a verb phrase, no label, after "to": the verb before takes an infinitive
# ("needed to", "had to", "vowed to"), or one that takes an object and an infinitive
# stands a few words before ("urged the council to", "advised the public to"), or the
# fragment's second word is a determiner, a pronoun, a particle or a gerund ("to "calm
# the situation"", "to "stop hiding the figures"": a verb and its object).
_TO_INFINITIVE_BEFORE = frozenset(
    "need needs needed have has had having want wants wanted try tries tried trying plan plans planned aim aims "
    "aimed vow vows vowed pledge pledges pledged promise promises promised decide decides decided agree agrees "
    "agreed refuse refuses refused fail fails failed seek seeks sought hope hopes hoped expect expects expected "
    "intend intends intended continue continues continued begin begins began started ought able ready order "
    "deserve deserves deserved struggle struggles struggled".split()
)
_TO_INFINITIVE_OBJECT_VERBS = frozenset(
    "urge urges urged ask asks asked tell tells told advise advises advised encourage encourages encouraged "
    "order orders ordered allow allows allowed force forces forced persuade persuaded invite invites invited "
    "instruct instructed warn warns warned call calls called press pressed".split()
)
_VERB_OBJECT_OPENERS = frozenset("up down out back off".split())
_FRAGMENT_WORD_RE = re.compile(r"[\w’'-]+")


def _infinitive_to(before_words: Sequence[str], fragment: str) -> bool:
    """True when a quoted fragment after "to" is a verb phrase (an infinitive), not a label."""
    words = _FRAGMENT_WORD_RE.findall(fragment)
    if not words or not words[0][:1].islower() or words[0] in _LABEL_DETERMINERS or words[0].isdigit():
        return False
    if len(before_words) >= 2 and before_words[-2] in _TO_INFINITIVE_BEFORE:
        return True
    if _TO_INFINITIVE_OBJECT_VERBS.intersection(before_words[-5:-2]):
        return True
    if len(words) < 2:
        return False
    second = words[1].lower()
    return (
        second in _LABEL_DETERMINERS or second in _OBJECT_PRONOUNS or second in _VERB_OBJECT_OPENERS
        or (second.endswith("ing") and len(second) > 4)
    )


_PERFECT_AUXILIARIES = frozenset("has had have having been".split())
_IRREGULAR_PARTICIPLES = frozenset(
    "made done given taken seen held kept put set sent brought found left shown known paid built cut become".split()
)
_FINITE_FRAGMENT_OPENERS = frozenset("has have had is are was were will would can could should must did does do".split())


def _predicate_slot(before_words: Sequence[str], fragment: str) -> bool:
    """True when a fragment stands where only a verb's own words go: an adverb, or right after a verb.

    'were "carefully" concealed', 'was "monitoring the situation"', 'had
    "knowingly" misled', 'to "calm the situation"' (an infinitive, see
    :func:`_infinitive_to`), 'called it "unconstitutional"', 'admitted the
    report was cleared "in a hurry"'; not after a modifier of a noun
    ('internet-connected "hot" wallets', 'the new "open" category').
    """
    words = _FRAGMENT_WORD_RE.findall(fragment)
    if len(words) == 1 and words[0].endswith("ly") and words[0][:1].islower():
        return True
    if words and words[0] in _FINITE_FRAGMENT_OPENERS:
        return True  # 'saying the government "has the names"': the fragment holds the verb
    last = before_words[-1] if before_words else ""
    prev = before_words[-2] if len(before_words) >= 2 else ""
    if last in _COPULAS or last in _PERFECT_AUXILIARIES or last in _BEFORE_BASE_VERB or last in _OBJECT_PRONOUNS:
        return True
    verb = last in _IRREGULAR_PARTICIPLES or (last.endswith(("ed", "ing")) and len(last) > 3 and "-" not in last)
    return verb and prev not in _LABEL_DETERMINERS


# A base verb follows these: "could lead to", "would be offered", "to fall into".
_BEFORE_BASE_VERB = frozenset("will would can could may might should must shall did does do to not".split())
_LABEL_DETERMINERS = frozenset("the a an its their his her our this that these those any some".split())
_PREPOSITIONS = frozenset(
    "on as for of in into about under against with over from by to at like beyond toward towards "
    "through without within onto upon".split()
)
_OBJECT_PRONOUNS = frozenset("it him her them us me this that".split())
# Words that open a new clause of the outlet's own: "... said he was sorry after
# the company was accused of "greed"" does not put "greed" in the speaker's mouth.
_CLAUSE_OPENERS = frozenset(
    "after before when while because since although though until unless if whereas where which who whom but "
    "so-called".split()
)
_CLAUSE_PUNCT_RE = re.compile(r"[,;:—–()\[\]]")
_MASKED_RUN_RE = re.compile(r"\x00+[,.]?")


def _clause_words(between: str) -> list[str] | None:
    """The lower-case words between a cue and a quote when they stay in one reported clause, else None.

    Quoted words (masked) may lie between: they belong to the same clause
    ('said the homes were "..." and that ...'); other punctuation, a clause
    opener or more than 20 words mean the outlet's own syntax has taken over.
    """
    plain = _MASKED_RUN_RE.sub(" ", between)
    if _CLAUSE_PUNCT_RE.search(plain):
        return None
    words = _LOWER_WORDS_RE.findall(plain.lower())
    if len(words) > 20 or _CLAUSE_OPENERS.intersection(words):
        return None
    return words


def _in_predicate(between: str, *, copular: bool = False) -> bool:
    """True when a quote after a preposition or determiner is the predicate of the clause a cue governs.

    "claimed that the vote amounted to "censorship"", "said the law is a
    "power grab"", "accused him of running a "slumlord operation"": the
    fragment follows the reported clause's own verb (a copula, a past form, a
    gerund, or a base verb after a modal), with at most a preposition (and its
    object pronoun) and a determiner between, so the words are the speaker's.
    "confirmed that 300 workers were released back into the U.S. on
    "humanitarian grounds"" puts a noun ("U.S.") before the preposition: the
    label sits in an adjunct of the outlet's choosing and stays a scare quote.
    ``copular``: only a copula (or a verb of seeming or coming out: "proved",
    "came as") or a base verb after a modal makes a predicate, for a cue after
    the clause (round AI).
    """
    words = _clause_words(between)
    if not words:
        return False
    i = len(words) - 1
    consumed = False
    if words[i] in _LABEL_DETERMINERS:
        i, consumed = i - 1, True
    if i >= 0 and words[i] in _PREPOSITIONS:
        i, consumed = i - 1, True
        if i >= 1 and words[i] in _OBJECT_PRONOUNS:
            i -= 1  # "described it as", "accused him of"
    if not consumed or i < 0:
        return False
    verb, prev = words[i], words[i - 1] if i else ""
    if verb in _COPULAS or prev in _BEFORE_BASE_VERB:
        return True
    if copular:
        return verb in _COPULAR_VERBS
    if prev in _CLAUSE_SUBJECT_PRONOUNS and verb.isalpha():
        # Round AN: 'said it will support the families as they deal with "this profound
        # loss"': a present verb right after a subject pronoun is the clause's own verb too.
        return True
    # A past form or a gerund is a verb unless a determiner makes it a noun or
    # an adjective ("the meeting", "a detailed").
    return verb.endswith(("ed", "ing")) and len(verb) > 4 and prev not in _LABEL_DETERMINERS


_CLAUSE_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_QUOTES_BUT_RE = re.compile(r"\x00\s+(?:but|yet)\s+\Z")


def _continues(between: str) -> bool:
    """True when a quote after an earlier quote still lies in the clause of the cue before both.

    'called the plan "reckless" and "cruel"', 'said the homes were "..." and
    that residents would be offered a "..."': only coordination and the
    reported clause's own words lie between, and the quote is not a label
    after a preposition or determiner unless it is the clause's predicate.
    """
    # Round AI: 'ruled the levy was "unfair" but "lawful"': "but" right between two
    # quotes coordinates them as "and" does.
    between = _QUOTES_BUT_RE.sub("\x00 and ", between)
    words = _clause_words(between)
    if words is None or "\x00" not in between:
        return False
    if words and (words[-1] in _LABEL_DETERMINERS or words[-1] in _PREPOSITIONS):
        return _in_predicate(between)
    return True


# --- profile ---------------------------------------------------------------------


def quote_profile(doc: Document, quotes: Sequence[Quote]) -> QuoteProfile:
    """Per-article figures: words quoted by speaker and role, first voice, cues, kinds."""
    total = doc.words or 1
    voiced = [q for q in quotes if q.kind != "scare"]
    quoted_words = sum(q.words for q in voiced)
    speakers: dict[str, list[Quote]] = {}
    for q in voiced:
        if q.speaker is not None:
            speakers.setdefault(q.speaker, []).append(q)
    by_speaker = []
    for name, qs in speakers.items():
        cues = tuple(dict.fromkeys(q.cue for q in qs if q.cue))
        loaded = tuple(dict.fromkeys(q.cue for q in qs if q.cue and q.cue_tag == "loaded"))
        w = sum(q.words for q in qs)
        by_speaker.append(
            SpeakerStat(name, qs[0].speaker_role, len(qs), w, round(w / total, 4), qs[0].order, qs[0].position, cues, loaded)
        )
    by_speaker.sort(key=lambda s: (-s.words, s.first_order))
    roles: dict[str, list[Quote]] = {}
    for q in voiced:
        roles.setdefault(q.speaker_role, []).append(q)
    by_role = []
    for role in ROLES:
        qs = roles.get(role, [])
        if not qs:
            continue
        w = sum(q.words for q in qs)
        names = tuple(dict.fromkeys(q.speaker for q in qs if q.speaker))
        by_role.append(RoleStat(role, len(qs), w, round(w / total, 4), names))
    first = next((q for q in voiced if q.speaker is not None), None)
    return QuoteProfile(
        article=doc.article.id,
        quotes=len(quotes),
        article_words=doc.words,
        quoted_words=quoted_words,
        quoted_share=round(quoted_words / total, 4),
        direct=sum(q.kind == "direct" for q in quotes),
        partial=sum(q.kind == "partial" for q in quotes),
        scare=sum(q.kind == "scare" for q in quotes),
        unattributed=sum(q.speaker is None and q.kind != "scare" for q in quotes),
        first_voice=first.speaker if first else None,
        first_voice_role=first.speaker_role if first else None,
        first_voice_position=first.position if first else None,
        by_speaker=tuple(by_speaker),
        by_role=tuple(by_role),
        scare_quotes=tuple(q for q in quotes if q.kind == "scare"),
    )


# --- input -----------------------------------------------------------------------


def load_articles(paths: Sequence[str | Path], *, library: str | Path | None = None) -> tuple[Article, ...]:
    """Articles from plain text files, article files, event folders or event slugs."""
    from framing.events import load_article, load_event, read_text_file, resolve_event, slugify

    out: list[Article] = []
    for item in paths:
        path = Path(item)
        if path.is_file():
            raw = read_text_file(path)
            if raw.lstrip("\ufeff").startswith("---"):
                out.append(load_article(path))
            elif not raw.strip():
                raise ArticleError(f"{path}: the file is empty; give a file with the article text")
            else:
                # A plain text file: no header needed, the file name stands for the outlet.
                out.append(Article(id=slugify(path.stem), outlet=path.stem, text=raw, path=str(path)))
        else:
            out.extend(load_event(resolve_event(str(item), library)).articles)
    return tuple(out)
