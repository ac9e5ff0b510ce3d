"""Text preparation: sentences, quote marks, boilerplate, metadata, on real and hard text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.model import Article, Document
from framing.prepare import prepare
from tests.conftest import DATA, seed_documents


def _doc(text: str, **meta: str) -> Document:
    return prepare(Article(id="t", outlet="Test", text=text, **meta))


def _sentences(text: str) -> list[str]:
    return [s.text for s in _doc(text).sentences]


# --- the seed articles, sentence by sentence -----------------------------------

EXPECTED = yaml.safe_load((DATA / "seed_sentences.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("article_id", ["abc-news", "breitbart-news"])
def test_seed_sentences_exactly(seed_docs: dict[str, Document], article_id: str) -> None:
    doc = seed_docs[article_id]
    assert [s.text for s in doc.sentences] == EXPECTED[article_id]["sentences"]


def test_seed_sentence_counts(seed_docs: dict[str, Document]) -> None:
    assert len(seed_docs["abc-news"].sentences) == 32
    assert len(seed_docs["breitbart-news"].sentences) == 16


@pytest.mark.parametrize("article_id", ["abc-news", "breitbart-news"])
def test_seed_boilerplate(seed_docs: dict[str, Document], article_id: str) -> None:
    doc = seed_docs[article_id]
    assert [{"text": b.text, "reason": b.reason} for b in doc.boilerplate] == EXPECTED[article_id]["boilerplate"]


def test_breitbart_glued_date_becomes_metadata(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["breitbart-news"]
    assert doc.text.startswith("About 300 of the 680 illegal aliens")
    assert doc.article.date == "2019-08-08"
    assert [c.detail for c in doc.changes if c.kind == "metadata-prefix"] == [
        "moved 'date 2019-08-08' from the text to the metadata (date)"
    ]


def test_abc_lost_breaks_are_restored_and_recorded(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["abc-news"]
    restored = [c for c in doc.changes if c.kind == "restored-break"]
    assert len(restored) == 21
    assert all(doc.text[c.start] == "\n" for c in restored)
    assert "said Thursday.\nYoung children" in doc.text
    assert "detention facility.”\nRoughly 680" in doc.text
    assert "to be deported.\n”This is horrifying" in doc.text


def test_abc_quote_marks_decided(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["abc-news"]
    aclu = doc.text.index("”This is horrifying")
    mark = next(m for m in doc.quote_marks if m.start == aclu)
    assert (mark.role, mark.note) == ("open", "closing mark used as an opening mark")
    spans = [s for s in doc.quote_spans if s.level == 0]
    assert len(spans) == 13
    unclosed = [s.text for s in spans if not s.closed]
    assert unclosed == [
        "America can’t be the country we want to live in so long as the president’s mass deportation"
        " machine is terrorizing our communities and ripping apart families."
    ]
    assert [p.kind for p in doc.problems] == ["unclosed-quote"]


# --- hard cases for the splitter ---------------------------------------------------

SPLIT_CASES = [
    (
        "The U.S. Immigration and Customs Enforcement agency said Thursday. It released 300.",
        ["The U.S. Immigration and Customs Enforcement agency said Thursday.", "It released 300."],
    ),
    (
        "Koch Foods Inc. operates the plant in Morton. It employs 500 people.",
        ["Koch Foods Inc. operates the plant in Morton.", "It employs 500 people."],
    ),
    (
        "Gen. Mark Milley spoke on Jan. 5 at the Pentagon. He left early.",
        ["Gen. Mark Milley spoke on Jan. 5 at the Pentagon.", "He left early."],
    ),
    (
        "President John F. Kennedy was shot in 1963. The nation mourned.",
        ["President John F. Kennedy was shot in 1963.", "The nation mourned."],
    ),
    ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
    (
        "The program costs 3.5 million dollars. Critics balked.",
        ["The program costs 3.5 million dollars.", "Critics balked."],
    ),
    (
        "The company paid $1.5 million. That is 2.5% of its revenue.",
        ["The company paid $1.5 million.", "That is 2.5% of its revenue."],
    ),
    (
        "The raid began at 6 a.m. on Wednesday. It ended by noon.",
        ["The raid began at 6 a.m. on Wednesday.", "It ended by noon."],
    ),
    (
        "The workers were flown back to the U.S. The next day they were freed.",
        ["The workers were flown back to the U.S.", "The next day they were freed."],
    ),
    (
        "Dr. Sarah Lee and Mr. Tom Brown testified. They disagreed.",
        ["Dr. Sarah Lee and Mr. Tom Brown testified.", "They disagreed."],
    ),
    (
        "The crowd waited... and waited. Nobody came.",
        ["The crowd waited... and waited.", "Nobody came."],
    ),
    (
        "Hundreds arrested in Mississippi raids\nICE agents arrested 680 people on Wednesday.",
        ["Hundreds arrested in Mississippi raids", "ICE agents arrested 680 people on Wednesday."],
    ),
    (
        "A spokesman said Thursday.Young children were seen crying.",
        ["A spokesman said Thursday.", "Young children were seen crying."],
    ),
    (
        "They would be “moved to an ICE detention facility.”Roughly 680 were arrested.",
        ["They would be “moved to an ICE detention facility.”", "Roughly 680 were arrested."],
    ),
    (
        "Advocates condemned the raids.”This is horrifying,” the ACLU wrote.",
        ["Advocates condemned the raids.", "”This is horrifying,” the ACLU wrote."],
    ),
    (
        "Cox said.“We are ready,” he added.",
        ["Cox said.", "“We are ready,” he added."],
    ),
    (
        "He said, “We will appeal.” The judge disagreed.",
        ["He said, “We will appeal.”", "The judge disagreed."],
    ),
    (
        "“We are ready. We have been for months. Nothing changes,” she said.",
        ["“We are ready.", "We have been for months.", "Nothing changes,” she said."],
    ),
    (
        "“Where are the children?” she asked. Nobody answered.",
        ["“Where are the children?” she asked.", "Nobody answered."],
    ),
    ("“Stop the raids!” protesters chanted outside.", ["“Stop the raids!” protesters chanted outside."]),
    (
        'He said "we will win," and left. "Never," she replied.',
        ['He said "we will win," and left.', '"Never," she replied.'],
    ),
    (
        "The plant is in Sebastopol, Miss. Workers lined up outside.",
        ["The plant is in Sebastopol, Miss.", "Workers lined up outside."],
    ),
    (
        "Raids in the U.S.A. are rarer now.It was not always so.",
        ["Raids in the U.S.A. are rarer now.", "It was not always so."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_split_hard_cases(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


# --- hard cases for quote marks ---------------------------------------------------

QUOTE_CASES = [
    # text, [(level, quoted text, closed)]
    ("He said, “We will appeal.” The judge disagreed.", [(0, "We will appeal.", True)]),
    (
        "“We are ready,” she said. “We have been for months.”",
        [(0, "We are ready,", True), (0, "We have been for months.", True)],
    ),
    (
        "“He told me ‘go home’ and left,” she said.",
        [(0, "He told me ‘go home’ and left,", True), (1, "go home", True)],
    ),
    (
        'He said "we will win," and left. "Never," she replied.',
        [(0, "we will win,", True), (0, "Never,", True)],
    ),
    ("Officials released 300 people. Nobody else was freed.", []),
    ("The agency’s workers’ union said it’s ready.", []),
    ("Raids were rarer in the ’90s than they are today.", []),
    ("The company said: ”We comply with the law.”", [(0, "We comply with the law.", True)]),
    ("Advocates condemned the raids.”This is horrifying,” the ACLU wrote.", [(0, "This is horrifying,", True)]),
    ("Trump called the raids 'a great success' in a speech.", [(0, "a great success", True)]),
    (
        "Hurst said that although what happened was “horrific,” the operation went ahead.",
        [(0, "horrific,", True)],
    ),
    (
        "“We will not stop fighting for these families.\nThe raids continued on Friday.",
        [(0, "We will not stop fighting for these families.", False)],
    ),
    (
        "“We will appeal the ruling.\n“And we will win,” she said.",
        [(0, "We will appeal the ruling.", True), (0, "And we will win,", True)],
    ),
    (
        "« Nous sommes prêts », a-t-il dit.",
        [(0, "Nous sommes prêts", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_CASES)
def test_quote_hard_cases(text: str, expected: list[tuple[int, str, bool]]) -> None:
    doc = _doc(text)
    assert [(s.level, s.text, s.closed) for s in doc.quote_spans] == expected


def test_quote_continued_over_paragraphs_is_not_a_problem() -> None:
    doc = _doc("“We will appeal the ruling.\n“And we will win,” she said.")
    assert [s.continued for s in doc.quote_spans] == [True, False]
    assert doc.problems == ()


def test_unclosed_quote_is_recorded_not_fatal() -> None:
    doc = _doc("“We will not stop fighting for these families.\nThe raids continued on Friday.")
    assert [(p.kind, p.start) for p in doc.problems] == [("unclosed-quote", 0)]
    assert len(doc.sentences) == 2


# --- boilerplate and metadata --------------------------------------------------------

BOILERPLATE_CASES = [
    (
        "The council voted Tuesday.\n\nCopyright 2024 The Associated Press. All rights reserved.",
        [("copyright notice", "Copyright 2024 The Associated Press. All rights reserved.")],
    ),
    (
        "The council voted Tuesday.\n\nJane Doe is a staff writer for the Daily News. Follow her on Twitter @janedoe.",
        [
            ("author bio", "Jane Doe is a staff writer for the Daily News."),
            ("social media handle", "Follow her on Twitter @janedoe."),
        ],
    ),
    (
        "The council voted Tuesday.\nThe Associated Press contributed to this report.",
        [("credit line", "The Associated Press contributed to this report.")],
    ),
    # A bio-shaped sentence in the middle of the story is content, not boilerplate.
    (
        "Maria Lopez is a reporter for the local paper, and she was arrested too. The council voted Tuesday.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOILERPLATE_CASES)
def test_boilerplate(text: str, expected: list[tuple[str, str]]) -> None:
    doc = _doc(text)
    assert [(b.reason, b.text) for b in doc.boilerplate] == expected
    content = " ".join(s.text for s in doc.sentences)
    assert all(b.text not in content for b in doc.boilerplate)


@pytest.mark.parametrize(
    ("text", "date", "author", "first"),
    [
        ("date 2019-08-08 About 300 were released.", "2019-08-08", None, "About 300 were released."),
        ("Published: Aug. 8, 2019 About 300 were released.", "2019-08-08", None, "About 300 were released."),
        ("By Jane Doe and John Roe\nThe council voted Tuesday.", None, "Jane Doe and John Roe", "The council voted Tuesday."),
        ("The council voted Tuesday.", None, None, "The council voted Tuesday."),
    ],
)
def test_metadata_prefix(text: str, date: str | None, author: str | None, first: str) -> None:
    doc = _doc(text)
    assert (doc.article.date, doc.article.author) == (date, author)
    assert doc.sentences[0].text == first


def test_header_date_wins_over_glued_date() -> None:
    doc = _doc("date 2019-08-09 About 300 were released.", date="2019-08-08")
    assert doc.article.date == "2019-08-08"
    assert [p.kind for p in doc.problems] == ["metadata-conflict"]


def test_nfc_and_invisible_characters() -> None:
    doc = _doc("Cafe\u0301 owners\u200b protested. They won.")
    assert doc.sentences[0].text == "Café owners protested."
    assert {c.kind for c in doc.changes} == {"unicode"}


def test_tokens() -> None:
    doc = _doc("The agency’s 1,200 U.S. workers earned $3.5 million — a mega-donor's gift.")
    assert [t.text for t in doc.tokens] == [
        "The", "agency’s", "1,200", "U.S", "workers", "earned", "3.5", "million", "a", "mega-donor's", "gift",
    ]


# --- invariants over every seed article ---------------------------------------------


@pytest.mark.parametrize("doc", seed_documents(), ids=lambda d: d.article.id)
def test_invariants(doc: Document) -> None:
    _check_invariants(doc)
    again = prepare(doc.article)
    assert again == prepare(doc.article)


def _check_invariants(doc: Document) -> None:
    text = doc.text
    for group in (doc.sentences, doc.tokens, doc.boilerplate, doc.paragraphs, doc.quote_spans):
        for item in group:
            assert 0 <= item.start <= item.end <= len(text)
            assert text[item.start : item.end] == item.text
    for mark in doc.quote_marks:
        assert text[mark.start : mark.end] == mark.text
    # Sentences are in order, indexed from 0, and with the boilerplate cover every
    # non-space character of the text.
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    pieces = sorted([(s.start, s.end) for s in doc.sentences] + [(b.start, b.end) for b in doc.boilerplate])
    covered = bytearray(len(text))
    last_end = -1
    for start, end in pieces:
        assert start >= last_end, "sentences and boilerplate overlap"
        last_end = end
        covered[start:end] = b"\x01" * (end - start)
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))
    for tok in doc.tokens:
        sent = doc.sentences[tok.sentence]
        assert sent.start <= tok.start and tok.end <= sent.end


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_prepare_never_fails_on_arbitrary_text(text: str) -> None:
    doc = prepare(Article(id="x", outlet="X", text=text))
    _check_invariants(doc)


QUOTEY = st.text(alphabet=st.sampled_from(list("ab .,!?\n\"“”‘’'«»ABC")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(QUOTEY)
def test_prepare_on_quote_soup(text: str) -> None:
    doc = prepare(Article(id="x", outlet="X", text=text))
    _check_invariants(doc)
    roles = {m.start: m.role for m in doc.quote_marks}
    for span in doc.quote_spans:
        assert roles[span.open_mark] == "open"
        if span.close_mark is not None:
            assert roles[span.close_mark] == "close"


def test_seed_files_are_byte_for_byte_copies() -> None:
    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip(f"no shared seeds beside the checkout ({shared})")
    from framing.events import load_event
    from tests.conftest import SEED_EVENT

    event = load_event(SEED_EVENT)
    originals = {"abc-news": "000_87a7254d52698000.txt", "breitbart-news": "002_716541d50c38a4d4.txt"}
    for art in event.articles:
        assert art.text.encode("utf-8") == (shared / originals[art.id]).read_bytes()
