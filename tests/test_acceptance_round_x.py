"""Acceptance: four events in topics and house styles of round X.

tests/data/events/university-pay-strike-2026 (a Guardian-style paper, a
Telegraph-style paper, a student newspaper), singer-assault-verdict-2026 (AP,
an entertainment trade, a celebrity tabloid), qaresh-ceasefire-exchange-2026
(an Al Jazeera-style site, a Times of Israel-style paper, a Reuters-style wire)
and canada-drug-price-cap-2026 (a CBC-style broadcaster, a National Post-style
paper, a pharma trade site) were written as pasted web copy by helpers who had
not read the rules, each with an answer key a teacher would write. The tests
pin what a careful reader finds; the misses a reader would still see are
strict xfails with their reasons. Each module's own cases of these events are
in tests/test_*_round_x_events.py.
"""

from __future__ import annotations

import pytest

from tests.acceptance_tables import prepared
from tests.conftest import DATA

EVENTS = DATA / "events"
_STRIKE, _VERDICT, _TRUCE, _DRUGS = (
    "university-pay-strike-2026", "singer-assault-verdict-2026", "qaresh-ceasefire-exchange-2026",
    "canada-drug-price-cap-2026",
)


@pytest.mark.parametrize(
    ("event", "article", "reason", "text"),
    [
        (_STRIKE, "the-examiner", "byline", "Hannah Okafor Education correspondent"),
        (_STRIKE, "the-examiner", "timestamp", "Tue 3 Mar 2026 17.05 GMT"),
        (_STRIKE, "the-examiner", "site furniture", "Reuse this content"),
        (_STRIKE, "the-daily-courier", "site furniture", "Subscribe now for £1 for 3 months"),
        (_STRIKE, "the-daily-courier", "credit line", "Additional reporting by Lucy Harrow"),
        (_STRIKE, "the-gatehouse", "caption", "Picket line outside the Old Library (Photo: Rhiannon Pryce/The Gatehouse)"),
        (_VERDICT, "associated-press", "dateline", "LOS ANGELES (AP) —"),
        (_VERDICT, "associated-press", "credit line", "Associated Press writer Devin Holloway contributed from New York."),
        (_VERDICT, "associated-press", "editor's note",
         "The Associated Press does not typically name people who say they have been sexually assaulted unless they "
         "come forward publicly, as Mendes has done."),
        (_VERDICT, "marquee", "caption", "Dorian Vale arrives at Los Angeles County Superior Court on March 2, 2026."),
        (_VERDICT, "marquee", "caption", "Dana Ruiz for Marquee"),
        (_VERDICT, "marquee", "disclaimer",
         "Disclosure: Marquee’s parent company, Lantern Media Group, co-produced a 2024 concert documentary "
         "featuring Vale."),
        (_VERDICT, "the-daily-glare", "site furniture", "Scroll down for video"),
        (_VERDICT, "the-daily-glare", "site furniture", "Share or comment on this article:"),
        (_TRUCE, "al-nahra", "timestamp", "Last update 21:42 GMT"),
        (_TRUCE, "al-nahra", "site furniture", "Live updates: Qaresh Strip ceasefire – day one"),
        (_TRUCE, "al-nahra", "credit line", "Source: Al Nahra and news agencies"),
        (_TRUCE, "the-times-of-velmora", "site furniture", "GET IT"),
        (_TRUCE, "the-times-of-velmora", "donation appeal", "Join Now"),
        (_TRUCE, "halden", "site furniture", "Our Standards: The Halden Trust Principles."),
        (_DRUGS, "cpb-news", "site furniture", "Ottawa caps launch prices of new drugs"),
        (_DRUGS, "cpb-news", "site furniture", "Duration 2:14"),
        (_DRUGS, "cpb-news", "site furniture", "Corrections and clarifications | Submit a news tip | Report error"),
        (_DRUGS, "the-northern-post", "site furniture", "RECOMMENDED FROM EDITORIAL"),
        (_DRUGS, "the-northern-post", "dateline", "OTTAWA —"),
        (_DRUGS, "biopharma-dispatch", "site furniture", "Pricing & Market Access"),
        (_DRUGS, "biopharma-dispatch", "editor's note",
         "Editor's note: This story was updated at 6:40 p.m. ET with comment from Valmont Therapeutics."),
    ],
)
def test_page_furniture_is_set_aside(event: str, article: str, reason: str, text: str) -> None:
    doc = prepared(EVENTS / event, article)
    assert [reason, text] in [[b.reason, b.text] for b in doc.boilerplate]


@pytest.mark.parametrize(
    ("event", "article", "opening"),
    [
        # a glued sentence ("...this year.The UCSU ...") splits at the missing space
        (_STRIKE, "the-examiner", "The UCSU estimates that about a third of academic"),
        (_STRIKE, "the-daily-courier", "The employers also say the University Staff Pension"),
        (_STRIKE, "the-gatehouse", "The strike days are spread over three weeks"),
        (_VERDICT, "associated-press", "His attorney, Martin Kessler, told reporters"),
        (_VERDICT, "marquee", "A Crestline spokesperson told Marquee on Wednesday"),
        (_VERDICT, "the-daily-glare", "The jury found him liable on every count."),
        # a quotation glued to the sentence before it ('dawn.“I ...')
        (_TRUCE, "al-nahra", "“I don’t know what I feel yet."),
        (_TRUCE, "halden", "It did not give a final figure"),
        (_TRUCE, "the-times-of-velmora", "The second phase has yet to be approved"),
        (_DRUGS, "cpb-news", "The bulk-buying program will be run by a new feder"),
        (_DRUGS, "the-northern-post", "Tuesday's announcement goes further"),
        (_DRUGS, "biopharma-dispatch", "The previous round of reforms was ultimately"),
    ],
)
def test_glued_sentences_split(event: str, article: str, opening: str) -> None:
    doc = prepared(EVENTS / event, article)
    assert any(s.text.startswith(opening) for s in doc.sentences)
