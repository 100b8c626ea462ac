"""The tags index: every tag of the site, each with the pages that carry it, and the tag chips on pages.

The tags page (``tags.md``, `digest.site.pages.tags_index`) is Markdown with a
heading; the index is HTML made here and added to the page once every page was
read (``hooks/tags.py``), as Material's tags plugin does with its listings. Made
from plain strings, it costs a few hundredths of a second at 10,000 articles
where the plugin's templates took about a second at every build.

What a page says is taken as MkDocs has it: titles are HTML (entities escaped,
perhaps markup), tags are the strings of the page's ``tags:`` metadata, escaped
for articles (`digest.site.article.display_meta`) and as written on an editor's
own page. Both are read as text (markup dropped, entities decoded) and escaped
again, so any page's metadata shows as text and never as markup.

- **Tags** are grouped by anchor (`digest.site.listing.tag_anchor`, the anchor
  listings link to), so ``Oslo`` and ``oslo`` are one entry, shown as the form
  most pages use (ties: the first in sort order). Entries are sorted by name,
  case-insensitively, then exactly.
- **Pages** under a tag are sorted by title, case-insensitively, then exactly,
  then by address; a page that lists a tag twice is there once.
- **Chips** (`chips`): each tag of a page links to its entry in the index.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from digest.site.listing import tag_anchor

_MARKUP = re.compile(r"<[^>]*>")
EMPTY = '<p class="digest-empty">No page has tags yet.</p>'


@dataclass(frozen=True, slots=True)
class Tagged:
    """A page with tags: its title (HTML, as MkDocs has it), its address from the site's root, its tags (as given)."""

    title: str
    url: str
    tags: tuple[str, ...]

    @classmethod
    def of(cls, title: str | None, url: str, tags: object) -> Tagged | None:
        """The page, when its ``tags:`` metadata is a list of strings that is not empty."""
        if not isinstance(tags, list | tuple):
            return None
        found = tuple(t for t in tags if isinstance(t, str) and text(t))
        return cls(title or "", url, found) if found else None


def problem(tags: object) -> str | None:
    """What is wrong with a page's ``tags:`` metadata (``None``: fine, or none given); the caller names the file.

    >>> problem("Oslo"), problem(["Oslo", 3]), problem(["Oslo"]), problem(None)
    ("tags: expected a list of texts, got 'Oslo'", "tags: expected a list of texts, got ['Oslo', 3]", None, None)
    """
    if tags is None or (isinstance(tags, list | tuple) and all(isinstance(t, str) for t in tags)):
        return None
    return f"tags: expected a list of texts, got {repr(tags)[:80]}"


def text(value: str) -> str:
    """``value`` as plain text: markup dropped, character references decoded, trimmed.

    >>> text("AT&amp;T <b>news</b>"), text("a < b")
    ('AT&T news', 'a < b')
    """
    if "<" not in value and "&" not in value:  # most titles and tags: nothing to drop or decode
        return value.strip()
    return html.unescape(_MARKUP.sub("", value)).strip()


def relative(url: str, from_url: str) -> str:
    """The link from the page at ``from_url`` to ``url`` (both from the site's root, URL-quoted, as MkDocs has them).

    >>> relative("articles/a/", "tags/"), relative("", "tags/"), relative("a.html", "tags.html")
    ('../articles/a/', '../', 'a.html')
    >>> relative("tags/", "tags/"), relative("topics/b/", "topics/a/")
    ('./', '../b/')
    """
    base = [p for p in (from_url if from_url.endswith("/") else posixpath.dirname(from_url)).split("/") if p]
    parts = url.split("/")
    common = 0
    while common < len(base) and common < len(parts) - 1 and base[common] == parts[common]:
        common += 1
    return "../" * (len(base) - common) + "/".join(parts[common:]) or "./"


def anchor_link(anchor: str) -> str:
    """The ``#fragment`` of a link to ``anchor``."""
    return "#" + quote(anchor, safe="-._~:")


def index(pages: Iterable[Tagged], host_url: str) -> tuple[str, list[str]]:
    """The index's HTML, to be shown on the page at ``host_url``, and the anchors it has."""
    names: dict[str, dict[str, int]] = {}
    under: dict[str, dict[tuple[str, str, str, str], None]] = {}
    anchor_of: dict[str, str] = {}  # tags repeat across pages
    for page in pages:
        title = text(page.title)
        row = (title.casefold(), title, page.url, html.escape(title))
        for tag in dict.fromkeys(map(text, page.tags)):
            if (anchor := anchor_of.get(tag)) is None:
                anchor = anchor_of[tag] = tag_anchor(tag)
            if (counts := names.get(anchor)) is None:
                counts, under[anchor] = names.setdefault(anchor, {}), {}
            counts[tag] = counts.get(tag, 0) + 1
            under[anchor][row] = None
    shown = {a: min(c.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0]))[0] for a, c in names.items()}
    anchors = sorted(shown, key=lambda a: (shown[a].casefold(), shown[a], a))
    links: dict[str, str] = {}  # each page's link, made once however many tags it has
    parts = []
    for anchor in anchors:
        name, ident, link = html.escape(shown[anchor]), html.escape(anchor), html.escape(anchor_link(anchor))
        parts.append(
            f'<h2 id="{ident}"><span class="md-tag">{name}</span>'
            f'<a class="headerlink" href="{link}" title="Permanent link">&para;</a></h2>\n<ul>'
        )
        for _, _, url, title in sorted(under[anchor]):
            if (href := links.get(url)) is None:
                href = links[url] = html.escape(relative(url, host_url))
            parts.append(f'<li><a href="{href}">{title}</a></li>')
        parts.append("</ul>")
    return ("\n".join(parts) if parts else EMPTY) + "\n", anchors


def chips(tags: object, index_url: str | None) -> list[dict[str, Any]]:
    """The chips of a page whose ``tags:`` metadata is ``tags``, for Material's ``partials/tags.html``.

    ``index_url`` is the tags page's address from the site's root (``None``: no tags page,
    chips link nowhere). Names are escaped here: MkDocs' templates do not escape.
    """
    found = Tagged.of("", "", tags)
    names: Sequence[str] = [text(t) for t in found.tags] if found is not None else ()
    return [
        {
            "name": html.escape(name),
            "url": None if index_url is None else index_url + anchor_link(tag_anchor(name)),
            "hidden": False,
        }
        for name in dict.fromkeys(names)
    ]
