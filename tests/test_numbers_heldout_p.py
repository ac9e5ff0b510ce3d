"""Held-out table P for framing.numbers (tests/data/numbers_heldout_p.yaml): money in house styles ("€1.2bn",
"Won2.1tn", "ARS 620,000", "R$ 4.5 billion", "120 billion yen", a parenthesised conversion), age limits ("users
under 16"), multiples ("seven times the legal limit"), race distances in names and race times, concentrations
(ng/mL, mg/L) and exchange rates ("83.4 to the dollar"), and pairing them across outlets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.numbers_tables import HeldOutTable, expected

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_p.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: frozenset[str] = frozenset({
    # the role reader reads a money verb in the past ("paid", "invested", "owed") and misses its present and
    # infinitive after a modal ("will pay", "would invest") and "owes"
    "Petrobras will pay R$ 4.5 billion in dividends.",
    "Cemex said it would invest MXN 3.2 billion in the plant.",
    "The developer owes creditors about 8 billion yuan.",
})
# (round Q2: a bracketed conversion is one figure, read in both currencies; the conversion cases moved out)
KNOWN_PAIRING_MISSES: frozenset[str] = frozenset()


test_heldout_p_extraction, test_heldout_p_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_heldout_p_scores() -> None:
    """Measured on the code before these rules (855f45a), on the table as corrected: 2/27 sentences exact, 0/6
    pairing cases (0 rows right, 1 wrong, 6 missed); after: 23/27 and 5/6 (5 right, 1 wrong, 1 missed: the conversion's cell);
    after round Q2 (a bracketed conversion is one figure, read in both currencies): 24/27 and 6/6."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (27, 6, 6)
    assert (ext, exact, tp, fp) == (24, 6, 6, 0)


if __name__ == "__main__":  # print the figures recorded in test_heldout_p_scores
    print(scores())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the round-P court event: "No algorithmic feeds ... for users under 17 unless a parent opts in"
        ("No feeds for users under 17 unless a parent opts in.", [("under 17", "age", "age limit")]),
        ("Fines of 500 unless paid late are waived.", [("500", "count", "")]),
        ("They have 30 days whether or not they appeal.", [("30 days", "duration", "day")]),
    ],
)
def test_a_conjunction_after_a_figure_is_no_counted_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    from framing.events import Article
    from framing.numbers import extract_numbers
    from framing.prepare import prepare

    got = extract_numbers(prepare(Article(id="t", outlet="Test", text=text)))
    assert [(q.text, q.kind, q.counts) for q in got] == expected
