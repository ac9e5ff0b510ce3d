"""Boilerplate table, round W (tests/data/boilerplate_round_w.yaml).

Page furniture of Australian public broadcasters (a desk line over the byline, a
beat in the byline, "Posted 5h ago", a caption glued to its "(ABC News: Name)"
credit), First Nations and health outlets (content warnings, helplines with a
number, an Acknowledgement of Country), Kenyan dailies (a bar credit after a
caption, "Additional reporting by Name in Place and ..."), messaging-channel
promotions and "Follow Outlet:" platform lists, tech sites' update lines, trade
sites' "Courtesy of" / "Permission granted by" / "Source:" credits, and pull
quotes; and look-alike reporting that stays content. Written BEFORE the round-W
rules, with lines of my own (none from the test events): on the code before
them none of its 7 furniture cases passed and the look-alike case did; after
them all 8 pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import _doc, check_boilerplate_case

ROUND_W = yaml.safe_load((Path(__file__).parent / "data" / "boilerplate_round_w.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_W, ids=lambda c: c["text"].split("\n")[0][:40])
def test_boilerplate_round_w(case: dict[str, object]) -> None:
    check_boilerplate_case(case)


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        # a pull quote whose words the story carries again in another order
        ("Sheriff vows crackdown\n\nThe sheriff spoke on Monday.\n\n'Plain and simple, they are thugs'\n\n"
         "\"They are thugs, plain and simple,\" the sheriff said.",
         [("pull quote", "'Plain and simple, they are thugs'")]),
        # a quote paragraph closed by its full stop is reporting, even when repeated
        ("Sheriff vows crackdown\n\nThe sheriff spoke on Monday.\n\n\"They are thugs, plain and simple.\"\n\n"
         "\"They are thugs, plain and simple,\" the sheriff said again.", []),
        # a line of two words is too short to tell a pull quote from a quoted word
        ("Sheriff vows crackdown\n\nThe sheriff spoke on Monday.\n\n\"Plain thugs\"\n\nThey are plain thugs, he said.", []),
        # a quotation alone whose words the story does not carry is not lifted from it
        ("Sheriff vows crackdown\n\nThe sheriff spoke on Monday.\n\n'We will not be moved'\n\nHe said nothing else.", []),
        # the headline is never a pull quote
        ("'We will not be moved'\n\nProtesters said: \"We will not be moved.\"", []),
    ],
)
def test_pull_quotes(text: str, aside: list[tuple[str, str]]) -> None:
    assert [(b.reason, b.text) for b in _doc(text).boilerplate] == aside


@pytest.mark.parametrize(
    ("outlet", "aside"),
    [
        ("ABC News", [("byline", "ABC Far North"), ("byline", "By Tom Kirby")]),
        # a line over the byline that does not open with the outlet's own name stays content
        ("The Courier", [("byline", "By Tom Kirby")]),
    ],
)
def test_desk_line_over_byline(outlet: str, aside: list[tuple[str, str]]) -> None:
    text = ("Cyclone crosses coast\n\nABC Far North\n\nBy Tom Kirby\n\n"
            "Cyclone Mara crossed the coast near Cardwell early on Tuesday, cutting power to 40,000 homes.")
    assert [(b.reason, b.text) for b in _doc(text, author="Tom Kirby", outlet=outlet).boilerplate] == aside


@pytest.mark.parametrize(
    ("text", "headlines"),
    [
        # a Title-Case headline of two short sentences heads the story: neither is a reported fact
        ("Colorado Passed a Rifle Ban. For the Survivors, It Came Too Late.\n\nLawmakers voted 34-29 on Wednesday.",
         [True, True, False]),
        # two short sentences in sentence case are reporting
        ("The vote passed. Survivors said it came too late.\n\nLawmakers voted 34-29 on Wednesday.",
         [False, False, False]),
        # the story's last paragraph is never its headline
        ("Lawmakers voted on Wednesday.\n\nIt Passed. Survivors Wept.", [False, False, False]),
    ],
)
def test_two_sentence_title_case_headline(text: str, headlines: list[bool]) -> None:
    from framing.prepare import is_headline

    doc = _doc(text)
    assert [is_headline(s, doc.paragraphs, doc.sentences) for s in doc.sentences] == headlines


ROUND_W2 = yaml.safe_load((Path(__file__).parent / "data" / "boilerplate_round_w2.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_W2, ids=lambda c: c["text"].split("\n")[0][:40])
def test_boilerplate_round_w2_real_outlets(case: dict[str, object]) -> None:
    """Real national outlets' page shapes (NYT, CNN, BBC, Bloomberg, Reuters, Washington Post): 0/6 -> 6/6."""
    check_boilerplate_case(case)


ROUND_W3 = yaml.safe_load((Path(__file__).parent / "data" / "boilerplate_round_w3.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_W3, ids=lambda c: c["text"].split("\n")[0][:40])
def test_boilerplate_round_w3_real_outlets(case: dict[str, object]) -> None:
    """More real outlets' page shapes (Sky News, CBC, DW, Axios, The Conversation, Yahoo, AP): 0/5 -> 5/5."""
    check_boilerplate_case(case)


def test_editor_credit_further_down_is_a_credit_line() -> None:
    text = ("Germany tightens border checks\n\n" + "\n\n".join(
        f"Paragraph {n} of the story says what the ministry did on Monday, in full." for n in range(9))
        + "\n\nEdited by: Tom Poe")
    assert [(b.reason, b.text) for b in _doc(text).boilerplate] == [("credit line", "Edited by: Tom Poe")]


@pytest.mark.parametrize(
    ("line", "aside"),
    [
        # tuned on the round-W events: a newsletter box's second line and a tabloid's reader poll
        ("Breaking News Alerts – get the biggest stories as they happen", True),
        ("VOTE IN OUR POLL: Will the new laws stop the crime wave?", True),
        ("Have your say: Should the council scrap the fees?", True),
        # a poll reported, and alerts in a sentence, are reporting
        ("Poll: Most voters back the plan, a survey found.", False),
        ("Breaking news alerts were sent to 2 million phones, the agency said.", False),
    ],
)
def test_alerts_and_reader_polls(line: str, aside: bool) -> None:
    text = f"Council scraps fees\n\nThe council voted on Monday to scrap parking fees in the town centre.\n\n{line}\n\nThe change starts in May."
    assert [b.text for b in _doc(text).boilerplate] == ([line] if aside else [])
