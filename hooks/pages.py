"""MkDocs hook: check every article, add the generated pages and feeds, put a header on each article.

A thin adapter: `digest.site` decides what the pages, headers and feeds say;
this module only moves MkDocs objects in and ``File.generated`` files out.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from digest.paths import display_path
from digest.site import article, feeds, generated, listing, pages, paths
from digest.site.cache import CONFIG_DIR, SiteCache

CACHE = SiteCache()  # the only state kept across `mkdocs serve` rebuilds: parsed files by path and mtime
log = get_plugin_logger(__name__)


def _add(files: Files, config: MkDocsConfig, new: list[generated.GeneratedFile]) -> None:
    made = [File.generated(config, g.src, content=g.content) for g in new]
    existing = ((f.src_uri, f.dest_uri) for f in files if f.abs_src_path)
    shown = lambda src: display_path(Path(config.docs_dir) / src)  # noqa: E731
    labelled = ((f.src_uri, f.dest_uri, g.label) for f, g in zip(made, new, strict=True))
    if clashes := generated.collisions(labelled, existing, shown):
        raise PluginError("\n".join(clashes))
    for file in made:
        files.append(file)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = CACHE.load(Path(config.docs_dir), Path(config.config_file_path).parent / CONFIG_DIR)
    for problem in site.warnings:
        log.warning(str(problem))
    if site.errors or site.config is None or not config.site_url:
        raise PluginError("\n".join(str(p) for p in site.errors) or "mkdocs.yml: site_url: is required for the feeds")
    for src in listing.drafts(site.entries):
        if (draft := files.get_file_from_path(src)) is not None:
            draft.inclusion = InclusionLevel.DRAFT
    _add(files, config, pages.build_pages(site.entries, site.config.topics, config.site_name))
    absolute = feeds.absolute_urls(config.site_url, {f.src_uri: f.url for f in files})
    digest_feeds = feeds.feeds(site.entries, site.config.topics, config.site_name, config.site_description or "")
    _add(files, config, feeds.feed_files(digest_feeds, absolute))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not paths.is_article(page.file.src_uri):
        return markdown
    found, problems = CACHE.article(page.file.src_uri)  # re-read only if the file changed since on_files
    if found is None:
        raise PluginError("\n".join(str(p) for p in problems if p.severity.is_error()))
    # before the tags plugin and any template read them; every text of page.meta comes back escaped
    page.meta.update(article.display_meta(found.article, page.meta))
    topics = CACHE.config_beside(config.config_file_path, build=config).topics
    return article.header(found.article, found.src, topics) + "\n" + markdown
