"""``mkdocs serve`` watches through file-system events, and keeps polling when it cannot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mkdocs.livereload import LiveReloadServer
from watchdog.observers.polling import PollingObserver

from digest.site import watch


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveReloadServer]:
    made = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    made.watch(str(tmp_path / "docs"))
    made.watch(str(tmp_path / "mkdocs.yml"))
    yield made
    made.server_close()


def watched(observer: Any) -> set[str]:
    """The folders ``observer`` watches (a file is watched through its folder)."""
    return {emitter.watch.path for emitter in observer.emitters}


def test_watches_move_to_file_events(server: LiveReloadServer, tmp_path: Path) -> None:
    polling = server.observer
    assert isinstance(polling, PollingObserver)
    docs, config = str(tmp_path / "docs"), str(tmp_path / "mkdocs.yml")
    assert watch.use_file_events(server, [docs, config, None, str(tmp_path / "not-watched")])
    assert isinstance(server.observer, watch.ChangeObserver)
    assert watched(server.observer) == {docs, str(tmp_path)}
    assert watched(polling) == set()
    (tmp_path / "site_config").mkdir()
    server.watch(str(tmp_path / "site_config"))  # a later watch (mkdocs.yml's watch: list) goes there too
    assert str(tmp_path / "site_config") in watched(server.observer)
    server.unwatch(docs)
    assert docs not in watched(server.observer)


def test_opening_a_file_is_not_a_change() -> None:
    kinds = {e.event_type for e in watch.CHANGES}
    assert kinds == {"created", "modified", "moved", "deleted"}


def test_without_file_events_the_server_keeps_polling(server: LiveReloadServer, tmp_path: Path) -> None:
    class Failing(PollingObserver):
        def schedule(self, *args: Any, **kwargs: Any) -> Any:
            raise OSError(28, "inotify watch limit reached")

    polling = server.observer
    assert not watch.use_file_events(server, [str(tmp_path / "docs"), str(tmp_path / "mkdocs.yml")], Failing)
    assert server.observer is polling
    assert watched(polling) == {str(tmp_path / "docs"), str(tmp_path)}
