"""Naming held-out table AD: a chemical-plant blast, a mine flood, an eruption, an oil spill, a drought, listeria, bird flu, a hostage siege, kidnapped aid workers, a corruption trial, a newspaper raid, a fishing standoff, an airline outage, a detention hunger strike, an admissions scandal.

The table (``data/naming_heldout_ad.yaml``) was written before the fix from sentences of many house styles,
none from the test events; see its header. It covers the known gaps of round AC (a crew word tying a union
word, a ship's sinking against a migrant boat's, an abduction of schoolgirls, "the district superintendent").
Before the fix: mentions 27/42, topic 30/42; three expectations were then changed to follow conventions the
lexicon and earlier tables had fixed (see the table's header), on which the old code scored mentions 28/42,
topic 30/42. After: mentions 38/42, topic 35/42.

Rules (lexicons/naming.yaml, round AD notes): the natural-hazard sense names volcanoes, eruptions (not "an
eruption of violence") and lava; "growers" (neutral-person), "those infected" (health-patient), "poachers"
(offender-label), "the hostage-taker" (accused), "foreign criminals"/"foreign national offenders"
(immigration's criminalizing; "foreign criminal gangs" left out); "victim of its own success" names no one;
"a hostage to the rains" is the idiom, not a captive; a lawyer's "client" is no customer; a bare "crew" is a
ship's beside an oil tanker or "the tanker's".
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import rows_opening_with, single_article_tests

TABLE = yaml.safe_load((DATA / "naming_heldout_ad.yaml").read_text(encoding="utf-8"))

# Each still missed, with why (one line each):
KNOWN_MISSES: dict[str, str] = {
    "A gunman holding six hostages inside a supermarket ": (
        'conflict\'s "gunman" copy has the war-exchange `sense`, which "hostages" alone matches, so a siege in a '
        "shop reads as a war story; telling a siege from a war's hostages needs more than the word"
    ),
    "Police raided the offices of the Daily Sentinel in ": (
        'no press topic: "journalists"/"reporters" are mostly the audience ("told reporters") in other stories, so a '
        "journalist category needs a context rule (who is raided, detained, charged) before it can count"
    ),
    '"These are not journalists, they are propagandists ': (
        'no press topic (see the raid row); "propagandists" is the label set against "journalists"'
    ),
    "More than 2,000 candidates who sat the medical entr": (
        'an education "candidate" with a `followed_by` exam context makes the plain word shared, so elections\' '
        '"candidate" stops choosing the topic in every election story (tried, reverted: five election events\' '
        "counts fell); needs the index to leave context-only copies out of the shared test"
    ),
}
TOPIC_KNOWN_MISSES: dict[str, str] = {
    "A gunman holding six hostages inside a supermarket ": KNOWN_MISSES["A gunman holding six hostages inside a supermarket "],
    "Police raided the offices of the Daily Sentinel in ": KNOWN_MISSES["Police raided the offices of the Daily Sentinel in "],
    '"These are not journalists, they are propagandists ': KNOWN_MISSES['"These are not journalists, they are propagandists '],
    "More than 2,000 candidates who sat the medical entr": KNOWN_MISSES["More than 2,000 candidates who sat the medical entr"],
    "Pilots at Kestrel Air will walk out for three days ": (
        'a crew word ("Pilots", disaster) and a union word ("union members", labour) tie one to one and lexicon '
        "order makes it a disaster story (round AC's gap); the strike words are no naming words"
    ),
    "The ferry sank within minutes, and survivors clung ": (
        '"survivors" is shared and the natural-hazard `sense` names no sinking; a wreck sense must not move a '
        "migrant-boat story (the next row) to disaster, and was not tried this round"
    ),
    "Forty-one of the schoolgirls abducted from a boardi": (
        'the abducted are named only as "schoolgirls" (education\'s) and "abducted" is no naming word, so an '
        "abduction reads as an education story (table AC's gap); a borrowed crime copy would refile the mention"
    ),
}

MISSES = rows_opening_with(TABLE["single"], tuple(KNOWN_MISSES))
TOPIC_MISSES = rows_opening_with(TABLE["single"], tuple(TOPIC_KNOWN_MISSES))

test_single_article_mentions, test_single_article_topic = single_article_tests(
    TABLE["single"], MISSES, TOPIC_MISSES, "a naming choice still missed; see KNOWN_MISSES"
)
