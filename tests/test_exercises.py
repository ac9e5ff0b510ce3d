"""Tests for framing.exercises: the classroom worksheet and its answer key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.cli import main
from framing.compare import Comparison, compare
from framing.errors import FramingError, LexiconError
from framing.events import load_event
from framing.exercises import (
    LEVELS,
    OutletMasks,
    build_worksheet,
    discussion_questions,
    load_worksheet_lexicon,
    mask_text,
    outlet_masks,
    render_answer_key_html,
    render_worksheet_html,
    rewrite_items,
)
from framing.model import Article, Event

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "mississippi-raids-2019"
PORT = Path(__file__).resolve().parent / "data" / "events" / "port-harlan-strike-2024"


@pytest.fixture(scope="module")
def seed_cmp() -> Comparison:
    return compare(load_event(SEED))


@pytest.fixture(scope="module")
def port_cmp() -> Comparison:
    return compare(load_event(PORT))


def _event(texts: dict[str, tuple[str, str | None, str]]) -> Event:
    arts = tuple(
        Article(id=aid, outlet=outlet, author=author, text=text) for aid, (outlet, author, text) in texts.items()
    )
    return Event(slug="tmp-event", title="A test event", articles=arts)


def _strip_ellipsis(s: str) -> str:
    return s.strip("…")


# --------------------------------------------------------------------------- masking

MASK_EVENT = _event(
    {
        "x": ("X News", "Jane Q. Doe", "x"),
        "daily-ledger": ("The Daily Ledger", "Staff and agencies", "y"),
        "metro": ("Metro Wire", "By Sam Park and Lee Chan", "z"),
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three plants were raided, X News reported.", "Three plants were raided, [outlet] reported."),
        ("A spokesman told X News on Friday that 40 were held.", "A spokesman told [outlet] on Friday that 40 were held."),
        ("X News's reporter saw it, X News said.", "[outlet] reporter saw it, [outlet] said."),
        # A one-letter short form is never masked alone: "X" is too common a token.
        ("X said in a statement to X News.", "X said in a statement to [outlet]."),
        ("The Daily Ledger first reported the arrests.", "[outlet] first reported the arrests."),
        ("Officials told the Ledger they had no comment.", "Officials told [outlet] they had no comment."),
        ("Daily protests continued outside the terminal.", "Daily protests continued outside the terminal."),
        ("PORT HARLAN (Metro Wire) — Police arrested 14 people.", "PORT HARLAN ([outlet]) — Police arrested 14 people."),
        ("Metro Wire reporter Sam Park saw the convoy.", "[outlet] reporter [reporter] saw the convoy."),
        ("Park asked Chan about it; Doe did too.", "[reporter] asked [reporter] about it; [reporter] did too."),
        ("The story was first reported by Reuters and CNN.", "The story was first reported by [outlet] and [outlet]."),
        ("She said the staff and agencies were busy.", "She said the staff and agencies were busy."),
        ("Nothing to hide in this sentence about parks.", "Nothing to hide in this sentence about parks."),
    ],
)
def test_mask_text(text: str, expected: str) -> None:
    assert mask_text(text, outlet_masks(MASK_EVENT)) == expected


def test_outlet_masks_lists_short_forms_and_bylines() -> None:
    masks = outlet_masks(MASK_EVENT)
    assert {"X News", "The Daily Ledger", "Daily Ledger", "the Ledger", "Metro Wire", "Metro"} <= set(masks.outlets)
    assert "Daily" not in masks.outlets
    assert set(masks.reporters) == {"Jane Q. Doe", "Doe", "Sam Park", "Park", "Lee Chan", "Chan"}


STATION_EVENT = _event({"wkfr": ("WKFR Action News 8", "Megan Caldwell", "x"), "nbc": ("NBC Bay Area", "", "y")})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A station names itself by call letters, by its brand, and by its brand without the channel number.
        ("Roughly 150 people gathered, according to Action News 8 crews.",
         "Roughly 150 people gathered, according to [outlet] crews."),
        ("FAIRMONT (WKFR) -- A Fairmont police officer has been placed on leave.",
         "FAIRMONT ([outlet]) -- A Fairmont police officer has been placed on leave."),
        ("Ortiz told Action News he had seen the video.", "Ortiz told [outlet] he had seen the video."),
        # "NBC Bay Area" is also "NBC", but "Bay Area" is a place, never the station.
        ("Rents in the Bay Area rose again, NBC reported.", "Rents in the Bay Area rose again, [outlet] reported."),
    ],
)
def test_mask_text_hides_a_stations_short_names(text: str, expected: str) -> None:
    assert mask_text(text, outlet_masks(STATION_EVENT)) == expected


def test_byline_with_an_agency_in_brackets_masks_every_reporter() -> None:
    """prepare writes "Erin Callahan and David Morrow (Associated Press)" when a byline names people and an agency."""
    from framing.exercises import _byline_names

    assert _byline_names("Erin Callahan and David Morrow (Associated Press)", ()) == ["Erin Callahan", "David Morrow"]


def test_blind_excerpts_never_name_an_outlet_in_tmp_event() -> None:
    a = (
        "Police arrested 40 illegal aliens at the plant on Tuesday, X News reported. "
        "A spokesman told X News that the illegal aliens would be deported within days. "
        "Officials said the raid was the largest in the state, according to X News. "
        "Jane Doe of X News watched as illegal immigrants were loaded onto buses."
    )
    b = (
        "Immigration agents detained 40 workers at the plant on Tuesday, leaving children waiting at school. "
        "Advocates condemned the raid, telling Metro Wire that families were torn apart. "
        "Metro Wire counted 40 undocumented immigrants taken from the plant in handcuffs. "
        "Parents were separated from their children, the workers' relatives told Metro Wire."
    )
    ev = _event({"x": ("X News", "Jane Doe", a), "metro": ("Metro Wire", None, b)})
    cmp = compare(ev)
    ws = build_worksheet(cmp, seed=5)
    assert ws.blind, "the tmp event has framing cues to excerpt"
    for ex in ws.blind:
        for name in ("X News", "Metro Wire", "Metro", "Jane Doe", "Doe"):
            assert not re.search(rf"\b{re.escape(name)}\b", ex.masked), (name, ex.masked)
    for fact in ws.omission:
        assert "X News" not in fact.masked and "Metro Wire" not in fact.masked


# --------------------------------------------------------------------------- spot the omission


KENYA = Path(__file__).resolve().parent / "data" / "events" / "nairobi-finance-bill-protests-2026"


@pytest.mark.parametrize("folder", [SEED, PORT, KENYA], ids=lambda p: p.name)
def test_omission_facts_are_reported_sentences(folder: Path) -> None:
    """A fact to spot is a sentence of reporting: never a headline or deck, never mostly a quotation."""
    from framing.prepare import is_headline

    cmp = compare(load_event(folder))
    for seed in range(4):
        facts = build_worksheet(cmp, seed=seed).omission
        assert len(facts) >= 4
        for fact in facts:
            doc = cmp.article(fact.article).doc
            sent = doc.sentences[fact.sentence]
            assert not is_headline(sent, doc.paragraphs, doc.sentences), fact.text
            quoted = sum(
                max(0, min(q.end, sent.end) - max(q.start, sent.start))
                for q in cmp.article(fact.article).quotes
                if q.kind != "scare"
            )
            assert quoted * 2 <= sent.end - sent.start, fact.text


def test_omission_facts_leave_out_the_headline_and_a_bare_quote() -> None:
    """The Kenyan daily's headline and a protester's quoted words were facts to spot before; both are out."""
    cmp = compare(load_event(KENYA))
    texts = {f.text for f in build_worksheet(cmp, seed=0).omission}
    assert "Finance Bill 2026: MPs pass Sh346bn tax plan as 11 killed in Gen Z protests" not in texts
    assert "\"We came with nothing but our phones and our flags." not in texts


# --------------------------------------------------------------------------- worksheets of two events


@pytest.mark.parametrize("which", ["seed", "port"])
def test_every_answer_is_in_the_analysis(which: str, seed_cmp: Comparison, port_cmp: Comparison) -> None:
    cmp = seed_cmp if which == "seed" else port_cmp
    ws = build_worksheet(cmp, seed=7)
    masks = outlet_masks(cmp.event)
    docs = {a.id: a.doc for a in cmp.articles}
    assert ws.outlets == tuple(a.outlet for a in cmp.articles)
    for ex in ws.blind:
        doc = docs[ex.article]
        assert doc.text[ex.start : ex.end] == ex.text
        assert ex.masked in mask_text(doc.text, masks)
        assert 1 <= len(ex.sentences) <= 3
        assert ex.outlet == cmp.article(ex.article).outlet
        for outlet in ws.outlets:
            assert outlet not in ex.masked
        for cue in ex.cues:
            assert cue.text.lower() in ex.text.lower() or cue.kind == "distinctive word"
    mentions = {(a.outlet, m.voice, m.text.lower()) for a in cmp.articles for m in a.mentions}
    for row in ws.naming:
        for ans in row.answers:
            assert (row.outlet, row.voice, ans.term) in mentions
            assert _strip_ellipsis(ans.example) in docs[row.article].text
    for qrow in ws.quotes:
        art = cmp.article(qrow.article)
        assert {s.speaker for s in qrow.speakers} == {s.speaker for s in art.quote_profile.by_speaker}
        assert qrow.first_voice == art.quote_profile.first_voice
        quoted = {r.role for r in art.quote_profile.by_role}
        assert not set(qrow.missing_roles) & quoted
    for fact in ws.omission:
        assert docs[fact.article].sentences[fact.sentence].text == fact.text
        assert [c.article for c in fact.carriers] == [a.id for a in cmp.articles]
        here = [c for c in fact.carriers if c.status == "here"]
        assert [c.article for c in here] == [fact.article]
    for q in ws.numbers:
        row = next(r for r in cmp.numbers if r.label == q.label and r.status == q.status)
        for ans in q.answers:
            if ans.text is not None:
                assert all(part in {c.text for c in row.cells if c.article == ans.article} for part in ans.text.split("; "))
    for item in ws.rewrite:
        assert docs[item.article].text[item.start : item.end] == item.text
        for target in item.targets:
            assert target in item.text
            assert target not in item.answer
        assert item.principle


def test_the_two_events_give_different_lessons(seed_cmp: Comparison, port_cmp: Comparison) -> None:
    a, b = build_worksheet(seed_cmp), build_worksheet(port_cmp)
    assert a.outlets == ("ABC News", "Breitbart News")
    assert b.outlets == ("Daily Ledger", "Harbor Gazette", "Metro Wire")
    assert {q.text for q in a.questions[:-1]}.isdisjoint(q.text for q in b.questions[:-1])
    assert {r.targets for r in a.rewrite} != {r.targets for r in b.rewrite}
    assert len(b.quotes) == 3 and len(a.quotes) == 2


def test_seed_event_findings(seed_cmp: Comparison) -> None:
    ws = build_worksheet(seed_cmp, seed=0)
    # Breitbart's own voice: "illegal workers" most often; ABC quotes advocates, Breitbart does not.
    narr = next(r for r in ws.naming if r.outlet == "Breitbart News" and r.voice == "narrator")
    assert narr.answers[0].term == "illegal workers" and narr.answers[0].count == 8
    breit = next(r for r in ws.quotes if r.outlet == "Breitbart News")
    assert "advocate" in breit.missing_roles and "advocate" in breit.missing_elsewhere
    assert ws.rewrite[0].kind == "naming"
    assert "workers without legal status" in " ".join(r.answer for r in ws.rewrite) or "immigrants without legal status" in " ".join(r.answer for r in ws.rewrite)
    assert any("Breitbart News" in q.text and "ABC News" in q.text for q in ws.questions)


def test_port_rewrite_uses_lexicon_replacement(port_cmp: Comparison) -> None:
    items, note = rewrite_items(port_cmp, seed=0)
    assert items[0].outlet == "Daily Ledger"
    # "union militants blocked the main gate ... arresting 14 agitators": both loaded names are rewritten.
    assert items[0].targets == ("union militants", "agitators")
    assert "after union members blocked the main gate" in items[0].answer
    assert "arresting 14 protesters who had defied a court order" in items[0].answer
    assert "protesters" in items[0].principle.lower()
    assert "loaded" in note or "style guides" in note


def test_school_story_rewrite_uses_the_education_replacements() -> None:
    """'Concerned parents' (parent-framing) is rewritten as the people's role, with its guidance."""
    books = compare(load_event(Path(__file__).parent / "data" / "events" / "maple-valley-book-removal-2024"))
    items, _note = rewrite_items(books, seed=0)
    first = items[0]
    assert (first.outlet, first.kind, first.targets) == ("The Liberty Beacon", "naming", ("Concerned parents",))
    assert first.answer.startswith("Parents in Maple Valley, Ohio, scored a major victory Tuesday night")
    assert "concerned parents" in first.principle


