"""trafilatura's output tree as blocks: paragraphs, headings, list items, quotations and table rows.

trafilatura marks the article's structure with its own elements (``head`` with
``rend="h2"``, ``list``/``item``, ``quote``, ``table``/``row``/``cell``, ``lb``);
a fallback extractor may return HTML instead, so the HTML names are read too.
Every block's text is plain text with collapsed whitespace, as in
`digest.readers.htmltext`; no markup passes through.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from digest.readers.htmltext import TREE_BLOCKS, TREE_DROP, collect_text, flush_text, squash
from digest.text.blocks import Block, Kind

_LIST_TAGS = frozenset({"list", "ul", "ol", "dl"})
_ITEM_TAGS = frozenset({"item", "li", "dt", "dd"})
_HEADING_TAGS = frozenset({"head", "h1", "h2", "h3", "h4", "h5", "h6"})
_QUOTE_TAGS = frozenset({"quote", "blockquote"})
_ROW_TAGS = frozenset({"row", "tr"})
_CELL_TAGS = frozenset({"cell", "td", "th"})
_BREAK_TAGS = frozenset({"lb", "br", "hr"})
_BLOCK_TAGS = _LIST_TAGS | _HEADING_TAGS | _QUOTE_TAGS | _ROW_TAGS | _CELL_TAGS | _ITEM_TAGS | {"p", "table", "code"}
_CONTAINER_TAGS = frozenset(
    {"div", "section", "article", "header", "footer", "figure", "main", "body", "tbody", "thead"}
)


def tag_of(element: etree._Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].lower()


class _Blocks:
    """Blocks of trafilatura's output tree (or of the HTML a fallback extractor returns)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.groups = 0

    def group(self) -> int:
        self.groups += 1
        return self.groups

    def add(self, text: str, kind: Kind = Kind.PARAGRAPH, **structure: Any) -> None:
        text = squash(text)
        if text:
            self.blocks.append(Block(text, kind, **structure))

    def container(self, element: etree._Element) -> None:
        """A container's blocks; loose text between them is a paragraph, a line break ends one."""
        run: list[str] = [element.text or ""]
        for child in element:
            tag = tag_of(child)
            if tag in _BLOCK_TAGS or tag in _CONTAINER_TAGS or tag in _BREAK_TAGS:
                self.add("".join(run))
                run = []
                self.block(child, tag)
            elif tag and tag not in TREE_DROP:
                run.append(inline_text(child))
            run.append(child.tail or "")
        self.add("".join(run))

    def block(self, element: etree._Element, tag: str) -> None:
        if tag in _HEADING_TAGS:
            rend = element.get("rend") or tag
            level = int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 3
            self.add(inline_text(element), Kind.HEADING, level=level)
        elif tag in _LIST_TAGS:
            self.list(element, 0, self.group())
        elif tag in _QUOTE_TAGS:
            group = self.group()
            for line in _lines(element):
                self.add(line, Kind.QUOTE, group=group)
        elif tag == "table":
            self.table(element)
        elif tag in _ROW_TAGS:  # a row outside a table
            self.add(inline_text(element))
        elif tag in ("p", "code") or tag in _CELL_TAGS or tag in _ITEM_TAGS:
            for line in _lines(element):
                self.add(line)
        elif tag in _CONTAINER_TAGS:
            self.container(element)

    def list(self, element: etree._Element, depth: int, group: int) -> None:
        """A list's items, nested lists one level deeper; definition lists become paragraphs."""
        ordered = (element.get("rend") or tag_of(element)) == "ol"
        definitions = (element.get("rend") or tag_of(element)) == "dl"
        for item in element:
            if tag_of(item) not in _ITEM_TAGS:
                self.add(inline_text(item))
                continue
            nested = [child for child in item if tag_of(child) in _LIST_TAGS]
            own = _without(item, nested)
            if definitions or tag_of(item) in ("dt", "dd"):
                self.add(own)
            else:
                self.add(own, Kind.ITEM, level=depth, ordered=ordered, group=group)
            for child in nested:
                self.list(child, depth + 1, group)

    def table(self, element: etree._Element) -> None:
        """A table's rows (cells of nested tables flattened into their cell)."""
        group = self.group()
        for row in element.iter():
            if tag_of(row) not in _ROW_TAGS or _enclosing_table(row) is not element:
                continue
            cells = [child for child in row if tag_of(child) in _CELL_TAGS]
            texts = tuple(squash(inline_text(c)) for c in cells)
            self.add(" ".join(t for t in texts if t), Kind.ROW, group=group, cells=texts)


