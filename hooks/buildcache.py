"""MkDocs hook: the build cache in ``.cache/digest/`` (`digest.site.pagecache`): unchanged pages are not built again.

Pages outside the navigation (articles, topic and year pages) are made
`CachedPage` objects: their Markdown is rendered only when the cache has no
rendering for it (long listings are rendered in groups, `digest.site.blocks`).
A page the cache holds whole is written from it: right after the sitemap (the
last template that lists every page), its file is written and MkDocs leaves it
out of the pages still to build. When a plugin or hook outside
`pagecache.KNOWN_HANDLERS` handles the page template's events, they run for every
page, and the theme override writes the cached page (``digest_reuse``) instead.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_build_date
from mkdocs.utils.meta import get_data

from digest.site import (
    blocks,
    buildcache,
    collector,
    fingerprint,
    images,
    outputs,
    pagecache,
    pagewriter,
    paths,
    plans,
    rendered,
)
from digest.site.article import PAGE_FRONT
from digest.site.cache import CACHE

log = get_plugin_logger(__name__)
_EXCLUDED = {InclusionLevel.EXCLUDED, InclusionLevel.DRAFT}
"""Left out of the built site (`InclusionLevel.is_excluded`)."""
_NO_TOC = get_toc([])
"""The table of contents of a page not read (never built from the template: one object for all)."""
_STANDARD_CONTEXT = {"nav", "pages", "base_url", "mkdocs_version", "build_date_utc", "config", "page"}


class _Lookups:
    """The build's files for one rendering, noting every link target looked up and what it was."""

    def __init__(self, files: Files) -> None:
        self.files, self.seen = files, dict[str, rendered.Target]()

    def get_file_from_path(self, path: str) -> File | None:
        found = self.files.get_file_from_path(path)
        self.seen[path] = _target(found)
        return found


def _target(file: File | None) -> rendered.Target:
    return None if file is None else (file.url, file.inclusion in _EXCLUDED)


