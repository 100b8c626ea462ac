"""RSS and Atom feeds (``.xml``/``.rss``/``.atom`` files and feed URLs): one document per entry.

feedparser reads the feed; each entry gives a title, its full content when the
feed carries it (else its summary, with the link as ``url``), its date, authors,
categories and the feed's title as the source. Entry HTML is reduced to plain
paragraphs: no markup ever reaches the article body.
"""

from __future__ import annotations

import io
import re
from typing import Any

import feedparser

from digest.problems import InputError
from digest.readers import emphasis
from digest.readers.bylines import page_authors
from digest.readers.decode import decode
from digest.readers.document import RawDocument, shorten_title
from digest.readers.htmltext import (
    absolute_url,
    article_link,
    declared_charset,
    fragment_paragraphs,
    primary_language,
    squash,
)
from digest.text.dates import parse_explicit_date

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_AUTHOR_PAREN = re.compile(r"\(([^()@]+)\)\s*$")
_AUTHOR_ANGLE = re.compile(r"\s*([^<>@]+?)\s*<[^<>]+@[^<>]+>\s*$")
MAX_ENTRIES = 500


def parse_feed(path: str, data: bytes, charset: str | None = None) -> Any:
    """feedparser's result for ``data``, decoded by `digest.readers.decode`; `InputError` when it is no feed."""
    text, note = decode(path, data, declared=charset or declared_charset(data))
    body = _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1).encode("utf-8")
    # A file object (never a string) so feedparser cannot take the input for a URL and fetch it.
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-type": "application/xml; charset=utf-8"})
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({str(reason).strip()})" if reason else ""
        raise InputError(path, f"is not an RSS or Atom feed{detail}")
    parsed["digest_note"] = note
    return parsed


def read_feed(path: str, data: bytes, charset: str | None = None, url: str | None = None) -> list[RawDocument]:
    """Read a feed; ``charset`` is what an HTTP header declared, ``url`` where it was fetched."""
    parsed = parse_feed(path, data, charset)
    feed = parsed.feed
    if not parsed.entries:
        raise InputError(path, "is a feed with no entries")
    base = url or absolute_url(feed.get("link"))
    feed_title = squash(feed.get("title", "")) or None
    feed_lang = primary_language(feed.get("language"))
    docs: list[RawDocument] = []
    skipped: list[str] = []
    for number, entry in enumerate(parsed.entries[:MAX_ENTRIES], start=1):
        doc = _entry(f"{path}#{_entry_key(entry, number)}", entry, base, feed_title, feed_lang)
        if doc is None:
            skipped.append(f"entry {number} has no title or no text; left out")
        else:
            docs.append(doc)
    if len(parsed.entries) > MAX_ENTRIES:
        skipped.append(f"only the first {MAX_ENTRIES} of {len(parsed.entries)} entries were read")
    if not docs:
        raise InputError(path, "; ".join(skipped) or "has no usable entries")
    first_notes = tuple(n for n in (parsed.get("digest_note"), *skipped) if n)
    docs[0] = RawDocument(**{**_fields(docs[0]), "notes": first_notes + docs[0].notes})
    return docs


def _entry_key(entry: Any, number: int) -> str:
    """What names an entry in ``original``: its id (guid) or link, which stay put when a feed
    gains new entries; its position only when it has neither."""
    key = squash(str(entry.get("id") or entry.get("link") or ""))
    return key if key and len(key) <= 300 else f"entry-{number}"


def _fields(doc: RawDocument) -> dict[str, Any]:
    return {name: getattr(doc, name) for name in RawDocument.__slots__}


