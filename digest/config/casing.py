"""Patterns matched ignoring case whose class of capitals matches any letter (`case_blind`).

Configured cues and many rules are matched ignoring case; a class of capitals in one ("[A-Z]\\w+ is a writer", meant
for a name) then takes any word ("the new mayor is a former teacher"). Inside a case-sensitive group it is a capital:
"(?-i:[A-Z])"."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

_p: Any = importlib.import_module("re._parser")  # the standard library's own parser of regular expressions
_c: Any = importlib.import_module("re._constants")

_CAPITALS = (65, 90)
_SMALL = (97, 122)
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}


def case_blind(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` holds "[A-Z]" (without "a-z") where it is matched ignoring case.

    >>> case_blind(re.compile(r"^[A-Z]\\w+ is", re.I)), case_blind(re.compile(r"^(?-i:[A-Z])\\w+ is", re.I))
    (True, False)
    >>> case_blind(re.compile(r"^[A-Z]\\w+ is")), case_blind(re.compile(r"[A-Za-z]+", re.I))
    (False, False)
    """
    tree = _p.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    return _walk(tree, bool(pattern.flags & re.IGNORECASE))


def _walk(items: Iterable[tuple[Any, Any]], ignoring: bool) -> bool:
    for op, arg in items:
        if op is _c.IN:
            ranges = {a for o, a in arg if o is _c.RANGE}
            if ignoring and _CAPITALS in ranges and _SMALL not in ranges:
                return True
        elif any(_walk(inner, flag) for inner, flag in _inside(op, arg, ignoring)):
            return True
    return False


def _inside(op: Any, arg: Any, ignoring: bool) -> list[tuple[Any, bool]]:
    """The parts of a parsed node, each with whether it is matched ignoring case."""
    if op is _c.SUBPATTERN:
        _, added, removed, inner = arg
        return [(inner, (ignoring or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE)]
    if op in _REPEATS:
        return [(arg[2], ignoring)]
    if op is _c.BRANCH:
        return [(branch, ignoring) for branch in arg[1]]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [(arg[1], ignoring)]
    if op is _c.ATOMIC_GROUP:
        return [(arg, ignoring)]
    return []
