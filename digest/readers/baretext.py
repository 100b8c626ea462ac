"""An article body written straight into its container, its paragraphs parted by ``<br><br>`` (no ``<p>``).

The extractor reads such text badly: it may lose the run before the first break (the text right after the
article's ``<header>``) or glue the byline's element before it ("By Ann RoeThe county is ..."). `bare_text` puts
each run of the container's own text back as its paragraph. A page whose whole text the extractor returned as
one paragraph is read in the blocks of its ``<article>`` (`whole_page_glued`).
"""

from __future__ import annotations

import copy
import dataclasses

from lxml import etree

from digest.readers.document import fold
from digest.readers.htmlblocks import INLINE_TAGS, SENTENCE_END, element_blocks, inline_text, tag_of
from digest.readers.htmltext import squash
from digest.text.blocks import Block

MIN_RUN_WORDS = 6
MIN_LONG_RUN_WORDS = 15
MAX_GLUED_WORDS = 15
"""A prefix glued before a run this long or shorter is a byline or a label, no text."""
_CONTAINERS = ("article", "main", "section", "div")
MAX_KICKER_WORDS = 3
"""A section's label printed above a headline ("Photos", "Local news")."""


def _runs(element: etree._Element) -> list[str]:
    """The element's own text cut at its children that are not inline (a ``<br>``, a ``<header>``), squashed."""
    runs: list[list[str]] = [[element.text or ""]]
    for child in element:
        if isinstance(child.tag, str) and tag_of(child) in INLINE_TAGS:
            runs[-1] += [inline_text(child), child.tail or ""]
        else:
            runs.append([child.tail or ""])
    return [text for run in runs if (text := squash("".join(run)))]


def _prose(runs: list[str]) -> list[str]:
    return [r for r in runs if len(r.split()) >= MIN_RUN_WORDS and r.endswith(SENTENCE_END)]


def _container(page: etree._Element) -> list[str]:
    """The prose runs of the first container whose own text holds two runs of prose or more, one of them long."""
    for element in page.iter(*_CONTAINERS):
        runs = _prose(_runs(element))
        if len(runs) >= 2 and any(len(r.split()) >= MIN_LONG_RUN_WORDS for r in runs):
            return runs
    return []


def bare_text(page: etree._Element, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the runs of a body written straight into its container put back: a block that is a run
    with a short prefix glued before it (a byline) becomes the run, and the runs before the first the blocks
    hold, which the extractor lost, come before it.

    >>> page = etree.fromstring("<article><header><h1>Hi</h1></header>The first run of the story is here now."
    ...     "<br/><br/>The second run follows it, long enough to be prose for sure, and then it ends.</article>")
    >>> [b.text[:20] for b in bare_text(page, [Block("By Ann RoeThe second run follows it, long enough to be prose "
    ...     "for sure, and then it ends.")])]
    ['The first run of the', 'The second run follo']
    """
    runs = _container(page)
    if not runs:
        return blocks
    fixed: list[Block] = []
    for block in blocks:
        glued = next((r for r in runs if block.text != r and block.text.endswith(r)), None)
        prefix = block.text[: -len(glued)] if glued else ""
        byline = len(prefix.split()) <= MAX_GLUED_WORDS and not prefix.rstrip().endswith(SENTENCE_END)
        fixed.append(dataclasses.replace(block, text=glued) if glued and byline else block)  # a sentence stays
    texts = [b.text for b in fixed]
    first = next((k for k, b in enumerate(fixed) if b.text in runs), None)
    if first is None:
        return fixed
    lost = [Block(r) for r in runs[: runs.index(fixed[first].text)] if r not in texts]
    return fixed[:first] + lost + fixed[first:]


_CONTROLS = "descendant::button | descendant::*[re:test(@class, '(^|[\\s_-])(share|social)([\\s_-]|$)', 'i')]"
"""A page's controls: its buttons and its share bars ("share-bar", "social-share")."""
_PICTURE_CREDITS = "descendant::figcaption//*[re:test(@class, 'credit|copyright', 'i')]"
"""A picture's credit inside its caption ("<span class='credit'>Ann Roe / The Echo</span>"): no part of the caption."""
_NS = {"re": "http://exslt.org/regular-expressions"}


def whole_page_glued(page: etree._Element, blocks: list[Block], title: str) -> list[Block]:
    """The blocks of the headline's ``<article>`` when the extractor fell back to the page's whole text as one
    paragraph that opens with the headline, perhaps after its section's kicker (a gallery's or a list's short
    captions): its figures, list items and paragraphs apart, the page's own structure. Else ``blocks``."""
    at = fold(blocks[0].text).find(fold(title)) if len(blocks) == 1 and title else -1
    if at < 0 or len(fold(blocks[0].text)[:at].split()) > MAX_KICKER_WORDS:
        return blocks
    headline = next((h for h in page.iter("h1") if fold(inline_text(h)) == fold(title)), None)
    article = next(headline.iterancestors("article"), None) if headline is not None else None
    if article is None:
        return blocks
    article = copy.deepcopy(article)
    for element in article.xpath(f"{_CONTROLS} | {_PICTURE_CREDITS}", namespaces=_NS):
        element.drop_tree()  # its share bar and buttons, its pictures' credits: no text of its own
    found = element_blocks(article)
    return found if len(found) > 2 else blocks
