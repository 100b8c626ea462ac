"""The site whose banner a page wears, when the banner's logo links home to another site than the page's.

A news agency's page carried for a newspaper (hosted.ap.org/<paper>/…) shows the paper's logo first, linked to
the paper's home: that paper is the story's ``via`` (`digest.chain.sources.identify`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from digest.readers.htmltext import absolute_url
from digest.readers.masthead import looks_like_name, matches, registered_label

_BANNER = "//header | //*[@role='banner']"
_SEPARATORS = " |-–—:•·»«›‹/"
"""What a menu writes between its links, inside a link's text ("| Fox News"): no part of the name."""
MAX_BANNERS = 3


def banner_site(tree: Any, url: str | None) -> str | None:
    """The site whose banner the page wears, when the banner's first home link leads to another site than the page's.

    A news agency's page carried for a newspaper (hosted.ap.org/<paper>/…) shows the paper's logo
    first, linked to the paper's home: the logo's text (``alt``, ``title``, or the link's words)
    names the carrier when it spells that home's domain (`matches`). A banner whose first home link
    is the page's own site wears its own logo; a text link to a sister site is no logo.
    """
    label = registered_label(url)
    if not label:
        return None
    for banner in tree.xpath(_BANNER)[:MAX_BANNERS]:
        first = None
        for link in banner.iter("a"):
            href = absolute_url(link.get("href"), url)  # a relative link ("/") is the page's own site
            parts = urlsplit(href) if href else None
            if parts is None or parts.path.strip("/") or parts.query:
                continue
            home = registered_label(href)
            first = first or home
            if first == label or home != first:
                break
            logos = list(link.iter("img"))
            if not logos:  # a text link to a sister site ("Page Six" in a section menu): no logo worn
                continue
            said = [img.get(k) or "" for img in logos for k in ("alt", "title")] + [link.text_content()]
            for name in (" ".join(s.split()) for s in said):
                if name and looks_like_name(name) and matches(name, home):
                    return name
    return None


@dataclass(frozen=True, slots=True)
class HomeLinks:
    """A page's links, walked once, that may lead to a site's home: `logo_names` and `home_names` read them for an
    address (a syndicated copy's twice: for its original's and for the address it was read at)."""

    logos: tuple[Any, ...]
    """The links holding an image."""
    words: tuple[Any, ...]
    """The links without one."""


def home_links(tree: Any) -> HomeLinks:
    """The page's links that may lead home (`HomeLinks`)."""
    return HomeLinks(tuple(tree.xpath("//a[@href][.//img]")), tuple(tree.xpath("//a[@href][not(.//img)]")))


def _homeward(links: tuple[Any, ...], url: str | None) -> Iterator[Any]:
    """The links that lead to the home page of ``url``'s site (a relative link's too)."""
    label = registered_label(url)
    for link in links:
        href = absolute_url(link.get("href"), url) if url else link.get("href")
        parts = urlsplit(href) if href else None
        if parts is None or parts.path.strip("/") or parts.query or (parts.netloc and registered_label(href) != label):
            continue
        yield link


_IMAGE_WORDS = re.compile(r"^(?i:(?:the )?logo(?: of| for)?)\s+|\s*[-–—|:,]?\s+(?i:logo|home ?page)$")
"""The words an image's text says of the image rather than of the site: "Kelmouth Echo logo", "Logo of The Kelmouth
Echo", "Kelmouth Echo - homepage"."""


def logo_text(said: str) -> str:
    """An image's text without the words describing the image as a logo (`_IMAGE_WORDS`).

    >>> logo_text("The Kelmouth Echo logo"), logo_text("Logo of The Kelmouth Echo"), logo_text("Logopedia")
    ('The Kelmouth Echo', 'The Kelmouth Echo', 'Logopedia')
    """
    return _IMAGE_WORDS.sub("", " ".join(said.split()))


def logo_names(links: HomeLinks, url: str | None) -> list[str]:
    """What the page's own logos say (``alt`` or ``title`` of an image in a link to the site's home, without the words
    calling it a logo): where a page that declares its name raw ("kelmouthecho") or not at all writes it as readers
    do."""
    found: list[str] = []
    for link in _homeward(links.logos, url):
        said = (logo_text(img.get(k) or "") for img in link.iter("img") for k in ("alt", "title"))
        found += [name for name in said if name and looks_like_name(name)]
    return list(dict.fromkeys(found))


def home_names(links: HomeLinks, url: str | None) -> list[str]:
    """The names of several words the page's own links to its home page say in words ("The Valley Echo" on a
    WordPress masthead's home link): how a site that declares its name only raw writes it."""
    found: list[str] = []
    for link in _homeward(links.words, url):
        name = " ".join(link.text_content().split()).strip(_SEPARATORS)  # "| Fox News": a menu's separator
        if len(name.split()) > 1 and looks_like_name(name):
            found.append(name)
    return list(dict.fromkeys(found))
