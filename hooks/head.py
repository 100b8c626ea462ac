"""MkDocs hook: the feed links of every page's head.

A thin adapter: `digest.site.feeds` names the feeds of a page; the theme
override (``site_config/overrides/main.html``) writes ``digest_feeds`` into the head.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from digest.site import feeds
from digest.site.cache import SiteCache

CACHE = SiteCache()  # the only state kept across `mkdocs serve` rebuilds: site_config/ by path and mtime


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    # hooks/pages.py has already reported any problem in site_config/ (it runs first, in on_files)
    topics = CACHE.config_beside(config.config_file_path, build=config).topics
    context["digest_feeds"] = feeds.links(page.file.src_uri, topics, config.site_name)
    return context
