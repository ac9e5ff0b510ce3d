"""The corpus report's figures open onto the sentences behind them (the brief: every number can be expanded).

Exact snippets from hand-written results built on real sentences, the cap per figure, a missing or broken
result file, escaping, a property test over any text, and a real batch run where every figure shows as many
distinct sentences as it counts, up to the cap.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.batch import plan_batch, result_path, run_batch, write_json_atomic
from framing.corpus import Snippet, snippets_from_result, write_tables
from framing.corpus_report import EVIDENCE_PER_CELL, render_corpus_html, summarize_corpus, write_corpus_report
from framing.errors import RenderError
from tests.conftest import DATA, SEED_EVENT

# Three sentences of the ABC News seed article, as one article of a result.
TEXT = (
    "Immigration advocates condemned the raids. "
    "\u201cThis is horrifying \u2014 and it\u2019s happening right here, right now,\u201d the American Civil "
    "Liberties Union wrote on Twitter. "
    "Agents arrested 680 undocumented immigrants at seven plants."
)
S1 = TEXT.index("\u201cThis")
S2 = TEXT.index("Agents")
Q_END = TEXT.index(" the American")


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def _result(slug: str = "raids", text: str = TEXT) -> dict[str, Any]:
    sentences = [(0, S1 - 1), (S1, S2 - 1), (S2, len(text))] if text == TEXT else [(0, len(text))]
    mention = _at("undocumented immigrants")
    advocates = _at("Immigration advocates")
    raids = _at("raids")
    return {
        "event": {"slug": slug},
        "articles": [
            {"id": "abc-news", "outlet": "ABC News", "text": text, "words": 30,
             "sentences": [{"index": i, "start": a, "end": b} for i, (a, b) in enumerate(sentences)],
             "mentions": [
                 {"start": mention[0], "end": mention[1], "text": "undocumented immigrants",
                  "term": "undocumented immigrants", "category": "neutral", "voice": "narrator", "sentence": 2},
                 {"start": advocates[0], "end": advocates[1], "text": "Immigration advocates",
                  "term": "advocates", "category": "advocacy", "voice": "narrator", "sentence": 0},
             ],
             "quotes": [{"start": S1, "end": Q_END, "text": TEXT[S1:Q_END], "kind": "direct",
                         "speaker": "American Civil Liberties Union", "speaker_role": "advocate",
                         "sentence": 1, "words": 10}],
             "frame_cues": [  # two cues in one sentence count once
                 {"start": raids[0], "end": raids[1], "text": "raids", "frame": "crime", "sentence": 0},
                 {"start": _at("condemned")[0], "end": _at("condemned")[1], "text": "condemned",
                  "frame": "crime", "sentence": 0},
                 {"start": _at("arrested")[0], "end": _at("arrested")[1], "text": "arrested", "frame": "crime",
                  "sentence": 2},
             ]},
            {"id": "breitbart-news", "outlet": "Breitbart News", "text": "", "words": 0, "sentences": [],
             "mentions": [], "quotes": []},
        ],
        "coverage": [
            {"article": "abc-news", "sentence": 0, "against": "breitbart-news", "status": "unique"},
            {"article": "abc-news", "sentence": 1, "against": "breitbart-news", "status": "partial"},
            {"article": "abc-news", "sentence": 2, "against": "breitbart-news", "status": "shared"},
        ],
    }


QUOTE_SENTENCE = TEXT[S1 : S2 - 1]


@pytest.mark.parametrize(
    ("key", "n", "expected"),
    [
        (("naming", "undocumented immigrants", "neutral", "narrator"), 5,
         [Snippet("raids", "abc-news", 2, "Agents arrested 680 ", "undocumented immigrants", " at seven plants.")]),
        (("naming", "advocates", "advocacy", "narrator"), 5,
         [Snippet("raids", "abc-news", 0, "", "Immigration advocates", " condemned the raids.")]),
        (("naming", "advocates", "advocacy", "quoted"), 5, []),  # another voice counts elsewhere
        (("quotes", "advocate"), 5,
         [Snippet("raids", "abc-news", 1, "", TEXT[S1:Q_END], " the American Civil Liberties Union wrote on Twitter.",
                  "American Civil Liberties Union")]),
        (("quotes", "official"), 5, []),
        (("frames", "crime"), 5,  # one item per sentence, the first cue in bold
         [Snippet("raids", "abc-news", 0, "Immigration advocates condemned the ", "raids", "."),
          Snippet("raids", "abc-news", 2, "Agents ", "arrested", " 680 undocumented immigrants at seven plants.")]),
        (("frames", "crime"), 1, [Snippet("raids", "abc-news", 0, "Immigration advocates condemned the ", "raids", ".")]),
        (("coverage", "unique"), 5, [Snippet("raids", "abc-news", 0, "Immigration advocates condemned the raids.", "", "")]),
        (("coverage", "partial"), 5, [Snippet("raids", "abc-news", 1, QUOTE_SENTENCE, "", "")]),
    ],
)
def test_snippets_from_result_exact(key: tuple[str, ...], n: int, expected: list[Snippet]) -> None:
    found = snippets_from_result(_result(), {("abc-news", key): n})
    assert found == {("abc-news", key): expected}


def test_long_sentences_are_cut_at_a_word_with_an_ellipsis() -> None:
    text = " ".join(f"word{i}" for i in range(60)) + " illegal aliens " + " ".join(f"tail{i}" for i in range(60))
    start = text.index("illegal aliens")
    result = {"event": {"slug": "e"}, "articles": [{
        "id": "a", "text": text, "sentences": [{"index": 0, "start": 0, "end": len(text)}],
        "mentions": [{"start": start, "end": start + 14, "text": "illegal aliens", "term": "illegal aliens",
                      "category": "pejorative", "voice": "narrator", "sentence": 0}]}]}
    [snip] = snippets_from_result(result, {("a", ("naming", "illegal aliens", "pejorative", "narrator")): 1})[
        ("a", ("naming", "illegal aliens", "pejorative", "narrator"))]
    assert snip.match == "illegal aliens"
    assert snip.before.startswith("\u2026word") and snip.before.endswith(" word59 ") and len(snip.before) <= 161
    assert snip.after.startswith(" tail0 ") and snip.after.endswith("\u2026") and len(snip.after) <= 161
    assert re.fullmatch(r"\u2026word\d+ ", snip.before.split(" ")[0] + " ")  # a whole word after the ellipsis


def _run_folder(tmp_path: Path, results: list[dict[str, Any]]) -> Path:
    paths = []
    for result in results:
        paths.append(result_path(tmp_path, result["event"]["slug"]))
        write_json_atomic(paths[-1], result)
    write_tables(tmp_path, paths)
    return tmp_path


def test_summary_attaches_each_figures_sentences(tmp_path: Path) -> None:
    s = summarize_corpus(_run_folder(tmp_path, [_result("raids"), _result("raids-two")]))
    [row] = [r for r in s.naming if r.term == "undocumented immigrants"]
    assert (row.narrator, row.quoted) == (2, 0)
    assert [(e.event, e.sentence, e.match) for e in row.narrator_evidence] == [
        ("raids", 2, "undocumented immigrants"), ("raids-two", 2, "undocumented immigrants")]
    assert row.quoted_evidence == ()
    [role] = s.quote_roles
    assert (role.label, role.count, [(e.event, e.label) for e in role.evidence]) == (
        "advocate", 2, [("raids", "American Civil Liberties Union"), ("raids-two", "American Civil Liberties Union")])
    abc = [c for c in s.coverage if c.outlet == "ABC News"][0]
    assert [(e.event, e.sentence) for e in abc.unique_evidence] == [("raids", 0), ("raids-two", 0)]
    assert [(e.event, e.sentence) for e in abc.partial_evidence] == [("raids", 1), ("raids-two", 1)]
    [frame] = s.frames
    assert [(e.event, e.sentence, e.match) for e in frame.evidence] == [
        ("raids", 0, "raids"), ("raids", 2, "arrested"), ("raids-two", 0, "raids"), ("raids-two", 2, "arrested")]
    assert s.missing_results == ()


def test_a_figure_shows_the_first_sentences_and_says_where_the_rest_are(tmp_path: Path) -> None:
    results = [_result(f"raids-{i}") for i in range(EVIDENCE_PER_CELL + 2)]
    s = summarize_corpus(_run_folder(tmp_path, results))
    [frame] = s.frames
    assert frame.count == 2 * len(results)
    assert [(e.event, e.sentence) for e in frame.evidence] == [
        ("raids-0", 0), ("raids-0", 2), ("raids-1", 0), ("raids-1", 2), ("raids-2", 0)][:EVIDENCE_PER_CELL]
    html = render_corpus_html(s, charts=False)
    assert (f"The first {EVIDENCE_PER_CELL} of {frame.count}; frames.csv gives every article, "
            "and each event's result file its sentences.") in html
    assert '<a class="where" href="results/raids-0.json">raids-0, sentence 1</a>: ' in html
    assert ("<li><a class=\"where\" href=\"results/raids-0.json\">raids-0, sentence 3</a>: Agents "
            "<strong>arrested</strong> 680 undocumented immigrants at seven plants.</li>") in html


def test_a_missing_result_file_is_said_not_fatal(tmp_path: Path) -> None:
    folder = _run_folder(tmp_path, [_result("raids"), _result("gone")])
    result_path(folder, "gone").unlink()
    s = summarize_corpus(folder)
    assert s.missing_results == ("gone",)
    [frame] = s.frames
    assert frame.count == 4 and [e.event for e in frame.evidence] == ["raids", "raids"]
    assert ("The result files of 1 event are missing (gone), so its sentences cannot be shown; "
            "rerun 'framing batch' to write them.") in render_corpus_html(s, charts=False)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "JSONDecodeError"),
        (b"\xff\xfe\x00", "UnicodeDecodeError"),
        (b'{"event": {"slug": "raids"}}', "KeyError"),
    ],
)
def test_a_broken_result_file_is_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    folder = _run_folder(tmp_path, [_result("raids")])
    result_path(folder, "raids").write_bytes(content)
    with pytest.raises(RenderError) as info:
        write_corpus_report(folder)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{result_path(folder, 'raids')}: not a readable result file ({reason}")
    assert message.endswith(f"rerun 'framing batch LIBRARY -o {folder} --force'")
    assert not (folder / "corpus.html").exists()


def test_article_text_in_the_evidence_is_escaped(tmp_path: Path) -> None:
    hostile = '<script>alert("x")</script> Agents arrested <img src=x onerror=alert(1)> workers.'
    result = _result("raids", text=hostile)
    art = result["articles"][0]
    start, end = hostile.index("<img"), hostile.index(" workers")
    art["mentions"] = [{"start": start, "end": end, "text": hostile[start:end], "term": "workers",
                        "category": "neutral", "voice": "narrator", "sentence": 0}]
    art["quotes"], art["frame_cues"], result["coverage"] = [], [], []
    html = write_corpus_report(_run_folder(tmp_path, [result])).read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html
    assert ("&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Agents arrested "
            "<strong>&lt;img src=x onerror=alert(1)&gt;</strong> workers.") in html


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=600), data=st.data())
def test_any_text_and_offsets_give_snippets_from_the_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cut = data.draw(st.integers(0, len(text)))
    result = {"event": {"slug": "e"}, "articles": [{
        "id": "a", "text": text,
        "sentences": [{"index": 0, "start": 0, "end": cut}, {"index": 1, "start": cut, "end": len(text)}],
        "mentions": [{"start": start, "end": end, "text": text[start:end], "term": "t", "category": "c",
                      "voice": "narrator", "sentence": int(start >= cut)}],
        "quotes": [{"start": start, "end": end, "text": text[start:end], "speaker": None, "sentence": 0}],
        "frame_cues": [{"frame": "f", "sentence": 1}]}],
        "coverage": [{"article": "a", "sentence": 1, "against": "b", "status": "unique"}]}
    keys = [("naming", "t", "c", "narrator"), ("quotes", "unknown"), ("frames", "f"), ("coverage", "unique")]
    found = snippets_from_result(result, {("a", k): 3 for k in keys})
    [mention] = found[("a", keys[0])]
    assert mention.match == (text[start:end] if end - start <= 400 else text[start:start + 400].rstrip() + "\u2026")
    for snip in (s for items in found.values() for s in items):
        assert snip.before.lstrip("\u2026") in text and snip.after.rstrip("\u2026") in text
    assert found[("a", keys[3])] == [Snippet("e", "a", 1, text[cut:].strip(), "", "")]


# --- a real batch run: every figure shows as many distinct sentences as it counts, up to the cap -------


@pytest.fixture(scope="module")
def real_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    lib = tmp_path_factory.mktemp("lib")
    shutil.copytree(SEED_EVENT, lib / SEED_EVENT.name)
    for name in ("port-harlan-strike-2024", "a14-climate-blockade-2026", "election-debate-norland-2026"):
        shutil.copytree(DATA / "events" / name, lib / name)
    out = tmp_path_factory.mktemp("out")
    summary = run_batch(plan_batch(lib, out), workers=1)
    assert summary.failures == ()
    return write_corpus_report(out).read_text(encoding="utf-8")


def test_every_figure_opens_onto_its_own_sentences(real_report: str) -> None:
    cells = re.findall(r"<details><summary>(\d+)</summary>.*?<ol>(.*?)</ol>", real_report, re.S)
    assert len(cells) > 100
    for value, items in cells:
        shown = re.findall(r"<li>(.*?)</li>", items, re.S)
        assert len(shown) == min(int(value), EVIDENCE_PER_CELL), (value, items[:300])
        assert len(set(shown)) == len(shown)
        assert all(re.match(r'<a class="where" href="results/[a-z0-9-]+\.json">[a-z0-9-]+, sentence \d+</a>', s)
                   for s in shown)
    # no count is left bare in the tables that can be expanded: naming, quotes, omissions, frames
    tables = real_report[real_report.index("<h2>Naming") :]
    bare = re.findall(r'<td class="n">([1-9]\d*)</td><td class="n">\d+(?:\.\d)?%</td></tr>', tables)
    assert bare == []


def test_the_seed_quotes_behind_abc_news_advocates(real_report: str) -> None:
    row = re.search(r"<tr><td>ABC News</td><td>advocate</td><td class=\"n\">(.*?)</td>", real_report, re.S)
    assert row is not None
    assert re.findall(r"sentence (\d+)</a> \(([^)]*)\)", row.group(1)) == [
        ("6", "American Civil Liberties Union"), ("7", "American Civil Liberties Union")]
