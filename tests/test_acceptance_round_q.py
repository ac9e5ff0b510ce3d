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

from framing.compare import Comparison
from tests.acceptance_tables import entity_rows as _entity_rows, narrator as _narrator, row_texts as _row
from tests.acceptance_tables import speakers as _speakers, spellings as _spellings
from tests.acceptance_tables import event_fixture, prepared
from tests.conftest import DATA

EVENTS = DATA / "events"


drug = event_fixture(EVENTS / "verodane-alzheimers-approval-2026")
heatwave = event_fixture(EVENTS / "kuroshio-marine-heatwave-study-2026")
gulf = event_fixture(EVENTS / "al-sahel-heat-deaths-2026")
tribunal = event_fixture(EVENTS / "oyelaran-governorship-tribunal-2026")


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
    doc = prepared(EVENTS / event, article)
    assert [reason, text] in [[b.reason, b.text] for b in doc.boilerplate]


def test_the_sceptic_sites_syndication_notice_is_no_sentence() -> None:
    doc = prepared(EVENTS / _HEAT, "the-sentinel-ledger")
    assert not [s.text for s in doc.sentences if "licensing" in s.text or "without charge" in s.text]
    assert doc.sentences[-1].text == "\"It's lobbying with footnotes.\""


# --- quotes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "speaker", "role"),
    [
        ("drug", "pulse-health-news", "Lorena Castañeda", "official"),  # "Dr. Lorena Castañeda, director of the FDA's ..."
        ("drug", "pulse-health-news", "Mark Hollister", "business"),
        ("drug", "pulse-health-news", "Priya Raman", "expert"),  # later only "she said", then "Raman"
        ("drug", "pulse-health-news", "Jordan Pike", "expert"),  # an analyst's note
        ("drug", "the-daily-courier", "Jean Harrow", "affected"),
        ("drug", "the-daily-courier", "Fiona McAllister", "expert"),  # "Professor Fiona McAllister ... warned"
        ("drug", "the-daily-courier", "Hannah Cole", "advocate"),
        ("drug", "the-dosage-report", "Marcus Bell", "expert"),
        ("drug", "the-dosage-report", "Kenneth Liu", "expert"),
        ("heatwave", "nippon-daily-wire", "Yuichi Hamada", "official"),
        ("heatwave", "nippon-daily-wire", "Haruka Tanimoto", "expert"),
        ("heatwave", "nippon-daily-wire", "Takeshi Morioka", "affected"),
        ("heatwave", "the-sentinel-ledger", "Roger Kessling", "expert"),  # "Meteorologist Roger Kessling"
        ("heatwave", "the-meridian", "Clara Bennett", "advocate"),
        ("gulf", "the-gulf-chronicle", "Hamad bin Rashid Al Sawadi", "official"),  # "Dr Sheikh ..., Minister of ..."
        ("gulf", "the-gulf-chronicle", "Faisal Abdulla Al Sahlawi", "business"),  # "Eng. Faisal ...", the developer's CEO
        ("gulf", "the-gulf-chronicle", "Suresh Kumar", "affected"),  # "..., 41, a steel fixer from Kerala said"
        ("gulf", "the-himalayan-post", "Dil Bahadur Tamang", "affected"),  # later "Dil Bahadur"
        ("gulf", "the-himalayan-post", "Rajendra Khadka", "business"),  # a recruitment agency
        ("gulf", "compass-international", "Maya Renshaw", "advocate"),  # a rights group's researcher
        ("tribunal", "the-lagos-ledger", "Ibrahim Kaigama", "official"),  # "The judge held:"
        ("tribunal", "the-lagos-ledger", "Olabisi Adeyefa", "official"),  # "the PPRO warned"
        ("tribunal", "meridian-world-service", "Esther Onwuachi", "advocate"),  # an election observers' group
        ("tribunal", "the-nation-herald", "Babatunde Oyelaran", "official"),  # "His Excellency, Governor ..."
        ("tribunal", "the-nation-herald", "Kayode Ojomo", "official"),  # "Comrade ..., Chief Press Secretary"
        pytest.param("gulf", "compass-international", "Daniel Ferreira", "advocate", marks=pytest.mark.xfail(
            strict=True, reason="'X International, a rights group' passes no role to its director: official")),
        ("heatwave", "nippon-daily-wire", "Kenji Sato", "affected"),  # a fisheries cooperative's head (round T)
    ],
)
def test_speakers_and_roles(request: pytest.FixtureRequest, event: str, article: str, speaker: str, role: str) -> None:
    assert (speaker, role) in _speakers(request.getfixturevalue(event), article)


@pytest.mark.parametrize(
    ("event", "article", "wrong"),
    [
        ("gulf", "the-gulf-chronicle", "Eng"),
        ("gulf", "the-gulf-chronicle", "Kerala"),
        ("tribunal", "the-nation-herald", "Excellency"),
        ("tribunal", "the-nation-herald", "Iyaloja"),
        ("tribunal", "the-nation-herald", "opposition"),
        ("tribunal", "the-lagos-ledger", "judge"),
        ("tribunal", "the-lagos-ledger", "Police Public Relations Officer"),
        ("heatwave", "the-sentinel-ledger", "Meteorologist Roger Kessling"),
        pytest.param("drug", "the-daily-courier", "West Midlands", marks=pytest.mark.xfail(
            strict=True, reason="'Jean Harrow, a grandmother of five from Solihull, West Midlands, who ...': the place "
            "closing the descriptor is taken for the speaker")),
        pytest.param("drug", "the-daily-courier", "Derek", marks=pytest.mark.xfail(
            strict=True, reason="'Her husband Derek' does not take the family name: 'Jean' is no known first name")),
    ],
)
def test_no_place_title_or_fragment_speaks(request: pytest.FixtureRequest, event: str, article: str, wrong: str) -> None:
    assert wrong not in {s for s, _ in _speakers(request.getfixturevalue(event), article)}


