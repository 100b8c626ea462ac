"""MkDocs hook: the build cache in ``.cache/digest/`` (`digest.site.pagecache`): unchanged pages are not built again.

Pages outside the navigation (articles, topic and year pages) are made
`CachedPage` objects (``hooks/cachedpage.py``): their Markdown is rendered only when the cache has no
rendering for it (long listings are rendered in groups, `digest.site.blocks`).
A page the cache holds whole is written from it: right after the sitemap (the
last template that lists every page), its file is written and MkDocs leaves it
out of the pages still to build. When a plugin or hook outside
`pagecache.KNOWN_HANDLERS` handles the page template's events, they run for every
page, and the theme override writes the cached page (``digest_reuse``) instead.
"""

from __future__ import annotations

import os
from typing import Any

from cachedpage import CachedPage
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date

from digest.site import buildcache, collector, fingerprint, outputs, pagecache, plans, reuse
from digest.site.cache import CACHE

log = get_plugin_logger(__name__)
_STANDARD_CONTEXT = {"nav", "pages", "base_url", "mkdocs_version", "build_date_utc", "config", "page"}


def on_startup(command: str, dirty: bool) -> None:
    collector.starting()
    CACHE.serving = command == "serve"
    CACHE.keep_site = command in {"build", "gh-deploy"} and not dirty  # a serve builds into a new folder


def on_shutdown() -> None:
    _written()
    CACHE.pages = CACHE.memo = None
    collector.exiting()


@event_priority(100)  # before hooks/site.py reads the articles
def on_pre_build(config: MkDocsConfig) -> None:
    _written()  # the last build's pages are all there before this one writes any
    collector.build_started()
    store = buildcache.Store(buildcache.folder_for(config.config_file_path))
    CACHE.memo = store
    config_dir = os.path.join(os.path.dirname(config.config_file_path), "site_config")
    CACHE.pages = cache = pagecache.PageCache(store, config, config.theme.custom_dir, config_dir)
    if CACHE.keep_site:
        cache.site = outputs.SiteFolder(config.site_dir, store.folder)
        cache.site.set_aside()  # MkDocs empties the site folder next; outputs.SiteFolder puts it back in on_files


@event_priority(-200)  # every file is there; the pages ``nav:`` names stay MkDocs' own (they have titles there)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    if CACHE.pages is not None and CACHE.pages.site is not None:
        CACHE.pages.site.take_back()  # MkDocs has emptied the site folder by now
    built = InclusionLevel.all if CACHE.serving else InclusionLevel.is_included
    named = pagecache.nav_paths(config.nav)
    for file in files.documentation_pages(inclusion=built):
        if file.src_uri not in named:
            CachedPage(None, file, config)
    collector.loaded()
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    if CACHE.pages is not None:
        CACHE.pages.nav, CACHE.pages.files = nav, files
        if CACHE.pages.site is not None:
            CACHE.pages.site.wait()  # the site folder's listing is done before anything writes there
        _plan(CACHE.pages, config, files)
    collector.loaded()  # the site's data, files and plans live to the end of the build
    return nav


def _plan(cache: pagecache.PageCache, config: MkDocsConfig, files: Files) -> None:
    events = config.plugins.events
    handlers = [getattr(m, "__module__", "") for e in plans.READING_EVENTS for m in events[e]]
    if plans.can_plan(handlers) and not config.extra_templates:
        included = files.documentation_pages(inclusion=InclusionLevel.is_included)
        reuse.give_plans(cache, (f.page for f in included if isinstance(f.page, CachedPage)), files.src_uris.get)


@event_priority(-100)  # the Markdown as every plugin and hook left it
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if isinstance(page, CachedPage) and CACHE.pages is not None and page.plan is None:
        page.render_keys = CACHE.pages.render_keys(page.file.src_uri, page.file.url, markdown)
        page.render_key = page.render_keys[-1]
    return markdown


