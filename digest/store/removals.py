"""The paragraphs the converter removed from an article, kept so an editor can see them and put one back.

Each is stored in the article's record (`digest.store.state`) as::

    {"after": 4, "reason": "newsletter", "text": "Sign up for our newsletter."}

- ``after``: how many Markdown blocks of the converted body came before it (0: above
  the first one). A block is one kept paragraph or heading (`digest.text.markdown.paragraphs`),
  or a whole list, quotation or table of a web page (`digest.text.blocks`).
- ``reason``: why `digest.chain.clean` removed it.
- ``text``: the paragraph as the input had it; put back, it is escaped like every
  converted paragraph.

`place` puts one back into an article's body, however the editor changed it: after
the nearest paragraph that preceded it in the conversion and is still there (an
earlier removed paragraph already put back counts), else before the nearest one that
followed it, else at the same count of paragraphs. Only the inserted block and the
blank line beside it are new: every other byte of the body stays as the editor left it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from digest.chain.clean import Removed
from digest.text import markdown

_BLOCK = re.compile(r"(?m)^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*")


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed paragraph: where it was, why it went, and its text."""

    after: int
    reason: str
    text: str


def from_cleaned(removed: Sequence[Removed], places: Sequence[int] = ()) -> tuple[Removal, ...]:
    """The removals of `digest.chain.clean.clean`, placed among the kept paragraphs.

    ``places`` gives each one's place in Markdown blocks when a block of the body may
    hold several paragraphs (a list, a table: `digest.chain.pipeline.Conversion.places`).
    """
    if places:
        return tuple(Removal(p, r.reason, r.text) for r, p in sorted(zip(removed, places, strict=True), key=_index))
    ordered = sorted(removed, key=lambda r: r.index)
    return tuple(Removal(r.index - before, r.reason, r.text) for before, r in enumerate(ordered))


def _index(pair: tuple[Removed, int]) -> int:
    return pair[0].index


def to_json(removals: Sequence[Removal]) -> list[dict[str, Any]]:
    return [{"after": r.after, "reason": r.reason, "text": r.text} for r in removals]


def from_json(value: Any) -> tuple[Removal, ...] | None:
    """The removals stored in a record; None when they are missing (an older record) or malformed."""
    if not isinstance(value, list):
        return None
    found: list[Removal] = []
    for item in value:
        if not isinstance(item, dict):
            return None
        after, reason, text = item.get("after"), item.get("reason"), item.get("text")
        if not (isinstance(after, int) and after >= 0 and isinstance(reason, str) and isinstance(text, str)):
            return None
        found.append(Removal(after, reason, text))
    return tuple(found)


def as_markdown(removal: Removal) -> str:
    """The removed paragraph as the converter would have written it in the body."""
    return markdown.paragraphs((removal.text,))


@dataclass(frozen=True, slots=True)
class Block:
    """One Markdown block of a body (a run of non-blank lines) and where it is."""

    start: int
    end: int
    text: str
    """The block with trailing spaces of each line removed, for comparison."""


def blocks(body: str) -> list[Block]:
    """The blocks of ``body``, in order."""
    return [
        Block(m.start(), m.start() + len(m.group(0).rstrip("\r")), "\n".join(map(str.rstrip, m.group(0).splitlines())))
        for m in _BLOCK.finditer(body)
    ]


class PlaceError(ValueError):
    """The paragraph cannot be put back; the message says why."""


@dataclass(frozen=True, slots=True)
class Placed:
    body: str
    """The new body."""
    where: str
    """Where the paragraph went, for the message."""
    exact: bool
    """False when the paragraphs around it were all edited away and the place is a count."""


def is_present(removal: Removal, body: str) -> bool:
    """Whether the paragraph is in ``body`` as a block of its own (put back already, or typed in)."""
    wanted = as_markdown(removal)
    return any(block.text == wanted for block in blocks(body))


def place(removals: Sequence[Removal], number: int, base_body: str, body: str) -> Placed:
    """``body`` with removal ``number`` (1-based) of ``removals`` put back; ``base_body`` is the converted body."""
    if not 1 <= number <= len(removals):
        raise PlaceError(f"there is no removed paragraph {number} (there are {len(removals)})")
    removal = removals[number - 1]
    new = as_markdown(removal)
    if not new:
        raise PlaceError(f"removed paragraph {number} has no text")
    current = blocks(body)
    if any(block.text == new for block in current):
        raise PlaceError(f"removed paragraph {number} is already in the body")
    base = [block.text for block in blocks(base_body)]
    siblings = [i for i, r in enumerate(removals) if r.after == removal.after]
    mine = siblings.index(number - 1)
    before = [as_markdown(removals[i]) for i in reversed(siblings[:mine])]
    after = [as_markdown(removals[i]) for i in siblings[mine + 1 :]]
    if 0 < removal.after <= len(base):
        before.append(base[removal.after - 1])
    if removal.after < len(base):
        after.append(base[removal.after])
    newline = "\r\n" if "\r\n" in body else "\n"
    gap = newline * 2
    for anchor in before:
        found = _nearest(current, anchor, removal.after - 1)
        if found is not None:
            end = found.end
            return Placed(body[:end] + gap + new + body[end:], f"after {quote(anchor)}", True)
    for anchor in after:
        found = _nearest(current, anchor, removal.after)
        if found is not None:
            start = found.start
            return Placed(body[:start] + new + gap + body[start:], f"before {quote(anchor)}", True)
    if removal.after == 0 or not current:
        start = current[0].start if current else 0
        return Placed(body[:start] + new + (gap + body[start:] if current else newline), "at the top", True)
    if removal.after >= len(base) or removal.after >= len(current):
        end = current[-1].end
        return Placed(body[:end] + gap + new + body[end:], "at the end", True)
    start = current[removal.after].start
    where = f"as paragraph {removal.after + 1} (the paragraphs that were around it have changed)"
    return Placed(body[:start] + new + gap + body[start:], where, False)


def _nearest(current: Sequence[Block], text: str, index: int) -> Block | None:
    """The block of ``current`` equal to ``text`` closest to position ``index``."""
    matches = [(abs(i - index), i) for i, block in enumerate(current) if block.text == text]
    return current[min(matches)[1]] if matches else None


def quote(text: str, limit: int = 60) -> str:
    """A short quotation of a paragraph for a message, cut at a word.

    >>> quote("Mayor Ada Quince said the work would start in the spring.", 30)
    '"Mayor Ada Quince said the…"'
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return f'"{flat}"'
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[: limit - 1]
    return f'"{cut.rstrip(",;:")}…"'
