"""MkDocs hook: article pages: drafts left out (marked, in `mkdocs serve`), metadata, the header above the body.

The frontmatter was parsed and checked once, in ``hooks/site.py`` (`digest.site.cache.CACHE`):
MkDocs is given the body alone, and the metadata and header `digest.site.article` makes.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page

from digest.site import article, listing, paths
from digest.site.cache import CACHE


def on_startup(command: str, dirty: bool) -> None:
    CACHE.show_drafts = command == "serve"  # `mkdocs serve --clean` says "build": no drafts, as MkDocs then


@event_priority(-50)  # after hooks/site.py read the articles
def on_files(files: Files, config: MkDocsConfig) -> Files:
    for src in listing.drafts(CACHE.site.entries if CACHE.site is not None else ()):
        if (draft := files.get_file_from_path(src)) is not None:
            draft.inclusion = InclusionLevel.DRAFT
    return files


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    found, _ = CACHE.article(page.file.src_uri) if paths.is_article(page.file.src_uri) else (None, ())
    return article.page_source(found.article) if found else None


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not paths.is_article(page.file.src_uri):
        return markdown
    found, problems = CACHE.article(page.file.src_uri)
    if found is None:
        raise PluginError(article.missing(page.file.src_uri, problems))
    # before the tags plugin and any template read them; every text of page.meta comes back escaped
    page.meta.update(article.page_meta(found.article, CACHE.frontmatter(page.file.src_uri)))
    return CACHE.header(found, CACHE.config_beside(config.config_file_path, build=config)) + "\n" + markdown
