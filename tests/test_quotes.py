"""Tests for framing.quotes: real news sentences with exact expectations."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.cli import main
from framing.errors import LexiconError
from framing.model import Article, Document
from framing.prepare import prepare
from framing.quotes import (
    is_work_title,
    KINDS,
    ROLES,
    Quote,
    extract_quotes,
    load_articles,
    load_cues,
    load_names,
    load_roles,
    quote_profile,
)

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "mississippi-raids-2019"


def doc_of(text: str, outlet: str = "Test Outlet") -> Document:
    """A prepared document for a bare text."""
    return prepare(Article(id="test", outlet=outlet, text=text))


def summary(text: str) -> list[tuple[str, str, str | None, str]]:
    """Each quote as (text, kind, speaker, role)."""
    return [(q.text, q.kind, q.speaker, q.speaker_role) for q in extract_quotes(doc_of(text))]


# --- the seed articles ------------------------------------------------------------

SEED_EXPECTED = yaml.safe_load((DATA / "quotes_seed_expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("article_id", sorted(SEED_EXPECTED))
def test_seed_quotes_complete(seed_docs: dict[str, Document], article_id: str) -> None:
    found = extract_quotes(seed_docs[article_id])
    expected = SEED_EXPECTED[article_id]
    got = [
        {"starts": q.text[: len(e["starts"])], "kind": q.kind, "speaker": q.speaker, "role": q.speaker_role}
        for q, e in zip(found, expected)
    ]
    assert got == expected
    assert len(found) == len(expected)


def test_seed_abc_details(seed_docs: dict[str, Document]) -> None:
    found = extract_quotes(seed_docs["abc-news"])
    aclu = found[1]
    assert aclu.closed is False and aclu.text.endswith("ripping apart families.")
    assert aclu.inherited is True
    hurst = found[-1]
    assert (hurst.speaker_surface, hurst.cue) == ("he", "said")
    assert found[0].text.startswith("This is horrifying")  # a closing mark used as an opener
    albence = found[7]
    assert albence.speaker_surface == "ICE acting Director Matthew Albence"
    assert found[9].speaker_surface == "the company" and found[9].channel == "in a statement"
    assert [q.order for q in found] == list(range(13))
    assert all(0 <= q.position < 1 for q in found)
    assert [q.position for q in found] == sorted(q.position for q in found)


def test_seed_breitbart_cues(seed_docs: dict[str, Document]) -> None:
    cox = extract_quotes(seed_docs["breitbart-news"])[2]
    assert (cox.cue, cox.cue_lemma, cox.cue_tag, cox.speaker_surface) == (
        "confirmed",
        "confirm",
        "loaded",
        "ICE spokesman Bryan Cox",
    )


@pytest.mark.parametrize("article_id", ["abc-news", "breitbart-news"])
def test_seed_invariants(seed_docs: dict[str, Document], article_id: str) -> None:
    doc = seed_docs[article_id]
    first = extract_quotes(doc)
    again = extract_quotes(prepare(doc.article))
    assert first == again
    for q in first:
        assert 0 <= q.start <= q.end <= len(doc.text)
        assert doc.text[q.start : q.end] == q.text
        assert q.kind in KINDS and q.speaker_role in ROLES
        assert doc.sentences[q.sentence].start <= q.start < doc.sentences[q.sentence].end
        assert q.words > 0
        assert not any(b.start <= q.start < b.end for b in doc.boilerplate)
        json.dumps(asdict(q))


def test_seed_profile(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["abc-news"]
    prof = quote_profile(doc, extract_quotes(doc))
    assert (prof.quotes, prof.direct, prof.partial, prof.scare) == (13, 10, 3, 0)
    assert prof.first_voice == "American Civil Liberties Union"
    assert prof.first_voice_role == "advocate"
    assert prof.quoted_words == sum(q.words for q in extract_quotes(doc))
    assert prof.quoted_share == round(prof.quoted_words / doc.words, 4)
    speakers = {s.speaker: s for s in prof.by_speaker}
    assert speakers["Bryan Cox"].quotes == 3
    assert speakers["Bryan Cox"].cues == ("explaining", "said")
    assert {r.role for r in prof.by_role} == {"advocate", "official", "business"}
    assert sum(r.words for r in prof.by_role) == prof.quoted_words
    empty = quote_profile(doc, ())
    assert empty.quotes == 0 and empty.first_voice is None and empty.by_speaker == ()


def test_profile_scare_quotes_listed(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["breitbart-news"]
    prof = quote_profile(doc, extract_quotes(doc))
    assert [q.text for q in prof.scare_quotes] == ["humanitarian grounds,", "humanitarian grounds."]
    assert prof.first_voice == "Bryan Cox"
    assert prof.by_speaker[0].loaded_cues == ("confirmed",)


# --- real-world patterns ------------------------------------------------------------

CASES: list[tuple[str, str, list[tuple[str, str, str | None, str]]]] = [
    (
        "interrupted-pronoun",
        'Mayor Karen Bass spoke to reporters on Monday. "We are ready," she said. "We have been for months."',
        [
            ("We are ready,", "direct", "Karen Bass", "official"),
            ("We have been for months.", "direct", "Karen Bass", "official"),
        ],
    ),
    (
        "said-name-appositive-org",
        '"The system failed these children," said Maria Lopez, director of the Florida Immigrant Coalition.',
        [("The system failed these children,", "direct", "Maria Lopez", "advocate")],
    ),
    (
        "according-to-partial",
        "According to the National Weather Service, the storm \u201ccould produce life-threatening flooding\u201d "
        "across the region.",
        [("could produce life-threatening flooding", "partial", "National Weather Service", "official")],
    ),
    (
        "the-company-statement",
        "Shares of Boeing Co. fell 5% on Tuesday. The company said in a statement that it \u201cdeeply regrets\u201d "
        "the error.",
        [("deeply regrets", "partial", "Boeing Co.", "business")],
    ),
    (
        "age-and-description",
        "\u201cI lost everything,\u201d said Ahmed Hassan, 34, a father of three who fled Aleppo in 2015.",
        [("I lost everything,", "direct", "Ahmed Hassan", "affected")],
    ),
    (
        "title-name-told",
        "Police Chief John Smith told reporters the suspect \u201cacted alone.\u201d",
        [("acted alone.", "partial", "John Smith", "official")],
    ),
    (
        "wrote-on-x",
        "\u201cThis is not who we are,\u201d Gov. Gavin Newsom wrote on X.",
        [("This is not who we are,", "direct", "Gavin Newsom", "official")],
    ),
    (
        "the-senator-resolves",
        "Sen. Ron Johnson faced questions on Tuesday. Asked whether he would resign, the senator replied: "
        "\u201cAbsolutely not.\u201d",
        [("Absolutely not.", "direct", "Ron Johnson", "official")],
    ),
    (
        "union-president-told-cnn",
        "\u201cOur members are exhausted,\u201d union president Sara Nelson told CNN.",
        [("Our members are exhausted,", "direct", "Sara Nelson", "advocate")],
    ),
    (
        "chant-partial",
        "The protesters chanted \u201cNo justice, no peace\u201d as they marched down Main Street.",
        [("No justice, no peace", "partial", "protesters", "advocate")],
    ),
    (
        "described-as",
        "Officials described the conditions at the facility as \u201cdeplorable.\u201d",
        [("deplorable.", "partial", "Officials", "official")],
    ),
    (
        "so-called-scare",
        "The so-called \u201czero tolerance\u201d policy led to thousands of family separations.",
        [("zero tolerance", "scare", None, "unknown")],
    ),
    (
        "scare-after-preposition",
        "Residents were told to stay indoors until the \u201call clear\u201d was given.",
        [("all clear", "scare", None, "unknown")],
    ),
    (
        "a-woman",
        "\u201cIt was terrifying,\u201d said a woman who gave only her first name, Maria.",
        [("It was terrifying,", "direct", "woman", "affected")],
    ),
    (
        "dr-appositive-expert",
        "Dr. Anthony Fauci, the nation\u2019s top infectious disease expert, said the data were "
        "\u201cencouraging.\u201d",
        [("encouraging.", "partial", "Anthony Fauci", "expert")],
    ),
    (
        "whose-brother-and-follow-up",
        "\u201cWe had no warning,\u201d said Tomas Rivera, whose brother was among those detained. "
        "\u201cNone at all.\u201d",
        [
            ("We had no warning,", "direct", "Tomas Rivera", "affected"),
            ("None at all.", "direct", "Tomas Rivera", "affected"),
        ],
    ),
    (
        "across-paragraphs",
        "\u201cThe first thing we will do is fund the program.\n"
        "\u201cThe second thing is to pass the bill,\u201d Senate Majority Leader Chuck Schumer said.",
        [
            ("The first thing we will do is fund the program.", "direct", "Chuck Schumer", "official"),
            ("The second thing is to pass the bill,", "direct", "Chuck Schumer", "official"),
        ],
    ),
    (
        "no-speaker-at-all",
        "\u201cNobody knows what happens next.\u201d\nThe town has been quiet since the plant closed.",
        [("Nobody knows what happens next.", "direct", None, "unknown")],
    ),
    (
        "acronym-unexpanded",
        "In a statement, the ACLU said the raids were \u201ccruel and unnecessary.\u201d",
        [("cruel and unnecessary.", "partial", "ACLU", "advocate")],
    ),
    (
        "justice-department",
        "\u201cWe will appeal,\u201d the Justice Department said in a statement.",
        [("We will appeal,", "direct", "Justice Department", "official")],
    ),
    (
        "spokesman-for-business",
        "Walmart spokesman Randy Hargrove said the company \u201cis cooperating fully.\u201d",
        [("is cooperating fully.", "partial", "Randy Hargrove", "business")],
    ),
    (
        "mother-of-two",
        "\u201cI\u2019m scared for my kids,\u201d a mother of two told The Associated Press, declining to give "
        "her name.",
        [("I\u2019m scared for my kids,", "direct", "mother of two", "affected")],
    ),
    (
        "attorney-general",
        '"There is no evidence of widespread fraud," Attorney General William Barr told the AP.',
        [("There is no evidence of widespread fraud,", "direct", "William Barr", "official")],
    ),
    (
        "dismissed-as",
        "The White House dismissed the report as \u201cfake news.\u201d",
        [("fake news.", "partial", "White House", "official")],
    ),
    (
        "mayor-then-surname",
        "\u201cIt\u2019s a sad day for Canton,\u201d said Mayor William Truly. Truly added that the city would "
        "\u201cdo everything we can\u201d to help families.",
        [
            ("It\u2019s a sad day for Canton,", "direct", "William Truly", "official"),
            ("do everything we can", "partial", "William Truly", "official"),
        ],
    ),
    ("no-quotes", "He said the plant would reopen Monday.", []),
    (
        "nested-single",
        "\u201cWhen he told me \u2018go home,\u2019 I went home,\u201d said Ana Ruiz, a worker at the plant.",
        [("When he told me \u2018go home,\u2019 I went home,", "direct", "Ana Ruiz", "affected")],
    ),
    (
        "straight-marks-union",
        '"We\'re not going anywhere," said Jim O\'Brien, president of the local teachers union.',
        [("We're not going anywhere,", "direct", "Jim O'Brien", "advocate")],
    ),
    (
        "economist-of-university",
        "\u201cThe numbers don\u2019t lie,\u201d economist Jane Park of the University of Chicago said.",
        [("The numbers don\u2019t lie,", "direct", "Jane Park", "expert")],
    ),
    (
        "the-agency-acronym",
        "The Federal Emergency Management Agency (FEMA) sent 200 workers. The agency said in a tweet that the "
        "claims were \u201ccategorically false.\u201d",
        [("categorically false.", "partial", "Federal Emergency Management Agency", "official")],
    ),
    (
        "tweeted-rep",
        "\u201cEnough is enough,\u201d tweeted Rep. Alexandria Ocasio-Cortez.",
        [("Enough is enough,", "direct", "Alexandria Ocasio-Cortez", "official")],
    ),
    (
        "attribution-in-middle",
        "\u201cThe raids,\u201d Cox said, \u201cwere planned for more than a year.\u201d",
        [
            ("The raids,", "direct", "Cox", "unknown"),
            ("were planned for more than a year.", "direct", "Cox", "unknown"),
        ],
    ),
    ("no-quote-no-speaker", "A spokeswoman for Koch Foods did not respond to a request for comment.", []),
    (
        "the-family",
        "\u201cWe are heartbroken,\u201d the family said in a statement released through their attorney.",
        [("We are heartbroken,", "direct", "family", "affected")],
    ),
    (
        "prosecutors-wrote",
        "Prosecutors wrote in court filings that Smith \u201cshowed no remorse.\u201d",
        [("showed no remorse.", "partial", "Prosecutors", "official")],
    ),
    (
        "age-only",
        "\u201cThey took my husband,\u201d Rosa Hern\u00e1ndez, 29, said through an interpreter.",
        [("They took my husband,", "direct", "Rosa Hern\u00e1ndez", "affected")],
    ),
    (
        "colon-org",
        "The ACLU of Mississippi tweeted: \u201cThis is a dark day for our state.\u201d",
        [("This is a dark day for our state.", "direct", "ACLU of Mississippi", "advocate")],
    ),
    (
        "surname-only",
        "\u201cI don\u2019t know,\u201d Smith said when asked about the timeline.",
        [("I don\u2019t know,", "direct", "Smith", "unknown")],
    ),
    (
        "multi-sentence-rev",
        "\u201cWe have been here 20 years. We pay taxes. We are part of this community,\u201d said the Rev. Mark "
        "Jones, pastor of St. Anne\u2019s Catholic Church.",
        [
            (
                "We have been here 20 years. We pay taxes. We are part of this community,",
                "direct",
                "Mark Jones",
                "affected",
            )
        ],
    ),
    (
        "insisted-loaded",
        "Federal officials insisted the raids were \u201croutine.\u201d",
        [("routine.", "partial", "Federal officials", "official")],
    ),
    (
        "pronoun-most-recent",
        "Jane Doe, a nurse, spoke first. Then Gov. Tate Reeves took the podium. "
        "\u201cWe support the officers,\u201d he said.",
        [("We support the officers,", "direct", "Tate Reeves", "official")],
    ),
    (
        "pronoun-gender",
        "Gov. Kay Ivey met with Mr. Tom Lee on Friday. \u201cWe will rebuild,\u201d she said.",
        [("We will rebuild,", "direct", "Kay Ivey", "official")],
    ),
    (
        "told-abc-news",
        "\u201cWe had no idea,\u201d Maria Gomez told ABC News.",
        [("We had no idea,", "direct", "Maria Gomez", "unknown")],
    ),
    (
        "said-colon-previous-sentence",
        "In a statement, ICE spokeswoman Jennifer Elzea said:\n\u201cThe operation was conducted lawfully.\u201d",
        [("The operation was conducted lawfully.", "direct", "Jennifer Elzea", "official")],
    ),
    (
        "indirect-then-quote",
        "Sheriff Bryan Bailey said his deputies were not involved.\n\u201cThat was a federal operation.\u201d",
        [("That was a federal operation.", "direct", "Bryan Bailey", "official")],
    ),
    (
        "unknown-pronoun-no-antecedent",
        "\u201cWe were not told anything,\u201d she said.",
        [("We were not told anything,", "direct", None, "unknown")],
    ),
    (
        "claimed-org-inverted",
        "\u201cThe plant followed every rule,\u201d claimed Koch Foods in a written statement.",
        [("The plant followed every rule,", "direct", "Koch Foods", "business")],
    ),
    (
        "professor-appositive-said",
        "\u201cThis is the largest such raid in a decade,\u201d said Muzaffar Chishti, a senior fellow at the "
        "Migration Policy Institute.",
        [("This is the largest such raid in a decade,", "direct", "Muzaffar Chishti", "expert")],
    ),
    (
        "reporter-media",
        "\u201cThe line stretched around the block,\u201d Clarion Ledger reporter Lici Beveridge wrote.",
        [("The line stretched around the block,", "direct", "Lici Beveridge", "media")],
    ),
    # --- round 2: people introduced by any verb, gender, groups, lawyers, references ---
    (
        "non-cue-introduction-then-she",
        'Teachers union president Becky Pringle rejected the proposal on Monday. "This plan shortchanges every '
        'classroom," she said.',
        [("This plan shortchanges every classroom,", "direct", "Becky Pringle", "advocate")],
    ),
    (
        "first-name-gender",
        'Gov. Janet Mills and Sen. Robert Lawson toured the flooded mill on Friday. "We will rebuild this town," '
        "she said.",
        [("We will rebuild this town,", "direct", "Janet Mills", "official")],
    ),
    (
        "apposition-nurse-described",
        "Maria Gonzalez, a nurse at St. Luke's Hospital, described the shortage. \"We are running on fumes,\" "
        "Gonzalez said.",
        [("We are running on fumes,", "direct", "Maria Gonzalez", "affected")],
    ),
    (
        "one-worker-who-then-he",
        'One worker, who asked not to be named because he feared losing his job, said conditions were "dangerous." '
        '"They never fixed the guardrails," he said.',
        [
            ("dangerous.", "partial", "worker", "affected"),
            ("They never fixed the guardrails,", "direct", "worker", "affected"),
        ],
    ),
    (
        "what-they-call",
        'Residents of the trailer park have formed what they call a "tenant union."',
        [("tenant union.", "partial", "Residents", "affected")],
    ),
    (
        "the-union-named-earlier",
        'The United Auto Workers union announced the strike on Friday. "Our patience has run out," the union said '
        "in a statement.",
        [("Our patience has run out,", "direct", "United Auto Workers", "advocate")],
    ),
    (
        "lawyer-for-the-family",
        '"She did everything right," said Lee Merritt, a lawyer for the family.',
        [("She did everything right,", "direct", "Lee Merritt", "affected")],
    ),
    (
        "lawyer-for-company-name-after",
        'A lawyer for Acme Corp., Jane Holt, said the claims were "baseless."',
        [("baseless.", "partial", "Jane Holt", "business")],
    ),
    (
        "modifier-before-title-after-cue",
        '"Nobody asked us," said lifelong resident Carla Mendes.',
        [("Nobody asked us,", "direct", "Carla Mendes", "affected")],
    ),
    (
        "the-hospital-named-earlier",
        "Memorial Regional Hospital confirmed the outbreak on Monday. Dr. Lena Ortiz, an epidemiologist at Columbia "
        'University, called it "serious." The hospital said visitors would be limited "until further notice."',
        [
            ("serious.", "partial", "Lena Ortiz", "expert"),
            ("until further notice.", "partial", "Memorial Regional Hospital", "expert"),
        ],
    ),
    (
        "title-word-not-part-of-name",
        'Neighbor Janet Cole watched from her porch. "It happened so fast," Cole said.',
        [("It happened so fast,", "direct", "Janet Cole", "affected")],
    ),
    (
        "place-is-not-a-person",
        'Speaking in Union Square, the mayor said: "We will not back down."',
        [("We will not back down.", "direct", "mayor", "official")],
    ),
    (
        "accused-of",
        'Opposition leader Peter Dutton accused the government of "economic vandalism."',
        # An opposition leader is a sitting legislator: official, as "leader of the
        # opposition" already was (speaker_roles.yaml; corrected in round N).
        [("economic vandalism.", "partial", "Peter Dutton", "official")],
    ),
    (
        "british-single-charity",
        "The charity Shelter said the figures were \u2018a national disgrace\u2019.",
        [("a national disgrace", "partial", "Shelter", "advocate")],
    ),
    (
        "sports-coach",
        'Coach Andy Reid was asked about the loss. "We have to clean it up," Reid said.',
        [("We have to clean it up,", "direct", "Andy Reid", "affected")],
    ),
    (
        "age-occupation-apposition-then-she",
        'Julia Brown, 34, a cashier at the store, saw the robbery. "He had a gun," she said.',
        [("He had a gun,", "direct", "Julia Brown", "affected")],
    ),
    # Several speakers in one sentence: each quote belongs to its own clause's cue.
    (
        "two-clauses-while",
        'Mayor Karen Bass called the budget "a responsible plan," while Councilmember Hugo Soto-Martinez said it '
        'would "hollow out the libraries."',
        [
            ("a responsible plan,", "partial", "Karen Bass", "official"),
            ("hollow out the libraries.", "partial", "Hugo Soto-Martinez", "official"),
        ],
    ),
    (
        "two-clauses-whereas-described-as",
        'Prosecutors described the defendant as "a danger to the community," whereas his attorney, Lena Brooks, '
        'called him "a scapegoat."',
        [
            ("a danger to the community,", "partial", "Prosecutors", "official"),
            ("a scapegoat.", "partial", "Lena Brooks", "unknown"),
        ],
    ),
    (
        "two-clauses-semicolon-british-comma",
        "Gov. Roy Cooper, a Democrat, called the storm \u201chistoric\u201d; Senate leader Phil Berger, a Republican, "
        "said relief was \u201con its way.\u201d",
        [("historic", "partial", "Roy Cooper", "official"), ("on its way.", "partial", "Phil Berger", "official")],
    ),
    (
        "no-cue-in-its-clause-is-not-the-next-speakers",
        'The plan is "dead on arrival," but Gov. Greg Abbott said he would sign it.',
        [("dead on arrival,", "scare", None, "unknown")],
    ),
    (
        "and-dismissed-as-same-speaker",
        "Economist Janet Ruiz, who studies housing markets at Rice University, said prices were \u201cstill too "
        "high\u201d and dismissed the forecast as \u201cwishful thinking.\u201d",
        [
            ("still too high", "partial", "Janet Ruiz", "expert"),
            ("wishful thinking.", "partial", "Janet Ruiz", "expert"),
        ],
    ),
    (
        "and-added-borrows-subject",
        'Police said the suspect was "cooperating," and added that they expected "more arrests soon."',
        [("cooperating,", "partial", "Police", "official"), ("more arrests soon.", "partial", "Police", "official")],
    ),
    (
        # "her neighbor, retiree Bill Ames" was unread until "her" could open a noun
        # phrase (round of set I): the subject is read now, and it is the clause's own.
        "her-neighbor-subject-is-read",
        '"I\'m not worried," said Fatima Noor, 29, who owns a coffee shop on Elm Street, while her neighbor, '
        'retiree Bill Ames, said the new tower would "block the sun all afternoon."',
        [
            ("I'm not worried,", "direct", "Fatima Noor", "business"),
            ("block the sun all afternoon.", "partial", "Bill Ames", "affected"),
        ],
    ),
    (
        "unread-subject-borrows-nothing",
        '"I\'m not worried," said Fatima Noor, 29, who owns a coffee shop on Elm Street, while the man in the '
        'red cap across from her, 70, said the new tower would "block the sun all afternoon."',
        [
            ("I'm not worried,", "direct", "Fatima Noor", "business"),
            ("block the sun all afternoon.", "partial", None, "unknown"),
        ],
    ),
    (
        "wire-tags-quote-first-then-while",
        '"It\'s a fair deal," Sen. Lisa Murkowski, R-Alaska, said Tuesday, while Sen. Brian Schatz, D-Hawaii, '
        'called it "a giveaway."',
        [
            ("It's a fair deal,", "direct", "Lisa Murkowski", "official"),
            ("a giveaway.", "partial", "Brian Schatz", "official"),
        ],
    ),
    # Relative-clause role cues (lexicon: speaker_roles.yaml relative_clauses).
    (
        "whose-husband-detained",
        '"They took him at dawn," said Rosa Mejia, whose husband was detained in the raid.',
        [("They took him at dawn,", "direct", "Rosa Mejia", "affected")],
    ),
    (
        "who-has-lived",
        '"We have nowhere else to go," said Tom Reyes, who has lived in the trailer park for 22 years.',
        [("We have nowhere else to go,", "direct", "Tom Reyes", "affected")],
    ),
    (
        "who-runs-non-commercial-is-local-voice",
        '"The water came up to the ceiling," said Mary Olsen, who runs a food pantry in Lumberton.',
        [("The water came up to the ceiling,", "direct", "Mary Olsen", "affected")],
    ),
    (
        "who-owns-a-business",
        "\u201cWe lost a whole season,\u201d said Dale Fisk, 61, who owns a fishing charter company in Homer.",
        [("We lost a whole season,", "direct", "Dale Fisk", "business")],
    ),
    (
        "title-beats-relative-clause",
        '"Nobody saw this coming," said Ana Ruiz, a spokeswoman for the Federal Emergency Management Agency, who lives in Tulsa.',
        [("Nobody saw this coming,", "direct", "Ana Ruiz", "official")],
    ),
    # Titles of works in quote marks are not quotes (acceptance: school-board book removal).
    (
        "work-titles-are-not-quotes",
        'The books, which include Toni Morrison\'s "The Bluest Eye" and Maia Kobabe\'s graphic memoir "Gender Queer," '
        "will be pulled from shelves by Friday, Superintendent Marcus Lee said.",
        [],
    ),
    (
        "work-titles-in-a-list",
        'Among the books removed are "The Bluest Eye" by Toni Morrison, "Gender Queer" by Maia Kobabe and '
        '"The Hate U Give" by Angie Thomas.',
        [],
    ),
    (
        "film-title-then-real-quote",
        'The director of "No Country for Old Men" said the award was a surprise. "I did not expect it," she said.',
        [("I did not expect it,", "direct", "director", "unknown")],
    ),
    (
        "title-case-slogan-after-said-is-still-a-quote",
        '"Enough is enough," said Mayor Lisa Grant of Dayton.',
        [("Enough is enough,", "direct", "Lisa Grant", "official")],
    ),
    (
        "board-president-is-official",
        '"This is not a ban," said Board President Karen Whitfield.',
        [("This is not a ban,", "direct", "Karen Whitfield", "official")],
    ),
    (
        "superintendent-is-official",
        '"Students will still have access," Superintendent Marcus Lee said.',
        [("Students will still have access,", "direct", "Marcus Lee", "official")],
    ),
    (
        "board-member-is-official",
        'Board member Rachel Simmons called the decision "a rush job" and said the board had ignored its policy.',
        [("a rush job", "partial", "Rachel Simmons", "official")],
    ),
    (
        "student-title-before-name",
        '"Nobody asked us," said senior Maya Chen, 17, who helped organize the walkout.',
        # Was "unknown" before round 4: "senior" was no title; a student is an affected voice.
        [("Nobody asked us,", "direct", "Maya Chen", "affected")],
    ),
    (
        "student-apposition",
        '"Nobody asked us," said Maya Chen, 17, a sophomore who helped organize the walkout.',
        [("Nobody asked us,", "direct", "Maya Chen", "affected")],
    ),
    (
        "librarian-is-affected-voice",
        '"We followed the process," said Ellen Ortiz, the head librarian at Maple Valley High School.',
        [("We followed the process,", "direct", "Ellen Ortiz", "affected")],
    ),
    (
        "founder-of-a-group-is-not-business",
        '"Any parent will understand," said Todd Brenner, the group\'s founder.',
        [("Any parent will understand,", "direct", "Todd Brenner", "unknown")],
    ),
    (
        "founder-of-a-company-is-business",
        '"We will keep hiring," said Dana Cole, the founder of Brightline Software Inc.',
        [("We will keep hiring,", "direct", "Dana Cole", "business")],
    ),
]


# Round 4: a fragment in the predicate of a clause a reporting verb governs is a
# partial quote of that verb's subject; "so-called", an adjunct after a noun,
# a clause opener or no cue at all keep it a scare quote.
CASES += [
    (
        "claimed-that-amounted-to",
        'Parents argued that the policy amounted to "censorship," a charge the superintendent rejected.',
        [("censorship,", "partial", "Parents", "affected")],
    ),
    (
        "union-officials-sentence-head",
        'Union officials claimed that the offer amounted to "a pay cut."',
        [("a pay cut.", "partial", "Union officials", "advocate")],
    ),
    ("say-the-law-is-a", 'Opponents say the law is a "power grab."', [("power grab.", "partial", "Opponents", "unknown")]),
    (
        "could-lead-to",
        'Economists warned that the tariffs could lead to "higher prices."',
        [("higher prices.", "partial", "Economists", "expert")],
    ),
    (
        "same-clause-after-a-quote",
        'The mayor said the policy was "working" and residents were "safer."',
        [("working", "partial", "mayor", "official"), ("safer.", "partial", "mayor", "official")],
    ),
    (
        "called-and-coordinated",
        'Critics called the plan "reckless" and "cruel."',
        [("reckless", "partial", "Critics", "unknown"), ("cruel.", "partial", "Critics", "unknown")],
    ),
    (
        "what-he-calls-is-the-subjects",
        'Mayor Karen Bass spoke first. Trump attacked what he calls "fake news" on Monday.',
        [("fake news", "partial", "Trump", "unknown")],
    ),
    (
        "so-called-after-a-cue-is-scare",
        'Officials said the so-called "reform" would fail.',
        [("reform", "scare", None, "unknown")],
    ),
    (
        "adjunct-after-a-noun-is-scare",
        'The ministry confirmed that 40 prisoners were sent back across the border on "medical grounds."',
        [("medical grounds.", "scare", None, "unknown")],
    ),
    (
        "clause-opener-is-scare",
        'Smith said he was sorry after the company was accused of "greed."',
        [("greed.", "scare", None, "unknown")],
    ),
    ("no-cue-label-is-scare", 'A "pause" on the merger was rejected on Monday.', [("pause", "scare", None, "unknown")]),
    # Appositive roles after an age, student years, tabloid compounds.
    (
        "age-then-senior-who",
        '"Nobody asked us," said Dana Ruiz, 17, a senior who helped organize the walkout.',
        [("Nobody asked us,", "direct", "Dana Ruiz", "affected")],
    ),
    (
        "age-then-junior-at",
        '"I read these books," said Priya Sandhu, 16, a junior at Forest Hills Northern High School.',
        [("I read these books,", "direct", "Priya Sandhu", "affected")],
    ),
    (
        "senior-as-modifier-is-no-student",
        '"We are reviewing it," said Tom Ash, a senior official at the agency.',
        [("We are reviewing it,", "direct", "Tom Ash", "official")],
    ),
    (
        "freshman-senator-is-official",
        '"We will fight this," said freshman Sen. Jane Doe.',
        [("We will fight this,", "direct", "Jane Doe", "official")],
    ),
    (
        "age-appositive-before-the-cue",
        'Pat Lowe, 44, a retired teacher, said the plans were "shameful."',
        [("shameful.", "partial", "Pat Lowe", "affected")],
    ),
    (
        "age-then-who-works-as",
        '"I can\'t afford rent," said Ken Ford, 38, who works as a cashier at Kroger.',
        [("I can't afford rent,", "direct", "Ken Ford", "affected")],
    ),
    (
        "age-then-spokeswoman-for",
        '"We are cooperating," said Ana Diaz, 41, a spokeswoman for Peco Foods.',
        [("We are cooperating,", "direct", "Ana Diaz", "business")],
    ),
    (
        "whose-two-children",
        '"It\'s a tick-box exercise," said Sarah Kelly, whose two children attend Highfield Primary.',
        [("It's a tick-box exercise,", "direct", "Sarah Kelly", "affected")],
    ),
    (
        "tabloid-mum-of-three",
        'Mum-of-three Kerry Atkins, 29, said: "We grabbed the kids and ran."',
        [("We grabbed the kids and ran.", "direct", "Kerry Atkins", "affected")],
    ),
    (
        "the-34-year-old",
        'Stacey Booth, 34, from Crawley, was stranded for 19 hours. "Nobody told us anything," the 34-year-old said.',
        [("Nobody told us anything,", "direct", "Stacey Booth", "affected")],
    ),
    (
        "noun-at-a-place",
        'Tenants at 1420 Grand Concourse say the building is "a disgrace."',
        [("a disgrace.", "partial", "Tenants", "affected")],
    ),
    (
        "noun-at-an-employer",
        'A worker at the Peco Foods plant said conditions were "awful."',
        [("awful.", "partial", "worker", "affected")],
    ),
    (
        "relative-that-before-plural",
        'The board voted to close the ward, a decision that nurses said would leave mothers "with nowhere to go."',
        [("with nowhere to go.", "partial", "nurses", "affected")],
    ),
    (
        "acronym-long-form-without-the",
        'The European Union threatened to retaliate, and EU trade chief Maros Sefcovic called the tariffs "unjustified."',
        [("unjustified.", "partial", "Maros Sefcovic", "official")],
    ),
]


@pytest.mark.parametrize("text, expected", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_real_world_cases(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text, cue, tag, channel",
    [
        ("\u201cWe are ready,\u201d the company said in a statement.", "said", "neutral", "in a statement"),
        ("\u201cWe did nothing wrong,\u201d Smith insisted.", "insisted", "loaded", None),
        ("\u201cMistakes were made,\u201d the mayor admitted on Twitter.", "admitted", "loaded", "on twitter"),
        ("\u201cIt was legal,\u201d Cox wrote in an email to ABC News.", "wrote", "neutral", "in an email"),
        ("According to the police report: \u201cThe suspect fled.\u201d", "according to", "neutral", None),
    ],
)
def test_cues_and_channels(text: str, cue: str, tag: str, channel: str | None) -> None:
    (q,) = extract_quotes(doc_of(text))
    assert (q.cue, q.cue_tag, q.channel) == (cue, tag, channel)


def test_quotes_in_boilerplate_are_not_article_quotes() -> None:
    text = "The plant reopened on Monday.\nCopyright \u00a9 2019 \u201cThe Daily\u201d. All rights reserved."
    assert extract_quotes(doc_of(text)) == ()


def test_words_and_position() -> None:
    text = "The mayor spoke.\n\u201cWe will rebuild the town,\u201d she said."
    (q,) = extract_quotes(doc_of(text))
    assert q.words == 5
    assert q.sentence == 1
    # Content before the quote's words: the first sentence and the opening mark.
    assert q.position == round((len("The mayor spoke.") + 1) / (len("The mayor spoke.") + len(text.split("\n")[1])), 4)


# --- properties -------------------------------------------------------------------------

QUOTEY = st.lists(
    st.sampled_from(list('abc XYZ.,;:\n"\u201c\u201d\u2018\u2019\'()\u2014') + ["said ", "Cox ", "he ", "the company "]),
    max_size=60,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), QUOTEY.map(lambda s: "Bryan Cox spoke. " + s)))
def test_any_text_gives_quotes_in_bounds(text: str) -> None:
    try:
        doc = prepare(Article(id="x", outlet="X", text=text))
    except Exception:  # preparation's own failures are not this module's to test
        return
    found = extract_quotes(doc)
    for q in found:
        assert 0 <= q.start <= q.end <= len(doc.text)
        assert doc.text[q.start : q.end] == q.text
        assert 0.0 <= q.position <= 1.0
        assert q.kind in KINDS and q.speaker_role in ROLES
    prof = quote_profile(doc, found)
    assert 0.0 <= prof.quoted_share


# --- lexicons -------------------------------------------------------------------------------


def test_lexicons_load() -> None:
    cues = load_cues()
    assert cues.forms["said"].tag == "neutral" and cues.forms["claimed"].tag == "loaded"
    assert cues.forms["according to"].lemma == "according to"
    roles = load_roles()
    assert roles.org_names["aclu"] == "advocate"
    names = load_names()
    assert "Maria" in names.female and "John" in names.male and not names.female & names.male


@pytest.mark.parametrize(
    "body, message",
    [
        ("female: [Maria, Jordan]\nmale: [John, Jordan]\n", "name 'Jordan' is listed as female and male"),
        ("female: [maria]\nmale: [John]\n", "female name 'maria' must be one capitalised word"),
        ("female: [Maria]\n", "entry 'male' must be a non-empty list"),
    ],
)
def test_malformed_first_names(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "first_names.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_names(tmp_path)
    assert message in str(err.value)
    assert str(tmp_path / "first_names.yaml") in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    "name, body, message",
    [
        (
            "reporting_verbs",
            "verbs:\n  - {lemma: say, forms: [said], tag: sneaky}\nphrases:\n  - {phrase: according to, tag: neutral}\n"
            "channels: [in a statement]\n",
            "verb 'say' has tag 'sneaky'; use one of: neutral, loaded",
        ),
        (
            "reporting_verbs",
            "verbs:\n  - {lemma: say, forms: [Said], tag: neutral}\nphrases:\n  - {phrase: according to, tag: neutral}\n"
            "channels: [in a statement]\n",
            "verb 'say' form 'Said' must be a lower-case word",
        ),
        ("reporting_verbs", "verbs: []\n", "entry 'verbs' must be a non-empty list"),
        (
            "speaker_roles",
            "roles:\n  villain: {titles: [boss]}\nreferences: {}\nrepresentative_titles: [a]\nname_titles: [Mr.]\n",
            "role 'villain' is not one of",
        ),
        (
            "speaker_roles",
            "roles:\n  official: {titles: [mayor]}\nreferences: {}\nrepresentative_titles: [a]\nname_titles: [Mr.]\n"
            "relative_clauses:\n  - {role: affected, after: which, words: [lives]}\n",
            "relative_clauses item 1 has after 'which'; write who or whose",
        ),
        (
            "speaker_roles",
            "roles:\n  official: {titles: [mayor]}\nreferences: {}\nrepresentative_titles: [a]\nname_titles: [Mr.]\n"
            "relative_clauses:\n  - {role: affected, after: who, words: [Lives]}\n",
            "relative_clauses item 1: 'words' must be a list of lower-case words",
        ),
        (
            "speaker_roles",
            "roles:\n  official: {titles: [mayor]}\nreferences: {}\nrepresentative_titles: [a]\nname_titles: [Mr.]\n"
            "relative_clauses:\n  - {role: neighbour, after: who, words: [lives]}\n",
            "relative_clauses item 1 has role 'neighbour'; use one of",
        ),
        (
            "speaker_roles",
            "roles:\n  official: {titles: boss}\nreferences: {}\nrepresentative_titles: [a]\nname_titles: [Mr.]\n",
            "role 'official' entry 'titles' must be a list",
        ),
        (
            "speaker_roles",
            "roles:\n  official: {titles: [mayor]}\nreferences: {}\nrepresentative_titles: [a]\nname_titles: [Mr.]\n"
            "head_only_titles:\n  affected: [Senior]\n",
            "head_only_titles 'affected' must be a list of lower-case words",
        ),
        (
            "speaker_roles",
            "roles:\n  official: {titles: [mayor]}\nreferences: {}\nrepresentative_titles: [a]\nname_titles: [Mr.]\n"
            "head_only_titles:\n  pupil: [senior]\n",
            "head_only_titles role 'pupil' is not one of",
        ),
    ],
)
def test_malformed_lexicon(tmp_path: Path, name: str, body: str, message: str) -> None:
    (tmp_path / f"{name}.yaml").write_text(body, encoding="utf-8")
    loader = load_cues if name == "reporting_verbs" else load_roles
    with pytest.raises(LexiconError) as err:
        loader(tmp_path)
    assert message in str(err.value)
    assert str(tmp_path / f"{name}.yaml") in str(err.value)
    assert "\n" not in str(err.value)


# --- input and command line ---------------------------------------------------------------


def test_load_articles_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "daily-planet.txt"
    path.write_text("\u201cUp, up and away,\u201d said Clark Kent.", encoding="utf-8")
    (art,) = load_articles([path])
    assert (art.id, art.outlet) == ("daily-planet", "daily-planet")
    assert len(load_articles([SEEDS])) == 2
    assert load_articles([SEEDS / "abc-news.txt"])[0].outlet == "ABC News"


def test_cli_table(tmp_path: Path) -> None:
    path = tmp_path / "planet.txt"
    path.write_text(
        "Mayor Lois Lane spoke on Monday. \u201cWe are ready,\u201d she said. \u201cWe have been for months.\u201d\n"
        "The city declared a \u201cstate of calm.\u201d",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["quotes", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "== planet [planet]",
        "   3 quotes (2 direct, 0 partial, 1 scare); 8 of 23 words quoted (35%); first voice: Lois Lane (official)",
        "    1. s1    28%  direct   Lois Lane (official), said: \u201cWe are ready,\u201d",
        "    2. s2    49%  direct   Lois Lane* (official), -: \u201cWe have been for months.\u201d",
        "    3. s3    87%  scare    (unknown) (unknown), -: \u201cstate of calm.\u201d",
        "   * speaker carried over from the quote or statement just before",
    ]


def test_cli_json_seed() -> None:
    result = CliRunner().invoke(main, ["quotes", str(SEEDS / "breitbart-news.txt"), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 4
    for key in ("start", "end", "text", "kind", "speaker", "speaker_role", "cue", "sentence", "words"):
        assert key in rows[0]
    assert rows[2]["speaker"] == "Bryan Cox" and rows[2]["cue"] == "confirmed" and rows[2]["kind"] == "partial"
    assert rows[0]["article"] == "breitbart-news"


def test_cli_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["quotes", "no-such-event"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: no event folder 'no-such-event'")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = CliRunner().invoke(main, ["quotes", str(empty)])
    assert result.exit_code == 2
    assert result.output == f"Error: {empty}: the file is empty; give a file with the article text\n"


def test_quote_record_is_json_friendly() -> None:
    (q,) = extract_quotes(doc_of("\u201cYes,\u201d said Ann Lee."))
    assert isinstance(q, Quote)
    assert json.loads(json.dumps(asdict(q)))["speaker"] == "Ann Lee"


# --- held-out accuracy ----------------------------------------------------------------------


def _score(path: Path) -> tuple[float, float, float, float]:
    """Quote-finding F1, speaker, kind and role accuracy on an evaluation file (role where given)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    tp = fp = fn = speaker_ok = kind_ok = role_ok = 0
    for art in data["articles"]:
        got = list(extract_quotes(prepare(Article(id=art["id"], outlet=art["id"], text=art["text"]))))
        used: set[int] = set()
        for exp in art["quotes"]:
            hit = next((i for i, q in enumerate(got) if i not in used and q.text.startswith(exp["starts"])), None)
            if hit is None:
                fn += 1
                continue
            used.add(hit)
            tp += 1
            speaker_ok += got[hit].speaker == exp["speaker"]
            kind_ok += got[hit].kind == exp["kind"]
            role_ok += "role" not in exp or got[hit].speaker_role == exp["role"]
        fp += len(got) - len(used)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return f1, speaker_ok / max(tp, 1), kind_ok / max(tp, 1), role_ok / max(tp, 1)


