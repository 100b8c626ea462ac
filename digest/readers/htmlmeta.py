"""What a web page states about itself: publication date, canonical URL, lead image, language, site name (its
standfirst: `digest.readers.standfirst`).

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
        "review",
        "criticreview",
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


def live_blog(objects: list[dict[str, Any]]) -> bool:
    """Whether the page declares itself a live blog (JSON-LD ``LiveBlogPosting``)."""
    return any("liveblogposting" in _types(o) for o in objects)


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


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->")
"""The address a browser notes in a page it saves ("<!-- saved from url=(0042)https://... -->")."""


def saved_from(text: str) -> str | None:
    """The address a browser noted when it saved the page, from the comment it writes near the top.

    >>> saved_from("<!DOCTYPE html> <!-- saved from url=(0022)https://example.org/a -->")
    'https://example.org/a'
    """
    match = _SAVED_FROM.search(text[:4000])
    return article_link(match.group(1)) if match else None


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
    """Every name the page declares for its site, strongest first: og:site_name, the JSON-LD publisher (or
    source organisation), a JSON-LD news organisation, the site the article is part of, then `APP_NAME_KEYS`
    (publisher metadata, app names, the Twitter handle), and last an organisation declared as the author."""
    found = [squash(v) for v in meta.get("og:site_name", ())]
    found += _named(ld, ("publisher", "sourceOrganization"))
    for obj in ld:
        if _types(obj) & ORGANISATION_TYPES and isinstance(obj.get("name"), str):
            found.append(squash(obj["name"]))
    found += _named(ld, ("isPartOf",), frozenset({"website", "periodical", "newspaper"}))
    for key in APP_NAME_KEYS:
        found += [squash(v) for v in meta.get(key, ()) if not v.lower().startswith("http")]
    found += _named(ld, ("author",), ORGANISATION_TYPES)
    return [name for name in dict.fromkeys(found) if name]


ORGANISATION_TYPES = frozenset({"newsmediaorganization", "organization", "corporation"})


def _named(ld: list[dict[str, Any]], keys: tuple[str, ...], types: frozenset[str] = frozenset()) -> list[str]:
    """The names of the items the page's articles declare under ``keys`` (of one of ``types``, when given)."""
    found: list[str] = []
    for obj in articles(ld):
        for key in keys:
            value = obj.get(key)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and isinstance(item.get("name"), str) and (not types or _types(item) & types):
                    found.append(squash(item["name"]))
    return found


def providers(ld: list[dict[str, Any]]) -> list[str]:
    """The names the page's articles give the publisher of their content (JSON-LD ``provider``, ``publisher``,
    ``sourceOrganization``)."""
    return list(dict.fromkeys(n for n in _named(ld, ("provider", "publisher", "sourceOrganization")) if n))


CREDIT_KEYS = ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")
"""``<meta>`` keys that credit the writer, a desk or a news agency."""


def credited(meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> list[str]:
    """Who the page's metadata credits as the author, people and organisations alike ("AFP", "Associated
    Press"): `CREDIT_KEYS` other than addresses, then the JSON-LD authors' names."""
    found = [squash(v) for key in CREDIT_KEYS for v in meta.get(key, ()) if "://" not in v]
    found += [n for n in _named(ld, ("author",)) if "://" not in n]
    return [name for name in dict.fromkeys(found) if name]


def declared_titles(meta: dict[str, list[str]], ld: list[dict[str, Any]]) -> list[str]:
    """The titles the page declares: og:title, twitter:title, JSON-LD headlines."""
    found = [squash(v) for key in ("og:title", "twitter:title") for v in meta.get(key, ())]
    found += [squash(o["headline"]) for o in articles(ld) if isinstance(o.get("headline"), str)]
    return [t for t in dict.fromkeys(found) if t]


def people(ld: list[dict[str, Any]]) -> list[str]:
    """The names of the JSON-LD authors declared as people (``"@type": "Person"``), of the first article that
    declares any: a second article on the page (a related story's) has its own writers."""
    for obj in articles(ld):
        authors = obj.get("author")
        found = [
            squash(item["name"])
            for item in (authors if isinstance(authors, list) else [authors])
            if isinstance(item, dict) and "person" in _types(item) and isinstance(item.get("name"), str)
        ]
        if found := [n for n in dict.fromkeys(found) if n]:
            return found
    return []
