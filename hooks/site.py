"""MkDocs hook: check every article, then add the home, topic, timeline and tags pages and the feeds.

A thin adapter: `digest.site` reads the articles and ``site_config/`` and says
what the pages and feeds contain; this module moves MkDocs objects in and
``File.generated`` files out. The state shared with the other hooks (and kept
between ``mkdocs serve`` rebuilds) is `digest.site.cache.CACHE`.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from digest.site import feeds, generated, sitewide
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
