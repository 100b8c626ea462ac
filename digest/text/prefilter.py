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

`alternatives` goes one step further for a pattern made of several alternatives
(``a|b|c``): each is compiled alone with its own literals, so that only those
that can match a text are run, and an alternative without literals (one anchored
with ``^``, say) no longer makes the whole pattern run everywhere.

`LiteralFinder` tells which of many literals occur in a text in one pass.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

_parser: Any
_c: Any
try:  # Python 3.11+: the parser behind `re`; guarded so a change only costs speed.
    from re import _constants as _c  # type: ignore[attr-defined,no-redef]
    from re import _parser  # type: ignore[attr-defined,no-redef]
except ImportError:  # pragma: no cover
    _parser = None

MIN_LITERAL = 3
Part = tuple[frozenset[str] | None, re.Pattern[str]]
"""One alternative of a pattern: its required literals (or ``None``) and the alternative compiled alone."""
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


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


def alternatives(pattern: re.Pattern[str]) -> tuple[Part, ...]:
    """The top-level alternatives of ``pattern``, each with its required literals.

    ``pattern.search(text)`` finds a match exactly when one of them does. Empty
    when the pattern has a single alternative or cannot be split safely (group
    references, verbose syntax): then use the pattern whole.

    >>> [(sorted(lits or ()), part.pattern) for lits, part in alternatives(re.compile(r"^ad\\b|\\bsign up\\b"))]
    [([], '^ad\\\\b'), (['sign up'], '\\\\bsign up\\\\b')]
    """
    text = pattern.pattern
    if pattern.flags & re.VERBOSE or _GROUP_REFERENCE.search(text):
        return ()
    pieces = _split_top_level(text)
    if len(pieces) < 2:
        return ()
    try:
        compiled = [re.compile(piece, pattern.flags) for piece in pieces]
    except re.error:
        return ()
    if sum(c.groups for c in compiled) != pattern.groups:  # not split at the top level after all
        return ()
    return tuple((required_literals(piece), part) for piece, part in zip(pieces, compiled, strict=True))


def _split_top_level(text: str) -> list[str]:
    """``text`` cut at each ``|`` outside parentheses, character classes and escapes."""
    pieces: list[str] = []
    depth, start, i, n = 0, 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(text, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            pieces.append(text[start:i])
            start = i + 1
        i += 1
    pieces.append(text[start:])
    return pieces


def _class_end(text: str, i: int) -> int:
    """The index just after the character class opening at ``text[i]``."""
    j = i + 1
    if j < len(text) and text[j] == "^":
        j += 1
    if j < len(text) and text[j] == "]":  # a "]" first in a class is a literal
        j += 1
    while j < len(text) and text[j] != "]":
        j += 2 if text[j] == "\\" else 1
    return j + 1


_ASCII_ALIKE = ("\u0130", "\u0131", "\u017f", "\u212a")
"""The only characters beyond ASCII that a case-insensitive pattern matches with an ASCII one: "İ", "ı", "ſ" and
the Kelvin sign "K" (``tests/test_prefilter.py`` checks the list for the running Python). Without them in a text,
lower-casing it is enough to find every literal such a pattern could match there."""


class Screened:
    """A regular expression searched only in texts holding one of its required literals: the same matches, sooner.

    Unlike the cues' pre-check, this one is exact for every text: one that holds a character of `_ASCII_ALIKE`
    goes to the regex, and so does every text when a literal has letters beyond ASCII (the literals of a pattern
    are those of `required_literals`, however short).

    >>> credit = Screened(re.compile(r"\\bphotos? by\\b|©", re.IGNORECASE))
    >>> sorted(credit.literals or ()), bool(credit.search("PHOTO BY Ann Roe")), credit.search("Ann Roe said")
    (['photo', '©'], True, None)
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        literals = _literals(pattern.pattern)
        cased = literals is None or any(not lit.isascii() and lit.lower() != lit.upper() for lit in literals)
        self.literals = None if cased else literals

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(text) else None

    def possible(self, text: str, lowered: str | None = None) -> bool:
        """Whether the pattern may match in ``text``: False only when it cannot match anywhere in it, nor in any
        part of it (a paragraph of a page's joined text). ``lowered``: ``text.lower()``, when already made."""
        if self.literals is None or any(map(text.__contains__, _ASCII_ALIKE)):
            return True
        lowered = text.lower() if lowered is None else lowered
        return any(map(lowered.__contains__, self.literals))


def _literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (`required_literals` without a least length)."""
    if _parser is None or _GROUP_REFERENCE.search(pattern):
        return None
    try:
        return _sequence(list(_parser.parse(pattern, re.IGNORECASE)))
    except Exception:
        return None


class LiteralFinder:
    """Which of many literals occur in a text, found in one pass of one regular expression.

    The expression is a trie of the literals inside a lookahead, so it is tried at
    every position and yields the longest literal starting there; the shorter ones
    starting there are its prefixes, added from a table.

    >>> sorted(LiteralFinder(["sign", "sign up", "up", "news"]).found("please sign up"))
    ['sign', 'sign up', 'up']
    """

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = frozenset(literals)
        ordered = sorted(self.literals)
        self._prefixes = {lit: frozenset(p for p in ordered if lit.startswith(p)) for lit in ordered}
        self._regex = re.compile(f"(?=({_trie(ordered)}))") if ordered else None

    def found(self, text: str) -> frozenset[str]:
        """The literals that occur in ``text`` (case-sensitive, as ``literal in text``)."""
        return _found(self, text)

    def _scan(self, text: str) -> frozenset[str]:
        if self._regex is None:
            return frozenset()
        prefixes = self._prefixes
        return frozenset().union(*[prefixes[hit] for hit in set(self._regex.findall(text))])


@functools.lru_cache(maxsize=32)
def _found(finder: LiteralFinder, text: str) -> frozenset[str]:
    """`LiteralFinder.found`, remembered for the last few texts: a page's text is cleaned twice, by the rules
    for extracted text and by those for scraped text (`digest.chain.pipeline`), and a scan is a regex tried
    at every position."""
    return finder._scan(text)


def _trie(literals: Iterable[str]) -> str:
    """A regular expression matching the longest of ``literals`` that starts at the current position."""
    root: dict[str, Any] = {}
    for literal in literals:
        node = root
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}  # a literal ends here
    return _node_pattern(root)


def _node_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body  # greedy: a longer literal is tried first
