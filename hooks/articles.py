"""MkDocs hook: the header above each article page, and feed links for every page's head.

A thin adapter: `digest.site` writes the header and names the feeds; the theme
override (``site_config/overrides/main.html``) puts ``digest_feeds`` in the head.
"""

from __future__ import annotations

import os
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from digest.config import SiteConfig
from digest.site import article, feeds, paths
from digest.site.cache import SiteCache
from digest.validate import validate_frontmatter

CACHE = SiteCache()  # the only state kept across `mkdocs serve` rebuilds: site_config/ by path and mtime


def _site_config(config: MkDocsConfig) -> SiteConfig:
    # hooks/pages.py has already reported any problem in site_config/ (it runs first, in on_files)
    return CACHE.config_beside(config.config_file_path, build=config)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not paths.is_article(page.file.src_uri):
        return markdown
    site_config = _site_config(config)
    topics = site_config.topic_titles
    found, _ = validate_frontmatter(page.file.src_uri, page.meta, markdown, topics)
    if found is None:  # MkDocs read the frontmatter differently from digest: say what is wrong, where
        shown = os.path.relpath(page.file.abs_src_path or page.file.src_uri)
        problems = validate_frontmatter(shown, page.meta, markdown, topics)[1]
        raise PluginError("\n".join(str(p) for p in problems if p.severity.is_error()))
    page.meta.update(article.display_meta(found))  # before the tags plugin and any template read them
    return article.header(found, page.file.src_uri, site_config.topics) + "\n" + markdown


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    context["digest_feeds"] = feeds.links(page.file.src_uri, _site_config(config).topics, config.site_name)
    return context
