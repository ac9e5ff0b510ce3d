"""One YAML loader for the whole package: libyaml's safe loader when PyYAML has it.

The PyPI wheels of PyYAML are built with libyaml, whose ``CSafeLoader`` reads the
same data as the pure-Python ``SafeLoader`` about nine times faster. Lexicons are
read once per process, but every article's metadata header and every event's
``event.yaml`` are read once per article, so in a batch of thousands of events
the pure-Python loader was a visible share of the time per article.
"""

from __future__ import annotations

from typing import Any

import yaml

#: The safe loader to use: libyaml's when available, PyYAML's own otherwise.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """Parse ``text`` as YAML with the safe loader; raise :class:`yaml.YAMLError` on bad syntax."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
