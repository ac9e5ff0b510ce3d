"""Boilerplate table, round AA (tests/data/boilerplate_round_aa.yaml), and the edges of its rules.

Round AA: more outlets' page furniture as pasted from their sites: Yahoo News, MSN, The
Telegraph, Newsweek, Fox News, USA Today, AP News, Bloomberg, The Conversation, Medium, The
Washington Post, The Globe and Mail, news.com.au, ITV News, a Reach plc regional (the
Manchester Evening News), Anadolu Agency, The Economist, The Hill, Kyodo News and Xinhua; and
look-alike reporting that stays content. Written BEFORE the round-AA rules, with lines of my own:
on the code before them 9 of its 20 furniture cases passed and the look-alike case did; after
them all 21 pass.

Five expectations were corrected after the first measurement, each to a convention the
boilerplate lexicon or an older table already fixed: Bloomberg's "(Updates with ...)" is an
editor's note (the wire editors' note rule); "USA TODAY" alone under the byline is the outlet's
name line, site furniture (as "THE FINISH LINE"); "This article is republished from The
Conversation ..." is a credit line (the republished-story rule); "Bookmark", "Listen" and a
clap count at the top are site furniture (older tables and the share-counter rule); The
Conversation's "Jane Roe receives funding from ..." is the writer's bio (its funding-statement
rule); and Medium's two-sentence Title-Case headline stays two sentences (is_headline reads it
as one headline, the splitter does not join it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_prepare import _doc, check_boilerplate_case

DATA = Path(__file__).parent / "data"
ROUND_AA = yaml.safe_load((DATA / "boilerplate_round_aa.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ROUND_AA, ids=lambda c: (c.get("meta") or {}).get("outlet") or c["text"].split("\n")[0][:40])
def test_boilerplate_round_aa(case: dict[str, object]) -> None:
    check_boilerplate_case(case)


# --- the rules' edges ------------------------------------------------------------------------

_LEAD = "The council approved the plan on Wednesday after a long debate over its cost to residents."


@pytest.mark.parametrize(
    "line",
    [
        "Story by Jane Roe • 2h • 3 min read",
        "By Jane Roe | 12.03.2026",
        "Jane Roe - 2 hours ago",
        "by Jane Roe - 03/04/26 5:12 PM ET",
    ],
)
def test_a_byline_run_on_into_its_stamp_is_the_byline(line: str) -> None:
    doc = _doc(f"Headline of the story\n\n{line}\n\n{_LEAD}")
    assert [[b.reason, b.text] for b in doc.boilerplate] == [["byline", line]]


@pytest.mark.parametrize(
    ("line", "aside"),
    [
        ("Jane Roe Senior Reporter", True),
        ("Jane Roe Trainee News Reporter", True),
        ("Council Hires New Chief Reporter", False),  # no known first name opens it: a headline's words
    ],
)
def test_a_name_run_on_into_a_newsroom_job_is_a_byline(line: str, aside: bool) -> None:
    doc = _doc(f"Trams suspended after line damage\n\n{line}\n\n{_LEAD}")
    assert ([[b.reason, b.text] for b in doc.boilerplate] == [["byline", line]]) is aside
    assert (line in [s.text for s in doc.sentences]) is not aside


def test_a_count_alone_is_furniture_at_the_top_and_content_further_down() -> None:
    doc = _doc(f"Headline of the story\n\nJane Roe\n\n412\n\n{_LEAD}\n\n{_LEAD}\n\n{_LEAD}\n\n{_LEAD}\n\n"
               f"{_LEAD}\n\n{_LEAD}\n\n{_LEAD}\n\n{_LEAD}\n\n{_LEAD}\n\n1,200")
    assert ["site furniture", "412"] in [[b.reason, b.text] for b in doc.boilerplate]
    assert "1,200" in [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    "line",
    [
        "The hospital receives funding from the state and from private donors.",
        "Listen to residents on Mill Street and you hear the same complaint.",
        "Editorial standards at the paper were questioned by the inquiry.",
        "The charity provides support as a member of the regional alliance.",
    ],
)
def test_look_alikes_of_the_round_aa_shapes_stay_content(line: str) -> None:
    doc = _doc(f"Headline of the story\n\n{_LEAD}\n\n{line}\n\n{_LEAD}")
    assert line in [s.text for s in doc.sentences]


# --- round AA's three events: furniture the rules must set aside (tuned; in no figure) ---------

from framing.events import load_article  # noqa: E402
from framing.prepare import prepare  # noqa: E402

EVENTS = DATA / "events"
_H, _D, _E = "hospital-ransomware-ashgrove-2026", "dam-burst-velgaon-2026", "election-debate-norland-2026"
EVENT_ASIDE = [
    (f"{_H}/cipherwire.txt", "site furniture", "Cybercrime"),
    (f"{_H}/cipherwire.txt", "site furniture", "Healthcare"),
    (f"{_H}/cipherwire.txt", "site furniture", "Get more insights with the"),
    (f"{_H}/cipherwire.txt", "site furniture", "Cipherwire News Briefs newsletter"),
    (f"{_H}/npb-news.txt", "timestamp", "Posted 5h ago5 hours ago, updated 2h ago2 hours ago"),
    (f"{_H}/npb-news.txt", "reading time", "Estimated 6 minutes"),
    (f"{_H}/npb-news.txt", "site furniture",
     "The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence."),
    (f"{_H}/npb-news.txt", "site furniture", "Duration: 2 minutes 14 seconds2m 14s"),
    (f"{_H}/npb-news.txt", "site furniture", "Cyberattacks on hospitals are rising. Here's what patients should know"),
    (f"{_H}/npb-news.txt", "site furniture", "Kellerton hip and knee wait list tops 2 years, data shows"),
    (f"{_H}/daily-courier.txt", "share buttons", "shares"),
    (f"{_H}/daily-courier.txt", "site furniture", "112"),
    (f"{_H}/daily-courier.txt", "disclaimer", "The views expressed in the contents above are those of our users and do not "
     "necessarily reflect the views of CourierOnline."),
    (f"{_H}/daily-courier.txt", "copyright notice", "Published by Associated Courier Newspapers Ltd"),
    (f"{_H}/daily-courier.txt", "copyright notice", "Part of the Courier, Sunday Courier & Metro Courier Group"),
    (f"{_D}/al-mirsad.txt", "reading time", "6 mins"),
    (f"{_D}/al-mirsad.txt", "share buttons", "info"),
    (f"{_D}/al-mirsad.txt", "share buttons", "share2"),
    (f"{_D}/al-mirsad.txt", "dateline", "Talegiri, India –"),
    (f"{_D}/press-syndicate-of-india.txt", "byline", "Press Syndicate of India  Suryanagar"),
    (f"{_D}/press-syndicate-of-india.txt", "timestamp", "3 min read  Last Updated : Aug 12 2026 | 9:47 PM IST"),
    (f"{_D}/press-syndicate-of-india.txt", "dateline", "Suryanagar, Aug 12 (PSI)"),
    (f"{_D}/press-syndicate-of-india.txt", "credit line", "PSI COR ABH RHL RHL"),
    (f"{_D}/press-syndicate-of-india.txt", "site furniture", "Stock Market Live Updates  Gold Price Today  IPO Calendar  Budget 2026"),
    (f"{_D}/the-national-times.txt", "site furniture", "AA"),
    (f"{_D}/the-national-times.txt", "site furniture", "Visual Stories"),
    (f"{_D}/the-national-times.txt", "site furniture", "10 monsoon snacks you can make in 10 minutes"),
    (f"{_E}/polarity.txt", "site furniture", "Polarity Norland"),
    (f"{_E}/polarity.txt", "site furniture", "Election 2026"),
    (f"{_E}/polarity.txt", "byline", "Tobias Rye, author of Polarity Norland Playbook"),
    (f"{_E}/polarity.txt", "byline", "Nora Ellingsen"),
    (f"{_E}/polarity.txt", "site furniture", "Who's up, who's down and why it matters — free in your inbox every weekday at 6am."),
    (f"{_E}/polarity.txt", "copyright notice",
     "Polarity Norland is a service of Polarity Media. © 2026 Polarity Media Inc. All rights reserved."),
    (f"{_E}/plain-speaking.txt", "site furniture", "Plain Speaking"),
    (f"{_E}/plain-speaking.txt", "site furniture", "37"),
    (f"{_E}/plain-speaking.txt", "site furniture", "148 Likes∙37 Restacks"),
    (f"{_E}/plain-speaking.txt", "site furniture", "Privacy ∙ Terms ∙ Collection notice"),
    (f"{_E}/plain-speaking.txt", "site furniture", "Get the app"),
    (f"{_E}/the-meridian.txt", "site furniture", "The Meridian - Back to home"),
    (f"{_E}/the-meridian.txt", "site furniture", "Middle East"),
    (f"{_E}/the-meridian.txt", "byline", "Jakob Lindqvist in Haldvik and Harriet Coyle (earlier)"),
    (f"{_E}/the-meridian.txt", "timestamp", "Updated at 22.47 BST"),
    (f"{_E}/the-meridian.txt", "byline", "Harriet Coyle"),
    (f"{_E}/the-meridian.txt", "social media handle", "Rune Halvorsen"),
    (f"{_E}/the-meridian.txt", "timestamp", "May 10, 2026"),
    (f"{_E}/the-meridian.txt", "donation appeal", "Remind me in June"),
]


@pytest.mark.parametrize(("path", "reason", "line"), EVENT_ASIDE, ids=lambda v: str(v)[:40])
def test_round_aa_event_furniture_is_set_aside(path: str, reason: str, line: str) -> None:
    doc = prepare(load_article(EVENTS / path))
    assert [reason, line] in [[b.reason, b.text] for b in doc.boilerplate]
    assert line not in [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("path", "first", "last"),
    [
        (f"{_H}/cipherwire.txt", "BlackMarrow ransomware gang claims attack on Ontario's Ashgrove Regional Health, demands 75 BTC",
         "The network says roughly 300 elective procedures have been postponed so far, and staff have switched to paper records."),
        (f"{_D}/press-syndicate-of-india.txt", "19 dead, 23 missing after Velgaon dam breach in Sahyadri Pradesh; probe ordered",
         "Schools and anganwadis in Talegiri district will remain closed till Friday, the Collector's office said."),
        (f"{_E}/the-meridian.txt", "Norland election debate: Holt and Brandt clash over crime and housing as snap polls split – as it happened",
         "Jakob Lindqvist is in Haldvik and will take over shortly."),
        (f"{_E}/plain-speaking.txt", "Jonas won.", "The real poll is Sunday."),
    ],
)
def test_round_aa_events_open_on_the_headline_and_end_on_the_story(path: str, first: str, last: str) -> None:
    doc = prepare(load_article(EVENTS / path))
    assert (doc.sentences[0].text, doc.sentences[-1].text) == (first, last)


def test_a_live_blogs_key_events_index_goes_and_its_entry_headings_stay() -> None:
    doc = prepare(load_article(EVENTS / f"{_E}/the-meridian.txt"))
    titles = ["Snap polls give conflicting verdicts", "Fact check: is violent crime really up 40%?",
              "Heated exchange on housing", "Brandt opens with disputed crime claim"]
    aside = [b.text for b in doc.boilerplate if b.reason == "site furniture"]
    texts = [s.text for s in doc.sentences]
    assert [aside.count(t) for t in titles] == [1, 1, 1, 1]
    assert [texts.count(t) for t in titles] == [1, 1, 1, 1]


def test_the_posts_own_words_stay_and_its_frame_goes() -> None:
    doc = prepare(load_article(EVENTS / f"{_E}/the-meridian.txt"))
    texts = [s.text for s in doc.sentences]
    assert "Two candidates, one script." in texts and "@HalvorsenNF" not in texts


# --- the edges of the round-AA event rules -----------------------------------------------------


def test_three_one_word_kickers_over_a_headline_are_set_aside_and_a_short_headline_stays() -> None:
    doc = _doc(f"Cybercrime\nHealthcare\nNews\nGang claims attack on the county's hospital network\n\nJane Roe\n\n{_LEAD}")
    assert [b.text for b in doc.boilerplate][:3] == ["Cybercrime", "Healthcare", "News"]
    doc = _doc(f"Floods hit town\n\nJane Roe\n\n{_LEAD}")
    assert doc.sentences[0].text == "Floods hit town"


def test_an_entry_writer_goes_only_under_a_stamp() -> None:
    body = "\n\n".join([_LEAD] * 9)
    doc = _doc(f"Headline of the story\n\n{body}\n\n18.55 BST\nJakob Lindqvist\n{_LEAD}\n\nJakob Lindqvist\n\n{_LEAD}",
               author="Jakob Lindqvist")
    assert [b.reason for b in doc.boilerplate].count("byline") == 1


@pytest.mark.parametrize(
    "line",
    [
        "PSI COR ABH RHL RHL",
        "PTI ABC DEF GHI",
    ],
)
def test_wire_desk_codes_at_the_foot_are_a_credit_and_a_shout_is_not(line: str) -> None:
    doc = _doc(f"Headline of the story\n\n{_LEAD} {line}")
    assert [[b.reason, b.text] for b in doc.boilerplate] == [["credit line", line]]
    shout = "NO MORE LIES NOW"
    doc = _doc(f"Headline of the story\n\n{_LEAD}\n\n{shout}")
    assert shout in [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    "line",
    [
        "The service is a unit of the county health department, the statement said.",
        "Medicare is a service of the federal government and cannot refuse him.",
        "Top officials met on Tuesday to discuss the breach.",
        "Stock prices fell sharply after the announcement on Tuesday.",
    ],
)
def test_look_alikes_of_the_round_aa_event_shapes_stay_content(line: str) -> None:
    doc = _doc(f"Headline of the story\n\n{_LEAD}\n\n{line}\n\n{_LEAD}")
    assert line in [s.text for s in doc.sentences]


def test_a_guillemet_quote_runs_on_over_a_paragraph_break_to_its_closer() -> None:
    doc = _doc("Headline of the story\n\nThe governor explained the cut.\n\n« Inflation has come down. It is time to act.\n\n"
               "The committee will act again. » the governor declared.")
    assert [(q.text, q.continued, q.close_mark is not None) for q in doc.quote_spans] == [
        ("Inflation has come down. It is time to act.", True, False),
        ("The committee will act again.", False, True),
    ]
    # an English quote left open at the break still ends there, unclosed
    doc = _doc("Headline of the story\n\n« Inflation has come down.\n\nThe committee met on Tuesday, officials said.")
    assert [(q.text, q.closed) for q in doc.quote_spans] == [("Inflation has come down.", False)]


def test_a_run_on_guillemet_piece_keeps_the_quotes_opening_mark() -> None:
    # hypothesis found it: the piece after the break pointed at no mark at all
    doc = _doc('?"«?\n?»')
    roles = {m.start: m.role for m in doc.quote_marks}
    assert [(q.text, q.open_mark, roles[q.open_mark]) for q in doc.quote_spans] == [("?", 2, "open"), ("?", 2, "open")]
