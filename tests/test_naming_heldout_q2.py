"""Naming held-out table Q2: job titles that are not names ("chief science officer", an embassy's
"labour counsellor"), an athlete's or an activity's "management", nationality + "nationals", bare
"scientists"/"researchers" in a climate story.

The table (``data/naming_heldout_q2.yaml``, 18 rows) was written before the fix. As first
written, nine rows expected what the lexicon's documented conventions never give (a topic chosen by
generic words, a modifier inside a span, a guessed label); the lead corrected those nine to the
conventions after the first measurement (the YAML header says how). On the corrected table the code
before the fix scores mentions 5/18, topic 12/18; after it, 16/18 and 16/18. The two rows still
missed are real naming choices ("climate activists" beside bare "scientists" in one sentence, a
protest word outweighing the climate one; "members of the public" is no lexicon form): strict xfails.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.naming import find_mentions
from tests.conftest import DATA
from tests.naming_tables import main_topic, marked, mention_rows
from tests.test_naming_event_topic import _doc

TABLE = yaml.safe_load((DATA / "naming_heldout_q2.yaml").read_text(encoding="utf-8"))

_MISSED = (
        "Scientists at the Met Office said the heatwave had ",
        "Researchers said police officers who used body came",
)
_TOPIC_MISSED = (
        "Scientists at the Met Office said the heatwave had ",
        "Researchers said police officers who used body came",
)


def _rows(prefixes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(r["text"][:50] for r in TABLE["single"] if any(r["text"].startswith(p[:40]) for p in prefixes))


MISSES = _rows(_MISSED)
TOPIC_MISSES = _rows(_TOPIC_MISSED)


@pytest.mark.parametrize("row", marked(TABLE["single"], MISSES, "a naming choice still missed; see docstring"), ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_mentions(row: dict[str, Any]) -> None:
    assert mention_rows(find_mentions(_doc(row["text"]))) == row["expected"]


@pytest.mark.parametrize("row", marked(TABLE["single"], TOPIC_MISSES, "a naming choice still missed; see docstring"), ids=[r["text"][:50] for r in TABLE["single"]])
def test_single_article_topic(row: dict[str, Any]) -> None:
    assert main_topic(_doc(row["text"])) == row["topic"]
