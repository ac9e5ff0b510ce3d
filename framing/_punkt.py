"""NLTK's Punkt sentence tokenizer, imported without the rest of NLTK.

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
from typing import Any


def _load_punkt() -> Any:
    if "nltk" in sys.modules:  # NLTK is already imported in full: nothing to save
        return importlib.import_module("nltk.tokenize.punkt")
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        return importlib.import_module("nltk.tokenize.punkt")
    root = list(spec.submodule_search_locations)
    bare = types.ModuleType("nltk")
    bare.__path__ = root
    bare_tokenize = types.ModuleType("nltk.tokenize")
    bare_tokenize.__path__ = [p + "/tokenize" for p in root]
    sys.modules["nltk"], sys.modules["nltk.tokenize"] = bare, bare_tokenize
    try:
        return importlib.import_module("nltk.tokenize.punkt")
    except Exception:  # pragma: no cover - depends on the installed NLTK
        _forget_nltk()
        return importlib.import_module("nltk.tokenize.punkt")
    finally:
        if sys.modules.get("nltk") is bare:
            # The classes we return keep their module alive; forgetting the
            # partial package lets a later ``import nltk`` load it whole.
            _forget_nltk()


def _forget_nltk() -> None:
    for name in [m for m in sys.modules if m == "nltk" or m.startswith("nltk.")]:
        del sys.modules[name]


_punkt = _load_punkt()
PunktParameters = _punkt.PunktParameters
PunktSentenceTokenizer = _punkt.PunktSentenceTokenizer

__all__ = ["PunktParameters", "PunktSentenceTokenizer"]
