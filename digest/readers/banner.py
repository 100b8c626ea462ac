"""The site whose banner a page wears, when the banner's logo links home to another site than the page's.

A news agency's page carried for a newspaper (hosted.ap.org/<paper>/…) shows the paper's logo first, linked to
the paper's home: that paper is the story's ``via`` (`digest.chain.sources.identify`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from digest.readers.htmltext import absolute_url
from digest.readers.masthead import looks_like_name, matches, registered_label

_BANNER = "//header | //*[@role='banner']"
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


def logo_names(tree: Any, url: str | None) -> list[str]:
    """What the page's own logos say (``alt`` or ``title`` of an image in a link to the site's home): where a
    page that declares its name raw ("kelmouthecho") or not at all writes it as readers do."""
    label = registered_label(url)
    found: list[str] = []
    for link in tree.xpath("//a[@href][.//img]"):
        href = absolute_url(link.get("href"), url) if url else link.get("href")
        parts = urlsplit(href) if href else None
        if parts is None or parts.path.strip("/") or parts.query or (parts.netloc and registered_label(href) != label):
            continue
        said = (" ".join((img.get(k) or "").split()) for img in link.iter("img") for k in ("alt", "title"))
        found += [name for name in said if name and looks_like_name(name)]
    return list(dict.fromkeys(found))


def home_names(tree: Any, url: str | None) -> list[str]:
    """The names of several words the page's own links to its home page say in words ("The Valley Echo" on a
    WordPress masthead's home link): how a site that declares its name only raw writes it."""
    label = registered_label(url)
    found: list[str] = []
    for link in tree.xpath("//a[@href][not(.//img)]"):
        href = absolute_url(link.get("href"), url) if url else link.get("href")
        parts = urlsplit(href) if href else None
        if parts is None or parts.path.strip("/") or parts.query or (parts.netloc and registered_label(href) != label):
            continue
        name = " ".join(link.text_content().split())
        if len(name.split()) > 1 and looks_like_name(name):
            found.append(name)
    return list(dict.fromkeys(found))
