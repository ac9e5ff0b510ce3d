"""Round L of framing.entities: police, court, election and local-government coverage.

The held-out table (tests/data/entities_heldout_l.yaml, 50 sentences and 5
merges across outlets) was written before the changes from sentences of other
stories: 16/50 and 0/5 exact then, 49/50 and 4/5 after; the two misses are
strict xfails with their reason. The weaknesses were found on
tests/data/events/fairmont-police-shooting-2026 and
tests/data/events/harcastle-mayoral-recount-2026, whose rows are checked at
the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framing.entities import _load_gazetteer
from framing.errors import LexiconError
from framing.lexicons import lexicon_path
from tests.entities_tables import event_rows, merge_cases, merged, names, table_cases

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "entities_heldout_l.yaml"
EVENTS = ROOT / "tests" / "data" / "events"
P, O, L = "person", "organisation", "place"

# Misses that no general rule here covers, with the reason.
HARD: dict[str, str] = {
    "HARTWELL, GA (WXIA)": "a dateline's credit in brackets is not listed (the wire's '(AP)' is not either)",
}
HARD_MERGES: dict[str, str] = {}  # linked since round AA (short forms across outlets)


@pytest.mark.parametrize("text, outlet, expected", table_cases(TABLE, HARD))
def test_extract_entities_heldout_l(text: str, outlet: str, expected: list[list[str]]) -> None:
    assert names(text, outlet) == expected


@pytest.mark.parametrize("articles, expected", merge_cases(TABLE, HARD_MERGES))
def test_merges_across_outlets_heldout_l(articles: list[tuple[str, str]], expected: list[list[Any]]) -> None:
    assert merged(articles) == expected


# Written after the changes: wording the new rules must not misread.
@pytest.mark.parametrize(
    "text, expected",
    [
        # a race word that is a surname named in full stays the person; a first name before "Day" is one
        ("Dana White, the UFC president, spoke on Monday. Fans said White was furious.",
         [["Dana White", "Dana White", P], ["UFC", "UFC", O], ["White", "Dana White", P]]),
        ("Doris Day sang the song in 1956.", [["Doris Day", "Doris Day", P]]),
        # two fuller names with the same first and last word: the short one joins neither
        ("Mary Ann Smith and Mary Jo Smith ran the count. Mary Smith said it was fair.",
         [["Mary Ann Smith", "Mary Ann Smith", P], ["Mary Jo Smith", "Mary Jo Smith", P],
          ["Mary Smith", "Mary Smith", P]]),
        # a listed name keeps its row; two longer names leave the short form alone
        ("The Ohio Supreme Court refused the appeal. The Supreme Court in Washington has not ruled.",
         [["Ohio Supreme Court", "Ohio Supreme Court", O], ["Supreme Court", "Supreme Court", O],
          ["Washington", "Washington", L]]),
        ("The Harlow Residents Association and the Kelso Residents Association met. "
         "The Residents Association said nothing.",
         [["Harlow Residents Association", "Harlow Residents Association", O],
          ["Kelso Residents Association", "Kelso Residents Association", O],
          ["Residents Association", "Residents Association", O]]),
        # an organisation's name before a title is kept whole, with its office word
        ("Hillcrest Christian School District Superintendent Ann Lowe resigned.",
         [["Hillcrest Christian School District", "Hillcrest Christian School District", L],
          ["Ann Lowe", "Ann Lowe", P]]),
        ("Fire Chief Ed Murray said the blaze was out. Murray said no one was hurt.",
         [["Ed Murray", "Ed Murray", P], ["Murray", "Ed Murray", P]]),
        ("Bank of England Governor Andrew Bailey spoke on Thursday.",
         [["Bank of England", "Bank of England", O], ["Andrew Bailey", "Andrew Bailey", P]]),
        # a label without a colon is a heading read as usual; a postal code outside a dateline is a word
        ("BREAKING: Police in Leeds have arrested a man.", [["Leeds", "Leeds", L]]),
        ("Christmas Eve services in Bristol were cancelled.", [["Bristol", "Bristol", L]]),
        ("Precinct workers in Ward 5 said the lines were long.", [["Ward 5", "Ward 5", L]]),
        ("The East Side Tenants Union marched down Fifth Avenue.",
         [["East Side Tenants Union", "East Side Tenants Union", O], ["Fifth Avenue", "Fifth Avenue", L]]),
        ("Sign up for the Crime & Courts newsletter.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_false_friends_l(text: str, expected: list[list[str]]) -> None:
    assert names(text) == expected


def test_gazetteer_postal_codes_validated(tmp_path: Path) -> None:
    text = lexicon_path("gazetteer").read_text(encoding="utf-8").replace("  OH: Ohio\n", "  OH: Ohiio\n")
    bad = tmp_path / "gazetteer.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        _load_gazetteer(str(bad))
    assert "postal code 'OH' points to 'Ohiio'" in str(err.value) and str(bad) in str(err.value)


def _event_rows(slug: str) -> dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]]:
    return {key: (r.articles, r.spellings) for key, r in event_rows(EVENTS / slug).items()}


def test_fairmont_event_names() -> None:
    rows = _event_rows("fairmont-police-shooting-2026")
    canon = {c for c, _k in rows}
    every = ("the-daily-sentinel", "the-uprise", "wkfr-action-news-8")
    assert rows[("Jaylen Marcus Reed", P)][0] == every
    assert {"Jaylen Reed", "Jaylen", "Reed"} <= set(rows[("Jaylen Marcus Reed", P)][1])
    assert ("Fairmont", L) in rows and ("Fairmont Justice Coalition", O) in rows
    assert rows[("Fairmont Justice Coalition", O)][1] == ("Fairmont Justice Coalition", "Justice Coalition")
    assert ("East 9th Street", L) in rows
    # the outlets' own names are named as the outlets
    assert rows[("The Uprise", O)][0] == ("the-uprise",)
    assert rows[("WKFR Action News 8", O)] == (("wkfr-action-news-8",), ("Action News",))
    assert not {"Black", "Jaylen", "East", "HQ", "Sentinel Crime", "Jaylen Reed of Fairmont",
                "Justice Coalition", "Action News", "Jaylen Reed"} & canon


def test_harcastle_event_names() -> None:
    rows = _event_rows("harcastle-mayoral-recount-2026")
    canon = {c for c, _k in rows}
    assert ("Anita Brandt", P) in rows and ("Gregory Lutz", P) in rows
    assert ("Harcastle County", L) in rows and ("Harcastle", L) in rows
    assert len(rows[("Precinct 7-C", L)][0]) == 3  # named by every outlet
    # "Harcastle City Hall" is written only in two photo captions, set aside since round P
    # ("[Image: ... Photo: ...]"): the reporting says "City Hall"
    assert ("Harcastle City Hall", L) not in rows and set(rows[("City Hall", L)][1]) == {"City Hall"}
    assert ("Ohio", L) in rows and "OH" in rows[("Ohio", L)][1]
    # The fact-check site names itself only in its own page furniture (the byline, a photo credit
    # "for The Commons Report" and its newsletter line "Get The Commons Report's Fact Check newsletter
    # every Friday."), all set aside since round X3: no article reports on the outlet, so it is no entity.
    assert ("The Commons Report", O) not in rows
    assert not {"Election Day", "CLAIM", "FACTS", "Election", "Oh", "Precinct", "Outside City Hall",
                "Harcastle City Clerk Anita Brandt", "Commons Report",
                "Harcastle County Elections Supervisor Gregory Lutz"} & canon  # "City Hall": see above
