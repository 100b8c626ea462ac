"""An article file unchanged since the last build is known by its stamp; values derived from it are kept.

`digest.site.stamps` lets a build take an article file's key without reading
it when its stamp is the one recorded; `digest.site.derived` keeps what is made
from the file (page metadata, sharing head) by that key.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from digest import paths
from digest.site import stamps
from digest.site.buildcache import Store
from digest.site.cache import SiteCache
from digest.site.derived import Derived
from digest.site.stamps import StampRecord
from tests.site.helpers import article, make_project

CONTENT = Path("content")
CONFIG = Path("site_config")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "cache")
    yield opened
    opened.close()


def test_a_recorded_stamp_gives_the_key_and_any_other_stamp_does_not(tmp_path: Path) -> None:
    old = (1_000, 5, 1_000)
    record = StampRecord(tmp_path, b"ctx", now_ns=10_000_000_000)
    record.note("a.md", old, b"key-a")
    record.save()
    again = StampRecord(tmp_path, b"ctx")
    assert again.key_of("a.md", old) == b"key-a"
    assert again.key_of("a.md", (1_000, 5, 2_000)) is None  # written again: a new change time
    assert again.key_of("b.md", old) is None
    assert StampRecord(tmp_path, b"other software or topics").key_of("a.md", old) is None


def test_a_file_changed_just_before_the_build_is_not_recorded(tmp_path: Path) -> None:
    now = 50_000_000_000
    record = StampRecord(tmp_path, b"ctx", now_ns=now)
    record.note("fresh.md", (now - 1_000, 5, now - 1_000), b"k1")  # coarse times could hide a second edit
    record.note("settled.md", (now - 3_000_000_000, 5, now - 3_000_000_000), b"k2")
    record.save()
    again = StampRecord(tmp_path, b"ctx")
    assert again.key_of("fresh.md", (now - 1_000, 5, now - 1_000)) is None
    assert again.key_of("settled.md", (now - 3_000_000_000, 5, now - 3_000_000_000)) == b"k2"


def test_a_damaged_record_means_every_file_is_read(tmp_path: Path) -> None:
    (tmp_path / stamps.RECORD).write_bytes(b"not a pickle")
    assert StampRecord(tmp_path, b"ctx").known == {}


def test_a_new_process_reads_only_the_file_that_changed(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_project(tmp_path, [article("One", "2025-01-01"), article("Two", "2025-01-02")])
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(stamps, "SETTLED_NS", 0)  # files written a moment ago count as settled here
    first = SiteCache()
    first.memo = store
    first.load(CONTENT, CONFIG)

    read: list[str] = []
    original = paths.read_file

    def counting(path: str, limit: int) -> bytes:
        read.append(Path(path).name)
        return bytes(original(path, limit))

    monkeypatch.setattr("digest.site.cache.read_file", counting)
    two = tmp_path / "content" / "articles" / "two.md"
    text = two.read_text("utf-8")
    two.write_text(text.replace("title: Two", "title: Owt"), "utf-8")  # the same size, a new change time
    second = SiteCache()  # as the next `mkdocs build` starts: nothing in memory
    second.memo = store
    site = second.load(CONTENT, CONFIG)
    assert read == ["two.md"]
    assert sorted(e.article.title for e in site.entries) == ["One", "Owt"]


def test_a_derived_value_is_made_once_per_file_and_inputs_and_never_shared(store: Store) -> None:
    made: list[str] = []

    def make(value: str) -> dict[str, list[str]]:
        made.append(value)
        return {"tags": [value]}

    first = Derived("meta").get("a.md", b"file-key", ("url",), store, lambda: make("x"))
    first["tags"].append("changed by a plugin")
    assert Derived("meta").get("a.md", b"file-key", ("url",), store, lambda: make("y")) == {"tags": ["x"]}
    assert Derived("meta").get("a.md", b"file-key", ("other url",), store, lambda: make("z")) == {"tags": ["z"]}
    assert Derived("meta").get("a.md", b"", ("url",), store, lambda: make("w")) == {"tags": ["w"]}  # no cache
    assert made == ["x", "z", "w"]
