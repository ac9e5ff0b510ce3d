"""Boilerplate table, round P (tests/data/boilerplate_round_p.yaml).

Page furniture of court-news and tech sites (link prompts to a ruling,
"Most Popular" lists, bylines with a job description, "Update, <date>:"
notes), conservative US sites (newsletter promotions, a closing author bio
and tips address), an AFP-style sports wire (France 24's "Issued on ...
Modified" stamp, dash-framed crossheads, the desk's sign-off), Kenyan dailies
(stacked section labels, "More by this Author", a dateline alone on its
line, "| PHOTO | NAME | PAPER" credits), blogs (a masthead, bracketed image
captions, a reference list, an e-mail box), Bloomberg-style wires (the
photographer line, the economics box label, update notes, the reporters'
and editors' contact block), a Yonhap-style wire ("(ATTN: ...)", "(END)"),
FT-style sign-ups and a reader-funded outlet's kicker, sign-up line and
donation box; and look-alike reporting that stays content. Written BEFORE
the round-P rules, with lines of my own (none from the test events): on the
code before them none of its 12 furniture cases passed (the two look-alike
cases did); after them all 14 pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import check_boilerplate_case

ROUND_P = yaml.safe_load((Path(__file__).parent / "data" / "boilerplate_round_p.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_P, ids=lambda c: c["text"].split("\n")[1][:40])
def test_boilerplate_round_p(case: dict[str, object]) -> None:
    check_boilerplate_case(case)


@pytest.mark.parametrize(
    ("text", "note", "content"),
    [
        # a wire's editor note glued to the story's first line: set aside for every stage
        # (numbers no longer read "paras 5-6"; entities no longer see "ATTN" or "ADDS")
        ("(ATTN: ADDS quotes from union leader in paras 5-6; UPDATES share prices) Toyota Motor Corp said on "
         "Tuesday it would recall 1.2 million vehicles.",
         "(ATTN: ADDS quotes from union leader in paras 5-6; UPDATES share prices)",
         ["Toyota Motor Corp said on Tuesday it would recall 1.2 million vehicles."]),
        ("(Adds analyst comment, UPDATES shares) Rio Tinto said it would cut its forecast.",
         "(Adds analyst comment, UPDATES shares)", ["Rio Tinto said it would cut its forecast."]),
        ("Miners cut forecast\n(REFILE-corrects typo in headline)\nRio Tinto said it would cut its forecast.",
         "(REFILE-corrects typo in headline)", ["Miners cut forecast", "Rio Tinto said it would cut its forecast."]),
        # a bracketed aside that opens a paragraph of reporting stays
        ("(Adding to the pressure, the union called a strike.) The talks resumed on Monday.", None,
         ["(Adding to the pressure, the union called a strike.)", "The talks resumed on Monday."]),
    ],
)
def test_wire_editor_notes_are_set_aside(text: str, note: str | None, content: list[str]) -> None:
    from tests.test_prepare import _doc

    doc = _doc(text)
    assert [b.text for b in doc.boilerplate if b.reason == "editor's note"] == ([note] if note else [])
    assert [s.text for s in doc.sentences] == content


@pytest.mark.parametrize(
    ("text", "aside", "content"),
    [
        # a caption closed by AFP's copyright credit is a caption, all of it (found reading the
        # doping event's report, whose "only here" example was the AEP photo caption)
        ("Sprint final\nKenya's Jane Doe celebrates after winning the final in Doha on May 2, 2026. © Karim JAAFAR / AFP/File\n"
         "The race was fast.",
         [["caption", "Kenya's Jane Doe celebrates after winning the final in Doha on May 2, 2026. © Karim JAAFAR / AFP/File"]],
         ["Sprint final", "The race was fast."]),
        # a copyright line after reporting takes only itself; a © inside a sentence is reporting
        ("Sprint final\nThe winner was Jane Doe. © 2026 AFP\nThe race was fast.",
         [["copyright notice", "© 2026 AFP"]], ["Sprint final", "The winner was Jane Doe.", "The race was fast."]),
        ("Sprint final\nThe index, © Stoxx, fell 2%.\nThe race was fast.",
         [], ["Sprint final", "The index, © Stoxx, fell 2%.", "The race was fast."]),
    ],
)
def test_a_caption_closed_by_a_copyright_credit(text: str, aside: list[list[str]], content: list[str]) -> None:
    from tests.test_prepare import _doc

    doc = _doc(text)
    assert [[b.reason, b.text] for b in doc.boilerplate] == aside
    assert [s.text for s in doc.sentences] == content
