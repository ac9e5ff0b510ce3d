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


def test_paragraph_boilerplate_is_the_same_trying_every_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    # Paragraphs try only the rules whose literals they hold (_rule_index); without the
    # index every rule is tried, in order, and the pieces set aside must be the same.
    rules = prep.load_boilerplate_rules()
    paragraphs = [prep._paragraphs(d.text) for d in DOCS]
    indexed = [prep._paragraph_boilerplate(p, rules) for p in paragraphs]
    monkeypatch.setattr(prep, "_rule_index", lambda *_args: None)
    assert [prep._paragraph_boilerplate(p, rules) for p in paragraphs] == indexed
    assert sum(len(s) for s in indexed) >= 10


@pytest.mark.parametrize("scope", ["paragraph", "sentence"])
def test_every_rule_that_matches_is_a_candidate(scope: str) -> None:
    # The index may only leave out rules that cannot match: over every paragraph and line
    # of the test texts, and their upper-cased copies (case folding of the literals), each
    # rule that matches is among the candidates.
    rules = prep.load_boilerplate_rules().rules
    index = prep._rule_index(rules, scope)
    texts = sorted({*_pieces(), *(p.text for d in DOCS for p in d.paragraphs)})
    hits = missed = 0
    for text in [*texts, *(t.upper() for t in texts)]:
        candidates = set(prep._candidate_rules(index, text, len(rules)))
        for i, rule in enumerate(rules):
            if rule.scope == scope and rule.pattern.search(text):
                hits += 1
                missed += i not in candidates
    assert missed == 0
    assert hits >= 20


