"""Where a page credits its writers: byline elements and links to authors' pages.

Another story's byline (a related-stories box, a sidebar, a menu) is never the page's (`_ELSEWHERE`), nor is a
photo's credit or a comment's author.
"""

from __future__ import annotations

import re

import lxml.html

from digest.readers.htmltext import squash

_BYLINE_CLASS = re.compile("byline|attribution|author|publication", re.I)
_NOT_BYLINE_CLASS = re.compile(r"image|photo|caption|credit|bio|avatar|comment", re.I)
_ELSEWHERE = (
    "ancestor::aside or ancestor::nav or ancestor::*[re:test(@class, "
    "'(^|\\s)(related|recommend|more-|teaser|promo|sidebar|rail|widget|trending|popular)', 'i')]"
)
"""Where a byline is another story's: a related-stories box, a sidebar, a menu (a class that starts so)."""
_NS = {"re": "http://exslt.org/regular-expressions"}
MAX_BYLINE_CHARS = 160


def byline_texts(tree: lxml.html.HtmlElement, limit: int = 4) -> list[str]:
    """Short texts of the page's byline elements (class ``byline``, ``author``, ``attribution``...),
    never of image credits or captions, nor of other stories' (`_ELSEWHERE`): where a page credits a news agency."""
    found: list[str] = []
    for element in tree.xpath("//*[@class]"):  # the class tested here: an XPath translate() per element is slow
        if not _BYLINE_CLASS.search(element.get("class")):
            continue
        if element.tag not in {"div", "span", "p", "address", "a"} or _NOT_BYLINE_CLASS.search(element.get("class")):
            continue
        if element.xpath(_ELSEWHERE, namespaces=_NS):
            continue
        text = squash(element.text_content())
        if text and len(text) <= MAX_BYLINE_CHARS and text not in found:
            found.append(text)
            if len(found) >= limit:
                break
    return found


_AUTHOR_LINK = (
    "//a[@rel='author' or re:test(@href, "
    "'/(author|authors|staff|people|profile|profiles|writer|writers|contributor|contributors|journalist|"
    "journalists|reporter|reporters)/[^/?#]+/?$', 'i')]"
)
MAX_AUTHOR_LINKS = 6


def author_links(tree: lxml.html.HtmlElement) -> list[str]:
    """The texts of the page's links to its writers' pages (``rel="author"``, ``/author/jane-roe/``, ``/staff/...``)
    in a byline ("By <a>Jane Roe</a>, <a>John Doe</a>"), in order: where a page names its writers when its metadata
    does not."""
    found: list[str] = []
    for link in tree.xpath(_AUTHOR_LINK, namespaces=_NS):
        if link.xpath(_ELSEWHERE, namespaces=_NS) or link.xpath("ancestor::footer"):
            continue
        line = link.getparent()
        if line is None or not _BY.match(squash(line.text_content())):
            continue  # a link to a writer's page outside a byline ("By <a>Ann Roe</a>"): a list, a bio, a menu
        text = squash(link.text_content())
        if text and len(text) <= MAX_BYLINE_CHARS and text not in found:
            found.append(text)
            if len(found) >= MAX_AUTHOR_LINKS:
                break
    return found


_BY = re.compile(r"^(?:by|story by|words by|written by)\s", re.IGNORECASE)