def test_rewrite_falls_back_to_loaded_verbs_and_scare_quotes() -> None:
    a = (
        'The mayor claimed the budget "is balanced and healthy for years to come," despite the deficit. '
        "Council members said the city needed new revenue to pay its workers."
    )
    b = (
        "The mayor said the budget was balanced. "
        # Not 'The company described its "generous" offer': now that "the company" resolves, the quoted word
        # after the cue's determiner is the company's (partial), like 'condemned the "barbaric" attack'.
        'The union rejected the so-called "generous" offer as final.'
    )
    cmp = compare(_event({"a": ("Alpha Times", None, a), "b": ("Beta News", None, b)}))
    items, note = rewrite_items(cmp, seed=0)
    assert "No article names people with loaded words" in note
    assert [(i.kind, i.targets, i.answer) for i in items] == [
        ("loaded-verb", ("claimed",),
         'The mayor said the budget "is balanced and healthy for years to come," despite the deficit.'),
        ("scare-quote", ("generous",), "The union rejected the so-called generous offer as final."),
    ]
    assert items[0].principle.startswith('AP: "said"')


@pytest.mark.parametrize("which", ["seed", "port"])
def test_same_seed_same_html_different_seed_different_order(which: str, seed_cmp: Comparison, port_cmp: Comparison) -> None:
    cmp = seed_cmp if which == "seed" else port_cmp
    one = render_worksheet_html(build_worksheet(cmp, seed=1))
    again = render_worksheet_html(build_worksheet(compare(cmp.event), seed=1))
    assert one == again
    assert render_answer_key_html(build_worksheet(cmp, seed=1)) == render_answer_key_html(build_worksheet(cmp, seed=1))
    orders = {tuple((e.article, e.sentences) for e in build_worksheet(cmp, seed=s).blind) for s in range(1, 5)}
    assert len(orders) > 1
    facts = {tuple((f.article, f.sentence) for f in build_worksheet(cmp, seed=s).omission) for s in range(1, 5)}
    assert len(facts) > 1


