"""A box that sums an article up above its first paragraph: a heading such as "Key points" or "At a glance"
(the ``box`` cues of ``site_config/boilerplate.yml``) over a list of short statements: list items, or (two or
more) short one-sentence paragraphs under short subheadings ("What's next?"), up to the first longer paragraph.

The list stays in the body (it is the publication's own text), but it is no lead: the summary, tags and topics
read the article from its first paragraph (`digest.chain.pipeline`).
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.cues import first_cue
from digest.config import Boilerplate
from digest.readers.document import fold, straighten
from digest.text.blocks import Block, Kind
from digest.text.sentences import split

MAX_STATEMENT_WORDS = 15
"""A box's statement as a paragraph is one short sentence; the article's lead is longer."""
MAX_SUBHEADING_WORDS = 6
MIN_STATEMENTS = 2
"""Short paragraphs under a box heading are its statements only when there are several: one is the lead."""


def _statement(block: Block) -> bool:
    words = block.text.split()
    return block.kind is Kind.PARAGRAPH and len(words) <= MAX_STATEMENT_WORDS and len(split(block.text)) == 1


def _box(blocks: Sequence[Block], start: int) -> list[int]:
    """The statements from ``start`` on: list items, or short paragraphs and short subheadings, when a longer
    paragraph follows them (the box ends where the article starts)."""
    j = start
    while j < len(blocks) and blocks[j].kind is Kind.ITEM:
        j += 1
    if j > start:
        return list(range(start, j))
    while j < len(blocks) and (
        _statement(blocks[j])
        or (blocks[j].kind is Kind.HEADING and len(blocks[j].text.split()) <= MAX_SUBHEADING_WORDS and j > start)
    ):
        j += 1
    found = [k for k in range(start, j) if blocks[k].kind is not Kind.HEADING]
    ends = j < len(blocks) and blocks[j].kind is Kind.PARAGRAPH and len(found) >= MIN_STATEMENTS
    return found if ends else []


def summary_box(
    blocks: Sequence[Block], rules: Boilerplate, removed: frozenset[int] = frozenset(), standfirst: str | None = None
) -> frozenset[int]:
    """The indices of the statements under a box heading that comes before the article's first paragraph; a
    paragraph the cleaning ``removed`` (a kicker) or the page's ``standfirst`` printed above the box is none."""
    cues = tuple(c for c in rules.cues if c.category == "box")
    standfirst = fold(standfirst) if standfirst else None
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if cues and first_cue(straighten(block.text), cues, edge=True) is not None:
            found.update(_box(blocks, i + 1))
            if found:
                break
        elif block.kind is Kind.PARAGRAPH and i not in removed and not (standfirst and fold(block.text) == standfirst):
            break
    return frozenset(found)
