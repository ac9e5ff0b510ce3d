"""Quotes held-out table P: no inherited speaker across another subject, junk speakers, surname runs, roles.

The table (``data/quotes_heldout_p.yaml``) was written before the rules of
this round were changed, from sentences of our own in the house styles of a
US wire, a UK broadsheet and tabloid, a US local paper, an Irish daily, an
Australian broadcaster, a Canadian paper, an Indian business daily, a
Nigerian daily, a South African sports site, a Hong Kong financial wire, a
Mexican English-language paper and a labour newsletter, none from the test
events. Each row lists the quotes of one text in order, as a prefix of the
quote, the speaker and (where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, check_event_case, table_cases

TABLE = DATA / "quotes_heldout_p.yaml"

# Rows the rules of this round do not yet read right (strict: a fix makes them
# fail here until they are moved out).
# Before the round 10/32 rows were right; after the round 25/32.
# Second pass (10 rows added before its fixes): 26/42 -> 37/42.
# Round T: 38/42 ('Sprinter X' now a name title of the affected role, so the
# champion description takes X up).
KNOWN_MISSES: dict[str, str] = {
    "hk-wire-place-not-speaker": "'X of <firm> in Singapore, called ... \"...\"': no speaker is read before 'called'",
    "sa-sports-country-possessive": "'who finished fourth' gives an athlete no role",
    "irish-letting-agency-business": "'A letting agency in Galway' is read as the place 'Galway'",
    "uk-court-title-name-dissent-long": "'Lady Justice X dissented, holding that ... and that the order merely \"...\"': no speaker across the long 'holding' clause",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_heldout_p_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)


# The round's own event cases (tuning rows: the rules were fitted with them in
# view, so they count in no before/after figure). Each: the event file, a
# prefix of one quote, its speaker and role (None: role not checked).
EVENTS = DATA / "events"
EVENT_CASES = [
    ("clean-track-country-possessive", "kerio-doping-suspension-2026/the-clean-track.txt", "Every time this happens", "Holly Brennan", None),
    ("clean-track-whistleblower", "kerio-doping-suspension-2026/the-clean-track.txt", "Everyone knows which clinics", "whistleblower", None),
    ("clean-track-integrity-unit", "kerio-doping-suspension-2026/the-clean-track.txt", "does not comment on ongoing", "Hannah Delacroix", "official"),
    ("rio-double-surname", "rosario-rent-decree-2026/rio-de-la-plata-times.txt", "not indifferent", "Federico Lanusse Arrieta", "official"),
    ("rio-senator-double-surname", "rosario-rent-decree-2026/rio-de-la-plata-times.txt", "There is no necessity", "Rubén Acosta Lagos", "official"),
    ("rio-broker-business", "rosario-rent-decree-2026/rio-de-la-plata-times.txt", "Now it is legal and clear", "Lucía Ferraro", "business"),
    ("courier-portfolio-manager", "hanseong-chip-layoffs-2026/financial-courier.txt", "Korean chip unions", "Oliver Grange", "expert"),
    ("courier-senator-aside", "hanseong-chip-layoffs-2026/financial-courier.txt", "Hanseong took American taxpayer", "Dale Brandt", "official"),
    # Second pass: an office named by its holder's title; a relative clause after an appositive;
    # "told analysts on a call"; research heads; parents' advocacy groups.
    ("hyperlink-ag-office", "eleventh-circuit-age-verification-2026/hyperlink.txt", "will seek rehearing", "attorney general’s office", "official"),
    ("fairbridge-chamber-relative", "rosario-rent-decree-2026/fairbridge-news.txt", "waiting for this for years", "Horacio Benedetti", None),
    ("courier-place-relative", "hanseong-chip-layoffs-2026/financial-courier.txt", "real but manageable", "Oliver Grange", "expert"),
    ("courier-told-analysts", "hanseong-chip-layoffs-2026/financial-courier.txt", "reallocate capital", "Yoon Tae-sik", "business"),
    ("courier-research-head", "hanseong-chip-layoffs-2026/financial-courier.txt", "stop defending market share", "Vivian Lau", "expert"),
    ("frontier-parents-group", "eleventh-circuit-age-verification-2026/frontier-news.txt", "Parents’ rights", "Tamika Rowe", "advocate"),
]


@pytest.mark.parametrize("path, starts, speaker, role", [c[1:] for c in EVENT_CASES], ids=[c[0] for c in EVENT_CASES])
def test_round_p_event_cases(path: str, starts: str, speaker: str, role: str | None) -> None:
    check_event_case(EVENTS / path, starts, speaker, role)
