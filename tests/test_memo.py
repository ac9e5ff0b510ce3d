"""framing._memo.by_identity: one memo on an object's identity, never on its value."""

from __future__ import annotations

import pytest

from framing._memo import by_identity


class Box:
    """Equal by value, hashed by value: what the memo must not confuse."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Box) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)


def counted(maxsize: int) -> tuple[list[tuple[int, int]], object]:
    calls: list[tuple[int, int]] = []

    @by_identity(maxsize)
    def double(box: Box, extra: int = 0) -> int:
        """Twice the value, plus extra."""
        calls.append((box.value, extra))
        return 2 * box.value + extra

    return calls, double


def test_the_same_object_is_served_and_an_equal_one_is_computed_afresh() -> None:
    calls, double = counted(4)
    a, b = Box(3), Box(3)
    assert double(a) == 6 and double(a) == 6  # type: ignore[operator]
    assert calls == [(3, 0)]
    assert double(b) == 6  # type: ignore[operator]
    assert calls == [(3, 0), (3, 0)]  # equal is not the same


def test_other_arguments_are_part_of_the_key() -> None:
    calls, double = counted(4)
    a = Box(1)
    assert [double(a, 1), double(a, extra=2), double(a, 1)] == [3, 4, 3]  # type: ignore[operator]
    assert calls == [(1, 1), (1, 2)]


def test_a_full_memo_starts_again() -> None:
    calls, double = counted(1)
    a, b = Box(1), Box(2)
    for box in (a, b, a):
        double(box)  # type: ignore[operator]
    assert calls == [(1, 0), (2, 0), (1, 0)]


def test_the_wrapper_keeps_the_docstring_and_maxsize_is_checked() -> None:
    _calls, double = counted(2)
    assert double.__doc__ == "Twice the value, plus extra."
    with pytest.raises(ValueError, match="maxsize must be 1 or more, got 0"):
        by_identity(0)
