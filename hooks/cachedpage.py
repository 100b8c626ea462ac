"""Not a hook: the page class `hooks/buildcache.py` gives MkDocs for the pages outside the navigation.

A `CachedPage` is rendered from the build cache when its Markdown and its link
targets are unchanged (`digest.site.pagecache`), long listings in groups
(`digest.site.blocks`), and not read at all when the last build left a plan for it
that still holds (`digest.site.plans`). MkDocs imports this module through the hook
(a hook's folder is on the import path while MkDocs loads it).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils.meta import get_data

from digest.site import blocks, pagecache, plans, rendered, reuse
from digest.site.article import PAGE_FRONT
from digest.site.cache import CACHE

_NO_TOC = get_toc([])
"""The table of contents of a page not read (never built from the template: one object for all)."""


class _Lookups:
    """The build's files for one rendering, noting every link target looked up and what it was."""

    def __init__(self, files: Files) -> None:
        self.files, self.seen = files, dict[str, rendered.Target]()

    def get_file_from_path(self, path: str) -> File | None:
        found = self.files.get_file_from_path(path)
        self.seen[path] = reuse.target(found)
        return found


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
        self.render_key, made = cache.obtain(
            self.render_keys,
            lambda path: reuse.target(lookup(path)),
            lambda: self._render_groups(cache, config, files) or self._render(config, files, self.markdown or ""),
        )
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
        found, made = cache.obtain(
            choices, lambda path: reuse.target(files.src_uris.get(path)), lambda: self._render(config, files, text)
        )
        keys.append(found)
        return made
