"""Which articles a listing shows, in which order, and how one article reads in it.

Every listing (home, topic pages, timeline, feeds) uses `newest_first`: the date
the article is filed under (publication date, else the date added), newest
first, then the title, then the id, so the order never depends on file order.
Outside text goes through `digest.text.markdown.escape`; links through `digest.site.paths.link`.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from digest.config import Topic
from digest.contract.model import Article
from digest.site import paths
from digest.site.text import long_date
from digest.store.collection import Entry
from digest.text.markdown import escape

SEPARATOR = " · "
UNDATED = "publication date unknown, filed under the date it was added"
_NOT_SLUG = re.compile(r"[^\w\- ]")


def tag_anchor(tag: str) -> str:
    """The anchor of ``tag``'s entry in the tags index, as Material's tags plugin makes it by default.

    The plugin slugifies the name it was given (`digest.site.article.display_meta`
    hands it the HTML-escaped tag): NFC, trimmed, lower case, characters other
    than letters, digits, ``_``, ``-`` and spaces dropped, spaces made ``-``,
    after ``tag:``.

    >>> tag_anchor("Nayib Bukele"), tag_anchor("AT&T"), tag_anchor(" São Paulo ")
    ('tag:nayib-bukele', 'tag:atampt', 'tag:são-paulo')
    """
    name = unicodedata.normalize("NFC", html.escape(tag)).strip().lower()
    return "tag:" + _NOT_SLUG.sub("", name).replace(" ", "-")


@functools.lru_cache(maxsize=65_536)
def _tag_link(tag: str) -> tuple[str, str]:
    """A tag's escaped text and its link's ``#anchor``, worked out once per tag (tags repeat across articles)."""
    return escape(tag), "#" + quote(tag_anchor(tag), safe="-._~:")


DRAFT = "**Draft**"
"""Opens the metadata line of a draft in a listing (listings show drafts only under ``mkdocs serve``)."""


def sort_key(entry: Entry) -> tuple[int, str, str, str, str]:
    """Newest first; ties broken by title (case-insensitive, then exact), id, then file."""
    article = entry.article
    return (-article.sort_date.toordinal(), article.title.casefold(), article.title, article.id, entry.src)


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """The entries in site order (see `sort_key`)."""
    return sorted(entries, key=sort_key)


def published(entries: Iterable[Entry]) -> list[Entry]:
    """The entries that belong in the built site (drafts left out)."""
    return [e for e in entries if not e.article.draft]


def listed(entries: Iterable[Entry], drafts: bool = False) -> list[Entry]:
    """The entries the listing pages show: the published ones, and the drafts too when ``drafts`` (the preview)."""
    return list(entries) if drafts else published(entries)


def drafts(entries: Iterable[Entry]) -> list[str]:
    """The ``src`` of every draft article (kept out of the built site)."""
    return [e.src for e in entries if e.article.draft]


def by_topic(entries: Sequence[Entry], topics: Sequence[Topic]) -> dict[str, list[Entry]]:
    """Topic title -> its entries, in the order of ``entries``; topics without articles left out."""
    known = {t.title for t in topics}
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        for title in dict.fromkeys(entry.article.topics):
            if title in known:
                grouped.setdefault(title, []).append(entry)
    return grouped


def source_text(article: Article) -> str:
    """``The Independent via Criminal Justice News`` (escaped), or empty when the source is unknown."""
    if article.source and article.via:
        return f"{escape(article.source)} via {escape(article.via)}"
    return escape(article.source or article.via or "")


def date_text(article: Article) -> str:
    """The publication date, or the date added marked as such when the date is unknown."""
    if article.date is not None:
        return long_date(article.date)
    return f"date unknown, added {long_date(article.added)}"


@dataclass(frozen=True, slots=True)
class EntryText:
    """An article's outside text, escaped for Markdown."""

    title: str
    source: str
    summary: str
    tags: str
    """Comma separated."""

    @classmethod
    def of(cls, article: Article) -> EntryText:
        tags = ", ".join(escape(t) for t in article.tags)
        return cls(escape(article.title), source_text(article), escape(article.summary), tags)


