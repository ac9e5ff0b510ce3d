"""Round AA's test events, quoted as the answer keys expect (tuned on: the rules were written after reading them).

Each case is the first quote of an event article that opens with the given
words, with its speaker and (unless None) role. The strict xfails are what
the keys expect and the rules do not yet give. Where a key disagrees with a
documented convention the convention is kept (see the module docstring and
the roles lexicon): a hospital network's "president and CEO" reads business
by her title, a "junior doctor" voter expert, a party's campaign staff
advocates, a sarpanch (an elected village head) official, and
'the result of "unprecedented" rainfall' is a scare quote (a label after a
preposition, no cue within three words).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.events import load_article
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.quotes_tables import check_event_case

EVENTS = Path(__file__).parent / "data" / "events"
HOSPITAL = EVENTS / "hospital-ransomware-ashgrove-2026"
DAM = EVENTS / "dam-burst-velgaon-2026"
DEBATE = EVENTS / "election-debate-norland-2026"

CASES = [
    # the anecdotal lede: a quote paragraph, then the paragraph that opens with the
    # person, then the next quote is theirs ("he said")
    ("npb-anecdotal-lede", HOSPITAL / "npb-news.txt", "They phoned me at eight", "Gordon Pyle", "affected"),
    # a security firm's "head of threat research" is an expert (also over his quote's open paragraphs)
    ("cipher-head-of-threat-research", HOSPITAL / "cipherwire.txt", "This is almost certainly", "Tomas Rehak", "expert"),
    ("cipher-open-paragraph-continued", HOSPITAL / "cipherwire.txt", "What we don't see", "Tomas Rehak", "expert"),
    # "At a press conference she insisted ... and claimed staff were 'working around the clock'"
    ("courier-place-lead-pronoun", HOSPITAL / "daily-courier.txt", "working around the clock", "Karen Odell", None),
    # "On Monday night she posted on X: "..."": a time phrase before the pronoun
    ("courier-time-lead-post", HOSPITAL / "daily-courier.txt", "Ambulances diverted", "Priya Sandhu", "official"),
    # "Leader of Opposition X" (Indian copy, no "the"), "Talegiri Collector X", a sarpanch
    ("psi-district-collector", DAM / "press-syndicate-of-india.txt", "Our priority is to trace", "Ananya Deshpande", "official"),
    ("psi-leader-of-opposition", DAM / "press-syndicate-of-india.txt", "The government must answer", "Sunanda Kale", "official"),
    ("tnt-opposition-post", DAM / "the-national-times.txt", "This is not a natural disaster", "Sunanda Kale", "official"),
    ("tnt-sarpanch-mismatched-marks", DAM / "the-national-times.txt", "We saw water coming out", "Bhagwan Shelke", "official"),
    # "For 60-year-old Shantabai Kamble of Khadki, ...": a listed given name, a surname, "of" a village
    ("tnt-name-of-village", DAM / "the-national-times.txt", "Paani itna tez", "Shantabai Kamble", "affected"),
    # "When Savitri Jadhav heard the roar, she ...": a sentence-opening conjunction is no given name
    ("am-when-opener-age-noun", DAM / "al-mirsad.txt", "It sounded like the sky", "Savitri Jadhav", None),
    ("am-pronoun-after-expert", DAM / "al-mirsad.txt", "The government will give money", "Savitri Jadhav", None),
    # "That line, from Jonas Brandt to Prime Minister Maren Holt, ...": the name after "from"
    ("polarity-line-from", DEBATE / "polarity.txt", "You have had five years", "Jonas Brandt", None),
    # "Brandt opened by saying ... "..." — a claim the Holt campaign called false"
    ("polarity-by-saying-dash-comment", DEBATE / "polarity.txt", "since this government took office", "Jonas Brandt", None),
    # debate rebuttals: countered, shot back, hit back; a post after "weighed in on X ...:"
    ("polarity-countered", DEBATE / "polarity.txt", "at its lowest level", "Maren Holt", "official"),
    ("polarity-shot-back", DEBATE / "polarity.txt", "an insult to every builder", "Jonas Brandt", None),
    ("polarity-weighed-in-post", DEBATE / "polarity.txt", "Two candidates, one script", "Rune Halvorsen", None),
    ("meridian-hit-back-dash-aside", DEBATE / "the-meridian.txt", "a gift to people", "Maren Holt", None),
    # "Brandt looked straight into the camera:" and the two-paragraph statement under it
    ("meridian-colon-intro", DEBATE / "the-meridian.txt", "Seven days from now", "Jonas Brandt", None),
    ("meridian-colon-intro-continued", DEBATE / "the-meridian.txt", "If you are happy with the waiting lists", "Jonas Brandt", None),
    ("meridian-closed-by-saying", DEBATE / "the-meridian.txt", "fear on Sunday", "Maren Holt", None),
    # "Brandt has just told Holt: "..."": an adverb between the speaker and the cue
    ("meridian-has-just-told", DEBATE / "the-meridian.txt", "You have had five years", "Jonas Brandt", None),
    # a first name alone ("Jonas told her") resolves to the one person named with it
    ("plain-first-name-mismatched-open", DEBATE / "plain-speaking.txt", "You have had five years", "Jonas Brandt", None),
    ("plain-first-name-post", DEBATE / "plain-speaking.txt", "Thank you, Norland", "Jonas Brandt", None),
    # controls
    ("npb-split-named-mid-quote", HOSPITAL / "npb-news.txt", "We're charting on paper", "Melissa Grant", None),
    ("npb-anonymous-nurse", HOSPITAL / "npb-news.txt", "People are exhausted", "nurse", "affected"),
    ("npb-paramedic-chief", HOSPITAL / "npb-news.txt", "Our crews are doing longer", "Wes Dunleavy", "official"),
    ("npb-minister-partial", HOSPITAL / "npb-news.txt", "will not be held hostage", "Diane Forsythe", "official"),
    ("cipher-researcher-on-x", HOSPITAL / "cipherwire.txt", "BlackMarrow just added", "Dana Whitcombe", "expert"),
    ("courier-single-quotes", HOSPITAL / "daily-courier.txt", "I got a phone call", "Shannon Mercer", "affected"),
    ("courier-carry-over", HOSPITAL / "daily-courier.txt", "They couldn't tell me", "Shannon Mercer", "affected"),
    ("courier-mismatched-open-nurse", HOSPITAL / "daily-courier.txt", "It's chaos", "nurse", "affected"),
    ("courier-expert-open-paragraph", HOSPITAL / "daily-courier.txt", "The cruel truth", "Alan Brisco", "expert"),
    ("psi-pmo-post", DAM / "press-syndicate-of-india.txt", "Anguished by the loss", "Prime Minister's Office", "official"),
    ("psi-anonymous-split", DAM / "press-syndicate-of-india.txt", "and the spillway could not", "official", "official"),
    ("tnt-two-paragraph-minister", DAM / "the-national-times.txt", "This dam was designed", "Girish Bhosekar", "official"),
    ("tnt-ndrf-officer", DAM / "the-national-times.txt", "We are searching a 22km", "NDRF officer", "official"),
    ("am-ngo-quote-first", DAM / "al-mirsad.txt", "What we are seeing", "Meera Kulkarni", "advocate"),
    ("am-opposition-on-x", DAM / "al-mirsad.txt", "Velgaon did not drown", "Sunanda Kale", "official"),
    ("polarity-pronoun-expert", DEBATE / "polarity.txt", "Brandt took a city number", "Kari Nesheim", "expert"),
    ("polarity-spokesperson", DEBATE / "polarity.txt", "won on substance", "Ida Marstrand", "official"),
    ("meridian-criminologist", DEBATE / "the-meridian.txt", "Both of these can be true", "Anneli Strand", "expert"),
    ("meridian-police-federation", DEBATE / "the-meridian.txt", "You cannot investigate", "Liv Aasen", "advocate"),
    ("plain-first-name-only", DEBATE / "plain-speaking.txt", "I do night shifts", "Marit", None),
    ("plain-shop-owner", DEBATE / "plain-speaking.txt", "The police came the next day", "Geir Torp", "business"),
    # still wrong (see KNOWN_MISSES)
    ("cipher-leak-listing", HOSPITAL / "cipherwire.txt", "patient files, HR", "BlackMarrow", None),
    ("cipher-gang-representative", HOSPITAL / "cipherwire.txt", "We gave them chance", "representative", "unknown"),
    ("cipher-federal-centre", HOSPITAL / "cipherwire.txt", "aware of the incident", "Canadian Cyber Incident Centre", "official"),
    ("courier-gang-post", HOSPITAL / "daily-courier.txt", "Ashgrove hospital did not care", "BlackMarrow", None),
    ("tnt-anonymous-official-partial", DAM / "the-national-times.txt", "in a hurry", "senior official", "official"),
    ("am-villager-role", DAM / "al-mirsad.txt", "It sounded like the sky", "Savitri Jadhav", "affected"),
    ("plain-she-claimed-aside", DEBATE / "plain-speaking.txt", "sell off state land", "Holt", None),
    ("plain-tram-driver", DEBATE / "plain-speaking.txt", "Well. That's that", "tram driver", None),
    ("plain-campaign-friend", DEBATE / "plain-speaking.txt", "like a funeral", "friend", None),
]

KNOWN_MISSES: dict[str, str] = {
    "cipher-leak-listing": "'The gang's listing ... claims the theft of 1.4 TB of data ... including \"...\"' takes 'TB' after the cue as the speaker",
    "cipher-gang-representative": "'a BlackMarrow representative' reads 'representative' as an official's title; a gang's spokesman has no role",
    "cipher-federal-centre": "'The federal Canadian Cyber Incident Centre' gives no role: 'federal' before a body's name is not read",
    "courier-gang-post": "'The gang, thought to be made up of ..., posted ... boasting:' does not resolve 'the gang' to the one 'known as BlackMarrow'",
    "tnt-anonymous-official-partial": "'A senior official in the water resources department, requesting anonymity,' (a lower-case body after 'in') is read as no speaker, so \"in a hurry\" stays a scare quote",
    "am-villager-role": "'where her home in Pimpalwadi village stood' gives no role; she is named with no title or appositive",
    "plain-she-claimed-aside": "a parenthetical ', she claimed,' inside the reported clause gives the quote after it no speaker",
    "plain-tram-driver": "'one of them, a retired tram driver who has voted ..., turned to me and said:' finds no subject for the coordinated cue",
    "plain-campaign-friend": "'A friend who works on the Civic Union campaign, and who would lose their job ..., said' (two relative clauses) is read as no speaker",
}


@pytest.mark.parametrize(
    ("path", "starts", "speaker", "role"),
    [
        pytest.param(p, s, sp, r, id=i, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[i])] if i in KNOWN_MISSES else [])
        for i, p, s, sp, r in CASES
    ],
)
def test_round_aa_event_quotes(path: Path, starts: str, speaker: str | None, role: str | None) -> None:
    if speaker is None:
        # a quote that must name nobody: found, and with no speaker
        quotes = extract_quotes(prepare(load_article(path)))
        assert [q.speaker for q in quotes if q.text.startswith(starts)][:1] == [None]
    else:
        check_event_case(path, starts, speaker, role)
