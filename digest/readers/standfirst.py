"""The standfirst printed above an article, which its lead follows (`standfirst`): a description the page declares
and prints, or the text of an element whose class names a standfirst."""

from __future__ import annotations

import re

import lxml.html

from digest.readers.document import fold
from digest.readers.htmltext import squash

_SUBHEADS = ("h2", "h3", "h4", "h5", "h6")
_STANDFIRST_CLASS = re.compile(
    r"(^|[\s_-])(standfirst|dek|deck|strapline|subtitle|subhead|sub-headline)([\s_-]|$)", re.I
)
"""Elements whose class says they print the standfirst ("article-dek", "standfirst", "c-subtitle")."""
MIN_STANDFIRST_WORDS = 6


def standfirst(tree: lxml.html.HtmlElement, meta: dict[str, list[str]]) -> str | None:
    """The standfirst printed above the article, which the lead follows: the description the page declares
    (``description``, og:description, twitter:description) when a heading below the headline prints it, an element
    whose class names a standfirst (`_STANDFIRST_CLASS`) prints it, or two paragraphs print it; else the text of the
    first element whose class names a standfirst, a sentence of `MIN_STANDFIRST_WORDS` or more."""
    marked = [squash(e.text_content()) for e in tree.xpath("//*[@class]") if _STANDFIRST_CLASS.search(e.get("class"))]
    keys = ("description", "og:description", "twitter:description")
    declared = next((text for key in keys for value in meta.get(key, ()) if (text := squash(value))), None)
    if declared:
        key_text = fold(declared)
        heads = [squash(h.text_content()) for h in tree.iter(*_SUBHEADS)] + marked
        near = (p.text_content() for p in tree.iter("p"))  # a paragraph far longer or shorter prints something else
        printed = sum(fold(squash(t)) == key_text for t in near if abs(len(t) - len(declared)) <= len(declared))
        if printed >= 2 or any(fold(h) == key_text for h in heads):
            return declared
    return next((m for m in marked if len(m.split()) >= MIN_STANDFIRST_WORDS), None)
