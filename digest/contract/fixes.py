"""``digest check --fix``: the fixes a machine can be sure of, made to the text of one article file.

`fix_text` makes four kinds of fix in the frontmatter, and nothing else:

- a date written ``2025-3-7`` (or ``2025/3/7``, ``2025.03.07``) in ``date`` or
  ``added`` becomes ``2025-03-07``;
- a topic whose letter case differs from one topic of ``site_config/topics.yml``
  (``health``) becomes that topic (``Health``);
- a missing (or empty) ``added`` is written as the article's ``date``;
- a missing (or empty) ``id`` is written as the id the site already derives from
  the file's path (`digest.contract.validate.derived_id`), so renaming the file no
  longer changes it.

Each fix replaces the characters of one value (keeping its quotes) or inserts one
line, with the file's own line ending and indentation; every other character
(comments, key order, quoting, blank lines, the body) stays as it was. The fixed
frontmatter is read back and must give the same mapping but for the fixed values,
or the file is left alone. Anything that needs judgment (an unknown topic, a
missing date, a misspelt key) is left for a person; ``digest check`` lists it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from digest.contract.articlefile import yaml_span
from digest.contract.model import FIELDS
from digest.contract.validate import derived_id
from digest.text import yamlio

_LOOSE_DATE = re.compile(r"\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\s*")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


@dataclass(frozen=True, slots=True)
class Change:
    """One fix, or one fix that was not made (``made`` false) and why."""

    key: str
    message: str
    made: bool = True


@dataclass(frozen=True, slots=True)
class Fixed:
    """The file's text after the fixes (the same text when there were none) and what was done."""

    text: str
    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True)
class _Edit:
    start: int
    end: int
    text: str


def fix_text(
    text: str, src: str, topics: Collection[str] | None = None, taken_ids: Mapping[str, str] | None = None
) -> Fixed:
    """The sure fixes of one article file's ``text`` (see the module docstring).

    ``src`` is the file's path in the content folder (``articles/x.md``), ``topics``
    the topic titles of ``site_config/``, ``taken_ids`` the ids other files carry
    (id -> file, for the message): an id one of them has is not written.
    """
    span = yaml_span(text)
    if span is None:
        return Fixed(text, ())
    start, end = span
    front = text[start:end]
    try:
        meta = yamlio.load(front) if front.strip() else None
        root = yaml.compose(front, Loader=yaml.SafeLoader)
    except (yamlio.YAMLProblem, yaml.YAMLError):
        return Fixed(text, ())  # `digest check` says what is wrong; nothing here is sure
    if not isinstance(meta, dict) or not isinstance(root, yaml.MappingNode):
        return Fixed(text, ())
    planner = _Planner(front, root)
    expected = dict(meta)
    changes: list[Change] = []
    for key in ("date", "added"):
        if (day := planner.fix_date(key)) is not None:
            expected[key] = day
            changes.append(Change(key, f"{meta[key]!r} -> {day.isoformat()}"))
    for index, old, new in planner.fix_topics(topics or ()):
        expected["topics"] = [*expected["topics"][:index], new, *expected["topics"][index + 1 :]]
        changes.append(Change("topics", f"{old!r} -> {new!r}"))
    date = _as_date(expected.get("date"))
    if _absent(meta, "added") and date is not None:
        planner.fill("added", date.isoformat())
        expected["added"] = date
        changes.append(Change("added", f"wrote {date.isoformat()} (the date)"))
    if _absent(meta, "id"):
        made = derived_id(src)
        if taken_ids and made in taken_ids:
            changes.append(Change("id", f"not written: {made!r} is already the id of {taken_ids[made]}", made=False))
        else:
            planner.fill("id", made)
            expected["id"] = made
            changes.append(Change("id", f"wrote {made!r} (derived from the file name)"))
    if not planner.edits:
        return Fixed(text, tuple(changes))
    fixed = planner.apply()
    if not _reads_as(fixed, list(meta), expected):
        return Fixed(text, (Change("frontmatter", "not fixed: the fixes would not read back as intended", made=False),))
    return Fixed(text[:start] + fixed + text[end:], tuple(changes))


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _absent(meta: Mapping[str, Any], key: str) -> bool:
    value = meta.get(key)
    return value is None or (isinstance(value, str) and not value.strip())


def _reads_as(front: str, order: list[str], expected: Mapping[str, Any]) -> bool:
    """Whether ``front`` reads as ``expected``, the keys it had (``order``) in their order."""
    try:
        got = yamlio.load(front)
    except yamlio.YAMLProblem:
        return False
    if not isinstance(got, dict) or [k for k in got if k in order] != order:
        return False
    return set(got) == set(expected) and all(_same(got[k], expected[k]) for k in got)


