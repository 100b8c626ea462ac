"""Safe, deterministic YAML for frontmatter and configuration.

Reading uses PyYAML's safe loader (libyaml's when available) with anchors and aliases refused (they have no
use in an article's frontmatter, and nested aliases are the "billion laughs"
expansion bomb) and a size cap. Writing keeps key order, never folds long lines,
and emits dates as plain ``YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from typing import Any

import yaml

MAX_YAML_CHARS = 256 * 1024
"""Largest YAML document accepted, in characters."""


class YAMLProblem(ValueError):
    """YAML that cannot be read; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML was built with it (about 12 times faster), else pure Python."""


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader whose impossible dates stay text (see `_construct_timestamp`)."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        """A mapping, refusing a key that appears twice (YAML would silently keep the last)."""
        if isinstance(node, yaml.MappingNode):
            seen: dict[Any, yaml.Node] = {}
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag == "tag:yaml.org,2002:str":
                    key: Any = key_node.value  # what construct_object gives for a text key, without building it twice
                else:
                    key = self.construct_object(key_node, deep=True)
                try:
                    first = seen.setdefault(key, key_node)
                except TypeError:
                    continue  # an unhashable key; PyYAML reports it
                if first is not key_node:
                    message = f"key {key!r} appears twice"
                    raise yaml.constructor.ConstructorError(None, None, message, key_node.start_mark)
        return super().construct_mapping(node, deep)


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """Dates as PyYAML reads them, but an impossible one (2025-02-30) stays text for the validator."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _refuse_anchors(text: str) -> None:
    """Raise on any anchor or alias; the event scan runs in libyaml when available."""
    for event in yaml.parse(text, Loader=_BaseLoader):
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent) or anchor is not None:
            line = event.start_mark.line + 1 if event.start_mark is not None else None
            what = f"aliases (*{anchor})" if isinstance(event, yaml.AliasEvent) else f"anchors (&{anchor})"
            raise YAMLProblem(f"YAML {what} are not allowed", line)


_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_RESOLVER = yaml.resolver.Resolver()
_IMPLICIT = frozenset(_RESOLVER.yaml_implicit_resolvers) if None not in _RESOLVER.yaml_implicit_resolvers else None
"""First characters of plain scalars that PyYAML may read as something other than text (None: any)."""
_KEY_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: (.+))?")
_ITEM_LINE = re.compile(r"  - (.+)")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_UNSAFE = re.compile(r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]|[#&*]")
"""Characters the simple reading leaves to PyYAML: controls, other line breaks, the BOM, comments, anchors."""
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@` ")


@functools.lru_cache(maxsize=16384)
def _plain(value: str) -> Any:
    """A one-line plain scalar as PyYAML reads it, or ``_NOT_SIMPLE`` when PyYAML must decide.

    Remembered: topics, tags and sources come back in article after article.
    """
    if value[0] in _INDICATORS or value[-1] in " :" or ": " in value:
        return _NOT_SIMPLE
    if _IMPLICIT is not None and value[0] not in _IMPLICIT:
        return value  # no implicit type starts with this character: PyYAML reads text
    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    if tag == _STR:
        return value
    if tag == _TIMESTAMP and _DAY.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value  # an impossible date stays text, as `_construct_timestamp` keeps it
    return _NOT_SIMPLE


_NOT_SIMPLE: Any = object()


def _simple(text: str) -> dict[str, Any] | None:
    """``text`` read without PyYAML when it is one-line ``key: value`` pairs and ``key:`` lists of
    ``  - item`` lines of plain text or dates (how `dump` writes frontmatter); else ``None``.

    It gives exactly what PyYAML gives, or declines: anything else (quotes, comments,
    flow style, nesting, numbers, booleans, nulls, repeated keys, special
    characters) is left to PyYAML.
    """
    if _UNSAFE.search(text):
        return None
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    data: dict[str, Any] = {}
    i = 0
    while i < len(lines):
        match = _KEY_LINE.fullmatch(lines[i])
        if match is None or _plain(match[1]) != match[1] or match[1] in data:
            return None
        i += 1
        if match[2] is not None:
            value = _plain(match[2])
        else:
            items = []
            while i < len(lines) and (item := _ITEM_LINE.fullmatch(lines[i])) is not None:
                items.append(_plain(item[1]))
                i += 1
            value = items if items else _NOT_SIMPLE
        if value is _NOT_SIMPLE or (isinstance(value, list) and _NOT_SIMPLE in value):
            return None
        data[match[1]] = value
    return data if data else None


def load(text: str) -> Any:
    """Parse one YAML document safely; raise `YAMLProblem` with the line on failure.

    Frontmatter as `dump` writes it is read without PyYAML (`_simple`), with the same result.
    """
    if len(text) > MAX_YAML_CHARS:
        raise YAMLProblem(f"YAML is {len(text):,} characters, more than {MAX_YAML_CHARS:,}")
    if (simple := _simple(text)) is not None:
        return simple
    try:
        if "&" in text or "*" in text:  # an anchor needs '&', an alias '*': skip the scan without them
            _refuse_anchors(text)
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise YAMLProblem(str(exc.problem or exc.context or "invalid YAML"), line) from None
    except yaml.YAMLError as exc:
        raise YAMLProblem(f"invalid YAML: {exc}") from None
    except RecursionError:
        raise YAMLProblem("YAML is nested too deeply") from None


class _Dumper(yaml.SafeDumper):
    """SafeDumper with block lists indented under their key and literal multi-line text."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _represent_date(dumper: yaml.SafeDumper, value: dt.date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(dt.date, _represent_date)


def dump(data: Mapping[str, Any]) -> str:
    """Serialise ``data`` in its own key order, one value per line, ending in a newline."""
    return yaml.dump(
        dict(data),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
    )
