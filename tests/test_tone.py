"""Tests for framing.tone: VADER per sentence, by voice and for sentences naming people."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.model import Article, Document
from framing.prepare import prepare
from framing.tone import load_neutral_senses, neutralise, polarity, split_voices, tone
from tests.conftest import seed_documents


@dataclass(frozen=True)
class Q:
    """A quote as framing.quotes gives it (only the fields tone reads)."""

    start: int
    end: int
    kind: str = "direct"


@dataclass(frozen=True)
class M:
    """A mention as framing.naming gives it (only the fields tone reads)."""

    start: int
    end: int
    sentence: int


def doc_of(text: str, id_: str = "t") -> Document:
    """A prepared one-off article."""
    return prepare(Article(id=id_, outlet=id_.title(), text=text))


def quotes_of(doc: Document, kind: str = "direct") -> list[Q]:
    """Top-level quote spans of the prepared text as quote records."""
    return [Q(q.start, q.end, kind) for q in doc.quote_spans if q.level == 0]


@pytest.mark.parametrize(
    ("text", "kind", "narrator", "quoted"),
    [
        ('"This is a disgrace," the mayor said.', "direct", '" " the mayor said.', "This is a disgrace,"),
        ('The senator called the plan "a disaster" on Tuesday.', "partial",
         "The senator called the plan \" \" on Tuesday.", "a disaster"),
        # A scare quote is the outlet's own word: it stays with the narrator.
        ('They were freed on "humanitarian grounds."', "scare", 'They were freed on "humanitarian grounds."', ""),
        ("No quotes here at all.", "direct", "No quotes here at all.", ""),
    ],
)
def test_split_voices(text: str, kind: str, narrator: str, quoted: str) -> None:
    doc = doc_of(text)
    got = split_voices(doc, doc.sentences[0], quotes_of(doc, kind))
    assert got == (narrator, quoted)


def test_voice_scores_follow_the_words() -> None:
    doc = doc_of('"This is a horrifying, cruel disgrace," the advocate said calmly. The hearing was on Monday.')
    result = tone(doc, quotes_of(doc))
    first, second = result.sentences
    assert first.quoted is not None and first.quoted < -0.5  # the quoted words are angry
    assert first.narrator is not None and abs(first.narrator) < 0.5  # the outlet's own are not
    assert second.quoted is None and second.narrator == second.compound == 0.0
    assert result.quoted.segments == 1 and result.quoted.negative == (0,)
    assert result.narrator.segments == 2
    assert result.overall.mean == pytest.approx((first.compound + second.compound) / 2, abs=1e-4)


def test_people_sentences() -> None:
    doc = doc_of("The workers were terrified. The plant is in Morton. Managers were praised.")
    workers = doc.text.index("workers")
    managers = doc.text.index("Managers")
    result = tone(doc, (), [M(workers, workers + 7, 0), M(managers, managers + 8, 2)])
    assert [s.people for s in result.sentences] == [True, False, True]
    assert result.people.segments == 2
    assert result.people.negative == (0,) and result.people.positive == (2,)
    assert tone(doc).people.mean is None


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Young children were seen crying on local news video.", -1),
        ("Volunteers welcomed the families with food and warm smiles.", 1),
        ("The hearing was scheduled for 9 a.m. on Thursday.", 0),
        ("Officials said the illegal workers were released.", -1),
    ],
)
def test_polarity_signs(text: str, sign: int) -> None:
    c = polarity(text)["compound"]
    assert (c >= 0.05) - (c <= -0.05) == sign


def test_seed_tone_by_voice() -> None:
    abc, breitbart = seed_documents()
    ta, tb = tone(abc, quotes_of(abc)), tone(breitbart, quotes_of(breitbart))
    # ABC's quoted sentence 6 (the ACLU's "terrorizing our communities and ripping
    # apart families") is wholly quoted and strongly negative.
    s6 = ta.sentences[6]
    assert s6.narrator is None and s6.quoted is not None and s6.quoted < -0.5
    assert 6 in ta.quoted.negative
    # Breitbart's narrator is more negative than ABC's: VADER scores "illegal" as negative,
    # and Breitbart's own words repeat "illegal workers".
    assert ta.narrator.mean is not None and tb.narrator.mean is not None
    assert tb.narrator.mean < ta.narrator.mean < 0
    # ABC gives more of its sentences to quotes than Breitbart does.
    assert ta.quoted.segments / len(abc.sentences) > tb.quoted.segments / len(breitbart.sentences)
    assert (ta.article, tb.article) == ("abc-news", "breitbart-news")


@pytest.mark.parametrize("doc", seed_documents(), ids=lambda d: d.article.id)
def test_seed_invariants(doc: Document) -> None:
    result = tone(doc, quotes_of(doc))
    assert result == tone(doc, quotes_of(doc))
    assert [s.sentence for s in result.sentences] == [s.index for s in doc.sentences]
    for s in result.sentences:
        assert -1.0 <= s.compound <= 1.0
        assert abs(s.positive + s.neutral + s.negative - 1.0) < 0.01
    v = result.overall
    assert sorted(v.positive + v.negative + v.neutral) == list(range(len(doc.sentences)))



@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.lists(st.tuples(st.integers(-5, 320), st.integers(-5, 320)), max_size=4))
def test_property_any_text(text: str, spans: list[tuple[int, int]]) -> None:
    doc = doc_of(text or "x")
    quotes = [Q(min(a, b), max(a, b), "direct") for a, b in spans]
    mentions = [M(min(a, b), max(a, b), 0) for a, b in spans]
    result = tone(doc, quotes, mentions)
    assert len(result.sentences) == len(doc.sentences)
    for s in result.sentences:
        assert -1.0 <= s.compound <= 1.0


def test_seed_tone_with_extracted_quotes() -> None:
    quotes_mod = pytest.importorskip("framing.quotes")
    abc, breitbart = seed_documents()
    tb = tone(breitbart, quotes_mod.extract_quotes(breitbart))
    # Breitbart's "humanitarian grounds" in sentence 0 is a scare quote: the words stay the narrator's.
    assert tb.sentences[0].quoted is None and tb.sentences[0].narrator == tb.sentences[0].compound
    ta = tone(abc, quotes_mod.extract_quotes(abc))
    assert ta.sentences[6].narrator is None and 6 in ta.quoted.negative


@pytest.mark.parametrize(
    ("typographic", "ascii_"),
    [
        ("These aren’t criminals.", "These aren't criminals."),  # a curly negation is a negation
        ("“Horrific,” the mayor said.", '"Horrific," the mayor said.'),  # a word against a curly mark is read
        ("She called it ‘a disgrace’ and left.", "She called it 'a disgrace' and left."),
        ("« Terrible » decision, he said.", '" Terrible " decision, he said.'),
    ],
)
def test_typographic_quote_marks_and_apostrophes_read_as_ascii(typographic: str, ascii_: str) -> None:
    # VADER strips only ASCII punctuation and knows only ASCII negations: published news sets
    # curly marks, so a word beside one must score as it does beside a straight mark (round AB).
    assert polarity(typographic) == polarity(ascii_)
    assert polarity(typographic)["compound"] != 0.0


_TWO_SENSES = (
    "name: tone\nversion: 1\n"
    "neutral: ['fire <broke> out', '<fire> safety', '<punitive> damages', 'punitive <damages>',"
    " '<punitive> award*', 'punitive <awards>']\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hidden word stands only for itself: "<fire> safety" must not read "broke", once hidden,
        # as its "safety" (with one placeholder for every word, the fire was hidden too).
        ("A fire broke out at the depot.", "A fire itembroke out at the depot."),
        ("Fire safety crews said a fire broke out.", "itemfire safety crews said a fire itembroke out."),
        # Two phrases over one pair of words still hide both, whichever runs first.
        ("He won punitive damages.", "He won itempunitive itemdamages."),
        ("Punitive   damages were awarded.", "itempunitive   itemdamages were awarded."),
        # A word ending in * takes its word hidden too ("awards" runs first, then "<punitive> award*").
        ("Large punitive awards are often cut.", "Large itempunitive itemawards are often cut."),
    ],
)
def test_a_hidden_word_stands_only_for_itself(tmp_path: Path, text: str, expected: str) -> None:
    lexicon = tmp_path / "tone.yaml"
    lexicon.write_text(_TWO_SENSES, encoding="utf-8")
    assert neutralise(text, load_neutral_senses(str(lexicon))) == expected
