"""MkDocs hook: article pages: drafts left out (marked, in `mkdocs serve`), metadata, header, image and footer.

The frontmatter was parsed and checked once, in ``hooks/site.py`` (`digest.site.cache.CACHE`):
MkDocs is given the body alone, and the metadata and header `digest.site.article` makes.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page

from digest.problems import ProblemsError
from digest.site import article, images, listing, paths, plans, settings
from digest.site.cache import CACHE, CONFIG_DIR


def on_startup(command: str, dirty: bool) -> None:
    CACHE.show_drafts = command == "serve"  # `mkdocs serve --clean` says "build": no drafts, as MkDocs then


@event_priority(-50)  # after hooks/site.py read the articles
def on_files(files: Files, config: MkDocsConfig) -> Files:
    for src in listing.drafts(CACHE.site.entries if CACHE.site is not None else ()):
        if (draft := files.get_file_from_path(src)) is not None:
            draft.inclusion = InclusionLevel.DRAFT
    try:
        shown = settings.load_settings(Path(config.config_file_path).parent / CONFIG_DIR).images
    except ProblemsError as exc:
        raise PluginError("\n".join(str(p) for p in exc.problems)) from None
    found = images.index(Path(config.docs_dir)) if shown else {}
    if CACHE.preview is not None and found != CACHE.images:  # `digest images` ran: those article pages change
        CACHE.preview.clear(Path(config.site_dir))
    CACHE.images = found
    return files


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    found, _ = CACHE.article(page.file.src_uri) if paths.is_article(page.file.src_uri) else (None, ())
    return article.page_source(found.article) if found else None


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not paths.is_article(page.file.src_uri) or plans.planned(page):  # a planned page has its metadata
        return markdown
    found, problems = CACHE.article(page.file.src_uri)
    if found is None:
        raise PluginError(article.missing(page.file.src_uri, problems))
    # before the tags plugin and any template read them; every text of page.meta comes back escaped
    made = partial(article.page_meta, found.article, CACHE.frontmatter(page.file.src_uri))
    page.meta.update(CACHE.page_metas.get(found.src, CACHE.file_key(found), (), CACHE.memo, made))
    head = CACHE.header(found, CACHE.config_beside(config.config_file_path, build=config))
    image = images.for_article(found.article, CACHE.images)
    shown = images.figure(found.article, image, page.file.src_uri) + "\n" if image else ""
    return head + shown + "\n" + markdown + article.footer(found.article)
