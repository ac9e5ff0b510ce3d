"""The generated record converters of framing.result give what a plain recursive walk gives."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from framing.result import _plain


def _reference(value: Any) -> Any:
    """The straightforward conversion the fast one must equal."""
    if type(value) in (str, int, bool) or value is None:
        return value
    if type(value) is float:
        return round(value, 4) + 0.0
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _reference(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _reference(v) for k, v in value.items()}
    if isinstance(value, float):
        return round(value, 4) + 0.0
    if isinstance(value, (list, tuple)):
        return [_reference(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class _Leaf:
    t: str
    value: int | None
    rate: float
    flag: bool


@dataclass(frozen=True, slots=True)
class _Single:
    only: float


@dataclass(frozen=True)
class _Empty:
    pass


@dataclass(frozen=True, slots=True)
class _Tree:
    leaves: tuple[_Leaf, ...]
    mixed: tuple[Any, ...]
    numbers: tuple[int, ...]
    words: tuple[str, ...]
    extra: dict[Any, Any]
    nested: _Single | None
    empty: _Empty


def test_records_convert_like_a_plain_walk() -> None:
    tree = _Tree(
        leaves=(_Leaf("a", 1, -0.00001, True), _Leaf("b", None, 2.123456789, False)),
        mixed=(1, "x", 2.5, None, True, (3, "y"), _Single(-0.0), 1.00005),
        numbers=(3, 1, 2),
        words=("one", "two"),
        extra={1: 0.333333, "k": (_Single(7.77777),)},
        nested=_Single(1e-9),
        empty=_Empty(),
    )
    fast = _plain(tree)
    assert fast == _reference(tree)
    assert json.dumps(fast) == json.dumps(_reference(tree))
    assert list(fast) == ["leaves", "mixed", "numbers", "words", "extra", "nested", "empty"]
    assert fast["leaves"][0] == {"t": "a", "value": 1, "rate": 0.0, "flag": True}
    assert fast["empty"] == {}


def test_homogeneous_and_mixed_tuples() -> None:
    assert _plain((1, 2, True)) == [1, 2, True]
    assert _plain(("a", 1)) == ["a", 1]
    assert _plain((0.123456, 1)) == [0.1235, 1]
    assert _plain((_Single(0.5), 2)) == [{"only": 0.5}, 2]
    assert _plain(()) == []


@dataclass(frozen=True, slots=True)
class _Scalars:
    ints: tuple[int, ...]
    anything: tuple[Any, ...]
    floats: tuple[Any, ...]
    nested: tuple[Any, ...]


def test_tuples_of_scalars_are_listed_and_others_walked() -> None:
    record = _Scalars(ints=(3, 1), anything=(1, None, True, "x"), floats=(1, 0.333333, -0.0), nested=((1, 2.22222),))
    fast = _plain(record)
    assert fast == _reference(record)
    assert fast == {"ints": [3, 1], "anything": [1, None, True, "x"], "floats": [1, 0.3333, 0.0], "nested": [[1, 2.2222]]}
    assert [type(v) for v in fast["anything"]] == [int, type(None), bool, str]
    assert _plain((1, None, True, "x")) == [1, None, True, "x"]
    assert _plain((None, 0.123456)) == [None, 0.1235]


def test_a_float_field_holding_another_type_converts_like_a_plain_walk() -> None:
    for value in (3, None, True, "x", (1, 0.55555), _Single(0.123456), 1e-9, -0.0):
        leaf = _Leaf("t", 1, value, False)  # type: ignore[arg-type]
        assert _plain(leaf) == _reference(leaf)
        assert json.dumps(_plain(leaf)) == json.dumps(_reference(leaf))
