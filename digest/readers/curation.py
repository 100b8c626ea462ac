"""The curation list ``inbox/digest.yml``: what to convert, with the editor's overrides.

Each item names one input, a file path (relative to the project folder, where
``digest`` runs) or an ``http(s)://`` URL, and may set any override key of a
sidecar (`digest.readers.overrides.KEYS`)::

    items:
      - input: inbox/000_485ba8381d172209.txt
        source: The Independent
        topics: [Immigration, Criminal Justice]
      - input: https://www.example.org/news/2025/03/14/story
        featured: true
        note: Background for the sea wall vote.

Every problem names the file and the line: ``inbox/digest.yml:12:
items[3].date: expected YYYY-MM-DD, got 'Monday'``. An item with a problem is
not converted (a wrong article is worse than a missing one); the others are.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from digest.problems import Problem, describe
from digest.readers import reader_for
from digest.readers.document import Overrides, canonical_url
from digest.readers.fetch import is_url
from digest.readers.htmltext import absolute_url
from digest.readers.overrides import overrides_from_mapping
from digest.text import yamlio

LIST_NAME = "digest.yml"
INPUT_KEY = "input"


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of the list: an input and the editor's overrides for it."""

    input: str
    """As written: a path or a URL."""
    key: str
    """Comparison key: the resolved path, or the canonical URL."""
    overrides: Overrides
    line: int


@dataclass(slots=True)
class Curation:
    """A loaded list: valid items, the problems found, and the inputs whose entry has a problem."""

    file: str
    items: list[Item] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    blocked: dict[str, str] = field(default_factory=dict)
    """Input key -> the problem that keeps it from being converted."""

    def overrides(self, key: str) -> Overrides | None:
        return next((item.overrides for item in self.items if item.key == key), None)


def path_key(path: Path) -> str:
    """How a file input is matched against the list: its resolved path."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # a symlink loop: Python 3.11 raises RuntimeError
        return os.path.abspath(path)


def input_key(value: str) -> str:
    """The comparison key of an input as written in the list or on the command line."""
    return canonical_url(value) if is_url(value) else path_key(Path(value))


def combine(first: Overrides, then: Overrides) -> Overrides:
    """``first`` with every value ``then`` sets (a sidecar, then the list)."""
    changes = {f.name: getattr(then, f.name) for f in dataclasses.fields(Overrides) if getattr(then, f.name)}
    return dataclasses.replace(first, **changes)


def _lines(text: str) -> tuple[int, list[tuple[int, dict[str, int]]]]:
    """Line of ``items:`` and, per item, its line and the line of each of its keys (1-based)."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return 1, []
    for key, value in root.value:
        if key.value == "items" and isinstance(value, yaml.SequenceNode):
            items = []
            for node in value.value:
                pairs = node.value if isinstance(node, yaml.MappingNode) else []
                items.append((node.start_mark.line + 1, {k.value: k.start_mark.line + 1 for k, _ in pairs}))
            return key.start_mark.line + 1, items
    return 1, []


def load(path: Path, topics: Collection[str] | None = None) -> Curation:
    """Read and check the list at ``path``; a missing list is an empty one."""
    shown = path.as_posix()
    curation = Curation(shown)
    if not path.is_file():
        return curation
    try:
        text = path.read_text(encoding="utf-8")
        data = yamlio.load(text)
        top_line, lines = _lines(text)
    except (OSError, UnicodeDecodeError) as exc:
        curation.problems.append(Problem(shown, "file", f"cannot be read: {exc}"))
        return curation
    except yamlio.YAMLProblem as exc:
        curation.problems.append(Problem(f"{shown}:{exc.line}" if exc.line else shown, "file", exc.message))
        return curation
    if data is None:
        return curation
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        got = describe(data.get("items")) if isinstance(data, dict) else describe(data)
        curation.problems.append(Problem(f"{shown}:{top_line}", "items", f"expected a list of items, got {got}"))
        return curation
    curation.problems += [Problem(f"{shown}:1", str(k), "unknown key (expected: items)") for k in data if k != "items"]
    for index, entry in enumerate(data["items"]):
        line, key_lines = lines[index] if index < len(lines) else (top_line, {})
        _add(curation, index, entry, line, key_lines, topics)
    return curation


def _add(  # noqa: PLR0917
    curation: Curation, index: int, entry: Any, line: int, key_lines: dict[str, int], topics: Collection[str] | None
) -> None:
    """Check one item and add it (or its problems) to ``curation``."""
    where = f"items[{index}]"
    shown = curation.file
    if not isinstance(entry, dict):
        message = f"expected '{INPUT_KEY}: <path or URL>' and override keys, got {describe(entry)}"
        curation.problems.append(Problem(f"{shown}:{line}", where, message))
        return
    value = entry.get(INPUT_KEY)
    problems: list[Problem] = []
    at = f"{shown}:{key_lines.get(INPUT_KEY, line)}"
    if not isinstance(value, str) or not value.strip():
        message = f"expected a file path or an http(s) URL, got {describe(value)}"
        problems.append(Problem(at, f"{where}.{INPUT_KEY}", message))
    else:
        value = value.strip()
        problems += _check_input(value, at, f"{where}.{INPUT_KEY}")
    rest = {k: v for k, v in entry.items() if k != INPUT_KEY}
    overrides, found = overrides_from_mapping(shown, rest, topics)
    for problem in found:
        top = problem.key.split("[")[0].split(".")[0]
        problems.append(
            dataclasses.replace(problem, path=f"{shown}:{key_lines.get(top, line)}", key=f"{where}.{problem.key}")
        )
    if not isinstance(value, str) or not value.strip():
        curation.problems += problems
        return
    key = input_key(value)
    if any(item.key == key for item in curation.items) or key in curation.blocked:
        problems.append(Problem(f"{shown}:{line}", where, f"{value!r} is already listed above"))
    curation.problems += problems
    errors = [p for p in problems if p.severity.is_error()]
    if errors:
        curation.blocked.setdefault(key, str(errors[0]))
    else:
        curation.items.append(Item(value, key, overrides, line))


def _check_input(value: str, at: str, key: str) -> list[Problem]:
    if is_url(value):
        return [] if absolute_url(value) else [Problem(at, key, f"not a valid http(s) URL: {value!r}")]
    path = Path(value)
    if not path.is_file():
        return [Problem(at, key, f"no such file: {value!r} (paths are relative to the project folder)")]
    if reader_for(path.name) is None:
        return [Problem(at, key, f"unsupported file type {path.suffix or '(none)'}: {value!r}")]
    return []