@pytest.mark.parametrize(
    "name, min_f1, min_speaker, min_kind, min_role",
    [
        # Set A was measured once with frozen rules (F1 1.00, speakers 23/36) and
        # then used to fix rules: now 33/36. Set B was held out in round 1
        # (23/27) and measured again after round 2 (never tuned on).
        # Set C is held out for round 2: 46/61 speakers, 31/61 roles before
        # any round-2 change, 54/61 and 41/61 after (never tuned on); set D is
        # round 2's tuning set (30/46 speakers, 21/46 roles before).
        ("quotes_heldout.yaml", 1.0, 33 / 36, 35 / 36, 36 / 36),
        ("quotes_heldout_b.yaml", 1.0, 25 / 27, 27 / 27, 27 / 27),
        ("quotes_heldout_c.yaml", 1.0, 55 / 61, 61 / 61, 43 / 61),
        ("quotes_tuning_d.yaml", 1.0, 45 / 46, 46 / 46, 38 / 46),
        # Set E is held out for round 3 (several speakers per sentence,
        # relative-clause roles): 29/41 speakers, 19/41 roles, 40/41 kinds
        # before any round-3 change; 40/41, 34/41, 41/41 after (never tuned on).
        ("quotes_heldout_e.yaml", 1.0, 41 / 41, 41 / 41, 36 / 41),
        # Set F is held out for round 4 (fragments in reported clauses, scare
        # labels, appositive roles after ages): 33/55 speakers, 44/55 kinds,
        # 37/55 roles before any round-4 change; 54/55 each after, and 55/55
        # once prepare split a sentence glued after one digit ("Route 9.Neighbors").
        ("quotes_heldout_f.yaml", 1.0, 55 / 55, 55 / 55, 55 / 55),
        # Set G is held out for the Westbrook acceptance round (a role through
        # "the group's founder", "its director, Name"): 8/12 speakers, 1/12
        # roles before; 12/12 each after. The same change lifted set C's
        # roles from 43/61 to 44/61 and set E's from 34/41 to 35/41.
        ("quotes_heldout_g.yaml", 1.0, 12 / 12, 12 / 12, 12 / 12),
        # Set H is held out for the Marsden Bridge acceptance round ("the company said" after
        # a sentence opening "Video posted ...", "he fumed", a spokesperson for "X Chemicals"):
        # 5/8 speakers, 3/8 roles before; 8/8 each after (industrial company words in
        # speaker_roles.yaml, tabloid heat verbs in reporting_verbs.yaml).
        ("quotes_heldout_h.yaml", 1.0, 8 / 8, 8 / 8, 8 / 8),
        # Set I is held out for the Marsden follow-up round (the sentence's own subject against
        # a carried-over speaker, possessive relations, pronouns several sentences on,
        # multi-paragraph quotes, UK titles without stops): F1 0.99 (49 of 50 found),
        # 41/49 speakers, 48/49 kinds, 30/49 roles before any change of the round; 42/49
        # and 31/49 after the two Marsden fixes (subject before a finite verb, possessive
        # relations), 46/49 and 39/49 after the rules its misses showed (British titles
        # without stops, a first name on later reference, UK institutions in the roles
        # lexicon). The miss is a curly single mark left open over a paragraph break,
        # which preparation does not pair. The same change lifted set E to 41/41, 36/41.
        # When preparation pairs that mark (a quote that runs on into the next paragraph),
        # the quote is found and its role is missed like its sibling's: the same 39 roles
        # right out of 50 found, so the role floor is 39/50 (speakers and kinds keep theirs).
        ("quotes_heldout_i.yaml", 0.98, 46 / 49, 48 / 49, 39 / 50),
        # Set J is held out for the Harrow Lane round (pronouns past a role phrase or a
        # name mentioned in passing, '?"'/'!"' with the attribution split off into a
        # sentence of its own, "the lodge"/"the union"/"the firm", appositive head nouns,
        # "<Surname>'s <relation>" and its negatives): 34/42 speakers, 36/42 roles, 42/42
        # kinds before any change of the round; 41/42, 42/42, 42/42 after. The miss is
        # "the charity" after a charity of no known kind (Crisis) and a police federation.
        ("quotes_heldout_j.yaml", 1.0, 41 / 42, 42 / 42, 42 / 42),
    ],
)
def test_heldout_accuracy(name: str, min_f1: float, min_speaker: float, min_kind: float, min_role: float) -> None:
    f1, speaker, kind, role = _score(DATA / name)
    assert f1 >= min_f1
    assert speaker >= min_speaker - 1e-9
    assert kind >= min_kind - 1e-9
    assert role >= min_role - 1e-9


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_property_is_work_title_any_text(text: str) -> None:
    assert is_work_title(text) in (True, False)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Bluest Eye", True),
        ("Gender Queer,", True),
        ("No Country for Old Men", True),
        ("The Hate U Give", True),
        ("Let us read,", False),
        ("Nobody,", False),
        ("This is not a ban,", False),
        ("We read all 14 books. We wrote a report.", False),
    ],
)
def test_is_work_title(text: str, expected: bool) -> None:
    assert is_work_title(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A title through a possessive takes the role of the organisation it points at.
        (
            'Streets to Home, a nonprofit that runs a clinic in the park, asked the council to wait.\n'
            '"People lose everything in a sweep," said its founder, Tamara Voss.',
            [("Tamara Voss", "advocate")],
        ),
        (
            '"Every time a camp is swept, people lose their IDs," said Tamara Voss, the group\'s founder, '
            "referring to Streets to Home, a nonprofit that runs outreach in the park.",
            [("Tamara Voss", "advocate")],
        ),
        (
            "Shares of Northgate Logistics fell 8% after the firm warned on profits.\n"
            '"We were too slow," said Alan Price, the company\'s co-founder.',
            [("Alan Price", "business")],
        ),
        (
            "Campaign group Safe Streets Now has collected 4,000 signatures.\n"
            'Its founder, Kerry Atkins, 41, said: "We just want our kids to walk to school."',
            [("Kerry Atkins", "advocate")],
        ),
        # "the mayor's spokesman" is a person's, not an organisation's: the title decides.
        (
            '"We will post notices next week," said Dana Cole, the mayor\'s spokeswoman.',
            [("Dana Cole", "official")],
        ),
    ],
)
def test_possessive_title_takes_the_organisations_role(text: str, expected: list[tuple[str, str]]) -> None:
    doc = prepare(Article(id="t", outlet="t", text=text))
    assert [(q.speaker, q.speaker_role) for q in extract_quotes(doc)] == expected


