"""Quantities in news text, and the same figures compared across outlets.

This module owns numbers: it finds every quantity in a prepared document
(counts, ages, percentages and shares such as "two-thirds" or "one in five",
rates such as "50 cases per 100,000", money, dates and times, durations,
ordinals), keeps the hedge
a reporter put on it ("about", "more than"), the thing it counts ("680
undocumented immigrants" counts people) and what those things did or underwent
(its role: "were killed", "walked off the job", "evacuation of", "in damages"),
and lines up the figures of several articles side by side: the same figure, a
different figure or wording for the same thing, or a figure only one outlet
gives. Counts of people, money and prison terms are paired only when their
roles agree, so a meeting's attendance is never set against a walkout's size,
nor a cost against a budget. Words come from
``lexicons/quantities.yaml``; people-naming terms are folded into one concept
with the naming lexicon when it is installed (see :func:`people_spans`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from framing._calendar import MONTH_NUMBERS as _MONTHS
from framing._calendar import WEEKDAYS as _WEEKDAYS
from framing._punkt import porter_stem as _stem
from framing._stopwords import ENGLISH_STOP_WORDS

from framing.errors import LexiconError
from framing.lexicons import lexicon_path, read_lexicon, require_list
from framing.model import Document, Sentence

KINDS = ("count", "age", "percent", "money", "date", "duration", "ordinal", "tally", "rate")
BOUNDS = ("exact", "approx", "above", "below")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure as written, with its hedge and what it counts.

    ``text`` runs from the hedge ("more than") to the unit ("percent",
    "million"); ``value`` is None for vague figures ("hundreds", "several
    hundred") and for calendar dates ("April 15", whose ``unit`` is the day as
    "04-15" or "2025-04-15"). A vote tally ("6-3", "by a vote of 51 to 49") is
    one figure of kind ``tally``: ``value`` is its first figure, ``unit`` the
    tally as "6-3", ``counts`` "vote"; a match score ("beat Everton 3-0", "a 2-1
    win", "Rovers 2-0 Athletic") is a tally counting "score". A time of day ("7 p.m.") is a ``date``
    counting "time", its value the hour on a 24-hour clock. A share ("two-thirds of students", "one in
    five") is a ``percent`` (66.7, 20). A rate ("nearly 50 cases per 100,000") is of kind ``rate``, its
    ``counts`` the base ("per 100,000"), its ``unit`` what it counts ("cases"): compared only with rates. ``bound`` is the hedge's meaning (``approx``, ``above``,
    ``below``, ``exact``), ``unit`` the words after the figure that say what it
    counts ("undocumented immigrants"), ``counts`` the folded concept used to
    compare outlets ("people", "agent", "percent"), ``actions`` the verb-like
    words of its sentence ("arrested", "released"; compared by stem) that tell a
    count of people arrested from a count of people released; ``role`` is
    what the things counted did or underwent, read next to the figure ("were
    killed", "evacuation of", "walked off the job"): a concept of the roles
    lexicon ("killed", "walked out") or, for a verb in none, the verb in lower case as
    written ("involved"; compared with another wording by its stem, so
    "involving" matches); empty when the sentence says nothing near the figure. ``role_text`` is the words
    it was read from. ``subject`` is whose figure it is, where the text says: for
    an age, the name it follows ("Daniel Price" in "Daniel Price, 34"); two
    outlets' ages of one person are compared, of two people never. ``also`` holds the same sum converted in
    brackets right after it, as (currency, value, bound): "12 billion yen (about $80 million)" is one figure,
    read in yen and also ("USD", 80000000.0, "approx"), so that it pairs with an outlet's "$75 million".
    """

    start: int
    end: int
    text: str
    value: float | None
    approx: str | None
    bound: str
    kind: str
    unit: str
    counts: str
    sentence: int
    actions: tuple[str, ...] = ()
    role: str = ""
    role_text: str = ""
    subject: str = ""
    also: tuple[tuple[str, float | None, str], ...] = ()


@dataclass(frozen=True, slots=True)
class NumberCell:
    """One article's wording of a figure in a :class:`NumberRow`."""

    article: str
    text: str
    value: float | None
    bound: str
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class NumberRow:
    """One thing counted, with each article's wording: ``same``, ``different`` or ``only-one``."""

    kind: str
    counts: str
    label: str
    status: str
    articles: tuple[str, ...]
    cells: tuple[NumberCell, ...]


@dataclass(frozen=True, slots=True)
class QuantityWords:
    """The parsed quantities lexicon."""

    number_words: dict[str, float]
    vague: frozenset[str]
    scales: dict[str, float]
    approximators: dict[str, str]
    currencies: dict[str, str]
    time_units: dict[str, str]
    ordinals: dict[str, int]
    person_nouns: frozenset[str]
    never_counts: frozenset[str]
    path: str
    roles: dict[str, dict[str, str]] = field(default_factory=dict)
    people_roles: frozenset[str] = frozenset()
    role_skip: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    not_verbs: frozenset[str] = frozenset()
    role_starts: dict[str, tuple[int, ...]] = field(default_factory=dict)
    role_ends: dict[str, tuple[int, ...]] = field(default_factory=dict)
    concepts: frozenset[str] = frozenset()
    tally_cues: frozenset[str] = frozenset()
    parents: dict[str, str] = field(default_factory=dict)
    child_nouns: frozenset[str] = frozenset()
    score_cues: frozenset[str] = frozenset()
    stop_words: frozenset[str] = ENGLISH_STOP_WORDS
    name_titles: frozenset[str] = frozenset()
    spreads: dict[str, float] = field(default_factory=dict)
    # A concept's row label when "<things> <concept>" does not read after "the number of" ("people turned out").
    role_labels: dict[str, str] = field(default_factory=dict)
    vague_ranges: dict[str, tuple[float, float]] = field(default_factory=dict)
    name_numbers: frozenset[str] = frozenset()
    compound_counts: frozenset[str] = frozenset()
    built_nouns: frozenset[str] = frozenset()
    name_numbers_any_case: frozenset[str] = frozenset()
    phone_numbers: frozenset[str] = frozenset()
    phone_verbs: frozenset[str] = frozenset()
    phone_nouns: frozenset[str] = frozenset()
    number_phrases: dict[str, float] = field(default_factory=dict)
    fractions: dict[str, int] = field(default_factory=dict)
    places: frozenset[str] = frozenset()
    population_nouns: frozenset[str] = frozenset()
    # Each word of a kind of person -> its group ("medical" -> "medical workers"), see person_group().
    person_groups: dict[str, str] = field(default_factory=dict)
    # Each noun of a thing -> the one name its counts go under ("cars", "EVs", "NEVs" -> "vehicle"), see _counts().
    thing_names: dict[str, str] = field(default_factory=dict)
    # Words that are a role only as the verb after the counted noun ("6,000 people had left"): word -> concept.
    subject_roles: dict[str, str] = field(default_factory=dict)
    # Single words of the approximators ("roughly", "more", "than"), skipped before an inner figure.
    hedge_words: frozenset[str] = frozenset()
    street_words: frozenset[str] = frozenset()
    # Nouns ending in -s that are no plural ("measles", "news"): a noun phrase reads on past them.
    not_plurals: frozenset[str] = frozenset()
    # Players a club pays a transfer fee for ("paid £41m for the midfielder"), see _restated.
    player_nouns: frozenset[str] = frozenset()
    # Nouns of a business's customers: its users where it "has" them ("had about 2.3 million customers").
    customer_nouns: frozenset[str] = frozenset()
    salary_nouns: frozenset[str] = frozenset()
    metre_nouns: frozenset[str] = frozenset()
    # Verbs of a level before "by" and a glued "m" that make it metres ("may rise by 1m").
    level_verbs: frozenset[str] = frozenset()
    # Nouns that count shots ("rounds", "bullets") and verbs that make "N times" a count of shots.
    shot_nouns: frozenset[str] = frozenset()
    shot_verbs: frozenset[str] = frozenset()
    # Spans of time after a count that make it a record ("since 2019", "a year"), as token tuples.
    record_cues: tuple[tuple[str, ...], ...] = ()
    # Verbs of change before "to"/"at" ("shrank to 263 votes"): the figure is the new value of the clause's subject.
    change_verbs: frozenset[str] = frozenset()
    # Verbs of a price's move read only before a percent ("jumped almost 4 percent"), beside change_verbs.
    move_verbs: frozenset[str] = frozenset()
    # Verbs before a name and a tally ("gave Whitcombe 41,208 votes"); the nouns of such a tally (vote, ballot).
    giver_verbs: frozenset[str] = frozenset()
    tally_nouns: frozenset[str] = frozenset()
    # Currencies written as letters before the figure ("Rs", "KSh"), case as written; single capitals that are
    # one only glued to a figure in thousands or with a scale ("N5 billion", "P10,000").
    currency_prefixes: dict[str, str] = field(default_factory=dict)
    currency_letters: dict[str, str] = field(default_factory=dict)
    # Units of length: word -> (the unit's one name, metres in one), to compare "150 meters" with "500 feet".
    lengths: dict[str, tuple[str, float]] = field(default_factory=dict)
    # Measures that are no length ("km/h", "hectares", "degrees Celsius"), by their tokens as written after the
    # figure, lower case and space-joined ("km / h"): (the unit's one name, dimension, size in the base, offset).
    measures: dict[str, tuple[str, str, float, float]] = field(default_factory=dict)
    measure_labels: dict[str, str] = field(default_factory=dict)
    wind_words: frozenset[str] = frozenset()
    # Words right before a speed that make it a gust's ("gusts of up to 220 kph"), and words near a speed that make
    # it the sustained wind's ("maximum sustained winds of 180 kph"), see _measure_role().
    gust_words: frozenset[str] = frozenset()
    sustained_words: frozenset[str] = frozenset()
    # Titles of those who act on the story's subject (judges, police, officials), see _owner_before().
    bench_titles: frozenset[str] = frozenset()
    # What a round or a shot may be "of" and still be fired ("six rounds of ammunition"), see _shots().
    ammunition: frozenset[str] = frozenset()
    # Currencies whose sums of one figure stay near each other, see _join_lone_currencies().
    major_currencies: frozenset[str] = frozenset()
    # A currency named by its country after the figure ("Swiss francs", "Kenyan shillings"): phrase -> code.
    national_currencies: dict[str, str] = field(default_factory=dict)
    # Adverbs that open a sentence before a name ("Meanwhile Hayley, 36,"), see _name_before().
    opening_adverbs: frozenset[str] = frozenset()
    # Words between a person's name and a nickname ("Gurpreet Singh Sandhu alias Gopi (24)"), see _name_before().
    alias_words: frozenset[str] = frozenset()
    # Scale letters read only glued to a figure ("$1.2B", "400K users").
    glued_scales: dict[str, float] = field(default_factory=dict)
    # Nouns of a matter a sum may name ("quit over $2.4 billion fraud scandal"): "over" before such a sum is the
    # preposition, never a hedge (see _quantity_at()).
    over_matters: frozenset[str] = frozenset()
    # A role's word as a figure's own noun -> the role it names there ("" none): "claimed 670 lives" are the dead,
    # "150 houses were buried" are houses, neither living there (see _role()).
    noun_roles: dict[str, str] = field(default_factory=dict)
    # The words one of noun_roles' nouns needs in its figure's clause to name that role ("claimed ... lives").
    noun_role_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # Role words that are adjectives after an article ("a live concert"), never the verb of a figure's clause.
    attributive_roles: frozenset[str] = frozenset()
    # Nouns of a group of people whose size may follow with "of" ("a crew of eight", "a family of four").
    group_nouns: frozenset[str] = frozenset()
    # Nouns of people a vehicle carries: after "with" they are its load, on board ("a jet with 91 passengers").
    passenger_nouns: frozenset[str] = frozenset()
    # Nouns an ordinal word makes one compound noun with ("first responders", "first aid"): no position counted.
    ordinal_compounds: frozenset[str] = frozenset()
    # Abstract nouns a vague word may count ("several policy goals", "many reasons"): no figure (_sentence_numbers).
    abstract_nouns: frozenset[str] = frozenset()
    # What people hold or do, counted after their plural possessive ("169 farmers' demonstrations"), see
    # _noun_phrase().
    possessed_events: frozenset[str] = frozenset()
    # Verbs of what a whole is made of ("comprises", "includes"): they end a figure's noun phrase (_noun_phrase()).
    makeup_verbs: frozenset[str] = frozenset()
    # Words in -est that are no superlatives ("protest", "interest"), see _ranked().
    not_superlatives: frozenset[str] = frozenset()
    # A length's adjectives after a bare figure and "m" that make the "m" metres ("400 m long"), see _metres_glued().
    metre_adjectives: frozenset[str] = frozenset()
    # Time-zone words after a clock figure ("0630 GMT", "19.02 UTC"): the figure is a time of day.
    time_zones: frozenset[str] = frozenset()
    # Things won, not received ("seats", "medals"): a row of them with the role "received" reads "seats won".
    won_nouns: frozenset[str] = frozenset()
    # Adverbs that end no counted noun phrase when nothing follows them ("116 late on Monday", "scored twice early").
    not_counted: frozenset[str] = frozenset()
    # Nouns a bare figure may complete as their measure ("the halfway mark of 116", "a threshold of 50").
    mark_nouns: frozenset[str] = frozenset()
    # Words before a measure that make it a limit ("keep testosterone below 5 nmol/L"): word -> bound, the word
    # kept out of the figure's text (the limit itself is the figure each outlet gives).
    measure_limits: dict[str, str] = field(default_factory=dict)
    # Words that name a warning level by a number after them ("Signal No. 4"): word -> the level's row label.
    named_levels: dict[str, str] = field(default_factory=dict)
    # One health service's places under several nouns ("abortion facilities", "clinics", "abortion centres"):
    # the name they count under, the place nouns and the services that must be named before a noun other than
    # the name (see _service_place()).
    service_name: str = ""
    service_nouns: frozenset[str] = frozenset()
    service_words: frozenset[str] = frozenset()
    # Words that make a capitalised run a body or place, never a person ("Kenya Police"), see _owner_before().
    body_words: frozenset[str] = frozenset()
    # What a time of day is the time of, by a word near it ("made landfall at 5:40 a.m."), see _time_events().
    time_events: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # Verbs before a move in percentage points -> its role ("raised" -> "rate rise"), see _points_at().
    point_moves: dict[str, str] = field(default_factory=dict)
    # Words that make a share in their sentence a survey's ("71% of athletes surveyed"), see _compare_numbers().
    survey_cues: frozenset[str] = frozenset()


def _mapping(data: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> dict[str, Any]:
    where = data.get("_path", "quantities.yaml")
    value = data.get(key)
    if not isinstance(value, dict) or not value:
        raise LexiconError(f"{where}: entry {key!r} must be a non-empty mapping of 'word: value'")
    out: dict[str, Any] = {}
    for word, item in value.items():
        if not isinstance(word, str) or not isinstance(item, kind) or isinstance(item, bool):
            raise LexiconError(
                f"{where}: entry {key!r} item {word!r}: {item!r} is not a valid value; "
                f"write it like '{word}: <{getattr(kind, '__name__', 'value')}>'"
            )
        out[word.strip().lower()] = item
    return out


_ROLE_KINDS = ("count", "money", "duration")
# Kinds a role of the lexicon may name: a percent's role is only ever a concept (the share vaccinated, approving).
_LEXICON_KINDS = (*_ROLE_KINDS, "percent")


def _roles(data: dict[str, Any]) -> tuple[dict[str, dict[str, str]], frozenset[str], dict[str, float]]:
    """The ``roles`` entry: per kind of figure, each phrase (tokens joined by a space) -> its concept;
    the concepts that only happen to people; each concept's spread (see :func:`_close`), where given."""
    where = data.get("_path", "quantities.yaml")
    value = data.get("roles")
    if not isinstance(value, dict) or not value:
        raise LexiconError(f"{where}: entry 'roles' must be a non-empty mapping of 'concept: {{kinds, people, words}}'")
    tables: dict[str, dict[str, str]] = {kind: {} for kind in _LEXICON_KINDS}
    people: set[str] = set()
    spreads: dict[str, float] = {}
    for concept, spec in value.items():
        fix = f"write it like '{concept}: {{kinds: [count], people: true, words: [killed, died]}}'"
        if not isinstance(concept, str) or not isinstance(spec, dict):
            raise LexiconError(f"{where}: role {concept!r} must be a mapping; {fix}")
        kinds, words, is_people = spec.get("kinds"), spec.get("words"), spec.get("people")
        if (not isinstance(kinds, list) or not kinds or any(k not in _LEXICON_KINDS for k in kinds)):
            raise LexiconError(f"{where}: role {concept!r}: kinds {kinds!r} must list some of {', '.join(_LEXICON_KINDS)}")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise LexiconError(f"{where}: role {concept!r}: words must be a non-empty list of words; {fix}")
        if not isinstance(is_people, bool):
            raise LexiconError(f"{where}: role {concept!r}: people must be true or false; {fix}")
        if is_people:
            people.add(concept)
        spread = spec.get("spread", 2)
        if isinstance(spread, bool) or not isinstance(spread, (int, float)) or spread < 1:
            raise LexiconError(f"{where}: role {concept!r}: spread {spread!r} must be a ratio of 1 or more, like 'spread: 5'")
        if spread != 2:
            spreads[concept] = float(spread)
        for word in words:
            # Tokenised as text is, so that "walked off the job" matches token by token.
            phrase = " ".join(m.group().lower() for m in _TOKEN_RE.finditer(word))
            for kind in kinds:
                tables[kind][phrase] = concept
    return tables, frozenset(people), spreads


def _role_labels(data: dict[str, Any]) -> dict[str, str]:
    """Each concept's optional ``label``: a phrase with ``{things}`` ("{things} in the crowd"); or its optional
    ``name``, a row name whatever the row counts in ("members", "deliberation": hours and days of one deliberation
    are one row, so no unit may name it)."""
    where = data.get("_path", "quantities.yaml")
    out: dict[str, str] = {}
    for concept, spec in (data.get("roles") or {}).items():
        label = spec.get("label") if isinstance(spec, dict) else None
        name = spec.get("name") if isinstance(spec, dict) else None
        if isinstance(name, str) and name.strip() and "{" not in name and label is None:
            out[str(concept)] = name  # formatting it with {things} leaves it as it is
            continue
        if name is not None:
            raise LexiconError(f"{where}: role {concept!r}: name {name!r} must be a phrase without braces, "
                               "given instead of a label")
        if label is None:
            continue
        if not isinstance(label, str) or "{things}" not in label or label.replace("{things}", "").count("{"):
            raise LexiconError(f"{where}: role {concept!r}: label {label!r} must be a phrase holding {{things}}, "
                               "like 'label: \"{things} in the crowd\"'")
        out[str(concept)] = label
    return out


def _subject_roles(data: dict[str, Any]) -> dict[str, str]:
    """Each concept's optional ``subject_words``: words read as that role only after the counted noun."""
    where = data.get("_path", "quantities.yaml")
    out: dict[str, str] = {}
    for concept, spec in (data.get("roles") or {}).items():
        listed = spec.get("subject_words") if isinstance(spec, dict) else None
        if listed is None:
            continue
        if not isinstance(listed, list) or not all(isinstance(w, str) and w.strip() for w in listed):
            raise LexiconError(f"{where}: role {concept!r}: subject_words must be a list of words, like "
                               "'subject_words: [left, leave]'")
        out.update({w.strip().lower(): str(concept) for w in listed})
    return out


def _groups(data: dict[str, Any]) -> dict[str, str]:
    """The ``person_groups`` entry, inverted: each word -> the group it names."""
    where = data.get("_path", "quantities.yaml")
    out: dict[str, str] = {}
    for group, listed in _mapping(data, "person_groups", list).items():
        if not all(isinstance(w, str) and w.strip() for w in listed):
            raise LexiconError(f"{where}: person_groups {group!r} must be a list of words, like '{group}: [word, word]'")
        out.update({w.strip().lower(): group for w in listed})
    return out


def _thing_names(data: dict[str, Any]) -> dict[str, str]:
    """The ``thing_names`` entry, inverted: each noun (singular, lower case) -> the name its counts go under."""
    out: dict[str, str] = {}
    for name, listed in _mapping(data, "thing_names", list).items():
        if not all(isinstance(w, str) for w in listed):
            raise LexiconError(f"quantities: thing_names {name!r} must be a list of words, like '{name}: [word, word]'")
        out.update({w.lower(): name for w in listed})
    return out


def _ranges(data: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """The ``vague_ranges`` entry: each vague number -> (lowest, highest figure it stands for)."""
    where = data.get("_path", "quantities.yaml")
    out: dict[str, tuple[float, float]] = {}
    for word, span in _mapping(data, "vague_ranges", list).items():
        if (len(span) != 2 or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in span)
                or not 0 < span[0] <= span[1]):
            raise LexiconError(f"{where}: vague_ranges {word!r}: {span!r} must be [low, high], like '{word}: [20, 199]'")
        out[word] = (float(span[0]), float(span[1]))
    return out


def _phone(data: dict[str, Any]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The ``phone`` entry: (emergency and service numbers, verbs that take a number, nouns after one)."""
    where = data.get("_path", "quantities.yaml")
    value = data.get("phone")
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: entry 'phone' must be a mapping of 'numbers', 'verbs' and 'nouns' lists")
    spec = {**value, "_path": f"{where} (phone)"}
    numbers, verbs, nouns = (frozenset(str(w).lower() for w in require_list(spec, key)) for key in ("numbers", "verbs", "nouns"))
    return numbers, verbs, nouns


def _cased(data: dict[str, Any], key: str) -> dict[str, str]:
    """A mapping of words to codes whose case counts ("R2.5 million" is money, "r2" is not)."""
    value = data.get(key)
    if not isinstance(value, dict) or not value or not all(isinstance(k, str) and isinstance(v, str)
                                                            for k, v in value.items()):
        raise LexiconError(f"{data.get('_path', 'quantities.yaml')}: entry {key!r} must map words to currency codes")
    return {k.strip(): v for k, v in value.items()}


def _length_units(data: dict[str, Any]) -> dict[str, tuple[str, float]]:
    out = {}
    for word, spec in _mapping(data, "lengths", list).items():
        if len(spec) != 2 or not isinstance(spec[0], str) or not isinstance(spec[1], (int, float)) or spec[1] <= 0:
            raise LexiconError(f"lengths: {word!r} must be [unit name, metres in one]")
        out[word.lower()] = (spec[0], float(spec[1]))
    return out


def _measures(data: dict[str, Any]) -> dict[str, tuple[str, str, float, float]]:
    out = {}
    for word, spec in _mapping(data, "measures", list).items():
        if (len(spec) not in (3, 4) or not all(isinstance(x, str) for x in spec[:2])
                or not all(isinstance(x, (int, float)) for x in spec[2:]) or spec[2] <= 0):
            raise LexiconError(f"measures: {word!r} must be [unit name, dimension, size in the base unit, offset]")
        key = " ".join(m.group().lower() for m in _TOKEN_RE.finditer(word))
        out[key] = (spec[0], spec[1], float(spec[2]), float(spec[3]) if len(spec) == 4 else 0.0)
    return out


def _lengths(roles: dict[str, dict[str, str]], at: int) -> dict[str, tuple[int, ...]]:
    """For each first (``at=0``) or last (``at=-1``) word of a role phrase, its phrases' lengths, longest first."""
    out: dict[str, set[int]] = {}
    for table in roles.values():
        for phrase in table:
            parts = phrase.split(" ")
            out.setdefault(parts[at], set()).add(len(parts))
    return {word: tuple(sorted(ns, reverse=True)) for word, ns in out.items()}


def _service_places(data: dict[str, Any]) -> tuple[str, frozenset[str], frozenset[str]]:
    """The ``service_places`` entry: (the name, the place nouns, the service words), lower case."""
    spec = data.get("service_places")
    if spec is None:
        return "", frozenset(), frozenset()
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
        raise LexiconError("quantities: service_places must be a mapping with 'name', 'nouns' and 'services', "
                           "like 'service_places: {name: clinic, nouns: [clinics], services: [abortion]}'")
    spec = {**spec, "_path": "quantities (service_places)"}
    nouns, services = (frozenset(str(w).lower() for w in require_list(spec, key)) for key in ("nouns", "services"))
    return str(spec["name"]).lower(), nouns, services


def _optional_words(data: dict[str, Any], key: str) -> frozenset[str]:
    """An optional list of words of the lexicon, lower case; empty when the lexicon has no such entry."""
    return frozenset(w.lower() for w in (require_list(data, key) if key in data else ()))


@lru_cache(maxsize=8)
def _load_words(path: str) -> QuantityWords:
    data = read_lexicon(Path(path))
    approximators = _mapping(data, "approximators", str)
    for phrase, bound in approximators.items():
        if bound not in BOUNDS:
            raise LexiconError(
                f"{path}: approximator {phrase!r} has bound {bound!r}; use one of {', '.join(BOUNDS)}"
            )
    roles, people_roles, spreads = _roles(data)
    names = require_list(data, "name_numbers")
    phone_numbers, phone_verbs, phone_nouns = _phone(data)
    shots = data.get("shots")
    if not isinstance(shots, dict):
        raise LexiconError(f"{path}: entry 'shots' must be a mapping of 'nouns' and 'verbs' lists")
    shot_spec = {**shots, "_path": f"{path} (shots)"}
    shot_nouns, shot_verbs = (frozenset(str(w).lower() for w in require_list(shot_spec, key)) for key in ("nouns", "verbs"))
    service_name, service_nouns, service_words = _service_places(data)
    return QuantityWords(
        service_name=service_name,
        service_nouns=service_nouns,
        service_words=service_words,
        body_words=frozenset(w.lower() for w in (require_list(data, "body_words") if "body_words" in data else ())),
        time_events=tuple(
            (event, re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w in listed), key=len, reverse=True))
                               + r")\b", re.IGNORECASE))
            for event, listed in (_mapping(data, "time_events", list) if "time_events" in data else {}).items()),
        point_moves={str(w).lower(): role for role, listed in (_mapping(data, "point_moves", list)
                                                                if "point_moves" in data else {}).items()
                     for w in listed},
        survey_cues=frozenset(w.lower() for w in (require_list(data, "survey_cues") if "survey_cues" in data else ())),
        number_words={k: float(v) for k, v in _mapping(data, "number_words", (int, float)).items()},
        vague=frozenset(w.lower() for w in require_list(data, "vague_numbers")),
        scales={k: float(v) for k, v in _mapping(data, "scales", (int, float)).items()},
        approximators=approximators,
        currencies={k: str(v) for k, v in _mapping(data, "currencies", str).items()},
        time_units={k: str(v) for k, v in _mapping(data, "time_units", str).items()},
        ordinals={k: int(v) for k, v in _mapping(data, "ordinals", int).items()},
        person_nouns=frozenset(w.lower() for w in require_list(data, "person_nouns")),
        never_counts=frozenset(w.lower() for w in require_list(data, "never_counts")),
        path=path,
        roles=roles,
        people_roles=people_roles,
        role_skip=frozenset(w.lower() for w in require_list(data, "role_skip")),
        verbs=frozenset(w.lower() for w in require_list(data, "irregular_verbs")),
        not_verbs=frozenset(w.lower() for w in require_list(data, "not_verbs")),
        role_starts=_lengths(roles, 0),
        role_ends=_lengths(roles, -1),
        concepts=frozenset(c for table in roles.values() for c in table.values()),
        tally_cues=frozenset(w.lower() for w in require_list(data, "tally_cues")),
        parents={k: str(v) for k, v in _mapping(data, "parents", str).items()},
        child_nouns=frozenset(w.lower() for w in require_list(data, "child_nouns")),
        score_cues=frozenset(w.lower() for w in require_list(data, "score_cues")),
        # The noun phrase after a figure ends at a stop word, but sklearn's list holds a few nouns ("fire")
        # and lacks a few conjunctions ("users under 17 unless a parent opts in").
        stop_words=(ENGLISH_STOP_WORDS | _MORE_STOP_WORDS) - {w.lower() for w in require_list(data, "counted_stop_words")},
        name_titles=frozenset(w.lower() for w in require_list(data, "name_titles")),
        spreads=spreads,
        role_labels=_role_labels(data),
        vague_ranges=_ranges(data),
        name_numbers=frozenset(w.lower() for w in names),
        compound_counts=_optional_words(data, "compound_counts"),
        built_nouns=_optional_words(data, "built_nouns"),
        name_numbers_any_case=frozenset(w for w in names if w.islower()),
        phone_numbers=phone_numbers,
        phone_verbs=phone_verbs,
        phone_nouns=phone_nouns,
        number_phrases={k: float(v) for k, v in _mapping(data, "number_phrases", (int, float)).items()},
        fractions={k: int(v) for k, v in _mapping(data, "fractions", int).items()},
        places=frozenset(w.lower() for w in require_list(data, "places")),
        population_nouns=frozenset(w.lower() for w in require_list(data, "population_nouns")),
        person_groups=_groups(data),
        thing_names=_thing_names(data),
        subject_roles=_subject_roles(data),
        street_words=frozenset(w.lower() for w in require_list(data, "street_words")),
        hedge_words=frozenset(w for phrase in approximators for w in phrase.split()),
        not_plurals=frozenset(w.lower() for w in require_list(data, "not_plurals")),
        shot_nouns=shot_nouns,
        shot_verbs=shot_verbs,
        record_cues=tuple(tuple(c.lower().split()) for c in require_list(data, "record_cues")),
        change_verbs=frozenset(w.lower() for w in require_list(data, "change_verbs")),
        move_verbs=frozenset(w.lower() for w in (require_list(data, "move_verbs") if "move_verbs" in data else ())),
        giver_verbs=frozenset(w.lower() for w in require_list(data, "giver_verbs")),
        tally_nouns=frozenset(w.lower() for w in require_list(data, "tally_nouns")),
        currency_prefixes=_cased(data, "currency_prefixes"),
        currency_letters=_cased(data, "currency_letters"),
        lengths=_length_units(data),
        measures=_measures(data),
        measure_labels={k.strip(): str(v) for k, v in (data.get("measure_labels") or {}).items()},
        wind_words=frozenset(w.lower() for w in require_list(data, "wind_words")),
        gust_words=_optional_words(data, "gust_words"),
        sustained_words=_optional_words(data, "sustained_words"),
        bench_titles=_optional_words(data, "bench_titles"),
        ammunition=_optional_words(data, "ammunition"),
        major_currencies=frozenset(w.upper() for w in _optional_words(data, "major_currencies")),
        national_currencies={k: str(v).upper() for k, v in _mapping(data, "national_currencies", str).items()},
        alias_words=_optional_words(data, "alias_words"),
        not_superlatives=_optional_words(data, "not_superlatives"),
        opening_adverbs=_optional_words(data, "opening_adverbs"),
        player_nouns=_optional_words(data, "player_nouns"),
        customer_nouns=_optional_words(data, "customer_nouns"),
        salary_nouns=_optional_words(data, "salary_nouns"),
        metre_nouns=_optional_words(data, "metre_nouns"),
        level_verbs=_optional_words(data, "level_verbs"),
        glued_scales={k: float(v) for k, v in _mapping(data, "glued_scales", (int, float)).items()},
        over_matters=_optional_words(data, "over_matters"),
        noun_roles=dict(_mapping(data, "noun_roles", str)) if "noun_roles" in data else {},
        ordinal_compounds=_optional_words(data, "ordinal_compounds"),
        attributive_roles=_optional_words(data, "attributive_roles"),
        group_nouns=_optional_words(data, "group_nouns"),
        passenger_nouns=_optional_words(data, "passenger_nouns"),
        noun_role_cues={k: frozenset(str(w).lower() for w in v)
                        for k, v in (_mapping(data, "noun_role_cues", list) if "noun_role_cues" in data else {}).items()},
        abstract_nouns=_optional_words(data, "abstract_nouns"),
        possessed_events=_optional_words(data, "possessed_events"),
        makeup_verbs=_optional_words(data, "makeup_verbs"),
        metre_adjectives=_optional_words(data, "metre_adjectives"),
        mark_nouns=frozenset(w.lower() for w in (require_list(data, "mark_nouns") if "mark_nouns" in data else ())),
        not_counted=frozenset(w.lower() for w in (require_list(data, "not_counted") if "not_counted" in data else ())),
        won_nouns=frozenset(w.lower() for w in (require_list(data, "won_nouns") if "won_nouns" in data else ())),
        time_zones=frozenset(w.lower() for w in (require_list(data, "time_zones") if "time_zones" in data else ())),
        measure_limits={k: str(v) for k, v in (_mapping(data, "measure_limits", str) if "measure_limits" in data
                                               else {}).items() if v in BOUNDS},
        named_levels={k.lower(): str(v) for k, v in (_mapping(data, "named_levels", str) if "named_levels" in data
                                                      else {}).items()},
    )


def load_quantity_words() -> QuantityWords:
    """The quantities lexicon (``quantities.yaml``), parsed and validated once."""
    return _load_words(str(lexicon_path("quantities")))


# Tokens: currency symbols, figures (with thousands commas, decimals, ordinal
# suffixes and hyphenated tails like "61-year-old"), words, then any other mark.
_TOKEN_RE = re.compile(
    r"(?:US|NZ|HK|R|[SAC])\$|\$(?:US|AU|NZ|A)(?=\s?\d)|[$£€₹₦₱¥]|%"  # "$US10m": ABC and AFR style
    # a "-a-year" tail is a rate of the figure, not part of it ("US$400,000-a-year", "Sh50 million-a-year")
    # digits grouped by a space, thin space or no-break space ("about 1 100", "320 000 tonnes": SI, South
    # African and Australian trade style); read as "1,100" (see _tokens). Not before a hyphen ("2 500-word") or
    # more digits, and never after a figure ("in 2024 300 people" has four digits first)
    r"|(?<![\d,.])\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d,.-]|\s\d)(?:\.\d+)?"
    r"|\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?(?:-(?!(?:a|an|per)-)[A-Za-z]+)*"
    r"|[^\W\d_]+(?:(?:[’']|-(?!(?:a|an|per)-(?:year|month|week|day|hour)))[^\W\d_]+)*"
    r"|[^\s\w]"
)
_SPACED = re.compile(r"[ \u2009\u202f\u00a0]")
_FIGURE_RE = re.compile(r"^(\d+(?:,\d{3})*(?:\.\d+)?)(st|nd|rd|th)?((?:-[A-Za-z]+)*)$")
# Words before a four-digit figure that make it a year ("in 2011", "since 2020").
_YEAR_CUES = frozenset(
    "in since by until till from of to before after during early late mid around throughout the due".split()
)
# Verbs that say nothing about what happened to the people counted.
_IDLE_VERBS = frozenset({"said", "told", "according", "reported", "added", "noted", "including"})


# Not frozen: a frozen dataclass's __init__ costs three times as much, and every
# token of a sentence with a figure is built; nothing assigns to a _Tok.
@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str


def _tokens(text: str, base: int) -> list[_Tok]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        start, end = m.span()
        if word[:1].isdigit() and _SPACED.search(word):
            word = _SPACED.sub(",", word)  # "1 100" read as "1,100"; the figure's text keeps its spaces
        out.append(_Tok(base + start, base + end, word, word.lower()))
    return out


def _is_word(tok: _Tok) -> bool:
    return tok.text[:1].isalpha()


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return {"men": "man", "women": "woman", "children": "child", "people": "people"}.get(word, word)


def _time_unit(word: str, words: QuantityWords) -> str | None:
    if word in words.time_units:
        return words.time_units[word]
    if word.endswith("s") and word[:-1] in words.time_units:
        return words.time_units[word[:-1]]
    return None


@lru_cache(maxsize=4)
def _long_phrase_lengths(path: str) -> tuple[int, ...]:
    """The lengths in words of the number phrases longer than three words, longest first (once per lexicon)."""
    phrases = _load_words(path).number_phrases
    return tuple(sorted({len(p.split(" ")) for p in phrases if len(p.split(" ")) > 3}, reverse=True))


def _phrase_at(toks: list[_Tok], i: int, table: dict[str, str]) -> tuple[int, str] | None:
    """The longest phrase of ``table`` that ends just before token ``i``."""
    for n in (3, 2, 1):
        if i - n < 0:
            continue
        phrase = " ".join(t.low for t in toks[i - n : i])
        if phrase in table:
            return i - n, phrase
    return None


# Scales written glued to a figure by a hyphen (South African and some US copy: "R340-million", "$2-billion").
_GLUED_TAILS = frozenset({"million", "billion", "trillion", "bn", "mn"})
_FEET = frozenset({"ft", "feet"})


def _metres_glued(toks: list[_Tok], i: int, j: int, words: QuantityWords) -> bool:
    """Whether an "m" glued to figure ``i`` (token ``j``) is metres: after "a" (a hedge between) and before a
    noun of a stretch or a height (the lexicon's metre_nouns: "a 30m section", "a nearly 80m stretch of the
    embankment"); glued or spaced before an adjective of a length ("400 m long"). "80m people" and "a 5m deal"
    are millions, and so is any "m" after a currency ("$5m record deal"). A race's "800m" is read before this
    (see _RACE_DISTANCE)."""
    n = len(toks)
    nxt = toks[j + 1] if j + 1 < n else None
    if i > 0 and (toks[i - 1].low in words.currencies or toks[i - 1].low.endswith("$")):
        return False
    if nxt is not None and nxt.low in words.metre_adjectives and nxt.text[:1].islower():
        return True  # "the track is 400 m long", "a 30m-high wall" reads its own way
    if toks[j].start != toks[i].end:
        return False
    k = i - 1
    while k >= 0 and toks[k].low in words.approximators:
        k -= 1
    if nxt is not None and nxt.text in ("[", "(") and j + 3 < n and toks[j + 2].text[:1].isdigit() \
            and toks[j + 3].low in _FEET and toks[j + 3].start == toks[j + 2].end:
        return True  # "about 800m [2,600ft] from the scene": metres, converted to feet in brackets
    if k >= 1 and toks[k].low == "by" and toks[k - 1].low in words.level_verbs and (
            nxt is None or not _is_word(nxt) or nxt.low in words.stop_words or nxt.low in words.not_counted):
        return True  # "the river may rise by 1m overnight": a level's rise; "rose by 2m people" is millions
    if nxt is None or nxt.low not in words.metre_nouns:
        return False
    return k >= 0 and toks[k].low in ("a", "an")


def _read_number(toks: list[_Tok], i: int, words: QuantityWords) -> tuple[int, float | None, str | None] | None:
    """Read a figure or number words from token ``i``: (next index, value, vague word)."""
    tok = toks[i]
    fig = _FIGURE_RE.match(tok.text)
    if fig:
        tail = fig.group(3).lower()
        glued = words.scales.get(tail[1:]) if tail[1:] in _GLUED_TAILS else None  # "R340-million", "$2-billion"
        if fig.group(2) or (tail and tail != "-plus" and glued is None):
            return None  # ordinals and "61-year-old" are read by the caller; "40-plus" is a figure
        value = float(fig.group(1).replace(",", "")) * (glued or 1.0)
        j = i + 1
        while j < len(toks) and toks[j].low in words.scales:
            if toks[j].text == "m" and _metres_glued(toks, i, j, words):
                break  # "a nearly 80m stretch of the embankment": metres (see lengths), no millions
            value *= words.scales[toks[j].low]  # scales stack: "4.5 lakh crore", "two hundred thousand"
            j += 1
        return j, value, None
    low = tok.low
    if low in ("a", "an") and i + 1 < len(toks) and toks[i + 1].low in _WORD_SCALES:
        return i + 2, words.scales[toks[i + 1].low], None  # "more than a million users"
    if low in _FRACTIONS and i + 2 < len(toks) and toks[i + 1].low in ("a", "an") and toks[i + 2].low in words.lengths:
        return i + 2, _FRACTIONS[low], None  # "within half a kilometre", "a quarter a mile": a length, no share
    for n in _long_phrase_lengths(words.path):
        # "a quarter of a million people", "three-quarters of a million": a number of four or five words
        phrase = " ".join(t.low for t in toks[i : i + n])
        if phrase in words.number_phrases:
            return i + n, words.number_phrases[phrase], None
    two = " ".join(t.low for t in toks[i : i + 2])
    three = " ".join(t.low for t in toks[i : i + 3])
    for phrase, n in ((three, 3), (two, 2)):
        if phrase in words.number_phrases:
            # "half a dozen"; "a score of boats" leaves its "of" to the counted noun.
            return i + n - phrase.endswith(" of"), words.number_phrases[phrase], None
        if phrase in words.vague:
            return i + n, None, phrase
    if low in words.vague:
        return i + 1, None, low
    parts = low.split("-")
    if all(p in words.number_words for p in parts) and parts:
        if low in ("hundred", "thousand", "dozen"):
            # "hundred" alone is a scale, unless written "a hundred"/"a dozen"
            if not (i > 0 and toks[i - 1].low in ("a", "one")):
                return None
        value = sum(words.number_words[p] for p in parts)
        j = i + 1
        if low not in words.scales:
            j, value = _and_a_fraction(toks, j, value)  # "three and a half million", "two and a half per cent"
        # "two hundred", "three million", "twenty-five thousand"
        scale = words.scales.get(low, 1.0)
        while j < len(toks) and toks[j].low in words.scales:
            scale = words.scales[toks[j].low]
            value *= scale
            j += 1
        j, value = _more_number_words(toks, j, value, scale, words)
        return j, value, None
    return None


_FRACTIONS = {"half": 0.5, "quarter": 0.25}


def _and_a_fraction(toks: list[_Tok], j: int, value: float) -> tuple[int, float]:
    """Read on "and a half"/"and a quarter" after a whole number in words: "three and a half (million)".

    Wire and broadsheet copy writes a crowd or a rate this way ("three and a half million people marched",
    "borrow at three and a half per cent"); without it the figure would be read as the whole number alone.
    """
    if (value < 100 and j + 2 < len(toks) and toks[j].low == "and" and toks[j + 1].low == "a"
            and toks[j + 2].low in _FRACTIONS):
        return j + 3, value + _FRACTIONS[toks[j + 2].low]
    return j, value


def _more_number_words(toks: list[_Tok], j: int, value: float, scale: float,
                       words: QuantityWords) -> tuple[int, float]:
    """Read on a number in words: "a hundred and fifty", "two thousand five hundred", "twenty five".

    A further group joins only when it is smaller than the last scale read
    ("two thousand | five hundred | and twenty"), so that "between one hundred
    and two hundred" stays two numbers. A tens word takes a units word without
    a hyphen ("twenty five"), but never with "and" ("twenty and five").
    """
    n = len(toks)
    last = value  # the last group read: "two hundred and forty | six" takes its units after the tens
    while j < n:
        tens = scale == 1.0 and 20 <= last <= 90 and last % 10 == 0
        if scale == 1.0 and not tens:
            break
        k = j + 1 if toks[j].low == "and" and not tens else j
        if k >= n:
            break
        parts = toks[k].low.split("-")
        if not all(p in words.number_words and p not in words.scales and p != "dozen" for p in parts):
            break
        group = sum(words.number_words[p] for p in parts)
        m, gscale = k + 1, 1.0
        while m < n and toks[m].low in words.scales:
            gscale *= words.scales[toks[m].low]
            m += 1
        limit = 10.0 if tens else scale
        if group * gscale >= limit:
            break
        value, scale, j, last = value + group * gscale, gscale, m, group * gscale
        if tens:
            break
    return j, value


# Round AQ: a figure joined by hyphens to its unit, an adjective ("24-hour", "10-year-old", "500-litre").
_FIGURE_ADJECTIVE_RE = re.compile(r"\d[\d.,]*(?:-[a-z]+)+")


def _noun_phrase(toks: list[_Tok], j: int, words: QuantityWords) -> tuple[int, int]:
    """Token range [j, k) of the words that say what a figure counts."""
    k = j
    skipped = 0  # tokens of an initialism ("U.S.") read past, not counted among the four words
    n = len(toks)
    while k < n and k - j - skipped < 4:
        t = toks[k]
        if k == j and k + 1 < n and _FIGURE_ADJECTIVE_RE.fullmatch(t.text) and _is_word(toks[k + 1]) \
                and toks[k + 1].text.islower() and toks[k + 1].low not in words.stop_words:
            # Round AQ: a figure made an adjective before the noun counted ("five 24-hour strikes",
            # "two 10-year-old boys", "three 500-litre tanks"): read past it to the noun.
            skipped, k = skipped + 1, k + 1
            continue
        if k == j and t.low == "other" and k + 1 < n and _is_word(toks[k + 1]) and toks[k + 1].text.islower() \
                and toks[k + 1].low not in words.stop_words:
            # "two other executives", "three other children": "other" stands between the figure and the
            # noun it counts, so the count is of executives, not a bare figure.
            skipped, k = skipped + 1, k + 1
            continue
        if k > j and toks[k - 1].text[:1].isupper() and k + 1 < n and (
                (t.text == "&" and toks[k + 1].text[:1].isupper())
                or (t.text.isdigit() and t.start == toks[k - 1].end)):
            # a maker's or a model's name before the noun: "two Pratt & Whitney Canada PW127M engines"
            skipped, k = skipped + 1, k + 1
            continue
        if not _is_word(t) or t.low in words.stop_words or t.low in words.approximators:
            break
        if k > j and t.text[:1].isupper() and (toks[k - 1].text == "&" or (
                toks[k - 1].text[:1].isupper() and _is_word(toks[k - 1]))):
            skipped += 1  # a name of several words reads as one word before its noun ("Pratt & Whitney Canada")
        if k == j and k + 1 < n and toks[k + 1].text == "." and t.low in words.lengths:
            return j, k + 1  # "Till 2.1 km. it was normal": a unit of length, its stop or abbreviation's point after it
        if k + 2 < n and toks[k + 1].text == ".":
            # A word with a period inside a sentence is an abbreviation, never what is counted:
            # "2024 U.S. Supreme Court", "7 p.m.", "5 St. Louis". An initialism before a noun is
            # an adjective ("40 U.S. troops"): read past it to the noun.
            m = k
            while m + 1 < n and len(toks[m].text) == 1 and _is_word(toks[m]) and toks[m + 1].text == ".":
                m += 2
            if m - k >= 4 and m < n and _is_word(toks[m]) and toks[m].text.islower():
                skipped += m - k - 1
                k = m
                continue
            break
        if t.low in words.role_skip or t.low in words.verbs or t.low in _IDLE_VERBS or t.low in words.makeup_verbs:
            break  # "30 remain missing", "8,000 went on strike", "6,000 told to evacuate": the verb, not the noun
        if k == j and k + 1 < n and toks[k + 1].low in _PARTICLES and f"{t.low} {toks[k + 1].low}" in words.roles["count"]:
            break  # "as 70,000 walk out", "if 300 walk off": a role's phrasal verb in the present, no noun "walk"
        if t.low in words.not_counted and (k + 1 >= n or not _is_word(toks[k + 1])
                                           or toks[k + 1].low in words.stop_words):
            break  # "the halfway mark of 116 late on Monday": an adverb; "two late goals" reads on to its noun
        if t.low.endswith("ed") and t.low not in words.person_nouns:
            # "680 illegal aliens arrested": a participle after the noun starts the
            # clause; one before a noun is an adjective ("undocumented immigrants",
            # "suspected undocumented immigrants"). Before a name it is the verb
            # ("52,000 packed Wembley").
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is None or not _is_word(nxt) or nxt.low in words.stop_words:
                break
            if k == j and (nxt.text[:1].isupper() or nxt.low in _PARTICLES):
                break  # ... and so it is before its particle ("Twelve passed away", "Nine walked out")
        if t.low.endswith("ly") and k == j and not (
            k + 2 < len(toks) and _is_word(toks[k + 1]) and toks[k + 1].low not in words.stop_words
            and _plural(toks[k + 2].low, words)
        ) and not (k + 1 < n and toks[k + 1].text.islower() and _plural(toks[k + 1].low, words)) \
                and not (k + 1 < n and _name_before_plural(toks, k + 1, words)):
            # "270 released quickly", "first publicly": not a noun phrase; but an
            # adverb on an adjective is ("14 sexually explicit books").
            break
        if (t.text[:1].isupper() and k > j and not toks[k - 1].text[:1].isupper() and toks[k - 1].text != "&"
                and toks[k - 1].end != t.start and not (
                    _plural(t.low, words) and t.text[1:].islower() and _is_word(toks[k - 1])
                    and toks[k - 1].text.islower() and not _plural(toks[k - 1].low, words))
                and not (len(t.text) >= 2 and t.text.isupper() and t.text.isalpha() and k + 1 < n
                         and toks[k + 1].text.islower() and _plural(toks[k + 1].low, words))
                and not _name_before_plural(toks, k, words)):
            # ... but an acronym before a plural noun is its adjective ("7 new confirmed MERS-like TKV cases")
            # "30 people Tuesday": a name after the noun is not part of it; but a capitalised plural after an
            # adjective is the noun ("several rural Democrats", "millions of law-abiding Coloradans")
            break
        if _time_unit(t.low, words) and k > j:
            break
        k += 1
        if (_plural(t.low, words) and k + 1 < n and toks[k].text in _APOSTROPHES and toks[k].start == t.end
                and toks[k + 1].text.islower() and _is_word(toks[k + 1]) and toks[k + 1].low not in words.stop_words
                and toks[k + 1].low not in words.role_skip
                and any(toks[m].low in words.possessed_events for m in range(k + 1, min(n, k + 4)))):
            # a plural possessive before the noun counted, where that noun is something people hold or do: "169
            # farmers' demonstrations", "40 nurses' pay claims" (but "a million patients' records" counts patients)
            skipped, k = skipped + 1, k + 1
            continue
        if _plural(t.low, words) and not (
                (t.low in _COLLECTIVE or (t.text[:1].isupper() and not _demonym(t.text))) and k < n
                and toks[k].text.islower()
                and _is_word(toks[k]) and toks[k].low not in words.stop_words and _plural(toks[k].low, words)
                and toks[k].low not in words.verbs) and not (
                t.low in _COLLECTIVE and k + 1 < n and _modifier_before_plural(toks, k, words)):
            # the head noun of "seven food processing plants"; "police departments" reads on, and so does a name
            # in -s before its noun ("1,200 Athens homes", "3,000 Jets fans"): a city or a team, no plural
            break
    return j, k


def _modifier_before_plural(toks: list[_Tok], k: int, words: QuantityWords) -> bool:
    """Whether token ``k`` is a noun modifier in lower case before a plural noun, both words no verb, the plural
    the subject of what follows: after a collective, "four police patrol cars were overturned", "five police riot
    vans blocked the road" count the cars and vans, never the police. (A verb in the present is spelt as a noun
    modifier is: "200 staff work shifts at the plant", "police guard homes in the area" read on only before a verb,
    an auxiliary or a relative, so those keep their people.)"""
    mod, head = toks[k], toks[k + 1]
    after = toks[k + 2] if k + 2 < len(toks) else None
    return (mod.text.islower() and _is_word(mod) and mod.low not in words.stop_words and mod.low not in words.verbs
            and mod.low not in words.role_skip and not _plural(mod.low, words) and head.text.islower()
            and _is_word(head) and head.low not in words.stop_words and head.low not in words.verbs
            and _plural(head.low, words) and after is not None
            and (after.low in _SUBJECT_FOLLOWERS or _verblike(after.low, words)))


# Words after a subject's noun phrase: an auxiliary, a relative or a second subject ("cars that were overturned").
_SUBJECT_FOLLOWERS = frozenset({"were", "are", "was", "is", "had", "have", "has", "that", "which", "and", "&", "remain",
                                "remained"})


def _name_before_plural(toks: list[_Tok], k: int, words: QuantityWords) -> bool:
    """Whether the capitalised words from ``k`` (up to three) are a name before a plural noun in lower case: "some
    90,000 daily Metro Rail commuters", "300 local Red Cross volunteers"; a month or a weekday is no such name."""
    m = k
    while m < len(toks) and m - k < 3 and _is_word(toks[m]) and toks[m].text[:1].isupper() \
            and toks[m].low not in _MONTHS and toks[m].low not in _WEEKDAYS:
        m += 1
    return m > k and m < len(toks) and _is_word(toks[m]) and toks[m].text.islower() \
        and toks[m].low not in words.stop_words and _plural(toks[m].low, words) and toks[m].low not in words.verbs


_APOSTROPHES = frozenset({"'", "’"})
# Collective nouns, plural in form, that also modify a plural head: "police departments", "staff members", "crew
# members".
_COLLECTIVE = frozenset({"police", "staff", "personnel", "crew"})


def _people_noun(toks: list[_Tok], a: int, words: QuantityWords) -> bool:
    """Whether token ``a`` is a word of a people's role used as a noun: "the injured", "those arrested".

    It ends its noun phrase (a mark, a stop word or a verb follows), so "the
    missing children" is read as a noun phrase, not as "the missing".
    """
    concept = words.roles["count"].get(toks[a].low)
    if concept is None or concept not in words.people_roles:
        return False
    nxt = toks[a + 1] if a + 1 < len(toks) else None
    return nxt is None or not _is_word(nxt) or nxt.low in words.stop_words or nxt.low in words.role_skip \
        or _verblike(nxt.low, words)


# Plurals of people with no plural ending ("people", "police", "staff", "three crew"); "cattle" is plural in form too.
_PEOPLE_PLURALS = frozenset({"people", "men", "women", "children", "police", "staff", "personnel", "crew"})


def _plural(word: str, words: QuantityWords) -> bool:
    if word in _PEOPLE_PLURALS or word == "cattle":
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")) \
        and word not in words.not_plurals


# People named by where they live: "Londoners", "New Yorkers", "Montrealers", "Torontonians", "Dubliners",
# "Aucklanders", "Queenslanders", "Mumbaikars": a capitalised plural with a demonym's ending. Capitalised plurals
# of other endings ("Hawks", "Jets") are left as they are. Peoples named in -is are demonyms too ("41,000
# Qareshis", "Israelis", "Pakistanis", "Iraqis", "Yemenis", "Bangladeshis", "Somalis", "Qataris").
_DEMONYM_RE = re.compile(r"[A-Z][a-z]+(?:ers|ians|ites|kars|ans|is)")


def _demonym(word: str) -> bool:
    """Whether ``word`` as written names people by their place ("Londoners", "Torontonians")."""
    return _DEMONYM_RE.fullmatch(word) is not None


# Nouns of a unit made of people that is not people: "200,000 households" counts households, even
# where the naming lexicon lists "households" as a name for the people involved.
_COLLECTIVE_UNITS = frozenset({"household", "households"})


def _service_place(toks: list[_Tok], a: int, b: int, words: QuantityWords) -> bool:
    """Whether the noun phrase ``toks[a:b]`` names a health service's places ("abortion facilities", "family
    planning centres"): a place noun of the lexicon's service_places with one of its services before it."""
    if toks[b - 1].low not in words.service_nouns:
        return False
    return any(toks[k].low in words.service_words for k in range(a, b - 1))


def _counts(head: str, words: QuantityWords, people: bool) -> str:
    # "around 300 firefighter posts", "40 nursing jobs": posts held by people are no people
    if people and head not in _COLLECTIVE_UNITS and _singular(head) not in _JOB_NOUNS:
        return "people"
    single = _singular(head)
    if head in words.person_nouns or single in words.person_nouns:
        return "people"
    if single in words.thing_names or head in words.thing_names:
        return words.thing_names.get(single) or words.thing_names[head]  # "NEVs", "cars": one count of vehicles
    if single == "time":
        # "a hundred times", "five times the limit": a frequency or a multiplier, never a time of day
        # (whose rows count "time"): the word stays plural.
        return "times"
    return single


def _action_words(sentence_toks: list[_Tok]) -> tuple[tuple[int, str], ...]:
    """The sentence's verb-like words (-ed, -ing) with their token index, computed once per sentence."""
    # The cheap suffix test first: most tokens end otherwise.
    return tuple([
        (n, low) for n, t in enumerate(sentence_toks)
        if (low := t.low).endswith(("ed", "ing")) and len(low) >= 5 and low not in _IDLE_VERBS and low[:1].isalpha()
    ])


def _actions(cands: tuple[tuple[int, str], ...], skip: range) -> tuple[str, ...]:
    return tuple(sorted({low for n, low in cands if n not in skip}))


def people_spans(doc: Document, *, mentions: Sequence[Any] | None = None) -> tuple[tuple[int, int], ...]:
    """Spans where the naming lexicon found a term for people (empty if naming is not installed).

    ``mentions`` are :func:`framing.naming.find_mentions` results computed
    elsewhere for ``doc`` (anything with ``start`` and ``end``); when None they
    are computed here.
    """
    if mentions is not None:
        return tuple((m.start, m.end) for m in mentions)
    try:
        from framing.naming import find_mentions  # issue 4; optional on purpose
    except ImportError:
        return ()
    try:
        # Voice does not matter here, so skip quote attribution (``()``), which is the slow part.
        return tuple((m.start, m.end) for m in find_mentions(doc, ()))
    except LexiconError:
        raise
    except Exception:  # pragma: no cover - a half-written naming module must not break coverage
        return ()


def _overlaps(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def extract_numbers(doc: Document, *, mentions: Sequence[Any] | None = None) -> tuple[Quantity, ...]:
    """Every quantity in ``doc``'s content sentences, in text order.

    ``mentions``: precomputed :func:`framing.naming.find_mentions` results for
    ``doc``, used to tell counts of people; computed when None.
    """
    words = load_quantity_words()
    people = people_spans(doc, mentions=mentions)
    starters, after_article, opener = _openers(words.path)
    out: list[Quantity] = []
    for sent in doc.sentences:
        # Most sentences hold no figure at all: skip them before tokenising.
        if opener.search(sent.text.lower()):
            out.extend(_sentence_numbers(doc, sent, words, people, starters, after_article))
    return tuple(_continued_counts(doc, out, words))


# A bare count that continues the count before it (round AR). What stands before the bare figure:
# the whole it is a part of ("Of the 25 individuals taken to hospital, two have died", "Out of 59 people
# injured, 42 are ..."), a running total ("seven new cases, taking the total to 145"), or the opening of a
# clause whose subject it is ("80 bodies, while 95 were taken to ...", "Twenty workers were hurt. Three
# remain in hospital").
_WHOLE_BEFORE = re.compile(r"(?:\A\s*|[,;:(]\s*)(?:of|out of|among)(?:\s+(?:the|these|those|all))?\s+\Z", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(
    r"\b(?:total|tally|tolls?|count)\s+(?:(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|jumped|reached|stands?|stood)"
    r"\s+)?(?:to|of|at|is|was)?\s*\Z", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(
    r"(?:\A\s*|[,;:]\s*|\b(?:and|while|whereas|but|with)\s+)(?:(?:another|a further|only|just|the other)\s+)?\Z",
    re.IGNORECASE)
_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:were|are|was|is|have|has|had|will|would|remain|remained|died|could|may|might)\b", re.IGNORECASE)
_WHO_AFTER = re.compile(r"\s+who\b", re.IGNORECASE)
_GAPPED_PREPOSITION = re.compile(r"\s+(in|at|from|to|on|into|near)\s+(?:the\s+|its\s+|their\s+)?[A-Z0-9]")
_LIST_GAP = re.compile(r"[^.;:!?\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)")


def _continued_counts(doc: Document, found: list[Quantity], words: QuantityWords) -> list[Quantity]:
    """A count with no noun takes the noun of the count it continues, so that no row counts only "count".

    The antecedent is the nearest count before it with a noun that is no span of time, in the same sentence
    or (for a clause's subject) the sentence before, across a paragraph break too ("... have been arrested.
    / Of the arrested; five were from Entebbe"). "N who ..." counts people. A part of a list, of an
    "including" or of a whole named first keeps its own role, or takes the whole's when it has none ("Of the
    25 individuals transported, two have already succumbed": individuals, succumbed); a running total takes
    the role of the count it adds up; a clause's subject keeps its own.
    """
    if not any(q.kind == "count" and not q.counts for q in found):
        return found
    text = doc.text
    sentences = doc.sentences
    spans = set(words.time_units.values())
    out = list(found)
    listed: set[int] = set()  # the bare counts given a noun here: a list of parts may go on after them
    for n, q in enumerate(out):
        if q.kind != "count" or q.counts or q.unit:
            continue
        sent = sentences[q.sentence]
        before = text[sent.start : q.start]
        if _WHO_AFTER.match(text, q.end):
            out[n] = replace(q, counts="people")
            continue
        prior = None
        for m in range(n - 1, -1, -1):
            w = out[m]
            if w.sentence < q.sentence - 1:
                break
            if w.kind == "count" and w.counts and w.unit and w.counts not in spans:
                prior = w  # "thousands of years": a span of time is no group the next figure is part of
                break
        if prior is None:
            continue
        same = prior.sentence == q.sentence
        between = text[prior.end : q.start]
        next_to = same and prior is out[n - 1]
        if (next_to and _LIST_GAP.fullmatch(between) and (
                # "five were from Entebbe, five from Rwizi, four from ...": the list goes on with its parts;
                # "Twelve people were killed in Lagos, five in Abuja": the verb is left out, the figure keeps
                # the preposition of the count before it.
                n - 1 in listed or ((gap := _GAPPED_PREPOSITION.match(text, q.end)) is not None
                                    and re.search(rf"\b{gap.group(1)}\b", between, re.IGNORECASE))
        )) or (next_to and _SUBSET_RE.search(between)) or (
            # "300 have been recaptured, including 270 caught near the border", once the 300 has its noun;
            # "Out of 300 homes inspected, 45 were condemned".
            same and _WHOLE_BEFORE.search(text[sent.start : prior.start]) and "," in between
        ):
            out[n] = replace(q, unit=prior.unit, counts=prior.counts, role=q.role or prior.role,
                             role_text=q.role_text or prior.role_text)
        elif same and _TOTAL_BEFORE.search(before):
            out[n] = replace(q, unit=prior.unit, counts=prior.counts, role=prior.role, role_text=prior.role_text)
        elif _CLAUSE_OPENING.search(before) and _SUBJECT_VERB_AFTER.match(text, q.end) and (
                not same or re.search(r"[,;]|\b(?:and|while|whereas|but)\b", between)):
            out[n] = replace(q, unit=prior.unit, counts=prior.counts)
        if out[n] is not q:
            listed.add(n)
    return out


# Nouns a hyphenated span of time qualifies as a law's limit ("a 22-week limit", "the 24-week cutoff").
_LIMIT_NOUNS = frozenset({"limit", "limits", "cutoff", "cut-off", "threshold"})
def _adjective_limit(q: Quantity, toks: list[_Tok], i: int) -> Quantity:
    """A span of time written as an adjective (token ``i``: "six-week", "22-week") is a law's limit only before a
    limit noun ("a 22-week limit"); before another ("the six-week ban", "a two-week break") a "legal" or "allowed"
    read near it belongs to another figure, and the role is dropped."""
    if q.role == "legal limit" and not any(t.low in _LIMIT_NOUNS for t in toks[i + 1 : i + 3]):
        return replace(q, role="", role_text="")
    return q


# "The 25-year-old trans swimmer, who won ...", "The 30-year-old has competed since 2015": a definite descriptor
# opening a sentence, which refers back to the person just named.
_DEFINITE_AGE = re.compile(r"[\"“‘']?The \d{1,3}-year-old\b")
# The same descriptor after a quote that opens the sentence: "“They signed away our songlines,” the 78-year-old
# elder told ...": the speaker is the person the sentence before opens with, as above.
_QUOTED_DEFINITE_AGE = re.compile(r"[\"“‘][^\"“”]{1,300}?[,!?][\"”’]\s+the \d{1,3}-year-old\b")
# The subject a sentence opens with: two or three capitalised words (a title may lead) before a verb or a comma.
_SUBJECT_NAME = re.compile(r"[\"“‘']?((?:[A-Z][\w’'-]*\.?\s+){1,3}?[A-Z][\w’'-]*)(?=\s+[a-z]|,)")
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}\b")



def _owner_before(doc: Document, sent: Sentence, words: QuantityWords) -> str:
    """Whose age a definite descriptor opening ``sent`` gives ("The 25-year-old trans swimmer, who won ...") :
    the person the sentence before opens with ("Rhiannon Vale found out ..."), a name of two or three words
    (a title left out) or a surname alone that ends such a name earlier in the article; "" when that sentence
    opens with no name, or with a body or place ("Kenya Police said", "Leeds Magistrates' Court")."""
    if sent.index == 0:
        return ""
    before = doc.sentences[sent.index - 1]
    if sent.paragraph - before.paragraph > 1:
        return ""
    name = _opening_name(doc, before, words)
    if name is None and sent.index >= 2 and _HIM_OR_HER.search(before.text) and not _NAME_RUN.search(before.text):
        # "Kofi Mensah was trapped for 17 hours. Rescuers reached him at dawn. The 52-year-old ...": a sentence
        # between that opens with no one and names no one, only refers back to him, leaves the name before it
        earlier = doc.sentences[sent.index - 2]
        if sent.paragraph - earlier.paragraph <= 1:
            name = _opening_name(doc, earlier, words)
    return name or ""


# A pronoun of one person, by which a sentence refers back to the one named before it.
_HIM_OR_HER = re.compile(r"\b(?:[Hh]e|[Ss]he|him|her|his)\b")


def _opening_name(doc: Document, before: Sentence, words: QuantityWords) -> str | None:
    """The person ``before`` opens with (see :func:`_owner_before`); "" for a body, a judge or a place it opens
    with, None where it opens with no name at all ("Rescuers reached him", "He was")."""
    m = _SUBJECT_NAME.match(before.text)
    if m is None:
        return None
    parts = m.group(1).split()
    if parts and parts[0].lower().rstrip(".") in words.bench_titles:
        return ""  # "Judge Mary Hale jailed him for six years. The 30-year-old ...": the defendant, not the judge
    while parts and parts[0].lower().rstrip(".") in words.name_titles:
        parts = parts[1:]  # "Dr Jane Okafor said": the name, not the title
    if not parts or any(p.lower().strip("’'") in words.body_words or p.lower() in ENGLISH_STOP_WORDS for p in parts):
        return ""
    if len(parts) == 1:
        # "Castillo said ...": a surname alone is a person's only where a full name ends with it before
        surname = parts[0]
        if not any(r.group(0).split()[-1] == surname for r in _NAME_RUN.finditer(doc.text, 0, before.start)):
            return None
    return " ".join(parts)


# What follows a reading time's figure: "6 min read", "8-minute read", "5 mins read".
_READ_TIME = re.compile(r"\s*-?\s*(?:min|mins|minute|minutes)\.?\s+read\b", re.IGNORECASE)

# A rupee written bare ("Rs 700,000", "Rs. 2 million", "50,000 rupees"), not India's own "₹" or "INR".
_BARE_RUPEE = re.compile(r"\bRs\b|\bRS\b|rupees?\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _rupee_places(path: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each rupee's currency code and one pattern of its country's place words (``rupee_places``)."""
    data = read_lexicon(Path(path))
    places = _mapping(data, "rupee_places", list)
    return tuple((code.upper(), re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in names) + r")\b"))
                 for code, names in places.items())


@lru_cache(maxsize=4)
def _article_rupee(text: str, path: str) -> str:
    """The rupee an article's bare "Rs" means: the country its place words name most, India on a tie."""
    best, most = "INR", 0
    for code, pattern in _rupee_places(path):
        hits = len(pattern.findall(text))
        if hits > most or (hits == most and code == "INR"):
            best, most = code, hits
    return best


# A multiple written as one word ("fivefold", "a three-fold rise", "more than 10-fold") or as "twice"/"thrice"
# before "as" ("twice as likely"): the same figure as "five times more likely", so it is read as a multiple and
# compared with one. "visited twice" (no "as" after it) counts occasions; "manifold" is no figure.
_FOLD_RE = re.compile(r"(\d+(?:\.\d+)?|[a-z]+)-?fold")
_TWICE = {"twice": 2.0, "thrice": 3.0}


def _fold_words(words: QuantityWords) -> frozenset[str]:
    """The one-word multiples that open a quantity: "twofold" .. "hundredfold", "twice", "thrice"."""
    return frozenset({*(w + "fold" for w in words.number_words), *_TWICE})


def _fold_at(doc: Document, sent: Sentence, toks: list[_Tok], i: int, words: QuantityWords) -> Quantity | None:
    """The one-word multiple at token ``i`` ("fivefold", "10-fold", "twice as"), with its hedge, if any."""
    low = toks[i].low
    if low in _TWICE:
        value: float | None = _TWICE[low] if i + 1 < len(toks) and toks[i + 1].low == "as" else None
    else:
        m = _FOLD_RE.fullmatch(low)
        if m is None:
            return None
        figure = m.group(1)
        value = float(figure) if figure[0].isdigit() else words.number_words.get(figure)
    if value is None or value < 2:
        return None
    first, hedge = i, None
    for n in (3, 2, 1):  # the longest hedge written before it ("far more than", "more than", "nearly")
        if i - n >= 0 and (h := " ".join(t.low for t in toks[i - n:i])) in words.approximators:
            first, hedge = i - n, h
            break
    start, end = toks[first].start, toks[i].end
    return Quantity(start=start, end=end, text=doc.text[start:end], value=value, approx=hedge,
                    bound=words.approximators[hedge] if hedge else "exact", kind="count", unit="times",
                    counts="multiple", sentence=sent.index)


# A dollar named by its country after the figure ("36 billion US dollars", "5 million Canadian dollars"); "U.S."
# is four tokens, read in _quantity_at.
_DOLLAR_NATIONS = {"us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "singapore": "SGD",
                   "taiwan": "TWD", "jamaican": "JMD", "namibian": "NAD", "zimbabwean": "ZWL"}


# An article's own dollar, named somewhere in it: "A$25 million", "AUD", "Canadian dollars", "C$", "NZ$". A bare
# "$" in such an article is that dollar (ABC, CBC and Globe style write "$" for the local dollar and mark a
# foreign one: "US$3 million"). Only one local dollar named, else the bare "$" stays USD as before.
# Letters glued before "$" that name a dollar ("A$", "C$", "NZ$"); "US$" names the US dollar, no local one.
_DOLLAR_PREFIXES = {"A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "Can": "CAD", "NZ": "NZD", "S": "SGD",
                    "HK": "HKD"}
# Codes and names of a dollar written out ("AUD", "Canadian dollars"), tested as substrings first (cheap).
_DOLLAR_WORDS = (("AUD", ("AUD", "Australian dollar")), ("CAD", ("CAD", "Canadian dollar")),
                 ("NZD", ("NZD", "New Zealand dollar")), ("SGD", ("SGD", "Singapore dollar")),
                 ("HKD", ("HKD", "Hong Kong dollar")))
_LETTERS_BEFORE = re.compile(r"[A-Za-z]{1,3}$")


# The dollar of an outlet's country, from its web address's country domain ("abc.net.au", "stuff.co.nz",
# "cbc.ca", "straitstimes.com.sg", "scmp.com.hk"): such outlets write a bare "$" for their own dollar, as the
# text rule above reads when the article names it once. A ".uk" or ".com" address says nothing (the BBC and the
# Guardian write "$" for the US dollar).
_DOMAIN_DOLLARS = {"au": "AUD", "nz": "NZD", "ca": "CAD", "sg": "SGD", "hk": "HKD"}
_URL_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?([^/?#:]+)", re.IGNORECASE)


@lru_cache(maxsize=32)
def _domain_dollar(url: str | None) -> str | None:
    """The dollar of the country whose domain ends ``url``'s host, if one of ``_DOMAIN_DOLLARS``; else None."""
    host = _URL_HOST.match(url.strip()) if url else None
    return _DOMAIN_DOLLARS.get(host.group(1).lower().rstrip(".").rsplit(".", 1)[-1]) if host else None


def _article_dollar(doc: Document) -> str | None:
    """The dollar a bare "$" means in ``doc``: the one non-US dollar it names, else its address's country's.

    The address is the article's ``url``, or its ``source`` when that is an address (files saved
    from the web often carry only ``source:``).
    """
    return _local_dollar(doc.text) or _domain_dollar(doc.article.url or doc.article.source)


@lru_cache(maxsize=32)
def _local_dollar(text: str) -> str | None:
    """The one non-US dollar an article names, if exactly one (see ``_DOLLAR_PREFIXES``); else None.

    One look at each "$" and a substring test per dollar's name: the whole text is never scanned by a regex.
    """
    named: set[str] = set()
    k = text.find("$")
    while k >= 0:
        glued = _LETTERS_BEFORE.search(text, max(0, k - 3), k)
        if glued and glued.group() in _DOLLAR_PREFIXES and (glued.start() == 0 or not text[glued.start() - 1].isalpha()):
            named.add(_DOLLAR_PREFIXES[glued.group()])
        k = text.find("$", k + 1)
    for code, forms in _DOLLAR_WORDS:
        if any(f in text and re.search(rf"\b{f}", text) for f in forms):
            named.add(code)
    return next(iter(named)) if len(named) == 1 else None


# Scales that make "a" a figure: "a million users", "more than a billion dollars".
_WORD_SCALES = frozenset({"million", "billion", "trillion"})


@lru_cache(maxsize=8)
def _openers(path: str) -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """Per lexicon, once: :func:`_starters`, the words after "a"/"an" that can make it open a
    quantity ("a year ago", "a few"), and :func:`_opener_re`."""
    words = _load_words(path)
    after_article = frozenset(
        {u for u, canon in words.time_units.items() if u == canon}
        | {p.split(" ")[1] for p in (*words.vague, *words.number_phrases) if p.split(" ")[0] in ("a", "an")}
        | set(words.fractions)  # "a third of", "a quarter of"
        | _WORD_SCALES  # "more than a million users"
        | {"quarter-point", "half-point", "quarter-percentage-point", "half-percentage-point"}  # see _points_at
    )
    opener = _opener_re(
        frozenset({*words.ordinals, *words.number_words, *words.vague, *words.number_phrases, *words.fractions,
                   *_WORD_SCALES, *_fold_words(words)}),
        frozenset(words.time_units),
    )
    return _starters(words), after_article, opener


def _starters(words: QuantityWords) -> frozenset[str]:
    """Lower-case words that may open a quantity in :func:`_quantity_at`.

    A token outside this set, not starting with a digit (a figure) and without
    a hyphen ("year-long", "twenty-five") never opens one: months open dates,
    ordinals ordinals, "a"/"an" "a year ago", then currency symbols, the first
    word of a vague phrase ("several hundred") and number words.
    """
    return frozenset(
        {*_MONTHS, *words.ordinals, "a", "an", *words.currencies, *words.number_words, *words.fractions}
        | _fold_words(words)
        | {w.lower() for w in (*words.currency_prefixes, *words.currency_letters)}
        | {phrase.split(" ")[0] for phrase in (*words.vague, *words.number_phrases)}
    )


@lru_cache(maxsize=8)
def _opener_re(openers: frozenset[str], time_units: frozenset[str]) -> re.Pattern[str]:
    """A search over a lower-cased sentence that finds every place a quantity may open.

    What :func:`_quantity_at` reads starts with a digit (figures, dates, money
    with a symbol), a hyphenated word ("year-long", "twenty-five"), an ordinal,
    a number word, a vague phrase ("a few", "several hundred"), or "a"/"an"
    before a time unit ("a year ago"); a sentence with none of these has no
    quantity. Tokens are separated only by spaces and underscores, and a word
    token never stands next to a letter.
    """

    def words(phrases: frozenset[str]) -> str:
        return "|".join(r"[\s_]*".join(map(re.escape, p.split(" "))) for p in sorted(phrases, key=len, reverse=True))

    units = frozenset({*time_units, *(u + "s" for u in time_units)})
    return re.compile(
        rf"\d|-|(?<![^\W\d_])(?:{words(openers)}|an?[\s_]*(?:{words(units)}))(?![^\W\d_])"
    )


# An age range of a group ("57 people aged between 18 and 25", "victims aged 16 to 30", "between the ages of 18
# and 34", "men aged 18-34") is no count and no one person's age: its figures are skipped.
# An age as a figure or in words up to ninety-nine ("aged between seven and 13", "aged from six to 15").
_AGE_FIGURE = (r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six"
               r"|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
               r"|fifteen|sixteen|seventeen|eighteen|nineteen)")
# In words only as a range ("between seven and 13", "six to 15"): "two sons, aged seven and nine" gives each his age.
_AGE_RANGE_RE = re.compile(
    r"\b(?:aged|ages|between the ages of|from the ages of|(?:ranged|ranging|range|ranges) in age)\s+"
    r"(?:(?:between\s+|from\s+)?\d{1,3}\s*(?:and|to|-|–|—)\s*\d{1,3}"
    r"|between\s+" + _AGE_FIGURE + r"\s+and\s+" + _AGE_FIGURE
    + r"|(?:from\s+)?" + _AGE_FIGURE + r"\s*(?:to|-|–|—)\s*" + _AGE_FIGURE + r")\b")


@lru_cache(maxsize=512)
def _age_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of age ranges in a sentence's text (offsets in the text), computed once per sentence."""
    return tuple(m.span() for m in _AGE_RANGE_RE.finditer(text)) if "age" in text else ()


def _sentence_numbers(
    doc: Document, sent: Sentence, words: QuantityWords, people: tuple[tuple[int, int], ...],
    starters: frozenset[str], after_article: frozenset[str],
) -> list[Quantity]:
    toks = _tokens(sent.text, sent.start)
    # The sentence's verb-like words, read by _make on its first figure only: many
    # sentences searched here (any hyphen opens one) hold no figure at all.
    cands: list[tuple[tuple[int, str], ...]] = []
    found: list[Quantity] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not (tok.low in starters or tok.text[:1].isdigit() or "-" in tok.low):
            # Most tokens cannot open a figure: _quantity_at would return (None, i + 1).
            i += 1
            continue
        if tok.low in ("a", "an") and (i + 1 == len(toks) or toks[i + 1].low not in after_article):
            # "a"/"an" opens only "a year ago", "over a year", "a few": the commonest starter, mostly idle.
            i += 1
            continue
        q, nxt = _quantity_at(doc, sent, toks, i, words, people, cands)
        if q is not None:
            found.append(q)
            i = nxt
        else:
            i += 1
    return _restated(doc.text, found, sent)


# A span's second end after its first: "between 3 and 5", "between 3 - 5", "between 30 to 40".
_SPAN_SECOND_END = re.compile(r"\s*(?:and|to|[-–—])\s*(?:some\s+|about\s+|around\s+)?\d", re.IGNORECASE)
_BARE_FIGURE = re.compile(r"\d{1,3}")


def _span_without_end(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a bare figure after "between" with no second end: the first day of a dotted date span
    ("between 1. – 8.4.2024", European writers' day-month dates) or a span cut off ("... during this strike
    between 1" at a page's end). Neither counts anything."""
    return (q.kind == "count" and not q.unit and _BARE_FIGURE.fullmatch(q.text) is not None
            and _BETWEEN.search(text, max(0, q.start - 20), q.start) is not None
            and _SPAN_SECOND_END.match(text, q.end) is None)


# A yearly rate glued to a sum and the one or two words after it: "$486,000-a-year boss", "£150,000-a-year chief
# executive".
_PAY_AFTER = re.compile(r"[ \u00a0]+([A-Za-z]+)(?:[ \u00a0]+([A-Za-z]+))?")


def _yearly_pay(text: str, found: list[Quantity], salary_nouns: frozenset[str]) -> list[Quantity]:
    """A yearly sum glued before an earner or a post ("the network's $486,000-a-year boss Karen Odell refused to
    say whether a ransom had been demanded") is that person's salary, whatever else its sentence says."""
    out = found
    for n, q in enumerate(found):
        if q.kind != "money" or not q.text.endswith(("-a-year", "-per-year")):
            continue
        m = _PAY_AFTER.match(text, q.end)
        noun = next((w for w in (m.groups() if m else ()) if w and w.lower() in salary_nouns), None)
        if noun is not None:
            if out is found:
                out = list(found)
            out[n] = replace(q, role="salary", role_text=noun)
    return out


# Figures that count nothing, whatever the words near them:
#  - a law's or code's provision, however many are listed: "Section 7 of the Act", "Sections 318(4) and 61(2)
#    of the BNS", "Sections 420 and 120B of the IPC", "Article 2.1.3 of the code", "s.18 of the Offences against
#    the Person Act" (Indian, Pakistani, UK and US court copy; ICC and tennis integrity codes); abbreviated and
#    listed with a serial comma, "Arts. 21, 28(1), 44(c), and 128(1) of the Constitution", "Sec. 5(2)" (East
#    African, Indian and US court copy);
#  - cricket's scorecard: "1 for 48", "0/41" and "201/6" (wickets for runs, runs for wickets), "22 off 8
#    balls", "an economy rate of 11.25", "the 19th over cost 23" (Cricinfo, Wisden, Dawn and Times of India
#    match reports): runs and wickets of one spell, never people or things two outlets count.
_NO_COUNT_RE = re.compile(
    r"\b(?:Sections?|Articles?|Clauses?|Rules?|Regulations?|Paragraphs?|Sub-sections?|ss?\.|Arts?\.|Secs?\.)\s+\d+"
    r"[\w.()]*(?:\s*\([a-z][^()]{0,40}\))?(?:\s*(?:,\s*(?:and|or|&)?|and|or|&|to)\s*\d+[\w.()]*"
    r"(?:\s*\([a-z][^()]{0,40}\))?)*"
    r"|\b\d{1,2}\s*(?:for|-)\s*\d{1,3}(?=\s+(?:in|from|off)\s+(?:his\s+|her\s+|their\s+|the\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\.\d)?\s+overs?\b)"
    r"|\b\d{1,2}/\d{1,3}(?=\s+(?:in|from|off)\s+(?:his\s+|her\s+|their\s+|the\s+)?\w+\s+overs?\b)"
    r"|(?<=\bfigures of )\d{1,2}[/-]\d{1,3}\b"
    r"|\b\d{1,3}\s+off\s+(?:just\s+|only\s+)?\d{1,3}\s+balls?\b"
    r"|\beconomy(?:\s+rate)?\s+(?:of\s+)?(?:\w+\s+)?\d+(?:\.\d+)?"
    r"|\b(?:\d+(?:st|nd|rd|th)|last|final|first)\s+over\s+(?:cost|went for|yielded|conceded|produced)\s+\d+",
    re.IGNORECASE,
)
# Words one of _NO_COUNT_RE's shapes needs (lower case), to skip it for a sentence that has none; "s. 5" aside.
_NO_COUNT_KEYS = ("section", "article", "clause", "rule", "regulation", "paragraph", "over", "ball", "econom",
                  "figures of", "art.", "arts.", "sec.", "secs.")
_SECTION_ABBREV = re.compile(r"\bss?\.\s+\d", re.IGNORECASE)
# A side's total "201/6", "186/7": kept out only in a sentence of cricket, where "9/11" is no date either.
_CRICKET_TOTAL_RE = re.compile(r"\b\d{2,3}(?:/| for )(?:10|\d)\b")  # "186/7", "186 for 7"
_CRICKET_RE = re.compile(r"\b(?:overs?|wickets?|innings|runs?|T20|ODI|bowl(?:ed|er|ing)?|bat(?:ted|ting)?|"
                         r"posted|chas(?:e|ed|ing)|all out)\b", re.IGNORECASE)
# A fire service's engines: "Two units of Wexford Fire and Rescue Service attended", "Eight appliances from
# Greater Manchester Fire and Rescue Service", "six fire engines" (Irish, UK and US fire-service copy). Counted
# as fire units, never a crowd that "attended".
_FIRE_UNITS = frozenset({"unit", "appliance", "tender", "fire unit"})  # "fire engines" are named already
_FIRE_RE = re.compile(r"\bfire\b|\bbrigade\b|rescue service|firefight", re.IGNORECASE)
FIRE_UNIT = "fire unit"
# A wait or hold-up in a sentence of an ambulance or its crew is the ambulance's delay (lexicon "ambulance delay").
_HELD_UP = frozenset({"delay", "held", "waited", "wait", "stuck", "trapped"})
_AMBULANCE_RE = re.compile(r"\bambulances?\b|\bparamedics?\b", re.IGNORECASE)
AMBULANCE_DELAY = "ambulance delay"
# A past disaster's toll, told beside this one's: "The 2007 Pisco quake killed 596 people", "the 2001 Gujarat
# earthquake killed more than 20,000": a year before the figure in its clause, with no day (a day dates this
# event: "on June 9, 2026"). Its role is "past killed" (rows "people killed in a past event").
PAST_TOLL_ROLES = frozenset({"killed", "injured", "missing", "evacuated", "destroyed", "damaged"})
# A figure an outlet reports only to deny it: "dismissed as 'fake news' claims ... that 19 people had been killed",
# "police denied reports that 40 were arrested", "the so-called 19 deaths", "claims that 19 died are false"
# (pro-government and police-statement copy in Kenya, Nigeria, Pakistan, the Philippines). Such a figure is
# another source's, which the outlet disputes: its role becomes "denied killed" (rows "people killed (a figure
# it denies)"), never the outlet's own toll beside another outlet's agreeing one.
_DENIAL_KEYS = ("dismiss", "denied", "denies", "deny", "reject", "disput", "refut", "debunk", "fake", "false",
                "untrue", "so-called", "baseless")
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:dismiss(?:ed|es|ing)?|den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|disput(?:ed|es|ing)|refut(?:ed|es|ing)"
    r"|debunk(?:ed|s|ing)?)\b[^.;!?]{0,120}\b(?:claims?|reports?|allegations?|figures?|rumou?rs?|suggestions?|"
    r"tallies|tally|accounts?)\b[^.;!?]{0,60}|\bso-called\s+)$", re.IGNORECASE)
_DENIED_AFTER = re.compile(r"[^.;!?]{0,80}\b(?:(?:are|is|was|were)\s+(?:false|untrue|baseless|fake)|fake news)\b",
                           re.IGNORECASE)
_CLAIM_BEFORE = re.compile(r"\b(?:claims?|reports?|allegations?|rumou?rs?)\s+(?:that\s+)?[^.;!?]{0,40}$",
                           re.IGNORECASE)
DENIED = "denied "
# A sum said to be in Pakistani currency after a conversion ("Indian Rs2.5m – roughly Rs8m in Pakistani
# currency"): Dawn and Express Tribune write Indian sums so, the second figure in rupees of Pakistan.
_IN_CURRENCY_RE = re.compile(r"\s+in\s+(Pakistani|Indian|Nepali|Sri Lankan)\s+(?:currency|rupees|terms)\b")
_CURRENCY_OF = {"Pakistani": "PKR", "Indian": "INR", "Nepali": "NPR", "Sri Lankan": "LKR"}


# A word of pay after a duration and a preposition is what a dispute is about ("ten days over pay", "three days
# of strikes about wages"), never severance ("four weeks' pay", "six weeks of pay").
_OVER_PAY = re.compile(r"\s+(?:over|about|against|on|in)\s+(?:[\w-]+\s+){0,3}?(?:pay|wages|salary|salaries)\b",
                       re.IGNORECASE)


# A turnout of one branch, campus or workplace in a national ballot ("Local turnout was 61%", "turnout at the
# branch was 61 per cent"): union and student-paper strike copy gives it beside the national figure.
_LOCAL_TURNOUT = re.compile(r"\b(?:local|branch|campus)\s+turnout\b|\bturnout\s+(?:at|in|on)\s+(?:the\s+|our\s+|this\s+)?"
                            r"(?:branch|campus|site|workplace|local)\b", re.IGNORECASE)


# Page furniture and identifiers, whose digits are no figure of the story: a CMS token or a shortcode in square
# brackets ("[[nid:48213]]", '[storybar title="Video" link="#1"]', '[gallery ids="12,15"]'), a web address
# ("pic.twitter.com/8kQz...", "bit.ly/3xYz", "www.example.org/2021/report-44"), an embedded post's signature
# date ("— Metro Desk (@MetroDesk) March 3, 2021"), a number after "#" ("Pier #2", "the #12 conveyor"; a hashtag
# or a rank, never a count) and an aircraft's registration ("5N-BKQ", "9M-ART": ICAO country prefix and mark).
_FURNITURE_RE = re.compile(
    r"\[\[?[a-z][\w-]*(?::|\s+[a-z_]+\s*=)[^\[\]]*\]\]?"
    r"|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*"
    r"|\(@\w+\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
    r"|(?<![\w&#])#\d+\b"
    r"|\b\d[A-Z]{1,2}-[A-Z]{2,5}\b"
)
# Characters one of _FURNITURE_RE's shapes needs, to skip it for a sentence that has none.
_FURNITURE_KEYS = ("[", "/", "#", "@", "-")


def _second_reading(doc_text: str, found: list[Quantity], sent: Sentence) -> list[Quantity]:
    """``found`` (the figures of ``sent``, a sentence of ``doc_text``) with provisions and scorecards dropped, fire
    units named, past tolls and currencies named after a conversion read (see the patterns above)."""
    if not found:
        return found
    base = sent.start
    text = doc_text[base : sent.end]
    low = text.lower()
    # The provisions-and-scorecards pattern is costly; most sentences hold none of its words.
    spans = ([(m.start() + base, m.end() + base) for m in _NO_COUNT_RE.finditer(text)]
             if any(k in low for k in _NO_COUNT_KEYS) or (("s." in low) and _SECTION_ABBREV.search(text)) else [])
    if _CRICKET_RE.search(text):
        spans += [(m.start() + base, m.end() + base) for m in _CRICKET_TOTAL_RE.finditer(text)]
    cvss = "CVSS" in text or "cvss" in low
    rate = next((q for q in found if q.kind == "rate"), None)
    furniture = ([(m.start() + base, m.end() + base) for m in _FURNITURE_RE.finditer(text)]
                 if any(k in text for k in _FURNITURE_KEYS) else [])
    out: list[Quantity] = []
    for q in found:
        if any(a <= q.start < b for a, b in furniture):
            continue
        if any(a <= q.start < b for a, b in spans) and q.kind in ("count", "date"):
            continue
        if cvss and _CVSS_BEFORE.search(text, max(0, q.start - base - 40), q.start - base):
            continue
        if (rate is not None and q.kind == "count" and not q.counts and q.value is not None
                and _RATE_OF_BEFORE.search(text, max(0, q.start - base - 40), q.start - base)):
            # "19.4 per 100,000 residents ..., well above the national rate of 13.9": the same base
            q = replace(q, kind="rate", counts=rate.counts, unit=rate.unit)
        elif (q.kind == "count" and not q.counts and q.role not in load_quantity_words().concepts
              and q.value is not None and 1 <= q.value < 110
              and q.value == int(q.value) and (m := _NOUN_AGE_BEFORE.search(text, max(0, q.start - base - 40),
                                                                           q.start - base))
              and _AGE_AFTER.match(text, q.end - base)):
            # "The suspect, 22, had been reported ...": an age after a person named by a noun
            q = replace(q, kind="age", counts="age", unit="years", subject=m.group(1).lower())
        if q.kind == "percent" and q.role == "turnout" and _LOCAL_TURNOUT.search(text, 0, q.start - base):
            # "Local turnout was 61%, according to the branch": one branch's part of a national ballot, never set
            # against another outlet's national turnout
            q = replace(q, role="", role_text="")
        if q.kind == "duration" and q.role == "severance" and _OVER_PAY.match(text, q.end - base):
            # "walk out for ten days over pay": what a strike is about, no weeks' pay per year of service
            q = replace(q, role="", role_text="")
        if q.kind == "duration" and q.role in _HELD_UP and _AMBULANCE_RE.search(text):
            # "an ambulance ... had been held in traffic for about 25 minutes", "one of its crews had been
            # 'delayed by approximately 12 minutes'": the delay is the ambulance's, whichever word is nearer
            q = replace(q, role=AMBULANCE_DELAY)
        elif q.kind == "count" and q.counts in _FIRE_UNITS and _FIRE_RE.search(text):
            q = replace(q, counts=FIRE_UNIT, role="", role_text="")
        elif q.kind == "count" and q.role in PAST_TOLL_ROLES and any(k in low for k in _DENIAL_KEYS) and (
                _DENIED_BEFORE.search(text, 0, q.start - base) or (
                    _CLAIM_BEFORE.search(text, 0, q.start - base) and _DENIED_AFTER.match(text, q.end - base))):
            q = replace(q, role=DENIED + q.role)  # a figure reported to be denied (see _DENIED_BEFORE)
        elif q.kind == "count" and q.role in PAST_TOLL_ROLES:
            lo, _ = _clause_bounds(text, q.start - base, q.end - base)
            if any(not _DAY_BEFORE_YEAR.search(text, lo, y.start()) for y in _PAST_YEAR.finditer(text, lo, q.start - base)):
                q = replace(q, role=f"past {q.role}")
        elif q.kind == "money" and out and out[-1].kind == "money":
            m = _IN_CURRENCY_RE.match(text, q.end - base)
            if m and _CONVERSION_GAP.fullmatch(text, out[-1].end - base, q.start - base):
                q = replace(q, counts=_CURRENCY_OF[m.group(1)], role=q.role or out[-1].role,
                            role_text=q.role_text or out[-1].role_text)
        out.append(q)
    return out


# An earthquake's magnitude, as wires, networks, agencies and seismological services write it (USGS event pages
# "M 7.2", "Mww 7.2"; AP "a magnitude 7.1 earthquake"; Reuters and AFP "a 7.8-magnitude quake", "measured 6.6 on
# the Richter scale"; tabloids "6.9 quake"; EMSC and Geoscience Australia "M5.9", "ML 4.1"). A prefix "M" needs a
# decimal ("M25" is a motorway); a bare figure before a quake noun needs one too ("6 quakes" counts quakes).
_MAGNITUDE_RE = re.compile(
    r"(?:\b(?:[Mm]agnitude|MAGNITUDE)(?:\s*\((?:Mww?|Mw[bcrp]|M[LlSsb])\))?(?:\s+of|\s+at)?[-\s]+"
    r"|(?<![\w.])M(?:ww|w[bcrp]?|[LlSsb])?\s?(?=\d\.\d))"
    r"(\d(?:\.\d{1,2})?)(?!\d|[.,]\d)"
    r"|(?<![\w.,$£€])(\d(?:\.\d{1,2})?)(?:(?:-\s?|\s)magnitude\b"  # "a 6.4- magnitude quake": a hyphen left loose
    r"|(?<=\.\d)(?=\s+on\s+the\s+(?:Richter|moment[- ]magnitude)\s+scale\b"
    r"|[-\s](?:earth)?quakes?\b|[-\s]tremors?\b|[-\s]temblors?\b|[-\s](?:after|fore)shocks?\b)"
    r"|(?=\s+in\s+magnitude\b))")  # "an aftershock measuring 5.0 in magnitude"
_MAGNITUDE_HINT = re.compile(r"agnitude|Richter|\bM[wLlSsb]{0,3}\s?\d\.\d|\d\.\d[-\s](?:earth|quake|tremor|temblor)"
                             r"|\d\.\d[-\s](?:after|fore)shock|MAGNITUDE")
# A threshold, not one quake's magnitude: "aftershocks of magnitude 3.0 or greater", "M4+", "above magnitude 5".
_MAGNITUDE_FLOOR_AFTER = re.compile(r"\+|\s+(?:or|and)\s+(?:greater|more|higher|above|larger|stronger|over|bigger"
                                    r"|up|upwards?)\b")
_MAGNITUDE_FLOOR_BEFORE = re.compile(r"(?:above|over|greater than|at least|exceeding|more than|stronger than|≥)\s*"
                                     r"(?:a\s+)?(?:magnitude[-\s]+|M\s?)?$", re.IGNORECASE)
# A magnitude first estimated, then revised ("initially estimated the magnitude at 7.0", "its first automatic
# solution gave a magnitude of 7.1, later revised to Mww 7.2"): an earlier reading, as "from 120 km/h" of a wind.
_MAGNITUDE_EARLIER_BEFORE = re.compile(r"\b(?:initial(?:ly)?|first|preliminary|early|originally|provisional(?:ly)?)\b"
                                       r"[^,;:]{0,40}$", re.IGNORECASE)
_MAGNITUDE_EARLIER_AFTER = re.compile(r"\s*(?:,\s*)?(?:and\s+|but\s+|before\s+being\s+|then\s+|later\s+)*"
                                      r"(?:revised|upgraded|downgraded|raised|lowered)\b", re.IGNORECASE)
_AFTERSHOCK_BEFORE = re.compile(r"\baftershocks?\b(?:(?!\b(?:after|following|since)\b)(?:[^;:.]|[.:]\d)){0,80}$",
                                re.IGNORECASE)
_AFTERSHOCK_AFTER = re.compile(r"[-\s]aftershock\b", re.IGNORECASE)
# A past quake named by its year ("the 1970 M7.9 Áncash earthquake", "In 2007, a magnitude 8.0 earthquake", "the
# magnitude 7.9 that struck Áncash in May 1970"): a record of the past, kept apart from this quake's magnitude. A
# full date ("9 June 2026", "June 9, 2026") dates this quake; "since 2007" compares with the past.
_PAST_YEAR = re.compile(r"(?<![\d,.])(?<!since )(?<!Since )(1[89]\d\d|20\d\d)(?!\d|[,.]\d)")
_DAY_BEFORE_YEAR = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s*$")
MAGNITUDE = "magnitude"  # the counts of an earthquake's magnitude
AFTERSHOCK = "aftershock"  # the role of an aftershock's magnitude
PAST_QUAKE = "past quake"  # the role of a past quake's magnitude


# A vulnerability's severity score ("CVSS 9.8", "a CVSS score of 10.0", "CVSS v3.1 base score: 8.1"): a rating of a
# bug in security advisories and the tech press, never a count. Tested only in a sentence that says "CVSS".
_CVSS_BEFORE = re.compile(r"\bCVSS(?:\s*v?\d(?:\.\d)?)?(?:\s+(?:base\s+)?(?:score|rating))?(?:\s+of)?\s*[:=]?\s*$",
                          re.IGNORECASE)
# "the national rate of 13.9", "the rate was 8.2": a rate restated without its base, in a sentence that gives one
_RATE_OF_BEFORE = re.compile(r"\brate\s+(?:of|was|is|stood at|at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$")
# A person named by a noun and then an age between commas: "The suspect, 22,", "a nurse, 41,", "the driver, 19."
_NOUN_AGE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?(suspect|gunman|shooter|attacker|assailant|victim|driver|man|woman|boy|girl|"
    r"teenager|teen|youth|mother|father|son|daughter|officer|nurse|student|resident|pilot|passenger|defendant|"
    r"accused|motorist|cyclist|pedestrian|worker|soldier|protester|protestor|farmer|teacher)\s*,\s*$")
_AGE_AFTER = re.compile(r"\s*(?:[,.;)]|\s+(?:and|was|is|had|has|who|from|of)\b)")
_CLAUSE_MARK = re.compile(r";|:(?!\d)")


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the last ";" or sentence stop before it to the next after."""
    # a colon opens a clause only before a space: "18:00" and "16:02 UTC" are times
    a = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)), default=0)
    m = _CLAUSE_MARK.search(text, end)
    return a, m.start() if m else len(text)


@lru_cache(maxsize=256)
def _magnitudes(text: str) -> tuple[tuple[int, int, int, float | None, str], ...]:
    """Each earthquake magnitude of sentence ``text`` as (start, end, start of its digits, value, role), in text
    order; the value is None for a threshold ("aftershocks of magnitude 3.0 or greater"), which is no figure of
    one quake but whose digits are no count either. Cached: each figure of a sentence asks."""
    if not _MAGNITUDE_HINT.search(text):
        return ()
    out: list[tuple[int, int, int, float | None, str]] = []
    for m in _MAGNITUDE_RE.finditer(text):
        group = 1 if m.group(1) else 2
        a, b, digits_end = m.start(), m.end(), m.end(group)
        if _MAGNITUDE_FLOOR_AFTER.match(text, digits_end) or _MAGNITUDE_FLOOR_BEFORE.search(text, 0, a):
            out.append((a, b, m.start(group), None, ""))
            continue
        lo, hi = _clause_bounds(text, a, b)
        before = text[lo:a]
        role = ""
        if _MAGNITUDE_EARLIER_BEFORE.search(before) or _MAGNITUDE_EARLIER_AFTER.match(text, b):
            role = EARLIER
        elif _AFTERSHOCK_BEFORE.search(before) or _AFTERSHOCK_AFTER.match(text, digits_end):
            role = AFTERSHOCK
        elif any(not _DAY_BEFORE_YEAR.search(text, lo, y.start()) for y in _PAST_YEAR.finditer(text, lo, hi)):
            role = PAST_QUAKE
        out.append((a, b, m.start(group), float(m.group(group)), role))
    return tuple(out)


def _magnitude_at(doc: Document, sent: Sentence, toks: list[_Tok], i: int) -> tuple[Quantity | None, int] | None:
    """The magnitude whose digits are figure token ``i`` ("magnitude 6.4", "M5.9", "a 7.8-magnitude quake"): (the
    figure, or None for a threshold; the token to read next), or None. Read token by token, "6.4" would count the
    next noun ("6.4 earthquake") or the sentence's dead. A year glued before a prefix "M" ("the 1970 M7.9 quake")
    would be read with it as "1970 M" (millions): it is no figure."""
    at = toks[i].start - sent.start
    for a, b, digits, value, role in _magnitudes(sent.text):
        if digits == at:
            end = sent.start + b
            k = i + 1
            while k < len(toks) and toks[k].start < end:
                k += 1
            if value is None:
                return None, k
            start = sent.start + a
            return Quantity(start=start, end=end, text=doc.text[start:end], value=value, approx=None, bound="exact",
                            kind="count", unit=MAGNITUDE, counts=MAGNITUDE, sentence=sent.index, role=role,
                            role_text=role), k
        if sent.text[a] == "M" and at < a and not sent.text[toks[i].end - sent.start:a].strip():
            return None, i + 1
    return None


# A race time: "3min 49.01sec", "29min 55.3sec", "3:49.01", "3:29.8" (minutes and seconds with a decimal: a clock
# time has none), "2:05:41" (a marathon: hours, minutes, seconds). Sports wires (AFP, Reuters) write "3min 49.01sec";
# World Athletics and most papers "3:49.01".
_RACE_TIME = re.compile(
    r"(?<![\w:.])(?:(\d{1,2})\s?min(?:ute)?s?\s+(\d{1,2}(?:\.\d+)?)\s?sec(?:ond)?s?\b"
    r"|(\d{1,2}):([0-5]\d\.\d{1,3})(?![\d:])"
    r"|([1-9]):([0-5]\d):([0-5]\d(?:\.\d+)?)(?![\d:]))")
# A race distance in an event's name: "the Olympic 1500m champion", "the 10,000m final", "the women's 800m", "events
# from the 400m to the mile", "the Olympic champion in the 800 meters" (the same event written out). It
# names the event (no count, and no millions: "m" after a figure is otherwise read as a million). Sources: World
# Athletics and FINA event names; AFP, BBC Sport, Daily Nation style ("1500m", "1,500m", "10,000m").
_RACE_DISTANCE = re.compile(
    r"(?<![\w$£€¥₹.,])(?:\d{2,3}|\d{1,2},?\d{3})m\b(?=\s+(?:champion|championships?|final|finals|title|gold|silver"
    r"|bronze|race|record|hurdles|steeplechase|freestyle|butterfly|backstroke|breaststroke|medley|relay|heats?"
    r"|semi-?finals?|world|runner|runners|winner|specialist|star|dash|sprint|event|medallist|medalist|olympic)\b"
    r"|\s+to\s+the\s+(?:mile|marathon|(?:\d{2,3}|\d{1,2},?\d{3})m)\b)"
    r"|(?<=men's )(?:\d{2,3}|\d{1,2},?\d{3})m\b|(?<=men’s )(?:\d{2,3}|\d{1,2},?\d{3})m\b"
    # written out after the one who won it: "the Olympic champion in the 800 meters", "gold in the 400 metres"
    r"|(?<=champion in the )(?:\d{2,3}|\d{1,2},?\d{3})\s(?:metres|meters)\b"
    r"|(?<=champions in the )(?:\d{2,3}|\d{1,2},?\d{3})\s(?:metres|meters)\b"
    r"|(?<=medal in the )(?:\d{2,3}|\d{1,2},?\d{3})\s(?:metres|meters)\b"
    r"|(?<=gold in the )(?:\d{2,3}|\d{1,2},?\d{3})\s(?:metres|meters)\b"
    r"|(?<=title in the )(?:\d{2,3}|\d{1,2},?\d{3})\s(?:metres|meters)\b", re.IGNORECASE)


def _sport_at(doc: Document, sent: Sentence, toks: list[_Tok], i: int) -> tuple[Quantity | None, int] | None:
    """A race time or a race distance in an event's name opening at figure token ``i``: (the race time, or None
    for a distance, which is no figure at all; the token to read next), or None."""
    at = toks[i].start - sent.start
    m = _RACE_TIME.match(sent.text, at) or _RACE_DISTANCE.match(sent.text, at)
    if m is None:
        return None
    end = sent.start + m.end()
    k = i + 1
    while k < len(toks) and toks[k].start < end:
        k += 1
    if m.re is _RACE_DISTANCE:
        return None, k
    g = m.groups()
    if g[0] is not None:
        value = int(g[0]) * 60 + float(g[1])
    elif g[2] is not None:
        value = int(g[2]) * 60 + float(g[3])
    else:
        value = int(g[4]) * 3600 + int(g[5]) * 60 + float(g[6])
    start = toks[i].start
    return Quantity(start=start, end=end, text=doc.text[start:end], value=round(value, 3), approx=None,
                    bound="exact", kind="duration", unit="race time", counts="race time", sentence=sent.index), k


# A multiple: "seven times the legal limit", "more than six times as high", "four times higher". Without such a
# comparison after it, "30 times" counts occasions ("tested more than 30 times").
_MULTIPLE_AFTER = re.compile(r"\s+times\s+(?:the|as|higher|more|greater|larger|bigger|above|over|that|what|its|their"
                             r"|his|her|normal|usual)\b", re.IGNORECASE)
# An age limit: a figure after "under"/"over" that follows a noun of people with no noun of its own ("users under
# 16", "children under 13", "anyone over 65"): a limit in years, never a count of the next word.
_AGE_LIMIT_BEFORE = re.compile(
    r"\b(?:users|children|kids|teens|teenagers|minors|anyone|anybody|those|people|youngsters|young people|students"
    r"|pupils|girls|boys|players|adults|patients|customers|drivers|everyone|account holders|aged|age|ages"
    r"|men|women|residents|citizens|voters|workers)\s+$", re.IGNORECASE)
# An age's bound written after it: "4 years old or younger", "65 years old and over".
_AGE_OR_TAILS = {"or younger": "below", "and younger": "below", "or under": "below", "and under": "below",
                 "or older": "above", "and older": "above", "or over": "above", "and over": "above"}
_AGE_HEDGES = frozenset({"under", "over", "below", "above", "younger than", "older than"})
# An exchange rate: "1,145 per dollar", "19.4 pesos to the dollar", "ARS 1,142 to the US dollar", "83.4 against
# the dollar". The figure is the price of one dollar (euro, pound) in the local currency.
_PER_CURRENCY = re.compile(
    r"(?:\s+(?:pesos?|rupees?|yen|yuan|won|rand|naira|shillings?|cedis?|liras?|reais|roubles?|rubles?|rupiah|baht"
    r"|dollars?|euros?|pounds?|units?))?\s+(?:per|to the|to one|to a|against the|for each|for one|a)\s+"
    r"(?:(?:US|U\.S\.|American|single)\s+)?(dollar|euro|pound|greenback)\b", re.IGNORECASE)
_CURRENCY_NOUN = re.compile(r"pesos?|rupees?|yen|yuan|won|rand|naira|shillings?|cedis?|liras?|reais|roubles?|rubles?"
                            r"|rupiah|baht|units?", re.IGNORECASE)
_PER_CODES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound": "GBP"}


# A pension or retirement age, the age at which a law lets people retire: "raise the state pension age from 62 to
# 64", "the retirement age of 67", "workers will retire at 67", "the pensionable age rises to 65" (AFP, Reuters,
# Irish Times and Le Monde English copy of pension reforms): an age limit, like "under 16", never a count.
_RETIREMENT_AGE_BEFORE = re.compile(
    r"(?:\b(?:pension|pensionable|retirement|retiring)\s+age\b(?:\s+(?:will|would|to|be|is|was|rises?|rising|rose"
    r"|goes|going|went|raised|lifted|increased|moves?|moving|from|of|at|to|by|\d{2}))*"
    r"|\bretire\s+at|\bretirement\s+at|\bretiring\s+at)\s+$", re.IGNORECASE)
# Prepositions of a place or group between a subject's noun and an aside ("people across the country, most of
# them ..., have"), see _role().
_PLACE_PREPS = frozenset({"across", "in", "at", "from", "throughout", "around", "nationwide", "statewide"})
# A share price's or a future's move "as much as 3.1%" (see _reread), and the hedge itself.
_MOVE_ROLES = frozenset({"shares", "futures"})
_AS_MUCH_AS = re.compile(r"as\s+much\s+as\s+", re.IGNORECASE)


def _reread(text: str, q: Quantity) -> Quantity:
    """``q`` read again with what follows or precedes it: a multiple, an age limit, an exchange rate."""
    if q.kind == "percent" and q.role in _MOVE_ROLES and (m := _AS_MUCH_AS.match(q.text)) is not None:
        # "dropped as much as 3.1%": the day's measured extreme move, no ceiling (a sum's "as much as" is one)
        return replace(q, start=q.start + m.end(), text=q.text[m.end():], approx=None, bound="exact")
    if q.kind == "count" and q.value is not None and q.unit == "times":
        m = _MULTIPLE_AFTER.match(text, q.end)
        if m is not None:
            end = text.rindex("times", q.end, m.end()) + 5
            return replace(q, end=end, text=text[q.start:end], counts="multiple", role="", role_text="")
    if (q.kind == "count" and q.approx in _AGE_HEDGES and q.value is not None and 1 <= q.value <= 100
            and q.value == int(q.value) and (not q.unit or q.unit in ("years", "years old")
                                              or not q.unit.endswith("s"))  # "users under 16 make up", not "16 kids"
            and _AGE_LIMIT_BEFORE.search(text, max(0, q.start - 30),
                                                                                       q.start)):
        return replace(q, kind="age", unit="years", counts="age limit", role="", role_text="", subject="")
    if (q.kind == "count" and not q.unit and q.value is not None and 40 <= q.value <= 90 and q.value == int(q.value)
            and _RETIREMENT_AGE_BEFORE.search(text, max(0, q.start - 60), q.start)):
        return replace(q, kind="age", unit="years", counts="age limit", role="", role_text="", subject="")
    if q.kind in ("count", "money") and q.value is not None and q.counts not in ("USD", "EUR", "GBP"):
        m = _PER_CURRENCY.match(text, q.end)
        if m is not None and (q.kind == "money" or not q.unit or _CURRENCY_NOUN.fullmatch(q.unit)):
            return replace(q, end=m.end(), text=text[q.start:m.end()], kind="rate", unit=q.counts if q.kind ==
                           "money" else "", counts="per " + _PER_CODES[m.group(1).lower()], role="", role_text="")
    return q


_CONVERTED = re.compile(r"\s*\(\s*")


# A figure, a scale and one unknown word before a bracket: "260 billion dorvas (", "5,000 tenge (".
_UNKNOWN_CURRENCY = re.compile(r"[^()]*?\d[\d,.]*\s+(?:million|billion|trillion|bn|m)?\s*[a-z]{3,}\s*\(\s*")
_MAJOR_CODES = frozenset({"USD", "EUR", "GBP"})
_DEAREST_UNIT = 3.5


def _converted(text: str, found: list[Quantity], sent: Sentence | None = None) -> list[Quantity]:
    """A sum with its conversion in brackets is one figure: "1.2 trillion won ($860 million)", "$28,000
    (£22,100)" are one loss, one price, written twice. The figure spans both and is read in the currency
    written first (a converted figure follows the day's rate; the sum reported is the first); the conversion is
    kept in ``also``, so that another outlet's figure in either currency pairs with it (see compare_numbers).
    Kept as two figures, the bracket made a row of its own or split one outlet's sum across two rows."""
    out: list[Quantity] = []
    for q in found:
        before = out[-1] if out else None
        if (before is not None and before.kind == "count" and q.kind == "money" and before.value
                and q.counts in _MAJOR_CODES and _UNKNOWN_CURRENCY.fullmatch(text, before.start, q.start)
                and text[q.end : q.end + 1] == ")"):
            # "more than 260 billion dorvas (about 36 billion US dollars)", "5,000 tenge ($10)": a currency the
            # lexicon does not know, converted in brackets into one it does, is money; it is read in its own
            # name, and paired through its conversion
            word = text[before.end : q.start].strip(" (").lower()
            words = load_quantity_words()
            # no currency is worth more than a few dollars a unit (the Kuwaiti dinar, the dearest, about 3.3), so a
            # conversion far above the figure is a price of things ("3,000 tonnes (about $4 million)")
            if (word.isalpha() and before.counts not in ("people", "") and q.value is not None
                    and q.value <= _DEAREST_UNIT * before.value and word not in words.measures
                    and word not in words.lengths and word not in words.person_nouns
                    and _singular(word) not in words.person_nouns):
                code = _singular(word).upper()
                end = before.end + len(text[before.end : q.start].rstrip(" ("))
                role, role_text = q.role, q.role_text
                if not role and sent is not None:
                    # what the sum is, read again as money ("covering products worth more than 260 billion
                    # dorvas"): rare, so the sentence is tokenized again only here
                    toks = _tokens(text[sent.start : sent.end], sent.start)
                    first = next((k for k, t in enumerate(toks) if t.start >= before.start), None)
                    last = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
                    if first is not None:
                        while first > 0 and toks[first - 1].end > before.start:
                            first -= 1
                        role, role_text = _role(toks, first, last, range(last, last), "money", words)
                before = replace(before, kind="money", unit=code, counts=code, role=role, role_text=role_text,
                                 end=end, text=text[before.start : end])
                out[-1] = before
        if (before is not None and before.kind == "money" == q.kind and before.counts != q.counts
                and _CONVERTED.fullmatch(text, before.end, q.start) and text[q.end : q.end + 1] == ")"):
            out[-1] = replace(before, end=q.end + 1, text=text[before.start : q.end + 1],
                              role=before.role or q.role, role_text=before.role_text or q.role_text,
                              also=(*before.also, (q.counts, q.value, q.bound), *q.also))
            continue
        out.append(q)
    return out


_RANSOM = re.compile(r"\bransoms?\b", re.IGNORECASE)
# An article about a ransomware or extortion attack: there a sum the attackers demand ("is demanding $4.5 million",
# "wants 45 BTC", "asked for 1.5 million euros") is the ransom even in a sentence that never says "ransom" (local
# and wire copy name the ransomware once and the demand paragraphs later).
_EXTORTION = re.compile(r"\bransom(?:s|ware)?\b|\bextort(?:ion|ionists?|ing|ed|s)?\b", re.IGNORECASE)
# Roles the role reader gives a sum demanded (the verbs, and the lexicon's "sought" concept they may carry).
_DEMAND_ROLES = frozenset({"demanding", "demanded", "demand", "demands", "sought", "seeking", "want", "wants",
                           "wanted", "wanting", "asking", "asked"})
_CRYPTO = frozenset({"BTC", "ETH", "XMR", "USDT"})
# A sum as the adjective of a thing built: "the $1.18b Woondilla Youth Detention Centre", "a $2 billion stadium"
# (its cost; the nouns are the lexicon's built_nouns). Up to five capitalised words of a name, then the noun.
_BUILT_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|its|their|new)\s+$")
# The roles the role reader may give such a sum that say nothing of money ("opened the $1.18b ... Centre"); a verb
# that does ("approved a ₦12bn road", "funded") keeps its own reading.
_BUILT_ROLES = frozenset({"", "opened", "opening", "opens", "open", "unveiled", "unveiling", "unveils", "built",
                          "building", "builds", "completed", "completing", "launched", "launching", "toured", "visited"})
_BUILT_AFTER = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){1,7}")


def _built_noun(text: str, end: int, nouns: frozenset[str]) -> str | None:
    """The noun of a thing built that follows a sum at ``end`` ("Youth Detention Centre", "power station"): past
    up to six capitalised words of a name and one lower-case word before it; None if there is none."""
    m = _BUILT_AFTER.match(text, end)
    lower = 0
    for word in m.group().split() if m else ():
        if word.lower() in nouns:
            return word
        lower += word[:1].islower()
        if lower > 1:
            return None
    return None
# A demand verb just before a sum ("is demanding $2 million to delete the stolen files"): the verb says what the sum
# is, whatever later word the role reader took ("stolen").
_DEMAND_BEFORE = re.compile(r"\b(?:demand(?:s|ed|ing)?|want(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought)"
                            r"\s+(?:(?:a|an|the|about|around|roughly|nearly|almost|some|over|at least|up to|more than)"
                            r"\s+){0,3}$", re.IGNORECASE)


# An article about a data breach or a cyber attack: there a count of people beside the words of records or data
# ("records belonging to up to 1.2 million patients", "1.4TB covering nearly a million patients", "1,187,000
# individuals were affected by a data breach", "1.19M affected") counts the people whose records were taken, the
# figure health-trade, local and tech copy each give in its own words (HIPAA notices, state attorney-general
# filings). Only a count of a thousand or more, read with no role of the lexicon.
_BREACH = re.compile(r"\bransomware\b|\bdata breach|\bbreach(?:ed|es)?\b|\bcyber ?-?attack|\bhack(?:ed|ers?|ing)\b"
                     r"|\bleak site\b", re.IGNORECASE)
_RECORDS_NEAR = re.compile(r"\b(?:records?|data|information|details|breach(?:ed)?|affected|impacted|exposed|"
                           r"compromised|leaked|notified)\b", re.IGNORECASE)
RECORDS_TAKEN = "records taken"


@lru_cache(maxsize=32)
def _about_breach(text: str) -> bool:
    """Whether an article names a data breach, ransomware or a hack anywhere (once per article)."""
    return _BREACH.search(text) is not None


@lru_cache(maxsize=32)
def _about_extortion(text: str) -> bool:
    """Whether an article names ransomware, a ransom or extortion anywhere (once per article)."""
    return _EXTORTION.search(text) is not None



def _clause_around(text: str, start: int, end: int, reach: int = 120) -> str:
    """The text within ``reach`` characters of a figure, not past a sentence's end."""
    left = text[max(0, start - reach) : start]
    right = text[end : end + reach]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("? "), left.rfind("! "))
    stop = min((k for k in (right.find(". "), right.find("\n"), right.find("? ")) if k >= 0), default=len(right))
    return left[cut + 1 :] + right[:stop]


# Between a sum and the same sum converted: a dash, a bracket, a comma, "or", "worth", "about".
_CONVERSION_GAP = re.compile(r"\s*(?:[(—–,]|\s-)?\s*(?:(?:worth|or|roughly|about|around|some|nearly|approximately)\s+)*")

# Between a count and a part of it: "42 people were killed, among them nine children", "including at least seven",
# "NINE people - including three kids - died"; or an aside "Nine people, three of them children, were killed".
_SUBSET_RE = re.compile(r"(?:[,(–—]|\s-)\s*(?:including|among them|among whom|among those|of whom)\s*$", re.IGNORECASE)
# "11 of them seriously", "three critically": a part of the count before, told by its own manner.
_ASIDE_AFTER = re.compile(r"\s+(?:of (?:them|whom|those)\b|[a-z]{3,}ly(?=\s*(?:[.,;:)]|\Z)))", re.IGNORECASE)


def _subsets(text: str, found: list[Quantity]) -> list[Quantity]:
    """A count given as part of the one before it is a part, and takes its role (and its noun, if it has none).

    "At least 38 people were killed, including at least seven children": the
    children were killed too, though nothing next to "seven" says so. "63 police
    officers were injured, 11 of them seriously": the eleven are officers injured,
    not a bare figure to pair by chance with another outlet's "11 killed".
    """
    for n in range(1, len(found)):
        whole, part = found[n - 1], found[n]
        if (whole.kind != "count" or part.kind != "count" or part.sentence != whole.sentence or not whole.counts
                or part.counts not in ("", whole.counts) or part.role not in ("", whole.role)):
            continue
        between = text[whole.end : part.start]
        if _SUBSET_RE.search(between) or (between.rstrip().endswith(",") and _ASIDE_AFTER.match(text, part.end)):
            if part.counts:
                found[n] = replace(part, role=whole.role, role_text=whole.role_text)
            else:  # a bare figure ("11 of them") counts what the whole counts
                found[n] = replace(part, unit=whole.unit, counts=whole.counts, role=whole.role,
                                   role_text=whole.role_text)
    return found


# What may stand between a vague count and the figure that restates it: its own clause, with no mark.
_RESTATE_BODY = re.compile(r"[^,;:.!?()\[\]–—\"“”]*")


# A vote told as its two sides ("with 204 legislators voting in favour and 97 against", "118 votes for and 92
# against", "31 in favor, 12 against"): the gap between the two figures, and what follows the second.
_FOR_GAP = re.compile(r"\s+(?:[A-Za-z’'-]+\s+){0,2}?(?:(?:voting|voted|votes?|were)\s+)?(?:in\s+favou?r|for)"
                      r"(?:\s+of\s+(?:it|the\s+[A-Za-z-]+))?\s*(?:,|;)?\s*(?:and|with|while|to|versus|vs\.?)?\s*",
                      re.IGNORECASE)
_AGAINST_AFTER = re.compile(r"\s+(?:[A-Za-z’'-]+\s+)?(?:(?:voting|voted|votes?)\s+)?against\b", re.IGNORECASE)


def _tallies(
    text: str, found: list[Quantity], tally: Callable[[Quantity, Quantity, int, int], tuple[int, str] | None]
) -> list[Quantity]:
    """``found`` with each neighbouring pair of whole counts that ``tally`` reads as one vote replaced by that vote.

    ``tally(a, b, x, y)`` (``x`` and ``y`` the two counts) gives the end of the
    vote's text and its tally ("204-97"), or None when the pair is no vote.
    """
    out: list[Quantity] = []
    k = 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        if (b is not None and a.kind == b.kind == "count" and a.value and b.value and a.value.is_integer()
                and b.value.is_integer() and (told := tally(a, b, int(a.value), int(b.value))) is not None):
            end, unit = told
            out.append(replace(a, end=end, text=text[a.start:end], kind="tally", bound="exact", unit=unit,
                               counts="vote", role="", role_text="", subject="", also=()))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _for_against(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two figures that are the two sides of one vote, one tally ("204 ... in favour and 97 against": "204-97")."""

    def tally(a: Quantity, b: Quantity, x: int, y: int) -> tuple[int, str] | None:
        if _FOR_GAP.fullmatch(text, a.end, b.start) and (m := _AGAINST_AFTER.match(text, b.end)):
            return m.end(), f"{x}-{y}"
        return None

    return _tallies(text, found, tally)


# "10 of 12 jurors sided with", "Nine of the 12 jurors found": a jury's split, the vote "10-2" told as a share;
# not the rule of how many must agree ("only nine of the 12 jurors in a civil case must agree").
_OF_THE_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_JURY_NOUN = re.compile(r"(?:[\w-]+\s+)?jurors\b", re.IGNORECASE)
_JURY_RULE_AFTER = re.compile(r"[^.;:!?]{0,60}?\b(?:must|need|needs|needed|required|have to|has to|had to|would have"
                              r"|should)\b", re.IGNORECASE)
_JURY_MAX = 12  # the largest jury (England and Wales, US states, Ireland, Australia): a bigger whole is no jury


def _jury_split(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with "N of (the) M jurors" (a jury's split) read as one tally "N-(M-N)", as "voted 10-2" is."""

    def tally(a: Quantity, b: Quantity, x: int, y: int) -> tuple[int, str] | None:
        if (x < y <= _JURY_MAX and b.unit.endswith("jurors") and _OF_THE_GAP.fullmatch(text, a.end, b.start)
                and (m := _JURY_NOUN.match(text, b.end + 1)) and not _JURY_RULE_AFTER.match(text, m.end())):
            return m.end(), f"{x}-{y - x}"
        return None

    return _tallies(text, found, tally)


# The words after a length (lexicon "lengths") that make it a position, not a thing that did something: "trapped
# 480 metres underground", "landed 200 metres away", "sank 30 km offshore". A length written as an adjective keeps
# its role ("fell into a 300-feet deep ravine": table G).
_WHERE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:underground|deep|below|beneath|down|high|above|up|offshore|inland|"
                          r"away|downstream|upstream|underwater|under water|off|from)\b")
# The two ends of a count range: "between 300 and 400 homes", "300 to 400 homes", "300-400 homes".
# (and "or" between a smaller and a larger figure: "about five or six villages", "two or three clinics", a span)
_COMMA_GAP = re.compile(r",\s*")
_RANGE_GAP = re.compile(r"\s*(?:to|-|–|—)\s*|\s+and\s+|\s+or\s+")
# "rose from 12 to 14": the figure before "to" is the one it replaced, no end of a range ("ranging from 12 to 14" is)
_CHANGED_FROM = re.compile(r"(?<!ranging )(?<!ranged )\bfrom\s+$", re.IGNORECASE)
# A count's noun (and "hostage") then "for" and a span: "held 23 shoppers hostage for 11 hours".
_SPAN_AFTER_OBJECT = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+for\s+")
# A second source's figure for a count just given: "police put the number at 1,500", "estimated the crowd at".
_SECOND_SOURCE = re.compile(r"\b(?:put|puts|putting|placed|places|pegged|pegs|estimated|estimates)\s+(?:the|their|its)\s+"
                            r"(?:number|figure|total|count|crowd|turnout|attendance|toll)\s+at\s+$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:some\s+|about\s+|around\s+)?$", re.IGNORECASE)
# A count told with the figure it replaced: "rose to 23 from 17", "climbed to 14, up from nine", "has killed 19
# people, up from 11 a week earlier".
# The earlier figure may follow the new one's time after a comma: "rose to 17 by Thursday evening, from nine at
# midday" (a counted noun after the earlier figure makes it no toll: see _ranges_and_earlier).
_EARLIER_GAP = re.compile(r"(?:(?:\s+[\w-]+){0,3},\s+(?:up|down)|,?\s+(?:up|down)|(?:\s+[\w-]+){1,3},|)\s+from\s+"
                          # "to 41 from the previously reported 49", "from an earlier 15": the figure as first given
                          r"(?:(?:the|an|its|their)\s+)?(?:(?:previously|initially|originally|first)\s+)?"
                          r"(?:(?:reported|announced|given|stated|published|earlier|initial)\s+)?")


# A sum "paid ... for" or "to sign" someone: the words after it, up to five, are read for a player's noun.
_FOR_WHOM = re.compile(r"\s+(?:\([^()]{0,40}\)\s+)?(?:for|to\s+sign)\s+([\w'’ -]{1,60})")
_PAID_ROLES = frozenset({"", "paid", "pay", "pays", "paying", "spent", "spend", "splashed", "shelled", "cost"})
# The words between two sums of one list: "₹2 lakh each for the families of the dead and ₹50,000 for the injured".
_SUM_LIST_GAP = re.compile(r"[^\d.;:!?]{0,60}\s(?:and|while|with)\s+")


def _paid_for_player(text: str, end: int) -> bool:
    """Whether a sum ending at ``end`` is paid for a player ("for the 24-year-old midfielder", "to sign Kane")."""
    m = _FOR_WHOM.match(text, end)
    if m is None:
        return False
    nouns = load_quantity_words().player_nouns
    return any(w in nouns for w in m.group(1).lower().split()[:5])


_RANGE_TO = frozenset({"to", "-", "–", "—"})
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _range_join(text: str, a: Quantity, b: Quantity, more: tuple[str, ...] = ()) -> bool:
    """Whether figures ``a`` and ``b`` are the ends of one range: "to" or a dash between them, or "and" after
    "between" ("between 10 and 16 weeks"); ``more`` adds joins ("or": "10 or 12 years")."""
    mid = text[a.end:b.start].strip().lower()
    if mid in _RANGE_TO or mid in more:
        return True
    return mid == "and" and _BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start) is not None


def _ranges_and_earlier(text: str, found: list[Quantity]) -> list[Quantity]:
    """Both ends of a count range count one thing with one role; the figure a count replaced counts the same.

    "Between 300 and 400 homes were flooded": the first end names no noun of its own and takes the second's,
    and both take the role either one read. "The death toll rose to 23 from 17 overnight", "climbed to 14, up
    from nine": the earlier figure counts the same people, on record (a tally of the past, never this one's).
    """
    for n in range(len(found) - 1):
        a, b = found[n], found[n + 1]
        if (a.kind == "count" and b.kind == "money" and not a.unit and a.value is not None
                and text[a.end:b.start].strip() == "to" and _CHANGED_FROM.search(text, max(0, a.start - 12), a.start)):
            # "went from 1,980 to 3,050 pesos", "from 568 to ₦940": the sum a price moved from is in the
            # currency written once, on the new sum
            found[n] = replace(a, kind="money", unit=b.unit, counts=b.counts)
            continue
        if (a.kind == "money" and b.kind == "count" and not b.unit and not b.counts and b.value is not None
                and a.value is not None and a.value < b.value <= 10 * a.value and _range_join(text, a, b)):
            # "between N50,000 and 65,000", "from $3m to 4m", "£15-25": the second end is in the first's currency
            found[n + 1] = replace(b, kind="money", unit=a.unit, counts=a.counts, role=a.role, role_text=a.role_text)
            continue
        if (a.kind == "count" and b.kind in ("duration", "percent") and not a.unit
                and a.value is not None and b.value is not None and 0 < a.value < b.value
                and (_range_join(text, a, b, ("or",)) or (
                    b.kind == "percent" and not a.counts and text[a.end:b.start].strip() == "and"
                    and b.text.endswith(("%", "percent", "per cent"))))):
            # "between 10 and 16 weeks", "about 60 to 70 percent", "10 or 12 years": the first end is written
            # without the second's unit, and is read in it
            found[n] = replace(a, kind=b.kind, unit=b.unit, counts=b.counts, role=b.role, role_text=b.role_text)
            continue
        if (a.kind == "count" and b.kind == "duration" and a.role and not b.role
                and _SPAN_AFTER_OBJECT.fullmatch(text, a.end, b.start)):
            # "held 23 shoppers hostage for 11 hours": the span is how long the count's verb lasted
            found[n + 1] = replace(b, role=a.role, role_text=a.role_text)
            continue
        if a.kind != "count" or b.kind != "count" or a.value is None or b.value is None:
            continue
        if (a.role and a.counts and not b.counts and b.role in ("", "put")
                and _SECOND_SOURCE.search(text, max(0, b.start - 40), b.start)):
            # "Organisers said 4,000 people rallied; police put the number at 1,500": the same people, the same role
            found[n + 1] = replace(b, unit=a.unit, counts=a.counts, role=a.role, role_text=a.role_text)
            continue
        if (not a.unit and b.unit and a.value < b.value and (_RANGE_GAP.fullmatch(text, a.end, b.start) or (
                # "about three, four feet high", "two, three metres deep": a spoken range, two next numbers and a comma
                b.value == a.value + 1 <= 20 and _COMMA_GAP.fullmatch(text, a.end, b.start)))
                and (text[a.end:b.start].strip() != "and" or _BETWEEN.search(text, max(0, a.start - 16), a.start))
                and not _CHANGED_FROM.search(text, max(0, a.start - 12), a.start)):
            role, role_text = (b.role, b.role_text) if b.role else (a.role, a.role_text)
            found[n] = replace(a, unit=b.unit, counts=b.counts, role=role, role_text=role_text)
            found[n + 1] = replace(b, role=role, role_text=role_text)
        elif (a.role and a.counts and _EARLIER_GAP.fullmatch(text, a.end, b.start)
              and b.counts != a.counts and b.role in ("", "record") and b.value != a.value
              and not (b.unit and _plural(b.unit.split()[-1].lower(), load_quantity_words()))):
            found[n + 1] = replace(b, unit=a.unit, counts=a.counts, role="record", role_text=b.text)
    return found


def _restated(text: str, found: list[Quantity], sent: Sentence) -> list[Quantity]:
    """A figure after a dash, a colon or a bracket that restates a vague count is that count.

    A part of a count takes its role too (see :func:`_subsets`).

    "Dozens of people were arrested – at least 30, according to the Guild";
    "Several were taken to hospital (four, ...)"; "Scores of flights were
    cancelled: 73 in all". The figure says nothing of its own (no noun, or the
    same one; no role, or the same), so it takes the vague count's noun and role.

    A vague number before a verb in -ing names no noun ("Hundreds of residents were evacuated, with hundreds
    spending the night in shelters"): it counts what the sentence's count before it did ("residents").
    """
    words = load_quantity_words()  # once: this runs for every sentence with a figure
    salary_nouns = words.salary_nouns
    if found and salary_nouns:
        found = _yearly_pay(text, found, salary_nouns)
    found = _second_reading(text, found, sent)
    if len(found) > 1 and "against" in text[found[0].start:found[-1].end + 40]:
        found = _for_against(text, found)
    if len(found) > 1 and "jurors" in text[found[0].start:found[-1].end + 30]:
        found = _jury_split(text, found)
    # a bracketed conversion is one figure read in two currencies (see _converted and _views)
    found = _converted(text, [_reread(text, q) for q in found], sent)
    # "6 min read", "8-minute read": a page's reading time is furniture, never a count
    found = [q for q in found if not _READ_TIME.match(text, q.end)]
    if len(found) > 1:
        found = _ranges_and_earlier(text, found)
    for n, q in enumerate(found):
        if (q.kind == "count" and q.role and "-" not in q.text and _WHERE_AFTER.match(text, q.end)
                and q.role not in words.concepts
                and q.counts in {name for name, _ in words.lengths.values()}):
            # "23 miners trapped 480 metres underground": a depth or a distance says where, no one's role
            found[n] = replace(q, role="", role_text="")
    if any(q.counts == "INR" for q in found):
        rupee = _article_rupee(text, words.path)
        if rupee != "INR":
            found = [replace(q, counts=rupee, unit=rupee) if q.counts == "INR" and _BARE_RUPEE.search(q.text)
                     else q for q in found]
    for n, q in enumerate(found):
        if (n and q.value is None and q.kind == "count" and q.counts.endswith("ing") and q.unit == q.counts
                and found[n - 1].kind == "count" and found[n - 1].counts
                and q.counts not in words.not_verbs):
            found[n] = replace(q, counts=found[n - 1].counts, unit="")
    for n, q in enumerate(found):
        if q.kind != "money":
            continue
        before = found[n - 1] if n else None
        if (before is not None and before.kind == "money" and before.counts != q.counts
                and _CONVERSION_GAP.fullmatch(text, before.end, q.start)):
            # "80 bitcoins — about $6.8 million", "300,000 rupees ($3,600)": the same sum converted
            found[n] = q = replace(q, role=before.role, role_text=before.role_text)
        if (before is not None and before.kind == "money" and before.role in words.concepts
                and q.role not in words.concepts and before.counts == q.counts
                and _SUM_LIST_GAP.fullmatch(text, before.end, q.start)):
            # "an ex gratia of ₹2 lakh for the families of the dead and ₹50,000 for the injured": the second sum of
            # a list is what the first is; the people it goes to ("the injured") are no role of a sum, but stay its
            # words, so that it is never set against another outlet's sum for the dead (see _to_the_injured)
            found[n] = q = replace(q, role=before.role, role_text=q.role_text or before.role_text)
        if q.role in _PAID_ROLES and _paid_for_player(text, q.end):
            # "United paid £41m for the 24-year-old midfielder": a sum paid for a player is the transfer fee
            found[n] = q = replace(q, role="fee", role_text=q.role_text or "fee")
        if (_RANSOM.search(_clause_around(text, q.start, q.end)) and (
                q.role in ("", "sought", "paid") or q.role not in words.concepts)) or (
                _about_extortion(text) and (q.role in _DEMAND_ROLES
                                            or _DEMAND_BEFORE.search(text, max(0, q.start - 60), q.start) or (
                    q.counts in _CRYPTO and q.role not in words.concepts))):
            # A sum demanded or paid beside the word "ransom" is the ransom, wherever the role reader stopped
            # ("refused to pay a $2 million ransom"; "demanded a ransom of 120 bitcoin, worth about $9 million").
            # In an article about ransomware or extortion, a sum demanded is the ransom too, and so is a sum in a
            # crypto-currency no other role claims ("wants 45 BTC to keep the data buried").
            found[n] = replace(q, role="ransom", role_text="ransom")
    for n, q in enumerate(found):
        if (q.kind == "count" and q.value is not None and q.value >= 1000 and q.counts in ("people", "")
                and q.role not in words.concepts and _about_breach(text)
                and _RECORDS_NEAR.search(_clause_around(text, q.start, q.end, 60))):
            found[n] = replace(q, counts="people", role=RECORDS_TAKEN, role_text=RECORDS_TAKEN)
    for n, q in enumerate(found):
        if (q.kind == "money" and q.role in _BUILT_ROLES
                and _BUILT_BEFORE.search(text, max(0, q.start - 8), q.start)
                and (noun := _built_noun(text, q.end, words.built_nouns))):
            found[n] = replace(q, role="cost", role_text=noun)  # "the $1.18b ... Detention Centre": its cost
    for n in range(1, len(found)):
        vague, q = found[n - 1], found[n]
        if vague.value is not None or vague.kind != "count" or q.kind != "count" or q.value is None:
            continue
        if q.counts not in ("", vague.counts) or q.role not in ("", vague.role) or vague.sentence != q.sentence:
            continue
        between = text[vague.end : q.start].rstrip()
        mark, body = between[-1:], between[:-1]
        if mark not in ("–", "—", "-", ":", "(") or (mark == "-" and not body.endswith(" ")):
            continue  # a hyphen restates only spaced, as a dash: "arrested - 38"
        if _RESTATE_BODY.fullmatch(body) is None or " - " in body:
            continue
        found[n] = replace(q, unit=vague.unit, counts=vague.counts, role=vague.role, role_text=vague.role_text)
    for n in range(1, len(found)):
        share, q = found[n - 1], found[n]
        if (q.kind == "percent" and not q.role and share.kind == "percent" and share.role
                and share.sentence == q.sentence):
            verb = _WORD_BEFORE.search(text, max(0, share.start - 30), share.start)
            again = _WORD_BEFORE.search(text, max(0, q.start - 30), q.start)
            if verb is not None and again is not None and verb.group(1).lower() == again.group(1).lower():
                # "X received 50.8 percent of the vote while Y received 44.3 percent": the same verb again, the same
                # share
                found[n] = replace(q, role=share.role, role_text=share.role_text)
    return _kinds_of_part(text, _subsets(text, found))


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


# A part of a count said to be of one kind of person: "Seventeen of the fatalities were women", and the next
# figure of the clause in the same frame ("and nine were children").
_PART_KIND_RE = re.compile(r"\s+of\s+(?:the|those|them)\b[^,;:.!?()\d]{0,30}?\s(?:were|was)\s+(?:all\s+)?([a-z]+)\b")
_NEXT_KIND_RE = re.compile(r"\s+(?:were|was)\s+(?:all\s+)?([a-z]+)\b")


def _kinds_of_part(text: str, found: list[Quantity]) -> list[Quantity]:
    """A part of a count of people whose predicate names a kind of person counts that kind, in the whole's role.

    "Seventeen of the fatalities were women and nine were children" (PDRRMO briefings, wire and Philippine
    copy), "Of the 29 dead, 12 were children": seventeen women, nine and twelve children killed, never a toll
    set beside another outlet's whole toll, nor a bare figure. Only a kind the lexicon's ``person_groups`` names;
    a bare figure takes the role of the count of people before it in its sentence.
    """
    groups = load_quantity_words().person_groups
    for n, q in enumerate(found):
        if q.kind != "count":
            continue
        if q.counts == "people" and q.role:
            hit = _PART_KIND_RE.match(text, q.end)
            if hit is not None and hit.group(1) in groups:
                found[n] = replace(q, unit=hit.group(1))
            continue
        prev = found[n - 1] if n else None
        hit = _NEXT_KIND_RE.match(text, q.end)
        if (not q.counts and hit is not None and hit.group(1) in groups and prev is not None
                and prev.kind == "count" and prev.counts == "people" and prev.role and prev.sentence == q.sentence):
            found[n] = replace(q, unit=hit.group(1), counts=prev.counts, role=prev.role, role_text=prev.role_text)
    return found


# Determiners and pronouns between "of" and a partitive's noun: "300 of the 680
# aliens", "46 of them", "40 of those arrested".
_PARTITIVE_DETS = frozenset({"the", "our", "their", "its", "his", "her", "these", "those", "them", "us", "whom"})
# Words skipped looking back from a figure to the verb or noun it is the object
# or complement of: "killed at least 14", "sentenced to 12 years", "the number
# of marchers at 70,000", "original budget was $41 million", "cuts worth £300m".
_MORE_STOP_WORDS = frozenset({"unless", "whether", "lest", "till", "versus", "plus", "whereby"})
# "just" is emphasis, no hedge and not in the figure's text (table T3): "turnout was just 52 per cent" and "will
# save just £150" keep their role word across it.
_BEFORE_SKIP = frozenset(
    "the a an another additional all to of at for with by was is were are be been worth its their his her our some"
    " just between".split()
) | {'"', "“", "‘"}  # a quoted figure is its verb's object: would safeguard "tens of thousands" of jobs
# A clause ends at a mark or a conjunction: what follows is about something else.
_CLAUSE_END = frozenset(
    "and but while as when after before because since until where whereas although though if or".split()
)
_MARKS_END = frozenset({",", ";", ":", ".", "!", "?", "-", "–", "—", "(", ")", "[", "]", "“", "”", '"'})
_WINDOW = 8  # tokens read on either side of a figure for its role
_CLAUSE_REACH = 24  # tokens read back to a changed value's subject ("The death toll from ... rose to 33")


def _verblike(low: str, words: QuantityWords) -> bool:
    """Whether a word reads as a verb: an -ed/-ing form or a listed irregular past."""
    if low in words.verbs:
        return True
    return low.endswith(("ed", "ing")) and len(low) >= 4 and low not in words.not_verbs \
        and low not in _IDLE_VERBS and low[:1].isalpha()


def _phrase_from(toks: list[_Tok], k: int, table: dict[str, str], words: QuantityWords) -> tuple[str, str] | None:
    """The longest role phrase starting at token ``k``: (concept, text as written)."""
    lengths = words.role_starts.get(toks[k].low) if k < len(toks) else None
    if lengths is None:
        return None
    for n in lengths:
        if k + n <= len(toks):
            concept = table.get(" ".join([t.low for t in toks[k : k + n]]) if n > 1 else toks[k].low)
            if concept is not None:
                return concept, " ".join([t.text for t in toks[k : k + n]])
    return None


def _phrase_ending(toks: list[_Tok], k: int, table: dict[str, str], words: QuantityWords) -> tuple[str, str] | None:
    """The longest role phrase ending at token ``k``: (concept, text as written)."""
    lengths = words.role_ends.get(toks[k].low) if k >= 0 else None
    if lengths is None:
        return None
    for n in lengths:
        if k - n + 1 >= 0:
            concept = table.get(" ".join([t.low for t in toks[k - n + 1 : k + 1]]) if n > 1 else toks[k].low)
            if concept is not None:
                return concept, " ".join([t.text for t in toks[k - n + 1 : k + 1]])
    return None


def _clause(toks: list[_Tok], start: int) -> int:
    """Index where the clause running from ``start`` ends (a mark or a conjunction), at most a window on."""
    k, last = start, min(len(toks), start + _WINDOW)
    while k < last and toks[k].low not in _MARKS_END and toks[k].low not in _CLAUSE_END:
        k += 1
    return k


# Words right before a bare figure that make it the complement of what came
# before: "soared to 1,450", "put the number at 70,000", "the toll was 45".
_COMPLEMENT = frozenset("to at of was is were are reached hit topped stood".split()
                        # a headline's and wire copy's toll verbs ("toll hits 305", "the toll touched 62")
                        + "hits reaches tops touched touches".split())
# Adverbs between a complement's verb and its figure ("the toll is now 91", "has already reached 40").
_COMPLEMENT_ADVERBS = frozenset({"now", "already"})
# A copula before a figure with its own noun makes it the complement of the subject too: "her margin of
# victory was 398 votes" (the margin is 398 votes).
_COPULAS = frozenset("was is were are".split())


def _past_of_phrase(toks: list[_Tok], start: int, words: QuantityWords) -> int:
    """Skip an "of" phrase after the counted noun: "1,200 members of the Coastal Dockworkers Union (CDU)".

    A name (capitalised words, with "and" or "&" inside) and its abbreviation in
    brackets, or up to two plain words ("of the union"), then the verb.
    """
    n = len(toks)
    if start >= n or toks[start].low != "of":
        return start
    k = start + 1
    while k < n and toks[k].low in _PARTITIVE_DETS:
        k += 1
    # "58% of the roughly 400 students at the school had received": past the inner figure and its hedge.
    m = k
    while m < n and m - k < 3 and toks[m].low in words.hedge_words:
        m += 1
    if m < n and toks[m].text[:1].isdigit():
        k = m + 1
    if k < n and toks[k].text[:1].isupper():
        while k < n and (toks[k].text[:1].isupper() or (
                toks[k].low in ("and", "&", "of") and k + 1 < n and toks[k + 1].text[:1].isupper())):
            k += 1
        if k < n and toks[k].text == "(":
            close = next((m for m in range(k + 1, min(n, k + 8)) if toks[m].text == ")"), None)
            if close is not None:
                k = close + 1
        return k
    m = k
    while m < n and m - k < 2 and _is_word(toks[m]) and not _verblike(toks[m].low, words) \
            and toks[m].low not in words.role_skip and toks[m].low not in _CLAUSE_END \
            and not (m > k and toks[m].low in words.roles.get("percent", {})):
        # a role word in the present tense is the verb ("three-quarters of parents support the ban"), though
        # it does not look like one
        m += 1
    return m


def _main_predicate(toks: list[_Tok], start: int, words: QuantityWords) -> int | None:
    """Where the main verb of a subject sits after a reduced relative clause.

    "About 300 of the 680 aliens arrested by ICE ... on Wednesday were released":
    the participle after the noun belongs to the relative clause; the figure's
    own verb is the first one after an auxiliary ("were released"). The search
    stops at a mark or a conjunction, where another clause may begin ("Two people
    died and 11 were injured"), but not at the "and" of a name ("Immigration and
    Customs Enforcement").
    """
    for k in range(start, len(toks) - 1):
        low = toks[k].low
        if low in _MARKS_END and low not in ("(", ")"):
            return None
        if low in _CLAUSE_END and not (
            low == "and" and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper()
        ):
            return None
        if low in ("is", "are", "was", "were", "have", "has", "had", "remain", "remained", "remains"):
            m = k + 1
            while m < len(toks) and toks[m].low in words.role_skip:
                m += 1
            if m < len(toks) and _is_word(toks[m]) and not toks[m].low.endswith("ly"):
                return m
            return None
    return None


def _generic(tok: _Tok, words: QuantityWords) -> tuple[str, str]:
    """A verb in no concept of the figure's kind as a role: (the word in lower case, as written).

    Roles are compared by stem (:func:`_role_key`). A word that is itself the
    name of a concept, read where no concept is looked up ("voted to remove
    14"), is kept by its stem ("vote"), so that it is never taken for the
    concept.
    """
    return (_stem(tok.low) if tok.low in words.concepts else tok.low), tok.text


# Words that deny the predicate after a figure's noun ("had not yet arrived", "were never charged").
_NEGATIONS = frozenset({"not", "never", "n't", "yet"})
# Particles of a phrasal verb that may stand after its object ("sent 200 pupils home", "turned 40 away").
_PARTICLES = frozenset({"home", "away", "back", "out", "off", "ashore"})


def _role(toks: list[_Tok], first: int, last: int, np_range: range, kind: str,
          words: QuantityWords) -> tuple[str, str]:
    """What the things a figure counts did or underwent: (concept or verb stem, words as written).

    Read in this order, first found wins: a role word the figure is the object
    of ("killing at least 14", "evacuation of about 8,000"); the predicate after
    its noun ("were evacuated", "walked off the job", "to a packed hearing");
    its noun itself ("four deaths", "marchers at 70,000"); a role word earlier in
    the clause ("the death toll ... has soared to 1,450"). Only then a verb in
    no concept (after the noun, else before the figure), by its stem.
    """
    table = words.roles[kind]
    n = len(toks)
    # 0. the population of a place: "a town of 40,000", "our city of 55,000", "home to some 7,000 people".
    if kind == "count" and first >= 2 and (
            (toks[first - 1].low == "of" and toks[first - 2].low in words.places)
            or (toks[first - 1].low == "to" and toks[first - 2].low == "home")) and "population" in table:
        return table["population"], f"{toks[first - 2].text} {toks[first - 1].text}"
    if (kind == "count" and first >= 2 and toks[first - 1].low == "with" and "population" in table and np_range
            and toks[np_range.stop - 1].low in ("people", *words.population_nouns)
            and any(t.low in words.places for t in toks[max(0, first - 5):first - 1])
            and not (np_range.stop < n and _phrase_from(toks, np_range.stop, table, words))):
        # "The town in the hills with around 42,000 people has been cut off": a place's people, whatever befell it
        return table["population"], toks[first - 1].text
    if kind == "count" and np_range and _whole_of_part(toks, first, np_range.stop, words):
        # "Four of the seven councils rejected": the verb is the part's, not the whole's. Only the noun and the
        # words after it up to that verb may still say what happened to them ("three of the 14 dead", "the four
        # justices in the majority").
        stop = np_range.stop
        while stop < n and stop < np_range.stop + _WINDOW and _is_word(toks[stop]) \
                and not _verblike(toks[stop].low, words) and toks[stop].low not in words.role_skip:
            stop += 1
        for m in range(np_range.start, stop):
            hit = _phrase_from(toks, m, table, words)
            if hit:
                return hit
        return "", ""
    # "culled on 14 farms", "slaughtered across 22 farms": the farms are where the verb before them happened, not
    # what it did; only the words after them may say more ("14 constituencies reserved for Scheduled Tribes")
    site = kind == "count" and bool(np_range) and _site_of(toks, first, np_range.stop, words)
    # "three crew members", "two family members": "members" after a kind of person is part of the noun, no
    # union's or body's members; only its other words may name a role
    named = [m for m in np_range if not (toks[m].low in _MEMBER_WORDS and m > np_range.start
                                         and toks[m - 1].low in words.person_groups)]
    # A role's word that is a verb elsewhere names its own role as the figure's noun: "claimed an estimated 670
    # lives" are the dead (before any predicate after them: "... lives in the highlands will be evacuated" is
    # someone else's evacuation), "150 houses were buried" are houses, no one living there
    own = next((m for m in named if toks[m].low in words.noun_roles), None) if kind == "count" else None
    if own is not None:
        named = [m for m in named if m != own]
    # 1. the figure is the object or complement of a role word; a phrase that ends in a preposition first
    # ("won by 412 votes", "in front of 41,000 fans", "sued for $2 million").
    k = first - 1
    lead = _coordinated_lead(toks, first, words) if kind == "count" else None
    if lead is not None:
        # "Gunmen abducted 287 pupils and four teachers", "which has nearly 100 flats and about 230 residents": the
        # second of two counts joined by "and" is the object of the first's verb
        k = lead
    if k >= 0 and toks[k].low in _BEFORE_SKIP and not site:
        hit = _phrase_ending(toks, k, table, words)
        if hit:
            return hit
    while k >= 0 and toks[k].low in _BEFORE_SKIP:
        k -= 1
    hit = None if site else _phrase_ending(toks, k, table, words)
    if hit and toks[k].low in words.noun_roles and k + 1 < first and toks[k + 1].low == "of":
        # "claimed the lives of 14 people", "took the lives of six students": a noun that names a role, with its
        # cue before it, never the verb it also spells ("lives" is no living there); without a cue, none
        # ("changed the lives of 500 children")
        cues = words.noun_role_cues.get(toks[k].low)
        if words.noun_roles[toks[k].low] and (cues is None or any(
                t.low in cues for t in toks[max(0, k - _CUE_REACH):k])):
            return words.noun_roles[toks[k].low], toks[k].text
        hit = None
    if hit and k < first - 1 and k >= 1 and (toks[k - 1].text[:1].isdigit() or toks[k - 1].low in words.number_words):
        # "the toll stood at 40 dead with up to 300 people estimated to be missing": a toll's word right after an
        # earlier figure is that figure's noun, not a verb the next one is the object of
        hit = None
    if hit and hit[1].lower() in _DRAW_VERBS:
        # "drew 4.2 million viewers": a verb of drawing a crowd says less than a noun that names its own role
        hit = next((h for h in (_phrase_from(toks, m, table, words) for m in np_range) if h), hit)
    if hit:
        return hit
    cues = words.noun_role_cues.get(toks[own].low) if own is not None else None
    if (own is not None and words.noun_roles[toks[own].low] in table.values()
            and (cues is None or any(t.low in cues for t in (*toks[max(0, first - _CUE_REACH):first],
                                                              *toks[own + 1:own + 1 + _CUE_REACH])))):
        return words.noun_roles[toks[own].low], toks[own].text
    if k >= 0 and np_range and np_range.stop < n and toks[np_range.stop].low in _PARTICLES:
        # A phrasal verb around its object: "sending 212 pupils home", "turned 40 people away" read as
        # "sending home", "turned away".
        concept = table.get(f"{toks[k].low} {toks[np_range.stop].low}")
        if concept is not None:
            return concept, f"{toks[k].text} {toks[np_range.stop].text}"
    # 2. the predicate after the noun phrase.
    end = max(last, np_range.stop)
    p = _past_of_phrase(toks, end, words) if end < n and toks[end].low == "of" else end
    skip = words.role_skip
    while p < n and (toks[p].low in skip or toks[p].low.endswith("ly")):
        p += 1
    if (p + 2 < n and np_range and toks[p].low in ("and", "&") and _plural(toks[p + 1].low, words)
            and _is_word(toks[p + 2])):
        # "Nearly 500 parents and grandparents packed the meeting": past the second noun to the verb.
        p += 2
        while p < n and (toks[p].low in skip or toks[p].low.endswith("ly")):
            p += 1
    elif kind == "count" and np_range and p + 2 < n and toks[p].low in ("and", "&") and (
            not first or not toks[first - 1].low[:1].isalpha() or toks[first - 1].low in ("that", *_IDLE_VERBS)):
        # "More than 120 firefighters and 25 fire engines were sent": past the second count and its noun to the
        # verb both share
        m = p + 1
        while m < n and m - p < 3 and toks[m].low in words.hedge_words:
            m += 1
        if (m + 1 < n and (toks[m].text[:1].isdigit() or toks[m].low in words.number_words)
                and not _time_unit(toks[m + 1].low, words)
                and not any(_phrase_from(toks, o, table, words) for o in named)):
            # not past a noun that names its own role ("two dead and more than 50 homes lost"), nor to a span's
            # verb ("900 nautical miles and roughly four days' sailing")
            a, b = _noun_phrase(toks, m + 1, words)
            if b > a and b < n and _plural(toks[b - 1].low, words):
                p = b
                while p < n and (toks[p].low in skip or toks[p].low.endswith("ly")):
                    p += 1
    prev = toks[first - 1].low if first else ""
    if kind == "money" and p < n and toks[p].low in ("in", "of") and (not first or not prev[:1].isalpha()):
        # "Over Rs 400 crore in cash, liquor and freebies was seized": past what the sum was made of, to the
        # predicate of the clause the sum opens (no other figure on the way)
        for m in range(p + 1, min(n, p + 12)):
            if toks[m].low[:1].isdigit() or toks[m].low in _SENTENCE_STOPS:
                break
            if toks[m].low in _COPULAS or toks[m].low in ("has", "have", "had"):
                p = m
                while p < n and (toks[p].low in skip or toks[p].low.endswith("ly")):
                    p += 1
                break
    stop = _clause(toks, p)
    # "1,204 cases were reported last week": a passive "reported" (skipped as in "were reported killed") is what
    # happened to the cases where nothing after it says more; a verb of saying otherwise
    reported = next((m for m in range(end + 1, p) if toks[m].low == "reported" and toks[m - 1].low in _PASSIVE_AUX),
                    None)
    # The subject of a clause: at its start, after a mark, "that", or a verb of saying ("said 6,000 people had left").
    subject = not first or not prev[:1].isalpha() or prev == "that" or prev in _IDLE_VERBS
    partitive = last < n and toks[last].low == "of"
    inner = prev == "of" or (prev in _PARTITIVE_DETS and first >= 2 and toks[first - 2].low == "of")
    if (subject or partitive) and not inner:
        if p < stop and _verblike(toks[p].low, words) and not (p > end and toks[p - 1].low in words.role_skip):
            # A bare participle right after the noun opens a reduced relative clause.
            main = _main_predicate(toks, p + 1, words)
            if main is not None:
                p, stop = main, _clause(toks, main)
        elif subject and stop < n and toks[stop].low in (",", "-", "–", "—", "(") and (p == stop or (
                p == end and toks[p].low in _PLACE_PREPS and stop - p <= 5
                and not any(_verblike(toks[m].low, words) or toks[m].low in skip for m in range(p + 1, stop))
                and not any(_phrase_from(toks, m, table, words) for m in range(p, stop)))):
            # "Nine people, three of them children, were killed": past the aside; and past a place before it
            # ("1.1 million young people across the country, most of them at school, have an account").
            p = stop
            close = {"(": ")"}.get(toks[p].low, toks[p].low)
            q = next((m for m in range(p + 1, n) if toks[m].low == close), None)
            if q is not None:
                p = q + 1
                while p < n and (toks[p].low in words.role_skip or toks[p].low.endswith("ly")):
                    p += 1
                stop = _clause(toks, p)
    generic: tuple[str, str] | None = None
    if kind == "count" and p < stop and any(t.low in _NEGATIONS for t in toks[end:p]):
        # "The school's 212 students had not yet arrived", "six were not injured": what did not happen to them
        # is no role
        return "", ""
    if p < stop:
        hit = _phrase_from(toks, p, table, words)
        if hit:
            return hit
        if (subject and kind == "count" and toks[p].low in words.subject_roles and not inner
                and (toks[p].low != "left" or toks[p - 1].low not in _PASSIVE_AUX)):
            # "6,000 people had left Tarsova"; a passive "were left without water" is no leaving, while a passive
            # "have been shifted to 38 relief camps" is still the people's shifting
            return words.subject_roles[toks[p].low], toks[p].text
        if _verblike(toks[p].low, words):
            generic = _generic(toks[p], words)
            # "went on strike", "made the crossing", "suffered minor injuries"; a role's plural after "the" or a
            # possessive is a noun of its own clause ("statements related to the charges he admitted")
            for m in range(p + 1, min(stop, p + 4)):
                if toks[m].low == "by":
                    break  # "were overturned by the crowd": the agent's words say what it is, not what befell them
                if toks[m - 1].low in _NOUN_DETERMINERS and _plural(toks[m].low, words):
                    continue
                if toks[m - 1].low in ("a", "an", "the") and toks[m].low in words.attributive_roles:
                    continue  # "listened to a live concert": an adjective there, no verb of the figure's clause
                hit = _phrase_from(toks, m, table, words)
                if hit:
                    return hit
        else:
            starts = words.role_starts
            for m in range(p + 1, min(stop, p + _WINDOW)):
                low = toks[m].low
                if low in _SUBJECT_PRONOUNS:
                    break  # "statements related to the charges he admitted": a clause of its own subject
                if low in starts and not (toks[m - 1].low in _NOUN_DETERMINERS and _plural(low, words)):
                    hit = _phrase_from(toks, m, table, words)
                    if hit:
                        return hit
                if generic is None and _verblike(low, words):
                    generic = _generic(toks[m], words)
    if generic is None and reported is not None:
        generic = _generic(toks[reported], words)
    # 3. the noun itself names what happened: "four deaths", "29 hospitalizations"; a bare noun before the head is
    # only its kind ("41 rescue boats", "three evacuation centres"), where a participle still names what happened
    # ("12 injured people")
    for m in named:
        hit = _phrase_from(toks, m, table, words)
        if (hit and kind == "count" and m + len(hit[1].split()) < np_range.stop and hit[0] not in _TOLL_WORDS
                and hit[0] != "record" and not toks[m].low.endswith(_ADJECTIVE_ENDINGS)):
            continue
        if hit:
            return hit
    have = toks[lead if lead is not None else first - 1].low if first else ""
    if (generic is None and np_range and toks[np_range.stop - 1].low in words.population_nouns and first
            and have in ("has", "have", "had", "with") and "population" in table):
        # "the town had about 48,000 residents", "a city with 120,000 inhabitants": its population.
        return table["population"], toks[np_range.stop - 1].text
    if (np_range and toks[np_range.stop - 1].low in words.customer_nouns and first
            and have in _HAVE and kind == "count" and "users" in words.concepts):
        # "The exchange had about 2.3 million customers", "which has 3.4 million customers": its users
        return "users", toks[np_range.stop - 1].text
    if kind == "percent":
        # "Shares in Brennan rose 3.2%", "its shares rose by 3 per cent": a percent after a verb of change
        # is the move of the clause's subject, read back to a concept word ending it.
        j = first - 1 - (first > 0 and toks[first - 1].low == "by")
        if j >= 2 and toks[j].low == "as" and toks[j - 1].low in ("much", "many") and toks[j - 2].low == "as":
            j -= 3  # "dropped as much as 3.1%": the hedge is not part of the figure's text
        if j >= 0 and (toks[j].low in words.change_verbs or toks[j].low in words.move_verbs
                       # "Turnout stood at 65.8%", "a vote share of 38.6 per cent": the subject says what it is
                       or (toks[j].low in _COMPLEMENT and j > 0)):
            m, floor = j, max(0, j - _WINDOW)
            while m > floor:
                m -= 1
                if toks[m].low == ")":
                    # past a bracketed ticker or aside, which takes no room in the window: "Shares in Kestrel
                    # (ASX: KSM) rose 9.4%"
                    o = next((o for o in range(m - 1, max(-1, m - 8), -1) if toks[o].low == "("), m)
                    floor, m = max(0, floor - (m - o + 1)), o
                    continue
                if toks[m].low in _MARKS_END or toks[m].low[:1].isdigit():
                    break
                if toks[m].low in words.role_ends:
                    hit = _phrase_ending(toks, m, table, words)
                    if hit:
                        return hit
        m = last + (last < n and toks[last].low == "of")
        if m > last:
            while m < n and toks[m].low in ("the", "all", "a"):
                m += 1
            hit = _phrase_from(toks, m, table, words)
            if hit:
                return hit  # "38.2% of the vote", "41 per cent of all votes cast": what it is a share of
        return "", ""  # a share's role is a concept of the lexicon, read next to it; never a verb in none
    # 4. a role word earlier in the clause, for a figure that names nothing itself
    # and completes a verb ("the death toll ... has soared to 1,450"; "costing the
    # economy $85 million"); a figure with its own noun ("12 hospitals") or the
    # object of a verb in no concept ("voted to remove 14") is not what it is about.
    # A figure after a verb of change is the new value of the clause's subject, even with its own noun
    # ("her margin shrank to 263 votes").
    lead_c = first - 1 - (first >= 2 and toks[first - 1].low in _COMPLEMENT_ADVERBS)
    bare = kind != "count" or (lead_c >= 0 and toks[lead_c].low in _COMPLEMENT and (
        not np_range or (lead_c >= 1 and toks[lead_c - 1].low in words.change_verbs)
        or toks[lead_c].low in _COPULAS))
    before = generic is None and not site
    if not (bare or before):
        return generic or ("", "")
    ends = words.role_ends
    # The new value after a verb of change ("rose to 33") is its clause subject's, however long the "from"/"of"
    # phrase between them: "The death toll from the capsizing of the passenger ferry ... off Samaro province rose
    # to 33" reads back to the clause's start.
    changed = bare and kind == "count" and first >= 2 and toks[first - 1].low == "to" \
        and toks[first - 2].low in words.change_verbs
    for m in range(k, max(-1, first - 1 - (_CLAUSE_REACH if changed else _WINDOW)), -1):
        low = toks[m].low
        if low in _MARKS_END or low[:1].isdigit():
            break  # a verb before another figure is that figure's ("made 31 arrests over the two nights")
        if bare and low in ends:
            hit = _phrase_ending(toks, m, table, words)
            if hit:
                return hit
        if before and _verblike(low, words):
            generic, before = _generic(toks[m], words), False
            if not bare:
                break
    return generic or ("", "")



_MEMBER_WORDS = frozenset({"members", "member"})
# Tokens read before a figure and after its noun for a noun_roles cue: "claimed an estimated 670 lives", "lives
# were lost"; "cannot lose concentration for one second, with hundreds of lives behind you" is too far
_CUE_REACH = 4


def _coordinated_lead(toks: list[_Tok], first: int, words: QuantityWords) -> int | None:
    """For a count right after "and" that follows another count and its noun ("287 pupils and four teachers"), the
    token before that other count and its hedge, where the verb both share ends; else None."""
    k = first - 1
    if _group_of(toks, first, words):
        k -= 2 + (toks[k - 2].low in _GROUP_DETERMINERS)  # "91 passengers and a crew of eight": past "a crew of"
    if k >= 3 and toks[k].low in _COORD_DETERMINERS and toks[k - 1].low in ("and", "&"):
        k -= 1  # "abducted four aid workers and their two drivers"
    if k < 2 or toks[k].low not in ("and", "&"):
        return None
    m = k - 1
    floor = max(0, k - 5)
    while m > floor and _is_word(toks[m]) and not toks[m].low[:1].isdigit() and toks[m].low not in words.number_words:
        if toks[m].low in words.stop_words or toks[m].low in words.role_skip:
            return None
        m -= 1
    if m == k - 1 or not (toks[m].text[:1].isdigit() or toks[m].low in words.number_words) \
            or not _plural(toks[k - 1].low, words):
        return None
    m -= 1
    while m >= 0 and toks[m].low in words.hedge_words:
        m -= 1
    return m if m >= 0 else None


def _group_of(toks: list[_Tok], first: int, words: QuantityWords) -> bool:
    """Whether the figure at ``first`` follows a group's noun and "of" ("a crew of eight", "its crew of 12", "a
    family of four"): the group's size, a count of the people in it."""
    return (first >= 2 and toks[first - 1].low == "of" and toks[first - 2].low in words.group_nouns
            and (first < 3 or toks[first - 3].low in _GROUP_DETERMINERS or not _is_word(toks[first - 3])
                 or toks[first - 3].low in ("and", "&")))


# Determiners before a group's noun whose size follows ("a crew of eight", "its crew of 12").
_GROUP_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
# Possessives between "and" and a second count that still share the first count's verb ("and their two drivers").
_COORD_DETERMINERS = frozenset({"their", "his", "her", "its", "our"})
_OBJECT_PRONOUNS = frozenset({"them", "us", "you", "those", "these"})
# The concepts of a toll, whose words name the people counted ("23 dead", "Dozens dead or missing").
_TOLL_WORDS = frozenset({"killed", "injured", "missing", "dead or missing"})
# Roles only the living have: a toll's noun ("bodies", "dead") counted with one is the dead all the same.
_LIVING_ROLES = frozenset({"hospitalized", "rescued", "injured", "evacuated", "in critical condition", "lived",
                           "walked out", "turned out", "released"})
# Verbs of having before a business's customers ("has 3.4 million customers", "a utility with 640,000 customers").
_HAVE = frozenset({"has", "have", "had", "having", "with", "serves", "serving", "served"})
# Verbs that gather a crowd or an audience, whatever it did: the noun after them may say more ("viewers").
_DRAW_VERBS = frozenset({"drew", "draw", "draws", "drawing", "attracted", "attract", "attracts", "attracting"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "be", "is", "are"})
# The part of a partitive whose verb is its own, not its whole's: a figure or one of these ("most of the 300").
_PART_WORDS = frozenset({"most", "some", "many", "few", "none", "several", "half", "majority", "minority"})
# Prepositions that make a count the places where a verb before them happened ("culled on 14 farms").
_SITE_PREPS = frozenset({"at", "on", "in", "across", "throughout"})
# Verbs before "at"/"in" that take a figure as their value, not a place: "stood at 47 people", "put at 780,000".
_VALUE_VERBS = frozenset({"put", "puts", "estimated", "estimates", "pegged", "numbered", "set", "capped", "valued",
                          "priced", "placed", "fixed", "counted", "totalled", "totaled", "peaked", "reached",
                          "hit", "topped", "stood", "stands", "ended", "finished", "closed", "opened", "crested"})


def _whole_of_part(toks: list[_Tok], first: int, stop: int, words: QuantityWords) -> bool:
    """Whether the figure at ``first`` is the whole of a part that opens its clause, the verb after its noun being
    the part's: "seven" in "Four of the seven councils rejected", not in "one of 350 prisoners released on Sunday",
    "300 of the 680 people arrested ... were released" or "won 19 of the 47 seats reserved for"."""
    j = first - 1
    if j >= 0 and toks[j].low in _PARTITIVE_DETS:
        j -= 1
    if j < 1 or toks[j].low != "of":
        return False
    part = toks[j - 1].low
    if not (part in _PART_WORDS or part[:1].isdigit() or part in words.number_words):
        return False
    for m in range(j - 2, -1, -1):  # the part is the subject: nothing but hedges back to the clause's start
        low = toks[m].low
        if low in _MARKS_END or low in _CLAUSE_OPENERS or low in _IDLE_VERBS:
            break
        if _verblike(low, words) or low in _COPULAS or low in _SITE_PREPS or low in _VERB_PREPS:
            return False
    if stop < len(toks) and toks[stop].low in _RELATIVES:
        return False  # "the 1,146 mail ballots that arrived": the whole's own verb
    if stop + 1 < len(toks) and _verblike(toks[stop].low, words) and (
            toks[stop + 1].low in _VERB_PREPS or toks[stop + 1].low in _SITE_PREPS
            or _main_predicate(toks, stop + 1, words) is not None):
        # a reduced relative: "300 of the 680 people arrested by ICE were released", "some of the hundreds
        # arrested in the raids"
        return False
    return True


_RELATIVES = frozenset({"who", "that", "which", "whose", "whom"})
_CLAUSE_OPENERS = frozenset({"that", "since", "after", "when", "because", "while", "as", "if", "although", "though",
                             "and", "but", "whereas"})
_VERB_PREPS = frozenset({"of", "to", "for", "with", "by", "from", "into", "against", "among", "between"})
# Verbs whose "in" is a particle, not a place: "sending in about 120 troops", "called in 40 officers".
_IN_PARTICLE_VERBS = frozenset({"send", "sends", "sent", "sending", "bring", "brings", "brought", "bringing", "call",
                                "calls", "called", "calling", "fly", "flies", "flew", "flown", "flying", "draft",
                                "drafted", "drafting", "ship", "shipped", "shipping", "rush", "rushed", "rushing",
                                "pour", "poured", "pouring", "take", "took", "taken", "taking", "let", "letting",
                                "hand", "handed", "turn", "turned", "bus", "bussed", "bused", "truck", "trucked",
                                "move", "moved", "moving", "deploy", "deployed"})


def _site_of(toks: list[_Tok], first: int, stop: int, words: QuantityWords) -> bool:
    """Whether a count is where a verb before it happened: "destroyed at nine farms", "culled across 22 farms",
    or the places it happened from ("evacuated from 14 villages")."""
    j = first - 1
    if (j >= 1 and toks[j].low == "from" and _verblike(toks[j - 1].low, words)
            and _singular(toks[stop - 1].low) in words.places):
        return True  # "evacuated from 14 villages", "fled from three districts": where they came from
    if not (j >= 1 and toks[j].low in _SITE_PREPS and _verblike(toks[j - 1].low, words)
            and toks[j - 1].low not in _VALUE_VERBS and toks[j - 1].low not in words.change_verbs
            and toks[j - 1].low not in words.move_verbs):
        return False
    if toks[j].low == "in" and toks[j - 1].low in _IN_PARTICLE_VERBS:
        return False  # "sending in about 120 troops", "brought in 40 buses": a phrasal verb and its object
    # people are never the place, nor a measure
    head = toks[stop - 1].low
    return not (head in words.person_nouns or _singular(head) in words.person_nouns or head in _PEOPLE_PLURALS
                or head in words.lengths or head in words.measures)


_SPEND = frozenset({"spent", "spend", "spends", "spending"})
_SPENT_DETS = frozenset({"the", "a", "an", "last", "past", "next", "his", "her", "their", "its", "my", "our", "your",
                         "nearly", "almost", "about", "over", "more", "than", "some", "roughly", "around"})


def _spent_before(toks: list[_Tok], first: int) -> bool:
    """Whether a form of "spend" comes right before the figure, past determiners and hedges ("spent the past")."""
    k = first - 1
    while k >= 0 and toks[k].low in _SPENT_DETS:
        k -= 1
    return k >= 0 and toks[k].low in _SPEND


def _of_people(counts: str, words: QuantityWords) -> bool:
    """Whether ``counts`` names people ("people", "pilgrims", "adult")."""
    return counts == "people" or counts in words.person_nouns or _singular(counts) in words.person_nouns


def _make(
    doc: Document, sent: Sentence, toks: list[_Tok], words: QuantityWords, cands: list[tuple[tuple[int, str], ...]],
    first: int, last: int, *, value: float | None,
    approx: str | None, bound: str, kind: str, unit: str, counts: str, np_range: range = range(0),
) -> Quantity:
    start, end = toks[first].start, toks[last - 1].end
    skip = range(first, max(last, np_range.stop))
    if not cands:
        cands.append(_action_words(toks))
    role, role_text = _role(toks, first, last, np_range, kind, words) if kind in _LEXICON_KINDS else ("", "")
    if role in ("killed", "rescued") and role_text and _ATTEMPT_BEFORE.search(
            doc.text, max(sent.start, start - 60), max(sent.start, doc.text.rfind(role_text, sent.start, start))):
        # "charged with murdering two people and trying to kill three others", "plotted to kill 12": no one died;
        # "efforts to rescue 30 fishermen": no one is rescued yet
        role, role_text = "", ""
    if role == "users" and counts not in ("", "people", "other", "more") and counts not in words.person_nouns \
            and _singular(counts) not in words.person_nouns:
        role, role_text = "", ""  # "the plant will use 300 tonnes of coal": things used, not people using
    if role == "turned out" and counts and counts != "people" and counts not in words.person_nouns \
            and _singular(counts) not in words.person_nouns and first and toks[first - 1].low not in _BEFORE_SKIP:
        # "the petition gathered more than 210,000 signatures": things gathered as the verb's object are no crowd
        role, role_text = "", ""
    if role in _PRISON_TERMS and counts in ("second", "minute"):
        role, role_text = "", ""  # "borrow a parent's face for thirty seconds": no prison term is in seconds
    if role == "rejected" and role_text.lower() == "questioned" and _SURVEY_WORDS.search(sent.text):
        role = "surveyed"  # "The survey ... questioned about 2,000 parents": people asked, not ballots set aside
    if role in words.people_roles and counts in _LENGTH_LABELS:
        role, role_text = "", ""  # "residents within a 1-mile radius were ordered to evacuate": no radius left
    elif role == "hospitalized" and counts and counts not in ("other", "more") and not _of_people(counts, words) \
            and role_text.lower().startswith("admit"):
        role = role_text.lower()  # "he admitted 51 murders": things admitted are confessed, no one in hospital
    elif (role in _BELONGING_ROLES and counts and counts not in ("other", "more") and not _of_people(counts, words)
          and not any(w in words.population_nouns or w in words.child_nouns or w in words.person_groups
                      for w in (counts, _pluralise(counts)))):
        # "a body which represents 140 institutions", "an attack on two mosques ... will spend his life in prison":
        # being a member, held or living somewhere is said of people; a count of things has no such role
        role, role_text = "", ""
    elif role and role_text.lower() in words.subject_roles and counts and not _of_people(counts, words):
        role = role_text.lower()  # "Thirty-eight cars ... left the tracks": a leaving is said of people only
    if role == "received" and role_text.lower() in ("polled", "polls") and _of_people(counts, words):
        role = "surveyed"  # "Ipsos polled 1,090 adults": people asked; a candidate polls votes, no people
    if role in _JOB_ROLES and counts not in _JOB_NOUNS:
        # "cost 12 lives", "protect 300 homes": no jobs, so not these claims; read again without them
        role, role_text = _role(toks, first, last, np_range, kind, _without_job_roles(words))
    if kind == "duration":
        if counts == "century" and value is not None:
            # "more than a century behind bars": a hundred years, in the row of "110 years" and "up to 120 years"
            value, unit, counts = value * 100, "year", "year"
        if (not role or role not in words.concepts) and last + 1 < len(toks) and toks[last].low == "of":
            # "two days of deliberations", "three weeks of testimony": what the span is of names its role, before
            # a verb of no concept ("returned their verdict after less than a day of deliberations")
            role, role_text = _phrase_from(toks, last + 1, words.roles[kind], words) or (role, role_text)
        if (role not in words.concepts and role_text[:1].isupper() and last < len(toks)
                and toks[last].low in _ELAPSED):
            # "arrested Reed two days after the shooting": the time between two events, not a name's role
            role, role_text = "elapsed", toks[last].text
        if (role not in words.concepts and "deliberation" in words.concepts
                and any(t.low in _JURY for t in toks[max(0, first - 4) : first])):
            # "jurors needed less than a day to convict", "the jury took two days": the jury's time is its
            # deliberation
            role, role_text = "deliberation", role_text or toks[first - 1].text
        if role and role not in words.concepts and _spent_before(toks, first):
            # "spent the past three weeks not sleeping", "spent two decades building the firm": the time is
            # spent, not slept or built; a prison term spent is a concept ("spent behind bars")
            k = first - 1
            while toks[k].low not in _SPEND:
                k -= 1
            role, role_text = "spent", toks[k].text
    return Quantity(
        start=start, end=end, text=doc.text[start:end], value=value, approx=approx, bound=bound,
        kind=kind, unit=unit, counts=counts, sentence=sent.index, actions=_actions(cands[0], skip),
        role=role, role_text=role_text,
    )


# Roles of a state, not of events, that a "since" never makes a record: where people live, who use a service.
_STATE_ROLES = frozenset({"lived", "users"})
# The roles of where people belong or are kept: never a thing's (see _make).
_BELONGING_ROLES = frozenset({"in detention", "lived"})
# The roles said only of jobs (lexicon: "jobs protected", "jobs lost"), and the nouns of jobs they need.
_JOB_ROLES = frozenset({"jobs protected", "jobs lost"})
_JOB_NOUNS = frozenset({"job", "position", "post", "role", "livelihood"})
_PRISON_TERMS = frozenset({"maximum sentence", "sentenced", "served", "parole"})
# An attempt, a plot or a threat before a verb of killing: what it counts did not die.
_ATTEMPT_BEFORE = re.compile(r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|efforts?|bid|plot(?:s|ted|ting)?|plann(?:ed|ing)|"
                             r"threaten(?:s|ed|ing)?|conspir(?:e|ed|ing|acy)|intent|intend(?:s|ed|ing)?)\s+to\s*$",
                             re.IGNORECASE)
_SURVEY_WORDS = re.compile(r"\b(?:survey|surveys|poll|polls|pollster|polling|respondents)\b", re.IGNORECASE)
_NO_JOB_ROLES: dict[int, QuantityWords] = {}


def _without_job_roles(words: QuantityWords) -> QuantityWords:
    """``words`` with the roles said only of jobs left out of every table (built once per lexicon)."""
    key = id(words)
    if key not in _NO_JOB_ROLES:
        roles = {kind: {w: c for w, c in table.items() if c not in _JOB_ROLES} for kind, table in words.roles.items()}
        _NO_JOB_ROLES[key] = replace(words, roles=roles)
    return _NO_JOB_ROLES[key]


_ELAPSED = frozenset({"after", "before", "later", "earlier"})
_JURY = frozenset({"jury", "jurors", "juries", "jury's"})
_DASHES = frozenset({"-", "–", "—"})
_DOTTED_TIME = re.compile(r"(\d{1,2})\.([0-5]\d)")
_MERIDIEM = {"a": 0, "am": 0, "p": 12, "pm": 12}


def _whole(tok: _Tok, words: QuantityWords) -> int | None:
    """A whole number written as one token: "6", "218", "nine"; None otherwise."""
    if tok.text.isdigit():
        return int(tok.text)
    value = words.number_words.get(tok.low)
    return int(value) if value is not None and tok.low not in words.scales and tok.low != "dozen" else None


def _tally_cue(toks: list[_Tok], first: int, last: int, words: QuantityWords) -> str:
    """What a pair of figures tallies: "vote" or "score" by the cue word next to it, or "" with none.

    The cue stands just before the pair (same clause, up to four words back:
    "beat Everton 3-0") or just after it ("a 2-1 win"); a vote word wins over
    a score word ("defeated 52-48" in a chamber is a vote).
    """
    near: list[str] = []
    for k in range(first - 1, max(-1, first - 5), -1):
        low = toks[k].low
        if low in _MARKS_END or low in _CLAUSE_END:
            break
        near.append(low)
    near.extend(toks[k].low for k in range(last, min(len(toks), last + 2)))
    if any(low in words.tally_cues for low in near):
        return "vote"
    return "score" if any(low in words.score_cues for low in near) else ""


def _parent_of(parts: list[str], words: QuantityWords) -> tuple[str, float] | None:
    """("mother", 2.0) for the parts of "mum-of-two"; None for any other hyphenated word."""
    if len(parts) == 3 and parts[1] == "of" and parts[0] in words.parents and parts[2] in words.number_words:
        return words.parents[parts[0]], words.number_words[parts[2]]
    return None


_SPAN_OPENERS = frozenset({"from", "between"})
_SPAN_JOINS = frozenset({"and", "to", "-", "–", "—"})


def _year_like(tok: _Tok) -> bool:
    """Whether a token is a figure written as a year is: four digits, no comma, 1800 to 2100."""
    return len(tok.text) == 4 and tok.text.isdigit() and 1800 <= int(tok.text) <= 2100


def _year_span(toks: list[_Tok], i: int, j: int, words: QuantityWords) -> bool:
    """Whether the figure at ``i`` opens a span of years ("between 1996 and 2001", "from 1996 to 2001"): a later
    year follows after "and" or "to", and no noun after it makes both a count ("between 1500 and 2000 people")."""
    if not (i and toks[i - 1].low in _SPAN_OPENERS and j + 1 < len(toks) and toks[j].low in _SPAN_JOINS
            and _year_like(toks[i]) and _year_like(toks[j + 1]) and int(toks[i].text) < int(toks[j + 1].text)):
        return False
    k = j + 2
    return k >= len(toks) or not _is_word(toks[k]) or toks[k].low in words.stop_words


def _figure_pair_at(
    doc: Document, sent: Sentence, toks: list[_Tok], i: int, words: QuantityWords,
    cands: list[tuple[tuple[int, str], ...]], fig: re.Match[str],
) -> tuple[Quantity, int] | None:
    """Figures read with the next tokens as one: "15 April" (date), "7 p.m." (time), "6-3" (tally)."""
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    if nxt is None:
        return None
    whole = fig.group(1).isdigit()
    # Day first: "15 April", "15th April 2025" (UK and wire datelines); "8 of April", day "of" month (Finnish,
    # Polish and Spanish writers' English, "the 8th of April" without its ordinal).
    if whole and nxt.low == "of" and i + 2 < n and toks[i + 2].low in _MONTHS and toks[i + 2].text[:1].isupper() \
            and len(toks[i + 2].low) > 2:
        i_month = i + 2
    else:
        i_month = i + 1
    mon = toks[i_month]
    if whole and mon.low in _MONTHS and mon.text[:1].isupper() and 1 <= int(fig.group(1)) <= 31 and len(mon.low) > 2:
        k = i_month + 1
        year = ""
        if k + 1 < n and toks[k].text == "," and re.fullmatch(r"\d{4}", toks[k + 1].text):
            year, k = toks[k + 1].text, k + 2
        elif k < n and re.fullmatch(r"\d{4}", toks[k].text):
            year, k = toks[k].text, k + 1
        return _make(doc, sent, toks, words, cands, i, k, value=None, approx=None, bound="exact", kind="date",
                     unit=_day(year, _MONTHS[mon.low], int(fig.group(1))), counts="date"), k
    if fig.group(2):
        return None
    # A time of day: "7 p.m.", "7:30 a.m.", "9pm", and the UK's "2.15pm" (a point, not a colon).
    hour, k = (int(fig.group(1)) if whole else -1), i + 1
    minutes = 0
    if nxt.text == ":" and i + 2 < n and re.fullmatch(r"\d{2}", toks[i + 2].text):
        minutes, k = int(toks[i + 2].text), i + 3
    elif not whole and (dotted := _DOTTED_TIME.fullmatch(fig.group(1))):
        hour, minutes = int(dotted.group(1)), int(dotted.group(2))
    if 1 <= hour <= 12 and k < n and toks[k].low in _MERIDIEM:
        m = k + 1
        if toks[k].low in ("a", "p"):
            if not (m + 1 < n and toks[m].text == "." and toks[m + 1].low == "m"):
                return None
            m += 2
            if m < n and toks[m].text == ".":
                m += 1
        value = hour % 12 + _MERIDIEM[toks[k].low] + minutes / 60
        return _make(doc, sent, toks, words, cands, i, m, value=float(value), approx=None, bound="exact",
                     kind="date", unit="time", counts="time"), m
    if k == i + 3 and 0 <= hour <= 23 and nxt.end == toks[i + 2].start == toks[i].end + 1:
        # A 24-hour clock ("21:05", "09:30"), or a time with no a.m./p.m. ("at 9:30"); with its zone ("18:58 PST")
        seconds = (k + 1 < n and toks[k].text == ":" and toks[k].start == toks[k - 1].end
                   and toks[k + 1].start == toks[k].end and toks[k + 1].text[:2].isdigit())
        after = k + 2 if seconds else k  # "15:10:45.0" in a dateline: the seconds are the time's, no count
        if (seconds and after + 1 < n and toks[after].text in ("-", "+", "−") and toks[after].start == toks[after - 1].end
                and toks[after + 1].start == toks[after].end and toks[after + 1].text[:2].isdigit()):
            after += 2  # "16:26:04-05": the offset from UTC, no count
        after += after < n and toks[after].low in words.time_zones
        return _make(doc, sent, toks, words, cands, i, k if seconds else after, value=hour + minutes / 60, approx=None,
                     bound="exact", kind="date", unit="time", counts="time"), after
    # Vote tallies: "6-3", "7–2", "9 to 4", "312 votes to 301", next to a vote word.
    first = _whole(toks[i], words)
    if first is None:
        return None
    k = i + 1
    votes = toks[k].low == "votes" and k + 1 < n and toks[k + 1].low == "to"
    if votes:
        k += 1
    if toks[k].text not in _DASHES and toks[k].low != "to" or k + 1 >= n:
        return None
    if toks[k].text in _DASHES and not toks[k + 1].text.isdigit():
        return None
    second = _whole(toks[k + 1], words)
    end = k + 2
    if second is None or (end < n and (
            _plural(toks[end].low, words) and toks[end].low not in words.tally_cues
            and toks[end].low not in words.score_cues
            or toks[end].low in ("%", "percent", "per") or toks[end].low in words.scales
            or _time_unit(toks[end].low, words))):
        return None  # "10-15 jobs", "25-30 percent", "two to three years": a range
    if i and toks[i - 1].low in _SPAN_OPENERS and _year_like(toks[i]) and _year_like(toks[k + 1]) and first < second:
        return None  # "led the club from 1988 to 1994": a span of years, read as two years, never a score
    cue = "vote" if votes else _tally_cue(toks, i, end, words)
    if not cue:
        # No word says what it is: a tight "2-0" with the larger figure first (or a draw) is a
        # score or a tally all the same; a range is written smaller first ("10-15"), years are large.
        # A noun after it makes it a modifier ("a 9-5 job"); a name, a mark or "up" do not ("2-0 up").
        tight = toks[k].text in _DASHES and toks[i].end == toks[k].start and toks[k].end == toks[k + 1].start
        noun = end < n and toks[end].text[:1].islower() and toks[end].low not in words.stop_words
        if not (tight and second <= first < 1000) or noun:
            return None
        cue = "score"
    return _make(doc, sent, toks, words, cands, i, end, value=float(first), approx=None, bound="exact",
                 kind="tally", unit=f"{first}-{second}", counts=cue), end


# Phone numbers written out: international ("+44 20 7946 0958"), with an area code in brackets ("(614)
# 555-0199", Manila's "(02) 8527 3877"), three or four hyphenated groups ("1-800-273-8255"; an ISO date's groups
# have two digits), a leading zero ("0800 555 111", "0161 496 0000"), a US exchange with its leading-zero line
# ("555-0199").
_PHONE_RE = re.compile(
    r"(?<![\w.,])(?:"
    r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}"
    r"|\(\d{2,5}\)\s?\d{3,4}[\s.-]\d{3,4}"
    r"|\d{1,4}(?:-\d{3,4}){2,3}"
    r"|0\d{2,4}(?:[\s.-]\d{3,6}){1,3}"
    r"|\d{3}-0\d{3}"
    # Australian service numbers (ACMA numbering plan): "1800 737 732", "1300 22 4636", "13 92 76" (13YARN,
    # Lifeline's "13 11 14"): support lines at the foot of an article
    r"|1[38]00[\s.-]?\d{2,3}[\s.-]?\d{3,4}|13\s\d{2}\s\d{2}"
    r")(?![\w,])"
)


@lru_cache(maxsize=64)
def _phone_numbers(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the phone numbers in a sentence, found once per sentence."""
    return tuple(m.span() for m in _PHONE_RE.finditer(text))


# Figures that are part of an identifier, not a quantity: dotted runs of three or more ("203.0.113.47",
# "v2.3.1", "iOS 17.4.1"), an upper-case code with two hyphenated numbers ("CVE-2025-41877"), a handle
# ("@0xWren").
_ID_RE = re.compile(r"(?<![\w.])v?\d+(?:\.\d+){2,}(?![\w])|(?<![\w-])[A-Z]{2,}(?:-\d+){2,}|@\w+"
                    # a date written in figures ("On 15/03/2026", "3/15/26"): police statements and court papers;
                    # no count, and none of its three figures a statistic
                    r"|(?<![\w/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\w/])"
                    # a METAR or TAF weather report ("KCDX 210353Z 16018G31KT 2SM +RA BR OVC008 09/08 A2934"): from
                    # the station and its day-and-time group to the last group in capitals, digits, "/" or "+-"
                    r"|\b[A-Z]{4}\s+\d{6}Z(?:\s+[-+]?[A-Z0-9/]+)+"
                    # a hash or key in hex ("SHA-256: 9c4e1f7a2b83..."): 16 or more hex digits, letters among them
                    r"|(?<!\w)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{16,}(?!\w)")


@lru_cache(maxsize=64)
def _identifiers(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the identifiers in a sentence (see ``_ID_RE``), found once per sentence."""
    return tuple(m.span() for m in _ID_RE.finditer(text)) if ("." in text or "-" in text or "@" in text
                                                               or "Z " in text or "/" in text) else ()


def _in_identifier(text: str, at: int) -> bool:
    """Whether offset ``at`` of sentence ``text`` lies in an IP address, version number, CVE or handle."""
    return any(s <= at < e for s, e in _identifiers(text))


def _in_phone_number(text: str, at: int) -> bool:
    """Whether offset ``at`` of sentence ``text`` lies in a phone number ("0800 555 111")."""
    return any(s <= at < e for s, e in _phone_numbers(text))


def _compound_count(doc: Document, sent: Sentence, toks: list[_Tok], words: QuantityWords,
                    cands: list[tuple[tuple[int, str], ...]], i: int, value: float, noun: str) -> Quantity:
    """A count written as an adjective, the figure joined to the thing counted: "a six-hospital chain", "a 96-bed
    facility", "the 100-bed youth jail", "a 12-storey tower" (counted as "hospital", "bed", "storey")."""
    hedge = _phrase_at(toks, i, words.approximators)
    approx, bound = (hedge[1], words.approximators[hedge[1]]) if hedge else (None, "exact")
    return _make(doc, sent, toks, words, cands, hedge[0] if hedge else i, i + 1, value=value, approx=approx,
                 bound=bound, kind="count", unit=noun, counts=_counts(noun, words, False))


def _names_something(toks: list[_Tok], i: int, words: QuantityWords) -> bool:
    """Whether the figure at ``i`` is part of a name, a code or a phone number, not a count.

    A code glued to letters ("M25", "A38") or joined to a capitalised word by
    a hyphen ("Covid-19", "I-95", "F-35"); a whole number after a naming word
    ("Lodge 44", "Route 9", "Flight 370", "No. 10"); a figure with a leading
    zero ("0800": no count is written so); an emergency number before a phone
    noun ("a 999 call", "911 dispatchers"); a number a call verb takes ("called
    911", "call police on 101"), unless a noun follows ("called 12 witnesses").
    """
    tok = toks[i]
    prev = toks[i - 1] if i else None
    if prev is None:
        return False
    if prev.end == tok.start and _is_word(prev):
        return True
    nxt_glued = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].start == tok.end else None
    if (nxt_glued is not None and tok.text.isdigit() and len(nxt_glued.text) >= 4 and nxt_glued.text.isupper()
            and nxt_glued.text.isalpha() and nxt_glued.low not in words.currencies
            and nxt_glued.low not in words.measures and nxt_glued.low not in words.lengths):
        return True  # "13YARN", "7ELEVEN": a service's or a brand's name that opens with a figure
    if (i >= 2 and prev.text in _DASHES and prev.start == toks[i - 2].end and prev.end == tok.start
            and _is_word(toks[i - 2]) and any(c.isupper() for c in toks[i - 2].text)):
        return True
    if (i >= 2 and prev.text in _DASHES and prev.start == toks[i - 2].end and prev.end == tok.start
            and toks[i - 2].low in words.name_numbers_any_case):
        return True  # "a category-5 typhoon", "stage-4 cancer": the name's number glued by a hyphen, no count
    if (i >= 2 and (prev.text in _DASHES or prev.text == "/") and prev.start == toks[i - 2].end
            and prev.end == tok.start and toks[i - 2].text.isdigit() and _names_something(toks, i - 2, words)):
        # "ATR 72-600", "Boeing 737-800": the variant of a model named by the figure before; "Runway 16/34": the
        # runway's other end
        return True
    if (i >= 2 and prev.text == ":" and prev.start == toks[i - 2].end and prev.end == tok.start
            and toks[i - 2].text.isdigit() and _names_something(toks, i - 2, words)):
        return True  # "T+2:31": the seconds of a clock that is no time of day
    if prev.text == "+" and prev.end == tok.start and i >= 2 and toks[i - 2].end == prev.start \
            and toks[i - 2].text in ("T", "L"):
        return True  # "T+2:31", "L+90": mission elapsed time, counted from lift-off, no time of day
    text = tok.text
    if not text.isdigit():
        return False  # "1,200", "2.5": a count or a measure, never a name's number
    if len(text) >= 3 and text[0] == "0":
        return True
    named = prev if _is_word(prev) else (
        toks[i - 2] if prev.text == "." and i >= 2 and _is_word(toks[i - 2]) and toks[i - 2].end == prev.start else None)
    if named is not None and named.low in words.name_numbers and (
            named.text[:1].isupper() or named.low in words.name_numbers_any_case):
        return True
    if named is prev and _model_name(toks, i, words):
        return True
    if (i >= 3 and prev.low in ("to", "and", "-", "–") and toks[i - 2].text.isdigit()
            and toks[i - 3].low in words.name_numbers_any_case and _plural(toks[i - 3].low, words)):
        return True  # "floors 8 to 12", "gates 3 and 4": the last of the levels named, as the first is
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    phone = text in words.phone_numbers
    if phone and nxt is not None and nxt.low in words.phone_nouns:
        return True
    # "called 911", "dialled 999", "call police on 101", "calls to 999"
    k = i - 1
    if toks[k].low in ("on", "to") and k > 0:
        k -= 1
        if toks[k].low not in words.phone_verbs and k > 0 and _is_word(toks[k]):
            k -= 1  # whom: "call police on 101", "ring Crimestoppers on ..."
    if toks[k].low not in words.phone_verbs:
        return False
    noun = nxt is not None and _is_word(nxt) and nxt.low not in words.stop_words and not nxt.low.endswith("ly")
    return phone or not noun


def _opens_a_name(toks: list[_Tok], i: int, words: QuantityWords) -> bool:
    """Whether the whole figure at ``i`` opens a name of two or more capitalised words with a singular head, after a
    word in lower case: "near the 37 Military Hospital", "with 3 Commando Brigade", "at 7 World Trade Center". A
    count above one takes a plural ("the 12 Military Hospitals") or a noun of people after the name ("5 Red Cross
    staff", "90,000 Metro Rail commuters"); a month, a weekday, a currency or a unit in the run is no name."""
    tok = toks[i]
    if not tok.text.isdigit() or int(tok.text) < 2 or i == 0 or not (_is_word(toks[i - 1]) and toks[i - 1].text.islower()):
        return False
    if len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100:
        return False  # "the 2029 Asian Club Championship final", "since the 2020 Rental Law": a year before a name
    n, k = len(toks), i + 1
    while k < n and _is_word(toks[k]) and toks[k].text[:1].isupper():
        low = toks[k].low
        if (low in _MONTHS or low in _WEEKDAYS or low in words.currencies or low in words.measures
                or low in words.lengths or low in words.person_nouns or _time_unit(low, words)):
            return False
        k += 1
    if k - i - 1 < 2 or _plural(toks[k - 1].low, words) or _DEMONYM_RE.fullmatch(toks[k - 1].text):
        return False
    nxt = toks[k] if k < n else None
    return not (nxt is not None and _is_word(nxt) and (_plural(nxt.low, words) or nxt.low in words.person_nouns))


_NUMBER_SIGNS = frozenset({"no", "nos", "number", "#"})


def _named_level(toks: list[_Tok], i: int, words: QuantityWords) -> tuple[int, str] | None:
    """The first token and the label of a warning level named by the whole number at ``i`` ("Signal No. 4",
    "signal number 8", "Signal #3", "Signal 2"), from the lexicon's named_levels; None for any other figure."""
    k = i - 1
    if k >= 1 and toks[k].text == "." and toks[k - 1].low in _NUMBER_SIGNS:
        k -= 2  # "No. 4"
    elif k >= 0 and toks[k].low in _NUMBER_SIGNS:
        k -= 1  # "No 4", "number 4", "#4"
    if k < 0 or not _is_word(toks[k]):
        return None
    label = words.named_levels.get(toks[k].low)
    return (k, label) if label else None


_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "(", "[", ":", "-", "–", "—"})


def _model_name(toks: list[_Tok], i: int, words: QuantityWords) -> bool:
    """Whether the whole number at ``i`` names a product, a model, a vehicle or a code with the capitalised word
    before it: "Falcon 9", "Ariane 6 rocket", "Model 3", "Embraer 175", "Max 8", "iPhone 11", "CP 327", "QF 94".

    Reporters write a count after a capitalised word only where a place or a party leads a clause ("In Kerala
    12 people died", "Congress 71 seats"), and then the counted noun or a people's role follows; a bare figure,
    or one before a singular noun ("the Talon 2 rocket") or a verb ("Embraer 175 clipped"), is the name's.
    A sentence's first word is capitalised whatever it is, but a hedge or a function word before a figure
    ("Nearly 70", "About 90", "Only 19") is in the lexicon's lists, and a count there has its noun.
    """
    prev = toks[i - 1]
    if not any(c.isupper() for c in prev.text):
        return False
    low = prev.low
    if (low.rstrip(".") in _MONTHS or low in words.currencies or low in words.approximators
            or low in words.hedge_words or low in words.number_words or low in words.stop_words):
        return False
    if i + 1 >= len(toks):
        return True
    nxt = toks[i + 1]
    if nxt.text in ("'", "’") and nxt.start == toks[i].end:
        return True  # "Talon 2's upper stage", "Apollo 11's crew": a figure takes a possessive only in a name
    if not _is_word(nxt):
        if (nxt.text in _DASHES and i + 2 < len(toks) and toks[i + 2].text.isdigit() and len(toks[i + 2].text) >= 3
                and nxt.start == toks[i].end and nxt.end == toks[i + 2].start
                and int(toks[i + 2].text) > int(toks[i].text)):
            return True  # "ATR 72-600", "Airbus 330-300": a model and its variant (a score is "2-0", a range "10-15")
        # "Biden 51%", "Rovers 2-0 Athletic" (a score), "Kerala 12,": the mark says; only a full stop, a comma
        # or a bracket after the figure leave it the name's
        return nxt.text in (".", ",", ")", ";", "!", "?")
    nlow = nxt.low
    if (nlow in words.scales or nlow in ("per", "percent", "pct") or nxt.text == "pc" or nlow in words.currencies
            or _time_unit(nlow, words) or nlow in words.measures or nlow in words.lengths
            or nlow in words.roles["count"] or nlow in words.person_nouns or nlow in ("of", "out")
            or (nlow in _MONTHS and nxt.text[:1].isupper() and len(nlow) > 2)):
        return False  # "Rs 40 crore", "Gaza 40 killed", "Kerala 12 dead", "BJP 118 of 230", "Friday 5 June"
    if nlow.endswith("ed") and nlow not in words.not_verbs:
        return True  # "Embraer 175 clipped wings": a verb follows the name
    a, b = _noun_phrase(toks, i + 1, words)
    return not (b > a and b - a <= 3 and _plural(toks[b - 1].low, words))


_LIST_JOINS = frozenset({",", "and", "or", "&"})


def _day_of_month(tok: _Tok) -> int:
    """The day a whole figure from 1 to 31 may name ("24", "24th"); 0 for any other token."""
    text = tok.low[:-2] if tok.low[-2:] in ("st", "nd", "rd", "th") else tok.low
    return int(text) if text.isdigit() and len(text) <= 2 and 1 <= int(text) <= 31 else 0


def _listed_day(toks: list[_Tok], i: int, words: QuantityWords) -> bool:
    """Whether the figure at ``i`` is one of a list of days that one month closes or opens: "on 24, 25 and 30
    November", "on 3 and 4 March", "on March 3, 4 and 11". The days rise through the list; a list after the month
    needs "and"/"or" before its last day and nothing counted after it, as "on March 3, 40 people died" is a count."""
    n = len(toks)
    if not _day_of_month(toks[i]):
        return False
    # forward: "24, 25 and 30 November"
    k, last = i, _day_of_month(toks[i])
    while k + 2 < n and toks[k + 1].low in _LIST_JOINS:
        step = 2 + (toks[k + 1].text == "," and toks[k + 2].low in ("and", "or"))
        if k + step >= n or _day_of_month(toks[k + step]) <= last:
            break
        k, last = k + step, _day_of_month(toks[k + step])
    if k > i and k + 1 < n and toks[k + 1].low in _MONTHS and toks[k + 1].text[:1].isupper() \
            and len(toks[k + 1].low) > 2:
        return True
    # backward: "March 3, 4 and 11": the list's first day follows the month
    k = i
    while k >= 2 and toks[k - 1].low in _LIST_JOINS and 0 < _day_of_month(toks[k - 2]) < _day_of_month(toks[k]):
        k -= 2
    if k == i or not (toks[k - 1].low in _MONTHS and toks[k - 1].text[:1].isupper() and len(toks[k - 1].low) > 2):
        return False
    end, joined = k, False
    while end + 2 < n and toks[end + 1].low in _LIST_JOINS and _day_of_month(toks[end + 2]) > _day_of_month(toks[end]):
        joined = joined or toks[end + 1].low in ("and", "or")
        end += 2
    after = toks[end + 1] if end + 1 < n else None
    # "and"/"or" before the last day, and nothing counted after it
    return joined and (after is None or not _is_word(after) or after.low in words.stop_words)


def _street_number(toks: list[_Tok], i: int, words: QuantityWords) -> bool:
    """Whether the whole number at ``i`` numbers a building: "1400 Fair Street", "10 Downing St."."""
    if not toks[i].text.isdigit():
        return False
    for k in (i + 2, i + 3):
        if k < len(toks) and toks[k].low in words.street_words and toks[k].text[:1].isupper() and all(
                t.text[:1].isupper() and _is_word(t) for t in toks[i + 1 : k]):
            return True
    return False


def _name_before(doc: Document, toks: list[_Tok], k: int, words: QuantityWords) -> str:
    """The name that ends at token ``k`` ("Daniel Price", "Mr Hussain"), as written; "" if none.

    Capitalised words, at most three; a hyphenated word counts only when each
    part is capitalised ("Jean-Paul", not "Dad-of-two"). Three words from the
    sentence's start begin with a tabloid's epithet or job ("Pensioner Joan
    Smith"), so the first is left out unless it is a title.
    """
    start = k
    while start >= 0 and k - start < 3 and all(p[:1].isupper() for p in toks[start].text.split("-")) \
            and _is_word(toks[start]):
        start -= 1
    start += 1
    if start > k:
        return ""
    if start == 0 and k == 2 and toks[0].low not in words.name_titles:
        start = 1
    if start == 0 and k >= 1 and toks[0].low in words.opening_adverbs:
        start = 1  # "Meanwhile Hayley, 36,": a sentence's adverb is no part of the name
    if start >= 2 and toks[start - 1].low in words.alias_words:
        # "Gurpreet Singh Sandhu alias Gopi (24)": the age is the person's, whom other outlets name by his name
        named = _name_before(doc, toks, start - 2, words)
        if named:
            return named
    return doc.text[toks[start].start : toks[k].end]


def _person(subject: str, titles: frozenset[str]) -> tuple[str, str]:
    """A name as (surname, given name), lower case: ("price", "daniel"); a title is no given name."""
    parts = subject.lower().replace(".", "").split()
    if not parts:
        return "", ""
    given = parts[-2] if len(parts) > 1 and parts[-2] not in titles else ""
    return parts[-1], given


_TITLE_GENDER = {"mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "madam": "f",
                 "mr": "m", "sir": "m", "lord": "m"}
# Title-only subjects ("Mrs Whitlock") whose article names two people of that surname (a couple: "Darren and
# Kerry Whitlock", or "Mr Whitlock" besides): set by compare_numbers for the figures it is comparing (by id).
_SHARED_SURNAME: set[int] = set()


@lru_cache(maxsize=1)
def _name_genders() -> dict[str, str]:
    """Given name (lower case) -> "f" or "m", from the quotes module's first-name lexicon; empty if absent."""
    try:
        data = read_lexicon(lexicon_path("first_names"))
    except Exception:  # noqa: BLE001 - a cue only: without the lexicon no given name has a gender
        return {}
    out: dict[str, str] = {}
    for key, g in (("female", "f"), ("male", "m")):
        for n in data.get(key) or ():
            out[str(n).lower()] = g
    return out


def _gender(subject: str, titles: frozenset[str]) -> str:
    """"f", "m" or "" for a subject, from its title ("Mrs", "Mr") or else its given name."""
    parts = subject.lower().replace(".", "").split()
    for p in parts[:-1]:
        if p in _TITLE_GENDER:
            return _TITLE_GENDER[p]
    given = [p for p in parts[:-1] if p not in titles]
    return _name_genders().get(given[0], "") if given else ""


def _one_person(a: Quantity, b: Quantity, titles: frozenset[str]) -> bool | None:
    """Whether two figures' subjects name one person: None when either names nobody.

    The surnames must agree; the given names too when both are given, by their
    first two letters, so that "Danny Price" is "Daniel Price" and "Mike" is
    "Michael", but "Mary Smith" is not "John Smith". A title or given name that
    tells a gender must not contradict the other's ("Mrs Thorne" is not "Gary
    Thorne"); and "Mrs Thorne" of an article that names two Thornes is one of
    them only by her title, never a full name of unknown gender.
    """
    if not a.subject or not b.subject:
        return None
    (sa, ga), (sb, gb) = _person(a.subject, titles), _person(b.subject, titles)
    if sa != sb or (ga and gb and ga[:2] != gb[:2]):
        return False
    xa, xb = _gender(a.subject, titles), _gender(b.subject, titles)
    if xa and xb and xa != xb:
        return False
    if _SHARED_SURNAME and (ga == "") != (gb == ""):
        titled, named = (a, b) if not ga else (b, a)
        if id(titled) in _SHARED_SURNAME and not (xa and xb):
            return False
    return True


def _day(year: str, month: int, day: int) -> str:
    """A calendar day as a date's unit: "04-15", or "2025-04-15" with its year."""
    return f"{year}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


def _unit_text(doc: Document, toks: list[_Tok], a: int, b: int) -> str:
    """The words of a noun phrase, lower case; an abbreviation inside keeps its periods ("u.s. troops")."""
    if any(t.text == "." or t.text in _APOSTROPHES for t in toks[a:b]):
        return doc.text[toks[a].start : toks[b - 1].end].lower()  # and a possessive its mark ("farmers' rallies")
    return " ".join(t.low for t in toks[a:b])


def _rate_base(toks: list[_Tok], k: int, words: QuantityWords) -> tuple[int, str] | None:
    """The base of a rate at token ``k``: "per 100,000", "for every 1,000", "per capita"; (next index, base).

    The base is a figure of ten or more ("per 1,000 live births") or "capita"; "per day", "per hour" and
    "per cent" are no rates of a population (a duration's or a percent's words read them).
    """
    n = len(toks)
    if k < n and toks[k].low == "per":
        k += 1
    elif k + 1 < n and toks[k].low == "for" and toks[k + 1].low == "every":
        k += 2
    else:
        return None
    if k < n and toks[k].low == "capita":
        return k + 1, "capita"
    read = _read_number(toks, k, words) if k < n else None
    if read is None or read[1] is None or read[1] < 10:
        return None
    return read[0], f"{read[1]:,.0f}"


def _rate_of_half(toks: list[_Tok], i: int, words: QuantityWords) -> bool:
    """Whether "half" at ``i`` is a tariff's rate with no group after it ("additional tariffs of nearly half on
    steel", "a levy of half"): a rate is a share of the goods' value, so "half" there is 50 percent."""
    k = i - 1
    while k >= 0 and toks[k].low in words.approximators:
        k -= 1
    if k < 1 or toks[k].low != "of":
        return False
    return words.roles.get("percent", {}).get(toks[k - 1].low) == "tariff"


def _proportion(toks: list[_Tok], i: int, words: QuantityWords) -> tuple[int, float] | None:
    """A share of a group opening at token ``i``, as a percent: (next index, value).

    "two-thirds" (a number and a fraction joined), "a third of", "one quarter of", "two thirds of", "half of"
    and "half the" (before a word: "half the $100 million" is a sum, read as money), "one in five",
    "nine in 10", "three out of four" (the second figure larger, and no time: "two in 10 minutes").
    """
    tok, n = toks[i], len(toks)
    for m in _long_phrase_lengths(words.path):
        if " ".join(t.low for t in toks[i : i + m]) in words.number_phrases:
            return None  # "a quarter of a million people": a number (see _read_number), no share
    fractions = words.fractions
    parts = tok.low.split("-")
    if len(parts) == 2 and parts[1] in fractions and parts[0] in words.number_words:
        return i + 1, round(100 * words.number_words[parts[0]] / fractions[parts[1]], 1)
    nxt = toks[i + 1].low if i + 1 < n else ""
    after = toks[i + 2] if i + 2 < n else None
    if tok.low == "half":
        if nxt == "of" or (nxt in _PARTITIVE_DETS | {"all", "a"} and after is not None and _is_word(after)
                           and after.low not in words.number_words and after.low not in words.scales
                           and not (nxt == "a" and after.low in words.lengths)):  # "half a kilometre": a length
            return i + 1, 50.0
        if _rate_of_half(toks, i, words):
            return i + 1, 50.0
        return None
    number = 1.0 if tok.low in ("a", "an") else words.number_words.get(tok.low)
    if number is not None and nxt in fractions and nxt != "half" and after is not None and after.low == "of":
        return i + 2, round(100 * number / fractions[nxt], 1)
    if not (tok.text[:1].isdigit() or tok.low in words.number_words) or tok.low in words.scales:
        return None
    # "one in five", "3 out of 4"
    k = i + 1
    if k < n and toks[k].low == "in":
        k += 1
    elif k + 1 < n and toks[k].low == "out" and toks[k + 1].low == "of":
        k += 2
    else:
        return None
    part, whole = _read_number(toks, i, words), _read_number(toks, k, words) if k < n else None
    if part is None or whole is None or part[0] != i + 1 or part[1] is None or whole[1] is None:
        return None
    end = whole[0]
    if not part[1] < whole[1] <= 1000 or (end < n and (_time_unit(toks[end].low, words) or toks[end].low in (
            "%", "percent"))):
        return None
    return end, round(100 * part[1] / whole[1], 1)


def _worded_span(parts: list[str], words: QuantityWords) -> tuple[float, str] | None:
    """(value, unit) of a hyphenated number in words before a time unit: "nine-year" -> (9, "year"); else None."""
    at = next((n for n, p in enumerate(parts) if _time_unit(p, words)), 0)
    if at == 0 or not all(p in words.number_words and p not in words.scales and p != "dozen" for p in parts[:at]):
        return None
    if at < len(parts) - 1 and parts[-1] not in ("old", "long"):
        return None  # "two-year-olds" aside, a tail other than "old" or "long" is no span of time
    return sum(words.number_words[p] for p in parts[:at]), _time_unit(parts[at], words) or parts[at]


# A currency's letters and a full stop just before a sentence: "Rs." taken for a sentence's end.
_DOTTED_PREFIX = re.compile(r"(?<![^\W\d_])([A-Za-z]{1,4})\.\s*$")


def _national_currency(toks: list[_Tok], j: int, words: QuantityWords) -> tuple[str, int] | None:
    """The currency a country's name and a currency's name from token ``j`` write ("Swiss francs", "South
    African rand"): (code, next index), or None."""
    for n in (3, 2):
        if j + n <= len(toks):
            code = words.national_currencies.get(" ".join(t.low for t in toks[j : j + n]))
            if code is not None:
                return code, j + n
    return None


def _currency_word(toks: list[_Tok], i: int, words: QuantityWords) -> str | None:
    """The currency that word token ``i`` writes before a figure ("Rs", "KSh", "INR"), or None.

    A single capital ("N", "P", "R") is one only glued to a figure in thousands or
    with a scale after it ("N5 billion", "P10,000", "R2.5 million"): "N95 masks" and
    "an R2 road" are no money.
    """
    tok = toks[i]
    code = words.currency_prefixes.get(tok.text)
    at = i + 1 + (code is not None and i + 1 < len(toks) and toks[i + 1].text == ".")  # "Rs. 50,000"
    if at >= len(toks) or not toks[at].text[:1].isdigit():
        return None
    if code is not None:
        return code
    code = words.currency_letters.get(tok.text)
    if code is None or toks[at].start != tok.end:
        return None
    if "," in toks[at].text or (at + 1 < len(toks) and toks[at + 1].low in words.scales) \
            or toks[at].low.rsplit("-", 1)[-1] in _GLUED_TAILS:
        return code
    return None


_RATE_TAILS = frozenset({"a-year", "a-month", "a-week", "a-day", "an-hour", "per-year", "per-month", "per-week"})

# Marks after a bare four-digit figure that leave it nothing to count: it is a year ("in 2016.", "for 2016‚ though").
_YEAR_MARKS = frozenset({"", ",", ".", ";", ")", "\u201a", "?", "!"})
_HOURS_MARKS = frozenset({"hrs", "hr", "h"})  # glued to a 24-hour clock: "2335hrs", "0630h"
_CLOCK_RE = re.compile(r"([01]\d|2[0-3])\.?([0-5]\d)|(\d)\.([0-5]\d)")


def _zoned_clock(figure: str) -> float | None:
    """The hour of a 24-hour clock figure written before a zone ("1114", "0630", "19.02", "9.30"), or None."""
    m = _CLOCK_RE.fullmatch(figure)
    if m is None:
        return None
    hour, minutes = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return int(hour) + int(minutes) / 60


# An acronym's plural ("ERs", "ICUs", "MLAs", "SUVs"): its singular is the acronym, kept in capitals.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


# A move in percentage points told in basis points or a fraction: "25 basis points", "50bp", "a quarter point", "a
# quarter of a percentage point", "half a point", "a half-point" ("0.25 percentage points" is read as any count of
# points: its figure alone, what it counts "point").
_POINTS_RE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<bp>basis[- ]points?|bps?\b)"
    r"|(?P<frac>a\s+quarter|a\s+half|half\s+a|three[- ]quarters)(?:[- ]of\s+a)?[- ](?:percentage[- ])?point\b",
    re.IGNORECASE)
_POINT_FRACTIONS = {"three": 0.75, "quarter": 0.25, "half": 0.5}  # "three-quarters" before "quarter"
_POINT_OPENERS = frozenset({"a", "half", "three-quarters", "three"})
_RATE_WORDS = re.compile(r"\b(?:rates?|yields?|interest|inflation|bonds?|repo|mortgage)\b", re.IGNORECASE)


def _points_at(doc: Document, sent: Sentence, toks: list[_Tok], i: int, words: QuantityWords,
               cands: list[tuple[tuple[int, str], ...]]) -> tuple[Quantity, int] | None:
    """A move of a rate in percentage points opening at token ``i`` ("25 basis points", "a quarter point"), read
    in percentage points (the unit in the figure's text) with its direction from the verb before it ("raised"
    -> "rate rise"); None if there is none."""
    m = _POINTS_RE.match(doc.text, toks[i].start)
    if m is None or m.end() > sent.end:
        return None
    if m.group("frac") is not None and "percentage" not in m.group(0).lower() and not _RATE_WORDS.search(sent.text):
        return None  # "half a point" in a chess report; "a quarter point" moves a rate, "rates" or "yield" says so
    if m.group("num") is not None:
        value = float(m.group("num")) / 100
    else:
        frac = m.group("frac").lower()
        value = next(v for w, v in _POINT_FRACTIONS.items() if w in frac)
    last = i
    while last + 1 < len(toks) and toks[last + 1].end <= m.end():
        last += 1
    q = _make(doc, sent, toks, words, cands, i, last + 1, value=value, approx=None, bound="exact", kind="count",
              unit="percentage points", counts="point")
    return _point_move(replace(q, role="", role_text=""), toks, i, words), last + 1


def _point_move(q: Quantity, toks: list[_Tok], i: int, words: QuantityWords) -> Quantity:
    """A move in percentage points (figure at token ``i``) takes its direction from the verb before it ("raised
    rates by 0.25 percentage points" -> "rate rise"); a role of the lexicon read already ("a margin of") stays."""
    if q.role in words.concepts:
        return q
    for k in range(i - 1, max(-1, i - 7), -1):
        if toks[k].low in words.point_moves:
            return replace(q, role=words.point_moves[toks[k].low], role_text=toks[k].text)
    return q


def _quantity_at(
    doc: Document, sent: Sentence, toks: list[_Tok], i: int, words: QuantityWords,
    people: tuple[tuple[int, int], ...], cands: list[tuple[tuple[int, str], ...]] | None = None,
) -> tuple[Quantity | None, int]:
    """The quantity opening at token ``i``, if any, and the token to read next.

    ``cands`` holds the sentence's verb-like words once the first figure has
    read them (see :func:`_sentence_numbers`); a caller trying one token alone
    may leave it out.
    """
    if _ranked(toks, i, words):
        return None, i + 1
    q, nxt = _read_quantity_at(doc, sent, toks, i, words, people, [] if cands is None else cands)
    if q is not None and q.kind == "count" and not q.unit and not q.counts and _others_people(toks, i, nxt, words):
        q = replace(q, unit="others", counts="people")
    if q is not None and q.kind == "count" and not q.unit and not q.counts and not q.role and (
            m := _PARTITIVE_OPENER.match(sent.text)) is not None and q.start >= sent.start + m.end():
        concept = words.roles["count"].get(m.group(1).lower())
        if concept in words.people_roles:
            # "Out of the injured, four are stable and two are burns cases": parts of the people the opener names
            q = replace(q, counts="people", role=concept, role_text=m.group(1))
    if (q is not None and q.kind == "count" and q.counts == "times"
            and (q.value is None or not _OTHER_WORD.search(sent.text[: q.start - sent.start]
                                                           + sent.text[q.end - sent.start:].replace("times", "", 1)))):
        # "knocked on the door several times", a fragment "Three times.": occasions, no figure to set against
        # another outlet's (shots fired several times were read as shots before)
        return None, nxt
    if q is not None and (_span_without_end(doc.text, q) or (
            q.kind == "count" and q.value is None and q.counts in words.abstract_nouns
            and not words.score_cues.intersection(q.actions) and q.role_text.lower() not in words.score_cues)):
        # a vague word over an abstract noun ("several industrial policy goals", "many reasons"): nothing a reader
        # could set against another outlet's figure; a match's "scored several goals" are still goals
        return None, nxt
    return q, nxt


# A sentence that opens on the people a figure is a part of: "Out of the injured, four are stable", "Of the dead, ..."
_PARTITIVE_OPENER = re.compile(r"\W*(?:Out\s+)?[Oo]f\s+(?:the|those)\s+([a-z]+)\s*,")
# Any word at all (a fragment "Three times." has none but its figure's).
_OTHER_WORD = re.compile(r"[A-Za-z]")
# Determiners before a role's plural that make it a noun, no verb of the figure's clause ("related to the charges").
_NOUN_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})
# Endings of a noun's modifier that make it an adjective, which may name what happened ("12 injured people", "2,300
# questionable ballots", "several previous crackdowns"; a record's word, "prior", "earlier", is one too); a noun
# before the head ("rescue boats") only names a kind.
_ADJECTIVE_ENDINGS = ("ed", "en", "able", "ible", "ous", "ive", "ful", "ent", "ant")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
# Words between a figure and its time unit that still make a span: "two further days", "three more weeks".
_SPAN_ADDERS = frozenset({"further", "more", "additional", "extra"})
_RANK_OPENERS = (("among", "the"), ("of", "the"))


def _ranked(toks: list[_Tok], i: int, words: QuantityWords) -> bool:
    """Whether the figure at ``i`` sizes a ranking a thing is placed in, not a count: "among the 10 biggest copper
    producers", "one of the five richest women", "one of the three most visited sites"."""
    if i < 2 or i + 1 >= len(toks) or (toks[i - 2].low, toks[i - 1].low) not in _RANK_OPENERS or (
            toks[i - 2].low == "of" and (i < 3 or toks[i - 3].low != "one")):
        return False  # "Seven of the 10 largest cities": the whole a part is of, a count
    if not (toks[i].text.isdigit() or toks[i].low in words.number_words):
        return False
    nxt = toks[i + 1].low
    return nxt in ("most", "least") or (len(nxt) > 5 and nxt.endswith("est") and nxt not in words.not_superlatives)


def _others_people(toks: list[_Tok], i: int, nxt: int, words: QuantityWords) -> bool:
    """Whether "others" after the figure read from ``i`` to ``nxt`` are people: "Dozens of others were treated",
    "two others were hurt"; not where an earlier figure of the sentence counts things ("two buses burned and three
    others were damaged")."""
    k = nxt + (nxt + 1 < len(toks) and toks[nxt].low == "of")
    if k >= len(toks) or toks[k].low != "others":
        return False
    for m in range(i):
        if toks[m].text[:1].isdigit() or toks[m].low in words.number_words:
            a, b = _noun_phrase(toks, m + 1, words)
            if b > a and _counts(toks[b - 1].low, words, False) != "people":
                return False
    return True


def _read_quantity_at(
    doc: Document, sent: Sentence, toks: list[_Tok], i: int, words: QuantityWords,
    people: tuple[tuple[int, int], ...], cands: list[tuple[tuple[int, str], ...]],
) -> tuple[Quantity | None, int]:
    """The quantity opening at token ``i`` as read, before :func:`_quantity_at` sets aside what counts nothing."""
    tok = toks[i]
    if (tok.text[:1].isdigit() or tok.low in _POINT_OPENERS) and ("point" in sent.text or "bp" in sent.text):
        points = _points_at(doc, sent, toks, i, words, cands)
        if points is not None:
            return points
    if (i >= 2 and toks[i - 1].text == "-" and toks[i - 2].low.endswith("-to") and toks[i - 1].start == toks[i - 2].end
            and tok.start == toks[i - 1].end):
        return None, i + 1  # "an almost 2-to-1 margin": a ratio's second side, no count of one
    if (tok.text.isdigit() and 1 <= i <= 3 and i + 1 < len(toks) and toks[i + 1].text == ":"
            and (i + 2 >= len(toks) or toks[i + 2].start > toks[i + 1].end)  # "At 4:15" is a clock
            and all(_is_word(t) and t.text[:1].isupper() and t.low.rstrip(".") not in _MONTHS
                    and t.low not in words.stop_words for t in toks[:i])):
        return None, i + 1  # "Chandrayaan 2: agency confirms ...": a headline's name with its number, no count
    if i and toks[i - 1].low == MAGNITUDE and 0 < words.number_words.get(tok.low, 0) <= 10:
        # "a magnitude six earthquake", "'Magnitude seven earthquake'": a magnitude in words, as "magnitude 6.1" is
        start = toks[i - 1].start
        return Quantity(start=start, end=tok.end, text=doc.text[start:tok.end], value=float(words.number_words[tok.low]),
                        approx=None, bound="exact", kind="count", unit=MAGNITUDE, counts=MAGNITUDE,
                        sentence=sent.index), i + 1
    if tok.low in _TWICE or tok.low.endswith("fold"):
        fold = _fold_at(doc, sent, toks, i, words)
        if fold is not None:
            return fold, i + 1
    # Dates: "August 7", "Aug. 7, 2019", "7 August 2019".
    if tok.low.rstrip(".") in _MONTHS and tok.text[:1].isupper() and i + 1 < len(toks):
        j = i + 1 + (toks[i + 1].text == ".")
        if j < len(toks) and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", toks[j].text):
            k = j + 1
            if k + 1 < len(toks) and toks[k].text == "," and re.fullmatch(r"\d{4}", toks[k + 1].text):
                k += 2
            elif k < len(toks) and re.fullmatch(r"\d{4}", toks[k].text):
                k += 1
            day = int(re.match(r"\d+", toks[j].text).group())  # type: ignore[union-attr]
            year = toks[k - 1].text if k > j + 1 else ""
            return _make(doc, sent, toks, words, cands, i, k, value=None, approx=None, bound="exact", kind="date",
                         unit=_day(year, _MONTHS[tok.low.rstrip(".")], day), counts="date"), k
    if (len(tok.text) == 4 and tok.text.isdigit() and i + 4 < len(toks) and toks[i + 1].text == "-"
            and toks[i + 3].text == "-" and toks[i + 4].end - tok.start == 10
            and toks[i + 2].text.isdigit() and toks[i + 4].text.isdigit()
            and 1 <= int(toks[i + 2].text) <= 12 and 1 <= int(toks[i + 4].text) <= 31):
        # "2015-10-23", "Update: 2017-05-05 19:48 GMT": a machine date (ISO 8601) in a dateline, one day, never a
        # year, a count and a score
        return _make(doc, sent, toks, words, cands, i, i + 5, value=None, approx=None, bound="exact", kind="date",
                     unit=_day(tok.text, int(toks[i + 2].text), int(toks[i + 4].text)), counts="date"), i + 5
    fig = _FIGURE_RE.match(tok.text)
    if fig and not fig.group(2) and (mag := _magnitude_at(doc, sent, toks, i)) is not None:
        return mag
    if fig and not fig.group(2):
        sport = _sport_at(doc, sent, toks, i)
        if sport is not None:
            return sport
    if fig and not fig.group(2) and not fig.group(3) and i + 1 < len(toks) and toks[i + 1].low in words.time_zones:
        clock = _zoned_clock(fig.group(1))
        if clock is not None:
            # "1114 GMT", "0630 UTC", "19.02 GMT": wire and agency copy give times in a zone, on a 24-hour clock
            return _make(doc, sent, toks, words, cands, i, i + 2, value=clock, approx=None, bound="exact",
                         kind="date", unit="time", counts="time"), i + 2
    if (fig and not fig.group(2) and not fig.group(3) and len(tok.text) == 4 and i + 1 < len(toks)
            and toks[i + 1].low in _HOURS_MARKS and toks[i + 1].start == tok.end):
        clock = _zoned_clock(tok.text)
        if clock is not None:
            # "at about 2335hrs", "0630hrs": police and military statements give a 24-hour clock so
            hedge = _phrase_at(toks, i, words.approximators)
            approx, bound = (hedge[1], words.approximators[hedge[1]]) if hedge else (None, "exact")
            return _make(doc, sent, toks, words, cands, hedge[0] if hedge else i, i + 2, value=clock, approx=approx,
                         bound=bound, kind="date", unit="time", counts="time"), i + 2
    if (not fig or not fig.group(3)) and (ranges := _age_ranges(sent.text)) and any(
            a <= tok.start - sent.start < b for a, b in ranges):
        return None, i + 1  # a figure of an age range ("aged between 18 and 34"): no count, no one person's age
    if fig and not fig.group(2) and not fig.group(3) and words.named_levels:
        level = _named_level(toks, i, words)
        if level is not None:
            # "Signal No. 4": a warning level each outlet may give differently, a row of its own, no count
            return _make(doc, sent, toks, words, cands, level[0], i + 1, value=float(fig.group(1)), approx=None,
                         bound="exact", kind="ordinal", unit=level[1], counts=level[1]), i + 1
    if fig and not fig.group(3) and 2 <= i and i + 1 < len(toks) and toks[i - 1].text == "(" \
            and toks[i + 1].text == ")" and toks[i - 2].low in _WEEKDAYS and _day_of_month(tok):
        return None, i + 2  # "on Tuesday (7)": the day of the month after its weekday (a wire style), no age
    if fig and not fig.group(3) and _listed_day(toks, i, words):
        return None, i + 1  # "on 24, 25 and 30 November": days of one month, the month written once
    if fig and not fig.group(2) and not fig.group(3) and (
            _names_something(toks, i, words) or _opens_a_name(toks, i, words)
            or _in_phone_number(sent.text, tok.start - sent.start)
            or _street_number(toks, i, words) or _in_identifier(sent.text, tok.start - sent.start)):
        return None, i + 1
    if not fig and i and tok.low in words.number_words and toks[i - 1].low in words.name_numbers_any_case \
            and toks[i - 1].text.islower():
        return None, i + 1  # "a category four system", "exit two": a name's number in words, as in figures
    if fig and not fig.group(3):
        special = _figure_pair_at(doc, sent, toks, i, words, cands, fig)
        if special is not None:
            return special
    elif not fig and "-" in tok.low:
        kin = _parent_of(tok.low.split("-"), words)
        if kin is not None:
            # "mum-of-two", "father-of-three": one token, the person's children
            q = _make(doc, sent, toks, words, cands, i, i + 1, value=kin[1], approx=None, bound="exact",
                      kind="count", unit="children", counts="children")
            return replace(q, role=kin[0], role_text=tok.text), i + 1
    # Ordinals: "21st", "fourth day".
    if (fig and fig.group(2) and not fig.group(3)) or (tok.low in words.ordinals and i + 1 < len(toks)):
        if (fig or tok.text[:1].isupper()) and i + 1 < len(toks) and toks[i + 1].text[:1].isupper():
            return None, i + 1  # part of a name: "Fifth Street", "42nd Street", "First Baptist Church"
        if not fig and i + 1 < len(toks) and toks[i + 1].low in words.ordinal_compounds and not (
                i + 2 < len(toks) and _plural(toks[i + 2].low, words)):
            # a noun of its own, no position: "first responders", "first aid", "first lady"; but "the first aid
            # convoys" are the first convoys
            return None, i + 1
        ovalue = float(fig.group(1).replace(",", "")) if fig else float(words.ordinals[tok.low])
        j, k = _noun_phrase(toks, i + 1, words)
        while k - 1 > j and (toks[k - 1].low in words.not_counted or toks[k - 1].low in words.metre_adjectives
                             or (toks[k - 1].low.endswith("ing") and toks[k - 1].low not in words.not_verbs)):
            k -= 1  # "a third blast underground", "a second tremor measuring 4.2": the noun before an adverb or a verb
        if k > j and not (tok.low == "second" and _time_unit(toks[j].low, words)):
            unit = " ".join(t.low for t in toks[j:k])
            if tok.low == "second" and k == j:
                return None, i + 1
            return _make(doc, sent, toks, words, cands, i, i + 1, value=ovalue, approx=None, bound="exact", kind="ordinal",
                         unit=unit, counts=_singular(toks[k - 1].low), np_range=range(j, k)), i + 1
        return None, i + 1
    # Hyphenated figures: "61-year-old" (age), "11-year" / "year-long" (duration).
    if fig and fig.group(3) and fig.group(3).lower() != "-plus":
        tail = fig.group(3).lower().strip("-").split("-")
        hvalue = float(fig.group(1).replace(",", ""))
        hunit = _time_unit(tail[0], words)
        if hunit:
            kind = "age" if tail[-1] == "old" else "duration"
            q = _adjective_limit(_make(doc, sent, toks, words, cands, i, i + 1, value=hvalue, approx=None,
                                       bound="exact", kind=kind, unit=hunit if kind == "duration" else "years",
                                       counts=hunit if kind == "duration" else "age"), toks, i)
            if kind == "age" and ((i <= 2 and _DEFINITE_AGE.match(sent.text)) or (
                    (m := _QUOTED_DEFINITE_AGE.match(sent.text)) is not None
                    and sent.start + m.end() == toks[i].end)):
                # "The 25-year-old trans swimmer, who won ...": the person the sentence before opens with
                q = replace(q, subject=_owner_before(doc, sent, words))
            return q, i + 1
        length = words.lengths.get(tail[0])
        dimension = ""
        if length is None and len(tail[0]) > 1 and tail[0] in words.measures:
            dimension = words.measures[tail[0]][1]
            if dimension == "volume":
                # "two empty 20-litre containers", "a 20,000-litre tank": the size of a vessel, no volume of the story
                return None, i + 1
            length = words.measures[tail[0]][:1] + (0.0,)  # "an 8,200-acre fire", "a 500-hectare farm"
        if length is not None or tail[0] == "seater":
            # "a nearly 200-metre-deep gorge", "a 300-feet deep ravine", "a 2-km stretch": a length written as
            # an adjective; "a 52-seater bus": the seats of a vehicle, its capacity, never the people on board.
            hedge = _phrase_at(toks, i, words.approximators)
            approx, bound = (hedge[1], words.approximators[hedge[1]]) if hedge else (None, "exact")
            unit = length[0] if length is not None else "seat"
            q = _make(doc, sent, toks, words, cands, hedge[0] if hedge else i, i + 1, value=hvalue, approx=approx,
                      bound=bound, kind="count", unit=unit, counts=unit)
            if dimension:
                q = _measure_role(q, dimension, toks, words)  # "a 30-kt crosswind": the wind's speed
            return (q if length is not None else replace(q, role="capacity", role_text=tok.text)), i + 1
        if len(tail) == 1 and tail[0] in words.compound_counts:
            return _compound_count(doc, sent, toks, words, cands, i, hvalue, tail[0]), i + 1
        return None, i + 1
    parts = tok.low.split("-")
    if (len(parts) == 2 and not fig and parts[1] in words.compound_counts and parts[0] in words.number_words
            and words.number_words[parts[0]] >= 2):
        # "a six-hospital chain", "the eight-hospital system": a number in words joined to the thing counted
        return _compound_count(doc, sent, toks, words, cands, i, float(words.number_words[parts[0]]), parts[1]), i + 1
    worded = _worded_span(parts, words) if len(parts) >= 2 and not fig else None
    if worded is not None:
        # "a nine-year veteran", "a seven-year-old boy", "twenty-five-year sentence": a number in words
        # joined to its unit, read as "12-year" is.
        wvalue, wunit = worded
        kind = "age" if parts[-1] == "old" else "duration"
        return _adjective_limit(_make(doc, sent, toks, words, cands, i, i + 1, value=wvalue, approx=None,
                                      bound="exact", kind=kind, unit=wunit if kind == "duration" else "years",
                                      counts=wunit if kind == "duration" else "age"), toks, i), i + 1
    if len(parts) >= 2 and _time_unit(parts[0], words) and parts[-1] in ("long", "old") and i > 0:
        if _time_unit(parts[0], words) != parts[0]:
            return None, i + 1  # "a years-long scheme", "a decades-old feud": some years, no figure
        # "a year-long investigation", "a month-old baby"
        prev = toks[i - 1].low
        avalue = 1.0 if prev in ("a", "an", "one", "the") else words.number_words.get(prev)
        if avalue is not None:
            # "the month-long trial" is one month too; its figure is the word itself, not "the"
            first = i if prev == "the" else i - 1
            hedge = _phrase_at(toks, first, words.approximators)
            approx, bound = (hedge[1], words.approximators[hedge[1]]) if hedge else (None, "exact")
            first = hedge[0] if hedge else first
            kind = "age" if parts[-1] == "old" else "duration"
            unit = _time_unit(parts[0], words) or parts[0]
            return _make(doc, sent, toks, words, cands, first, i + 1, value=avalue, approx=approx, bound=bound, kind=kind,
                         unit=unit, counts=unit if kind == "duration" else "age"), i + 1
    # A share: "two-thirds of", "a third of", "half the", "one in five", "three out of four".
    share = _proportion(toks, i, words)
    if share is not None:
        end, pvalue = share
        hedge = _phrase_at(toks, i, words.approximators)
        approx, bound = (hedge[1], words.approximators[hedge[1]]) if hedge else (None, "exact")
        a, b = _noun_phrase(toks, end, words)
        q = _make(doc, sent, toks, words, cands, hedge[0] if hedge else i, end, value=pvalue, approx=approx,
                  bound=bound, kind="percent", unit=" ".join(t.low for t in toks[a:b]), counts="percent",
                  np_range=range(a, b))
        return q, end
    # "a year ago", "over a year": an article as the figure one, but only with a hedge or "ago".
    if tok.low in ("a", "an") and i + 1 < len(toks) and _time_unit(toks[i + 1].low, words) == toks[i + 1].low:
        hedge = _phrase_at(toks, i, words.approximators)
        after = toks[i + 2].low if i + 2 < len(toks) else ""
        if hedge or after == "ago":
            unit = _time_unit(toks[i + 1].low, words) or toks[i + 1].low
            first = hedge[0] if hedge else i
            approx, bound = (hedge[1], words.approximators[hedge[1]]) if hedge else (None, "exact")
            return _make(doc, sent, toks, words, cands, first, i + 2, value=1.0, approx=approx, bound=bound, kind="duration",
                         unit=unit, counts=unit), i + 2
        return None, i + 1
    # Money with a symbol before the figure: "$85 million", "US$1.2 billion".
    # ... or letters: "Rs 2 lakh", "Rs. 50,000", "KSh2 million", "N5 billion".
    currency = words.currencies.get(tok.low) if not _is_word(tok) or tok.low.endswith("$") \
        else _currency_word(toks, i, words)
    first = i
    if currency and i + 1 < len(toks):
        at = i + 1 + (_is_word(tok) and toks[i + 1].text == ".")  # "Rs. 50,000"
        read = _read_number(toks, at, words) if at < len(toks) else None
        if read is None:
            return None, i + 1
    else:
        currency = None
        read = _read_number(toks, i, words)
        if read is None:
            return None, i + 1
        if i == 0 and fig:
            # The splitter may end a sentence at "Rs." ("sanctioned Rs. | 1,250 crore"): the figure that
            # opens the next one is that money.
            cut = _DOTTED_PREFIX.search(doc.text, max(0, sent.start - 8), sent.start)
            currency = words.currency_prefixes.get(cut.group(1)) if cut else None
    j, value, vague = read
    if currency == "USD" and tok.text == "$":
        # A bare "$" in an article that names its own dollar ("A$", "C$", "AUD") is that dollar.
        currency = _article_dollar(doc) or currency
    # A number word that looks ahead ("scores of") may point past a sentence that ends with it
    # ("SCORES" alone): the figure ends at the last token.
    j = min(j, len(toks))
    if value is not None and j < len(toks) and toks[j - 1].text[:1].isdigit() and toks[j].start == toks[j - 1].end:
        glued = words.glued_scales.get(toks[j].low)
        # "$1.2B", "$86K" as money; "400K users" only before a plural noun ("a 4K TV", "a 10K run" are no
        # thousands of anything)
        if glued is not None and (currency or (glued == 1000 and j + 1 < len(toks) and toks[j + 1].text.islower()
                                               and toks[j + 1].low.endswith("s"))):
            value, j = value * glued, j + 1
        elif (toks[j].text == "s" and i > 0 and toks[i - 1].low in ("his", "her", "their") and 10 <= value < 100
              and value % 10 == 0):
            # "in his 70s", "a woman in her 30s": an age in decades, not a count of "s"
            return _make(doc, sent, toks, words, cands, i, j + 1, value=value, approx=None, bound="approx",
                         kind="age", unit="years", counts="age"), j + 1
    if tok.low in ("hundred", "thousand", "dozen") and i > 0 and toks[i - 1].low in ("a", "an"):
        first = i - 1  # "a hundred and fifty": the article is the figure one
    # "80+ speakers", "40-plus families": the figure and more.
    plus = toks[j - 1].low.endswith("-plus")
    if not plus and j < len(toks) and toks[j].text == "+" and toks[j].start == toks[j - 1].end:
        plus, j = True, j + 1
    # Bare "one" is mostly a pronoun ("one of the workers"); keep it only with a unit.
    if value == 1.0 and vague is None and not fig and j < len(toks) and not _time_unit(toks[j].low, words):
        return None, j
    if " ".join(t.low for t in toks[i : j + 1]) in words.never_counts:
        return None, j
    hedge = _phrase_at(toks, first, words.approximators)
    if (hedge is None and fig and first >= 2 and toks[first - 1].low == "a" and j < len(toks)
            and toks[j].low not in ("%", "percent", "per") and not _year_like(tok)
            and not _singular_noun_at(toks, j, words)):
        # "more than a 100 vaccination teams": an article between the hedge and a figure, written as of "a hundred";
        # "under a 1972 treaty", "over a 2021 fine" are a year's, "a 100 metre dash" a modifier's
        hedge = _phrase_at(toks, first - 1, words.approximators)
    if hedge and hedge[1] == "some" and vague:
        hedge = None
    if (hedge and hedge[1] == "over" and value is not None and value < 10 and j < len(toks)
            and _is_word(toks[j]) and not _time_unit(toks[j].low, words)):
        # "mourn over two mass shootings", "a dispute over three contracts": before a
        # small count of things "over" is the preposition; reporters write "more than"
        # for small figures, and keep "over" for large ones ("over 650 agents").
        hedge = None
    if hedge and hedge[1] == "over" and currency and _names_a_matter(toks, j, words):
        # "chiefs quit over $2.4 billion fraud scandal": the sum names the matter it modifies, and "over" is the
        # preposition "because of"; "raised over $2 million for the clinic" keeps its hedge
        hedge = None
    approx = hedge[1] if hedge else ("plus" if plus else vague)
    bound = words.approximators[hedge[1]] if hedge else ("above" if plus else "approx" if vague else "exact")
    qstart = hedge[0] if hedge else first
    nxt = toks[j].low if j < len(toks) else ""
    # Percentages.
    if (nxt in ("%", "percent", "pct") or (nxt == "per" and j + 1 < len(toks) and toks[j + 1].low == "cent")
            or (j < len(toks) and toks[j].text == "pc")):
        # "pc" in lower case after a figure ("a 15pc pay rise", "fell 3 pc"): Irish, British and Indian papers' per
        # cent; "PCs" and "PC Reid" are police constables or computers, in capitals
        k = j + (2 if nxt == "per" else 1)
        a, b = _noun_phrase(toks, k, words)
        unit = " ".join(t.low for t in toks[a:b])
        return _make(doc, sent, toks, words, cands, qstart, k, value=value, approx=approx, bound=bound, kind="percent",
                     unit=unit, counts="percent", np_range=range(a, b)), k
    if (currency is None and nxt in _DOLLAR_NATIONS and j + 1 < len(toks)
            and toks[j + 1].low in ("dollars", "dollar")):
        # "about 36 billion US dollars", "2 billion Australian dollars": the dollar named by its country (state
        # media and wires write a conversion so: "260 billion yuan (about 36 billion US dollars)")
        currency = _DOLLAR_NATIONS[nxt]
        j += 2
    elif currency is None and j + 1 < len(toks) and toks[j].text[:1].isupper() and _is_word(toks[j]) and (
            national := _national_currency(toks, j, words)) is not None:
        # "20,000 Swiss francs", "15 million Kenyan shillings", "a 2 million Swiss francs payment": the currency
        # named by its country
        currency, j = national
    elif (currency is None and nxt == "u" and j + 4 < len(toks)
          and [t.low for t in toks[j + 1 : j + 5]] in (["." , "s", ".", "dollars"], [".", "s", ".", "dollar"])):
        currency = "USD"  # "U.S. dollars", tokenized letter by letter
        j += 5
    if currency is None and nxt in words.currencies and (nxt != "won" or (value or 0) >= 1000) and (
            nxt != "pound" or toks[j - 1].low in _WORD_SCALES):
        # "2.3 trillion won"; "won" after a small figure is the verb ("Labour's 3 won ..."); "a 3.8 million pound
        # project" is money, "a 2,000 pound bomb" a weight
        currency = words.currencies[nxt]
        if currency == "USD" and nxt in ("dollars", "dollar"):
            # "more than a billion dollars" in an Australian or Canadian outlet is its own dollar, as its "$" is
            # ("US dollars" reads "US" here, never "dollars")
            currency = _article_dollar(doc) or currency
        j += 1
    if currency:
        if (j + 1 < len(toks) and toks[j].text == "-" and toks[j].start == toks[j - 1].end
                and toks[j + 1].low in _RATE_TAILS):
            j += 2  # "US$400,000-a-year", "Sh20 million-a-year": the sum paid each year
        a, b = _noun_phrase(toks, j, words)
        return _make(doc, sent, toks, words, cands, qstart, j, value=value, approx=approx, bound=bound, kind="money",
                     unit=currency, counts=currency, np_range=range(a, b)), j
    measure = _measure_at(toks, j, words) if value is not None and nxt else None
    if measure is None and value is not None and fig and not hedge:
        if _wind_direction(toks, i, j, words):
            return None, j  # "wind from 260 at 18 kt": a bearing in degrees, no count
        gust = _gust_unit(toks, i, j, words)
        if gust is not None:
            measure = (j, gust[0], gust[1])
    if measure is not None:
        # "90 km/h", "45C", "43 degrees Celsius", "15,000 hectares": a measure in its unit, compared across units.
        end, name, dimension = measure
        if not hedge and first and toks[first - 1].low in words.measure_limits:
            bound = words.measure_limits[toks[first - 1].low]  # "below 2.5 nmol/L": the limit, bounded
        a, b = _noun_phrase(toks, end, words)
        q = _make(doc, sent, toks, words, cands, qstart, j, value=value, approx=approx, bound=bound, kind="count",
                  unit=name, counts=name, np_range=range(a, b))
        return _measure_role(q, dimension, toks, words), end
    # Durations and ages: "in 11 years", "19 years", "42 years old", "three days".
    if (nxt in _SPAN_ADDERS and j + 1 < len(toks) and _plural(toks[j + 1].low, words)
            and _time_unit(toks[j + 1].low, words)):
        # "two further days of strike action", "for three more weeks": a span, the adjective between
        j += 1
        nxt = toks[j].low
    dunit = _time_unit(nxt, words) if nxt else None
    if dunit:
        if hedge and hedge[1] == "over" and not (j + 1 < len(toks) and toks[j + 1].low == "ago"):
            # "over two years" is a period ("across two years"), not "more than two years";
            # "over a year ago" keeps its hedge.
            approx, bound, qstart = None, "exact", first
        if j + 1 < len(toks) and toks[j + 1].low == "old":
            tail = " ".join(t.low for t in toks[j + 2:j + 4])
            if not hedge and tail in _AGE_OR_TAILS:
                bound = _AGE_OR_TAILS[tail]  # "4 years old or younger": an age limit, the figure its bound
            return _make(doc, sent, toks, words, cands, qstart, j + 2, value=value, approx=approx, bound=bound, kind="age",
                         unit="years", counts="age"), j + 2
        return _make(doc, sent, toks, words, cands, qstart, j + 1, value=value, approx=approx, bound=bound, kind="duration",
                     unit=dunit, counts=dunit), j + 1
    # Ages in apposition: "Rosa Delgado, 42, a crane operator"; "aged 42".
    if value is not None and value < 125 and not hedge and (fig or (i and toks[i - 1].low in ("aged", "and"))):
        ptok, ptok2 = (toks[i - 1] if i else None), (toks[i - 2] if i > 1 else None)
        # "aged 42", "aged seven"; the second of a list after it: "two daughters, aged five and three"
        aged = ptok is not None and (ptok.low == "aged" or (
            ptok.low == "and" and i >= 3 and toks[i - 3].low == "aged" and ptok2 is not None
            and (ptok2.text[:1].isdigit() or ptok2.low in words.number_words)))
        appositive = (
            ptok is not None and ptok.text == "," and ptok2 is not None and ptok2.text[:1].isupper()
            and (j >= len(toks) or toks[j].text in (",", ")", ";", "."))
        ) or (
            # "Driver Mahendra Singh Negi (48)", "Priya Sharma (34), a teacher": Indian and UK tabloid style
            ptok is not None and ptok.text == "(" and ptok2 is not None and _is_word(ptok2)
            and ptok2.text[:1].isupper() and j < len(toks) and toks[j].text == ")"
        )
        # "Jaylen Reed, then 17, shot...", "Reed, now 18,": an age at another time, in apposition all the same
        timed = (ptok is not None and ptok.low in ("then", "now") and ptok2 is not None and ptok2.text == ","
                 and i > 2 and toks[i - 3].text[:1].isupper() and _is_word(toks[i - 3])
                 and j < len(toks) and toks[j].text in (",", ")", ";"))
        if aged or appositive or timed:
            q = _make(doc, sent, toks, words, cands, i, j, value=value, approx=None, bound="exact", kind="age",
                      unit="years", counts="age")
            # "Daniel Price, 34", "Mr Hussain, aged 52", "Hussain aged 52": the name just before.
            name_end = i - 2 - ((aged or timed) and i > 2 and toks[i - 2].text == ",")
            return replace(q, subject=_name_before(doc, toks, name_end, words)), j
    # A time told as "six o'clock": the hour.
    if value is not None and not hedge and 1 <= value <= 12 and nxt in ("o’clock", "o'clock"):
        return _make(doc, sent, toks, words, cands, i, j + 1, value=value, approx=None, bound="exact", kind="date",
                     unit="time", counts="time"), j + 1
    # Years: a bare four-digit figure after "in", "since", a month...
    if fig and value is not None and 1800 <= value <= 2100 and "," not in tok.text and "." not in tok.text:
        prev_low = toks[i - 1].low if i else ""
        # ... or before a name ("a 2024 U.S. Supreme Court ruling", "cited 2019 Census Bureau figures"):
        # a count of 2,024 would be written with a comma. "a 2024 ruling": "a" before a figure
        # makes it a modifier, and a four-digit modifier is a year.
        named = j < len(toks) and toks[j].text[:1].isupper() and not hedge
        if j < len(toks) and toks[j].text == "s" and toks[j].start == tok.end:
            # "its 1980s peak", "in the 1990s": a decade, no count of 1,980 of anything
            return _make(doc, sent, toks, words, cands, i, j + 1, value=value, approx=None, bound="exact",
                         kind="date", unit="decade", counts="decade"), j + 1
        # "by mid-2027", "in early-2025": the word before the hyphen makes it a year
        mid = prev_low == "-" and i >= 2 and toks[i - 2].low in ("mid", "early", "late", "pre", "post")
        # a mark after it, nothing counted: "for 2016‚ though" (a low comma), "fees for 2016 - Times LIVE" (a spaced
        # dash: "1500-2000 people" is a range, glued)
        marked = nxt in _YEAR_MARKS or (nxt in _DASHES and toks[j].start > tok.end and j + 1 < len(toks)
                                         and not toks[j + 1].text[:1].isdigit())
        if (mid or prev_low in _YEAR_CUES or prev_low.rstrip(".") in _MONTHS or i == 0 or marked
                or _year_span(toks, i, j, words)
                or named or (prev_low in ("a", "an") and not hedge) or (not hedge and _singular_noun_at(toks, j, words))):
            return _make(doc, sent, toks, words, cands, i, i + 1, value=value, approx=None, bound="exact", kind="date",
                         unit="year", counts="year"), i + 1
    # A parent's children: "a mother of two", "grandmother of five", "father of three young children".
    if value is not None and first >= 2 and toks[first - 1].low == "of" and toks[first - 2].low in words.parents:
        # What follows is the children ("two young children", "two teenagers") or the clause ("two told
        # reporters"): the figure counts the children either way.
        a, b = _noun_phrase(toks, j, words)
        children = b > a and (toks[b - 1].low in words.child_nouns or (
            _plural(toks[b - 1].low, words) and toks[a].low not in _IDLE_VERBS
            and not toks[a].low.endswith(("ed", "ing"))))  # "a father of two teenagers"
        if not children:
            a = b = j
        q = _make(doc, sent, toks, words, cands, qstart, j, value=value, approx=approx, bound=bound, kind="count",
                  unit=" ".join(t.low for t in toks[a:b]) or "children", counts="children", np_range=range(a, b))
        return replace(q, role=words.parents[toks[first - 2].low], role_text=toks[first - 2].text), j
    # Counts: what follows is what is counted; "300 of the 680 aliens" counts aliens.
    a = j
    if (value is None and a + 1 < len(toks) and toks[a].text in ('"', "”", "’") and toks[a + 1].low == "of"
            and qstart > 0 and toks[qstart - 1].text in ('"', "“", "‘")):
        a += 1  # a quoted magnitude: would safeguard "tens of thousands" of jobs
    if a < len(toks) and toks[a].low == "of":
        a += 1
        while a < len(toks) and (toks[a].low in _PARTITIVE_DETS or toks[a].low.endswith(("'s", "’s"))):
            a += 1  # "all six of the network's hospitals": the possessor is no thing counted
        inner = _read_number(toks, a, words) if a < len(toks) else None
        if inner is not None:
            a = inner[0]
        elif a < len(toks) and _people_noun(toks, a, words):
            # "Three of the injured", "Two of the dead", "Nine of those arrested": the word
            # names people by what happened to them; the predicate may still say more
            # ("Eleven of those arrested have been charged").
            q = _make(doc, sent, toks, words, cands, qstart, j, value=value, approx=approx, bound=bound,
                      kind="count", unit=toks[a].low, counts="people", np_range=range(a, a + 1))
            return q, j
    if a == j and a + 2 < len(toks) and toks[a].low == "head" and toks[a + 1].low == "of":
        a += 2  # "60 head of cattle": livestock counts the animals
    a, b = _noun_phrase(toks, a, words)
    if b > a > j and toks[a - 1].low in _OBJECT_PRONOUNS and toks[a].low.endswith("ing"):
        # "several of them citing the cost": a participle after "of them" is what they did, no noun counted
        a = b = j
    if a == j + 0 and b == a and j < len(toks) and toks[j].low == "of":
        a = b = j
    if (b > a == j and qstart > 0 and toks[qstart - 1].low in _COMPLEMENT and _verblike(toks[a].low, words)
            and toks[a].low not in words.person_nouns
            # "the names of seven confirmed victims": a participle before a noun of people is its adjective
            and not (b - a >= 2 and _counts(toks[b - 1].low, words, False) == "people")
            # and so it is after "there are": "There are five derailed tanker cars", "there were three damaged
            # trucks" (the figure opens its own noun phrase, no complement of a clause before)
            and not (b - a >= 2 and qstart >= 2 and toks[qstart - 2].low == "there" and _plural(toks[b - 1].low, words))):
        # "a crowd police put at close to 800 hurled bottles", "estimated at 500 smashed windows": the figure
        # completes the estimate, and the verb after it is the crowd's; what it counts is said before.
        a = b = j
    if (value is None and a == j + 1 and b == a + 1 and toks[j].low == "of" and toks[a].low in words.currencies
            and toks[a].text.isalpha() and toks[a].low != "won"):
        # "fines in the tens of millions of dollars", "millions of pounds": a vague sum, money in that currency
        currency = words.currencies.get(toks[a].low, "")
        if currency == "USD":
            currency = _article_dollar(doc) or currency
        if currency:
            q = _make(doc, sent, toks, words, cands, qstart, b, value=value, approx=approx, bound=bound,
                      kind="money", unit=currency, counts=currency, np_range=range(b, b))
            return q, b
    unit = _unit_text(doc, toks, a, b)
    base = _rate_base(toks, b, words) if a == j else None
    if base is not None:
        # "41 cases per 100,000 residents": a rate, compared only with rates of the same base.
        end, per = base
        return _make(doc, sent, toks, words, cands, qstart, end, value=value, approx=approx, bound=bound,
                     kind="rate", unit=unit, counts=f"per {per}", np_range=range(a, b)), end
    if (b == a == j and a < len(toks) and words.roles["count"].get(toks[a].low) in _TOLL_WORDS
            and not _plural(toks[a].low, words) and _people_noun(toks, a, words)):
        # "Over 102 injured were still being treated", "40 wounded were flown out": a toll's participle the noun
        # phrase stops at (a participle before a verb starts a clause) is the people counted all the same
        b = a + 1
        unit = _unit_text(doc, toks, a, b)
    # the people of a possessive before the noun are not what it counts ("169 farmers' demonstrations")
    owned = next((m + 1 for m in range(b - 2, a - 1, -1) if toks[m].text in _APOSTROPHES
                  and toks[m].start == toks[m - 1].end), a) if b - a > 2 else a
    is_people = b > a and _overlaps(people, toks[owned].start, toks[b - 1].end)
    counts = _counts(toks[b - 1].low, words, is_people or _demonym(toks[b - 1].text)) if b > a else ""
    if (b == a + 1 and counts != "people" and not _plural(toks[a].low, words)
            and words.roles["count"].get(toks[a].low) in _TOLL_WORDS
            and _people_noun(toks, a, words)):
        counts = "people"  # "Dozens dead or missing", "23 dead": a word of a toll names the people it counts
    if b > a and counts != "people" and _ACRONYM_PLURAL.fullmatch(toks[b - 1].text):
        counts = toks[b - 1].text[:-1]  # "Three ICUs", "two MLAs": the acronym as written, not "icus"
        counts = words.thing_names.get(counts.lower(), counts)  # "104,312 NEVs": vehicles, as "cars" are
    if b - a >= 2 and toks[b - 2].low == "attempted" and counts and counts != "people":
        counts = f"attempted {counts}"  # "40 attempted murders": no murders, a crime of its own kind
    if b > a and toks[a].low in words.lengths:
        counts = words.lengths[toks[a].low][0]  # "150 meters", "4 km short of": one name per unit of length
    elif b > a and toks[a].text == "m" and _metres_glued(toks, a - 1, a, words):
        counts = words.lengths["metre"][0]  # "a nearly 80m stretch": metres (see _read_number)
    if b > a and toks[b - 1].low in words.person_nouns | {"asylum"} and b - a >= 2:
        counts = "people"
    elif b > a and counts != words.service_name and _service_place(toks, a, b, words):
        counts = words.service_name  # "four remaining abortion facilities" are the "five clinics" of another outlet
    if b == a and not counts and _group_of(toks, qstart, words):
        # "a crew of eight", "a family of four": the group's noun, before the figure, says what it counts
        counts = _counts(toks[qstart - 2].low, words, True)
        unit = toks[qstart - 2].text
    q = _make(doc, sent, toks, words, cands, qstart, j, value=value, approx=approx, bound=bound, kind="count",
              unit=unit, counts=counts, np_range=range(a, b))
    if counts == "point" and unit.lower().endswith(("percentage points", "percentage point")):
        q = _point_move(q, toks, i, words)  # "raised rates by 0.25 percentage points": a rate rise
    if q.role == "fired" and counts == "people" and q.role_text.lower().startswith("discharg"):
        # "10 patients were discharged from hospital": people discharged are let go (from a ward, a unit, a
        # prison), never shots fired; the shots' sense needs a weapon or rounds
        q = replace(q, role="", role_text="")
    # "a jet with 91 passengers", "The bus, with 30 passengers, overturned", "with 91 passengers and a crew of
    # eight flying from Lahore": the vehicle's load, on board; a verb after is the vehicle's ("crashed with 150
    # passengers" keeps its verb, as before "on board")
    carried = (toks[b - 1].low if b > a else toks[qstart - 2].low if counts and _group_of(toks, qstart, words)
               else "")
    if carried in words.passenger_nouns and q.role not in words.concepts:
        w = qstart - 1 if b > a else _coordinated_lead(toks, qstart, words)
        if w is not None and w >= 1 and toks[w].low == "with" and not _verblike(toks[w - 1].low, words):
            q = replace(q, role="on board", role_text=toks[w].text)
    if q.role in _LIVING_ROLES and b > a and words.roles["count"].get(toks[b - 1].low) == "killed":
        # "Eleven dead bodies have been brought to the hospital", "pulled 20 bodies from the rubble": the dead are
        # no patients and no one rescued, whatever is done with them; their noun names the toll
        q = replace(q, counts="people", role="killed", role_text=toks[b - 1].text)
    if q.role == "on board" and qstart > 1 and toks[qstart - 1].low == "with" and _verblike(toks[qstart - 2].low, words):
        # "vanished with 239 people on board", "capsized with 50 aboard": the figure is a circumstance of the
        # verb before it, which says what happened to them (as it did before "on board" was a role).
        role, role_text = _generic(toks[qstart - 2], words)
        q = replace(q, role=role, role_text=role_text)
    if q.role == "capacity" and counts == "people" and _set_against(toks, j, words):
        # "hosting 412 people against a capacity of 250": the people present, measured against the capacity
        # that the next figure gives; the verb before says what they are
        verb = toks[qstart - 1] if qstart else None
        role, role_text = _generic(verb, words) if verb is not None and _verblike(verb.low, words) else ("", "")
        q = replace(q, role=role, role_text=role_text)
    if q.role == "capacity":
        # "a seating capacity of 42", "designed to carry 40 passengers": seats, so the figure never pairs with
        # the people on board ("carrying 60-plus people"), though capacities of two outlets pair.
        return replace(q, counts="seat"), j
    # "more than 4,000 were injured", "24 others", "four deaths", "29 hospitalizations":
    # what happens only to people makes the figure a count of people.
    noun_role = b > a and (words.roles["count"].get(toks[b - 1].low) == q.role
                           or (bool(words.noun_roles.get(toks[b - 1].low)) and q.role in words.people_roles))
    if (q.role in words.people_roles and not counts and qstart >= 2 and toks[qstart - 1].low == "of"
            and toks[qstart - 2].low in words.mark_nouns
            and q.role_text and doc.text.find(q.role_text, sent.start, toks[qstart].start) >= 0):
        # "crossed the halfway mark of 116": a bare figure completing a noun ("mark of", "majority of") is that
        # noun's measure; the verb before is said of the clause's subject, not of people the figure counts
        q = replace(q, role="", role_text="")
    if (q.role == "on board" and b > a and b < len(toks) and toks[b].low == "of" and not noun_role
            and counts not in ("", "people", "other", "more") and toks[b - 1].low not in words.person_nouns
            and doc.text.find(q.role_text, sent.start, toks[qstart].start) >= 0):
        # "carrying two copies of the gene", "carried three bags of rice": a measure of something ("copies of",
        # "bags of") counts things; "carrying" them puts no people on board
        q = replace(q, role="", role_text="")
    if (q.role in words.people_roles and q.role not in _STATE_ROLES
            and _is_record(toks, qstart, j, b, noun_role, words)):
        # (where people live is a state, not a tally of events: "has housed about 160 asylum seekers since 2024"
        # is how many live there now)
        # "41 deaths since 2019", "had two arrests this year": a record, not the story's own deaths or arrests.
        return replace(q, role="record"), j
    if q.role in words.people_roles and counts != "people" and (counts in ("", "other", "more") or noun_role):
        q = replace(q, counts="people")
    elif q.role in words.people_roles and (counts in words.tally_nouns or counts in words.shot_nouns):
        # What happens only to people says nothing of votes and ballots: "1,093 mail ballots that arrived"
        # did not cross a border, "ballots that showed up" are no crowd. The verb is kept as written. (Other
        # nouns may name people the lexicon does not list: "officers injured".)
        q = replace(q, role=_generic(_Tok(0, 0, q.role_text, q.role_text.lower()), words)[0])
    # "two rounds of amendments", "three rounds of talks", "hit by two rounds of layoffs": a round of something
    # other than ammunition is no shot
    other_round = (counts != "times" and b + 1 < len(toks) and toks[b].low == "of"
                   and toks[b + 1].low not in words.ammunition)
    if (counts == "times" or counts in words.shot_nouns) and not (other_round and q.role != "fired"):
        # a spent casing found ("police recovered five shell casings") is one shot fired, whatever the verb
        if (q.role == "fired" or q.role_text.lower() in words.shot_verbs or (counts != "times" and not q.role)
                or counts == "casing"):
            # "fired six rounds", "shot at least five times", "discharged his weapon seven times": shots fired.
            q = replace(q, counts="shot", role="fired")
    by = qstart - 1 - (qstart > 1 and toks[qstart - 1].low == "just")  # "by just 249 votes"
    if (counts in words.tally_nouns and by >= 0 and toks[by].low == "by" and "margin" in words.concepts
            and (q.role not in words.concepts or q.role in words.people_roles)):
        # "kept her job by 257 votes", "trailed Dunleavy by 431 votes": by so many votes is a margin;
        # so is "held on to City Hall by just 249 votes" (no one is held: votes are no people).
        return replace(q, role="margin", role_text=toks[by].text), j
    if (qstart >= 3 and q.role in ("", "margin", "received") and toks[qstart - 1].low in ("of", "the")
            and (toks[qstart - 2].low == "of" or toks[qstart - 1].low == "of")):
        before = qstart - 2 - (toks[qstart - 1].low == "the")
        if before >= 0 and _FIGURE_RE.match(toks[before].text) or (
                before >= 1 and toks[before].low in ("out",) and _FIGURE_RE.match(toks[before - 1].text)):
            # "winning 118 of the 230 assembly seats to secure a narrow majority": the whole the first figure
            # is part of (a chamber's size) is neither won nor a margin; what else the clause says of the whole
            # stays ("987 of the 1,146 mail ballots that arrived")
            # (role "total" is no concept of the lexicon, which no word says: "73 in all" is the total of what
            # its sentence counts, and keeps that role)
            q = replace(q, role="total", role_text=toks[qstart - 1].text)
    if counts in words.won_nouns and q.role == "received":
        subject = _candidate(doc, toks, qstart, b, words)
        if subject:
            # "The JVM won 83 seats": that party's seats, never another's
            q = replace(q, subject=re.sub(r"^(?:The|A|An) ", "", subject))
    if counts in words.tally_nouns and (not q.role or q.role == "received" or q.role not in words.concepts):
        subject = _candidate(doc, toks, qstart, b, words)
        if subject:
            # "Hollis received 22,310 votes", "gave Baptiste 21,977 votes": that candidate's votes.
            q = replace(q, role="received", subject=subject, role_text=q.role_text or subject)
    return q, j


def _names_a_matter(toks: list[_Tok], j: int, words: QuantityWords) -> bool:
    """Whether the words right after a sum (up to three, lower case, no stop word) end in a matter's noun
    ("$2.4 billion fraud scandal", "a $40m bribery affair"): the sum is then the matter's adjective."""
    for tok in toks[j:j + 3]:
        if not _is_word(tok) or not tok.text[:1].islower() or tok.low in words.stop_words:
            return False
        if tok.low in words.over_matters:
            return True
    return False


def _set_against(toks: list[_Tok], j: int, words: QuantityWords) -> bool:
    """Whether a capacity after the figure ending at ``j`` is set against it ("412 people against a capacity of
    250", "well over its capacity"): "against", "over", "beyond" or "exceeding" before the capacity word."""
    for m in range(j, min(len(toks), j + _WINDOW)):
        if toks[m].low in _SENTENCE_STOPS:
            return False
        if words.roles["count"].get(toks[m].low) == "capacity":
            return any(t.low in ("against", "over", "beyond", "exceeding", "exceeds", "above") for t in toks[j:m])
    return False


def _measure_at(toks: list[_Tok], j: int, words: QuantityWords) -> tuple[int, str, str] | None:
    """The unit of a measure at token ``j`` ("km/h", "degrees Celsius", "ha"): (next index, name, dimension)."""
    for n in (3, 2, 1):
        if j + n > len(toks):
            continue
        spec = words.measures.get(" ".join(t.low for t in toks[j : j + n]))
        if spec is None:
            continue
        if n == 1 and len(toks[j].text) == 1 and not (toks[j].text.isupper() and toks[j].start == toks[j - 1].end
                                                      and (j + 1 == len(toks) or not _is_word(toks[j + 1])
                                                           or toks[j + 1].start > toks[j].end)):
            return None  # a lone "C" or "F" is a temperature only glued to its figure: "45C", not "45 C-130s"
        return j + n, spec[0], spec[1]
    return None


_GUST_SKIP = frozenset({"of", "up", "to", "at", "reaching", "reached", "as", "high", "peak", "peaking", "peaked"})
_RANGE_WORDS = frozenset({"ranging", "range", "ranged", "ranges", "varying", "anywhere"})  # "ranging from 100 to 150"
GUST = "gust"  # the role_text of a gust's speed (its role is "wind", as a plain wind's)
EARLIER = "earlier"  # the role of the first figure of "from 120 km/h to 195 km/h"
SUSTAINED = "sustained"  # the role_text of a wind's speed said to be sustained ("maximum sustained winds of 180 km/h")


def _gust_unit(toks: list[_Tok], i: int, j: int, words: QuantityWords) -> tuple[str, str] | None:
    """The unit of a bare figure after "gusting" ("18 kt gusting 31", "winds of 40 mph gusting to 60"): the speed
    measured earlier in the sentence, which weather copy does not repeat. (name, dimension) or None."""
    if j < len(toks) and _is_word(toks[j]) and (_plural(toks[j].low, words) or toks[j].low in words.person_nouns):
        return None  # a noun of its own follows: "gusting 40 people said" is no speed
    k = i - 1
    while k >= 0 and toks[k].low in ("to", "of", "at", "up"):
        k -= 1
    if k < 1 or toks[k].low not in words.gust_words:
        return None
    for m in range(k - 1, max(-1, k - 6), -1):
        found = _measure_at(toks, m, words) if toks[m - 1].text[:1].isdigit() else None
        if found is not None and found[2] == "speed":
            return found[1], found[2]
    return None


def _wind_direction(toks: list[_Tok], i: int, j: int, words: QuantityWords) -> bool:
    """Whether the figure at ``i`` is a wind's bearing: "wind from 260 at 18 kt", "winds 240 degrees at 15 knots"."""
    text = toks[i].text
    if not (text.isdigit() and len(text) == 3 and int(text) <= 360 and i >= 2):
        return False
    before = toks[i - 1].low == "from" and toks[i - 2].low in words.wind_words
    return before and j < len(toks) and toks[j].low in ("at", "degrees", "°")


def _measure_role(q: Quantity, dimension: str, toks: list[_Tok], words: QuantityWords) -> Quantity:
    """A measure's role: a speed in a sentence of wind is the wind's; a temperature has none; an area keeps its
    verb ("15,000 hectares burned"). The verbs near a speed or a temperature ("hit", "fanned") say nothing
    about what is measured."""
    if dimension == "speed":
        at = next((n for n, t in enumerate(toks) if t.start >= q.start), len(toks))
        k = at - 1
        if k >= 1 and toks[k].low == "from" and toks[k - 1].low not in _RANGE_WORDS:
            # "winds jumped from 120 km/h to 195 km/h", "up from 90 km/h": an earlier reading, no figure of now
            return replace(q, role=EARLIER, role_text="from")
        while k >= 0 and k >= at - 4 and toks[k].low in _GUST_SKIP:
            k -= 1
        if k >= 0 and toks[k].low in words.gust_words:
            # "gusts of up to 220 kph", "gustiness of up to 215 km/h", "gusting to 225 km/h": a gust is measured
            # apart from the sustained wind, and outlets give both
            return replace(q, role="wind", role_text=GUST)
        if any(t.low in words.sustained_words for t in toks[max(0, at - 6):at]):
            # "maximum sustained winds of 180 kph", "average wind speeds of 90 km/h": the wind itself, never a gust
            return replace(q, role="wind", role_text=SUSTAINED)
        windy = any(t.low in words.wind_words for t in toks)
        return replace(q, role="wind" if windy else "", role_text="wind" if windy else "")
    if dimension in ("temperature", "concentration"):
        # "contained 14 ng/mL", "showed 0.08 mg/L": the verb says nothing about what is measured
        return replace(q, role="", role_text="")
    if q.role in words.people_roles:
        # "seized 4,800 litres of arrack": what happens only to people (here "abducted") says nothing of a
        # liquid or an area; the verb is kept as written
        verb = q.role_text.lower()
        return replace(q, role=verb if verb.isalpha() else "", role_text=q.role_text if verb.isalpha() else "")
    return q


def _singular_noun_at(toks: list[_Tok], j: int, words: QuantityWords) -> bool:
    """Whether a lower-case noun phrase in the singular opens at ``j``: "2024 market liquidity" (a year
    modifying a noun; 2,024 of something would be plural)."""
    if j >= len(toks) or not toks[j].text[:1].islower():
        return False
    a, b = _noun_phrase(toks, j, words)
    return b > a and not toks[b - 1].low.endswith("s") and toks[b - 1].low not in words.person_nouns


def _is_record(toks: list[_Tok], qstart: int, j: int, b: int, noun_role: bool, words: QuantityWords) -> bool:
    """Whether a count of what happens to people is a tally over time ("41 deaths since 2019", "had two arrests").

    Read from a span of time near the figure (``record_cues``): after it, up to the sentence's next stop, or
    before it ("Since its creation in 2019 the office has reviewed 41 deaths"); "since" needs a year, "in the
    past" a span of years. A count of event nouns that someone has or had ("had two arrests this year") is his
    record too.
    """
    n = len(toks)
    if noun_role and qstart > 0 and toks[qstart - 1].low in ("had", "has", "have"):
        return True
    lo = qstart
    while lo > 0 and qstart - lo < 12 and toks[lo - 1].low not in _SENTENCE_STOPS:
        lo -= 1
    hi = max(j, b)
    while hi < n and hi - b < 8 and toks[hi].low not in _SENTENCE_STOPS:
        hi += 1
    for m in (*range(lo, qstart), *range(max(j, b), hi)):
        low = toks[m].low
        for cue in words.record_cues:
            if low != cue[0] or tuple(t.low for t in toks[m : m + len(cue)]) != cue:
                continue
            after = toks[m + len(cue) : m + len(cue) + 4]
            if cue[0] == "since":
                if any(re.fullmatch(r"(?:18|19|20)\d\d", t.text) for t in after):
                    return True
            elif cue[0] in ("in", "over"):
                if any(_time_unit(t.low, words) in ("year", "decade") for t in after):
                    return True
            elif not (after and after[0].low == "ago"):
                return True
    return False


_SENTENCE_STOPS = frozenset({".", ";", "!", "?", ":"})


def _candidate(doc: Document, toks: list[_Tok], qstart: int, b: int, words: QuantityWords) -> str:
    """Whose votes a tally is, where the sentence names a candidate; "" if it does not.

    "22,310 votes for Hollis"; "Hollis received 22,310 votes", "Labour's Jo Platt polled 19,114" (a verb of
    the ``received`` role between); "gave Baptiste 21,977 votes" (a giving verb before the name);
    "Baptiste's 21,977 votes".
    """
    n = len(toks)
    if b + 1 < n and toks[b].low == "for" and toks[b + 1].text[:1].isupper() and _is_word(toks[b + 1]):
        end = b + 1
        while end + 1 < n and end - b < 3 and toks[end + 1].text[:1].isupper() and _is_word(toks[end + 1]):
            end += 1
        return doc.text[toks[b + 1].start : toks[end].end]
    m = qstart - 1
    if m < 1:
        return ""
    received = words.roles["count"].get(toks[m].low) == "received"
    if received:
        m -= 1
        if m >= 1 and toks[m].low in ("had", "has", "have"):
            m -= 1  # "the RSD had won 116 seats", "Hollis has received 22,310 votes"
    tok = toks[m] if m >= 0 else None
    if tok is None or not _is_word(tok) or not tok.text[:1].isupper() or tok.low.rstrip(".") in _MONTHS:
        return ""
    possessive = tok.low.endswith(("'s", "’s"))
    name = _name_before(doc, toks, m, words)
    first = m - len(name.split()) + 1
    if not (received or possessive or (first > 0 and toks[first - 1].low in words.giver_verbs)):
        return ""
    parts = name.split()
    while len(parts) > 1 and parts[0].lower().endswith(("'s", "’s")):
        parts = parts[1:]  # "Labour's Jo Platt": the party is not the name
    return re.sub(r"['’]s$", "", " ".join(parts))


# --- comparing outlets -------------------------------------------------------


def _verbs(q: Quantity) -> set[str]:
    return {_stem(w) for w in q.actions}


def _role_key(q: Quantity, concepts: frozenset[str]) -> str:
    """What two roles are compared by: a concept of the lexicon or a parent as it is, a verb in none by its stem.

    A verb in no concept is kept readable in ``role`` ("involved"); its stem,
    from the word as written, is what matches another wording of it
    ("involved", "involving").
    """
    if not q.role or q.role in concepts or q.counts == "children":
        return q.role  # a count of "children" is a parent's ("a mother of two"): its role is the parent
    return _stem(q.role_text.lower())


def _roles_clash(a: Quantity, b: Quantity, concepts: frozenset[str]) -> bool:
    """Both figures say what happened, in two different concepts of the lexicon: killed vs missing."""
    if a.role == b.role:
        # the cheap test first: one role (one concept, or one verb as written) is never a clash, but for a wind's:
        # a gust is not the sustained wind; a gust and a plain "95km/h winds" may be one figure (outlets call
        # gusts winds)
        return a.role == "wind" and {a.role_text, b.role_text} == {GUST, SUSTAINED}
    if a.role == EARLIER or b.role == EARLIER:
        return True  # an earlier reading ("from 120 km/h") is no figure of now
    if not a.role or not b.role:
        return False
    ka, kb = _role_key(a, concepts), _role_key(b, concepts)
    return ka != kb and ka in concepts and kb in concepts


# Hours in a unit of time, to tell one span told in two units ("three days", "72 hours"); a month is a twelfth of
# a Julian year, so "18 months" and "540 days" are within rounding.
_SPAN_HOURS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "night": 24.0, "week": 168.0,
               "month": 730.5, "year": 8766.0, "decade": 87660.0}


def _one_span(a: Quantity, b: Quantity, within: float = 1.03) -> bool:
    """Whether two durations are one span in two units, within rounding ("two weeks" and "14 days")."""
    ha, hb = _SPAN_HOURS.get(a.counts), _SPAN_HOURS.get(b.counts)
    if not (ha and hb and a.value and b.value):
        return False
    ratio = (a.value * ha) / (b.value * hb)
    return 1 / within <= ratio <= within


def _figure(q: Quantity) -> float | str | None:
    """What two wordings of one figure share: the value; a tally's "6-3"; a calendar day's month and day."""
    if q.kind == "tally":
        return q.unit
    if q.kind == "date" and q.value is None and q.unit[-3:-2] == "-":
        return q.unit[-5:]
    return q.value


def _in_digits(q: Quantity) -> bool:
    """Whether a figure is written in digits ("50%", "3.1 per cent"), not in words ("half", "one in five")."""
    return any(ch.isdigit() for ch in q.text)


def _told_alike(a: Quantity, b: Quantity) -> bool:
    """Whether two shares (one or both with no role) are told alike: both in digits or both in words, one hedge.

    A share with no role says nothing of what it is a share of, so only its wording ties two of them: "3.1%" and
    "3.1 per cent" (inflation told twice) are one figure, but a loose "almost half" (of universities in deficit),
    "half" (of the members) and "a 50% threshold" are three facts that happen to be near one value.
    """
    return a.bound == b.bound and _in_digits(a) == _in_digits(b)


def _same_thing(a: Quantity, b: Quantity, same_article: bool, concepts: frozenset[str], words: QuantityWords) -> bool:
    """Whether two quantities count the same thing with the same figure."""
    fa = _figure(a)
    if a.kind != b.kind or fa is None or fa != _figure(b):
        return False
    if a.kind == "date" and len(a.unit) > 5 and len(b.unit) > 5 and a.unit != b.unit:
        return False  # the same day of two years; "April 15" goes with "April 15, 2025"
    if _roles_clash(a, b, concepts):
        return False  # "300 were arrested" and "300 were released": one figure, two facts
    if a.kind == "duration" and a.role and b.role and (a.role == "elapsed") != (b.role == "elapsed"):
        return False  # "two days of deliberations" and "arrested Reed two days after the shooting"
    if a.kind == "age" and _one_person(a, b, words.name_titles) is False:
        return False  # two people of one age: "Maria Lopez, 45" and "Tom Reed, 45"
    if a.kind == "percent" and not (a.role and b.role) and not _told_alike(a, b):
        # a share with no role is tied to another only by its wording: "almost half of universities" (in deficit),
        # "half of the members" and "a 50% turnout threshold" are three facts
        return False
    if (a.kind == "duration" and not same_article and a.role not in concepts and b.role not in concepts
            and a.bound != b.bound):
        # a span with no role is tied to another outlet's only by its wording: "at least 20 years" (a mine's life)
        # and "a 20-year monitoring programme", "more than five years" (of talks) and "its first five years of
        # output" are two facts; told with one bound they may be one ("three weeks" / "three weeks")
        return False
    if a.kind != "count":
        return a.counts == b.counts
    if a.counts and b.counts and a.counts != b.counts:
        return False
    if _one_person(a, b, words.name_titles) is False:
        return False  # two candidates' tallies
    if a.counts == "people" == b.counts and _groups_clash(a, b, words):
        return False  # "three hospital staff" killed at the hospital, "three people" killed in another village
    # Same noun (or a bare figure) and figure. Small figures ("two officials")
    # recur by chance, so they need the same role, or failing that a shared verb.
    large = bool(a.counts and b.counts) and (same_article or (a.value or 0) >= 20)
    if a.role and b.role:
        # Roles in no concept may be two wordings of one fact ("detained"/"held").
        return large or a.role == b.role or _role_key(a, concepts) == _role_key(b, concepts)
    return large or bool(_verbs(a) & _verbs(b))


# Heads of a noun phrase that say no more than "people": a count of them is not a count of children. A bare
# figure ("only around 8,000 went on strike") is not among them: it leaves its noun to the sentence before.
_PLAIN_PEOPLE = frozenset({"people", "persons", "person", "individuals", "others", "more"})
# Words that make plain people young ("young people", "youth offenders", "juvenile inmates"): such a count is no
# count of people at large, and may be a count of children told another way.
_YOUNG = frozenset({"young", "youth", "juvenile", "teenage", "underage", "adolescent"})


def person_group(q: Quantity, words: QuantityWords | None = None) -> str:
    """The kind of person a count of people counts, from its noun ("medical workers", "children"); "" if none."""
    groups = (words or load_quantity_words()).person_groups
    found = [groups[w] for w in q.unit.split() if w in groups] if q.unit else []
    # "women and children": the other group, as before women were a group of their own
    return next((g for g in found if g != "women"), found[0] if found else "")


RESPONDERS = "responders"  # the person group of those sent to respond (lexicon person_groups)


def _groups_clash(a: Quantity, b: Quantity, words: QuantityWords) -> bool:
    """Two counts of people of different kinds: children and medical workers, or children and people at large.

    A count of one kind of person and one of people named otherwise ("students") may still be one figure.
    """
    ga, gb = person_group(a, words), person_group(b, words)
    if ga == gb:
        return False
    if ga and gb or RESPONDERS in (ga, gb):
        return True  # two kinds of person; or those sent to respond and anyone else
    plain = b if ga else a
    if (ga or gb) == "children" and _YOUNG.intersection(plain.unit.split()):
        return False  # "young people in detention" (a broadcaster's) and "kids behind bars" (a tabloid's): one count
    return bool(plain.unit) and plain.unit.rsplit(" ", 1)[-1] in _PLAIN_PEOPLE


def _close(a: Quantity, b: Quantity, spread: float = 2.0,
           ranges: dict[str, tuple[float, float]] | None = None) -> bool:
    """Whether two figures may be one figure told two ways: within ``spread`` of each other.

    Figures far apart are different facts, not different wordings of one:
    "24.6 feet" (the river's level) and "more than six feet above flood stage".
    A crowd is estimated more loosely (its role's spread, see
    ``quantities.yaml``). A vague figure ("dozens") stands for its range
    (``vague_ranges``): it is close to a figure near that range.
    """
    if a.value is not None and b.value is not None:
        return b.value != 0 and 1 / spread <= a.value / b.value <= spread
    if a.value is None and b.value is None:
        # Two vague words: "hundreds" and "Hundreds" are one estimate; "several hundred" and "hundreds"
        # may count two groups (those arrested, those released), and say nothing to compare.
        return (a.approx or "").lower() == (b.approx or "").lower() != ""
    if ranges is None:
        ranges = load_quantity_words().vague_ranges
    vague, figure = (a, b.value) if a.value is None else (b, a.value)
    span = ranges.get((vague.approx or "").lower())
    # A figure near the vague word's range.
    return span is not None and figure is not None and span[0] <= figure * spread and figure <= span[1] * spread


# A vague word whose range ends below this ("several", "a few", "a handful of") stands for no figure: a
# reporter's "several" where another outlet counts seven is neither agreement nor a different count.
_SMALL_VAGUE_TOP = 10


def _no_figure(q: Quantity, words: QuantityWords) -> bool:
    """Whether a vague count is too small a word to set against a figure ("several", "a few")."""
    span = words.vague_ranges.get((q.approx or "").lower())
    return span is not None and span[1] < _SMALL_VAGUE_TOP


def _to_the_injured(q: Quantity, words: QuantityWords) -> bool:
    """Whether a sum was read next to the injured it goes to ("₹1 lakh each to the seriously injured")."""
    return q.role in words.concepts and words.roles["count"].get(q.role_text.lower()) == "injured"


def _related(a: Quantity, b: Quantity, concepts: frozenset[str], words: QuantityWords) -> bool:
    """Whether two quantities count the same thing with different figures."""
    if a.kind == "tally" == b.kind:
        return _close(a, b)  # one vote told two ways ("51-49", "52-48"), not the House's and the Senate's
    if a.kind == "ordinal" == b.kind:
        return a.counts == b.counts  # one storm's warning level told two ways ("Signal No. 4", "Signal No. 5")
    if a.kind == "date" == b.kind:
        # One moment told two ways ("shortly after 4.30am", "4:40 a.m."): within half an hour.
        return a.counts == b.counts == "time" and a.value is not None and b.value is not None \
            and abs(a.value - b.value) <= 0.5
    if a.kind == "rate" == b.kind:
        # Rates of one base, of the same thing where both say ("cases per 100,000", "48 per 100,000").
        return a.counts == b.counts and (not a.unit or not b.unit or _singular(a.unit.rsplit(" ", 1)[-1])
                                         == _singular(b.unit.rsplit(" ", 1)[-1])) and _close(a, b)
    if a.kind == "percent" == b.kind:
        # Shares of one thing (vaccinated, approving) told two ways: "58%", "roughly two-thirds".
        return bool(a.role) and a.role == b.role and _close(a, b, words.spreads.get(a.role, 2.0))
    if a.kind == "money" == b.kind and _to_the_injured(a, words) != _to_the_injured(b, words):
        return False  # relief for the injured and relief for the families of the dead are two sums
    if a.kind == "age" == b.kind and (a.counts == "age limit" or b.counts == "age limit"):
        return a.counts == b.counts and _close(a, b)  # "users under 16" and "under 15": one law's age limit
    if a.kind == "age" == b.kind:
        # One person's age told two ways ("Daniel Price, 34" / "Danny Price, 35"): only a named person.
        return bool(_one_person(a, b, words.name_titles)) and _close(a, b)
    if (a.kind == "money" == b.kind and a.counts != b.counts and a.counts and b.counts and a.role
            and a.role == b.role and a.role in concepts and a.role not in _NOT_CROSS_CURRENCY
            and not a.also and not b.also and a.value and b.value):
        # One fine or cost told in two currencies ("up to €650,000", "£560,000"): the figures of the
        # major currencies stay within a ratio of each other; a yen or rupee sum never pairs with them.
        return max(a.value, b.value) / min(a.value, b.value) <= _CROSS_CURRENCY_RATIO
    if (a.kind == "duration" == b.kind and a.counts != b.counts and a.role and a.role == b.role
            and a.role in concepts and a.role in words.role_labels):
        return True  # "about five hours" and "two days" of one deliberation: units apart, one thing measured
    if (a.kind == "duration" == b.kind and a.counts != b.counts and a.role and a.role == b.role
            and a.role not in concepts):
        # a span of a verb in no concept ("lasted", "trapped") in two units: one span only where the units convert
        # ("three days" / "72 hours", "two weeks" / "14 days"); "two days" of a siege and "five hours" are two facts
        return _one_span(a, b)
    if (a.kind == "count" == b.kind and a.counts != b.counts and a.value and b.value
            and _unit_family(a.counts, words) == _unit_family(b.counts, words) != ""
            and not _roles_clash(a, b, concepts)):
        # one distance in two units ("about 10 km" off the point, "some five nautical miles" off it): compared in
        # metres, as figures of one unit are; a distance (km, miles) is never set against a length or a height
        # (metres, feet: "an altitude of more than 300,000 feet"); so one spill in barrels and in litres, one burnt
        # area in hectares and in acres
        units = _unit_metres(words)
        ma, mb = (a.value + units[a.counts][2]) * units[a.counts][1], (b.value + units[b.counts][2]) * units[b.counts][1]
        return 1 / _CROSS_UNIT_SPREAD <= ma / mb <= _CROSS_UNIT_SPREAD if mb > 0 else False
    if a.kind != b.kind or a.kind not in _ROLE_KINDS or not a.counts or a.counts != b.counts:
        return False
    if (a.value is None and _no_figure(a, words)) or (b.value is None and _no_figure(b, words)):
        return False  # "several members" beside "seven members" says nothing: neither agrees nor differs
    if a.kind == "count" and _one_person(a, b, words.name_titles) is False:
        return False  # one candidate's votes are never another's
    if (a.role == "total") != (b.role == "total"):
        return False  # a whole ("of the 230 seats": a chamber's size) pairs only with another whole
    if a.kind == "count" and a.counts != "people":
        # Things ("ships", "homes") are rarely counted twice for different reasons,
        # unless the sentences say so: 412 homes destroyed, 150 damaged. A vague
        # figure ("dozens of businesses") goes with any figure for the same thing.
        return (a.value is None or b.value is None or _close(a, b)) and not _roles_clash(a, b, concepts)
    # The cheap tests first: most pairs are far apart, or have no role.
    if not a.role:
        return False
    spread = words.spreads.get(a.role, 2.0)
    if a.value is not None and b.value is not None:
        if not b.value or not 1 / spread <= a.value / b.value <= spread:
            return False
    elif not _close(a, b, spread, words.vague_ranges):
        return False
    if _role_key(a, concepts) != _role_key(b, concepts):
        return False
    # People are counted for many reasons (killed, missing, evacuated): the role
    # must match, and the kind of person (children, medical workers: see _groups_clash).
    # Money and years (cost vs budget, sentenced vs served) need a role of the
    # lexicon: a bare verb ("worked for 19 years") says too little.
    if a.kind == "count":
        return a.counts != "people" or not _groups_clash(a, b, words)
    return _role_key(a, concepts) in concepts


Unit = tuple[str, float, float]  # a measure's dimension, size in the dimension's base unit, offset


@lru_cache(maxsize=8)
def _units(path: str) -> dict[str, Unit]:
    """Each unit of measure by its one name: ("length", metres in one, 0) for "feet"; ("temperature", 5/9, -32)
    for "°F"."""
    words = _load_words(path)
    out: dict[str, Unit] = {name: ("length", size, 0.0) for name, size in words.lengths.values()}
    out.update({name: (dim, size, offset) for name, dim, size, offset in words.measures.values()})
    return out


def _unit_metres(words: QuantityWords) -> dict[str, Unit]:
    """Every unit of measure by its one name (lengths, speeds, areas, temperatures); see :func:`_units`."""
    return _units(words.path)


def _one_length(a: Quantity, b: Quantity, metres: dict[str, Unit], within: float = 1.03) -> bool:
    """Whether two measures of one dimension, in any units, are one figure converted and rounded: within 3% (or
    ``within``); temperatures within a degree Celsius (a ratio means nothing near zero)."""
    (da, sa, oa), (db, sb, ob) = metres[a.counts], metres[b.counts]
    if da != db:
        return False
    ma, mb = ((a.value or 0) + oa) * sa, ((b.value or 0) + ob) * sb
    if da == "temperature":
        return abs(ma - mb) <= 2 * (within - 1) / 0.03 if within > 1.03 else abs(ma - mb) <= 1.0
    return ma > 0 and mb > 0 and max(ma, mb) <= within * min(ma, mb)


def _views(q: Quantity) -> tuple[Quantity, ...]:
    """A figure as written, then as converted in brackets ("12 billion yen (about $80 million)" read in
    dollars too): each reading may pair with another outlet's figure."""
    if not q.also:
        return (q,)
    return (q, *(replace(q, counts=c, value=v, bound=b, also=()) for c, v, b in q.also))


def _in_currency(q: Quantity, currency: str) -> Quantity:
    """``q`` read in ``currency`` where it is written or converted in it; else as written."""
    return next((v for v in _views(q) if v.counts == currency), q)


# Roles whose sums in two currencies are never one figure told twice (a price in one market, a wage in another).
_NOT_CROSS_CURRENCY = frozenset({"salary", "paid", "price"})
_CROSS_CURRENCY_RATIO = 1.6  # euro, pound, dollar and franc sums of one figure stay within this of each other


_LOCAL_DOLLARS = frozenset(_DOMAIN_DOLLARS.values())
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")


def _bare_dollar_pair(a: Quantity, b: Quantity) -> bool:
    """Whether one sum is a bare "$" read as US dollars for want of a sign of the outlet's country and the other
    is in a local dollar (Canadian, Australian...): the bare "$" may well be that dollar (a National Post-style
    paper on a .com address writes "$" for its own), so the two are set side by side by the ratio rule even where
    outlets agree in the local dollar (see ``_related``), never through a conversion."""
    def bare(q: Quantity) -> bool:
        return q.counts == "USD" and not q.also and _BARE_DOLLAR.search(q.text) is not None and "US" not in q.text
    return (bare(a) and b.counts in _LOCAL_DOLLARS) or (bare(b) and a.counts in _LOCAL_DOLLARS)


def lead_money_mixed(qs: Sequence[Quantity]) -> bool:
    """Whether a row's sums are in more than one currency (none converted in brackets)."""
    return len({q.counts for q in qs if q.kind == "money" and q.counts}) > 1


def _agree(bounds: set[str]) -> bool:
    folded = {"approx" if b in ("exact", "approx") else b for b in bounds}
    return len(folded) == 1


def _shared_surnames(docs: Sequence[Document], quantities_per_doc: Sequence[Sequence[Quantity]]) -> set[int]:
    """The figures (by id) whose subject is a title and surname ("Mrs Whitlock") in an article that names two
    people of that surname: a couple ("Darren and Kerry Whitlock"), two given names, or the other title."""
    titles = load_quantity_words().name_titles
    out: set[int] = set()
    for doc, qs in zip(docs, quantities_per_doc):
        for q in qs:
            parts = q.subject.replace(".", "").split()
            if len(parts) != 2 or parts[0].lower() not in _TITLE_GENDER:
                continue
            sur = re.escape(parts[1])
            text = doc.text
            if re.search(r"\b[A-Z][a-z]+ (?:and|&) [A-Z][a-z]+ " + sur + r"\b", text):
                out.add(id(q))
                continue
            given = {m.group(1).lower() for m in re.finditer(r"\b([A-Z][a-z]+)\.? " + sur + r"\b", text)}
            genders = {_TITLE_GENDER[g] for g in given if g in _TITLE_GENDER}
            if len(genders) > 1 or len({g for g in given if g not in titles}) > 1:
                out.add(id(q))
    return out


def compare_numbers(docs: Sequence[Document], quantities_per_doc: Sequence[Sequence[Quantity]]) -> tuple[NumberRow, ...]:
    """Line up the articles' quantities: same figure, different figure or wording, or only one outlet."""
    _SHARED_SURNAME.clear()
    _SHARED_SURNAME.update(_shared_surnames(docs, quantities_per_doc))
    try:
        return _compare_numbers(docs, quantities_per_doc)
    finally:
        _SHARED_SURNAME.clear()


# What says a sentence's count is one place's or one partition's share: "in Dagami alone", "19 of the dead were
# from Bagtingon", "Four died in Nairobi", "at the Central Hospital", "in the town of ...". A smaller figure
# without one is often another source's count or an earlier one, not a part.
_PART_OF_PLACE = re.compile(
    r"\balone\b|\bof (?:the|those) (?:dead|killed|injured|wounded|victims|deaths|arrested)\b|\bof (?:them|whom)\b"
    r"|\bincluding\b|\bamong (?:them|whom|those)\b"
    r"|\b(?:in|at|from) (?:the )?(?:(?:town|city|village|district|county|province|state|region|municipality"
    r"|barangay|area) of\b|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|The|A|An|Gen|Generation)\b)[A-Z][a-z])")


# What makes a count one a deal or plan is to reach, not one that happened: "are to be freed", "is to free",
# "is meant to see 33 captives released", "will release", "would free", "is due to", "is set to", "is expected to".
_PLANNED_RE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:meant|due|set|expected|scheduled|supposed|slated)\s+to|(?:is|are)\s+to|to\s+be"
    r"|will|would|shall)\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
_PLANNED_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:are|is|were|was)\s+(?:due\s+|set\s+)?to\s+be\b|\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:will|would)\s+be\b", re.IGNORECASE)


def _planned(doc: Document, q: Quantity) -> bool:
    """Whether a count is one a deal or plan is to reach: a marker of the future just before it in its sentence
    ("is to free 33 hostages", "is meant to see 33 captives released") or after its noun ("33 captives are to be
    freed", "50 prisoners will be released")."""
    sent = doc.sentences[q.sentence]
    if _PLANNED_RE.search(doc.text, max(sent.start, q.start - 40), q.start):
        return True
    return _PLANNED_AFTER_RE.match(doc.text, q.end, min(sent.end, q.end + 60)) is not None


def _parts(items: Sequence[tuple[str, Quantity]], concepts: frozenset[str],
           docs: dict[str, Document]) -> tuple[set[int], set[int]]:
    """The counts an article gives as parts of a larger count of the same people and role, and its wholes.

    A part is smaller than another figure of its article for the same people and
    role, in a sentence that names its place or share (``_PART_OF_PLACE``): a story gives
    its toll ("At least 11 people were killed") and then its parts ("Four died in
    Nairobi"; "19 of the dead were from Bagtingon alone"; "nine of whom died" at one
    hospital). Only the whole is the outlet's figure to set against another's;
    pairing by nearest figure would otherwise set one outlet's town toll against
    another's national toll. A whole is the largest figure of its people and role
    in its article: one outlet's part is never the same figure as another's whole
    ("Four died in Nairobi"; "the number of deaths at four").
    """
    def key(article: str, q: Quantity) -> tuple[str, str, str, str, str]:
        # children killed and medical workers killed are things of their own, and so is each candidate's tally
        return article, q.counts, _role_key(q, concepts), person_group(q), q.subject

    def limited(article: str, n: int) -> bool:
        doc = docs[article]
        sent = doc.sentences[n]
        return _PART_OF_PLACE.search(doc.text, sent.start, sent.end) is not None

    top: dict[tuple[str, str, str, str, str], float] = {}
    for article, q in items:
        # People only: a crowd, a toll, the arrested hold their parts. Other figures of one article change over
        # time instead ("a 431-vote margin" on election night, "249 votes" after the recount): no part of each other.
        # A figure a deal or plan is to reach ("33 captives are to be freed" over six weeks) is no whole of what
        # happened: the day's "two dozen captives were handed over" is the article's figure, not a part of it.
        if (q.kind == "count" and q.role and q.counts == "people" and q.value is not None
                and not _planned(docs[article], q)):
            k = key(article, q)
            top[k] = max(top.get(k, q.value), q.value)
    parts = {
        n for n, (article, q) in enumerate(items)
        if q.kind == "count" and q.role and q.counts == "people" and q.value is not None
        and q.value < top.get(key(article, q), -math.inf) and limited(article, q.sentence)
    }
    wholes = {
        n for n, (article, q) in enumerate(items)
        if n not in parts and q.kind == "count" and q.role and q.counts == "people" and q.value is not None
        and q.value == top.get(key(article, q))
    }
    # Things are parts only where the text says so twice: a partitive right after the figure and a place in its
    # sentence ("Around 86,000 of the cars were sold in China", beside the article's "more than 100,000"
    # recalled worldwide). A figure of things that merely changes over time has no partitive.
    things: dict[tuple[str, str], float] = {}
    for article, q in items:
        if q.kind == "count" and q.counts and q.counts != "people" and q.value is not None:
            things[(article, q.counts)] = max(things.get((article, q.counts), q.value), q.value)
    for n, (article, q) in enumerate(items):
        if (q.kind == "count" and q.counts and q.counts != "people" and q.value is not None
                and q.value < things[(article, q.counts)]
                and _PARTITIVE_AFTER.match(docs[article].text, q.end) and limited(article, q.sentence)):
            parts.add(n)
    return parts, wholes


# "86,000 of the cars", not "118 of the 230 seats" (a share of a whole the phrase states: a tally, no part by place)
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|those|these|them|its|their)\b(?!\s+[\d,.]+\b)", re.IGNORECASE)


_WORD_RE = re.compile(r"[a-z]+")


# What stands right before a time that dates a count rather than an event: "by 7pm", "as of 6 p.m.", "as at
# 0600 GMT" (UK and Commonwealth usage), with a hedge between ("by about 9pm").
_AS_OF_RE = re.compile(r"\b(?:by|as of|as at)\s+(?:(?:about|around|roughly|approximately|just|shortly|after|before)\s+)*\Z",
                       re.IGNORECASE)
AS_OF = "as of"  # the "event" of a time that dates a count (see _time_events)


def _events_apart(x: int, y: int, events: dict[int, str]) -> bool:
    """Whether two times are of different things: two named events, or a count's date ("by 7pm") and anything
    but another count's date ("the looting ... shortly before 7pm", or a time of no named event)."""
    ex, ey = events.get(x), events.get(y)
    return (ex is not None and ey is not None and ex != ey) or ((ex == AS_OF) != (ey == AS_OF))


def _time_events(items: Sequence[tuple[str, Quantity]], docs: dict[str, Document],
                 words: QuantityWords) -> dict[int, str]:
    """What each time of day (by index into ``items``) is the time of, where a lexicon word near it says ("made
    landfall ... at 5:40 a.m." -> "landfall", "its 6 a.m. situational report" -> "report"): the event whose word
    lies nearest the time in its sentence ("The blast struck the ... facility in ..., a town of about 30,000
    people east of Manchester, at around 2:15 p.m.": an explosion's)."""
    out: dict[int, str] = {}
    for k, (article, q) in enumerate(items):
        if q.kind != "date" or q.counts != "time":
            continue
        sent = docs[article].sentences[q.sentence]
        lo, hi, text = sent.start, sent.end, docs[article].text
        if _AS_OF_RE.search(text, max(lo, q.start - 24), q.start):
            # "had received 58 people by 7pm", "As of 6pm, 2,300 families ...": the time a count was made, not the
            # time something happened; it is set only beside another count's time (see _events_apart)
            out[k] = AS_OF
            continue
        best: tuple[int, str] | None = None
        for event, pattern in words.time_events:
            for m in pattern.finditer(text, lo, hi):
                gap = q.start - m.end() if m.end() <= q.start else m.start() - q.end
                if best is None or gap < best[0]:
                    best = (max(gap, 0), event)
        if best is not None:
            out[k] = best[1]
    return out


def _join_lone_currencies(items: Sequence[tuple[str, Quantity]], parts: set[int] | frozenset[int],
                          concepts: frozenset[str], find: Callable[[int], int], parent: list[int],
                          words: QuantityWords) -> None:
    """Join, in ``parent``, one sum told in two currencies where each outlet uses one ("Sh346 billion" in one
    outlet, "about $2.4bn" in another, for a finance bill's revenue).

    The sums must share a role of the lexicon that is no price or pay, and each outlet must give that role's
    sum in one currency and one row only: then they can only be one sum, whatever its rate of exchange. Sums in
    major currencies alone are left to the ratio rule of :func:`_related` ("€650,000" / "£560,000"), where two
    outlets that agree in pounds are not set against a third's conversion into dollars.
    """
    by_role: dict[str, list[int]] = {}
    for k, (_, q) in enumerate(items):
        if (q.kind == "money" and q.counts and q.value and q.role in concepts and q.role not in _NOT_CROSS_CURRENCY
                and k not in parts):
            # a sum converted in brackets counts too: its outlet then gives the role's sum in two currencies
            by_role.setdefault(q.role, []).append(k)
    for ks in by_role.values():
        roots_of: dict[str, set[int]] = {}
        currencies_of: dict[int, set[str]] = {}
        for k in ks:
            article, q = items[k]
            root = find(k)
            roots_of.setdefault(article, set()).add(root)
            currencies_of.setdefault(root, set()).add(q.counts)
        if len(roots_of) < 2 or any(len(r) > 1 for r in roots_of.values()) \
                or any(len(c) > 1 for c in currencies_of.values()):
            continue  # one outlet with two sums of the role, or a row already mixed: which sum is which is unsaid
        currencies = {c for cs in currencies_of.values() for c in cs}
        if len(currencies) < 2:
            continue  # one currency: the ordinary comparison has set them side by side, or apart
        if currencies <= words.major_currencies:
            continue  # euros, pounds, dollars: compared by _related's ratio, each currency one outlet's
        first, *rest = sorted(currencies_of)
        for root in rest:
            parent[find(root)] = find(first)
# "A YouGov poll found", "an opinion poll of 2,000 adults", "polls show": a survey; "won 42% in the poll" (the
# election, in British and South Asian copy) is none.
_SURVEY_POLL = re.compile(
    r"\b(?:a|an|new|latest|opinion|exit|recent|separate|online|phone|snap)\s+(?:[\w’'-]+\s+){0,2}?polls?\b"
    r"|\bpolls?\s+(?:of|found|finds|shows?|showed|suggests?|suggested|conducted|commissioned|published|carried)\b"
    # "according to polling of more than 3,000 families": a survey's, never a party's "polling 42%"
    r"|\bpolling\s+(?:of|by|for|commissioned|conducted|showing|shows|found)\b")
# "The union polled 4,300 members": people asked. A party that "polled 42.3 per cent" or "polled 12,000 votes" won
# them, so a figure of votes or a share after "polled" is no survey.
_POLLED_PEOPLE = re.compile(
    r"\bpolled\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|almost\s+|around\s+)?"
    r"\d[\d,.]*\s+(?!per\b|percent|pc\b|%|votes?\b|ballots?\b)[a-z]", re.IGNORECASE)


def _survey_shares(items: Sequence[tuple[str, Quantity]], docs: dict[str, Document],
                   words: QuantityWords) -> frozenset[int]:
    """The shares (by index into ``items``) told in a sentence about a survey or poll ("71% of more than 1,100
    athletes surveyed", "a YouGov poll found 58%"): a share of the people asked, a whole of its own, set only
    against another survey's share and never against a share of members or delegates voting."""
    out: set[int] = set()
    seen: dict[tuple[str, int], bool] = {}
    for k, (article, q) in enumerate(items):
        if q.kind != "percent":
            continue
        key = (article, q.sentence)
        if key not in seen:
            sent = docs[article].sentences[q.sentence]
            low = sent.text.lower()
            seen[key] = (not words.survey_cues.isdisjoint(_WORD_RE.findall(low))
                         or ("polled" in low and _POLLED_PEOPLE.search(low) is not None)
                         or ("poll" in low and _SURVEY_POLL.search(low) is not None))
        if seen[key]:
            out.add(k)
    return frozenset(out)


PER_YEAR = "per year"


def _yearly_restated(items: list[tuple[str, Quantity]]) -> list[tuple[str, Quantity]]:
    """A yearly sum that its article also gives with another role takes that role: "lists at more than $26,000 a
    year" and "a list price of more than $26,000 a year" are one price, told twice. "Per year" only keeps a yearly
    sum apart from a total over years where nothing else says what the sum is."""
    named: dict[tuple[str, str, float | None], Quantity] = {(article, q.counts, q.value): q for article, q in items
             if q.kind == "money" and q.value and q.role and q.role != PER_YEAR}
    out = []
    for article, q in items:
        other = named.get((article, q.counts, q.value)) if q.kind == "money" and q.role == PER_YEAR else None
        out.append((article, replace(q, role=other.role, role_text=other.role_text) if other else q))
    return out


def _rounds_to(exact: float, rounded: float) -> bool:
    """Whether ``rounded`` (of at most three significant figures: "1.19M", "1.2 million") is ``exact`` rounded."""
    if rounded <= 0 or exact <= 0 or exact == rounded:
        return False
    step = 10.0 ** (math.floor(math.log10(rounded)) - 2)
    return abs(rounded / step - round(rounded / step)) < 1e-6 and abs(exact - rounded) <= step / 2 and (
        abs(exact / step - round(exact / step)) > 1e-6)


def _join_rounded(items: Sequence[tuple[str, Quantity]], concepts: frozenset[str],
                  find: Callable[[int], int], parent: list[int]) -> None:
    """Join an article's figure with its own rounding of it ("1,187,000 individuals" in the text, "1.19M affected"
    in the headline): same count and role of the lexicon, one figure the other rounded to three figures."""
    seen: dict[tuple[str, str, str, str], list[int]] = {}
    for k, (article, q) in enumerate(items):
        if q.kind == "count" and q.value and q.role in concepts and q.counts:
            seen.setdefault((article, q.kind, q.counts, q.role), []).append(k)
    for ks in seen.values():
        for n, x in enumerate(ks):
            for y in ks[n + 1:]:
                a, b = items[x][1].value or 0.0, items[y][1].value or 0.0
                if _rounds_to(a, b) or _rounds_to(b, a):
                    parent[find(y)] = find(x)


def _compare_numbers(docs: Sequence[Document], quantities_per_doc: Sequence[Sequence[Quantity]]) -> tuple[NumberRow, ...]:
    # An ordinal ("the first case", "12th grade", "second recess") is a rank, not a figure to compare; a warning
    # level ("Signal No. 4") is, as outlets give different levels for one storm.
    words = load_quantity_words()
    levels = frozenset(words.named_levels.values())
    items = _yearly_restated([(d.article.id, q) for d, qs in zip(docs, quantities_per_doc) for q in qs
                              if q.kind != "ordinal" or q.counts in levels])
    concepts = words.concepts
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Only pairs that can match are tried: the same thing needs the same kind and
    # figure; a related figure needs two counts of the same thing. Pairs are still
    # visited in the same order, which matters to the second pass.
    parts, wholes = _parts(items, concepts, {d.article.id: d for d in docs})
    surveyed = _survey_shares(items, {d.article.id: d for d in docs}, words)
    events = _time_events(items, {d.article.id: d for d in docs}, words)
    same_counts: dict[tuple[str, str], list[int]] = {}
    same_figure: dict[tuple[str, float | str], list[int]] = {}
    for k, (_, q0) in enumerate(items):
        for q in _views(q0):
            figure = _figure(q)
            if figure is not None:
                same_figure.setdefault((q.kind, figure), []).append(k)
            if (q.kind in _ROLE_KINDS or q.kind in ("tally", "rate", "ordinal") or (q.kind == "age" and (q.subject or q.counts == "age limit"))
                    or (q.kind == "percent" and q.role) or (q.kind == "date" and q.counts == "time")) and q.counts and (
                    q.value is not None or q.kind == "count"):
                same_counts.setdefault((q.kind, q.counts), []).append(k)
                if q.kind == "money" and q.role in concepts and q.role not in _NOT_CROSS_CURRENCY:
                    # a fine or a daily cost told in euros, pounds and dollars: one row by what it is
                    same_counts.setdefault((q.kind, "@" + q.role), []).append(k)
                if q.kind == "duration" and q.role and q.role not in concepts and q.counts in _SPAN_HOURS:
                    # "lasted three days" and "lasted 72 hours": one span in two units, joined where they convert
                    same_counts.setdefault((q.kind, "@" + q.role), []).append(k)
                if q.kind == "duration" and q.role in words.role_labels and q.role in concepts:
                    # hours and days of one deliberation, weeks and a month of one trial: one row by what they measure
                    same_counts.setdefault((q.kind, "@" + q.role), []).append(k)
                if q.kind == "count" and _unit_family(q.counts, words):
                    # a distance in km and one in nautical miles: one row by what is measured
                    same_counts.setdefault((q.kind, "@" + _unit_family(q.counts, words)), []).append(k)
    for x, (_, q0) in enumerate(items):
        for q in _views(q0):
            figure = _figure(q)
            if figure is None:
                continue
            for y in same_figure[(q.kind, figure)]:
                # a converted figure is tried in each of its currencies (see _views)
                if y <= x or (items[x][0] != items[y][0] and ((x in parts and y in wholes)
                                                             or (y in parts and x in wholes))):
                    continue  # one outlet's "Four died in Nairobi" (a part of its 11) is not another's toll of four
                if (x in surveyed) != (y in surveyed) or _events_apart(x, y, events):
                    # a share of people surveyed is not a share of members voting (see _survey_shares); a shooting
                    # "at about 2.30pm" is not an outage "from about 3pm" (see _time_events)
                    continue
                if any(_same_thing(q, b, items[x][0] == items[y][0], concepts, words) for b in _views(items[y][1])):
                    parent[find(y)] = find(x)
    # One length in two units ("about 150 meters (500 feet)", "a 200-metre-deep gorge" and "650 feet"): a
    # conversion is rounded, so within 3% is one figure.
    _join_rounded(items, concepts, find, parent)
    metres = _unit_metres(words)
    lengths = [k for k, (_, q) in enumerate(items) if q.kind == "count" and q.counts in metres and q.value]
    for n, x in enumerate(lengths):
        a = items[x][1]
        for y in lengths[n + 1:]:
            b = items[y][1]
            if a.counts != b.counts and not _roles_clash(a, b, concepts) and (
                    _one_length(a, b, metres)
                    # "about 12 kilometers (7 miles)": a conversion in brackets right after the
                    # figure is that figure, however roundly it is converted (within 20%)
                    or (items[x][0] == items[y][0] and a.sentence == b.sentence
                        and 0 < b.start - a.end <= 16 and _one_length(a, b, metres, 1.2))):
                parent[find(y)] = find(x)
    # A figure that restates a vague count in its sentence ("Dozens were arrested - at
    # least 30") is that count: one row (see _restated).
    for x in range(1, len(items)):
        (art_a, a), (art_b, b) = items[x - 1], items[x]
        if (art_a == art_b and a.value is None and b.value is not None and a.sentence == b.sentence
                and a.kind == b.kind == "count" and a.counts == b.counts and a.role == b.role and a.counts):
            parent[find(x)] = find(x - 1)
    # Second pass: different figures for the same thing, only across articles.
    articles_of: dict[int, set[str]] = {}  # each group's articles, by its root
    subjects_of: dict[int, set[str]] = {}  # each group's named owners ("RSD", "JVM"), by its root
    for k, (article, q) in enumerate(items):
        articles_of.setdefault(find(k), set()).add(article)
        if q.subject and q.kind == "count":
            subjects_of.setdefault(find(k), set()).add(q.subject)
    # Groups where outlets agree on one figure (the first pass joins only equal figures).
    agreed = {root for root, arts in articles_of.items() if len(arts) > 1}
    # The closest pairs are joined first, so that AP's "about 150 students walked
    # out" finds the other outlet's walkout before a farther figure does.
    candidates: list[tuple[bool, float, int, int]] = []
    # A sum is set against another currency's only where each currency is one outlet's: outlets that give the
    # fine in one currency are compared in it ("10,000 euros" / "€5,000"), not through a third's conversion.
    money_outlets: dict[tuple[str, str], set[str]] = {}
    for article, q in items:
        if q.kind == "money" and q.role:
            money_outlets.setdefault((q.role, q.counts), set()).add(article)
    for x, (_, q0) in enumerate(items):
        for q in _views(q0):
            keys = ([(q.kind, q.counts), (q.kind, "@" + q.role)] if q.kind in ("duration", "money") and q.role
                    else [(q.kind, "@" + _unit_family(q.counts, words))] if q.kind == "count" and _unit_family(q.counts, words)
                    else [(q.kind, q.counts)])
            for y in (y for key in keys for y in same_counts.get(key, ())):
                if y <= x or items[x][0] == items[y][0] or x in parts or y in parts or (x in surveyed) != (y in surveyed):
                    continue  # a part (one town's dead) is set against no other figure: whose part it is, is unsaid
                b = _in_currency(items[y][1], q.counts) if q.kind == "money" else items[y][1]
                if q.kind == "money" and b.counts != q.counts and not _bare_dollar_pair(q, b) and (
                        len(money_outlets.get((q.role, q.counts), ())) > 1
                        or len(money_outlets.get((b.role, b.counts), ())) > 1):
                    continue
                if _events_apart(x, y, events):
                    # A storm's landfall is not the time of a situation report. A time of no named event may still
                    # be one ("just after 7 a.m. ... when a boom rolled across the sky" / "exploded" at "7:14 a.m.").
                    continue
                if _related(q, b, concepts, words):
                    other = b.value
                    # A vague figure ("dozens") last: it is no closer to one figure than another.
                    gap = abs(math.log(q.value / other)) if q.value and other else math.inf
                    same_role = (bool(q.role) and _role_key(q, concepts) == _role_key(b, concepts)) or (
                        x in events and events.get(y) == events[x])  # one landfall's times are joined first
                    candidates.append((not same_role, gap, x, y))
    for _, _, x, y in sorted(candidates):
        gx, gy = find(x), find(y)
        if items[x][1].kind == "date" and (gx in agreed or gy in agreed):
            # Outlets that agree on a time to the minute have told it; another's looser "just after 2pm" is
            # no disagreement to show. Times are joined only where no two outlets agree.
            continue
        if gx != gy and not articles_of[gx] & articles_of[gy]:
            sx, sy = subjects_of.get(gx, set()), subjects_of.get(gy, set())
            if sx and sy and not sx & sy:
                # one party's seats and another's, each joined to an unnamed figure: "118" (the RSD's, named
                # in another sentence) may not carry "The JVM won 83 seats" into the RSD's row
                continue
            parent[gy] = gx
            articles_of[gx] |= articles_of.pop(gy)
            subjects_of[gx] = sx | sy
    _join_lone_currencies(items, parts, concepts, find, parent, words)
    groups: dict[int, list[int]] = {}
    for k in range(len(items)):
        groups.setdefault(find(k), []).append(k)
    order = [d.article.id for d in docs]
    text_of = {d.article.id: d.text for d in docs}
    rows = []
    made: list[tuple[list[Quantity], list[str]]] = []  # each row's figures and their articles, for its label
    for members in groups.values():
        cells = tuple(
            NumberCell(article=items[k][0], text=items[k][1].text, value=items[k][1].value,
                       bound=items[k][1].bound, sentence=items[k][1].sentence,
                       start=items[k][1].start, end=items[k][1].end)
            for k in sorted(members, key=lambda k: (order.index(items[k][0]), items[k][1].start))
        )
        arts = tuple(a for a in order if any(c.article == a for c in cells))
        qs = [items[k][1] for k in members]
        if any(q.also for q in qs):
            # Sums converted in brackets are compared in the currency most of them can be read in.
            tally: dict[str, int] = {}
            for q in qs:
                for c in {v.counts for v in _views(q)}:
                    tally[c] = tally.get(c, 0) + 1
            common = max(tally, key=lambda c: (tally[c], c == qs[0].counts))
            qs = [_in_currency(q, common) for q in qs]
            by_pos = {(items[k][0], items[k][1].start): q for k, q in zip(members, qs)}
            cells = tuple(replace(c, value=by_pos[(c.article, c.start)].value,
                                  bound=by_pos[(c.article, c.start)].bound) for c in cells)
        if len(arts) == 1:
            status = "only-one"
        else:
            # A vague count an outlet restates with a figure ("Dozens - 38") is told by the figure.
            told = {items[k][0] for k in members if items[k][1].value is not None}
            qs_told = [q for k, q in zip(members, qs) if q.value is not None or items[k][0] not in told]
            values = {_figure(q) for q in qs_told}
            if len({q.counts for q in qs_told}) > 1 and all(q.counts in metres for q in qs_told):
                # One figure in several units: each unit's figures agree, and the units convert to one another.
                per_unit: dict[str, set[float | str | None]] = {}
                for q in qs_told:
                    per_unit.setdefault(q.counts, set()).add(_figure(q))
                converts = all(len(v) == 1 for v in per_unit.values()) and all(
                    _one_length(qs_told[0], q, metres) for q in qs_told)
                # figures that do not convert differ, whatever their digits: "80 kilometers" down, "80 miles" away
                values = {None} if converts else {f"{q.counts} {_figure(q)}" for q in qs_told}
            if (len({q.counts for q in qs_told}) > 1 and all(q.kind == "duration" for q in qs_told)
                    and all(_one_span(qs_told[0], q) for q in qs_told)):
                values = {None}  # one span in two units that convert: "three days" and "72 hours"
            status = "same" if len(values) == 1 and _agree({q.bound for q in qs_told}) else "different"
            if lead_money_mixed(qs_told):
                status = "different"  # "€650,000" and "£560,000": one fine, told in two currencies
        lead = qs[0]
        counts = next((q.counts for q in qs if q.counts), "")
        label = _label(lead.kind, counts, qs, [items[k][0] for k in members], words, text_of)
        rows.append(NumberRow(kind=lead.kind, counts=counts, label=label, status=status, articles=arts, cells=cells))
        made.append((qs, [items[k][0] for k in members]))
    # Two rows of one label ("people killed") where one counts a kind of person: that row says so
    # ("children killed", "medical workers killed"); a strike of nurses alone stays "people who walked out".
    seen: dict[str, int] = {}
    for r in rows:
        seen[r.label] = seen.get(r.label, 0) + 1
    for n, (r, (qs, sources)) in enumerate(zip(rows, made)):
        if seen[r.label] > 1 and r.kind == "count" and r.counts == "people":
            group = person_group(qs[0], words)
            if group and all(person_group(q, words) == group for q in qs[1:]):
                rows[n] = replace(r, label=_label(r.kind, r.counts, qs, sources, words, text_of, group))
    first_pos = {id(r): (order.index(r.cells[0].article), r.cells[0].start) for r in rows}
    # Figures carried by several outlets first, then each outlet's own, in text order.
    rows.sort(key=lambda r: (len(r.articles) == 1, first_pos[id(r)]))
    return tuple(rows)


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet",
                      "tooth": "teeth", "mouse": "mice", "goose": "geese", "ox": "oxen"}


_PLURALS = frozenset(_IRREGULAR_PLURALS.values())


def _pluralise(word: str) -> str:
    """The plural of a counted noun written in the singular ("one officer" -> "officers").

    A word that is no noun to pluralise stays as it is: an irregular plural
    ("feet"), an adverb or a fragment the noun phrase took in ("shortly", "s").
    """
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word in _PLURALS or word in _COLLECTIVE or len(word) < 3 or word.endswith("ly") or not word.isalpha():
        return word
    if word.isupper():
        return word + "s"  # "ICU" -> "ICUs", "ER" -> "ERs": an acronym takes a bare lower-case s
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _things(counts: str, qs: list[Quantity], sources: list[str], named: bool, words: QuantityWords,
            texts: dict[str, str], group: str = "") -> str:
    """What a row counts, as a plural noun phrase the outlets agree on: "fire engines", "officers", "people".

    The head noun is written as the outlets wrote it when plural, else made
    plural ("one officer"); in a row several outlets share, the words before
    it are kept as far as every outlet's wording agrees ("12 fire engines",
    "Fourteen fire engines": "fire engines"; with "14 engines": "engines"); one
    outlet's row is named by its noun alone ("six different cities": "cities",
    no agreement to keep "different"). People are "people" unless the
    outlets sharing the row all name them with one noun (``named``:
    "firefighters"), without its modifiers: one outlet's "illegal aliens" is
    not the row's name. ``sources`` are the articles of ``qs``; ``texts`` their
    texts, where a modifier's case is read back ("HSI officials"). ``group`` is
    the kind of person every wording names, given where it tells two rows apart
    ("children", "medical workers"; see :func:`compare_numbers`).
    """
    if counts == "times":
        return counts
    if counts == "people" and group:
        return group
    if counts == "people" and not named:
        return counts
    shared = len(set(sources)) > 1
    if not shared and counts != "people":
        # One outlet's row: its noun alone, plural (the common case, kept cheap).
        return _plural_head(counts, {q.unit.rsplit(" ", 1)[-1] for q in qs if q.unit and q.counts == counts})
    if counts == words.service_name and len({_singular(q.unit.rsplit(" ", 1)[-1].lower()) for q in qs if q.unit}) > 1:
        # "clinics", "abortion facilities", "family planning centres" in one row: the lexicon's name for them
        return _pluralise(counts)
    with_units = [(q, source) for q, source in zip(qs, sources) if q.unit and q.counts == counts and _counts(
        q.unit.rsplit(" ", 1)[-1], words, counts == "people") == counts]
    units = [q.unit.split() for q, _ in with_units]
    if counts == "people":
        names = {u[-1] for u in units}
        head = next(iter(names)) if len(names) == 1 else ""
        one_noun = (named and len(units) == len(qs) and head not in ("people", "others", "more")
                    and _plural(head, words) and head not in words.roles["count"])
        return head if one_noun else "people"
    head = _plural_head(counts, {u[-1] for u in units})
    if len({_singular(u[-1].lower()) for u in units}) > 1 and counts in words.thing_names.values():
        # "NEVs", "cars", "vehicles" in one row: the first noun its lexicon entry lists, the general one
        head, units = _pluralise(next(w for w, n in words.thing_names.items() if n == counts)), []
    modifiers = units[0][:-1] if units else []
    for u in units[1:]:
        rest = u[:-1]
        n = 0
        while n < min(len(rest), len(modifiers)) and rest[-1 - n] == modifiers[-1 - n]:
            n += 1
        modifiers = modifiers[len(modifiers) - n :]
    if modifiers:
        # Lower case, but an abbreviation stays as written ("HSI officials"): read back from the text.
        first, source = with_units[0]
        written = _written_unit(texts.get(source, ""), first)
        if len(written) == len(units[0]):
            modifiers = [w if w.isupper() else w.lower() for w in written[len(written) - 1 - len(modifiers) : -1]]
    return " ".join([*modifiers, head])


def _plural_head(counts: str, heads: set[str]) -> str:
    """The plural noun of what is counted: a head as written that is its plural ("engines"), else made so."""
    for head in sorted(heads):
        if head != counts and _singular(head) == counts or head in _PLURALS and _singular(head) == counts:
            return head
    if counts in heads and counts.endswith("s") and not counts.endswith(("ss", "us")):
        return counts  # "ads", "ops": a short plural _singular leaves as it is, never "adses"
    return _pluralise(counts)


def _written_unit(text: str, q: Quantity) -> list[str]:
    """The words of ``q.unit`` as the article wrote them, read just after the figure; ``q.unit`` if not found."""
    words = q.unit.split()
    m = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE).search(text, q.end, q.end + 8 * len(q.unit) + 40)
    return m.group().split() if m else words


def row_phrase(row: NumberRow) -> str:
    """A row as it reads after "the": "number of people killed", "distance (km)", "amount (INR)", "time".

    A count reads after "the number of"; a length is measured, not counted, and
    every other kind's label reads as it is. The report's summary and the
    worksheet's questions both say it this way.
    """
    measured = row.counts in _LENGTH_LABELS or row.counts in load_quantity_words().measure_labels
    # "seven times the level" is a multiple, read as one: "the multiple (times the level)"
    return f"number of {row.label}" if row.kind == "count" and not measured and row.counts != "multiple" else row.label


# The row label of a length, by its unit's one name (the first figure's unit; a row may mix units).
# How far apart two distances in different units may be and still be one distance told two ways: tighter than one
# unit's 2x, since a figure in other units is no rewording ("80 kilometers down" and "80 miles to the south").
_CROSS_UNIT_SPREAD = 1.5


def _length_family(counts: str) -> str:
    """"distance" (km, miles, nautical miles) or "length" (metres, feet) for a unit of length; "" for any other."""
    return _LENGTH_LABELS.get(counts, "").split(" ", 1)[0]


# Measures whose figures in two units may be one thing told differently (a spill in barrels and in litres, a fire's
# area in hectares and in acres), as distances may; a speed or a temperature in two units is a conversion or two facts.
_SPREAD_DIMENSIONS = frozenset({"volume", "area"})


def _unit_family(counts: str, words: QuantityWords) -> str:
    """A length's family (see :func:`_length_family`), or the dimension of a volume or an area; "" for any other."""
    family = _length_family(counts)
    if family:
        return family
    dimension = _unit_metres(words).get(counts, ("", 1.0, 0.0))[0]
    return dimension if dimension in _SPREAD_DIMENSIONS else ""


_LENGTH_LABELS = {"km": "distance (km)", "mile": "distance (miles)", "metre": "length (m)", "feet": "length (feet)",
                  "nautical mile": "distance (nautical miles)"}


def _label(kind: str, counts: str, qs: list[Quantity], sources: list[str], words: QuantityWords,
           texts: dict[str, str] | None = None, group: str = "") -> str:
    """A short description of what a row counts, read after "the number of": "people arrested",
    "fire engines", "cost (USD)". ``sources`` are the articles of ``qs``, one each; ``texts`` maps
    an article to its text."""
    texts = texts or {}
    shared = len(set(sources)) > 1
    if kind == "count" and counts == FIRE_UNIT:
        return "fire units"  # "Two units of Wexford Fire and Rescue Service": never "units in the crowd"
    if kind == "count" and qs and all(q.role[5:] in PAST_TOLL_ROLES and q.role[:5] == "past " for q in qs):
        # a past disaster's toll (see _second_reading): named as this event's would be, then said to be past
        now = [replace(q, role=q.role[5:]) for q in qs]
        return f"{_label(kind, counts, now, sources, words, texts, group)} in a past event"
    if kind == "count" and qs and all(q.role.startswith(DENIED) for q in qs):
        now = [replace(q, role=q.role[len(DENIED):]) for q in qs]
        return f"{_label(kind, counts, now, sources, words, texts, group)} (a figure it denies)"
    if kind == "tally":
        return "vote tally" if counts == "vote" else "score"
    if kind == "count" and counts in _LENGTH_LABELS:
        # "distance (km)", not "the number of kms": a length is measured, not counted.
        return _LENGTH_LABELS[counts]
    if kind == "count" and counts in words.measure_labels:
        # "speed (km/h)", "temperature (°C)", "area (ha)"; a wind's speed and a fire's area say so
        label = words.measure_labels[counts]
        if counts == MAGNITUDE:
            # the main shock's magnitude, its largest aftershock's and a past quake's are three rows
            roles = {q.role for q in qs}
            return f"{next(iter(roles))} {label}" if len(roles) == 1 and "" not in roles else label
        if all(q.role_text == GUST for q in qs):
            return f"gusts {label[label.index('('):]}"  # "gusts (km/h)", beside the sustained "wind speed (km/h)"
        if all(q.role == "wind" for q in qs):
            return f"wind {label}"
        if label.startswith("area") and any(q.role == "destroyed" for q in qs):
            return f"area burned {label[5:]}"
        roles = {q.role for q in qs}
        if label.startswith("volume") and shared and len(roles) == 1 and "" not in roles:
            return f"{next(iter(roles))} {label[7:]}"  # "leaked (barrels)": what every outlet says the liquid did
        return label
    if kind == "age" and counts == "age limit":
        return "age limit (years)"
    if kind == "count" and counts == "multiple":
        return "multiple (times the level)"  # "seven times the legal limit": never "the number of times"
    if kind == "rate" and counts[4:] in _PER_CODES.values():
        return f"exchange rate ({counts})"  # "1,145 per dollar": the local currency's price of one dollar
    if kind == "age":
        # Whose age: two rows "age" side by side say nothing ("age of Daniel Price", "age of Margaret Doyle").
        subject = next((q.subject for q in qs if q.subject), "")
        return f"age of {subject}" if subject else "age"
    if kind == "rate":
        # "cases per 100,000" where the outlets that name what is counted agree; "rate per 100,000" if not.
        heads = {_plural_head(_singular(h), {h}) for q in qs if q.unit for h in [q.unit.rsplit(" ", 1)[-1]]}
        return f"{next(iter(heads)) if len(heads) == 1 else 'rate'} {counts}"
    concepts = words.concepts
    if kind == "count" and counts == "children" and qs[0].role in words.parents.values():
        return "children"  # "a mother of two": the role is the parent, not something the children did
    roles = {_role_key(q, concepts) for q in qs}
    # A concept every outlet gives names the row, though a figure of one says less beside it ("more than a
    # thousand people out there holding candles", joined with its "more than 1,000 rallied").
    role = next(iter(roles)) if len(roles) == 1 else ""
    if len(roles) > 1 and roles & concepts:
        per_article: dict[str, set[str]] = {}
        for source, q in zip(sources, qs):
            per_article.setdefault(source, set()).add(_role_key(q, concepts))
        known = set.intersection(*per_article.values()) & concepts
        role = next(iter(known)) if len(known) == 1 else ""
    # A count reads after "the number of": a plural noun ("fire engines", "officers"); people
    # with a role of the lexicon are "people" ("people arrested"), the role says who they are.
    label = (_things(counts, qs, sources, shared and role not in concepts, words, texts, group)
             if kind == "count" and counts
             else counts or (qs[0].unit or kind))
    subject = next((q.subject for q in qs if q.subject), "") if kind == "count" else ""
    if subject and not (role == "received" and counts in words.won_nouns):
        return f"{label} for {subject}"  # "votes for Hollis": whose tally it is
    if role == "received" and kind == "count" and counts in words.won_nouns:
        # "seats won": a party wins seats, it does not receive them; whose, where the sentence says
        return f"{label} won by {subject}" if subject else f"{label} won"
    if role and role in concepts:
        # A concept reads as its name: "people arrested", "cost (USD)", or as its label where the name
        # would not read after "the number of": "people in the crowd", "people living there".
        if kind == "count" and role in words.role_labels:
            return words.role_labels[role].format(things=label)
        if kind == "duration" and role in words.role_labels:
            # "years of service", not "service (year)": a row's name must read on a worksheet.
            return words.role_labels[role].format(things=_pluralise(label))
        if kind == "percent":
            if role in words.role_labels:
                return words.role_labels[role].format(things="percent")  # "percent move in the share price"
            return f"percent {role}"  # "percent vaccinated"
        if kind == "money" and lead_money_mixed(qs):
            return role  # "fine": one row across currencies, each cell keeps its own
        if kind == "count" and role in label.split()[:-1]:
            return label  # "missing divers": the role already stands before the noun, never "missing divers missing"
        return f"{label} {role}" if kind == "count" else f"{role} ({label})"
    if kind == "money" and role in concepts and lead_money_mixed(qs):
        return role  # "fine": one row across currencies, each cell keeps its own
    if kind == "money":
        return f"amount ({label})"  # "amount (INR)": a currency alone is no thing a row is "the number of"
    units = {q.counts for q in qs}
    if kind == "duration" and role and len(units) > 1 and units <= _SPAN_HOURS.keys():
        # one span in two units ("three days", "72 hours"): what it did, in the smaller unit ("lasted (hours)")
        return f"{qs[0].role_text.lower() or role} ({_pluralise(min(units, key=_SPAN_HOURS.__getitem__))})"
    if kind != "count" or not shared:
        return label
    if role:
        word = qs[0].role_text.lower()
        if word.endswith("ed") and _passive_everywhere(word, qs, sources, texts):
            return f"{label} {word}"
    common = set.intersection(*(_verbs(q) for q in qs))
    verbs = sorted({w for w in qs[0].actions if _stem(w) in common and w.endswith("ed")})
    verbs = [v for v in verbs if _passive_everywhere(v, qs, sources, texts)]
    return f"{label} {verbs[0]}" if verbs else label


def _passive_everywhere(verb: str, qs: list[Quantity], sources: list[str], texts: dict[str, str]) -> bool:
    """True when every wording has ``verb`` as a passive participle after its figure ("12 homes were destroyed").

    The label is read after "the number of": "homes destroyed" reads; an active past ("150 people lived in
    the camp", "12 engines raced to the scene") would give "the number of people lived", so it is left out.
    """
    passive = re.compile(
        r"^[^.;!?]{0,40}?\b(?:was|were|been|being|be|are|is|got|get|gets)\s+(?:\w+ly\s+)?" + re.escape(verb) + r"\b",
        re.IGNORECASE,
    )
    for source, q in zip(sources, qs):
        text = texts.get(source)
        if text is None or not passive.search(text, q.end, min(len(text), q.end + 80)):
            return False
    return True
