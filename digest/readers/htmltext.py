"""HTML to plain paragraphs, shared by the page and feed readers.

Nothing here passes markup through: every value returned is plain text with
collapsed whitespace, one string per paragraph. Also the small, strict helpers
both readers need: the charset an HTML or XML document declares, the primary
language subtag, and URL checks.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree

from digest.readers.document import _TRACKING

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
_SPACE = re.compile(r"\s+")
_LANG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*")
_URL_FORBIDDEN = re.compile(r"[\s<>\"'`]")
SNIFF_BYTES = 4096

BLOCKS = frozenset(
    {
        "p",
        "div",
        "li",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "td",
        "th",
        "dd",
        "dt",
        "figcaption",
        "section",
        "article",
        "header",
        "footer",
        "tr",
        "table",
        "ul",
        "ol",
        "dl",
        "figure",
        "br",
        "hr",
    }
)
"""Elements that end a paragraph in a fragment (``br`` included: feeds use it as one)."""
DROP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "form",
        "button",
        "select",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
    }
)
"""Elements whose text is never article text."""
TREE_BLOCKS = (BLOCKS - {"br"}) | {"head", "item", "quote", "row", "cell", "list", "lb"}
"""Paragraph-ending elements of trafilatura's output (its ``head`` is a heading; a fallback may be HTML)."""
TREE_DROP = (DROP - {"head"}) | {"graphic"}


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML ``<meta charset>`` / ``http-equiv`` or an XML declaration states."""
    head = data[:SNIFF_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").strip().lower() if match else None


def squash(text: str) -> str:
    """Collapse runs of whitespace (non-breaking spaces included) into single spaces."""
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


def primary_language(value: str | None) -> str | None:
    """``en-GB`` -> ``en``; ``es_ES`` -> ``es``; anything else that is not a code -> None."""
    match = _LANG.fullmatch((value or "").strip())
    return match.group(1).lower() if match else None


def absolute_url(value: str | None, base: str | None = None) -> str | None:
    """``value`` as an absolute http(s) URL (resolved against ``base``), or None when it is not one."""
    if not value:
        return None
    try:
        url = urljoin(base, value.strip()) if base else value.strip()
        parts = urlsplit(url)
    except ValueError:  # "http://[bad": no address at all
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc or _URL_FORBIDDEN.search(url):
        return None
    return url


def article_link(value: str | None, base: str | None = None) -> str | None:
    """An article's address: absolute http(s), without fragment or tracking parameters (``utm_*``...)."""
    url = absolute_url(value, base)
    if url is None:
        return None
    parts = urlsplit(url)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def collect_text(
    element: etree._Element,
    current: list[str],
    out: list[str],
    blocks: frozenset[str] = BLOCKS,
    drop: frozenset[str] = DROP,
) -> None:
    """Depth-first text collection: block elements close the current paragraph."""
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.rsplit("}", 1)[-1].lower()
    if not tag or tag in drop:
        if element.tail:
            current.append(element.tail)
        return
    block = tag in blocks
    if block:
        flush_text(current, out)
    if element.text:
        current.append(element.text)
    for child in element:
        collect_text(child, current, out, blocks, drop)
    if block:
        flush_text(current, out)
    if element.tail:
        current.append(element.tail)


def flush_text(current: list[str], out: list[str]) -> None:
    text = squash("".join(current))
    current.clear()
    if text:
        out.append(text)


def fragment_paragraphs(markup: str) -> list[str]:
    """Paragraphs of an HTML fragment (a feed entry's content); plain text comes back as is."""
    if "<" not in markup:
        return [p for p in (squash(part) for part in re.split(r"\n\s*\n", markup)) if p]
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return [squash(markup)] if squash(markup) else []
    _drop_opening_caption(root)
    out: list[str] = []
    current: list[str] = []
    collect_text(root, current, out)
    flush_text(current, out)
    return out


def _drop_opening_caption(root: lxml.html.HtmlElement) -> None:
    """Leave out the caption of a picture the fragment opens on, before any text: it would open the dek, and a page's
    reader leaves a picture's caption out too (`digest.readers.html`). Captions further on stay."""
    for element in root.iter():
        if element.tag == "figcaption":
            element.drop_tree()
            return
        if (element.text or "").strip() or (element is not root and (element.tail or "").strip()):
            return