@event_priority(-100)  # every page read, every title known, tag listings found
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    cache = CACHE.pages
    if cache is None:
        return env
    tags = next((p for p in config.plugins.values() if hasattr(p, "listings") and hasattr(p, "mappings")), None)
    listings = [[x.page.url, x.page.title, x.id, x.config] for x in getattr(tags, "listings", None) or ()]
    reads = pagecache.template_variables(env, config.theme.custom_dir)
    day = get_build_date() if "build_date_utc" in reads else ""
    cache.set_site(pagecache.outline(cache.nav or []), sorted(listings, key=str), day)
    listed = {url for url, *_ in listings}  # a page with a tag listing shows every page's tags: never planned
    handlers = [getattr(m, "__module__", "") for e in ("page_context", "post_page") for m in config.plugins.events[e]]
    cache.fast = pagecache.fast_path(handlers) and not config.extra_templates
    evaluated = [
        m for m in config.plugins.events["page_context"] if getattr(m, "__module__", "") in pagecache.EVALUATED_HANDLERS
    ]
    pages = [f.page for f in files if isinstance(f.page, CachedPage)]
    read = lambda page: page.read_after_all(config, files)  # noqa: E731 - a plan that no longer holds
    reuse.settle(cache, pages, config, reads=reads, listed=listed, evaluated=evaluated, read_after_all=read)
    return env


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """After the sitemap listed every page, write the pages the cache holds and leave them out of the build."""
    pages = CACHE.pages
    if template_name == "sitemap.xml" and pages is not None:
        if CACHE.serving and pages.site is None:  # a preview's new folder: written while it serves
            CACHE.writer, done = reuse.hand_to_writer(pages)
        else:
            done = reuse.write_held(pages)
        for file in done:
            file.inclusion = InclusionLevel.EXCLUDED
    return output


@event_priority(-100)  # after every plugin added its values
def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    if not isinstance(page, CachedPage) or CACHE.pages is None or page.page_key is None:
        return context
    if not CACHE.pages.fast:  # the values unknown handlers added are part of the page
        values = {k: v for k, v in context.items() if k not in _STANDARD_CONTEXT}
        page.page_key = buildcache.key(page.page_key, fingerprint.stable(values))
    if (data := CACHE.pages.page(page.page_key)) is not None:
        context["digest_reuse"], page.reused = data.decode("utf-8"), True
    return context


@event_priority(100)  # the template's output, before any plugin changes it
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    if isinstance(page, CachedPage) and page.page_key is not None and CACHE.pages is not None:
        if not page.reused:
            CACHE.pages.keep_page(page.page_key, output.encode("utf-8", errors="xmlcharrefreplace"))
        CACHE.pages.written.append((page.file.dest_uri, page.page_key))
    return output


def _written() -> None:
    """Wait for the pages the last preview build left to write (`digest.site.pagewriter`)."""
    writer, CACHE.writer = CACHE.writer, None
    for path in writer.wait() if writer is not None else ():
        log.warning(f"Build cache: {path} could not be written; save a file to build the site again")


def on_post_build(config: MkDocsConfig) -> None:
    collector.build_ended()
    cache = CACHE.pages
    if cache is not None and cache.files is not None:
        for file, _, _ in cache.skipped:  # MkDocs checked the anchors of the pages it built
            file.page.validate_anchor_links(files=cache.files, log_level=config.validation.links.anchors)
    if cache is not None and cache.site is not None:
        pages = [*cache.written, *((f.dest_uri, k) for f, k, _ in cache.skipped)]
        cache.site.finish(pages, kept=(f.dest_uri for f, _, kept in cache.skipped if kept))
    _close(keep_unused=CACHE.preview is not None)


def on_build_error(error: Exception) -> None:
    collector.build_ended()
    if CACHE.pages is not None and CACHE.pages.site is not None:
        CACHE.pages.site.abandon()
    _close(keep_unused=True)


def _close(*, keep_unused: bool) -> None:
    store, CACHE.memo = CACHE.memo, None
    if store is not None:
        store.commit(keep_unused=keep_unused)
        store.close()
        if CACHE.pages is not None:
            log.info(CACHE.pages.summary())
    CACHE.pages = None