# --- naming ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "term", "category"),
    [
        ("drug", "the-daily-courier", "sufferer", "illness-label"),  # "dementia sufferers"
        ("drug", "the-daily-courier", "victim of disease", "illness-label"),  # "victims of the cruel disease"
        ("drug", "the-dosage-report", "person living with condition", "person-first-illness"),
        ("drug", "the-dosage-report", "trial participant", "research-participant"),
        ("heatwave", "the-sentinel-ledger", "climate alarmist", "climate-alarmist-label"),
        ("heatwave", "the-meridian", "coastal community", "climate-affected"),
        ("gulf", "the-gulf-chronicle", "expatriate worker", "migration"),
        ("gulf", "compass-international", "migrant worker", "migration"),
        ("tribunal", "the-nation-herald", "hoodlum", "political-violence-label"),
        ("tribunal", "the-nation-herald", "loyalist", "party-faithful"),
    ],
)
def test_naming_choices_in_the_outlets_own_voice(
    request: pytest.FixtureRequest, event: str, article: str, term: str, category: str
) -> None:
    assert (term, category) in _narrator(request.getfixturevalue(event), article)


@pytest.mark.parametrize(
    ("event", "article", "term"),
    [
        ("drug", "the-daily-courier", "professor"),  # "Professor Fiona McAllister": a title
        ("drug", "the-daily-courier", "engineer"),  # "a retired engineer": a biography
        ("drug", "pulse-health-news", "officer"),  # "chief medical officer"
        ("gulf", "the-himalayan-post", "counselor"),  # "labour counsellor" at an embassy
    ],
)
def test_titles_and_biographies_are_no_naming_choice(
    request: pytest.FixtureRequest, event: str, article: str, term: str
) -> None:
    assert term not in {t for t, _ in _narrator(request.getfixturevalue(event), article)}


# --- numbers and entities -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "label", "cells"),
    [
        ("drug", "cost (USD)", ["$28,000-a-year", "$28,000 (£22,100)", "more than $26,000", "more than $26,000", "$26,500"]),
        ("heatwave", "multiple (times the level)", ["four times", "about four times", "more than fivefold", "five times"]),
        ("heatwave", "age of Takeshi Morioka", ["61", "58"]),
        ("gulf", "people employed", ["about 38,000", "more than 40,000"]),
        ("gulf", "temperature (°C)", ["50", "46", "48"]),
        ("tribunal", "polling units", ["84", "84", "84", "more than 80", "more than 80", "96"]),
        ("tribunal", "margin in votes", ["31,492", "about 30,000", "over 31,000"]),
        ("tribunal", "amount (NGN)", ["over N5bn", "5bn naira ($3.4m)"]),
    ],
)
def test_figures_pair_across_outlets(request: pytest.FixtureRequest, event: str, label: str, cells: list[str]) -> None:
    assert cells in _row(request.getfixturevalue(event), label)


def test_a_vague_quantifier_is_no_figure(drug: Comparison) -> None:
    assert not _row(drug, "members")


@pytest.mark.parametrize(
    ("event", "canonical", "kind", "articles"),
    [
        ("drug", "Castellan Therapeutics", "organisation", 3),  # "Castellan" alone elsewhere
        ("drug", "Centers for Medicare and Medicaid Services", "organisation", 2),  # "&" and "and"
        ("heatwave", "Kenji Sato", "person", 2),  # "SATO Kenji" in the Japanese outlet
        ("gulf", "Hamad bin Rashid Al Sawadi", "person", 2),  # "Hamad al-Sawadi" at the international outlet
        ("tribunal", "Kayode Ojomo", "person", 3),  # "Comrade Kayode Ojomo"
        ("tribunal", "Adebayo Ajibulu", "person", 3),  # "Prince Adebayo Ajibulu"
    ],
)
def test_entities_merge_across_outlets(
    request: pytest.FixtureRequest, event: str, canonical: str, kind: str, articles: int
) -> None:
    assert (canonical, kind, articles) in _entity_rows(request.getfixturevalue(event))


@pytest.mark.parametrize(
    ("event", "wrong"),
    [
        ("heatwave", "Ocean Heat Wave Was"),
        ("heatwave", "Meteorologists Aren't Buying It"),
        ("heatwave", "VIDEO"),
        ("drug", "ApoE4"),
        ("tribunal", "Orders INEC"),
        ("tribunal", "Exhibit P47"),
        ("tribunal", "Resident Electoral"),
    ],
)
def test_no_fragment_or_furniture_is_an_entity(request: pytest.FixtureRequest, event: str, wrong: str) -> None:
    assert wrong not in _spellings(request.getfixturevalue(event))
