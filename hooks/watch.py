"""MkDocs hook: ``mkdocs serve`` learns of a saved file from file-system events, not a half-second poll.

`digest.site.watch` moves the server's watches (the docs folder, mkdocs.yml, the
theme under ``--watch-theme``) to the platform's file events, or leaves them
polling when those are not available; ``watch:`` entries of mkdocs.yml follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mkdocs.config.defaults import MkDocsConfig

if TYPE_CHECKING:  # mkdocs build never loads the live-reload server nor watchdog
    from mkdocs.livereload import LiveReloadServer


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
    from digest.site import watch

    watch.use_file_events(server, [config.docs_dir, config.config_file_path, *config.theme.dirs])
    return server
