"""Acceptance: four events in topics and house styles of round Q.

tests/data/events/verodane-alzheimers-approval-2026 (a specialist health
site, a Daily-Mail-style tabloid, a drug-pricing watchdog),
kuroshio-marine-heatwave-study-2026 (a Japanese English-language outlet, a
climate-sceptic site, a Guardian-style environment desk),
al-sahel-heat-deaths-2026 (a government-friendly Gulf daily, a Nepali daily, an
international outlet) and oyelaran-governorship-tribunal-2026 (a Punch-style
Lagos daily, a BBC-style service, a pro-government paper) were written as
pasted web copy by helpers who had not read the rules, each with an answer key
a teacher would write. The tests pin what a careful reader finds; the misses a
reader would still see are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from framing.compare import Comparison, compare
from framing.events import load_event
from framing.prepare import prepare
from tests.conftest import DATA

EVENTS = DATA / "events"


@pytest.fixture(scope="module")
def drug() -> Comparison:
    return compare(load_event(EVENTS / "verodane-alzheimers-approval-2026"))


@pytest.fixture(scope="module")
def heatwave() -> Comparison:
    return compare(load_event(EVENTS / "kuroshio-marine-heatwave-study-2026"))


@pytest.fixture(scope="module")
def gulf() -> Comparison:
    return compare(load_event(EVENTS / "al-sahel-heat-deaths-2026"))


@pytest.fixture(scope="module")
def tribunal() -> Comparison:
    return compare(load_event(EVENTS / "oyelaran-governorship-tribunal-2026"))


# --- page furniture ------------------------------------------------------------------

_DRUG, _HEAT, _GULF, _TRIB = (
    "verodane-alzheimers-approval-2026", "kuroshio-marine-heatwave-study-2026",
    "al-sahel-heat-deaths-2026", "oyelaran-governorship-tribunal-2026",
)


@pytest.mark.parametrize(
    ("event", "article", "reason", "text"),
    [
        (_DRUG, "pulse-health-news", "site furniture", "Pulse+"),
        (_DRUG, "pulse-health-news", "site furniture", "Already a subscriber? Log in"),
        (_DRUG, "pulse-health-news", "caption",
         "Castellan Therapeutics' verodanemab is given as an intravenous infusion every four weeks. Courtesy Castellan Therapeutics"),
        (_DRUG, "pulse-health-news", "author bio", "Senior Biotech Writer"),
        (_DRUG, "the-daily-courier", "contact line", "Do YOU have a loved one with dementia? Email health@dailycourier.co.uk"),
        (_DRUG, "the-daily-courier", "site furniture", "Scientists discover 'missing link' between poor sleep and..."),
        (_DRUG, "the-daily-courier", "site furniture", "Comments 87"),
        (_DRUG, "the-dosage-report", "reading time", "November 14, 2026 · Patient Safety, Drug Pricing · 8 min read"),
        (_DRUG, "the-dosage-report", "site furniture", "Get The Dosage Weekly. Sign up →"),
        (_DRUG, "the-dosage-report", "contact line", "Were you or a loved one offered Verodane? Tell us: tips@dosagereport.org"),
        (_HEAT, "nippon-daily-wire", "editor's note", "This article was originally published in Japanese."),
        (_HEAT, "nippon-daily-wire", "caption",
         "[VIDEO] Dead yellowtail are removed from fish cages in Ozaki Bay, Kochi Prefecture, in August 2025"),
        (_GULF, "compass-international", "credit line", "Source: Compass International and news agencies"),
        (_GULF, "the-gulf-chronicle", "caption",
         "Blue-collar workers take a break at a shaded rest area at the Al Sahel Bay site. Image Credit: Supplied"),
        (_GULF, "the-gulf-chronicle", "credit line", "— With inputs from MNA"),
        (_GULF, "the-himalayan-post", "dateline", "Kathmandu/Sindhupalchok, Nov 22 (Mangsir 7)"),
        (_GULF, "the-himalayan-post", "site furniture", "Over 1,100 Nepali workers died abroad last fiscal year: DoFE"),
        (_TRIB, "the-lagos-ledger", "caption", "Governor Babatunde Oyelaran"),
        (_TRIB, "the-lagos-ledger", "site furniture", "Kindly share this story"),
        (_TRIB, "meridian-world-service", "site furniture", "Why so many Nigerian elections are decided in court"),
        (_TRIB, "the-nation-herald", "credit line", "Contributing: Femi Bamigboye, Abuja"),
    ],
)
def test_page_furniture_is_set_aside(event: str, article: str, reason: str, text: str) -> None:
    doc = prepare(next(a for a in load_event(EVENTS / event).articles if a.id == article))
    assert [reason, text] in [[b.reason, b.text] for b in doc.boilerplate]


def test_the_sceptic_sites_syndication_notice_is_no_sentence() -> None:
    doc = prepare(next(a for a in load_event(EVENTS / _HEAT).articles if a.id == "the-sentinel-ledger"))
    assert not [s.text for s in doc.sentences if "licensing" in s.text or "without charge" in s.text]
    assert doc.sentences[-1].text == "\"It's lobbying with footnotes.\""