# --- roles read from relative clauses, hirings and named premises ----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nouns a speaker's relative clause acts on are not the speaker's titles or relatives.
        (
            "Officer Kyle Brandt was placed on leave with the blessing of Mayor Gloria Pennington, "
            "a first-term Democrat who offered sympathy to the suspect's family.\n"
            'Pennington has called for demonstrators to remain "peaceful."',
            [("Gloria Pennington", "official")],
        ),
        (
            "Councillor Mark Hale, who met the victim's parents on Friday, said the junction "
            '"has been a death trap for years."',
            [("Mark Hale", "official")],
        ),
        (
            'Joan Ellis, who filmed the officer from her porch, said: "He never raised his hands."',
            [("Joan Ellis", "unknown")],
        ),
        # ... but a title the clause gives the speaker still counts, and so does "who is".
        (
            'Dana Ortiz, who works as a nurse at St. Luke\'s, said: "We ran out of beds by noon."',
            [("Dana Ortiz", "affected")],
        ),
        (
            'Li Wei, who is the driver\'s sister, said: "He had worked that route for ten years."',
            [("Li Wei", "affected")],
        ),
        # A lawyer takes the role of the client who hired them or whom they represent.
        (
            "Reed's family has hired Lorraine Whitfield, a civil rights lawyer from Washington.\n"
            '"The city should release the full video today," Whitfield said.',
            [("Lorraine Whitfield", "affected")],
        ),
        (
            "The company has retained attorney Paul Gorski.\n"
            '"My client followed every rule," Gorski said.',
            [("Paul Gorski", "business")],
        ),
        (
            '"You do not get shot in the back while you are threatening someone," said civil rights '
            "attorney Lorraine Whitfield, who represents the family.",
            [("Lorraine Whitfield", "affected")],
        ),
        # A lawyer whose client the article does not name stays unknown.
        (
            'Ben Ames, a lawyer in Dayton, said: "The statute is clear."',
            [("Ben Ames", "unknown")],
        ),
        # Owning a premise known by its proper name is a business; owning a house is not.
        (
            "Sam Patel, who owns the Quik Fuel, said: \"He'd come in for chips and a Gatorade.\"",
            [("Sam Patel", "business")],
        ),
        (
            'Maria Lund, who operates Lakeside Marina, said: "The water came up two feet in an hour."',
            [("Maria Lund", "business")],
        ),
        (
            'Tom Aird, who owns a house on Mill Lane, said: "The water came up two feet in an hour."',
            [("Tom Aird", "affected")],
        ),
        # Election voices: poll watchers are sent by a side, poll workers staff the polls.
        (
            'Brenda Kowalczyk, a volunteer poll watcher, said: "Nobody from my side got to see them."',
            [("Brenda Kowalczyk", "advocate")],
        ),
        (
            'Ed Marsh, a poll worker at Precinct 4, said: "We counted every envelope twice."',
            [("Ed Marsh", "official")],
        ),
        # An ordinary trade keeps its role when retired.
        (
            '"I have never been ashamed of this city until now," said Gary Pruitt, a retired machinist.',
            [("Gary Pruitt", "affected")],
        ),
        # "the board said" is the board named before.
        (
            "The Harcastle County Board of Elections certified the count on Thursday.\n"
            'In a statement, the board said the seals "were verified intact."',
            [("Harcastle County Board of Elections", "official")],
        ),
        (
            "The Westfield Planning Commission rejected the tower in March.\n"
            'The commission said the design "ignored every objection."',
            [("Westfield Planning Commission", "official")],
        ),
    ],
)
def test_roles_from_clauses_hirings_and_premises(text: str, expected: list[tuple[str, str]]) -> None:
    doc = prepare(Article(id="t", outlet="t", text=text))
    assert [(q.speaker, q.speaker_role) for q in extract_quotes(doc) if q.kind != "scare"] == expected


