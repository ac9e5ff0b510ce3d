"""The speed rewrites in framing.prepare give exactly what the plain computations give."""

from __future__ import annotations

import importlib
import re

import pytest

from framing.events import load_event
from framing.model import Article, Document, Token
from tests.conftest import DATA, SEED_EVENT

# framing.prepare the function shadows the module of the same name.
prep = importlib.import_module("framing.prepare")

EVENTS = [SEED_EVENT, *sorted((DATA / "events").iterdir())]
WILD = sorted((DATA / "wild").glob("*.txt"))


def _documents() -> list[Document]:
    docs = [prep.prepare(a) for folder in EVENTS for a in load_event(folder).articles]
    for path in WILD:
        text = path.read_bytes().decode("utf-8")
        docs.append(prep.prepare(Article(id=path.stem, outlet="Test", text=text)))
    return docs


DOCS = _documents()


def test_tokens_are_the_regex_matches_of_each_sentence() -> None:
    for doc in DOCS:
        plain = tuple(
            Token(s.start + m.start(), s.start + m.end(), m.group(), s.index)
            for s in doc.sentences
            for m in prep._TOKEN_RE.finditer(s.text)
        )
        assert doc.tokens == plain
        assert all(type(t) is Token for t in doc.tokens)
        assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


def _pieces() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in WILD] + [d.text for d in DOCS]
    lines = [line.strip() for t in texts for line in t.splitlines() if line.strip()]
    sentences = [s.text for d in DOCS for s in d.sentences]
    return list(dict.fromkeys(lines + sentences))


@pytest.mark.parametrize(
    ("scope", "where"),
    [("sentence", ("anywhere", "top")), ("sentence", ("end",)), ("paragraph", ("anywhere", "top"))],
)
def test_screen_matches_where_some_rule_matches(scope: str, where: tuple[str, ...]) -> None:
    rules = prep.load_boilerplate_rules().rules
    screen = prep._screen(rules, where, scope)
    assert screen is not None
    chosen = [r.pattern for r in rules if r.scope == scope and r.where in where]
    pieces = _pieces()
    hits = [any(p.search(x) for p in chosen) for x in pieces]
    assert [screen.search(x) is not None for x in pieces] == hits
    assert sum(hits) >= 3  # the texts hold boilerplate of this kind


def test_paragraph_boilerplate_is_the_same_trying_every_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    # Paragraphs try only the rules whose literals they hold (_rule_index); without the
    # index every rule is tried, in order, and the pieces set aside must be the same.
    rules = prep.load_boilerplate_rules()
    paragraphs = [prep._paragraphs(d.text) for d in DOCS]
    indexed = [prep._paragraph_boilerplate(p, rules) for p in paragraphs]
    monkeypatch.setattr(prep, "_rule_index", lambda *_args: None)
    monkeypatch.setattr(prep, "_screen", lambda *_args: None)
    assert [prep._paragraph_boilerplate(p, rules) for p in paragraphs] == indexed
    assert sum(len(s) for s in indexed) >= 10


def _line_texts() -> list[str]:
    texts: set[str] = set()
    for d in DOCS:
        texts.update(p.text for p in d.paragraphs)
        texts.update(line.strip() for line in d.text.splitlines() if line.strip())
    return sorted(texts)


@pytest.mark.parametrize("scope", ["paragraph", "sentence"])
def test_every_rule_that_matches_is_a_candidate(scope: str) -> None:
    # The index may only leave out rules that cannot match: over every paragraph and line
    # of the test texts, and their upper-cased copies (case folding of the literals), each
    # rule that matches is among the candidates.
    rules = prep.load_boilerplate_rules().rules
    index = prep._rule_index(rules, scope)
    texts = _line_texts()
    hits = missed = 0
    for text in [*texts, *(t.upper() for t in texts)]:
        candidates = set(prep._candidate_rules(index, text, len(rules)))
        for i, rule in enumerate(rules):
            if rule.scope == scope and rule.pattern.search(text):
                hits += 1
                missed += i not in candidates
    assert missed == 0
    assert hits >= 20


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        (r"^\W*editor's note", True),
        (r"^(?:a|b)c", True),
        (r"^a|b", False),  # b is searched anywhere
        (r"^(?:a)|b", False),
        (r"^[|]a", True),
        (r"^[]|]a", True),
        (r"^[^]|]a|b", False),
        (r"^[\]|]a", True),
        (r"^\|a", True),
        (r"\ball rights reserved\b", False),
        (r"(?m)^a", False),
        (r"(?x)^ a | b", False),
    ],
)
def test_anchored(pattern: str, anchored: bool) -> None:
    assert prep._anchored(re.compile(pattern)) is anchored


@pytest.mark.parametrize(
    "patterns",
    [
        [re.compile(r"^a|b"), re.compile(r"^c")],
        [re.compile(r"^x"), re.compile(r"^y", re.MULTILINE)],
        [re.compile(r"^x\d"), re.compile(r"z$"), re.compile(r"^q", re.IGNORECASE)],
    ],
)
def test_alternation_searches_like_any_pattern(patterns: list[re.Pattern[str]]) -> None:
    compiled = patterns
    screen = prep._alternation(compiled)
    assert screen is not None
    for text in ["a", "xb", "c", "dc", "\ny", "x1", "ax1", "z", "za", "Q", "aq", "", "b\n"]:
        assert (screen.search(text) is not None) == any(p.search(text) for p in compiled), text
