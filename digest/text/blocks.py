"""An article body with its structure: blocks of plain text in, Markdown out.

A reader that knows the structure of what it read (an HTML page) hands over
`Block` s: paragraphs, subheadings, list items, paragraphs of a quotation and
table rows, each with its plain text. `body` writes them as Markdown: ``##``
headings, ``-`` and ``1.`` lists (nested by four spaces), ``>`` quotations and
pipe tables, every text escaped by `digest.text.markdown.escape_text`.

>>> print(body([
...     Block("Results", Kind.HEADING, level=2),
...     Block("First", Kind.ITEM, group=1), Block("Nested", Kind.ITEM, level=1, group=1),
...     Block("Said so.", Kind.QUOTE, group=2),
...     Block("a b", Kind.ROW, group=3, cells=("a", "b")), Block("1 2|3", Kind.ROW, group=3, cells=("1", "2|3")),
... ]))
## Results
<BLANKLINE>
- First
    - Nested
<BLANKLINE>
> Said so.
<BLANKLINE>
| a | b |
| --- | --- |
| 1 | 2\\|3 |
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby

from digest.text.markdown import Where, escape_text, plain


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
    """A table row's cells (a table's first row is its header)."""


MIN_HEADING = 2
"""The article's title is the page's only level-1 heading."""
MAX_HEADING = 6


def body(blocks: Sequence[Block]) -> str:
    """The Markdown of ``blocks``, one Markdown block after another, blank-line separated."""
    return "\n\n".join(text for text, _ in layout(blocks))


def layout(blocks: Sequence[Block]) -> list[tuple[str, tuple[int, ...]]]:
    """Each Markdown block of the body, with the indices of the ``blocks`` it holds.

    Consecutive items of one list, paragraphs of one quotation and rows of one table
    make one Markdown block; every other block is one of its own. (Markdown has no way
    to keep two lists apart with nothing between them: Python-Markdown reads them as one.)
    """
    out: list[tuple[str, tuple[int, ...]]] = []
    for (kind, _), run in groupby(enumerate(blocks), key=lambda ib: (ib[1].kind, _run_key(ib[1]))):
        members = [(i, b) for i, b in run if plain(b.text)]
        if not members:
            continue
        indices = tuple(i for i, _ in members)
        found = [b for _, b in members]
        if kind is Kind.ITEM:
            out.append(("\n".join(_list_lines(found)), indices))
        elif kind is Kind.QUOTE:
            out.append(("\n>\n".join(f"> {escape_text(b.text)}" for b in found), indices))
        elif kind is Kind.ROW and max(sum(1 for c in b.cells if plain(c)) for b in found) > 1:
            out.append(("\n".join(_table_lines(found)), indices))
        elif kind is Kind.HEADING:
            out += [(_heading(b), (i,)) for i, b in members]
        else:
            out += [(escape_text(b.text), (i,)) for i, b in members]
    return out


def _run_key(block: Block) -> int:
    """Blocks that may share a Markdown block: items of a list, paragraphs of a quotation, rows of a table."""
    return block.group if block.kind in (Kind.ITEM, Kind.QUOTE, Kind.ROW) else -1


def _heading(block: Block) -> str:
    level = min(max(block.level, MIN_HEADING), MAX_HEADING)
    return f"{'#' * level} {escape_text(block.text, Where.HEADING)}"


def _list_lines(items: Sequence[Block]) -> Iterator[str]:
    """Nested list lines: four spaces a level, never deeper than one below the item before, numbered per level."""
    numbers: list[int] = []
    for item in items:
        depth = min(item.level, len(numbers))
        del numbers[depth + 1 :]
        if len(numbers) == depth:
            numbers.append(0)
        numbers[depth] += 1
        marker = f"{numbers[depth]}." if item.ordered else "-"
        yield f"{'    ' * depth}{marker} {escape_text(item.text)}"


def _table_lines(rows: Sequence[Block]) -> Iterator[str]:
    """A pipe table; the first row is its header."""
    width = max(len(r.cells) for r in rows)
    for number, row in enumerate(rows):
        cells = [escape_text(c, Where.CELL) for c in row.cells] + [""] * (width - len(row.cells))
        yield "| " + " | ".join(cells) + " |"
        if number == 0:
            yield "|" + "|".join([" --- "] * width) + "|"