def test_levels_change_the_discussion_questions(seed_cmp: Comparison) -> None:
    texts = {level: tuple(q.text for q in discussion_questions(seed_cmp, level=level)) for level in LEVELS}
    assert len(set(texts.values())) == 3
    findings = {level: tuple(q.finding for q in discussion_questions(seed_cmp, level=level)) for level in LEVELS}
    assert len(set(findings.values())) == 1
    assert any("Entman" in t for t in texts["college"]) or any("Hall" in t for t in texts["college"])
    with pytest.raises(FramingError, match="--level must be one of middle, high, college; got 'uni'"):
        discussion_questions(seed_cmp, level="uni")


def test_the_numbers_question_asks_about_a_figure_told_with_a_hedge() -> None:
    """The hedges question is asked of a row with a hedge ("more than two dozen" against "27" and "31"), not of
    the first differing row ("eight" against "nine"), as seen on the climate-blockade event."""
    cmp = compare(load_event(Path(__file__).parent / "data" / "events" / "a14-climate-blockade-2026"))
    texts = [q.text for q in discussion_questions(cmp, level="high")]
    numbers = [t for t in texts if "Do the hedges" in t]
    assert len(numbers) == 1 and ("more than two dozen" in numbers[0].lower()), numbers


def test_discussion_questions_read_as_sentences(seed_cmp: Comparison) -> None:
    """A count is "the number of people released"; a role list says what the other outlet lacks, not all it quotes."""
    texts = [q.text for q in discussion_questions(seed_cmp, level="high")]
    assert texts[1] == ("ABC News quotes businesses and advocates and Breitbart News does not. Why might that be, "
                        "and how does it change what a reader believes happened?")
    assert texts[4].startswith("The number of people released appears as “more than 300” (ABC News); "
                               "“About 300” (Breitbart News).")
    college = [q.text for q in discussion_questions(seed_cmp, level="college")]
    assert college[1].startswith("ABC News gives voice to businesses and advocates, whom Breitbart News leaves out.")


