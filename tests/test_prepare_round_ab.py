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


# --- round AB's three events: furniture the rules must set aside (tuned; in no figure) ---------

from framing.events import load_article  # noqa: E402
from framing.prepare import prepare  # noqa: E402

EVENTS = DATA / "events"
_T, _S, _F = "tower-fire-corrigan-house-2026", "school-abduction-kauran-2026", "fuel-subsidy-protests-valdoria-2026"
EVENT_ASIDE = [
    (f"{_T}/kelsborough-live.txt", "site furniture", "NewsKelsborough News"),
    (f"{_T}/kelsborough-live.txt", "byline", "Chloe Brannigan Senior Reporter and Gemma Tait"),
    (f"{_T}/kelsborough-live.txt", "site furniture", "We have more newsletters"),
    (f"{_T}/kelsborough-live.txt", "site furniture", "Have your say and read our community guidelines before commenting"),
    (f"{_T}/northstar.txt", "site furniture", "United Kingdom"),
    (f"{_T}/northstar.txt", "site furniture", "Purchase Licensing Rights, opens new tab"),
    (f"{_T}/northstar.txt", "author bio", "Hannah Croft covers the north of England for Northstar, reporting on public services, "
     "infrastructure and regional politics. She joined Northstar in 2019 after eight years on regional newspapers."),
    (f"{_T}/the-commonweal.txt", "author bio", "Nadia Rahman-Cole is The Commonweal's housing correspondent. "
     "She was previously a tenants' rights adviser in Brackenford."),
    (f"{_S}/bws-news.txt", "site furniture", "More BWS stories on Nigeria:"),
    (f"{_S}/bws-news.txt", "site furniture", "Nigeria's vigilantes: The farmers fighting bandits with old rifles"),
    (f"{_S}/bws-news.txt", "site furniture", "Go to BWSAfrica.com for more news from the African continent."),
    (f"{_S}/daily-lantern.txt", "donation appeal", "For as little as N1,000 a month, you can help keep the light on."),
    (f"{_S}/monde-24.txt", "site furniture", "Receive essential international news every morning"),
    (f"{_S}/daily-lantern.txt", "copyright notice", "© 2026 Daily Lantern Media Ltd. All rights reserved. No part of this "
     "story may be republished, broadcast, rewritten or redistributed, in whole or in part, without prior written "
     "permission from Daily Lantern."),
    (f"{_F}/bramwell.txt", "site furniture", "In this article:"),
    (f"{_F}/bramwell.txt", "site furniture", "VDP=X"),
    (f"{_F}/bramwell.txt", "site furniture", "^IGSA"),
    (f"{_F}/bramwell.txt", "site furniture", "+3.41%"),
    (f"{_F}/el-centinela.txt", "timestamp", "San Aurelio, March 17, 2026 - 09:12 p.m. (updated 10:47 p.m.)"),
    (f"{_F}/el-centinela.txt", "credit line", "(With information from Hemisphere Press and AIN)"),
    (f"{_F}/solidarity-wire.txt", "author bio",
     "Nicolás Echeverría is a journalist based in San Aurelio who covers labor and social movements in the Andes."),
    (f"{_F}/solidarity-wire.txt", "copyright notice",
     "Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely."),
]


@pytest.mark.parametrize(("path", "reason", "line"), EVENT_ASIDE, ids=lambda v: str(v)[:40])
def test_round_ab_event_furniture_is_set_aside(path: str, reason: str, line: str) -> None:
    doc = prepare(load_article(EVENTS / path))
    assert [reason, line] in [[b.reason, b.text] for b in doc.boilerplate]
    assert line not in [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("path", "first", "last"),
    [
        (f"{_T}/northstar.txt", "Five dead, nine missing after fire tears through English tower block",
         "Police have not formally identified the dead."),
        (f"{_T}/the-commonweal.txt", "'They were warned': Corrigan House tenants say fire deaths were 'social murder'",
         "\"She should be here to see them finally listen.\""),
        (f"{_S}/daily-lantern.txt", "Bandits abduct students from Zuruma girls' school, troops rescue 17", None),
        (f"{_F}/bramwell.txt", "Valdoria Bonds Rally as Minister Says Fuel Subsidy Cut Is 'Not Up for Debate'",
         "\"Backing down would cost the government its credibility with investors at the worst possible moment.\""),
        (f"{_F}/solidarity-wire.txt", None,
         "Fenatra has called for a national general strike on Friday, and the country's largest labor confederation is expected to join."),
    ],
)
def test_round_ab_events_open_on_the_headline_and_end_on_the_story(path: str, first: str | None, last: str | None) -> None:
    doc = prepare(load_article(EVENTS / path))
    if first is not None:
        assert doc.sentences[0].text == first
    if last is not None:
        assert doc.sentences[-1].text == last


# --- the edges of the round-AB event rules -----------------------------------------------------


def test_lines_between_an_appeals_heading_and_its_button_are_the_appeals() -> None:
    doc = _doc(f"Headline of the story\n\n{_LEAD}\n\n{_LEAD}\n\nSupport our journalism.\n\n"
               "Reporting costs money and your help keeps it free.\n\nMake a contribution")
    assert [b.reason for b in doc.boilerplate] == ["donation appeal"] * 3


def test_a_quote_between_two_appeals_stays_reporting() -> None:
    quote = '"We rely on donors," the director said.'
    doc = _doc(f"Headline of the story\n\n{_LEAD}\n\nSupport our journalism.\n\n{quote}\n\nMake a contribution")
    assert quote in [s.text for s in doc.sentences]


def test_a_newsletter_blurb_between_its_label_and_its_button_is_the_boxes() -> None:
    doc = _doc(f"Headline of the story\n\n{_LEAD}\n\n{_LEAD}\n\nDaily newsletter\nThe week's news in five minutes\n\nSubscribe")
    assert [b.text for b in doc.boilerplate] == ["Daily newsletter", "The week's news in five minutes", "Subscribe"]


@pytest.mark.parametrize(
    ("top", "aside"),
    [
        ("World\nUnited Kingdom", ["World", "United Kingdom"]),  # a breadcrumb under a one-word section
        ("NewsKelsborough News", ["NewsKelsborough News"]),  # glued in the paste
        ("United Kingdom", []),  # two words alone over the headline: a headline's own words may read so
    ],
)
def test_breadcrumb_kickers_over_the_headline(top: str, aside: list[str]) -> None:
    doc = _doc(f"{top}\nFive dead after fire tears through tower block in the city\n\n{_LEAD}")
    assert [b.text for b in doc.boilerplate] == aside


def test_a_name_and_job_with_a_second_writer_is_the_byline() -> None:
    line = "Jane Roe Senior Reporter and Gemma Tait"
    doc = _doc(f"Fire tears through tower block in the city\n\n{line}\n\n{_LEAD}")
    assert [[b.reason, b.text] for b in doc.boilerplate] == [["byline", line]]
