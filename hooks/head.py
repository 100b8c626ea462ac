"""MkDocs hook: what each page's head says beyond Material's: feed links, and an article's sharing metadata.

The theme override (``site_config/overrides/main.html``) writes ``digest_feeds``
and ``digest_head`` into the head; `digest.site.feeds.links_by_page` says which
feeds a page links to, `digest.site.sharing.page_head` what an article page
tells link previews and search engines (Open Graph, Twitter card, JSON-LD).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from digest.site import images, paths, sharing
from digest.site.cache import CACHE


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    site_config = CACHE.config_beside(config.config_file_path, build=config)
    context["digest_feeds"] = CACHE.feed_links(page.file.src_uri, site_config, config.site_name)
    found = CACHE.article(page.file.src_uri)[0] if paths.is_article(page.file.src_uri) else None
    if found is not None:
        image = images.for_article(found.article, CACHE.images)
        url = page.canonical_url or page.abs_url or ""
        inputs = (url, config.site_name, config.site_url or "", image)
        made = partial(sharing.page_head, found.article, *inputs)
        context["digest_head"] = CACHE.heads.get(found.src, CACHE.file_key(found), inputs, CACHE.memo, made)
    return context
