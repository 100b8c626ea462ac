r"""Plain text to Markdown that renders as exactly that text, and nothing more.

Text from outside (article bodies, titles, summaries, tags, source names) is
untrusted. `escape` makes it inert under Python-Markdown and every extension the
site might enable (the core set, Material's and PyMdown's): no raw HTML (``<``
and ``&`` become entities), no links or images (brackets escaped), no emphasis or
code, no attribute lists (``{: onclick=...}``), no Jinja-looking braces, no block
syntax at the start of a line (headings, lists, quotes, admonitions, rules,
definitions), and none of the inline syntax extensions add: bare URLs and e-mail
addresses (magiclink), ``:emoji:`` names, ``++keys++``, ``$math$``.

>>> escape("<script>alert(1)</script>")
'&lt;script&gt;alert(1)&lt;/script&gt;'
>>> print(escape("[click](javascript:alert(1)) {: onclick=x} {{ config }}"))
&#91;click&#93;(javascript:alert(1)) \{: onclick&#61;x\} \{\{ config \}\}
>>> print(escape("# Not a heading"))
\# Not a heading
>>> print(escape("1. Not a list"))
1\. Not a list
>>> print(escape("iv) Not a list either"))
iv\) Not a list either
>>> print(escape("See https://example.com or mail desk@example.com :smile:"))
See https&#58;//example.com or mail desk&#64;example.com &#58;smile:
>>> print(escape("It cost $5, not $6."))
It cost &#36;5, not &#36;6.
>>> print(escape("It cost $5."))
It cost $5.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from urllib.parse import quote

_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\\": "&#92;",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "&#91;",
    "]": "&#93;",
    "{": "\\{",
    "}": "\\}",
    "|": "&#124;",
    "~": "&#126;",
    "^": "&#94;",
    "=": "&#61;",
    "@": "&#64;",
}
_SPECIAL = re.compile("[" + re.escape("".join(_INLINE)) + "]")
# Syntax that only extensions give meaning to, neutralised with a character reference:
# "://", "www." and "#12" (magiclink), ":name:" (emoji), "++" (keys).
# Each match is one of these characters, so the pattern starts with their class and tests the
# context around it after: the regex engine then skips every other character at once.
_EXTENSION_SYNTAX = re.compile(
    r"[:.+#!?](?:(?<=:)(?=//|[+\-\w]+:)|(?<=[wW]{3}\.)|(?<=\+)(?=\+)|(?<=\+\+)|(?<=[#!?])(?<!&[#!?])(?=[1-9]))"
)
_BLOCK_START = re.compile(r"^(\s*)([#+\-!?%/:]|\d+(?=[.)])|(?:[ivxlcdm]+|[IVXLCDM]+|[A-Za-z])(?=[.)](?:\s|$)))")


def escape(text: str) -> str:
    """Escape one line of plain text for use anywhere Markdown inline text goes."""
    # " ".join(text.split()) collapses whitespace runs and strips, as re.sub(r"\s+", " ", text).strip() would
    text = _SPECIAL.sub(lambda m: _INLINE[m.group(0)], " ".join(text.split()))
    text = _EXTENSION_SYNTAX.sub(lambda m: f"&#{ord(m.group(0))};", text)
    if text.count("$") >= 2:  # two dollars can open and close inline math (arithmatex)
        text = text.replace("$", "&#36;")
    start = _BLOCK_START.match(text)  # anchored at the start: a sub would try every position
    return text if start is None else _escape_block(start) + text[start.end() :]


def _escape_block(match: re.Match[str]) -> str:
    lead, marker = match.group(1), match.group(2)
    if marker[-1].isalnum():
        return f"{lead}{marker}\\"
    if marker in "?%/:":
        return f"{lead}&#{ord(marker)};"
    return f"{lead}\\{marker}"


def paragraphs(texts: Sequence[str]) -> str:
    """A Markdown body from plain-text paragraphs: each escaped, blank-line separated."""
    return "\n\n".join(escape(t) for t in texts if t.strip())


class Kind(enum.Enum):
    """What a block of an article body is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    ITEM = "item"
    QUOTE = "quote"
    ROW = "row"


@dataclass(frozen=True, slots=True)
class Block:
    """One block of an article body: its plain text and the structure it belongs to.

    Items of one list, paragraphs of one quotation and rows of one table share a ``group``.
    """

    text: str
    kind: Kind = Kind.PARAGRAPH
    level: int = 0
    """A heading's level (2-6); an item's depth in nested lists (0 outermost)."""
    ordered: bool = False
    """An item of a numbered list."""
    group: int = 0
    cells: tuple[str, ...] = ()
    """A table row's cells."""
    header: bool = False
    """A table row of header cells."""


MIN_HEADING = 2
"""The article's title is the page's only level-1 heading."""


def body(blocks: Sequence[Block]) -> str:
    """A Markdown body from blocks: paragraphs, ``##`` headings, ``-``/``1.`` lists, ``>`` quotes, pipe tables."""
    parts: list[str] = []
    for (kind, _), run in groupby(blocks, key=lambda b: (b.kind, b.group if b.kind is not Kind.HEADING else 0)):
        members = [b for b in run if b.text.strip() or b.cells]
        if not members:
            continue
        if kind is Kind.ITEM:
            parts.append("\n".join(_list_lines(members)))
        elif kind is Kind.QUOTE:
            parts.append("\n>\n".join(f"> {escape(b.text)}" for b in members if b.text.strip()))
        elif kind is Kind.ROW and max(sum(1 for c in b.cells if c.strip()) for b in members) > 1:
            parts.append("\n".join(_table_lines(members)))
        elif kind is Kind.HEADING:
            parts += [f"{'#' * min(max(b.level, MIN_HEADING), 6)} {escape(b.text)}" for b in members if b.text.strip()]
        else:
            parts += [escape(b.text) for b in members if b.text.strip()]
    return "\n\n".join(parts)


def _list_lines(items: Sequence[Block]) -> Iterator[str]:
    """Nested list lines: four spaces a level, each level numbered on its own."""
    numbers: list[int] = []
    for item in items:
        depth = min(item.level, len(numbers))  # never deeper than one below the item before
        del numbers[depth + 1 :]
        if len(numbers) == depth:
            numbers.append(0)
        numbers[depth] += 1
        marker = f"{numbers[depth]}." if item.ordered else "-"
        yield f"{'    ' * depth}{marker} {escape(item.text)}"


def _table_lines(rows: Sequence[Block]) -> Iterator[str]:
    """A pipe table; the first row is its header."""
    width = max(len(r.cells) for r in rows)
    for number, row in enumerate(rows):
        cells = [escape_cell(c) for c in row.cells] + [""] * (width - len(row.cells))
        yield "| " + " | ".join(cells) + " |"
        if number == 0:
            yield "|" + "|".join([" --- "] * width) + "|"


def escape_cell(text: str) -> str:
    """Escape the text of a table cell."""
    return escape(text).replace("|", "\\|")


def link_target(url: str) -> str:
    """An http(s) URL made safe as a Markdown link target (no spaces, brackets or quotes)."""
    if not url.lower().startswith(("http://", "https://")):
        raise ValueError(f"not an http(s) URL: {url!r}")
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")
