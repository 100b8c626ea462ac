"""MkDocs hook: check every article, add the home, topic, timeline and tags pages and the feeds; the tags index.

A thin adapter: `digest.site` reads the articles and ``site_config/`` and says
what the pages and feeds contain; this module moves MkDocs objects in and
``File.generated`` files out. The state shared with the other hooks (and kept
between ``mkdocs serve`` rebuilds) is `digest.site.cache.CACHE`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from digest.site import feeds, generated, paths, sitewide, tagsindex
from digest.site.cache import CACHE

log = get_plugin_logger(__name__)


def _add(files: Files, config: MkDocsConfig, new: list[generated.GeneratedFile]) -> None:
    made = [
        File.generated(config, g.src, content=g.content)
        if (source := CACHE.source(g)) is None  # under the preview, an unchanged page keeps its file
        else File.generated(config, g.src, abs_src_path=str(source))
        for g in new
    ]
    existing = [(f.src_uri, f.dest_uri) for f in files if f.abs_src_path and not f.generated_by]
    if clashes := generated.clashes(new, [f.dest_uri for f in made], existing, Path(config.docs_dir)):
        raise PluginError("\n".join(clashes))
    for file in made:
        files.append(file)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = CACHE.load_project(config.config_file_path, config.docs_dir, config.site_dir)
    for problem in site.warnings:
        log.warning(str(problem))
    if (failure := site.failure(config.site_url)) is not None:
        raise PluginError(failure)
    assert site.config is not None  # failure() said so
    made_pages = sitewide.generated_pages(
        CACHE.memo,
        site.entries,
        CACHE.file_key,
        site.config.topics,
        site_name=config.site_name,
        texts=CACHE.texts,
        drafts=CACHE.show_drafts,
    )
    _add(files, config, made_pages)
    absolute = feeds.absolute_urls(config.site_url or "", {f.src_uri: f.url for f in files})
    made = feeds.feeds(site.entries, site.config.topics, config.site_name, config.site_description or "")
    _add(files, config, feeds.feed_files(made, absolute, CACHE.feeds))
    return files


_index: dict[str, str | None] = {"url": None}  # the tags page's address in this build


@event_priority(0)  # every page read; before hooks/buildcache.py keys the pages by their content
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    file = files.get_file_from_path(paths.TAGS)
    page = file.page if file is not None else None
    _index["url"] = page.url if page is not None else None
    if page is None or page.content is None:
        return env
    read = (f.page for f in files.documentation_pages(inclusion=lambda _: True) if f.page is not None)
    tagged = (tagsindex.Tagged.of(p.title, p.url, p.meta.get("tags")) for p in read if p.markdown is not None)
    made, anchors = tagsindex.index((t for t in tagged if t is not None), page.url)
    page.content += made
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= set(anchors)  # listings link to each tag there
    return env


@event_priority(50)  # before Material's tags plugin, which then leaves the chips as they are
def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    context["tags"] = tagsindex.chips(page.meta.get("tags"), _index["url"])
    return context