# --- Irish and European names, short forms and placed bodies ---------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals with accents open names like any other ("Úna", "Élodie", "Łukasz", "Özdemir")
        ("The Cathaoirleach of the county council, Cllr Úna Brogan, said the council would meet. "
         "She estimated the payroll at €31m, ‘the vast bulk of which is spent here’.",
         [("Úna Brogan", "official")]),
        ('"We will fight this," said Élodie Martin, a spokeswoman for the union.', [("Élodie Martin", "advocate")]),
        ('"It is over," Łukasz Nowak, 41, told reporters.', [("Łukasz Nowak", "affected")]),
        # an age in brackets and a home place before the appositive ("Moloney (55), from Drumlea, who ...")
        ("Declan Moloney (55), from Drumlea, who has worked at the plant for 30 years, said the mood "
         "had been ‘like a wake’.",
         [("Declan Moloney", "affected")]),
        # an age given with the surname later on: "Moloney, now 54, told"
        ("Declan Moloney has worked the ovens for 31 years.\n"
         '"I started here at 23," Moloney, now 54, told the paper.',
         [("Declan Moloney", "affected")]),
        # a company called by its first word is the company; "she" is never the company
        ("Brennan Foods will close the plant in December.\n"
         'Brennan insisted it had consulted staff "at the earliest appropriate opportunity."',
         [("Brennan Foods", "business")]),
        ("Aoife Brady, 29, has worked on the packing line for seven years. "
         "She and her partner bought a house in 2024, the year Brennan raised prices.\n"
         '"The mortgage does not stop," she said.',
         [("Aoife Brady", "affected")]),
        # a body its own words place is that body, not the latest of its kind
        ("Energy prices are 40% above the European Union average.\n"
         'The Irish government said it was "deeply disappointed" by the decision.',
         [("Irish government", "official")]),
        # an ampersand is in no person's name, so "he" passes over the industry group
        ("Conor Whelan, an analyst at Liffey Capital, said costs were rising.\n"
         "Prices rose 40%, according to industry group Food & Drink Producers Ireland.\n"
         '"We expect more closures," he said.',
         [("Conor Whelan", "expert")]),
        # "has run" a named premise; a site director; a trades council's secretary
        ("Bríd Nolan, who has run Nolan’s Newsagents on Main Street for 26 years, said: "
         '"They are the backbone of my trade."',
         [("Bríd Nolan", "business")]),
        ('Site director Gerard Foley described it as "the hardest day of my working life".',
         [("Gerard Foley", "business")]),
        ("Tyrell Trades Council has called a rally for Saturday. Its secretary, Mick Gormley, warned "
         'that the closure would "rip the heart out of the town".',
         [("Mick Gormley", "advocate")]),
        # ... while a secretary of state keeps the office
        ('"We are watching closely," Secretary of State Maria Lopez said.', [("Maria Lopez", "official")]),
    ],
)
def test_accented_names_short_forms_and_placed_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    doc = prepare(Article(id="t", outlet="t", text=text))
    assert [(q.speaker, q.speaker_role) for q in extract_quotes(doc) if q.kind != "scare"] == expected