def _enclosing_table(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and tag_of(parent) != "table":
        parent = parent.getparent()
    return parent


def inline_text(element: etree._Element) -> str:
    """All the text inside ``element`` (tail excluded), leaving out dropped elements; breaks as spaces."""
    return " ".join(_lines(element))


def _lines(element: etree._Element) -> list[str]:
    """The text inside ``element`` cut at its line breaks and block children, squashed."""
    out: list[str] = []
    current: list[str] = [element.text or ""]
    for child in element:
        collect_text(child, current, out, TREE_BLOCKS | {"lb", "br"}, TREE_DROP)
    flush_text(current, out)
    return out


def _without(item: etree._Element, nested: list[etree._Element]) -> str:
    """The text of a list item without its nested lists."""
    parts: list[str] = [item.text or ""]
    for child in item:
        tag = tag_of(child)
        if child not in nested and tag not in TREE_DROP:
            apart = tag in _BLOCK_TAGS or tag in _BREAK_TAGS or tag in _CONTAINER_TAGS  # a paragraph, not a word
            parts.append(f" {inline_text(child)} " if apart else inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def has_layout_table(body: etree._Element) -> bool:
    """Whether a table of trafilatura's output lays out the page: a cell holds paragraphs or headings.

    Such a table is the page's columns (navigation beside the story), not data: the
    page is better read as if it had no tables.
    """
    return any(
        tag_of(block) in _LAYOUT_BLOCKS
        for cell in body.iter()
        if tag_of(cell) in _CELL_TAGS
        for block in cell.iterdescendants()
    )


_LAYOUT_BLOCKS = frozenset({"p", "head", "list", "quote", "table"}) | _HEADING_TAGS | {"ul", "ol", "blockquote"}


MIN_CONTINUATION_WORDS = 15
"""A paragraph of this many words is prose; a container continues the article when it holds two."""


def continuation(page: etree._Element, blocks: list[Block]) -> list[Block]:
    """The rest of an article the page splits into several containers alike (between ad slots, say).

    When the last extracted paragraph ends a container (the nearest element with a class)
    and the same ``<article>`` holds later containers of the same tag and class,
    their paragraphs follow, from each container that holds prose: two paragraphs of
    `MIN_CONTINUATION_WORDS` or more. Paragraphs already extracted are not repeated.
    """
    last = next((b.text for b in reversed(blocks) if b.kind is Kind.PARAGRAPH), None)
    hit = next((p for p in page.iter("p") if inline_text(p).endswith(last)), None) if last else None
    container = next((a for a in hit.iterancestors() if a.get("class")), None) if hit is not None else None
    article = next(hit.iterancestors("article"), None) if hit is not None else None
    if container is None or article is None or [p for p in container.iter("p") if inline_text(p)][-1] is not hit:
        return []  # no container, no <article>, or the extractor stopped before the container's end
    alike = [e for e in article.iter(container.tag) if e.get("class") == container.get("class")]
    if container not in alike:  # the container holds the whole <article>
        return []
    seen = {b.text for b in blocks}
    found: list[Block] = []
    for element in alike[alike.index(container) + 1 :]:
        texts = [t for t in (inline_text(p) for p in element.iter("p")) if t and t not in seen]
        if sum(1 for t in texts if len(t.split()) >= MIN_CONTINUATION_WORDS) >= 2:
            found += [Block(t) for t in dict.fromkeys(texts)]
            seen.update(texts)
    return found


INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "cite", "em", "i", "mark", "q", "small", "span", "strong", "sub", "sup", "u"}
)
_FIRST_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")


def opening(page: etree._Element, blocks: list[Block]) -> list[Block]:
    """The article's opening prose when the extractor began after it: text written straight into the container
    of the first extracted block (no ``<p>`` of its own) just before that block.

    Each run of such text (between elements that are not inline) that reads as prose, `MIN_CONTINUATION_WORDS`
    or more ending a sentence, is kept, back from the first block to the first run that is not prose.
    """
    first = blocks[0].text if blocks else None
    hit = next((e for e in page.iter(*_FIRST_TAGS) if inline_text(e) == first), None) if first else None
    parent = hit.getparent() if hit is not None else None
    if hit is None or parent is None:
        return []
    runs: list[list[str]] = [[parent.text or ""]]
    for child in parent:
        if child is hit:
            break
        if tag_of(child) in INLINE_TAGS:
            runs[-1] += [inline_text(child), child.tail or ""]
        else:
            runs.append([child.tail or ""])
    seen = {b.text for b in blocks}
    found: list[Block] = []
    for text in reversed([squash("".join(run)) for run in runs]):
        if not text:
            continue
        if len(text.split()) < MIN_CONTINUATION_WORDS or not text.endswith(SENTENCE_END) or text in seen:
            break
        found.insert(0, Block(text))
    return found


def element_blocks(body: etree._Element) -> list[Block]:
    """The blocks of trafilatura's output tree: paragraphs, headings, list items, quotes and table rows."""
    found = _Blocks()
    if tag_of(body) in _CONTAINER_TAGS:
        found.container(body)
    else:  # a fallback's lone element (a link, a span) is not a container of article text
        for child in body:
            found.container(child) if tag_of(child) in _CONTAINER_TAGS else found.block(child, tag_of(child))
    return found.blocks
