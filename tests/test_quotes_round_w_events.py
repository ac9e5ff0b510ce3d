"""Round W's test events, quoted as the answer keys expect (tuned on: the rules were written after reading them).

Each case is the first quote of an event article that opens with the given
words, with its speaker and (unless None) role. The strict xfails are what
the keys expect and the rules do not yet give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quotes_tables import check_event_case

EVENTS = Path(__file__).parent / "data" / "events"
RANSOM = EVENTS / "ransomware-hospital-attack-2026"
RIFLES = EVENTS / "colorado-rifle-ban-vote-2026"
KENYA = EVENTS / "kenya-tax-bill-crackdown-2026"
QLD = EVENTS / "queensland-youth-detention-2026"

CASES = [
    # a research head set off after "Dr Name,": expert
    ("threat-research-head-expert", RANSOM / "the-bitstream.txt", "The affiliates running Ashfall", "Madeleine Okoro", "expert"),
    # "Norvane Networks said in a statement": a company
    ("networks-business", RANSOM / "the-bitstream.txt", "customers who have applied", "Norvane Networks", "business"),
    # a "she said" paragraphs later: not "The Ashfall ransomware crew", not the FBI spokesperson who declined to comment
    ("late-she-said-expert", RANSOM / "the-bitstream.txt", "If their backups are gone", "Madeleine Okoro", "expert"),
    ("foundation-advocate", RIFLES / "frontline-dispatch.txt", "as soon as the ink is dry", "Mountain States Second Amendment Foundation", "advocate"),
    ("house-republican-leader-official", RIFLES / "frontline-dispatch.txt", "Not one of the people pushing", "Dale Hutchins", "official"),
    ("governor-spokesperson-official", RIFLES / "united-wire.txt", "The governor has been clear", "Dana Whitcomb", "official"),
    # "Several Republicans also accused ..." then "he said": the minority leader
    ("several-republicans-not-he", RIFLES / "united-wire.txt", "You can ban the features", "Dale Hutchins", "official"),
    # "..., arguing the ban violates the Second Amendment": the foundation argues
    ("arguing-not-object", RIFLES / "united-wire.txt", "the moment the governor's pen", "Mountain States Second Amendment Foundation", "advocate"),
    ("people-for-cause-advocate", RIFLES / "united-wire.txt", "We're not naive about the lawsuits", "Tamsin Greer", "advocate"),
    # "Interior Cabinet Secretary Hon. Prof. X": the office outranks the title
    ("cs-prof-official", KENYA / "kenya-patriot.txt", "What we saw yesterday", "Gideon Wambua", "official"),
    # "The father of four started the business ..." then "he said": the shop owner named before
    ("father-of-four-description", KENYA / "kenya-patriot.txt", "I have worked for 28 years", "Peter Kariuki Gitau", None),
    # "Friends say he joined the march" then "he said": the uncle
    ("friends-plural-not-he", KENYA / "nairobi-ledger.txt", "He was not carrying a stone", "Samuel Otieno Oduor", None),
    ("mca-official", KENYA / "nairobi-ledger.txt", "We have the number plates", "Mercy Akinyi Ouma", "official"),
    # "On Tuesday, as Premier X stood ... and promised ..., Mr Radley told the Mail ..." then "he said"
    ("as-clause-not-subject", QLD / "brisbane-mail.txt", "Those grubs took my Emma", "Jason Radley", None),
    # "Mr Radley said:" after his late wife "Emma Radley" is named: the husband
    ("mr-surname-husband", QLD / "brisbane-mail.txt", "He should never have been", "Jason Radley", None),
    ("mr-surname-husband-late", QLD / "brisbane-mail.txt", "She spent her whole life", "Jason Radley", None),
    ("legal-service-ceo-advocate", QLD / "fntv-news.txt", "Every lawyer in our service", "Shane Duroux", "advocate"),
    ("aunty-not-in-name", QLD / "fntv-news.txt", "They built a billion-dollar prison", "Joyce Mulanda", "affected"),
    ("coalition-co-chair-advocate", QLD / "fntv-news.txt", "If prison worked for kids", "Tanya Hollis", "advocate"),
]

MISSES = [
    ("doctors-plural-not-she", RANSOM / "prairie-courier.txt", "I'm not mad at the nurses", "Kayla Brandt", "affected",
     "'Doctors had said' is a group now, but 'Prairie Valley' (the hospital system's short name) is read as a person and "
     "takes the 'she said'; the mother is named only as 'His mother' in that paragraph"),
    ("leak-site-post", RANSOM / "the-bitstream.txt", "PVH had every chance", "Ashfall", None,
     "'The post, in broken English, reads:' gives the acronym 'US' inside the quote, not the gang whose post it is"),
    ("survivors-group-she-said", RIFLES / "the-tally.txt", "This is one piece", "Anjali Raman", "expert",
     "'Survivors Speak Colorado' is cut to 'Speak Colorado' and read as a person, who takes the later 'she said'"),
    ("jobless-graduate-affected", KENYA / "nairobi-ledger.txt", "We will be back on Thursday", "Sharon Wambui", "affected",
     "the protester's description is not read as a role"),
    ("husband-affected", QLD / "brisbane-mail.txt", "He should never have been", "Jason Radley", "affected",
     "'The husband of Norvale mum Emma Radley' and 'The Norvale dad' give the husband no role"),
    ("mother-first-name-affected", QLD / "fntv-news.txt", "He rang me every night", "Leanne", "affected",
     "'For Leanne, a Birri Gubba mother from Townsville, ...' files no descriptor for a first-name-only person"),
]


@pytest.mark.parametrize(
    ("path", "starts", "speaker", "role"),
    [pytest.param(p, s, n, r, id=i) for i, p, s, n, r in CASES]
    + [pytest.param(p, s, n, r, id=i, marks=[pytest.mark.xfail(strict=True, reason=why)]) for i, p, s, n, r, why in MISSES],
)
def test_round_w_event_quotes(path: Path, starts: str, speaker: str, role: str | None) -> None:
    check_event_case(path, starts, speaker, role)
