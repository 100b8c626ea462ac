"""A long listing page as groups of Markdown blocks, so an edit renders one group, not the page.

A topic page at 10,000 articles is a thousand article blocks; adding one article
changes one block (and the count at the top). `split` cuts a page's Markdown
before each heading, where a block can end, and `groups` joins the blocks into
groups whose edges depend on the blocks themselves (a block ends a group when
its digest says so, about one in `AVERAGE`), so inserting a block changes only
the group it lands in. Each group is rendered and cached on its own; the
rendered groups, joined, are the page as one rendering of the whole would be,
with one exception: a heading's anchor is made unique within the page
(``slug``, ``slug_1``...), and a group rendered alone does not know the anchors
of the groups before it. A group that makes an anchor an earlier group has is
rendered again with those anchors taken (`reserving`: a line per anchor before
it, cut from the result by `digest.site.pagecache.unreserve`), as the whole page
would have; `digest.site.pagecache.merge` refuses any clash left (the page is
then rendered whole).

>>> split("# A\\n\\nintro\\n\\n## B\\n\\ntext\\n\\n## C")
['# A\\n\\nintro', '## B\\n\\ntext', '## C']
>>> split("# A\\n\\n```\\n# not a heading\\n```") is None
True
"""

from __future__ import annotations

import hashlib
import re

AVERAGE = 32
"""Blocks in a group, on average."""
MINIMUM_BLOCKS = 2 * AVERAGE
"""A page with fewer blocks is rendered whole."""
_HEADING = re.compile(r"\n\n(?=#)")
_UNSAFE = re.compile(r"^ {0,3}(?:```|~~~|<)", re.MULTILINE)
"""Fenced code and raw HTML can hold a blank line and a ``#`` line that are not a block edge."""


def split(markdown: str) -> list[str] | None:
    """``markdown`` cut before every ATX heading that follows a blank line; ``None`` when that is unsafe.

    Cutting there never splits a paragraph, list or heading. Pages with fenced
    code or raw HTML are not cut (a ``#`` line inside them is no heading).
    """
    if _UNSAFE.search(markdown):
        return None
    return _HEADING.split(markdown)


def groups(blocks: list[str]) -> list[str]:
    """``blocks`` joined into groups: the first block alone, then edges chosen by each block's digest."""
    if not blocks:
        return []
    found = [blocks[0]]
    current: list[str] = []
    for block in blocks[1:]:
        current.append(block)
        if hashlib.blake2b(block.encode("utf-8", "surrogatepass"), digest_size=4).digest()[0] % AVERAGE == 0:
            found.append("\n\n".join(current))
            current = []
    if current:
        found.append("\n\n".join(current))
    return found


def page_groups(markdown: str) -> list[str] | None:
    """The groups to render ``markdown`` in, or ``None`` when it is rendered whole (short or unsafe)."""
    blocks = split(markdown)
    if blocks is None or len(blocks) < MINIMUM_BLOCKS:
        return None
    return groups(blocks)


RESERVED = "digest-reserved-anchor"
"""The text of the lines that take an anchor before a group (`reserving`)."""
_SUFFIX = re.compile(r"^(.*)_[0-9]+$")
_PLAIN = re.compile(r"[\w.:-]+")


def _base(anchor: str) -> str:
    found = _SUFFIX.match(anchor)
    return found.group(1) if found else anchor


def to_reserve(used: set[str], clash: set[str]) -> list[str] | None:
    """The anchors of earlier groups that decide the anchors ``clash`` get: the same name, or it with ``_<n>``.

    ``None`` when one of them cannot be written as an attribute list (the page is rendered whole).

    >>> to_reserve({"vote", "vote_1", "voter", "x"}, {"vote"})
    ['vote', 'vote_1']
    """
    bases = {_base(anchor) for anchor in clash}
    found = sorted(u for u in used if _base(u) in bases or u in bases)
    return found if all(_PLAIN.fullmatch(anchor) for anchor in found) else None


def reserving(markdown: str, anchors: list[str]) -> str:
    """``markdown`` after one paragraph per anchor, each with that anchor (so no heading gets it)."""
    return "".join(f"{RESERVED}\n{{: #{anchor} }}\n\n" for anchor in anchors) + markdown


def reserved_html(anchors: list[str]) -> str:
    """What the paragraphs `reserving` adds render to, to be cut from the start of the group's HTML."""
    return "".join(f'<p id="{anchor}">{RESERVED}</p>\n' for anchor in anchors)
