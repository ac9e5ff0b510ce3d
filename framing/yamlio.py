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

_BASE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BASE_LOADER):  # type: ignore[valid-type,misc]  # a class chosen at import
    """The safe loader, refusing a key given twice in one mapping.

    YAML keeps the last of two equal keys and drops the first without a word, so an entry
    that lost its line ends (a lexicon term with two ``note:`` lines, a header with two
    ``outlet:`` lines) would be read wrong, silently. Any depth is checked.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[tuple[str, str], int] = {}
        for key, _value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                first = seen.setdefault((key.tag, key.value), key.start_mark.line)
                if first != key.start_mark.line:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"the key {key.value!r} is given twice in one mapping (first at line {first + 1})",
                        key.start_mark,
                    )
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]


#: The safe loader to use: libyaml's when available, PyYAML's own otherwise; a key given twice in
#: one mapping is an error.
SAFE_LOADER: type[yaml.SafeLoader] = _UniqueKeyLoader


def safe_load(text: str) -> Any:
    """Parse ``text`` as YAML with the safe loader; raise :class:`yaml.YAMLError` on bad syntax or a repeated key."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