# --- quote marks in a headline -------------------------------------------------
# Held-out table written before the rule (see the file's header): 1/7 then.
HEADLINE_QUOTES = yaml.safe_load((DATA / "quotes_headline_heldout.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", HEADLINE_QUOTES, ids=[r["text"][:40] for r in HEADLINE_QUOTES])
def test_quote_marks_in_a_headline_are_no_quote(row: dict[str, Any]) -> None:
    got = [[q.text, q.kind, q.speaker] for q in extract_quotes(doc_of(row["text"]))]
    assert got == row["expected"]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ('Union boss Mark Ellison blasted the company. "The system was not fit for purpose," he fumed.', "Mark Ellison", "fumed"),
        ('Shop owner Jo Platt, 48, was furious. "They knew and did nothing," she raged.', "Jo Platt", "raged"),
        ('"This is a cover-up," Tory MP Dan Hale hit out last night.', "Dan Hale", "hit out"),
    ],
)
def test_tabloid_heat_verbs_are_loaded_cues(text: str, speaker: str, cue: str) -> None:
    """Tabloid heat after a quote ("he fumed", "she raged") is the cue, and a loaded one."""
    (quote,) = extract_quotes(prepare(Article(id="t", outlet="t", text=text)))
    assert (quote.speaker, quote.cue, quote.cue_tag) == (speaker, cue, "loaded")