def test_one_loaded_name_is_singular() -> None:
    from framing.exercises import _names

    assert (_names(1), _names(0), _names(11)) == ("1 loaded name", "0 loaded names", "11 loaded names")


def test_answer_key_numbers_sentences_as_the_report_does() -> None:
    """The report says "sentence 1" for an article's first sentence; the answer key must too."""
    import re

    books = compare(load_event(Path(__file__).parent / "data" / "events" / "maple-valley-book-removal-2024"))
    ws = build_worksheet(books, seed=0)
    key = render_answer_key_html(ws)
    first = ws.blind[0]
    shown = re.search(r'<span class="meta">\(sentences? ([\d, ]+)\)</span>', key)
    assert shown is not None
    assert shown.group(1) == ", ".join(str(n + 1) for n in first.sentences)
    rewrite = ws.rewrite[0]
    assert f"{rewrite.outlet}, sentence {rewrite.sentence + 1}</span>" in key
    assert "sentence 0" not in key  # the Beacon's first sentence is an excerpt here


def test_html_is_escaped_and_has_every_activity(seed_cmp: Comparison) -> None:
    ws = build_worksheet(seed_cmp, level="middle")
    sheet, key = render_worksheet_html(ws), render_answer_key_html(ws)
    for title in ("1. Blind reading", "2. Naming", "3. Quote audit", "4. Spot the omission", "5. Numbers check",
                  "6. Rewrite", "7. Discussion"):
        assert title in sheet and title in key
    assert "Teacher notes" in key and "Teacher notes" not in sheet
    assert "a tool counts words; it cannot judge intent" in key.lower()
    assert "about 45 minutes" in key
    blind = sheet[sheet.index('id="blind"') : sheet.index('id="naming"')]
    assert "Breitbart News reported" not in blind and "to ABC News" not in blind
    assert "<script" not in sheet


