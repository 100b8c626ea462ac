"""Where generated pages live under the docs folder, and relative links between pages.

Pages are named like Markdown files (``topics/immigration.md``) and linked with
relative ``.md`` targets, so MkDocs itself turns every link into the right URL
for any ``site_url`` (a project page under ``/<repo>/`` included) and reports a
broken one.

>>> link("topics/immigration.md", "articles/x.md")
'../articles/x.md'
>>> link("index.md", "articles/a story (1).md")
'articles/a%20story%20%281%29.md'
>>> link("timeline/index.md", "timeline/2025.md", "m2025-02"), link("index.md", "tags.md", "tag:são")
('2025.md#m2025-02', 'tags.md#tag:s%C3%A3o')
>>> link("timeline/2025.md", "index.md"), link("a/b/c.md", "a/d/e.md"), link("a/b.md", "a/b.md")
('../index.md', '../d/e.md', 'b.md')
>>> topic_page("criminal-justice")
'topics/criminal-justice.md'
"""

from __future__ import annotations

from urllib.parse import quote

from digest.store.collection import ARTICLES_DIR

HOME = "index.md"
TOPICS = "topics/index.md"
TIMELINE = "timeline/index.md"
TAGS = "tags.md"
FEED_RSS = "feed.xml"
FEED_JSON = "feed.json"


def topic_page(slug: str) -> str:
    """The page of one topic."""
    return f"topics/{slug}.md"


def year_page(year: int) -> str:
    """The timeline page of one year (used when the timeline is split)."""
    return f"timeline/{year}.md"


def month_page(year: int, month: int) -> str:
    """The timeline page of one month (used when a year's page is split)."""
    return f"timeline/{year}/{month:02d}.md"


def topic_feed(slug: str, suffix: str) -> str:
    """A topic's feed file (``suffix`` is ``xml`` or ``json``).

    Every feed sits in the site's root folder: Material's JavaScript fetches
    ``sitemap.xml`` next to the target of each ``<link rel="alternate">`` of a
    page's head (for language alternates), and only the root has one.
    """
    return f"feed-{slug}.{suffix}"


def is_article(src: str) -> bool:
    """True for an article page (``articles/x.md``)."""
    return src.startswith(f"{ARTICLES_DIR}/") and src.endswith(".md")


def link(from_src: str, to_src: str, anchor: str = "") -> str:
    """A percent-encoded relative link target from page ``from_src`` to page ``to_src``."""
    base = from_src.split("/")[:-1]
    parts = to_src.split("/")
    common = 0
    while common < len(base) and common < len(parts) - 1 and base[common] == parts[common]:
        common += 1
    target = quote("/".join([".."] * (len(base) - common) + parts[common:]), safe="/-._~")
    return f"{target}#{quote(anchor, safe='-._~:')}" if anchor else target
