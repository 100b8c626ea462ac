"""`digest.site.reuse`: the build cache's decisions, on stand-ins for MkDocs' files and pages."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from digest.site import reuse


class _Level:
    def __init__(self, excluded: bool) -> None:
        self.excluded = excluded

    def is_excluded(self) -> bool:
        return self.excluded


def _file(tmp_path: Path, name: str, *, excluded: bool = False) -> Any:
    return SimpleNamespace(
        url=f"{name}/", inclusion=_Level(excluded), abs_dest_path=str(tmp_path / name / "index.html")
    )


def test_a_link_target_is_the_address_and_whether_the_site_leaves_it_out(tmp_path: Path) -> None:
    assert reuse.target(None) is None
    assert reuse.target(_file(tmp_path, "a")) == ("a/", False)
    assert reuse.target(_file(tmp_path, "draft", excluded=True)) == ("draft/", True)


def test_only_built_pages_kept_out_of_search_are_held(tmp_path: Path) -> None:
    def page(meta: dict[str, Any], *, excluded: bool = False) -> Any:
        return SimpleNamespace(meta=meta, file=_file(tmp_path, "p", excluded=excluded))

    assert reuse.held(page({"search": {"exclude": True}}))
    assert not reuse.held(page({}))  # its search entry is made from its HTML: it goes through the template
    assert not reuse.held(page({"search": {"exclude": True}}, excluded=True))


def test_held_pages_are_written_except_kept_files_and_pages_gone_from_the_cache(tmp_path: Path) -> None:
    fresh, kept, gone = (_file(tmp_path, n) for n in ("fresh", "kept", "gone"))
    stored = {b"k-fresh": b"<html>fresh</html>", b"k-kept": b"<html>kept</html>"}
    cache: Any = SimpleNamespace(
        skipped=[(fresh, b"k-fresh", False), (kept, b"k-kept", True), (gone, b"k-gone", False)],
        page=lambda key, count=True: stored.get(key),
    )

    done = reuse.write_held(cache)

    assert done == [fresh, kept]  # MkDocs builds the page the cache lost
    assert Path(fresh.abs_dest_path).read_bytes() == b"<html>fresh</html>"
    assert not Path(kept.abs_dest_path).exists()  # already in the site folder as it was: not written again
    assert not Path(gone.abs_dest_path).exists()
