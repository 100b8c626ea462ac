"""Required literals of a regular expression: a fast, exact pre-check for cue patterns.

`required_literals` returns strings of which *every* match of the pattern contains
at least one (lower-cased), or ``None`` when no such set can be proved. Testing
``any(lit in text.lower() ...)`` first skips the regex for most paragraphs; it
never skips a paragraph the pattern would match.

>>> sorted(required_literals(r"\\bwe (don't|do not) spam\\b"))
[' spam']
>>> sorted(required_literals(r"\\b(paywall|behind a wall)\\b"))
['behind a wall', 'paywall']
>>> required_literals(r"\\w+") is None
True
"""

from __future__ import annotations

import re
from typing import Any

_parser: Any
_c: Any
try:  # Python 3.11+: the parser behind `re`; guarded so a change only costs speed.
    from re import _constants as _c  # type: ignore[attr-defined,no-redef]
    from re import _parser  # type: ignore[attr-defined,no-redef]
except ImportError:  # pragma: no cover
    _parser = None

MIN_LITERAL = 3


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match contains, or ``None`` (then always run the regex)."""
    if _parser is None:
        return None
    try:
        tree = _parser.parse(pattern, re.IGNORECASE)
        found = _sequence(list(tree))
    except Exception:
        return None
    return found if found and min(len(s) for s in found) >= MIN_LITERAL else None


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Best required set of a concatenation: a literal run or one mandatory part."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op is _c.AT:  # zero-width (\b, ^, $): the literal run continues
            continue
        flush()
        part: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            part = _sequence(list(av[-1]))
        elif op is _c.BRANCH:
            branches = [_sequence(list(b)) for b in av[1]]
            if all(branches):
                part = frozenset().union(*[b for b in branches if b])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            part = _sequence(list(av[2]))
        if part:
            candidates.append(part)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(len(x) for x in s), -len(s)))
