"""MkDocs hook: check every article, then add the home, topic, timeline and tags pages and the feeds.

A thin adapter: `digest.site` reads the articles and ``site_config/`` and says
what the pages and feeds contain; this module moves MkDocs objects in and
``File.generated`` files out. The state shared with the other hooks (and kept
between ``mkdocs serve`` rebuilds) is `digest.site.cache.CACHE`.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from digest.site import feeds, generated, pages, paths
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
    made_pages = pages.build_pages(
        site.entries, site.config.topics, config.site_name, CACHE.texts, drafts=CACHE.show_drafts
    )
    _add(files, config, made_pages)
    absolute = feeds.absolute_urls(config.site_url or "", {f.src_uri: f.url for f in files})
    made = feeds.feeds(site.entries, site.config.topics, config.site_name, config.site_description or "")
    _add(files, config, feeds.feed_files(made, absolute, CACHE.feeds))
    return files


@event_priority(-100)  # after Material's tags plugin wrote its index into the tags page
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    tags = files.get_file_from_path(paths.TAGS)
    page = tags.page if tags is not None else None
    if page is not None and page.content and page.present_anchor_ids is not None:
        page.present_anchor_ids |= generated.anchor_ids(page.content)  # listings link to each tag there
    return env