# --- the sentence's own subject; possessive relations (set I round) -------------------------
# Found on the Marsden Bridge event: 'Keir Starmer called the explosion "a terrible
# tragedy" ... and said the government would "..."' went to the fire service named
# earlier ("said the government" read as an inverted speaker, "the government" as
# the latest official organisation); "His heartbroken partner Kayleigh" had no role.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # The Global News Now sentence, with the organisation named before it.
            "Greater Manchester Fire and Rescue Service said 12 fire engines responded. UK Prime Minister Keir "
            'Starmer called the explosion "a terrible tragedy" in a post on X and said the government would '
            '"support the community in every way we can."',
            [
                ("a terrible tragedy", "partial", "Keir Starmer", "official"),
                ("support the community in every way we can.", "partial", "Keir Starmer", "official"),
            ],
        ),
        (
            'The Environment Agency said it was monitoring the river. Mayor Tracy Brabin visited the site and said '
            'the council had "let residents down."',
            [("let residents down.", "partial", "Tracy Brabin", "official")],
        ),
        (
            "Acme Corp. confirmed the recall on Monday. Consumer advocate Ralph Owens welcomed the move but said "
            'the company was "months too late."',
            [("months too late.", "partial", "Ralph Owens", "advocate")],
        ),
        (
            'But union boss Ann Grey walked out and said the deal was "a con."',
            [("a con.", "partial", "Ann Grey", "advocate")],
        ),
        (
            # The first clause's subject is not the second clause's speaker.
            'Officials said the road would reopen, while on Tuesday, Mayor Tracy Brabin visited the site and said '
            'the council had "let residents down."',
            [("let residents down.", "partial", "Tracy Brabin", "official")],
        ),
        (
            # An inverted speaker is still read when no verb follows it.
            'Acme Corp. confirmed the recall on Monday. "We acted as soon as we knew," said the company.',
            [("We acted as soon as we knew,", "direct", "Acme Corp.", "business")],
        ),
    ],
)
def test_a_phrase_before_a_finite_verb_is_the_reported_subject(
    text: str, expected: list[tuple[str, str, str | None, str]]
) -> None:
    """"said the government would ..." names what was said about, not who said it."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Dad-of-two Danny Price, 35, was among the dead. His heartbroken partner Kayleigh, 31, told The '
            'Clarion: "He rang me at lunch."',
            ("He rang me at lunch.", "Kayleigh", "affected"),
        ),
        ('Her widower, Tom Baines, said: "She was everything to us."', ("She was everything to us.", "Tom Baines", "affected")),
        ('Their son Alfie, 9, said: "I miss him."', ("I miss him.", "Alfie", "affected")),
        ('"He was my rock," said the victim\'s fiancée, Jean Cole.', ("He was my rock,", "Jean Cole", "affected")),
        ('His daughter, Joanne, said: "He deserved better."', ("He deserved better.", "Joanne", "affected")),
        ('"He deserved better," said his daughter, Joanne.', ("He deserved better,", "Joanne", "affected")),
        ("The brothers' cousin, Amir Haddad, said: \"They are good men.\"", ("They are good men.", "Amir Haddad", "affected")),
        # The relation decides before a title: the mayor's wife is not the mayor.
        ('The mayor\'s wife, Carol Dent, said: "We are heartbroken."', ("We are heartbroken.", "Carol Dent", "affected")),
        # A modifier that gives "partner" another sense gives no relation.
        ('His business partner, Tom Baines, said: "We built this together."', ("We built this together.", "Tom Baines", "unknown")),
    ],
)
def test_a_possessive_relation_is_affected(text: str, expected: tuple[str, str, str]) -> None:
    """"His heartbroken partner Kayleigh", "the victim's fiancée": a relative, so affected."""
    (quote,) = extract_quotes(doc_of(text))
    assert (quote.text, quote.speaker, quote.speaker_role) == expected


def test_malformed_possessive_relations(tmp_path: Path) -> None:
    """The new lexicon section is validated like the others: the error names the entry and the fix."""
    base = (ROOT / "lexicons" / "speaker_roles.yaml").read_text(encoding="utf-8")
    bad = base.replace("    words: [partner, partners,", "    words: [Partner, partners,", 1)
    assert bad != base
    (tmp_path / "speaker_roles.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(LexiconError, match="possessive_relations 'affected': 'words' must be a list of lower-case words"):
        load_roles(tmp_path)


@pytest.mark.parametrize(
    "text, expected",
    [
        # British style writes honorifics and police ranks without stops.
        (
            'Alan Kerr, 79, a pensioner, fell at home. Mr Kerr said: "The nurses were wonderful."',
            ("Alan Kerr", "affected"),
        ),
        ('Det Insp Claire Ward told the BBC: "We believe this group is responsible."', ("Claire Ward", "official")),
        ('"It is too early to say," said Dr Sarah Kaur.', ("Sarah Kaur", "expert")),
        ('Prime Minister Sir Keir Starmer told MPs: "We will act."', ("Keir Starmer", "official")),
        # A first name on later reference is the one person introduced with it.
        (
            'GRIEVING mum Leanne Platt slammed the police. Leanne, 41, told The Sun: "I begged them to come."',
            ("Leanne Platt", "affected"),
        ),
        # ... but a first name two people share names nobody.
        ('Leanne Platt and Leanne Moss were there. Leanne said: "I begged them."', ("Leanne", "unknown")),
        # UK central government, the medical royal colleges, a store's manager, a legislature's speaker.
        ('A Treasury spokesman said: "Most farms will pay nothing at all."', ("Treasury", "official")),
        ('The Royal College of Nursing said: "Nurses cannot be asked to do more."', ("Royal College of Nursing", "advocate")),
        ("A cash machine was ripped from the wall of a Co-op store. The store's manager, Helen Birch, said "
         'staff were "shaken but unhurt".', ("Helen Birch", "business")),
        ('"The president must negotiate," House Speaker Kevin McCarthy said.', ("Kevin McCarthy", "official")),
    ],
)
def test_british_titles_first_names_and_institutions(text: str, expected: tuple[str, str]) -> None:
    """Set I's house styles: "Mr Kerr", "Det Insp", "Leanne" on later reference, "A Treasury spokesman"."""
    (quote,) = extract_quotes(doc_of(text))
    assert (quote.speaker, quote.speaker_role) == expected


