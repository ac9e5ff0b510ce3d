"""Round AE of framing.frames: error classes found by a hand check of the tool on real articles.

The table (tests/data/frames_real_ae.yaml, 32 sentences) rebuilds each class
in sentences of my own, with controls: F1, a job title naming who acts or
speaks ("Police Commissioner <Name>", "Defence Minister <Name>", "<Name>, a
regional lawmaker") counted as a frame, and police doing an evacuation's work
counted as Crime; F2, word senses and metaphors (a
temple people are trapped in, "sanctioned" as approved, "appealed for help",
"economic vandalism", waters that "subsided"). The exact set of policy and
immigration frames of each sentence read alone is asserted ("other" is the
empty set). A case listed in ``KNOWN_MISSES`` is a strict xfail. Before the
round-AE change 12/32, after 32/32. Two expectations of older event tables
named Political for a minister's title alone ("Interior Minister <Name> said
... arrested", "Youth Justice Minister <Name> defended the cost"); they were
corrected to this class's convention.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.frames import load_frames_lexicon
from tests.conftest import DATA
from tests.frames_tables import doc_of, policy_frames, table_cases

TABLE = DATA / "frames_real_ae.yaml"
# Misses left for a later round, each with why (a strict xfail fails once it passes).
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(TABLE, KNOWN_MISSES))
def test_frames_real_ae(text: str, expected: set[str]) -> None:
    assert policy_frames(doc_of(text)) == expected


_FRAME = "    label: Crime\n    family: policy\n    cues: [arrest*]\n"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("titles: [chief minister]\n", "titles must be single words without '*', like [minister, commissioner]"),
        ("title_frames_kept: [political]\n",
         "title_frames_kept names frame 'political', which the lexicon lacks; use a frame id"),
    ],
)
def test_malformed_titles_one_line_error(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "frames.yaml"
    path.write_text("# test lexicon\nframes:\n  crime:\n" + _FRAME + body, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_frames_lexicon(path)
    assert "\n" not in str(err.value) and message in str(err.value)
