"""Corpus tables: one row per outlet, event and item, across many event results.

This module owns the only place that knows which keys of a per-event JSON
result ("framing.comparison/1", see DESIGN.md) feed the corpus tables:
:func:`rows_from_result`. If the result layout changes, that function (and
:data:`TABLES`, the columns) is the one spot to adjust. Counts are derived
from the per-item lists (``mentions``, ``quotes``, ``frame_cues``,
``coverage``), never from the ready-made profiles, so the tables depend only
on the item fields of the contract.

:func:`write_tables` streams over the result files of a batch run, one file
in memory at a time, and writes the CSV tables with rows in a fixed order, so
two runs over the same results (local or Dask) give byte-identical tables.
The corpus HTML report that reads these tables lives in
:mod:`framing.corpus_report`.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Cell = str | int | float
Row = dict[str, Cell]

# The corpus tables and their columns, in file order. ``rate`` is per 1,000
# words of the article; shares are fractions of the article's sentences.
TABLES: dict[str, tuple[str, ...]] = {
    "articles": ("outlet", "event", "article", "words", "sentences", "quotes", "mentions"),
    "naming": ("outlet", "event", "article", "term", "category", "voice", "count", "rate"),
    "quotes": ("outlet", "event", "article", "speaker", "role", "kind", "words", "sentence", "position"),
    "coverage": (
        "outlet",
        "event",
        "article",
        "sentences",
        "unique",
        "partial",
        "shared",
        "unique_share",
        "partial_share",
    ),
    "frames": ("outlet", "event", "article", "frame", "sentences", "share"),
}

# Coverage statuses from weakest to strongest link to another article: a
# sentence counts as unique only when it is unique against every other one.
_STATUS_RANK = {"unique": 0, "partial": 1, "shared": 2}
_DIGITS = 4  # rounding of rates and shares: stable text, enough precision


def _ratio(part: float, whole: float, scale: float = 1.0) -> float:
    return round(part * scale / whole, _DIGITS) if whole else 0.0


def _sentence_status(result: Mapping[str, Any]) -> dict[tuple[str, int], int]:
    """Each (article, sentence) with coverage entries: its strongest link to another article (a _STATUS_RANK)."""
    best: dict[tuple[str, int], int] = {}
    for entry in result.get("coverage") or ():
        key = (str(entry["article"]), int(entry["sentence"]))
        rank = _STATUS_RANK.get(str(entry["status"]), 0)
        best[key] = max(rank, best.get(key, 0))
    return best


def rows_from_result(result: Mapping[str, Any]) -> dict[str, list[Row]]:
    """The corpus-table rows of one event result, by table name, in a fixed order."""
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    event = str(result["event"]["slug"])
    best = _sentence_status(result)
    for art in result["articles"]:
        aid, outlet = str(art["id"]), str(art["outlet"])
        words = int(art.get("words") or 0)
        sentences = art.get("sentences") or ()
        n_sent = len(sentences)
        base: Row = {"outlet": outlet, "event": event, "article": aid}
        mentions = art.get("mentions") or ()
        quotes = art.get("quotes") or ()
        rows["articles"].append(
            {**base, "words": words, "sentences": n_sent, "quotes": len(quotes), "mentions": len(mentions)}
        )

        naming = Counter(
            (str(m.get("term") or m["text"]), str(m.get("category") or ""), str(m.get("voice") or ""))
            for m in mentions
        )
        for (term, category, voice), count in sorted(naming.items()):
            rows["naming"].append(
                {**base, "term": term, "category": category, "voice": voice, "count": count,
                 "rate": _ratio(count, words, 1000.0)}
            )

        text_len = len(art.get("text") or "")
        for q in sorted(quotes, key=lambda q: (int(q["start"]), int(q["end"]))):
            position = q.get("position")
            if not isinstance(position, (int, float)) or isinstance(position, bool):
                # How early the voice is heard: 0 = first character, 1 = last.
                position = _ratio(int(q["start"]), text_len)
            rows["quotes"].append(
                {**base, "speaker": str(q.get("speaker") or ""), "role": str(q.get("speaker_role") or "unknown"),
                 "kind": str(q.get("kind") or ""), "words": int(q.get("words") or 0),
                 "sentence": int(q.get("sentence", -1)), "position": round(float(position), _DIGITS)}
            )

        indices = [int(s["index"]) for s in sentences]
        status = Counter(best.get((aid, i)) for i in indices)
        unique, partial, shared = status[0], status[1], status[2]
        rows["coverage"].append(
            {**base, "sentences": n_sent, "unique": unique, "partial": partial, "shared": shared,
             "unique_share": _ratio(unique, n_sent), "partial_share": _ratio(partial, n_sent)}
        )

        frame_sentences: dict[str, set[int]] = {}
        for cue in art.get("frame_cues") or ():
            frame_sentences.setdefault(str(cue["frame"]), set()).add(int(cue["sentence"]))
        for frame, found in sorted(frame_sentences.items()):
            rows["frames"].append(
                {**base, "frame": frame, "sentences": len(found), "share": _ratio(len(found), n_sent)}
            )
    return rows


# --- the sentences behind a count ------------------------------------------------------------------

# What one count of the corpus tables counts, within one article:
#   ("naming", term, category, voice)  mentions of a term in one voice (naming.csv ``count``)
#   ("quotes", role)                   quotes whose speaker has that role (quotes.csv rows)
#   ("frames", frame)                  sentences with a cue of that frame (frames.csv ``sentences``)
#   ("coverage", "unique"|"partial")   sentences by coverage status (coverage.csv ``unique``, ``partial``)
Key = tuple[str, ...]
_CONTEXT = 160  # characters of the sentence kept on each side of the words that count
_LONGEST_MATCH = 400


@dataclass(frozen=True, slots=True)
class Snippet:
    """One sentence behind a corpus count: where it is, and the words that count in bold (``match``)."""

    event: str
    article: str
    sentence: int  # 0-based, as in the result JSON
    before: str
    match: str
    after: str
    label: str = ""  # who speaks, for a quote


def _clip_left(text: str) -> str:
    if len(text) <= _CONTEXT:
        return text
    cut = text[-_CONTEXT:]
    return "\u2026" + cut[cut.find(" ") + 1 :] if " " in cut else "\u2026" + cut


def _clip_right(text: str) -> str:
    if len(text) <= _CONTEXT:
        return text
    cut = text[:_CONTEXT]
    return (cut[: cut.rfind(" ")] if " " in cut else cut) + "\u2026"


def _snippet(event: str, aid: str, text: str, bounds: Mapping[int, tuple[int, int]], item: tuple[Any, ...]) -> Snippet:
    index, start, end, label = item
    s_start, s_end = bounds.get(index, (0, 0))
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return Snippet(event, aid, index, text[s_start:s_end].strip(), "", "", label)
    left, right = min(s_start, start), max(s_end, end)
    match = text[start:end]
    if len(match) > _LONGEST_MATCH:
        match = match[:_LONGEST_MATCH].rstrip() + "\u2026"
    return Snippet(event, aid, index, _clip_left(text[left:start].lstrip()), match,
                   _clip_right(text[end:right].rstrip()), label)


def _items(art: Mapping[str, Any], key: Key, status: Mapping[tuple[str, int], int]) -> list[tuple[Any, ...]]:
    """The items one count of ``key`` counts in the article: (sentence, start, end, label) in text order."""
    def span(item: Mapping[str, Any]) -> tuple[Any, Any]:
        start, end = item.get("start"), item.get("end")
        ok = isinstance(start, int) and isinstance(end, int)
        return (start, end) if ok else (None, None)

    kind = key[0]
    if kind == "naming":
        term, category, voice = key[1:]
        found = [m for m in art.get("mentions") or ()
                 if (str(m.get("term") or m["text"]), str(m.get("category") or ""), str(m.get("voice") or ""))
                 == (term, category, voice)]
        return [(int(m["sentence"]), *span(m), "") for m in sorted(found, key=lambda m: int(m["start"]))]
    if kind == "quotes":
        found = [q for q in art.get("quotes") or () if str(q.get("speaker_role") or "unknown") == key[1]]
        return [(int(q.get("sentence", -1)), *span(q), str(q.get("speaker") or ""))
                for q in sorted(found, key=lambda q: (int(q["start"]), int(q["end"])))]
    if kind == "frames":
        first: dict[int, Mapping[str, Any]] = {}
        for cue in art.get("frame_cues") or ():
            if str(cue["frame"]) == key[1]:
                first.setdefault(int(cue["sentence"]), cue)  # one item per sentence, as frames.csv counts
        return [(i, *span(cue), "") for i, cue in sorted(first.items())]
    if kind == "coverage":
        rank = _STATUS_RANK[key[1]]
        aid = str(art["id"])
        return [(int(s["index"]), None, None, "") for s in art.get("sentences") or ()
                if status.get((aid, int(s["index"]))) == rank]
    raise ValueError(f"unknown corpus count {key!r}")


def snippets_from_result(result: Mapping[str, Any], wanted: Mapping[tuple[str, Key], int]) -> dict[tuple[str, Key], list[Snippet]]:
    """The sentences behind counts of one event result: for each (article id, key), its first ``n`` items."""
    event = str(result["event"]["slug"])
    by_article: dict[str, list[tuple[Key, int]]] = {}
    for (aid, key), n in wanted.items():
        by_article.setdefault(aid, []).append((key, n))
    status = _sentence_status(result) if any(k[0] == "coverage" for _, k in wanted) else {}
    found: dict[tuple[str, Key], list[Snippet]] = {}
    for art in result["articles"]:
        aid = str(art["id"])
        if aid not in by_article:
            continue
        text = str(art.get("text") or "")
        bounds = {int(s["index"]): (int(s.get("start") or 0), int(s.get("end") or 0))
                  for s in art.get("sentences") or ()}
        for key, n in by_article[aid]:
            found[(aid, key)] = [_snippet(event, aid, text, bounds, item) for item in _items(art, key, status)[:n]]
    return found


def table_paths(out: str | Path) -> dict[str, Path]:
    """Where each corpus table of the run folder ``out`` lives (``naming`` -> ``out/naming.csv``)."""
    return {name: Path(out) / f"{name}.csv" for name in TABLES}


_LINE_BREAKS = re.compile(r"[\r\n]+")


def _cell(value: Cell) -> str:
    """The text of one CSV cell."""
    # repr of a rounded float is the shortest exact text: identical on every machine.
    if isinstance(value, float):
        return repr(value)
    # A line break inside a name (a multi-line YAML outlet, a stray CR) would
    # split the row for many CSV readers, and a bare CR is not even quoted by
    # Python's writer with "\n" line endings: a cell is one line.
    return _LINE_BREAKS.sub(" ", str(value))


def write_tables(out: str | Path, results: Iterable[str | Path]) -> tuple[Path, ...]:
    """Write the corpus CSV tables into ``out`` by streaming over result JSON files in the given order."""
    from framing.atomic import temp_file

    paths = table_paths(out)
    Path(out).mkdir(parents=True, exist_ok=True)
    handles = {}
    writers = {}
    try:
        for name, path in paths.items():
            fd, tmp = temp_file(path)
            handles[name] = (os.fdopen(fd, "w", encoding="utf-8", newline=""), tmp)
            writers[name] = csv.writer(handles[name][0], lineterminator="\n")
            writers[name].writerow(TABLES[name])
        for result_file in results:
            with open(result_file, encoding="utf-8") as fh:
                result = json.load(fh)
            for name, rows in rows_from_result(result).items():
                columns = TABLES[name]
                writers[name].writerows([_cell(row[c]) for c in columns] for row in rows)
            del result  # one result in memory at a time
        for name, (fh, tmp) in handles.items():
            fh.close()
            os.replace(tmp, paths[name])
    finally:
        for fh, tmp in handles.values():
            if not fh.closed:
                fh.close()
            if os.path.exists(tmp):
                os.unlink(tmp)
    return tuple(paths.values())
