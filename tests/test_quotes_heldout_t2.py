"""Quotes held-out table T2: a present office over a past career, clinic heads, clients' lawyers, joined partials, anonymous groups.

The table (``data/quotes_heldout_t2.yaml``) was written before the second
pass of round T changed any rule, from sentences of our own in the house
styles of wires, UK, Irish, Australian, US, Philippine, Kenyan, Nigerian,
South African and Gulf papers, none from the test events. Each row lists the
quotes of one text in order, as a prefix of the quote, the speaker and
(where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, check_event_case, table_cases

TABLE = DATA / "quotes_heldout_t2.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out).
# On the code before the pass 8/24 rows were right; after it 21/24.
KNOWN_MISSES: dict[str, str] = {
    "ap-federation-president-former-fencer": "a bare 'Federation president' with no federation named before keeps "
    "'Federation' (advocate, a labour federation's word); nothing in the sentence names a sport's governing body",
    "sun-age-occupation-told": "'Ferry operator Dave Lowry' opening a sentence is not registered as a person, so "
    "'the 58-year-old ferry operator told' has nobody to point back at",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_t2_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)


# The round's four events, tuned on (not held out): what the answer keys ask of
# the second pass, each the first quote of an article that opens with these words.
EVENTS = DATA / "events"
ABORTION = "westmark-abortion-ruling-2026"
TYPHOON = "typhoon-amihan-visayas-2026"
SWIM = "world-aquatics-eligibility-vote-2026"
EVENT_CASES = [
    # "Federation President X, an Austrian former water polo player": the office decides
    (f"{SWIM}/daily-rampart.txt", "Our first responsibility", "Matthias Rauber", "official"),
    # "who now campaigns to protect women's sports"; "a former Olympic swimmer turned anti-trans campaigner"
    (f"{SWIM}/daily-rampart.txt", "Today the people who run this sport", "Kelsey Brandt", "advocate"),
    (f"{SWIM}/lavender-post.txt", "Fairness wins!", "Kelsey Brandt", "advocate"),
    # a lawyer who advises or represents a named athlete speaks for her (affected)
    (f"{SWIM}/lavender-post.txt", "A rule that excludes every trans woman", "Nadia Ferreira-Holt", "affected"),
    (f"{SWIM}/meridian-wire.txt", "Excluding a whole group of women", "Nadia Ferreira-Holt", "affected"),
    # one convention for a clinic's head in three outlets: business
    (f"{ABORTION}/catholic-herald-wire.txt", "devastating", "Keisha Marlowe", "business"),
    (f"{ABORTION}/national-press-association.txt", "We're not closing", "Keisha Marlowe", "business"),
    (f"{ABORTION}/the-current-femme.txt", "We have turned away", "Keisha Marlowe", "business"),
    # '"...roads," and that X had been "..."': the second partial keeps the speaker
    (f"{TYPHOON}/alon.txt", "included in the Thursday distribution", "Paolo Manalastas", "official"),
    # "declaring it "...": an object pronoun is no speaker; "a 2017 appointee of former
    # Gov. Y" names no speaker either (unknown is better than the wrong person)
    (f"{ABORTION}/the-current-femme.txt", "not the province of this court", None, None),
]


@pytest.mark.parametrize(("path", "starts", "speaker", "role"), EVENT_CASES)
def test_round_t2_event_speakers(path: str, starts: str, speaker: str | None, role: str | None) -> None:
    check_event_case(EVENTS / path, starts, speaker, role)  # type: ignore[arg-type]