HELDOUT_I = yaml.safe_load((DATA / "quotes_heldout_i.yaml").read_text(encoding="utf-8"))["articles"]


# Quote marks preparation does not pair yet: a paragraph opened with a curly single
# mark and left open for the next paragraph (British style, "said: ‘I am sorry. ...").
HELDOUT_I_UNPAIRED = {("broadsheet-sewage-multiparagraph", "I am sorry")}


@pytest.mark.parametrize("art", HELDOUT_I, ids=[a["id"] for a in HELDOUT_I])
def test_heldout_i_exact_spans(art: dict[str, Any]) -> None:
    """Every quote of set I covers exactly the words inside its marks (known unpaired marks aside)."""
    doc = prepare(Article(id=art["id"], outlet=art["id"], text=art["text"]))
    got = [q.text for q in extract_quotes(doc)]
    every = [e["text"] for e in art["quotes"]]
    paired_known = [e["text"] for e in art["quotes"] if (art["id"], e["starts"]) not in HELDOUT_I_UNPAIRED]
    # Either preparation pairs the mark (every quote, exact) or it does not yet (the rest, exact).
    assert got in (every, paired_known)


HELDOUT_J = yaml.safe_load((DATA / "quotes_heldout_j.yaml").read_text(encoding="utf-8"))["articles"]