class CachedPage(Page):
    """A page rendered from the cache when its Markdown and its link targets are unchanged."""

    render_keys: list[bytes] = []  # noqa: RUF012 - set per page, never changed in place
    render_key: bytes | None = None
    page_key: bytes | None = None
    reused = False
    made: rendered.Rendered | None = None
    """The rendering, as the cache gave it or as it was made."""
    plan: plans.Plan | None = None
    """What the last build learnt of the page, when this build need not read it (`digest.site.plans`)."""
    plan_key: bytes | None = None

    def read_source(self, config: MkDocsConfig) -> None:
        if self.plan is not None:  # the metadata as the plugins left it; no Markdown to give them
            self.markdown, self.meta = "", dict(self.plan.meta)
            return None
        return self._read_source(config)

    def _read_source(self, config: MkDocsConfig) -> None:
        source = config.plugins.on_page_read_source(page=self, config=config)
        if source is None:  # the file itself: MkDocs reads it
            return super().read_source(config)
        if source.startswith(PAGE_FRONT):  # an article's body (hooks/articles.py): no frontmatter to parse
            self.markdown, self.meta = source[len(PAGE_FRONT) :].lstrip("\n"), {}
        else:
            self.markdown, self.meta = get_data(source)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.plan is not None:  # no HTML: the cache writes the page (on_post_template)
            plan, lookup = self.plan, files.src_uris.get
            rendered.replay(plan.messages)
            self.content, self.toc, self._title_from_render = "", _NO_TOC, plan.title
            self.present_anchor_ids = set(plan.anchors) if plan.anchors is not None else None
            if plan.anchor_links is not None:
                self.links_to_anchors = {t: dict(pairs) for src, pairs in plan.anchor_links if (t := lookup(src))}
            return None
        cache = CACHE.pages
        if cache is None or self.render_key is None:
            return super().render(config, files)
        lookup = files.src_uris.get
        found = cache.rendered(self.render_keys, lambda path: _target(lookup(path)))
        if found is not None:
            self.render_key, made = found
            rendered.replay(made.messages)
        else:
            made = self._render_groups(cache, config, files) or self._render(config, files, self.markdown or "")
            cache.keep_rendered(self.render_key, made)
        self.content, self.toc = made.content, get_toc(rendered.nested_toc(made.toc))  # type: ignore[arg-type]
        self.made = made
        self._title_from_render = made.title
        self.present_anchor_ids = set(made.anchors) if made.anchors is not None else None
        if made.anchor_links is not None:
            self.links_to_anchors = {target: dict(pairs) for src, pairs in made.anchor_links if (target := lookup(src))}

    def read_after_all(self, config: MkDocsConfig, files: Files) -> None:
        """Read and render the page as MkDocs does, its plan dropped (it no longer holds)."""
        self.plan = None
        self.read_source(config)
        self.markdown = config.plugins.on_page_markdown(self.markdown or "", page=self, config=config, files=files)
        self.render(config, files)
        self.content = config.plugins.on_page_content(self.content or "", page=self, config=config, files=files)

    def _render(self, config: MkDocsConfig, files: Files, markdown: str) -> rendered.Rendered:
        full, self.markdown, lookups = self.markdown, markdown, _Lookups(files)
        try:
            with rendered.captured() as messages:
                super().render(config, lookups)  # type: ignore[arg-type]
        finally:
            self.markdown = full
        links = self.links_to_anchors
        return rendered.Rendered(
            self.content or "",
            rendered.flat_toc(self.toc),
            self._title_from_render,
            frozenset(self.present_anchor_ids) if self.present_anchor_ids is not None else None,
            None if links is None else tuple((f.src_uri, tuple(a.items())) for f, a in links.items()),
            tuple(lookups.seen.items()),
            tuple(messages),
        )

    def _render_groups(self, cache: pagecache.PageCache, config: MkDocsConfig, files: Files) -> Any:
        groups = blocks.page_groups(self.markdown or "") if self.file.generated_by else None
        if not groups:
            return None
        keys: list[bytes] = []
        made = rendered.render_in_groups(groups, lambda text: self._piece(cache, config, files, text, keys))
        return dataclasses.replace(made, pieces=tuple(keys)) if made is not None else None

    def _piece(
        self, cache: pagecache.PageCache, config: MkDocsConfig, files: Files, text: str, keys: list[bytes]
    ) -> rendered.Rendered:
        """One piece of this page's Markdown rendered, from the cache or made (and kept)."""
        choices = cache.render_keys(self.file.src_uri, self.file.url, text)
        found = cache.rendered(choices, lambda path: _target(files.src_uris.get(path)))
        if found is not None:
            keys.append(found[0])
            rendered.replay(found[1].messages)
            return found[1]
        made = self._render(config, files, text)
        cache.keep_rendered(choices[-1], made)
        keys.append(choices[-1])
        return made


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
    built = InclusionLevel.all if CACHE.serving else (lambda level: level not in _EXCLUDED)
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
    """Give each article page the plan the last build left for it, if it still holds (`digest.site.plans`)."""
    events = config.plugins.events
    handlers = [getattr(m, "__module__", "") for e in plans.READING_EVENTS for m in events[e]]
    if not plans.can_plan(handlers) or config.extra_templates:
        return
    lookup = files.src_uris.get
    for file in files.documentation_pages(inclusion=InclusionLevel.is_included):
        page = file.page
        if not isinstance(page, CachedPage) or not paths.is_article(file.src_uri):
            continue
        if CACHE.preview is not None and not file.is_modified():  # a dirty build does not read it anyway
            continue
        found, _ = CACHE.article(file.src_uri)
        if found is None or not (file_key := CACHE.file_key(found)):
            continue
        near = pagecache.outline([p for p in (page.previous_page, page.next_page, page.parent) if p is not None])
        addresses = (file.src_uri, file.dest_uri, page.url, file.inclusion.name, CACHE.serving, near)
        image = images.for_article(found.article, CACHE.images)
        page.plan_key = plans.inputs_key(cache.plan_digest, addresses, (file_key, image))
        page.plan = plans.find(cache.store, page.plan_key, lambda path: _target(lookup(path)))


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
    cache.fast = fast = pagecache.fast_path(handlers) and not config.extra_templates
    evaluated = [
        m for m in config.plugins.events["page_context"] if getattr(m, "__module__", "") in pagecache.EVALUATED_HANDLERS
    ]
    for file in files:
        page = file.page
        if isinstance(page, CachedPage) and page.plan is not None:
            plan = page.plan
            if fast and "pages" not in reads and plan.site_digest == cache.site_digest:
                page.page_key = plan.page_key  # found in the cache by `plans.find`
                if _skippable(page) and cache.has_page(plan.page_key):
                    kept = cache.site is not None and cache.site.unchanged(file.dest_uri, plan.page_key)
                    cache.skipped.append((file, plan.page_key, kept))
                    cache.unread += 1
                    continue
            page.read_after_all(config, files)
        if "pages" in reads:  # a page listing every page is never reused
            continue
        if isinstance(page, CachedPage) and page.render_key is not None and page.content is not None:
            values: dict[str, Any] = {}
            for method in evaluated if fast else ():  # what they will add to the template's values
                values = method(values, page=page, config=config, nav=cache.nav) or values
            made = page.made
            content = made.digest if made is not None and page.content is made.content else page.content
            page.page_key = cache.page_key(page.render_key, content, {**_shown(page), "values": values})
            if fast and _skippable(page) and cache.has_page(page.page_key):
                kept = cache.site is not None and cache.site.unchanged(file.dest_uri, page.page_key)
                cache.skipped.append((file, page.page_key, kept))
            if fast and _skippable(page) and page.plan_key and made is not None and page.url not in listed:
                plan = plans.Plan.of(cache.site_digest, page.page_key, page.render_key, page.meta, made)
                plans.keep(cache.store, page.plan_key, plan)
    return env


