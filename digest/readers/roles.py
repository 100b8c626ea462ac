"""Who a page credits with another job than writing its story: a photographer or an editor (`other_roles`), a
broadcast's host (`hosts`), whom metadata may declare an author beside the writer (`writers_only`)."""

from __future__ import annotations

import re

import lxml.html

from digest.readers.credits import ELSEWHERE, MAX_BYLINE_CHARS, NS
from digest.readers.htmltext import squash

_OTHER_ROLE = re.compile(
    r"(?<![\w&])(?P<both>(?:story|words|text|reporting|written)\s+(?:and|&)\s+)?"
    r"(?P<role>(?i:edited|editing|photographs?|photos?|pictures?|photography|images?|graphics?|illustrations?|video"
    r"|produced|design(?:ed)?))\s+by\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
)
"""A credit for another job than writing: "Photographs by Ann Roe", "Edited by Tom Vale" (not "Words and pictures by
Ann Roe": the writer's; nor the pictures' credit that opens a credit line, a gallery's: `namecuts.credits`)."""
_PICTURES = re.compile(r"photo|picture|image", re.I)


def other_roles(tree: lxml.html.HtmlElement) -> set[str]:
    """The names (casefolded) the page's short texts credit with another job than writing: a photographer, an editor,
    a producer, whom the metadata may declare an author beside the writer."""
    found: set[str] = set()
    for element in tree.iter("p", "div", "span", "small", "figcaption", "li", "em"):
        text = squash(element.text_content())
        if len(text) > MAX_BYLINE_CHARS or " by " not in text.casefold():
            continue
        for match in _OTHER_ROLE.finditer(text):
            if not match.group("both") and not (match.start() == 0 and _PICTURES.match(match.group("role"))):
                found.add(match.group("name").casefold())
    return found


_HOSTED = re.compile(r"(?<![\w&])(?i:hosted|presented)\s+by\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})")
"""A broadcast's presenter credited ("Hosted by Ann Roe", "Presented by Tom Vale"): they speak, they did not write."""


def hosts(tree: lxml.html.HtmlElement) -> set[str]:
    """The names (casefolded) the page's short texts credit as a broadcast's host or presenter: never its authors,
    even alone (a transcript has none)."""
    found: set[str] = set()
    for element in tree.iter("p", "div", "span", "small", "li", "em"):
        text = squash(element.text_content())
        if len(text) > MAX_BYLINE_CHARS or not (matches := list(_HOSTED.finditer(text))):
            continue
        if element.xpath(ELSEWHERE, namespaces=NS) or element.xpath("ancestor::footer"):
            continue  # a sidebar's podcast ("Listen: The Harbour Hour, hosted by Ann Roe") hosts no broadcast here
        found.update(match.group("name").casefold() for match in matches)
    return found


def writers_only(names: tuple[str, ...], roles: set[str]) -> tuple[str, ...]:
    """The authors but those the page credits with another job (`other_roles`), unless none would be left.

    >>> writers_only(("Ann Roe", "Tom Vale"), {"tom vale"}), writers_only(("Tom Vale",), {"tom vale"})
    (('Ann Roe',), ('Tom Vale',))
    """
    kept = tuple(n for n in names if n.casefold() not in roles)
    return kept or names