@pytest.mark.parametrize("art", HELDOUT_J, ids=[a["id"] for a in HELDOUT_J])
def test_heldout_j_exact_spans(art: dict[str, Any]) -> None:
    """Every quote of set J covers exactly the words inside its marks."""
    doc = prepare(Article(id=art["id"], outlet=art["id"], text=art["text"]))
    assert [q.text for q in extract_quotes(doc)] == [e["text"] for e in art["quotes"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The person the previous sentence is about, not a name inside its relative clause.
        (
            "Marcus Hale, 34, was shot on Sunday.\n\n"
            "Tamara Greene, the council member who represents the ward where Hale lived, was at the vigil. "
            "She said she had seen no violence.\n\n"
            "\u201cI watched grandmothers hold candles,\u201d she said.",
            [("Tamara Greene", "official")],
        ),
        # A role phrase mentioned in passing, paragraphs before, is no "she".
        (
            "The police chief, Daniel Kessler, has said the officer is on leave.\n\n"
            "Back outside the church, Gloria Tate said she would be at City Hall again. "
            "She said she had taught her son to keep his hands visible.\n\n"
            "\u201cHe did what I taught him,\u201d she said.",
            [("Gloria Tate", "unknown")],
        ),
        # "she" passes over a man named since: the sentence before has no woman in it.
        (
            "Lucia Alvarez has cleaned offices there for 20 years.\n\n"
            "The building's manager, Richard Stone, declined to comment.\n\n"
            '"We only want what they promised us," she said.',
            [("Lucia Alvarez", "unknown")],
        ),
        # "His wife" is a woman: the possessive opening a descriptor is someone else's.
        (
            "Tom Price, 71, was trapped in his car. His wife, Dana Price, waited at the top of the road.\n\n"
            '"I could see the roof of the car," she said.',
            [("Dana Price", "affected")],
        ),
        # A "she" with no woman before it names no one.
        ('Tom Price, 71, was trapped in his car.\n\n"I could see the roof," she said.', [(None, "unknown")]),
    ],
)
def test_pronoun_reads_the_subject_of_the_sentences_before(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert [(q.speaker, q.speaker_role) for q in extract_quotes(doc_of(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Nurses walked out on Monday.\n\n"How many more nights?" Denise Okoro said in a statement. "We need hands."',
            ["Denise Okoro", "Denise Okoro"],
        ),
        ('Fans were angry.\n\n\u201cWhere was the referee?\u201d Sam Smith asked, pointing at the sign.', ["Sam Smith"]),
        ("Fans were angry.\n\n\u2018What a shambles!\u2019 Gary Hughes told reporters.", ["Gary Hughes"]),
        ('Villagers are angry.\n\n"Who pays for this?" Mr. Gareth Hughes asked on Tuesday.', ["Gareth Hughes"]),
        # The sentence after reports something else: it attributes nothing to the quote.
        ('Fans were angry.\n\n"Where was the referee?" Sam Smith said the match was fixed.', [None]),
        # A new paragraph opens with its own subject.
        ('Fans were angry.\n\n"Where was the referee?"\n\nSam Smith said.', [None]),
        # A colon sends the cue forward, to the quote after it.
        ('Fans were angry.\n\n"Where was the referee?" Sam Smith said:\n\n"It was a fix."', [None, "Sam Smith"]),
    ],
)
def test_attribution_sentence_after_question_or_exclamation(text: str, expected: list[str | None]) -> None:
    assert [q.speaker for q in extract_quotes(doc_of(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the lodge": the union named before under another head noun, never the person quoted last.
        (
            "Mike Sowinski, president of Fraternal Order of Police Lodge 44, said nine officers were hurt. "
            '"One of our guys has a concussion," Sowinski said.\n\n'
            'In a statement posted on X, the lodge wrote: "Our officers were attacked."',
            [("Mike Sowinski", "advocate"), ("Fraternal Order of Police Lodge", "advocate")],
        ),
        (
            "Drivers at Northway Coaches Ltd will strike, the Transport Workers Union said.\n\n"
            '"Our members have had enough," the union said. "We have made a fair offer," the firm said.',
            [("Transport Workers Union", "advocate"), ("Northway Coaches Ltd", "business")],
        ),
        # No union named: the description stays itself, with the role its noun settles.
        (
            'Ann Lee, a driver, said shifts were long.\n\n"Our members have had enough," the union said.',
            [("union", "advocate")],
        ),
        # An organisation of no known kind named just before: the noun tells its kind.
        (
            'Lakeshore Health, which runs both hospitals, said it had hired nurses. "Of course," the company said.',
            [("Lakeshore Health", "business")],
        ),
        ('Leeds City Council wrote to every household. "Safety comes first," the council said.', [("Leeds City Council", "official")]),
    ],
)
def test_definite_description_points_back_at_an_organisation(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.speaker_role) for q in extract_quotes(doc_of(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Rosa Delgado, owner of a bakery across the street from City Hall, said: "I cried."', ("Rosa Delgado", "business")),
        ('Karen Fitch, a manager at a hardware store near the Statehouse, said: "We cope."', ("Karen Fitch", "business")),
        # A head that speaks for an organisation takes the organisation's role.
        ('Tom Bradley, director of the Ohio Department of Transportation, said: "It reopens Friday."', ("Tom Bradley", "official")),
        ('Jo Park, a board member of the Ohio Nurses Association, said: "It is a start."', ("Jo Park", "advocate")),
    ],
)
def test_appositive_head_noun_decides_before_organisations_in_its_phrases(text: str, expected: tuple[str, str]) -> None:
    (quote,) = extract_quotes(doc_of(text))
    assert (quote.speaker, quote.speaker_role) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Daniel Okafor, 19, died on Saturday. Okafor\u2019s sister said he was walking home.\n\n"
            "Grace Okafor said the family wanted answers. \u201cDanny was kind,\u201d she said.",
            ("Grace Okafor", "affected"),
        ),
        (
            "Tyler Brooks, 16, was pulled from the lake. Brooks' father said the boy could not swim.\n\n"
            'Kevin Brooks said the family was grateful. "Those men are heroes," he said.',
            ("Kevin Brooks", "affected"),
        ),
        # One person of that surname: the possessor is the speaker herself.
        (
            "Councillor Joan Pryce said the plan was scrapped. Pryce\u2019s husband sat in the gallery.\n\n"
            "\u201cIt was never going to work,\u201d she said.",
            ("Joan Pryce", "official"),
        ),
        # Not a kin noun: a lawyer makes no Holt a relative.
        (
            "Dean Holt was sentenced on Friday. Holt's lawyer said he would appeal.\n\n"
            'Maria Holt said she had followed the case. "It was a long trial," she said.',
            ("Maria Holt", "unknown"),
        ),
        # A "father" is no woman.
        (
            "Tyler Brooks, 16, was pulled from the lake. Brooks' father said the boy could not swim.\n\n"
            'Amy Brooks said she had been at work. "I ran all the way," she said.',
            ("Amy Brooks", "unknown"),
        ),
    ],
)
def test_surname_relation_makes_a_relative(text: str, expected: tuple[str, str]) -> None:
    quote = extract_quotes(doc_of(text))[-1]
    assert (quote.speaker, quote.speaker_role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quote inside the speaker's relative clause does not hide the speaker from the quotes after the cue.
        ('Interior Minister Carlo Benedetti, who has accused NGO vessels of acting as a "pull factor", said the '
         'only way was to "stop the departures".',
         [("scare", None, "pull factor"), ("partial", "Carlo Benedetti", "stop the departures")]),
        ('Senator Ruth Okafor, who voted for the "emergency" bill, said it would "close the gap".',
         [("scare", None, "emergency"), ("partial", "Ruth Okafor", "close the gap")]),
        # Without a quote in the clause, as before.
        ('Carlo Benedetti, who is the interior minister, said the only way was to "stop the departures".',
         [("partial", "Carlo Benedetti", "stop the departures")]),
    ],
)
def test_a_quote_inside_a_relative_clause_keeps_the_speaker(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(q.kind, q.speaker, q.text) for q in extract_quotes(doc_of(text))] == expected


# A second quoted phrase joined to an attributed partial quote ("and that", "but added that")
# is the same speaker's; other words between the quotes keep them apart. (kind, speaker) per quote.
_SAME_CLAUSE_CASES = [
    ("In a statement, the National Police Service said officers had “acted with restraint” and that “criminal "
     "elements” had infiltrated the demonstrations.",
     [("partial", "National Police Service"), ("partial", "National Police Service")]),
    ("The mayor said the plan was “dead on arrival” and that “nobody” on the council would vote for it.",
     [("partial", "mayor"), ("partial", "mayor")]),
    ("Okonkwo said the talks were “productive”, and added that a deal was “within reach”.",
     [("partial", "Okonkwo"), ("partial", "Okonkwo")]),
    # look-alikes: another voice between the quotes, or no joining clause. Round AI: a fragment
    # right after a copula or a verb in reach of a cue is the speaker's words, a partial, even
    # where the speaker ("She" with no one before it, "critics") is not resolved; what these
    # rows test is that it is never given to the other clause's speaker.
    ("She said the deal was “fair”, and the union called it a “sellout”.", [("partial", None), ("partial", "union")]),
    ("The mayor called the plan “dead on arrival” while critics called it “overdue”.",
     [("partial", "mayor"), ("partial", None)]),
]


@pytest.mark.parametrize(("text", "expected"), _SAME_CLAUSE_CASES)
def test_a_second_phrase_in_the_same_reported_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = extract_quotes(prepare(Article(id="t", outlet="Test Outlet", text=text)))
    assert [(q.kind, q.speaker) for q in quotes] == expected
