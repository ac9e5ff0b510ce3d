"""Held-out table W for framing.numbers (tests/data/numbers_heldout_w.yaml): a sum a ransomware or extortion gang
demands is the ransom wherever the word "ransom" is not beside it, and a ransom in bitcoin shares a row with one in
dollars; a page's "2h ago" stamp and a vulnerability's id and CVSS score count nothing; a bare "$" in an article
from an Australian, New Zealand, Canadian, Singaporean or Hong Kong web address is that country's dollar."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.model import Article
from framing.numbers import extract_numbers
from framing.prepare import prepare
from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_w.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset({
    # no word of ransomware or extortion in the article: "hackers sought" is read as a sum sought, not a ransom
    "The Medibank hackers sought $US10 million, one dollar for each customer whose data was taken.",
})
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset()


test_heldout_w_extraction, test_heldout_w_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


# The outlet's dollar from its web address: (url, sentence, the currency of every figure read).
DOLLARS = [
    ("https://www.abc.net.au/news/2026-05-01/budget/1", "The state will spend $1.2 billion on the new centre.",
     ["AUD"]),
    ("https://www.stuff.co.nz/national/350001", "Kāinga Ora spent $45 million on the motels last year.", ["NZD"]),
    ("https://www.theglobeandmail.com.ca/x", "Ottawa pledged $3 billion for housing.", ["CAD"]),
    ("https://www.cbc.ca/news/canada/toronto/transit-1.7", "The line will cost $12.8 billion, Metrolinx said.", ["CAD"]),
    ("https://www.straitstimes.com.sg/singapore/x", "The fine was $5,000.", ["SGD"]),
    ("https://www.abc.net.au/news/x", "The company paid US$5 million and $2 million.", ["USD", "AUD"]),
    ("https://www.nytimes.com/2026/05/01/us/x.html", "The state will spend $1.2 billion on the new centre.",
     ["USD"]),
    ("https://www.bbc.co.uk/news/world-australia-1", "Canberra will spend $1.2 billion on the centre.", ["USD"]),
]


@pytest.mark.parametrize(("url", "text", "currencies"), DOLLARS, ids=lambda v: str(v)[:30])
def test_heldout_w_outlet_dollar(url: str, text: str, currencies: list[str]) -> None:
    doc = prepare(Article(id="t", outlet="Test", text=text, url=url))
    assert [q.counts for q in extract_numbers(doc) if q.kind == "money"] == currencies


def dollar_score() -> int:
    """Cases of DOLLARS the code gets right."""
    return sum([q.counts for q in extract_numbers(prepare(Article(id="t", outlet="Test", text=t, url=u)))
                if q.kind == "money"] == c for u, t, c in DOLLARS)


def test_heldout_w_scores() -> None:
    """Measured on the code before the round-W pass (HEAD 9c05102, on the table as corrected: "sought" for the
    tabloid's "want"): 2/9 sentences exact, 1/4 pairing cases (0 of 3 rows right, 2 false, 3 missed), 2/8 outlet
    dollars; after: the figures asserted."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn, len(DOLLARS)) == (9, 4, 3, 8)
    assert (ext, exact, tp, fp, dollar_score()) == (8, 4, 3, 0, 8)


if __name__ == "__main__":  # print the figures recorded in test_heldout_w_scores
    print(scores(), dollar_score(), len(DOLLARS))
