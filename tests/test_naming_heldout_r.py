"""Naming held-out table R: rail strikes (rail workers, cheminots, union barons, militants, Brits), criminal
justice (the person convicted, killer, teen thug, the slain teen, children charged as adults), Indigenous
peoples (members of the First Nation, Elders, knowledge keepers, land defenders), evacuations (townsfolk,
the displaced), football crowds (ultras, the faithful, racist supporters, a small minority, Black players)
and a generic job word in an appositive ("Haddad, 29, a nurse"), which is biography, not a name.

The table (``data/naming_heldout_r.yaml``, 28 rows) was written before the fix; see its header.
Before the fix: mentions 1/28, topic 18/28.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from framing.naming import find_mentions
from tests.conftest import DATA
from tests.naming_tables import main_topic, marked, mention_rows
from tests.test_naming_event_topic import _doc

TABLE = yaml.safe_load((DATA / "naming_heldout_r.yaml").read_text(encoding="utf-8"))

_MISSED: tuple[str, ...] = (
    "Hooligans threw flares onto the pitch and thugs fo",
    "TEEN THUG CAGED: Grieving mum's fury as her son's ",
    "Detectives believe the shooter fled on foot, and t",
)
_TOPIC_MISSED: tuple[str, ...] = ("Hooligans threw flares onto the pitch and thugs fo",)


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
