"""Acceptance: a police shooting and a mayoral recount, as teachers would bring them.

tests/data/events/fairmont-police-shooting-2026 (a local TV station, a
progressive digital outlet, a law-and-order tabloid) and
tests/data/events/harcastle-mayoral-recount-2026 (a wire-style paper, the
challenger's partisan outlet, a fact-check site) were written as pasted web
copy by someone who had not read the rules. The tests pin what a careful
reader finds in them; the misses a reader would still see are strict xfails
with their reasons.
"""

from __future__ import annotations

from collections import Counter

import pytest

from framing.compare import Comparison
from tests.acceptance_tables import speakers as _speakers
from tests.acceptance_tables import event_fixture
from tests.conftest import DATA

POLICE = DATA / "events" / "fairmont-police-shooting-2026"
ELECTION = DATA / "events" / "harcastle-mayoral-recount-2026"


police = event_fixture(POLICE)
election = event_fixture(ELECTION)


def _rows(c: Comparison) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every row carried by more than one outlet: its label and (article, figure) cells in order."""
    return [(r.label, [(cell.article, cell.text) for cell in r.cells]) for r in c.numbers if r.status != "only-one"]


def _row(c: Comparison, label: str) -> list[list[tuple[str, str]]]:
    return [cells for lab, cells in _rows(c) if lab == label]


def _narrator(c: Comparison) -> dict[str, set[tuple[str, str]]]:
    return {a.id: {(m.term, m.category) for m in a.mentions if m.voice == "narrator"} for a in c.articles}


# --- the police shooting --------------------------------------------------------------


def test_police_speakers_and_roles(police: Comparison) -> None:
    assert _speakers(police, "the-daily-sentinel") == {
        ("Gary Kowalczyk", "advocate"),  # the police union's president
        ("Frank DeLuca", "expert"),  # "retired Sgt. Frank DeLuca, who now teaches use-of-force classes"
        # "Reed's family has hired Lorraine Whitfield, a big-name civil rights lawyer": the client's role
        ("Lorraine Whitfield", "affected"),
        ("Fairmont Police Department", "official"),
        ("Tony Russo", "business"),  # "whose family has run Russo's Deli"
        # "Mayor Gloria Pennington, a first-term Democrat who offered sympathy to the suspect's family":
        # the family is someone she acts on, not hers
        ("Gloria Pennington", "official"),
        ("reader", "unknown"),  # "one reader wrote on The Sentinel's Facebook page"
    }
    assert _speakers(police, "the-uprise") == {
        ("Tanya Reed", "affected"),
        ("Lorraine Whitfield", "affected"),  # "civil rights attorney ..., who represents the family"
        ("Amaya Brooks", "affected"),  # his girlfriend, on the FaceTime call
        ("Police", "official"),
        ("Deshawn Miles", "advocate"),
        ("Renée Alvarado", "expert"),
        ("Miriam Adeyemi", "official"),
        ("Raymond Ortiz", "official"),
        ("Gloria Pennington", "official"),
        ("Fairmont Police Officers Association", "advocate"),
    }
    assert _speakers(police, "wkfr-action-news-8") == {
        ("Raymond Ortiz", "official"),
        ("Tanya Reed", "affected"),
        ("Lorraine Whitfield", "affected"),  # "The family has hired civil rights attorney Lorraine Whitfield"
        ("Office of Special Investigations", "official"),
        ("Gloria Pennington", "official"),
        ("Fairmont Police Officers Association", "advocate"),
        ("Gary Kowalczyk", "advocate"),
        ("Carla Jimenez", "affected"),  # "who lives across the street"
        ("Sam Patel", "business"),  # "who owns the Quik Fuel"
        ("Andre Holloway", "official"),  # "City Councilmember Andre Holloway"
    }


def test_police_naming_files_the_story_under_policing(police: Comparison) -> None:
    for art in police.articles:
        topics = Counter(m.topic for m in art.mentions)
        assert topics.most_common(1)[0][0] == "policing", (art.id, topics)
    narrator = _narrator(police)
    assert {("hero cop", "officer-praise"), ("decorated officer", "officer-praise"),
            ("anti-police activist", "anti-police-label"), ("rioter", "delegitimizing"),
            ("mob", "delegitimizing"), ("armed suspect", "threat-framing")} <= narrator["the-daily-sentinel"]
    assert {("unarmed person", "unarmed-framing"), ("mourner", "mourners")} <= narrator["the-uprise"]
    assert ("teen", "children") in narrator["wkfr-action-news-8"]
    # "thug" is the union president's word, inside his quote, never the tabloid's own voice
    thug = [m for m in police.article("the-daily-sentinel").mentions if m.term == "thug"]
    assert [(m.voice, m.speaker) for m in thug] == [("quoted", "Gary Kowalczyk")]


def test_police_numbers_pair_across_outlets(police: Comparison) -> None:
    assert _row(police, "shots fired") == [[
        ("the-daily-sentinel", "six"), ("the-uprise", "at least five"), ("wkfr-action-news-8", "four")]]
    assert _row(police, "years of service") == [[
        ("the-daily-sentinel", "seven-year"), ("the-uprise", "nine-year"), ("wkfr-action-news-8", "six years")]]
    assert _row(police, "age of Jaylen Reed") == [[
        ("the-daily-sentinel", "18"), ("the-uprise", "17"), ("wkfr-action-news-8", "18-year-old")]]
    assert _row(police, "people in the crowd") == [[
        ("the-daily-sentinel", "close to 800"), ("the-uprise", "More than 500"), ("wkfr-action-news-8", "Roughly 150")]]
    assert _row(police, "people arrested") == [[("the-uprise", "At least three"), ("wkfr-action-news-8", "six")]]


@pytest.mark.xfail(strict=True, reason="times take no event from their clause: WKFR's 'shortly after 11 p.m.' (dispatch) "
                   "and '11:21 p.m.' (pronounced dead) each pair with one outlet's time of the shooting, so "
                   "'about 11:40 p.m.' and 'Around 10:50 p.m.' never meet in one row")
def test_the_times_of_the_shooting_share_a_row(police: Comparison) -> None:
    rows = [[t for _, t in cells] for cells in _row(police, "time")]
    assert any({"11:40 p.m.", "10:50 p.m."} <= set(r) for r in rows)


def test_police_names_merge_across_outlets(police: Comparison) -> None:
    by_name = {e.canonical: e for e in police.entities}
    reed = by_name["Jaylen Marcus Reed"]
    assert set(reed.spellings) == {"Jaylen Reed", "Reed", "Jaylen", "Jaylen Marcus Reed"}
    assert reed.status == "shared"
    # the station's own name is named as the outlet, so the report can leave it out of "who is named"
    assert by_name["WKFR Action News 8"].spellings == ("Action News",)
    assert "Black" not in by_name and "MURDERER" not in by_name


# --- the mayoral recount ---------------------------------------------------------------


def test_election_speakers_and_roles(election: Comparison) -> None:
    assert {
        ("Helen Marquardt", "official"),  # "Marquardt's ruling ... She wrote:"
        ("Anita Brandt", "official"),  # "Harcastle City Clerk Anita Brandt"
        ("Ray Dunleavy", "official"),  # "City Council member Ray Dunleavy"
        ("Jordan Pike", "advocate"),  # "campaign spokesman Jordan Pike"
    } <= _speakers(election, "the-commons-report")
    assert {
        ("Thomas J. Farrell", "advocate"),  # "Campaign attorney Thomas J. Farrell"
        ("Brenda Kowalczyk", "advocate"),  # "a volunteer poll watcher"
        ("Gary Pruitt", "affected"),  # "a retired machinist from the North End"
        # "the board said" after "the Harcastle County Board of Elections"
        ("Harcastle County Board of Elections", "official"),
        ("mayor", "official"),  # the outlet never names her with her title
    } <= _speakers(election, "the-liberty-ledger")
    meridian = _speakers(election, "meridian-press")
    assert {
        ("Gregory Lutz", "official"),  # one speaker across "Lutz said" and "he said"
        ("Ohio Secretary of State's office", "official"),
        ("Nadia Ferreira", "expert"),
        ("Marjorie Tate", "affected"),  # "Marjorie Tate, 68, a retired nurse"
        ("Patricia Whitcombe", "official"),
    } <= meridian
    assert not any(s in ("Ohio", "Ohio Secretary of State") for s, _ in meridian)


@pytest.mark.xfail(strict=True, reason="'The board's explanation ... is that they were \"placed on the incorrect "
                   "transport vehicle.\"': a possessive noun's explanation gives no speaker")
def test_the_boards_explanation_is_the_boards(election: Comparison) -> None:
    quote = [q for q in election.article("the-liberty-ledger").quotes if q.text.startswith("placed on the incorrect")]
    assert [q.speaker for q in quote] == ["Harcastle County Board of Elections"]


def test_election_naming_files_the_story_under_elections(election: Comparison) -> None:
    for art in election.articles:
        topics = Counter(m.topic for m in art.mentions)
        assert topics.most_common(1)[0][0] == "elections", (art.id, topics)
    narrator = _narrator(election)
    assert {("career bureaucrat", "official-pejorative"), ("election boss", "official-pejorative"),
            ("establishment candidate", "candidate-label"), ("reform candidate", "candidate-label"),
            ("poll watcher", "poll-observer")} <= narrator["the-liberty-ledger"]
    assert ("election denier", "election-denial-label") in narrator["the-commons-report"]
    assert {("the incumbent", "candidate"), ("challenger", "candidate")} <= narrator["meridian-press"]


def test_election_numbers_pair_across_outlets(election: Comparison) -> None:
    # "won reelection by 263 votes", "held on to City Hall by just 249 votes", "kept her job by 257 votes"
    assert _row(election, "margin in votes")[0] == [
        ("the-commons-report", "263"), ("the-liberty-ledger", "249"), ("meridian-press", "257"),
        ("meridian-press", "257")]
    assert _row(election, "percent turnout") == [[
        ("the-commons-report", "Nearly 39 percent"), ("the-liberty-ledger", "roughly 37 percent"),
        ("meridian-press", "38.6%")]]
    assert _row(election, "margin in percentage points") == [[("the-commons-report", "0.3"), ("meridian-press", "0.32")]]
    assert _row(election, "ballots counted") == [[
        ("the-commons-report", "more than 82,000"), ("the-liberty-ledger", "roughly 81,900")]]
    # the late mail ballots: 1,093 / more than 1,150 / 1,146
    assert [("the-commons-report", "1,093"), ("the-liberty-ledger", "more than 1,150"),
            ("meridian-press", "1,146")] in _row(election, "ballots")


@pytest.mark.xfail(strict=True, reason="ballot rows pair by figure alone: the Ledger's '612 ballots in ... ballot boxes "
                   "that vanished' is farther from 406 and 418 than its '560 ballots cast at the Eastgate', "
                   "so the missing boxes' row takes 560")
def test_the_missing_boxes_share_a_row(election: Comparison) -> None:
    assert [("the-commons-report", "406"), ("the-liberty-ledger", "612"),
            ("meridian-press", "418")] in _row(election, "ballots")


def test_election_names(election: Comparison) -> None:
    names = {e.canonical: e for e in election.entities}
    assert names["Ohio"].spellings == ("OH", "Ohio")  # the dateline's postal code
    # "Harcastle City Hall" is written only in two photo captions ("[Image: ... outside Harcastle
    # City Hall ... Photo: Liberty Ledger/Staff]", "[Photo] ... (MP Photo/Luis Ortega)"), which
    # are set aside since round P: the reporting itself says "City Hall"
    assert "Harcastle City Hall" not in names and names["City Hall"].spellings == ("City Hall",)
    # "Election Day" is a day, and the fact-check labels ("CLAIM", "THE FACTS") name no one
    assert not {"Election Day", "CLAIM", "THE FACTS", "FACTS"} & set(names)
