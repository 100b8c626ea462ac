"""What a page's markup says about the kind of article it holds, where its metadata says nothing.

A live blog prints its entries as blocks that each open with their own ``<time>`` (`timed_entries`): the extractor
keeps the entries' text and drops the times, so the text alone no longer shows the stamps. A gallery numbers its
pictures' captions over their count ("1/6 The nebula ...", `numbered_pictures`): the extractor drops the captions.
"""

from __future__ import annotations

import re

import lxml.html

from digest.readers.credits import ELSEWHERE, NS

MIN_ENTRIES = 2
"""Sibling blocks opening with a time that make a live blog's entries."""
_TEXT_TAGS = frozenset({"p", "blockquote", "ul", "ol"})
_NOT_ENTRY = f"{ELSEWHERE} or ancestor-or-self::*[re:test(concat(@class, ' ', @id), 'comment|repl(y|ies)', 'i')]"
"""Where a block opening with a time is no live entry: another story's box, a comment or a reply to one."""


def timed_entries(tree: lxml.html.HtmlElement) -> bool:
    """Whether the page holds a live blog's entries: two sibling blocks or more that each open with a ``<time>``
    element and hold a paragraph of their own, outside related-stories boxes, menus and comments (a list of dated
    links holds no paragraph).

    >>> page = "<div><div><time>9:05</time><p>Roads shut.</p></div><div><time>9:01</time><p>Snow.</p></div></div>"
    >>> timed_entries(lxml.html.fromstring(page))
    True
    >>> timed_entries(lxml.html.fromstring("<ul><li><time>9:05</time><a>Roads</a></li><li><time>9:01</time></li></ul>"))
    False
    """
    parents: dict[lxml.html.HtmlElement, int] = {}
    for time in tree.iter("time"):
        block = time.getparent()
        if block is None or block.index(time) != 0 or (block.text or "").strip():
            continue  # the time opens no block: a date inside a line of text
        if not any(child.tag in _TEXT_TAGS for child in block) or block.xpath(_NOT_ENTRY, namespaces=NS):
            continue
        parent = block.getparent()
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + 1
    return max(parents.values(), default=0) >= MIN_ENTRIES


_NUMBERED = re.compile(r"^\(?(?:(?:photo|image|picture|slide)s? )?(\d{1,3}) ?(?:/| of ) ?(\d{1,3})\)?\b", re.IGNORECASE)
"""A caption numbered over the pictures' count: "1/6 The nebula ...", "Photo 2 of 12: ..."."""


def numbered_pictures(tree: lxml.html.HtmlElement) -> int:
    """How many pictures the page's captions number over their count ("1/6 The nebula ...", "2/6 ..."): a gallery's.

    >>> page = "<div>" + "".join(f"<figure><figcaption>{k}/3 Snow.</figcaption></figure>" for k in (1, 2, 3)) + "</div>"
    >>> numbered_pictures(lxml.html.fromstring(page)), numbered_pictures(lxml.html.fromstring("<p>1/3 Snow.</p>"))
    (3, 0)
    """
    counts = [m for c in tree.iter("figcaption") if (m := _NUMBERED.match(" ".join(c.text_content().split())))]
    return len({int(m.group(1)) for m in counts if 0 < int(m.group(1)) <= int(m.group(2))})


_CREDIT_CLASS = f"re:test(concat(@class, ' ', @id), 'credit', 'i') and not({ELSEWHERE})"
MAX_CREDIT_WORDS = 12
MAX_PICTURE_CREDITS = 20


def picture_credits(tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The short texts the page prints as its pictures' credits (an element whose class says "credit": "Al Goldis,
    Associated Press"), outside related-stories boxes and menus: who took or supplied the pictures, which names the
    agency of a story credited to "wire services" only.

    >>> picture_credits(lxml.html.fromstring("<div><div class='image-credit'> Jo Roe, Associated Press </div></div>"))
    ('Jo Roe, Associated Press',)
    """
    found: dict[str, None] = {}
    for element in tree.xpath(f"//*[{_CREDIT_CLASS}]", namespaces=NS):
        text = " ".join(element.text_content().split())
        if text and len(text.split()) <= MAX_CREDIT_WORDS:
            found.setdefault(text)
    return tuple(found)[:MAX_PICTURE_CREDITS]
