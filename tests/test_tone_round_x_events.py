"""Round X events' own tone cases (tuned on: the changes were made after reading these articles).

Each row is one sentence of a round-X event article, a word VADER rates, and
whether framing.tone reads it in a neutral sense (hidden from VADER).
"""

from __future__ import annotations

import re

import pytest

from tests.frames_tables import event_docs
from tests.tone_tables import word_shown

CASES = [
    # Names of bodies: no feeling.
    ("singer-assault-verdict-2026", "associated-press", "A civil court asks a different question", "Safe", True),
    ("qaresh-ceasefire-exchange-2026", "halden", '"This is the most fragile moment', "Crisis", True),
    ("canada-drug-price-cap-2026", "biopharma-dispatch", "The Alliance for Pharmaceutical Innovation", "Innovation", True),
    ("canada-drug-price-cap-2026", "cpb-news", "Nova Scotia's Department of Health and Wellness", "Wellness", True),
    ("qaresh-ceasefire-exchange-2026", "the-times-of-velmora", "Reiner, 34, has spent", "Defense", True),
    # A headline opening with a feeling keeps it.
    ("qaresh-ceasefire-exchange-2026", "al-nahra", "Joy and grief as", "Joy", False),
    # Procedure: a vote in favour, a pay award, both parties, a battery committed, drugs that treat.
    ("university-pay-strike-2026", "the-examiner", "The strike ballot of 71,000 members", "favour", True),
    ("university-pay-strike-2026", "the-daily-courier", "\"Every pound spent on a", "award", True),
    ("qaresh-ceasefire-exchange-2026", "al-nahra", "The ICHP said in a statement", "parties", True),
    ("singer-assault-verdict-2026", "associated-press", "The civil jury voted 10-2", "committed", True),
    ("canada-drug-price-cap-2026", "the-northern-post", "In a statement, Health Canada insisted", "treat", True),
    ("university-pay-strike-2026", "the-daily-courier", "It means that fewer than half", "strikes", True),
    ("singer-assault-verdict-2026", "the-daily-glare", "EXCLUSIVE: TROUBLED", "EXCLUSIVE", True),
    # Feelings that stay: a government "committed to" bringing hostages home, air strikes.
    ("qaresh-ceasefire-exchange-2026", "the-times-of-velmora", "\"The government is committed", "committed", False),
    ("qaresh-ceasefire-exchange-2026", "al-nahra", "In the hours before it took hold", "strikes", False),
]


def _sentence(slug: str, article: str, start: str) -> str:
    doc = event_docs(slug)[article]
    return next(doc.text[s.start : s.end] for s in doc.sentences if doc.text[s.start : s.end].startswith(start))


@pytest.mark.parametrize(("slug", "article", "start", "word", "hidden"), CASES, ids=[f"{c[3]}|{c[2][:25]}" for c in CASES])
def test_round_x_event_tone(slug: str, article: str, start: str, word: str, hidden: bool) -> None:
    text = _sentence(slug, article, start)
    assert re.search(r"\b" + re.escape(word) + r"(?!\w)", text) is not None
    assert word_shown(text, word) is not hidden
