"""Acceptance: four events in topics and house styles of round O.

tests/data/events/cordell-runway-overrun-2026 (a Reuters-style wire, an
aviation trade site, a UK tabloid), isla-verde-rocket-debris-2026 (a space-news
site, an AP-style wire written from the island, a Caribbean national paper),
lampedusa-style-boat-rescue-2026 (an Italian agency's English service, a
Guardian-style humanitarian outlet, an Express-style British site) and
vindhya-pradesh-poll-result-2026 (a Times-of-India-style daily, an independent
digital outlet, a right-leaning portal) were written as pasted web copy by
helpers who had not read the rules. The tests pin what a careful reader finds;
the misses a reader would still see are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from framing.compare import Comparison
from tests.acceptance_tables import narrator as _narrator, row_texts as _row, speakers as _speakers
from tests.acceptance_tables import event_fixture, prepared
from tests.conftest import DATA

EVENTS = DATA / "events"


crash = event_fixture(EVENTS / "cordell-runway-overrun-2026")
rocket = event_fixture(EVENTS / "isla-verde-rocket-debris-2026")
boat = event_fixture(EVENTS / "lampedusa-style-boat-rescue-2026")
poll = event_fixture(EVENTS / "vindhya-pradesh-poll-result-2026")


def _entity(c: Comparison, canonical: str) -> tuple[str, int]:
    e = next(e for e in c.entities if e.canonical == canonical)
    return e.kind, len(e.articles)


# --- page furniture ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "reason", "text"),
    [
        ("cordell-runway-overrun-2026", "daily-clarion", "site furniture", "Scroll down for video"),
        ("cordell-runway-overrun-2026", "daily-clarion", "site furniture", "Previous"),
        ("cordell-runway-overrun-2026", "halden-news", "site furniture", "Summary"),
        ("cordell-runway-overrun-2026", "halden-news", "site furniture", "Advertisement · Scroll to continue"),
        ("cordell-runway-overrun-2026", "halden-news", "caption",
         "Emergency vehicles surround a Northway Air ATR 72-600 aircraft after it overran the runway at Cordell Regional "
         "Airport in Cordell, Washington, U.S., November 20, 2026, in this picture obtained from social media."),
        ("isla-verde-rocket-debris-2026", "the-corwin-herald", "byline", "Kimberly Jn Baptiste/Senior Staff Reporter"),
        ("isla-verde-rocket-debris-2026", "orbital-post", "caption",
         "Helion Orbital's Talon 2 rocket lifts off from Cape Meridian Spaceport's Launch Complex 9 on Nov. 17, 2026, "
         "on the Kestrel Rideshare 2 mission. (Image credit: Helion Orbital)"),
        ("lampedusa-style-boat-rescue-2026", "the-meridian", "site furniture", "Sign up to Borderlines"),
        ("lampedusa-style-boat-rescue-2026", "the-meridian", "site furniture", "Sea rescues"),
        ("lampedusa-style-boat-rescue-2026", "the-meridian", "timestamp", "Last modified on Thu 19 Nov 2026 19.02 GMT"),
        ("lampedusa-style-boat-rescue-2026", "daily-clarion", "timestamp",
         "18:42, Thu, Nov 19, 2026 | UPDATED: 19:10, Thu, Nov 19, 2026"),
        ("vindhya-pradesh-poll-result-2026", "india-daily-chronicle", "byline",
         "Shailendra Mishra / IDCN / Updated: Nov 23, 2026, 23:48 IST"),
        ("vindhya-pradesh-poll-result-2026", "the-commons", "donation appeal", "Support Free & Independent Journalism"),
        ("vindhya-pradesh-poll-result-2026", "bharat-beacon", "correction notice", "(This is a developing story and will be updated.)"),
    ],
)
def test_page_furniture_is_set_aside(event: str, article: str, reason: str, text: str) -> None:
    doc = prepared(EVENTS / event, article)
    assert [reason, text] in [[b.reason, b.text] for b in doc.boilerplate]


def test_section_crossheads_stay_content() -> None:
    doc = prepared(EVENTS / "isla-verde-rocket-debris-2026", "the-corwin-herald")
    assert {"THE ROCKET", "THE GOVERNMENT", "FISHERFOLK IDLE"} <= {s.text for s in doc.sentences}


# --- quotes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "speaker", "role"),
    [
        # "Cordell Fire & Rescue Battalion Chief Luis Ortega said ...", then "..., he said."
        ("crash", "daily-clarion", "Luis Ortega", "official"),
        # "For Rachel Osei, a former NTSB air safety investigator who now runs Osei Aviation Safety Group, ..."
        ("crash", "flightdeck-daily", "Rachel Osei", "business"),
        ("crash", "halden-news", "Glenn Rasmussen", "official"),
        # "Prime Minister Hon. Marcia Baptiste-Lewis ..." then "the Prime Minister declared"
        ("rocket", "the-corwin-herald", "Marcia Baptiste-Lewis", "official"),
        ("rocket", "the-corwin-herald", "Alana Beaubrun", "advocate"),
        ("rocket", "orbital-post", "Marisol Ortega-Feeney", "business"),
        # "said the 24-year-old from Darfur, ..., who asked to be identified only as Idris"
        ("boat", "the-meridian", "Idris", "unknown"),
        ("boat", "the-meridian", "SOS Mare Aperto", "unknown"),
        ("boat", "the-meridian", "Chiara Moretti", "official"),
        ("boat", "agn-english", "Nicola Sarti", "official"),
        ("boat", "daily-clarion", "Home Office source", "official"),
        ("boat", "daily-clarion", "Darren Whitcombe", "official"),
        # "Mamta ji said:", "Shri Gyan Singh Lodhi"
        ("poll", "bharat-beacon", "Mamta Sahu", "affected"),
        ("poll", "bharat-beacon", "Gyan Singh Lodhi", "affected"),
        # "Speaking to reporters outside Raj Bhavan, Kushwaha, 67, ..." then "he said"
        ("poll", "india-daily-chronicle", "Shivnath Kushwaha", "official"),
    ],
)
def test_speakers_and_roles(request: pytest.FixtureRequest, event: str, article: str, speaker: str, role: str) -> None:
    assert (speaker, role) in _speakers(request.getfixturevalue(event), article)


@pytest.mark.parametrize(
    ("event", "article", "wrong"),
    [
        ("crash", "flightdeck-daily", "Launches Go-Team"),  # from a title-case headline
        ("crash", "flightdeck-daily", "Osei Aviation Safety Group"),
        ("boat", "the-meridian", "Santa Rena"),
        ("boat", "the-meridian", "GMT"),
        ("poll", "india-daily-chronicle", "Raj Bhavan"),
    ],
)
def test_no_place_headline_or_firm_speaks_for_a_person(request: pytest.FixtureRequest, event: str, article: str, wrong: str) -> None:
    assert wrong not in {s for s, _ in _speakers(request.getfixturevalue(event), article)}


def test_the_idris_he_said_at_the_end_is_idris(boat: Comparison) -> None:
    last = [q for q in boat.article("the-meridian").quotes if q.kind == "direct"][-1]
    assert (last.text, last.speaker) == ("I called for him until I had no voice,", "Idris")


def test_the_airline_spokesman_speaks_for_the_airline(crash: Comparison) -> None:
    q = next(q for q in crash.article("daily-clarion").quotes if q.text.startswith("We are deeply sorry"))
    assert q.speaker_role == "business"


def test_no_speaker_ends_in_a_possessive(poll: Comparison) -> None:
    assert not any(s and s.endswith(("’s", "'s")) for s, _ in _speakers(poll, "the-commons"))


# --- numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "label", "expected"),
    [
        ("crash", "people on board", [["nearly 70", "Nearly 70", "nearly 70", "70", "68"]]),
        ("crash", "people hospitalized", [["Half a dozen", "Half a dozen", "At least five", "seven", "seven"]]),
        # "£30million ($38m)": a bracketed conversion is the same figure, one cell (round Q)
        ("crash", "amount (USD)", [["£30million ($38m)", "roughly $41.5 million", "$38 million"]]),
        ("boat", "people killed", [["nine", "Nine", "eight", "At least 11", "Eleven"]]),
        ("boat", "people rescued", [["61", "Sixty-one", "Around 60", "around 60"]]),
        ("boat", "fine (EUR)", [["10,000 euros", "€5,000"]]),
        ("poll", "percent vote share", [["close to 44%", "42.3 per cent", "41.9%"]]),
        ("poll", "seats won by RSD", [["116", "118", "118"]]),
        ("poll", "people deleted", [["3 lakh", "over 300,000", "over three lakh", "over 3.4 lakh"]]),
    ],
)
def test_figures_pair_across_outlets(request: pytest.FixtureRequest, event: str, label: str, expected: list[list[str]]) -> None:
    assert _row(request.getfixturevalue(event), label) == expected


@pytest.mark.parametrize("label", ["rockets", "pendings", "lifts", "aircrafts", "overrans", "gmts", "pratts", "z", "g", "sm"])
def test_model_names_and_codes_are_no_rows(crash: Comparison, rocket: Comparison, label: str) -> None:
    assert label not in {r.label for c in (crash, rocket) for r in c.numbers}


@pytest.mark.xfail(strict=True, reason="the headline 'Talon 2 rocket suffers ...' reads 'suffers' as a counted noun")
def test_a_headline_verb_is_no_counted_noun(rocket: Comparison) -> None:
    assert "suffers" not in {r.label for r in rocket.numbers}


@pytest.mark.xfail(strict=True, reason="Rs 412 crore (the daily) is not read as seized; only two outlets share the row")
def test_money_seized_in_all_three_outlets(poll: Comparison) -> None:
    assert [len(r) for r in _row(poll, "seized (INR)")] == [3]


@pytest.mark.xfail(strict=True, reason="'about 90' on board (the agency), 'at least 85 ... crowded on to the boat' and "
                   "'nearly 100' thrown into the sea do not share a row")
def test_people_on_the_boat_share_a_row(boat: Comparison) -> None:
    assert [len(r) for r in _row(boat, "people on board")] == [3]


@pytest.mark.xfail(strict=True, reason="the JVM's 2021 seats (127), reserved seats (47) and its 83 share one row")
def test_the_losers_seats_are_one_figure_per_outlet(poll: Comparison) -> None:
    assert _row(poll, "seats for JVM") == []


# --- naming ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "article", "term", "category"),
    [
        ("crash", "flightdeck-daily", "pax", "travellers"),
        ("crash", "flightdeck-daily", "pilot", "crew"),  # "the captain and first officer"
        ("crash", "daily-clarion", "flight attendant", "crew"),
        ("rocket", "the-corwin-herald", "enthusiast", "audience"),
        ("boat", "agn-english", "scafista", "smugglers"),
        ("boat", "agn-english", "survivor", "disaster-affected"),
        ("boat", "the-meridian", "survivor", "disaster-affected"),
        ("boat", "daily-clarion", "illegal migrant", "criminalizing"),
        ("poll", "bharat-beacon", "karyakarta", "campaign-worker"),
        ("poll", "bharat-beacon", "goon", "crime-dehumanizing"),
        ("poll", "the-commons", "ghuspaithiya", "pejorative"),
    ],
)
def test_naming_in_the_outlets_own_words(request: pytest.FixtureRequest, event: str, article: str, term: str, category: str) -> None:
    assert (term, category) in _narrator(request.getfixturevalue(event), article)


def test_no_navigation_system_is_a_doctor(crash: Comparison) -> None:
    assert ("doctor", "health-worker") not in _narrator(crash, "flightdeck-daily")  # "GPS" is not "GPs"


@pytest.mark.xfail(strict=True, reason="'NTSB board member' is management when the board is named only in the sentence before")
def test_a_safety_board_member_is_not_management(crash: Comparison) -> None:
    assert ("board member", "management") not in _narrator(crash, "daily-clarion")


# --- entities --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "canonical", "kind", "articles"),
    [
        ("poll", "Devendra Singh Thakur", "person", 3),  # "Shri Devendra Singh Thakur" in one outlet
        ("poll", "Balkrishna Das", "person", 3),  # "Pujya Mahant Balkrishna Das ji"
        ("poll", "Raj Bhavan", "place", 2),
        ("boat", "Katrin Vogel", "person", 3),  # "the German Katrin Vogel"
        ("boat", "SeaBridge Humanitarian", "organisation", 3),
        ("boat", "Santa Rena", "place", 3),
        ("rocket", "Helion Orbital", "organisation", 3),
        ("crash", "Northway Air", "organisation", 3),
    ],
)
def test_entities_merge_across_outlets(request: pytest.FixtureRequest, event: str, canonical: str, kind: str, articles: int) -> None:
    assert _entity(request.getfixturevalue(event), canonical) == (kind, articles)


@pytest.mark.xfail(strict=True, reason="'EU Commissioner for Internal Affairs and Migration Henrik Lindqvist': a portfolio "
                   "with 'and' is kept in the name")
def test_a_portfolio_with_and_is_no_part_of_a_name(boat: Comparison) -> None:
    assert "Migration Henrik Lindqvist" not in {e.canonical for e in boat.entities}
