"""What an article page tells link previews and search engines: Open Graph, Twitter card, JSON-LD.

`head` returns the HTML the theme override writes into an article page's
``<head>``: Open Graph properties (``og:type=article``, title, description,
URL, site name, image, ``article:published_time``, ``article:author``,
``article:tag``), a Twitter card, and a schema.org ``NewsArticle`` in JSON-LD
(headline, description, dates, authors, the digest as publisher, the original
publisher as ``sourceOrganization``, image, ``isBasedOn`` the original URL,
``mainEntityOfPage`` this page). The page's ``<meta name="description">`` is the
summary too (`digest.site.article.display_meta` puts it in the page metadata).

Every value comes from untrusted frontmatter: attributes are HTML-escaped, and
the JSON-LD escapes ``<``, ``>`` and ``&`` as ``\\u003c``..., so no text can end
the ``<script>`` element or open a comment in it.

>>> import datetime as dt
>>> a = Article(title="Vote </script><b>", added=dt.date(2025, 1, 2), id="x", summary="S & more.")
>>> out = head(a, Sharing("https://d.example/articles/x/", "Digest", "https://d.example/"))
>>> "</script><b>" in out, '<meta property="og:title" content="Vote &lt;/script&gt;&lt;b&gt;">' in out
(False, True)
>>> json_ld(a, Sharing("https://d.example/articles/x/", "Digest", "https://d.example/"))["headline"]
'Vote </script><b>'
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from digest.contract.model import Article
from digest.site.images import LocalImage

HEADLINE_MAX = 110
"""Search engines show at most this many characters of a ``NewsArticle`` headline."""
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


@dataclass(frozen=True, slots=True)
class Sharing:
    """Where an article page is and what it belongs to (absolute URLs)."""

    page_url: str
    """The page's canonical URL."""
    site_name: str
    site_url: str
    image_url: str | None = None
    """The image as served by this site (the local copy), or ``None``."""
    image_size: tuple[int, int] | None = None
    """Its width and height in pixels."""


def source_name(article: Article) -> str:
    """The original publisher (or the aggregator it came through), empty when unknown."""
    return article.source or article.via or ""


def image_of(article: Article, sharing: Sharing) -> str | None:
    """The image a preview shows: the site's own copy, else the one the source declared.

    Only previews (link unfurlers, search engines) read it; readers' browsers never
    load an ``og:image``, and the page itself shows only the local copy.
    """
    return sharing.image_url or article.image


def _headline(title: str) -> str:
    if len(title) <= HEADLINE_MAX:
        return title
    return title[: HEADLINE_MAX - 1].rsplit(" ", 1)[0] + "…"


def json_ld(article: Article, sharing: Sharing) -> dict[str, Any]:
    """The schema.org ``NewsArticle`` describing the page (a plain mapping, keys in a fixed order)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _headline(article.title),
        "name": article.title,
        "url": sharing.page_url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": sharing.page_url},
    }
    if article.summary:
        data["description"] = article.summary
    if article.date is not None:
        data["datePublished"] = article.date.isoformat()
    data["dateCreated"] = article.added.isoformat()
    source = source_name(article)
    if article.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    elif source:
        data["author"] = {"@type": "Organization", "name": source}
    data["publisher"] = {"@type": "Organization", "name": sharing.site_name, "url": sharing.site_url}
    if source:
        data["sourceOrganization"] = {"@type": "Organization", "name": source}
    image = image_of(article, sharing)
    if image:
        picture: dict[str, Any] = {"@type": "ImageObject", "url": image}
        if sharing.image_url and sharing.image_size:  # schema.org sizes are quantities; E37 is the pixel
            for key, value in zip(("width", "height"), sharing.image_size, strict=True):
                picture[key] = {"@type": "QuantitativeValue", "value": value, "unitCode": "E37"}
        data["image"] = picture
    if article.url:
        data["isBasedOn"] = article.url
    if article.tags:
        data["keywords"] = list(article.tags)
    data["inLanguage"] = article.lang or "en"
    return data


def script_json(data: Any) -> str:
    r"""``data`` as JSON that is safe inside ``<script type="application/ld+json">``.

    >>> script_json({"a": "</script><!--&"})
    '{"a": "\\u003c/script\\u003e\\u003c!--\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    for char, escaped in _JSON_ESCAPES.items():
        text = text.replace(char, escaped)
    return text


def _meta(attribute: str, key: str, value: str) -> str:
    return f'<meta {attribute}="{key}" content="{html.escape(value)}">'


def open_graph(article: Article, sharing: Sharing) -> list[tuple[str, str, str]]:
    """The page's Open Graph and Twitter ``<meta>`` tags as (attribute, key, value), in a fixed order."""
    description = article.summary or article.title
    tags = [
        ("property", "og:type", "article"),
        ("property", "og:title", article.title),
        ("property", "og:description", description),
        ("property", "og:url", sharing.page_url),
        ("property", "og:site_name", sharing.site_name),
    ]
    image = image_of(article, sharing)
    if image:
        tags.append(("property", "og:image", image))
        if sharing.image_url and sharing.image_size:
            tags.append(("property", "og:image:width", str(sharing.image_size[0])))
            tags.append(("property", "og:image:height", str(sharing.image_size[1])))
        tags.append(("property", "og:image:alt", article.title))
    if article.date is not None:
        tags.append(("property", "article:published_time", article.date.isoformat()))
    tags += [("property", "article:author", name) for name in article.authors]
    tags += [("property", "article:tag", tag) for tag in article.tags]
    tags += [
        ("name", "twitter:card", "summary_large_image" if image else "summary"),
        ("name", "twitter:title", article.title),
        ("name", "twitter:description", description),
    ]
    if image:
        tags += [("name", "twitter:image", image), ("name", "twitter:image:alt", article.title)]
    return tags


def head(article: Article, sharing: Sharing) -> str:
    """The HTML for an article page's head: Open Graph, Twitter card and JSON-LD (every value escaped)."""
    lines = [_meta(attribute, key, value) for attribute, key, value in open_graph(article, sharing)]
    lines.append(f'<script type="application/ld+json">{script_json(json_ld(article, sharing))}</script>')
    return "\n".join(lines)


def page_head(article: Article, page_url: str, site_name: str, site_url: str, image: LocalImage | None) -> str:
    """`head` for the page of ``article`` at ``page_url``; ``image`` is the site's copy of its image, if any.

    >>> import datetime as dt
    >>> a = Article(title="T", added=dt.date(2025, 1, 2), id="x", image="https://pub.example/a.jpg")
    >>> copy = LocalImage("images/x.800x450.webp", 800, 450)
    >>> '<meta property="og:image" content="https://d.example/r/images/x.800x450.webp">' in page_head(
    ...     a, "https://d.example/r/articles/x/", "D", "https://d.example/r", copy)
    True
    """
    base = site_url if site_url.endswith("/") else site_url + "/"
    image_url = base + quote(image.src, safe="/-._~") if image is not None else None
    size = (image.width, image.height) if image is not None else None
    return head(article, Sharing(page_url, site_name, base, image_url, size))