def _entry(
    original: str, entry: Any, base: str | None, feed_title: str | None, feed_lang: str | None
) -> RawDocument | None:
    """One entry as a document; None when it has no title or no text."""
    title = squash(" ".join(fragment_paragraphs(entry.get("title", ""))))
    content, note = _text(entry)
    if not title or not content:
        return None
    title, title_note = shorten_title(title)
    link = article_link(entry.get("link"), base)
    date, date_note = _date(entry)
    source_title = squash(entry.get("source", {}).get("title", "")) or None
    lang = next((primary_language(c.get("language")) for c in entry.get("content", []) if c.get("language")), None)
    return RawDocument(
        original=original,
        title=title,
        paragraphs=tuple(content),
        date=date,
        url=link,
        source=source_title or feed_title,
        via=feed_title if source_title and feed_title != source_title else None,
        authors=_authors(entry, feed_title, link),
        lang=lang or primary_language(entry.get("language")) or feed_lang,
        image=_image(entry, base),
        categories=tuple(
            dict.fromkeys(
                squash(t.get("term") or t.get("label") or "")
                for t in entry.get("tags", [])
                if squash(t.get("term") or t.get("label") or "")
            )
        ),
        works=emphasis.marked_in_markup([c.get("value", "") for c in entry.get("content", []) if c.get("value")]),
        notes=tuple(n for n in (note, date_note, title_note) if n),
    )


def _text(entry: Any) -> tuple[list[str], str | None]:
    """The entry's full content as paragraphs, else its summary (with a note saying so)."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    full = max((fragment_paragraphs(c) for c in contents), key=lambda ps: sum(map(len, ps)), default=[])
    summary = fragment_paragraphs(entry.get("summary", ""))
    if sum(map(len, full)) >= sum(map(len, summary)) and full:
        return full, None
    if summary:
        return summary, "the feed carries only a summary of this entry; see its url for the full article"
    return [], None


def _date(entry: Any) -> tuple[Any, str | None]:
    """The entry's stated publication date (its local date); ``updated`` only when there is no ``published``."""
    published = entry.get("published")
    if published:
        date = parse_explicit_date(published)
        return date, None if date else f"entry date not understood: {published!r}; 'date' left out"
    updated = entry.get("updated")
    if updated and (date := parse_explicit_date(updated)):
        return date, "date taken from the entry's 'updated' time (it states no 'published' time)"
    return None, None


def _authors(entry: Any, feed_title: str | None, link: str | None) -> tuple[str, ...]:
    """The people who wrote the entry, by the rules of a page's bylines (`digest.readers.bylines.page_authors`:
    no desk, outlet or the feed's own site; normal capitalisation). RSS's ``email (Name)`` and ``Name <email>``
    forms are read from the raw value, since feedparser's own split cuts unfamiliar top-level domains short.
    A login name in lower case ("jdoe") is capitalised as one name ("Jdoe"): its parts cannot be told apart."""
    raw = str(entry.get("author", ""))
    if "@" in raw:
        names = [_name_beside_email(raw)]
    else:
        names = [str(a.get("name", "")) for a in entry.get("authors", []) if isinstance(a, dict)] or [raw]
    found: dict[str, str] = {}
    for name in map(squash, names):
        if name and "@" not in name and "http" not in name:
            found.setdefault(name.casefold(), name)
    return page_authors(list(found.values()), "", [feed_title] if feed_title else [], link)


def _name_beside_email(raw: str) -> str:
    match = _AUTHOR_PAREN.search(raw) or _AUTHOR_ANGLE.match(raw)
    return match.group(1) if match else ""


def _image(entry: Any, base: str | None) -> str | None:
    """The image the entry declares (media content, thumbnail or an image enclosure)."""
    candidates = [
        m.get("url")
        for m in entry.get("media_content", [])
        if m.get("medium") == "image" or str(m.get("type", "")).startswith("image/")
    ]
    candidates += [m.get("url") for m in entry.get("media_thumbnail", [])]
    candidates += [e.get("href") for e in entry.get("enclosures", []) if str(e.get("type", "")).startswith("image/")]
    return next((u for c in candidates if (u := absolute_url(c, base))), None)
