"""framing.tone skips VADER for texts without a lexicon word: the scores must be VADER's own.

VADER scores the text with its neutral senses hidden (``neutralise``, lexicons/tone.yaml, round Q),
its typographic quote marks and apostrophes read as ASCII (``_ASCII_MARKS``, round AB).
"""

from __future__ import annotations

import pytest

from framing.events import load_event
from framing.prepare import prepare
from framing.quotes import extract_quotes
from framing.tone import _ASCII_MARKS, _analyzer, _no_valence, _split, neutralise, polarity
from tests.conftest import DATA, SEED_EVENT

EVENTS = [SEED_EVENT, *sorted((DATA / "events").iterdir())]


def _texts() -> list[str]:
    """Every sentence, narrator text and quoted text tone scores in the seed and test events."""
    out: list[str] = []
    for folder in EVENTS:
        for article in load_event(folder).articles:
            doc = prepare(article)
            spans = [(q.start, q.end) for q in extract_quotes(doc) if q.kind in ("direct", "partial")]
            for s in doc.sentences:
                out.extend((s.text, *_split(doc, s, spans)))
    return [t for t in dict.fromkeys(out) if t.strip()]


def _vader(text: str) -> dict[str, float]:
    scores = _analyzer().polarity_scores(neutralise(text.translate(_ASCII_MARKS)))
    return {k: float(scores[k]) for k in ("compound", "pos", "neu", "neg")}


def test_polarity_is_vader_on_every_event_text() -> None:
    texts = _texts()
    skipped = [t for t in texts if _no_valence(t)]
    assert len(skipped) > 100  # the shortcut is exercised, not only the full scorer
    for text in texts:
        assert polarity(text) == _vader(text), text


@pytest.mark.parametrize(
    ("text", "skips"),
    [
        ("The board met on Tuesday in the county building.", True),
        ("The board met on Tuesday; the vote was not close.", True),
        ("Officials said it was a routine meeting!!!", True),  # no lexicon word: "!" scales nothing
        ("Officials said it was kind of a routine meeting!!!", False),  # "kind" is a lexicon word
        ("Very, very extremely much so.", True),  # boosters alone have no valence
        ("But the plan was ABSOLUTELY terrible.", False),
        ("No one was hurt.", False),  # "no" and "hurt" are lexicon words
        ("The crowd cheered :) as the mayor spoke.", False),  # an emoticon is a lexicon entry
        ("The crowd cheered \U0001F600 as the mayor spoke.", False),  # emoji: VADER rewrites it
        ("It's a 'disaster,' he said.", False),  # punctuation around a word is stripped
        ("A.B. and C.D. met.", True),
        ("?? ok", False),
        ("?? fine", False),
        ("?? Tuesday", True),
    ],
)
def test_no_valence_matches_vader(text: str, skips: bool) -> None:
    assert _no_valence(text) is skips
    assert polarity(text) == _vader(text)
    if skips:
        assert _vader(text) == {"compound": 0.0, "pos": 0.0, "neu": 1.0, "neg": 0.0}


@pytest.mark.parametrize(
    "text",
    [
        "It was kind of good, kind of awful.",
        "The food was never so good, and never this bad.",
        "Without doubt a great day; it was without a doubt not great.",
        "They are not very happy, and aren't at all pleased.",
        "The plan is GREAT but the rollout was TERRIBLE!!!",
        "Nobody was hurt, no one cried, and none of it was nice.",
        "At least it was not bad, the least he could do.",
        "It was extremely good and somewhat bad, hardly good.",
        "We love it 😍 but hate the wait 😡.",
        "never so never this never good, doubt good",
        "Good",
        "",
    ],
)
def test_the_fast_vader_path_gives_vaders_own_scores(text: str) -> None:
    # polarity scores through tone's fast path (rated words only, no emoji walk without an
    # emoji, a negation check that lowers three words): the branches event text rarely reaches.
    from framing.tone import _vader_scores

    assert _vader_scores(text) == _analyzer().polarity_scores(text)
