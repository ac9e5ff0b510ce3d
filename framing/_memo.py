"""One memo for values derived from an object that is expensive to hash.

Several stages derive tables from a frozen lexicon (every topic, category and
term) or from a prepared document, several times per article.
``functools.lru_cache`` would hash that object on every call, walking all of
it; :func:`by_identity` keys on the object itself instead (its ``id``, checked
with ``is``). Each entry keeps its object alive, so an id cannot be reused
while it is cached, and the memo never matches an equal but different object:
a document loaded again is always analysed afresh, never served from text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

_T = TypeVar("_T")
_R = TypeVar("_R")
_P = ParamSpec("_P")


def by_identity(maxsize: int) -> Callable[[Callable[Concatenate[_T, _P], _R]], Callable[Concatenate[_T, _P], _R]]:
    """Memoise a function on its first argument's identity (and the other arguments), ``maxsize`` entries."""
    if maxsize < 1:
        raise ValueError(f"maxsize must be 1 or more, got {maxsize}")

    def decorate(func: Callable[Concatenate[_T, _P], _R]) -> Callable[Concatenate[_T, _P], _R]:
        cache: dict[tuple[Any, ...], tuple[_T, _R]] = {}

        def cached(obj: _T, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
            key = (id(obj), args, tuple(kwargs.items()))
            hit = cache.get(key)
            if hit is not None and hit[0] is obj:
                return hit[1]
            value = func(obj, *args, **kwargs)
            if len(cache) >= maxsize:
                cache.clear()  # one step, safe under threads; refilled within an event
            cache[key] = (obj, value)
            return value

        cached.__doc__ = func.__doc__
        cached.__name__ = getattr(func, "__name__", "cached")
        cached.__wrapped__ = func  # type: ignore[attr-defined]
        return cached

    return decorate
