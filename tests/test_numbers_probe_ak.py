"""Probe table AK for framing.numbers (tests/data/numbers_probe_ak.yaml): round AK, written before its rules. The
number errors found by hand on 8 real news events (New Zealand, Irish, Ghanaian, Canadian, Malaysian, Bangladeshi,
British and Zambian outlets) only named the families of shapes that fail; each family is probed with sentences of our
own, several per family, with controls: lists of days, a day in brackets after a weekday, percents written "pc",
counts left without their noun, a number inside a name, the role or noun taken from the wrong word, and pairing."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_probe_ak.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: dict[str, str] = {
    "He served with 3 Commando Brigade for ten years.":
        "K5 the name's figure is gone, but the verb before it no longer reaches the span (as after 'Unit 9')",
}
KNOWN_PAIRING_MISSES: dict[str, str] = {
    "two-sets-of-containers": "K7 a vague count and a figure of things with two verbs still pair (a rule that kept them "
                              "apart also split 'hundreds of operations scrubbed' from '250 procedures postponed')",
}


test_probe_ak_extraction, test_probe_ak_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_probe_ak_scores() -> None:
    """Measured on the code before round AK (HEAD 48c191b): 30/64 sentences exact, 2/6 pairing cases (2 of 4 rows
    right, 2 false, 2 missed); after: 75/76 (twelve rows added with the rules, see the table's head) and 5/6 (4 of 4
    rows right, 1 false: the two sets of containers)."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (76, 6, 4)
    assert (ext, exact, tp, fp) == (75, 5, 4, 1)
