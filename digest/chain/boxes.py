"""A box that sums an article up above its first paragraph: a heading such as "Key points" or "At a glance"
(the ``box`` cues of ``site_config/boilerplate.yml``) over a list of short statements.

The list stays in the body (it is the publication's own text), but it is no lead: the summary, tags and topics
read the article from its first paragraph (`digest.chain.pipeline`).
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.cues import first_cue
from digest.config import Boilerplate
from digest.readers.document import straighten
from digest.text.blocks import Block, Kind


def summary_box(blocks: Sequence[Block], rules: Boilerplate) -> frozenset[int]:
    """The indices of the list items under a box heading that comes before the article's first paragraph."""
    cues = tuple(c for c in rules.cues if c.category == "box")
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if cues and first_cue(straighten(block.text), cues, edge=True) is not None:
            j = i + 1
            while j < len(blocks) and blocks[j].kind is Kind.ITEM:
                found.add(j)
                j += 1
        elif block.kind is Kind.PARAGRAPH:
            break
    return frozenset(found)
