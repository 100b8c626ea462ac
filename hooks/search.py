"""MkDocs hook: the compact search index, one entry per article (`digest.site.search`).

Article and listing pages are kept out of what Material's search plugin parses
(their page metadata says so); after the build, their entries are replaced by
the ones made from the frontmatter.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from digest.site import search
from digest.site.cache import CACHE


@event_priority(-100)  # after hooks/site.py read the articles
def on_files(files: Files, config: MkDocsConfig) -> Files:
    entries = CACHE.site.entries if CACHE.site is not None else ()
    CACHE.search_docs = search.article_docs(entries, {f.src_uri: f.url for f in files})
    return files


def on_post_build(config: MkDocsConfig) -> None:
    search.rewrite(Path(config.site_dir), CACHE.search_docs)
