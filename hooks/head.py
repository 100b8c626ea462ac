"""MkDocs hook: the feed links of each page's head.

The theme override (``site_config/overrides/main.html``) writes ``digest_feeds``
into the head; `digest.site.feeds.links_by_page` says which feeds a page links to.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from digest.site.cache import CACHE


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    site_config = CACHE.config_beside(config.config_file_path, build=config)
    context["digest_feeds"] = CACHE.feed_links(page.file.src_uri, site_config, config.site_name)
    return context