def _same(got: Any, expected: Any) -> bool:
    """Equal values; a date may read back as text (quoted) or as a date (plain)."""
    if isinstance(expected, dt.date) and isinstance(got, str) and _ISO_DATE.fullmatch(got):
        return dt.date.fromisoformat(got) == expected
    return bool(got == expected) and type(got) is type(expected)


class _Planner:
    """Edits to one frontmatter text, made from the positions PyYAML's nodes give."""

    def __init__(self, front: str, root: yaml.MappingNode) -> None:
        self.front = front
        self.nodes: dict[str, tuple[yaml.Node, yaml.Node]] = {
            k.value: (k, v) for k, v in root.value if isinstance(k, yaml.ScalarNode)
        }
        self.order = [k.value for k, _ in root.value if isinstance(k, yaml.ScalarNode)]
        self.edits: list[_Edit] = []
        first = root.value[0][0] if root.value else None
        self.indent = " " * first.start_mark.column if first is not None else ""
        self.eol = "\r\n" if "\r\n" in front.split("\n", 1)[0] + "\n" else "\n"

    def fix_date(self, key: str) -> dt.date | None:
        """Rewrite ``key``'s value ``2025-3-7`` as ``2025-03-07`` (quotes kept); the date, or ``None``."""
        value = self.nodes.get(key, (None, None))[1]
        if not isinstance(value, yaml.ScalarNode) or value.tag != "tag:yaml.org,2002:str":
            return None
        match = _LOOSE_DATE.fullmatch(value.value)
        if match is None or _ISO_DATE.fullmatch(value.value):
            return None
        try:
            day = dt.date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:
            return None  # not a real date: a person must say which one was meant
        return day if self._replace(value, day.isoformat()) else None

    def fix_topics(self, topics: Collection[str]) -> list[tuple[int, str, str]]:
        """Rewrite topics written in another letter case; (position in the list, old, new) of each."""
        value = self.nodes.get("topics", (None, None))[1]
        if not topics or not isinstance(value, yaml.SequenceNode):
            return []
        by_fold: dict[str, list[str]] = {}
        for title in sorted(topics):
            by_fold.setdefault(title.casefold(), []).append(title)
        fixed = []
        for index, item in enumerate(value.value):
            if not isinstance(item, yaml.ScalarNode) or item.tag != "tag:yaml.org,2002:str" or item.value in topics:
                continue
            matches = by_fold.get(item.value.strip().casefold(), [])
            if len(matches) == 1 and self._replace(item, matches[0]):
                fixed.append((index, item.value, matches[0]))
        return fixed

    def fill(self, key: str, value: str) -> None:
        """Give ``key`` the plain ``value``: in its empty value, or on a new line where the contract puts it."""
        if key in self.nodes:
            key_node, node = self.nodes[key]
            if isinstance(node, yaml.ScalarNode) and node.end_mark.index > node.start_mark.index:
                self._replace(node, value)
            else:  # `key:` with nothing after it: the value goes right after the colon
                colon = self.front.index(":", key_node.end_mark.index) + 1
                self.edits.append(_Edit(colon, colon, f" {value}"))
            return
        before = [k for k in self.order if k in FIELDS[: FIELDS.index(key)]]
        # after the key the contract puts right before it (``added`` after ``date``), wherever the editor put that
        position = self._line_after(self.nodes[max(before, key=FIELDS.index)][1]) if before else 0
        self.edits.append(_Edit(position, position, f"{self.indent}{key}: {value}{self.eol}"))

    def _line_after(self, node: yaml.Node) -> int:
        """Where the line after ``node``'s last value starts (its comments stay with the next key)."""
        while isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and node.value:
            last = node.value[-1]
            node = last[1] if isinstance(last, tuple) else last
        end = node.end_mark.index
        if end > 0 and self.front[end - 1] == "\n":
            return end
        newline = self.front.find("\n", end)
        return len(self.front) if newline < 0 else newline + 1

    def _replace(self, node: yaml.ScalarNode, value: str) -> bool:
        """Write ``value`` where ``node`` is, in its style; False (nothing done) for a block scalar."""
        if node.style == "'":
            written = "'" + value.replace("'", "''") + "'"
        elif node.style == '"':
            written = json.dumps(value, ensure_ascii=False)
        elif node.style is None:
            written = value
        else:  # a block scalar (| or >) for a date or a topic: unusual enough to leave to a person
            return False
        self.edits.append(_Edit(node.start_mark.index, node.end_mark.index, written))
        return True

    def apply(self) -> str:
        """The frontmatter with every edit; lines inserted at one place keep the order they were planned in."""
        text = self.front
        planned = sorted(enumerate(self.edits), key=lambda p: (p[1].start, p[1].end, p[0]), reverse=True)
        for _, edit in planned:
            text = text[: edit.start] + edit.text + text[edit.end :]
        return text