def _skippable(page: Page) -> bool:
    """Whether the page can be written from the cache: built, and kept out of search (its entry is an article's)."""
    unsearched = bool((page.meta.get("search") or {}).get("exclude"))
    return unsearched and page.file.inclusion not in _EXCLUDED


def _shown(page: Page) -> dict[str, Any]:
    """What a template can show of a page besides its HTML and the site's settings."""
    return {
        "src": page.file.src_uri,
        "addresses": [page.url, page.canonical_url, page.abs_url, page.edit_url, page.is_homepage],
        "title": page.title,
        "meta": page.meta,
        "toc": rendered.flat_toc(page.toc),
        "near": pagecache.outline([p for p in (page.previous_page, page.next_page, page.parent) if p is not None]),
        "excluded": page.file.inclusion in _EXCLUDED,
    }


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """After the sitemap listed every page, write the pages the cache holds and leave them out of the build."""
    pages = CACHE.pages
    if template_name == "sitemap.xml" and pages is not None and CACHE.serving and pages.site is None:
        # a preview's new folder: the pages are written while it serves (digest.site.pagewriter)
        found = [(f, pages.store.location(k)) for f, k, _ in pages.skipped]
        CACHE.writer = writer = pagewriter.PageWriter((f.abs_dest_path, where) for f, where in found if where)
        for file, _ in found:
            if file.abs_dest_path in writer.taken:
                file.inclusion = InclusionLevel.EXCLUDED
    elif template_name == "sitemap.xml" and pages is not None:
        for file, page_key, kept in pages.skipped:
            data = b"" if kept else pages.page(page_key, count=False)
            if data is None:  # gone since (another build's clean-up): MkDocs builds the page
                continue
            file.inclusion = InclusionLevel.EXCLUDED
            if data.strip():
                os.makedirs(os.path.dirname(file.abs_dest_path), exist_ok=True)
                with open(file.abs_dest_path, "wb") as handle:
                    handle.write(data)
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
