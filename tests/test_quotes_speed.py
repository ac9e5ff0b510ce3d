"""framing.quotes rewrites a few patterns for speed: each must find exactly what the plain form finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framing.events import load_event
from framing.model import Document
from framing.prepare import prepare
from framing.quotes import (
    _ACRONYM_RE,
    _FRENCH_LINK,
    _NAME_RUN_RE,
    _PARTICLE,
    _UP,
    _Context,
    _alternation,
    _find_names,
    load_cues,
    load_roles,
)

ROOT = Path(__file__).resolve().parent.parent
EVENTS = [ROOT / "seeds" / "mississippi-raids-2019"] + sorted((ROOT / "tests" / "data" / "events").iterdir())
EXTRA = [
    "According to ICE, agents said. In a Statement, the Mayor of Dayton and the ACLU of Mississippi (ACLU) said.",
    "Mr. O’Brien-Smith, CEO of Koch Foods Inc., told reporters on X; the US-based AFL-CIO (AFL-CIO) replied.",
    "ſaid SAID Said, said\u00a0in a   statement, president\tpresident PRESIDENT-elect X.Y.Z. AB&C NAACP's",
]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return [prepare(a) for path in EVENTS for a in load_event(path).articles]


def texts_of(docs: list[Document]) -> list[str]:
    return [d.text for d in docs] + EXTRA


def spans(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, pos)]


def flat(phrases: list[str], *, loose: bool = True) -> str:
    """The plain alternation that :func:`_alternation` replaces."""
    escaped = (re.escape(p) for p in phrases)
    return "(?:" + "|".join(e.replace(r"\ ", r"\s+") if loose else e for e in escaped) + ")"


def test_lexicon_alternations_match_the_flat_alternation(docs: list[Document]) -> None:
    cues, roles = load_cues(), load_roles()
    forms = [*sorted(cues.forms, key=len, reverse=True), "According to"]
    titles = sorted({t for t, _ in roles.titles} | roles.representative, key=len, reverse=True)
    channels = sorted(cues.channels, key=len, reverse=True)
    orgs = sorted(roles.org_names, key=len, reverse=True)
    cases = [
        (cues.pattern, re.compile(rf"(?<![\w’'-]){flat(forms)}(?![\w’'-])")),
        (cues.channel_pattern, re.compile(rf"(?<!\w){flat(channels)}(?!\w)", re.I)),
        (roles.title_pattern, re.compile(rf"(?<![\w.]){flat(titles)}(?![\w])", re.I)),
        (roles.org_name_pattern, re.compile(rf"(?<!\w){flat(orgs, loose=False)}(?!\w)", re.I)),
    ]
    for text in texts_of(docs):
        for grouped, plain in cases:
            assert spans(grouped, text) == spans(plain, text)
            assert spans(grouped, text.lower()) == spans(plain, text.lower())


@pytest.mark.parametrize(
    "phrases, ignorecase",
    [
        (["said in a statement", "said", "says", "s", "according to", "add", "added"], False),
        (["Said", "said", "SAYS", "a", "ab", "abc"], True),
        (["élan", "elan", "said"], True),  # a first letter outside ASCII: the flat form is kept
        (["in  a statement", "in a", "-ish", "(quoted)", "a.b"], False),
    ],
)
def test_alternation_keeps_the_order_of_the_phrases(phrases: list[str], ignorecase: bool) -> None:
    flags = re.I if ignorecase else 0
    grouped = re.compile(rf"(?<!\w){_alternation(phrases, ignorecase=ignorecase)}(?!\w)", flags)
    plain = re.compile(rf"(?<!\w){flat(phrases)}(?!\w)", flags)
    for text in ["said in a statement, says SAID s abc ab a ÉLAN elan élan", "in  a statement -ish (quoted) a.b in a", *EXTRA]:
        assert spans(grouped, text) == spans(plain, text)


def test_capital_first_patterns_match_the_look_behind_forms(docs: list[Document]) -> None:
    up = f"[{_UP}]"  # capitals with accents too ("Úna Brogan", "Łukasz Nowak")
    acronym = re.compile(rf"(?<![\w.])({up}[A-Z&]{{1,6}})(?![\w])")
    cap_run = re.compile(
        rf"(?<![\w’'-])(?:{up}[\w’'&.-]*)(?:\s+(?:(?:of|for|and|the|on|&)\s+|(?:{_PARTICLE}\s+){{1,3}})?(?:{up}[\w’'&.-]*)"
        rf"|{_FRENCH_LINK})*"
    )
    for text in texts_of(docs):
        for pos in (0, 1, 7, len(text) // 2):
            assert spans(_ACRONYM_RE, text, pos) == spans(acronym, text, pos)
            assert spans(_NAME_RUN_RE, text, pos) == spans(cap_run, text, pos)
        for word in text.split():
            assert bool(_ACRONYM_RE.fullmatch(word)) == bool(acronym.fullmatch(word))


def test_find_names_matches_the_alternation_of_names(docs: list[Document]) -> None:
    cues, roles = load_cues(), load_roles()
    checked = 0
    for doc in docs:
        ctx = _Context(doc, cues, roles)
        names = sorted(ctx.persons, key=len, reverse=True)
        # Surnames alone, a name inside a longer one, and a name that must fall back to the regex.
        for extra in ([], ["Mis", "Ice"], ["élan", *names]):
            group = sorted(set(names) | set(extra), key=len, reverse=True)
            if not group:
                continue
            # A name ends at a non-name character or at a possessive ("Marquardt’s ruling").
            pattern = re.compile(
                r"(?<![\w’'-])(?:" + "|".join(re.escape(n) for n in group) + r")(?=(?![\w’'-])|['’]s?(?![\w’'-]))"
            )
            ranges = [(s.start, s.end) for s in doc.sentences] + [(0, len(ctx.masked)), (5, 9)]
            want = [[(m.start(), m.group()) for m in pattern.finditer(ctx.masked, lo, hi)] for lo, hi in ranges]
            assert _find_names(ctx.masked, group, ranges) == want
            checked += sum(map(len, want))
    assert checked > 50