def test_malformed_lexicon_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "worksheet.yaml").write_text("version: 1\nrewrite:\n  protest:\n    delegitimizing: {}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"rewrite\.protest\.delegitimizing needs a 'default"):
        load_worksheet_lexicon(tmp_path / "worksheet.yaml")
    (tmp_path / "w2.yaml").write_text(
        "version: 1\nrewrite:\n  protest:\n    delegitimizing:\n      default: {singular: protester}\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"rewrite\.protest\.delegitimizing\.default must be \{singular"):
        load_worksheet_lexicon(tmp_path / "w2.yaml")


# --------------------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.text(min_size=1, max_size=30), st.text(max_size=30))
def test_mask_text_property(text: str, outlet: str, author: str) -> None:
    ev = _event({"a": (outlet, author, "x"), "b": ("B News", None, "y")})
    out = mask_text(text, outlet_masks(ev))
    assert isinstance(out, str)
    assert mask_text(out, OutletMasks((), ())) == out


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=400), st.text(min_size=0, max_size=400), st.integers(0, 10_000))
def test_build_worksheet_property(a: str, b: str, seed: int) -> None:
    ev = _event({"a": ("Alpha News", "Ann Lee", a or "x"), "b": ("Beta Post", None, b or "y")})
    cmp = compare(ev)
    ws = build_worksheet(cmp, seed=seed)
    for ex in ws.blind:
        doc = cmp.article(ex.article).doc
        assert 0 <= ex.start <= ex.end <= len(doc.text)
        assert doc.text[ex.start : ex.end] == ex.text
    for item in ws.rewrite:
        doc = cmp.article(item.article).doc
        assert doc.text[item.start : item.end] == item.text
    render_worksheet_html(ws)


# --------------------------------------------------------------------------- CLI and PDFs


def test_cli_errors_are_one_line() -> None:
    result = CliRunner().invoke(main, ["worksheet", "no-such-event-xyz"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")
    bad = CliRunner().invoke(main, ["worksheet", "--level", "uni"])
    assert bad.exit_code == 2 and "'uni' is not one of 'middle', 'high', 'college'" in bad.stderr


@pytest.mark.slow
def test_cli_writes_four_files_and_pdfs_render(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "ws"
    result = CliRunner().invoke(main, ["worksheet", str(PORT), "-o", str(out), "--seed", "2", "--level", "college", "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"Worksheet for \"Port Harlan dockworkers' strike: police clear the picket line, March 2024\" (college level, seed 2) in {out}/:",
        "  worksheet.html",
        "  answer-key.html",
        "  worksheet.pdf",
        "  answer-key.pdf",
    ]
    assert sorted(p.name for p in out.iterdir()) == ["answer-key.html", "answer-key.pdf", "worksheet.html", "worksheet.pdf"]
    for name in ("worksheet.pdf", "answer-key.pdf"):
        text = " ".join(page.extract_text() for page in PdfReader(out / name).pages)
        for title in ("Blind reading", "Naming", "Quote audit", "Spot the omission", "Numbers check", "Rewrite", "Discussion"):
            assert title in text, (name, title)
    key = " ".join(page.extract_text() for page in PdfReader(out / "answer-key.pdf").pages)
    assert "Teacher notes" in key
    first = PdfReader(out / "answer-key.pdf").pages[0].extract_text()
    assert "Learning objectives" in first and "Limits of automatic analysis" in first


def test_blind_reading_cues_are_no_names_figures_or_plain_verbs() -> None:
    """A cue names how an outlet writes, never who it quotes ("dunleavy"), a figure ("seven") or "says"."""
    from framing.exercises import blind_excerpts
    from tests.conftest import DATA

    comparison = compare(load_event(DATA / "events" / "linwood-measles-outbreak-2026"))
    cues = [c.text for e in blind_excerpts(comparison, seed=0) for c in e.cues if c.kind == "distinctive word"]
    people = {w.lower() for a in comparison.articles for e in a.entities if e.kind == "person" for w in e.text.split()}
    assert cues, "the event has distinctive words to offer"
    for cue in cues:
        words = cue.lower().split()
        assert not set(words) & people, cue
        assert not set(words) & {"says", "said", "told", "ask", "asked", "seven", "two", "four"}, cue
        assert not any(ch.isdigit() for ch in cue), cue
