"""What a web page states about itself: publication date, canonical URL, lead image, language, site name.

Only declared metadata counts: ``<meta>`` tags, JSON-LD, ``itemprop`` microdata
and the URL. A date is never taken from the body text (a year in a sentence, a
related link's timestamp, a comment's time): `published_date` reads the head,
JSON-LD and ``itemprop="datePublished"``, then the URL, and only then asks
htmldate (``extensive_search=False``) to look at the ``<head>`` alone.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html
from htmldate import find_date
from lxml import etree

from digest.readers.document import fold
from digest.readers.htmltext import absolute_url, article_link, primary_language, squash
from digest.text.dates import date_from_url, parse_explicit_date

DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "original-publish-date",
    "originalpublicationdate",
    "article.published",
    "date",
)
"""``<meta>`` names/properties that hold the publication date, strongest first."""
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "report",
        "scholarlyarticle",
        "webpage",
    }
)


def meta_values(tree: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Every ``<meta>`` value by lower-cased name/property/itemprop, in document order."""
    values: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        content = meta.get("content")
        if key and content and content.strip():
            values.setdefault(key.strip().lower(), []).append(content.strip())
    return values


def json_ld(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page (``@graph`` and lists flattened); broken JSON is skipped."""
    found: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        found.extend(_objects(data))
    return found


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph", []))


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def articles(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The JSON-LD objects that describe an article (news article, blog post, web page)."""
    return [o for o in objects if _types(o) & ARTICLE_TYPES]


def _date_value(value: Any) -> dt.date | None:
    return parse_explicit_date(value) if isinstance(value, str) and value.strip() else None


def published_date(
    tree: lxml.html.HtmlElement, meta: dict[str, list[str]], ld: list[dict[str, Any]], url: str | None
) -> dt.date | None:
    """The publication date the page declares, or None; the local date of a zoned timestamp."""
    for key in DATE_KEYS:
        for value in meta.get(key, ()):
            if date := _date_value(value):
                return date
    for obj in sorted(articles(ld), key=lambda o: "webpage" in _types(o)):
        if date := _date_value(obj.get("datePublished") or obj.get("dateCreated")):
            return date
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        if date := _date_value(element.get("content") or element.get("datetime") or element.text_content()):
            return date
    if url and (date := date_from_url(url)):
        return date
    return _head_date(tree)


def _head_date(tree: lxml.html.HtmlElement) -> dt.date | None:
    """htmldate over a copy of ``<head>`` only, so no body text can provide a date."""
    head = tree.find("head")
    if head is None:
        return None
    markup = "<html>" + etree.tostring(head, encoding="unicode") + "<body></body></html>"
    try:
        found = find_date(markup, extensive_search=False, original_date=True, url=None)
    except (ValueError, TypeError):
        return None
    return parse_explicit_date(found) if found else None


def canonical_link(tree: lxml.html.HtmlElement, meta: dict[str, list[str]], base: str | None) -> str | None:
    """``<link rel="canonical">``, else ``og:url``, as an absolute http(s) URL."""
    for link in tree.xpath('//link[@href][contains(concat(" ", normalize-space(@rel), " "), " canonical ")]'):
        if url := article_link(link.get("href"), base):
            return url
    for value in meta.get("og:url", ()):
        if url := article_link(value, base):
            return url
    return None


def lead_image(meta: dict[str, list[str]], base: str | None) -> str | None:
    """The lead image the page declares (``og:image``), as an absolute http(s) URL."""
    for key in ("og:image", "og:image:secure_url", "og:image:url"):
        for value in meta.get(key, ()):
            if url := absolute_url(value, base):
                return url
    return None


def language(tree: lxml.html.HtmlElement, meta: dict[str, list[str]]) -> str | None:
    """Primary language subtag from ``<html lang>``, ``Content-Language`` or ``og:locale``."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += meta.get("content-language", []) + meta.get("og:locale", [])
    return next((code for c in candidates if (code := primary_language(c))), None)


APP_NAME_KEYS = (
    "application-name",
    "publisher",
    "dc.publisher",
    "dcterms.publisher",
    "citation_publisher",
    "apple-mobile-web-app-title",
    "al:ios:app_name",
    "al:android:app_name",
    "twitter:site",
)
"""``<meta>`` keys that name the site, after og:site_name and JSON-LD; the Twitter handle (``@name``) last."""


def site_names(meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> list[str]:
    """Every name the page declares for its site, strongest first: og:site_name, the JSON-LD publisher,
    a JSON-LD news organisation, then `APP_NAME_KEYS` (publisher metadata, app names, the Twitter handle)."""
    found = [squash(v) for v in meta.get("og:site_name", ())]
    for obj in articles(ld):
        publisher = obj.get("publisher")
        for item in publisher if isinstance(publisher, list) else [publisher]:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                found.append(squash(item["name"]))
    for obj in ld:
        if _types(obj) & {"newsmediaorganization", "organization"} and isinstance(obj.get("name"), str):
            found.append(squash(obj["name"]))
    for key in APP_NAME_KEYS:
        found += [squash(v) for v in meta.get(key, ()) if not v.lower().startswith("http")]
    return [name for name in dict.fromkeys(found) if name]


def declared_titles(meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> list[str]:
    """The titles the page declares: og:title, twitter:title, JSON-LD headlines."""
    found = [squash(v) for key in ("og:title", "twitter:title") for v in meta.get(key, ())]
    found += [squash(o["headline"]) for o in articles(ld) if isinstance(o.get("headline"), str)]
    return [t for t in dict.fromkeys(found) if t]


def people(ld: list[dict[str, Any]]) -> list[str]:
    """The names of the JSON-LD authors declared as people (``"@type": "Person"``)."""
    found: list[str] = []
    for obj in articles(ld):
        authors = obj.get("author")
        for item in authors if isinstance(authors, list) else [authors]:
            if isinstance(item, dict) and "person" in _types(item) and isinstance(item.get("name"), str):
                found.append(squash(item["name"]))
    return [n for n in dict.fromkeys(found) if n]


_LOWER_CLASS = 'translate(@class, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")'
_BYLINE_XPATH = "//*[{}]".format(
    " or ".join(f'contains({_LOWER_CLASS}, "{w}")' for w in ("byline", "attribution", "author", "publication"))
)
_NOT_BYLINE_CLASS = re.compile(r"image|photo|caption|credit|bio|avatar|comment", re.I)
MAX_BYLINE_CHARS = 160


def byline_texts(tree: lxml.html.HtmlElement, limit: int = 4) -> list[str]:
    """Short texts of the page's byline elements (class ``byline``, ``author``, ``attribution``...),
    never of image credits or captions: where a page credits a news agency."""
    found: list[str] = []
    for element in tree.xpath(_BYLINE_XPATH):
        if element.tag not in {"div", "span", "p", "address", "a"} or _NOT_BYLINE_CLASS.search(element.get("class")):
            continue
        text = squash(element.text_content())
        if text and len(text) <= MAX_BYLINE_CHARS and text not in found:
            found.append(text)
            if len(found) >= limit:
                break
    return found


_SUBHEADS = ("h2", "h3", "h4", "h5", "h6")


def standfirst(tree: lxml.html.HtmlElement, meta: dict[str, list[str]]) -> str | None:
    """The description the page declares (``description``, og:description, twitter:description) when a
    heading below the headline prints it: a standfirst above the article, which the lead follows."""
    for key in ("description", "og:description", "twitter:description"):
        for value in meta.get(key, ()):
            if text := squash(value):
                key_text = fold(text)
                heads = (squash(h.text_content()) for h in tree.iter(*_SUBHEADS))
                return text if any(fold(h) == key_text for h in heads) else None
    return None
