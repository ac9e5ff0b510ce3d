"""framing.batch's fast path: the result file holds exactly the text json.dumps(result, ensure_ascii=False) gives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.batch import write_json_atomic
from framing.compare import analyze_path
from tests.conftest import SEED_EVENT

TRICKY: list[Any] = [
    {"naïve": "café — “quoted” ‘single’ \u2028 \t\n\\ \"", "emoji": "👍🏽", "nul": "\x00\x1f\x7f"},
    [1, -0, 0.0, -0.0, 1e300, 1e-300, 0.1 + 0.2, float("nan"), float("inf"), -float("inf"), 2**70],
    {"nested": [[], {}, [{}], {"a": [None, True, False]}], "": ""},
    {1: "int key", 2.5: "float key", None: "null key", True: "bool key"},
    ("a tuple", ("inner",)),
    "just a string",
    None,
]


@pytest.mark.parametrize("data", TRICKY)
def test_written_text_equals_json_dumps(tmp_path: Path, data: Any) -> None:
    path = tmp_path / "r.json"
    write_json_atomic(path, data)
    assert path.read_text(encoding="utf-8") == json.dumps(data, ensure_ascii=False)


def test_seed_result_written_as_json_dumps(tmp_path: Path) -> None:
    result = analyze_path(SEED_EVENT)
    path = tmp_path / "seed.json"
    write_json_atomic(path, result)
    assert path.read_text(encoding="utf-8") == json.dumps(result, ensure_ascii=False)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None)
@given(data=JSON)
def test_any_json_value_written_as_json_dumps(tmp_path_factory: pytest.TempPathFactory, data: Any) -> None:
    path = tmp_path_factory.mktemp("j") / "r.json"
    write_json_atomic(path, data)
    assert path.read_text(encoding="utf-8") == json.dumps(data, ensure_ascii=False)
