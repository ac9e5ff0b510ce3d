"""Probe table AL for framing.numbers (tests/data/numbers_probe_al.yaml): round AL, written before its rules. The
number errors found by hand on 8 real news events (Canadian, Pakistani, Indian, Nigerian-story, Scottish-story,
Singaporean, Trinidadian and US local outlets) only named the families of shapes that fail; each family is probed
with sentences of our own, several per family, with controls: tolls told as lives claimed, page furniture and
identifiers, the noun or the role from the wrong word, counts whose noun stands before them, "N times" with no
shots, and pairing."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_probe_al.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: dict[str, str] = {}
KNOWN_PAIRING_MISSES: dict[str, str] = {
    "about-and-almost": "L6 'about 400' and 'almost 400' still told differently: round AA's event table holds 'Nearly "
                        "2 million' and 'close to 2 million' so (tests/test_numbers_round_aa_events.py), a convention "
                        "this round keeps",
}


test_probe_al_extraction, test_probe_al_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_probe_al_scores() -> None:
    """Measured on the code before round AL (HEAD 8423264): 20/57 sentences exact, 1/6 pairing cases (2 of 7 rows
    right, 2 false, 5 missed); the first measure's 22/57 read two rows cut short by YAML (a "#" opened a comment),
    quoted since. After: 63/63 and 6/7 (8 of 9 rows right, 1 false: "about 400" and "almost 400" still
    differ), six rows and one pairing case added with the rule of a vehicle's load after "with"; then 7/8 (9 of 10
    rows right) with the case of a label that said its role twice ("missing divers missing"), added with its rule;
    65/65 with two rows of the patrol cars' rule's reach ("200 staff work shifts" keeps its people). Two expectations were mended to the module's convention after the first measure: a verb in no concept
    names the role by its stem ("changed the lives of 500 children": "changed"), a participle in none names no role
    ("12 flooded rail tunnels"); the patrol cars' row is labelled by their shared modifier ("patrol cars")."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (65, 8, 10)
    assert (ext, exact, tp, fp) == (65, 7, 9, 1)
