"""Works' titles a page marks: the Title Case phrases it sets in italics or in ``<cite>`` ("<em>The Captain and
Me</em>"), which the text keeps no trace of once the page is read as paragraphs. The tagger reads each whole
(`digest.chain.worktitles`) instead of the names on either side of its small words.

A phrase counts only when it holds a small word between capitalised words, the case where a title and two names
written side by side look alike ("The Boy and the Heron", "Ghost of Yōtei"), or opens with an article, which the start
of a sentence would cut ("The River Houses"); emphasis on one name, a word or a whole sentence says nothing here.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

_MARKS = ("em", "i", "cite")
_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "with", "from", "is"})
_WORD = re.compile(r"^[\w'’&.:!?-]+$")
MAX_WORDS = 10


def marked_titles(tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The Title Case phrases with small words the page sets in italics or ``<cite>``, in page order, once each."""
    found: dict[str, None] = {}
    for element in tree.iter(*_MARKS):
        words = element.text_content().split()
        if _is_title(words):
            found.setdefault(" ".join(words).rstrip(".:!?"), None)
    return tuple(found)


def _is_title(words: list[str]) -> bool:
    if not 2 <= len(words) <= MAX_WORDS or not all(_WORD.match(w) for w in words):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    small = [w for w in words if not w[:1].isupper()]
    if words[0] in _ARTICLES and not small:
        return True  # "The River Houses": an article opens it, which a sentence's start would cut
    return len(words) > 2 and bool(small) and all(w in _SMALL for w in small)


_ARTICLES = frozenset({"The", "A", "An"})


def marked_in_markup(markups: list[str]) -> tuple[str, ...]:
    """`marked_titles` of HTML fragments (a feed entry's content)."""
    found: dict[str, None] = {}
    for markup in markups:
        if "<" not in markup:
            continue
        try:
            tree = lxml.html.fragment_fromstring(markup, create_parent="div")
        except (ValueError, lxml.etree.ParserError):
            continue
        found.update(dict.fromkeys(marked_titles(tree)))
    return tuple(found)
