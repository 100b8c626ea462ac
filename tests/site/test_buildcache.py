"""The build cache's store: blobs by key in packs, an index replaced atomically, unused blobs dropped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.site import buildcache, cachefiles
from digest.site.buildcache import Store, key
from digest.site.pagewriter import PageWriter


def _store(tmp_path: Path, opened: list[Store] | None = None) -> Store:
    store = Store(tmp_path / "cache")
    if opened is not None:
        opened.append(store)
    return store


@pytest.fixture
def opened() -> Iterator[list[Store]]:
    """Stores a test opens, closed after it."""
    found: list[Store] = []
    yield found
    for store in found:
        store.close()


def test_a_committed_blob_is_found_by_the_next_build(tmp_path: Path, opened: list[Store]) -> None:
    store = _store(tmp_path, opened)
    store.put(key("a"), b"first")
    store.dump(key("b"), {"x": (1, 2)})
    assert store.get(key("a")) == b"first"  # readable before the commit, from this build's own pack
    store.commit()
    store.close()
    again = _store(tmp_path, opened)
    assert again.get(key("a")) == b"first"
    assert again.load(key("b")) == {"x": (1, 2)}
    assert again.get(key("c")) is None


def test_a_build_that_never_commits_leaves_the_cache_as_it_was(tmp_path: Path, opened: list[Store]) -> None:
    store = _store(tmp_path, opened)
    store.put(key("a"), b"kept")
    store.commit()
    store.close()
    failed = _store(tmp_path, opened)
    failed.put(key("b"), b"half a build")
    failed.close()
    after = _store(tmp_path, opened)
    assert after.get(key("a")) == b"kept"
    assert after.get(key("b")) is None
    assert len(list((tmp_path / "cache" / "packs").glob("*.pack"))) == 1  # the uncommitted pack is gone


def test_blobs_a_build_did_not_use_are_dropped_unless_kept(tmp_path: Path, opened: list[Store]) -> None:
    store = _store(tmp_path, opened)
    for name in ("a", "b", "c"):
        store.put(key(name), name.encode())
    store.commit()
    store.close()
    dirty = _store(tmp_path, opened)  # a preview's build sees a few pages: it keeps the rest
    assert dirty.get(key("a")) == b"a"
    dirty.commit(keep_unused=True)
    dirty.close()
    full = _store(tmp_path, opened)
    assert full.get(key("b")) == b"b"
    full.put(key("d"), b"d")
    full.commit()
    full.close()
    last = _store(tmp_path, opened)
    assert [last.get(key(n)) for n in "abcd"] == [None, b"b", None, b"d"]


def test_packs_mostly_unused_are_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[Store]
) -> None:
    monkeypatch.setattr(buildcache, "COMPACT_MIN", 0)
    store = _store(tmp_path, opened)
    for i in range(10):
        store.put(key(str(i)), bytes(1000))
    store.commit()
    store.close()
    one = _store(tmp_path, opened)
    assert one.get(key("3")) == bytes(1000)
    one.put(key("new"), b"x")
    one.commit()
    one.close()
    packs = list((tmp_path / "cache" / "packs").glob("*.pack"))
    assert len(packs) == 1
    assert packs[0].stat().st_size == 1001
    last = _store(tmp_path, opened)
    assert (last.get(key("3")), last.get(key("new")), last.get(key("4"))) == (bytes(1000), b"x", None)


def test_a_missing_pack_or_a_foreign_index_is_a_miss_never_an_error(tmp_path: Path, opened: list[Store]) -> None:
    store = _store(tmp_path, opened)
    store.put(key("a"), b"a")
    store.commit()
    store.close()
    for pack in (tmp_path / "cache" / "packs").glob("*.pack"):
        pack.unlink()
    assert _store(tmp_path, opened).get(key("a")) is None
    (tmp_path / "cache" / "index").write_bytes(b"something else entirely")
    assert _store(tmp_path, opened).get(key("a")) is None
    (tmp_path / "cache" / "index").write_bytes(cachefiles.FORMAT + b"\x80garbage")
    assert _store(tmp_path, opened).get(key("a")) is None


def test_a_blob_that_does_not_unpickle_is_a_miss(tmp_path: Path, opened: list[Store]) -> None:
    store = _store(tmp_path, opened)
    store.put(key("a"), b"not a pickle")
    assert store.load(key("a")) is None


def test_two_builds_at_once_each_keep_a_working_cache(tmp_path: Path, opened: list[Store]) -> None:
    first, second = _store(tmp_path, opened), _store(tmp_path, opened)
    first.put(key("a"), b"from the first")
    second.put(key("b"), b"from the second")
    first.commit()
    first.close()
    second.commit()  # the last commit decides what is kept; nothing it lists is missing
    second.close()
    after = _store(tmp_path, opened)
    assert after.get(key("b")) == b"from the second"
    assert after.get(key("a")) in (None, b"from the first")


def test_the_folder_is_marked_as_a_cache(tmp_path: Path, opened: list[Store]) -> None:
    store = _store(tmp_path, opened)
    store.put(key("a"), b"a")
    store.commit()
    store.close()
    assert (
        (tmp_path / "cache" / "CACHEDIR.TAG")
        .read_text(encoding="utf-8")
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )


def test_the_cache_folder_sits_next_to_mkdocs_yml(tmp_path: Path) -> None:
    assert buildcache.folder_for(tmp_path / "mkdocs.yml") == tmp_path.resolve() / ".cache" / "digest"


def test_the_page_writer_writes_blobs_that_outlive_the_caches_clean_up(tmp_path: Path, opened: list[Store]) -> None:
    store = _store(tmp_path, opened)
    store.put(key("a"), b"<html>page a</html>")
    store.put(key("blank"), b"  \n")
    where = {name: store.location(key(name)) for name in ("a", "blank", "never stored")}
    assert where["never stored"] is None
    site = tmp_path / "site"
    pages = [(str(site / "a" / "index.html"), where["a"]), (str(site / "blank" / "index.html"), where["blank"])]
    gone = (tmp_path / "gone.pack", 0, 4)
    writer = PageWriter([*((d, w) for d, w in pages if w is not None), (str(site / "c.html"), gone)])
    assert writer.taken == {pages[0][0], pages[1][0]}  # a page whose pack is missing stays MkDocs' to build
    store.close()  # the build's end: packs the writer opened stay readable
    for pack in (tmp_path / "cache" / "packs").glob("*.pack"):
        pack.unlink()
    assert writer.wait() == []
    assert (site / "a" / "index.html").read_bytes() == b"<html>page a</html>"
    assert not (site / "blank").exists()  # an empty page gets no file, as MkDocs does


def test_the_page_writer_reports_a_page_it_could_not_read(tmp_path: Path) -> None:
    pack = tmp_path / "short.pack"
    pack.write_bytes(b"abc")
    writer = PageWriter([(str(tmp_path / "x.html"), (pack, 0, 10))])
    assert writer.wait() == [str(tmp_path / "x.html")]
    assert not (tmp_path / "x.html").exists()
