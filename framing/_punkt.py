"""NLTK's Punkt sentence tokenizer and Porter stemmer, imported without the rest of NLTK.

``import nltk.tokenize.punkt`` runs ``nltk/__init__.py``, which imports every
NLTK subpackage (parsers, scipy.stats, the downloader): well over a second
before the first sentence is split, for one module that needs five small
helpers. Here the ``nltk`` and ``nltk.tokenize`` packages are registered as
bare namespaces while Punkt and its helpers load, then removed again, so a
later ``import nltk`` anywhere still gets the real, complete package (the
helper modules stay loaded and are reused). If NLTK's layout ever changes so
that this fails, the ordinary import is used.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from functools import lru_cache
from typing import Any


def light_import(name: str) -> Any:
    """Import NLTK module ``name`` (e.g. ``"nltk.stem.porter"``) without the rest of NLTK."""
    if "nltk" in sys.modules and getattr(sys.modules["nltk"], "__file__", None):
        return importlib.import_module(name)  # NLTK is already imported in full
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        return importlib.import_module(name)
    root = list(spec.submodule_search_locations)
    bare = types.ModuleType("nltk")
    bare.__path__ = root
    sys.modules["nltk"] = bare
    parts = name.split(".")
    for i in range(2, len(parts)):
        pkg = types.ModuleType(".".join(parts[:i]))
        pkg.__path__ = ["/".join([r, *parts[1:i]]) for r in root]
        sys.modules[pkg.__name__] = pkg
    try:
        return importlib.import_module(name)
    except Exception:  # pragma: no cover - depends on the installed NLTK
        _forget_nltk()
        return importlib.import_module(name)
    finally:
        if sys.modules.get("nltk") is bare:
            # The classes we return keep their module alive; forgetting the
            # partial package lets a later ``import nltk`` load it whole.
            _forget_nltk()


def _forget_nltk() -> None:
    for name in [m for m in sys.modules if m == "nltk" or m.startswith("nltk.")]:
        del sys.modules[name]


_punkt = light_import("nltk.tokenize.punkt")
PunktParameters = _punkt.PunktParameters
PunktSentenceTokenizer = _punkt.PunktSentenceTokenizer

@lru_cache(maxsize=1)
def _stemmer() -> Any:
    # Loaded on first use: preparing text needs Punkt only.
    return light_import("nltk.stem.porter").PorterStemmer()


@lru_cache(maxsize=16384)
def porter_stem(word: str) -> str:
    """NLTK's Porter stem of ``word`` ("arrested" -> "arrest"), memoised per word."""
    return str(_stemmer().stem(word))


__all__ = ["PunktParameters", "PunktSentenceTokenizer", "light_import", "porter_stem"]
