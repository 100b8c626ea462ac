"""Telling ``mkdocs serve`` of a saved file at once, from file-system events instead of polling.

MkDocs' live-reload server polls its watched folders every half second (a
``watchdog`` ``PollingObserver``), so an edit waits 0.25 s on average, and up
to 0.5 s, before the rebuild starts; each poll also stats every file of the
docs folder. `use_file_events` moves the server's watches to the platform's
file-system events (inotify on Linux, FSEvents on macOS): the rebuild starts
as soon as the editor has saved.

It uses only what the server offers plugins in MkDocs' ``on_serve`` event: its
``watch`` and ``unwatch`` methods and its ``observer`` (the server starts and
stops whichever observer it holds). Only changes are events here (created,
modified, moved, deleted): MkDocs rebuilds on any event, and a file merely
opened or closed (which MkDocs itself does while building) must not start
another build. When the platform's events are not available (no inotify, or its
watch limit reached), the server keeps polling, as it would without this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from watchdog import events
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch

CHANGES: list[type[events.FileSystemEvent]] = [
    events.FileCreatedEvent,
    events.FileModifiedEvent,
    events.FileMovedEvent,
    events.FileDeletedEvent,
    events.DirCreatedEvent,
    events.DirMovedEvent,
    events.DirDeletedEvent,
]
"""The events that mean a watched file changed."""


class Watching(Protocol):
    """What `use_file_events` needs of MkDocs' ``LiveReloadServer``."""

    observer: Any

    def watch(self, path: str, func: None = None, *, recursive: bool = True) -> None: ...

    def unwatch(self, path: str) -> None: ...


class ChangeObserver(Observer):  # type: ignore[misc,valid-type]  # the platform's observer class
    """The platform's file-event observer, reporting changes only (`CHANGES`)."""

    def schedule(
        self,
        event_handler: events.FileSystemEventHandler,
        path: str | Path,
        *,
        recursive: bool = False,
        event_filter: list[type[events.FileSystemEvent]] | None = None,
        follow_symlink: bool = False,
    ) -> ObservedWatch:
        chosen = CHANGES if event_filter is None else event_filter
        watch: ObservedWatch = super().schedule(
            event_handler, path, recursive=recursive, event_filter=chosen, follow_symlink=follow_symlink
        )
        return watch


def _unwatch_all(server: Watching, path: str) -> int:
    """Remove every watch of ``path``; how many there were."""
    count = 0
    while True:
        try:
            server.unwatch(path)
        except KeyError:
            return count
        count += 1


def use_file_events(server: Watching, paths: Iterable[str | None], make: Callable[[], Any] = ChangeObserver) -> bool:
    """Move ``server``'s watches of ``paths`` (the docs folder, mkdocs.yml, ...) to a ``make`` observer.

    Call it before the server starts (MkDocs' ``on_serve``); paths the server
    watches later go to the new observer too. Paths not watched (and ``None``) are skipped.
    Returns False, with every watch left polling as before, when the new
    observer cannot watch a path.
    """
    moved = {path: n for path in dict.fromkeys(paths) if path and (n := _unwatch_all(server, path))}
    polling = server.observer
    server.observer = make()
    try:
        for path, count in moved.items():
            for _ in range(count):
                server.watch(path)
    except OSError:
        for path in moved:
            _unwatch_all(server, path)
        server.observer = polling
        for path, count in moved.items():
            for _ in range(count):
                server.watch(path)
        return False
    return True