Texts = dict[str, tuple[Article, EntryText]]
"""Each article's escaped text by its ``src``, made once and shared by every page that lists it."""


def text_of(texts: Texts, entry: Entry) -> EntryText:
    """The entry's escaped text from ``texts``, made (and kept) when the article is not the one it was made for."""
    found = texts.get(entry.src)
    if found is not None and found[0] is entry.article:  # the cache keeps an unchanged file's Article
        return found[1]
    made = EntryText.of(entry.article)
    texts[entry.src] = (entry.article, made)
    return made


class PageLinks:
    """What listings on one page need: link targets to articles and topic pages, escaped texts.

    Each topic's link is made once per page; each article's text is escaped
    once when pages share one ``texts`` dictionary (kept between builds by
    `digest.site.cache.SiteCache`, it holds the unchanged articles' texts).
    """

    def __init__(self, page_src: str, topics: Mapping[str, Topic], texts: Texts | None = None) -> None:
        self.page = page_src
        self._topics = {
            title: f"[{escape(t.title)}]({paths.link(page_src, paths.topic_page(t.slug))})"
            for title, t in topics.items()
        }
        self._texts = {} if texts is None else texts
        self._tags_index = paths.link(page_src, paths.TAGS)

    def to(self, src: str) -> str:
        """The link target of another page."""
        return paths.link(self.page, src)

    def topics(self, article: Article) -> str:
        """Links to the article's topic pages, comma separated (unknown topics left out)."""
        return ", ".join(self._topics[t] for t in dict.fromkeys(article.topics) if t in self._topics)

    def text(self, entry: Entry) -> EntryText:
        """The entry's escaped text (made on first use)."""
        return text_of(self._texts, entry)

    def tags(self, article: Article) -> str:
        """Links to the article's tags in the tags index, comma separated."""
        index = self._tags_index
        return ", ".join(f"[{text}]({index}{anchor})" for text, anchor in map(_tag_link, article.tags))


def topic_links(article: Article, page_src: str, topics: Mapping[str, Topic]) -> str:
    """Links from ``page_src`` to the article's topic pages, comma separated."""
    own = {title: topics[title] for title in article.topics if title in topics}
    return PageLinks(page_src, own).topics(article)


def meta_line(entry: Entry, links: PageLinks, *, date: bool = True) -> str:
    """Source, date and topic links on one line.

    Without ``date`` (the timeline, where headings give the day) an undated
    article is still marked as such.
    """
    article = entry.article
    parts = [DRAFT] if article.draft else []
    parts.append(links.text(entry).source)
    if date:
        parts.append(date_text(article))
    elif article.date is None:
        parts.append(f"*{UNDATED}*")
    parts.append(links.topics(article))
    return SEPARATOR.join(p for p in parts if p)


def entry_block(entry: Entry, links: PageLinks, *, level: int = 2, tags: bool = False) -> str:
    """One article as a heading linking to it, a line of metadata, the summary and (optionally) tags."""
    text = links.text(entry)
    lines = [f"{'#' * level} [{text.title}]({links.to(entry.src)})", "", meta_line(entry, links), "{ .digest-meta }"]
    if text.summary:
        lines += ["", text.summary]
    if tags and entry.article.tags:
        lines += ["", f"Tags: {links.tags(entry.article)}", "{ .digest-tags }"]
    return "\n".join(lines)


def entry_item(entry: Entry, links: PageLinks) -> str:
    """One article as a list item: linked title and metadata, then the summary on its own line."""
    text = links.text(entry)
    head = f"- **[{text.title}]({links.to(entry.src)})**"
    meta = meta_line(entry, links, date=False)
    lines = [f"{head}{SEPARATOR}{meta}" if meta else head]
    if text.summary:
        lines[0] += "  "
        lines.append(f"  {text.summary}")
    return "\n".join(lines)
