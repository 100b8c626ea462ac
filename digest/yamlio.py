"""Safe, deterministic YAML for frontmatter and configuration.

Reading uses PyYAML's safe loader with anchors and aliases refused (they have no
use in an article's frontmatter, and nested aliases are the "billion laughs"
expansion bomb) and a size cap. Writing keeps key order, never folds long lines,
and emits dates as plain ``YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
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


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(None, None, "YAML aliases (*name) are not allowed", event.start_mark)
        event = self.peek_event()  # type: ignore[no-untyped-call]
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise yaml.composer.ComposerError(None, None, f"YAML anchors (&{anchor}) are not allowed", event.start_mark)
        return super().compose_node(parent, index)


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """Dates as PyYAML reads them, but an impossible one (2025-02-30) stays text for the validator."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_NoAliasLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


_C_LOADER: Any = getattr(yaml, "CSafeLoader", None)
_FAST_LOADER: Any = None
if _C_LOADER is not None:
    _FAST_LOADER = type("_FastLoader", (_C_LOADER,), {})
    _FAST_LOADER.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _load_fast(text: str) -> tuple[bool, Any]:
    """libyaml's reading of ``text`` when it is clean and has no anchors or aliases, else ``(False, None)``.

    About ten times faster than the pure-Python loader (the site reads every
    article's frontmatter on each build). It uses the same constructors, so a
    document it reads gives the same value; anything else goes to the
    pure-Python loader, whose messages are the reference.
    """
    if _FAST_LOADER is None:
        return False, None
    try:
        if "&" in text or "*" in text:  # anchors and aliases need one of them
            for event in yaml.parse(text, Loader=_C_LOADER):
                if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                    return False, None
        return True, yaml.load(text, Loader=_FAST_LOADER)
    except (yaml.YAMLError, RecursionError, ValueError):
        return False, None


def load(text: str) -> Any:
    """Parse one YAML document safely; raise `YAMLProblem` with the line on failure."""
    if len(text) > MAX_YAML_CHARS:
        raise YAMLProblem(f"YAML is {len(text):,} characters, more than {MAX_YAML_CHARS:,}")
    done, value = _load_fast(text)
    if done:
        return value
    try:
        return yaml.load(text, Loader=_NoAliasLoader)
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
