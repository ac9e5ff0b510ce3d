"""Round W of framing.frames and framing.tone: cybercrime, gun laws, youth justice, protest and policing.

The held-out frames table (tests/data/frames_heldout_w.yaml, 35 sentences)
was written before the round-W changes, with sentences of my own in many
house styles (and its second pass frames_heldout_w2.yaml, 10 sentences); the exact set of policy and immigration frames of each sentence
read alone (in an article of the outlet the row names, if any) is asserted
("other" is the empty set). The held-out tone table
(tests/data/tone_heldout_w.yaml, 32 cases, also written first, and its second
pass tone_heldout_w2.yaml, 10 cases) asks whether a
word reaches VADER (the heart as an organ, care and credit as services,
Security in a name) and the sign of a sentence that calls people by slang of
contempt VADER did not rate ("thugs", "crims", "grubs"). Figures before and
after are in the commit message and the report.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.errors import LexiconError
from framing.model import Article
from framing.prepare import prepare
from framing.tone import load_neutral_senses
from tests.conftest import DATA
from tests.frames_tables import policy_frames
from tests.tone_tables import read_table, sign_of, word_shown

TABLE = DATA / "frames_heldout_w.yaml"
# Second pass, also written before its change: theft by its verbs, perpetrators, shooters.
TABLE_2 = DATA / "frames_heldout_w2.yaml"
TONE_TABLE = DATA / "tone_heldout_w.yaml"
# Second pass, also written before its change: titles of address and justice systems' names.
TONE_TABLE_2 = DATA / "tone_heldout_w2.yaml"


def _frame_cases() -> list[Any]:
    rows = [row for table in (TABLE, TABLE_2) for row in yaml.safe_load(table.read_text(encoding="utf-8"))["cases"]]
    return [pytest.param(r["text"], r.get("outlet", "T"), set(r["frames"]), id=r["text"][:40]) for r in rows]


@pytest.mark.parametrize(("text", "outlet", "expected"), _frame_cases())
def test_frames_heldout_w(text: str, outlet: str, expected: set[str]) -> None:
    doc = prepare(Article(id="t", outlet=outlet, text=text))
    assert policy_frames(doc) == expected


def _tone() -> dict[str, Any]:
    return read_table(TONE_TABLE)


def _hidden_cases() -> list[dict[str, Any]]:
    second: list[dict[str, Any]] = yaml.safe_load(TONE_TABLE_2.read_text(encoding="utf-8"))["cases"]
    return list(_tone()["cases"]) + second


@pytest.mark.parametrize(("text", "word", "hidden"), [(r["text"], r["word"], r["hidden"]) for r in _hidden_cases()],
                         ids=[f"{r['word']}|{r['text'][:40]}" for r in _hidden_cases()])
def test_tone_heldout_w(text: str, word: str, hidden: bool) -> None:
    assert word_shown(text, word) is not hidden


@pytest.mark.parametrize(("text", "sign"), [(r["text"], r["sign"]) for r in _tone()["signs"]],
                         ids=[r["text"][:40] for r in _tone()["signs"]])
def test_tone_signs_w(text: str, sign: str) -> None:
    assert sign_of(text) == sign


def test_outlet_name_elsewhere_keeps_its_cues() -> None:
    """Only the article's own outlet is a brand: another text's "Global Health" still cues Health."""
    doc = prepare(Article(id="t", outlet="Metro Wire", text="The Global Health Council said two clinics had closed."))
    assert "health_safety" in policy_frames(doc)


def test_rated_words_must_have_a_valence(tmp_path: Any) -> None:
    bad = tmp_path / "tone.yaml"
    bad.write_text("name: tone\nversion: 1\nneutral: ['tested <positive>']\nrated: {thugs: nasty}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="rated word 'thugs' needs a valence from -4 to 4, got 'nasty'"):
        load_neutral_senses(str(bad))


@pytest.mark.parametrize(
    ("word", "ok"),
    [("force-fed", True), ("stand-off", True), ("thugs", True), ("force fed", False), ("-fed", False), ("force--fed", False)],
)
def test_a_rated_word_may_join_its_parts_with_hyphens(tmp_path: Any, word: str, ok: bool) -> None:
    """VADER keeps "force-fed" whole as one token, so a rated word may be hyphenated; a space or a loose hyphen is refused."""
    lexicon = tmp_path / "tone.yaml"
    lexicon.write_text(f"name: tone\nversion: 1\nneutral: ['tested <positive>']\nrated: {{'{word}': -2.0}}\n", encoding="utf-8")
    if ok:
        assert load_neutral_senses(str(lexicon)).rated == {word: -2.0}
    else:
        with pytest.raises(LexiconError, match=f"rated word '{word}' must be one word of letters or digits"):
            load_neutral_senses(str(lexicon))
