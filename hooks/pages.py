"""MkDocs hook: check every article, add the generated pages and feeds, put a header on each article.

A thin adapter: `digest.site` decides what the pages, headers, feed links and
search entries say; this module only moves MkDocs objects in and
``File.generated`` files out. Under ``mkdocs serve --dirty`` it keeps the
incremental preview correct (`digest.site.preview`). One module, so that one
cache serves every event: ``site_config/`` and each article are read once a build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from digest.paths import display_path
from digest.site import article, feeds, generated, listing, pages, paths, preview, search
from digest.site.cache import CONFIG_DIR, SiteCache

CACHE = SiteCache()  # the only state kept across `mkdocs serve` rebuilds: parsed files by path and mtime
log = get_plugin_logger(__name__)


def _file(config: MkDocsConfig, new: generated.GeneratedFile) -> File:
    source = CACHE.preview.source(new) if CACHE.preview else None
    if source is None:
        return File.generated(config, new.src, content=new.content)
    return File.generated(config, new.src, abs_src_path=str(source))


def _add(files: Files, config: MkDocsConfig, new: list[generated.GeneratedFile]) -> None:
    made = [_file(config, g) for g in new]
    existing = ((f.src_uri, f.dest_uri) for f in files if f.abs_src_path and not f.generated_by)
    shown = lambda src: display_path(Path(config.docs_dir) / src)  # noqa: E731
    labelled = ((f.src_uri, f.dest_uri, g.label) for f, g in zip(made, new, strict=True))
    if clashes := generated.collisions(labelled, existing, shown):
        raise PluginError("\n".join(clashes))
    for file in made:
        files.append(file)


def on_startup(command: str, dirty: bool) -> None:
    CACHE.preview = preview.Preview() if command == "serve" and dirty else None


def on_files(files: Files, config: MkDocsConfig) -> Files:
    config_dir = Path(config.config_file_path).parent / CONFIG_DIR
    site = CACHE.load(Path(config.docs_dir), config_dir)
    for problem in site.warnings:
        log.warning(str(problem))
    if site.errors or site.config is None or not config.site_url:
        raise PluginError("\n".join(str(p) for p in site.errors) or "mkdocs.yml: site_url: is required for the feeds")
    if CACHE.preview and CACHE.preview.site_changed(preview.site_inputs(Path(config.config_file_path), config_dir)):
        CACHE.preview.clear(Path(config.site_dir))
    for src in listing.drafts(site.entries):
        if (draft := files.get_file_from_path(src)) is not None:
            draft.inclusion = InclusionLevel.DRAFT
    _add(files, config, pages.build_pages(site.entries, site.config.topics, config.site_name, CACHE.texts))
    urls = {f.src_uri: f.url for f in files}
    digest_feeds = feeds.feeds(site.entries, site.config.topics, config.site_name, config.site_description or "")
    _add(files, config, feeds.feed_files(digest_feeds, feeds.absolute_urls(config.site_url, urls), CACHE.feeds))
    CACHE.search_docs = search.article_docs(site.entries, urls)
    return files


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    found, _ = CACHE.article(page.file.src_uri) if paths.is_article(page.file.src_uri) else (None, ())
    return article.page_source(found.article) if found else None  # the frontmatter was parsed in on_files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not paths.is_article(page.file.src_uri):
        return markdown
    found, problems = CACHE.article(page.file.src_uri)
    if found is None:
        errors = [str(p) for p in problems if p.severity.is_error()]
        raise PluginError("\n".join(errors) or f"{page.file.src_uri}: file: changed during the build")
    # before the tags plugin and any template read them; every text of page.meta comes back escaped
    page.meta.update(article.page_meta(found.article, CACHE.frontmatter(page.file.src_uri)))
    return CACHE.header(found, CACHE.config_beside(config.config_file_path, build=config)) + "\n" + markdown


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    # the theme override (site_config/overrides/main.html) writes digest_feeds into the head
    site_config = CACHE.config_beside(config.config_file_path, build=config)
    context["digest_feeds"] = CACHE.feed_links(page.file.src_uri, site_config, config.site_name)
    return context


@event_priority(110)  # before Material's tags plugin fills its listings from what on_page_markdown saw
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    if CACHE.preview is None:
        return env
    env.bytecode_cache = CACHE.preview.templates  # templates compiled once, not once per rebuild
    for file in files.documentation_pages(inclusion=InclusionLevel.is_in_serve):
        if file.page is not None and file.page.markdown is None:  # a page the dirty build did not read
            if paths.is_article(file.src_uri):
                file.page.markdown = ""  # on_page_markdown below gives it its metadata
            else:
                file.page.read_source(config)
            # plugins see the page's metadata, but no Markdown: no listing on a page that is not built
            config.plugins.on_page_markdown("", page=file.page, config=config, files=files)
    return env


def on_post_build(config: MkDocsConfig) -> None:
    search.rewrite(Path(config.site_dir), CACHE.search_docs)


def on_shutdown() -> None:
    if CACHE.preview:
        CACHE.preview.close()
