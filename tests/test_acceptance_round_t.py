"""Acceptance: four events in topics and house styles of round T.

tests/data/events/westmark-abortion-ruling-2026 (a Catholic news agency, a
progressive women's site, an AP-style wire), typhoon-amihan-visayas-2026 (a
Manila broadsheet, the state news agency, a Rappler-style site),
nairobi-finance-bill-protests-2026 (a Nation-style daily, a government-friendly
paper, an Al-Jazeera-style site) and world-aquatics-eligibility-vote-2026 (a
conservative US site, a UK LGBTQ+ outlet, a Reuters-style wire) were written as
pasted web copy by helpers who had not read the rules, each with an answer key
a teacher would write. The tests pin what a careful reader finds; the misses a
reader would still see are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from framing.compare import Comparison
from framing.frames import load_frames_lexicon
from tests.acceptance_tables import entity_rows as _entity_rows, narrator as _narrator, row_texts as _row
from tests.acceptance_tables import speakers as _speakers, spellings as _spellings
from tests.acceptance_tables import event_fixture, prepared
from tests.conftest import DATA

EVENTS = DATA / "events"
_ABORTION, _TYPHOON, _KENYA, _SWIM = (
    "westmark-abortion-ruling-2026", "typhoon-amihan-visayas-2026", "nairobi-finance-bill-protests-2026",
    "world-aquatics-eligibility-vote-2026",
)


abortion = event_fixture(EVENTS / _ABORTION)
typhoon = event_fixture(EVENTS / _TYPHOON)
kenya = event_fixture(EVENTS / _KENYA)
swim = event_fixture(EVENTS / _SWIM)


@pytest.mark.parametrize(
    ("event", "article", "reason", "text"),
    [
        (_ABORTION, "catholic-herald-wire", "timestamp", "Harlan City, Westmark, Apr 16, 2026 / 16:05 pm"),
        (_ABORTION, "catholic-herald-wire", "caption",
         "Pro-life supporters pray the rosary outside the Westmark Judicial Center in Harlan City on April 16, 2026, "
         "shortly before the court released its decision. | Credit: Westmark Families for Life"),
        (_TYPHOON, "philippine-daily-sentinel", "byline", "By: Joey R. Abellanosa - Correspondent / @SentinelVisayas"),
        (_TYPHOON, "philippine-daily-sentinel", "timestamp", "Philippine Daily Sentinel / 05:14 AM October 16, 2026"),
        (_TYPHOON, "philippine-daily-sentinel", "credit line", "/mrs"),
        (_TYPHOON, "philippine-daily-sentinel", "dateline", "BAGTINGON, Eastern Samar, Philippines —"),
        (_TYPHOON, "philippine-information-wire", "credit line", "(PIW) EJR/CBD"),
        (_TYPHOON, "philippine-information-wire", "credit line", "(With reports from Jose Ramiro Deloria/PIW)"),
        (_TYPHOON, "alon", "site furniture", "READ: [EXPLAINER] Why typhoons are getting stronger, faster"),
        (_TYPHOON, "alon", "credit line", "– with reports from Jun Pacquiao/Alon.com"),
        (_KENYA, "meridian-news", "dateline", "Nairobi, Kenya –"),
        (_KENYA, "meridian-news", "site furniture", "Kenya’s debt crisis explained in five charts"),
        (_KENYA, "meridian-news", "caption",
         "Protesters wave Kenyan flags near the parliament buildings in Nairobi on June 23, 2026 [Daniel Mwangi/Reuters]"),
        (_KENYA, "daily-taifa", "caption",
         "Gen Z protesters scatter as anti-riot police lob teargas canisters along Kenyatta Avenue, Nairobi, on "
         "June 23, 2026. PHOTO | KELVIN NJOROGE | DAILY TAIFA"),
        (_SWIM, "meridian-wire", "timestamp", "March 14, 20264:38 PM GMTUpdated 2 hours ago"),
        (_SWIM, "meridian-wire", "dateline", "VESSEN, Switzerland, March 14 (Meridian) -"),
        (_SWIM, "meridian-wire", "site furniture", "Our Standards: The Meridian Trust Principles."),
    ],
)
def test_page_furniture_is_set_aside(event: str, article: str, reason: str, text: str) -> None:
    doc = prepared(EVENTS / event, article)
    assert [reason, text] in [[b.reason, b.text] for b in doc.boilerplate]


@pytest.mark.parametrize(
    ("event", "article", "sentence"),
    [
        # titles and "Brgy." before a name, a translation in brackets inside a quote
        (_TYPHOON, "philippine-daily-sentinel",
         "Social Welfare Sec. Maricel Dizon-Abad arrived in Borongan City on Thursday with a C-130 load of family food "
         "packs and told evacuees that the government “will stay for as long as it takes.”"),
        (_TYPHOON, "alon", "Kami-kami lang (No rescue came. It was just us),” he said."),
        (_KENYA, "daily-taifa",
         "The youthful demonstrators, many draped in the national flag, began streaming into the Nairobi CBD from "
         "Jeevanjee Gardens at about 9am, chanting \"Hatutaki kodi mpya!\" (We don't want new taxes!) and "
         "\"Tumechoka!\" (We are tired!)."),
    ],
)
def test_sentences_hold_together(event: str, article: str, sentence: str) -> None:
    doc = prepared(EVENTS / event, article)
    assert sentence in [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("event", "article", "term", "category"),
    [
        ("abortion", "catholic-herald-wire", "unborn child", "unborn-child"),
        ("abortion", "catholic-herald-wire", "preborn child", "unborn-child"),
        ("abortion", "catholic-herald-wire", "abortionist", "abortionist-label"),
        ("abortion", "national-press-association", "anti-abortion", "anti-abortion"),
        ("abortion", "national-press-association", "abortion-rights", "abortion-rights"),
        ("abortion", "national-press-association", "cardiac activity", "cardiac-activity-term"),
        ("abortion", "the-current-femme", "pregnant person", "pregnant-people"),
        ("abortion", "the-current-femme", "abortion seeker", "abortion-seeker"),
        ("abortion", "the-current-femme", "anti-abortion extremist", "anti-abortion-pejorative"),
        ("typhoon", "philippine-daily-sentinel", "evacuee", "disaster-affected"),
        ("typhoon", "alon", "survivor", "disaster-affected"),
        ("typhoon", "alon", "urban poor", "informal-settlement"),
        ("kenya", "daily-taifa", "gen z protester", "participant"),
        ("kenya", "the-kenya-herald", "looter", "delegitimizing"),
        ("kenya", "the-kenya-herald", "goon", "crime-dehumanizing"),
        ("kenya", "meridian-news", "protester", "participant"),
        ("swim", "the-daily-rampart", "biological male", "gender-critical-term"),
        ("swim", "the-daily-rampart", "male who identifies as a woman", "gender-critical-term"),
        ("swim", "lavender-post", "transgender woman", "trans-inclusive"),
        ("swim", "meridian-wire", "athlete who has gone through male puberty", "eligibility-term"),
    ],
)
def test_naming_choices_in_the_outlets_own_voice(
    request: pytest.FixtureRequest, event: str, article: str, term: str, category: str
) -> None:
    assert (term, category) in _narrator(request.getfixturevalue(event), article)


@pytest.mark.parametrize(
    ("event", "article", "term"),
    [
        # a biography of one named person is no naming choice for a group
        ("kenya", "daily-taifa", "student"),
        # the Catholic wire never says "pregnant people"; the women's site never "unborn child" in its own voice
        ("abortion", "catholic-herald-wire", "pregnant person"),
        ("abortion", "the-current-femme", "unborn child"),
    ],
)
def test_naming_terms_an_outlet_does_not_use(request: pytest.FixtureRequest, event: str, article: str, term: str) -> None:
    assert term not in {t for t, _ in _narrator(request.getfixturevalue(event), article)}


@pytest.mark.parametrize(
    ("event", "label", "cells"),
    [
        ("kenya", "people killed", ["11", "At least 11", "four", "at least 14", "At least 14"]),
        ("kenya", "vote tally", ["195-106", "195 to 106", "204 legislators voting in favour and 97 against", "196-105"]),
        ("kenya", "people arrested", ["more than 300", "487", "487", "at least 352"]),
        ("typhoon", "storm signal", ["Signal No. 5", "Signal No. 5", "Signal No. 4"]),
        ("typhoon", "people missing", ["26", "18", "Eighteen", "Twelve"]),
        ("typhoon", "wind speed (km/h)", ["195", "180", "175"]),
        ("swim", "concentration (nmol/L)", ["10", "2.5", "5"]),
        ("swim", "vote tally", ["42 to 9", "42-9", "42 votes to nine"]),
        ("abortion", "distance (miles)", ["roughly 250", "more than 300", "nearly 400", "close to 400"]),
        ("abortion", "age of Alyssa Moreno", ["25", "24"]),
        ("abortion", "legal limit (weeks)", ["up to 24 weeks", "about 22 weeks", "up to 20 weeks"]),
        ("kenya", "revenue", ["Sh346bn", "Sh346 billion", "Sh312 billion", "about $2.4bn"]),  # one currency each
        ("typhoon", "time", ["4:50 am", "5:40 a.m.", "5:10 a.m."]),  # landfall
    ],
)
def test_figures_pair_across_outlets(request: pytest.FixtureRequest, event: str, label: str, cells: list[str]) -> None:
    assert cells in _row(request.getfixturevalue(event), label)


def test_the_clinics_row_has_all_three_outlets(abortion: Comparison) -> None:
    """'four remaining abortion facilities' joins 'five clinics' and 'just three clinics'."""
    assert ["four", "Five", "three"] in _row(abortion, "clinics")


def test_a_vote_share_does_not_pair_with_a_survey(swim: Comparison) -> None:
    assert not any("71%" in cells and "nearly 80 percent" in cells for cells in _row(swim, "percent approval"))


def test_the_swimmers_age_in_all_three(swim: Comparison) -> None:
    """'The 25-year-old trans swimmer' after the name gives the age its owner (round T's third numbers pass)."""
    assert ["24-year-old", "25-year-old", "24"] in _row(swim, "age of Rhiannon Vale")


@pytest.mark.parametrize(
    ("event", "canonical", "kind", "articles"),
    [
        ("abortion", "Westmark Supreme Court", "organisation", 3),  # "Westmark's Supreme Court" too
        ("abortion", "Heartland Family Planning Action", "organisation", 3),
        ("typhoon", "Benjamin Lagdameo", "person", 3),  # 'Benjamin “Benjie” Lagdameo', "Gov. Benjie Lagdameo"
        ("typhoon", "Philippine Atmospheric, Geophysical and Astronomical Services Administration", "organisation", 3),
        ("typhoon", "Francisca Ebarle", "person", 2),  # "Lola Pacing" in both
        ("kenya", "Joseph Kamau Ndegwa", "person", 3),  # "Joseph Ndegwa" in two
        ("kenya", "Ian Mwangi Kuria", "person", 2),  # "Ian Kuria"
        ("swim", "World Aquatics Union", "organisation", 3),
        ("swim", "Rhiannon Vale", "person", 3),
        ("swim", "Vessen", "place", 2),  # the wire's dateline "VESSEN" is the same place
    ],
)
def test_entities_merge_across_outlets(
    request: pytest.FixtureRequest, event: str, canonical: str, kind: str, articles: int
) -> None:
    assert (canonical, kind, articles) in _entity_rows(request.getfixturevalue(event))


@pytest.mark.parametrize(
    ("event", "wrong"),
    [
        ("typhoon", "What Lakandula"), ("typhoon", "DEVASTATION Residents of Brgy"), ("typhoon", "Evacuee Rosalinda Pajaron"),
        ("kenya", "Members"), ("swim", "PM GMTUpdated"), ("swim", "Ohio Republican"),
    ],
)
def test_no_fragment_is_an_entity(request: pytest.FixtureRequest, event: str, wrong: str) -> None:
    assert wrong not in _spellings(request.getfixturevalue(event))


@pytest.mark.parametrize(
    ("event", "article", "speaker", "role"),
    [
        ("abortion", "catholic-herald-wire", "Colleen Brannigan", "advocate"),
        ("abortion", "catholic-herald-wire", "Westmark Catholic Conference", "advocate"),
        ("abortion", "catholic-herald-wire", "Renee Gallardo", "advocate"),  # a pregnancy centre
        ("abortion", "catholic-herald-wire", "Lorena Vasquez-Hale", "official"),  # "wrote Justice Vasquez-Hale"
        ("abortion", "national-press-association", "Alan Whitford", "expert"),  # a law professor
        ("abortion", "national-press-association", "Dana Whitcombe", "official"),
        ("abortion", "the-current-femme", "Alyssa Moreno", "affected"),
        ("abortion", "the-current-femme", "Jaden Ruiz", "advocate"),  # an abortion fund
        ("abortion", "the-current-femme", "Keisha Marlowe", "business"),  # a clinic's director (documented convention)
        ("typhoon", "philippine-daily-sentinel", "Nenita Cabarles", "affected"),  # "Aling Nenita"
        ("typhoon", "philippine-daily-sentinel", "Ronaldo Cabanatan", "official"),  # "Police Brig. Gen."
        ("typhoon", "philippine-daily-sentinel", "Leizel Obregon", "official"),  # a PAGASA forecaster
        ("typhoon", "philippine-information-wire", "Maricel Dizon-Abad", "official"),
        ("typhoon", "philippine-information-wire", "Rosalinda Pajaron", "affected"),  # "Evacuee Rosalinda Pajaron"
        ("typhoon", "alon", "Lourdes Macaraeg", "expert"),
        ("typhoon", "alon", "Ana Liza Berbano", "advocate"),  # an urban poor group
        ("typhoon", "alon", "Junrey Molina", "affected"),  # "Kuya Jun-jun"
        ("typhoon", "alon", "Paolo Manalastas", "official"),  # "DSWD Asec."
        ("kenya", "daily-taifa", "Dennis Kiprotich", "affected"),
        ("kenya", "daily-taifa", "Otiende Ochola", "official"),  # the Minority Leader
        ("kenya", "the-kenya-herald", "Japheth Mutua Kioko", "official"),  # "IG Kioko"
        ("kenya", "the-kenya-herald", "Abdi Noor", "business"),
        ("kenya", "meridian-news", "Wycliffe Omondi", "expert"),  # a trauma surgeon
        ("kenya", "meridian-news", "Jane Wambui", "affected"),
        ("kenya", "meridian-news", "Kenya Commission for Human Rights and Equality", "advocate"),
        ("swim", "the-daily-rampart", "Matthias Rauber", "official"),  # "a former water polo player" too
        ("swim", "the-daily-rampart", "Kelsey Brandt", "advocate"),
        ("swim", "lavender-post", "Rhiannon Vale", "affected"),
        ("swim", "lavender-post", "Morgan Reyes", "advocate"),  # an advocacy group's chief executive
        ("swim", "lavender-post", "Nadia Ferreira-Holt", "affected"),  # the swimmer's barrister
        ("swim", "meridian-wire", "Tomasz Wielgosz", "official"),  # the athletes' commission chair
    ],
)
def test_speakers_and_roles(request: pytest.FixtureRequest, event: str, article: str, speaker: str, role: str) -> None:
    assert (speaker, role) in _speakers(request.getfixturevalue(event), article)


@pytest.mark.parametrize(
    ("event", "article", "wrong"),
    [
        ("abortion", "the-current-femme", "Just Upheld"),  # a Title-Case headline with a full stop
        ("abortion", "the-current-femme", "Westmark Supreme Court"),  # the chief justice's fragments
        ("typhoon", "philippine-daily-sentinel", "Borongan City"),  # "arrived in Borongan City ... and told evacuees"
        ("typhoon", "alon", "Lola Pacing"),  # the person is Francisca Ebarle
    ],
)
def test_no_fragment_speaks(request: pytest.FixtureRequest, event: str, article: str, wrong: str) -> None:
    assert wrong not in {s for s, _ in _speakers(request.getfixturevalue(event), article)}


@pytest.mark.parametrize(
    ("event", "article", "frame"),
    [
        ("abortion", "catholic-herald-wire", "Morality"),  # prayer, bishops, the unborn
        ("abortion", "national-press-association", "Health and safety"),
        ("typhoon", "philippine-information-wire", "Capacity and resources"),  # relief packs, evacuation centres
        ("kenya", "the-kenya-herald", "Crime and punishment"),
        ("kenya", "meridian-news", "Public opinion"),  # protests
    ],
)
def test_a_frame_a_reader_sees(request: pytest.FixtureRequest, event: str, article: str, frame: str) -> None:
    art = request.getfixturevalue(event).article(article)
    assert frame in {f.label for f in art.frames.frames if f.sentences}


def test_a_storms_displaced_are_no_migrants(typhoon: Comparison) -> None:
    """The state agency's IDPs and evacuees bring no immigration frame (it had four before round T)."""
    art = typhoon.article("philippine-information-wire")
    assert not {f.frame for f in art.frames.frames if f.sentences} & {
        spec.id for spec in load_frames_lexicon().frames if spec.family == "immigration"
    }


@pytest.mark.parametrize(
    ("article", "opening"),
    [
        ("meridian-wire", "Delegates at an extraordinary congress in the Swiss town of Vessen approved the policy"),
        ("the-daily-rampart", "The World Aquatics Union voted overwhelmingly on Saturday"),
    ],
)
def test_a_federations_vote_is_no_politics(swim: Comparison, article: str, opening: str) -> None:
    art = swim.article(article)
    index = next(s.index for s in art.doc.sentences if s.text.startswith(opening))
    assert "political" not in {c.frame for c in art.frame_cues if c.sentence == index}



def test_times_of_different_things_stay_apart(kenya: Comparison) -> None:
    assert ["7pm", "7pm"] not in _row(kenya, "time")
