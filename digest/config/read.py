"""Typed, problem-collecting access to one ``site_config/`` YAML file.

`YamlFile` never raises on a wrong value: it records a `Problem` naming the file
and the key path (``topics[3].keywords``) and hands back a default, so
`digest.config` can report every problem of every file at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, TypeVar

from digest.config.casing import case_blind
from digest.paths import display_path, read_file, reason
from digest.problems import Problem, describe, suggest
from digest.text import yamlio

T = TypeVar("T")
MAX_CONFIG_BYTES = 2 * 1024 * 1024
_KINDS = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "a mapping",
}


class YamlFile:
    """One configuration file: its shown path and the shared list of problems."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems

    def error(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.path, key, message))

    def get(self, data: Any, key: str, where: str, kind: type[T], default: T | None = None) -> T | None:
        """``data[key]`` when it has type ``kind``; else a problem and ``default`` (None: required)."""
        if not isinstance(data, dict) or key not in data:
            if default is None:
                self.error(f"{where}{key}", "is required")
            return default
        value = data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.error(f"{where}{key}", f"expected {_KINDS.get(kind, kind.__name__)}, got {describe(value)}")
            return default
        return value

    def count(self, data: Any, key: str, where: str, default: int, minimum: int) -> int:
        """A whole number of at least ``minimum`` (``default`` when absent or wrong)."""
        value = self.get(data, key, where, int, default)
        if value is None or value < minimum:
            self.error(f"{where}{key}", f"must be at least {minimum}, got {value}")
            return default
        return value

    def strings(self, data: Any, key: str, where: str, required: bool = False) -> tuple[str, ...]:
        """A list of non-empty single-line texts (items that are not are problems)."""
        value = data.get(key, None if required else []) if isinstance(data, dict) else None
        if value is None:
            self.error(f"{where}{key}", "is required")
            return ()
        if not isinstance(value, list):
            self.error(f"{where}{key}", f"expected a list, got {describe(value)}")
            return ()
        out = []
        for i, item in enumerate(value):
            if isinstance(item, str) and item.strip() and "\n" not in item.strip():
                out.append(item.strip())
            else:
                self.error(f"{where}{key}[{i}]", f"expected one line of text, got {describe(item)}")
        return tuple(out)

    def pattern(self, text: str, key: str) -> re.Pattern[str] | None:
        """``text`` compiled to match ignoring case; a class of capitals that would match any letter is a problem."""
        try:
            compiled = re.compile(text, re.IGNORECASE)
        except re.error as exc:
            self.error(key, f"invalid regular expression {text!r}: {exc}")
            return None
        if case_blind(compiled):
            self.error(key, f"{text!r} is matched ignoring case, so [A-Z] matches any letter: write (?-i:[A-Z])")
        return compiled

    def unknown_keys(self, data: Any, allowed: Collection[str], where: str) -> None:
        """A problem for every key not in ``allowed``, with a suggestion for a likely typo.

        Unknown keys are errors here (articles only get a warning): a misspelt
        ``keyword:`` would otherwise silently switch a rule off.
        """
        if isinstance(data, dict):
            for key in data:
                if key not in allowed:
                    hint = suggest(str(key), allowed) or f" (expected one of: {', '.join(sorted(allowed))})"
                    self.error(f"{where}{key}", f"unknown key{hint}")

    def each(self, data: Any, key: str, build: Callable[[Any, str], T | None]) -> tuple[T, ...]:
        """``build(item, "key[i].")`` for every item of the list ``data[key]``."""
        items = data.get(key) if isinstance(data, dict) else None
        if not isinstance(items, list):
            self.error(key, f"expected a list, got {describe(items)}")
            return ()
        built = (build(item, f"{key}[{i}].") for i, item in enumerate(items))
        return tuple(b for b in built if b is not None)


def read_yaml(root: Path, name: str, problems: list[Problem], *, optional: bool = False) -> tuple[YamlFile, Any]:
    """Read ``root/name``; a missing (unless ``optional``), unreadable or malformed file is a problem and ``{}``."""
    path = root / name
    reader = YamlFile(display_path(path), problems)
    try:
        text = read_file(path, MAX_CONFIG_BYTES).decode("utf-8")
    except FileNotFoundError:
        if not optional:
            reader.error("file", "is missing")
        return reader, {}
    except OSError as exc:
        reader.error("file", reason(exc))
        return reader, {}
    except UnicodeDecodeError:
        reader.error("file", "is not UTF-8 text; save it as UTF-8")
        return reader, {}
    return parse_yaml(reader, text)


def parse_yaml(reader: YamlFile, text: str) -> tuple[YamlFile, Any]:
    """``text`` as the YAML of ``reader``'s file; malformed YAML or no mapping at the top is a problem and ``{}``."""
    try:
        data = yamlio.load(text)
    except yamlio.YAMLProblem as exc:
        reader.error("file", str(exc))
        return reader, {}
    if not isinstance(data, dict):
        reader.error("file", f"expected key: value pairs at the top level, got {describe(data)}")
        return reader, {}
    return reader, data
