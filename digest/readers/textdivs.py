"""Prose a page prints as bare text in a ``<div>`` among the article's paragraphs (`as_paragraphs`): a lead in a
``<div class="article-intro">`` above the first ``<p>``. The extractor reads paragraphs, not a division's bare
text, and would lose it; such a division becomes a paragraph before the extraction.

Only a division of bare text (no element inside it), a sentence or more of prose, beside paragraphs of the same
parent: a label, a button or an advertisement's slot holds no prose, and a division holding elements is the
extractor's to read.
"""

from __future__ import annotations

import re

import lxml.html

MIN_WORDS = 15
"""A division's text of fewer words is a label or a line of furniture, not a paragraph."""
MIN_PARAGRAPHS = 2
"""The paragraphs beside it: the article's body, not a header's or a box's single line."""
_FURNITURE = "ancestor::header|ancestor::footer|ancestor::aside|ancestor::nav|ancestor::figure|ancestor::blockquote"
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*$")


def as_paragraphs(tree: lxml.html.HtmlElement) -> None:
    """Turn each division of bare prose that sits beside paragraphs into a paragraph (in place)."""
    for division in list(tree.iter("div")):
        parent = division.getparent()
        text = (division.text or "").strip()
        if parent is None or len(division) or len(text.split()) < MIN_WORDS or not _ENDS_SENTENCE.search(text):
            continue
        if division.xpath(_FURNITURE):
            continue
        after = division.getnext()
        paragraphs = sum(sibling.tag == "p" for sibling in parent)
        if after is not None and after.tag == "p" and paragraphs >= MIN_PARAGRAPHS:
            division.tag = "p"
