"""Boilerplate table, round AB (tests/data/boilerplate_round_ab.yaml), and the edges of its rules.

Round AB: more outlets' page furniture as pasted from their sites: CBS News, NBC News, The
Boston Globe, a McClatchy daily (the Miami Herald), The Texas Tribune, ProPublica, The Epoch
Times, Newsmax, TechCrunch, Ars Technica, The Times, the Daily Mirror, the Daily Express,
France 24, RFE/RL, The Times of Israel, The Indian Express, Mint, GMA News, CTV News,
TheJournal.ie, Hong Kong Free Press, Focus Taiwan and Malay Mail; and look-alike reporting that
stays content. Written BEFORE the round-AB rules, with lines of my own: on the code before them
5 of its 24 furniture cases passed and the look-alike case did; after them all 25 pass.

Two expectations were corrected after the first measurement, each to a convention an older
rule already fixed: Malay Mail's "Follow us on Instagram and subscribe to our Telegram channel
..." is a social media handle line (as "Follow the Philippine News Agency on Viber and subscribe
..."), and the Indian Express' "Lucknow | Updated: ..." is the byline block's line (the CBC rule:
what stands before a bar and a posting stamp at the top is read as the byline's; a place and a
writer's name cannot be told apart there without a gazetteer entry).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import _doc, check_boilerplate_case

DATA = Path(__file__).parent / "data"
ROUND_AB = yaml.safe_load((DATA / "boilerplate_round_ab.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_AB, ids=lambda c: (c.get("meta") or {}).get("outlet") or c["text"].split("\n")[0][:40])
def test_boilerplate_round_ab(case: dict[str, object]) -> None:
    check_boilerplate_case(case)


# --- the rules' edges ------------------------------------------------------------------------

_LEAD = "The council approved the plan on Wednesday after a long debate over its cost to residents."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("by Jane Roe, March 4, 2026, 5 a.m. EST", "byline"),
        ("Jane Roe – Mar 4, 2026 5:12 pm UTC", "byline"),
        ("By Jane Roe | Wednesday, 04 March 2026 05:12 PM EST", "byline"),
        ("Jane Roe 17:12, 4 March 2026", "byline"),
        ("BY JANE ROE AND JOHN DOE MARCH 4, 2026 5 PM CENTRAL", "byline"),
        # a stamp's own words never read as a writer's name
        ("Published Wednesday, March 4, 2026 5:12PM EST", "timestamp"),
        ("Updated Monday, March 2, 2026 9:00 AM", "timestamp"),
        ("Updated on: March 4, 2026 / 5:12 PM EST / CBS News", "timestamp"),
        ("Wednesday March 04 2026, 5.12pm GMT, The Times", "timestamp"),
    ],
)
def test_a_byline_or_stamp_line_at_the_top(line: str, reason: str) -> None:
    doc = _doc(f"Headline of the story\n\n{line}\n\n{_LEAD}")
    assert [[b.reason, b.text] for b in doc.boilerplate] == [[reason, line]]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Enditem/AW", "editor's note"),
        ("ENDITEM", "editor's note"),
        ("(By Jane Roe and John Doe)", "byline"),
        ("(FRANCE 24 with AFP, Reuters)", "credit line"),
        ("With reporting by Reuters", "credit line"),
        ("—Jane Roe/LDF, GMA Integrated News", "credit line"),
        ("This story was first published 4 March 2026.", "timestamp"),
        ("Home | World | Business | Sport | Contact Us", "site furniture"),
    ],
)
def test_foot_lines_of_round_ab(line: str, reason: str) -> None:
    doc = _doc(f"Headline of the story\n\n{_LEAD}\n\n{_LEAD}\n\n{line}")
    assert [[b.reason, b.text] for b in doc.boilerplate] == [[reason, line]]


@pytest.mark.parametrize(
    "line",
    [
        # a results line by bars carries figures: it is reporting, never a link bar
        "Labour 34 | Conservatives 28 | Greens 12 | Reform 11",
        # reporting with the shapes' words
        "With reporting by local journalists banned, the only footage came from residents' phones.",
        "The charity is an independent organisation that runs three shelters in the city.",
        "In the first hour, crews rescued 14 people from the upper floors.",
        "Support for the journalism school's budget fell by a third, the report said.",
        "Do you have information the public should know? That was the question the inquiry asked.",
    ],
)
def test_look_alikes_of_the_round_ab_shapes_stay_content(line: str) -> None:
    # below the top paragraphs (a menu rule of the top reads any bar-separated line there)
    lead = "\n\n".join([_LEAD] * 9)
    doc = _doc(f"Headline of the story\n\n{lead}\n\n{line}\n\n{_LEAD}")
    assert " ".join(s.text for s in doc.sentences).count(line) == 1
    assert not [b for b in doc.boilerplate if b.text in line]


def test_in_is_a_tag_label_only_with_its_colon_alone_on_its_line() -> None:
    doc = _doc(f"Headline of the story\n\n{_LEAD}\n\nIn:\n\nTrain Derailment\n\nOhio")
    assert [b.text for b in doc.boilerplate] == ["In:", "Train Derailment", "Ohio"]
    doc = _doc(f"Headline of the story\n\n{_LEAD}\n\nIn\n\nTrain Derailment")
    assert "Train Derailment" in [s.text for s in doc.sentences]


# --- round AB2: a second set of outlets (tests/data/boilerplate_round_ab2.yaml) ----------------
# The Washington Examiner, Deadline, VOA, Middle East Eye, Scroll.in, Geo News, The Standard
# (Kenya), IOL, Mexico News Daily, MercoPress, ABS-CBN News, VnExpress, the Toronto Star, the Irish
# Examiner, the Taipei Times, The Korea Times, RNZ, The Australian, Khaleej Times, GhanaWeb,
# Bernama and Nikkei Asia. Written BEFORE the round-AB2 rules: on the code before them 12 of its
# 22 furniture cases passed and the look-alike case did; after them all 23 pass. One expectation
# was corrected after the first measurement, to the convention an older table fixed (round P's
# "Priya Shah is a courts reporter ..." / "Story tips can be sent to ..."): the Toronto Star's
# foot is a bio sentence and a contact sentence, two pieces, not one.

ROUND_AB2 = yaml.safe_load((DATA / "boilerplate_round_ab2.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_AB2, ids=lambda c: (c.get("meta") or {}).get("outlet") or c["text"].split("\n")[0][:40])
def test_boilerplate_round_ab2(case: dict[str, object]) -> None:
    check_boilerplate_case(case)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("— AFP", "credit line"),
        ("-- REUTERS", "credit line"),
        ("Source: ghanaweb.com", "credit line"),
        ("Some information for this story came from Reuters.", "credit line"),
        ("Police at the scene of the blast in Quetta. — AFP", "caption"),
        ("Download our app for breaking news alerts", "site furniture"),
        ("This article is available in Arabic on our sister site.", "site furniture"),
    ],
)
def test_foot_lines_of_round_ab2(line: str, reason: str) -> None:
    doc = _doc(f"Headline of the story\n\n{_LEAD}\n\n{_LEAD}\n\n{line}")
    assert [[b.reason, b.text] for b in doc.boilerplate] == [[reason, line]]


@pytest.mark.parametrize(
    "line",
    [
        "Source: a senior police officer who asked not to be named.",
        "Get the message out, the organisers told volunteers before the march.",
        "Comments will be taken from residents at two public meetings next month.",
        '"We have no food left," a mother said. — AFP',
        "About the size of a football pitch, the sinkhole swallowed two cars.",
    ],
)
def test_look_alikes_of_the_round_ab2_shapes_stay_content(line: str) -> None:
    lead = "\n\n".join([_LEAD] * 9)
    doc = _doc(f"Headline of the story\n\n{lead}\n\n{line}\n\n{_LEAD}")
    assert not [b for b in doc.boilerplate if b.text in line]
