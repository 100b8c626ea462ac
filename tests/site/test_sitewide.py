"""Generated pages kept between builds by every article file's key (digest.site.sitewide)."""

from __future__ import annotations

from pathlib import Path

from digest.config import SiteConfig
from digest.site import sitewide
from digest.site.buildcache import Store
from digest.site.pages import build_pages
from tests.site.helpers import entry


def test_pages_come_back_while_no_file_changed_and_are_made_again_when_one_did(
    tmp_path: Path, config: SiteConfig
) -> None:
    entries = [entry("Quay reopens", "2025-03-01"), entry("Ferry strike ends", "2025-03-02")]
    keys = {e.src: b"k-" + e.src.encode() for e in entries}
    calls: list[int] = []

    def pages(changed: bytes = b"", *, drafts: bool = False) -> list[str]:
        with Store(tmp_path / "cache") as store:
            made = sitewide.generated_pages(
                store, entries, lambda e: keys[e.src] + changed, config.topics, site_name="D", texts={}, drafts=drafts
            )
            calls.append(store.added)
            store.commit()
        return [g.content for g in made]

    expected = [g.content for g in build_pages(entries, config.topics, "D")]
    assert pages() == expected
    assert pages() == expected
    assert calls == [1, 0]  # the second build took them from the cache
    assert pages(b"edited") == expected  # same text here, but a file changed: made again
    assert pages(drafts=True) == expected
    assert calls == [1, 0, 1, 1]


def test_without_a_key_for_every_file_nothing_is_kept(tmp_path: Path, config: SiteConfig) -> None:
    entries = [entry("Quay reopens", "2025-03-01")]
    with Store(tmp_path / "cache") as store:
        sitewide.generated_pages(store, entries, lambda e: b"", config.topics, site_name="D", texts={}, drafts=False)
        assert store.added == 0
    assert sitewide.inputs_key("pages", [("a.md", b"k"), ("b.md", b"")], "()") is None
    assert sitewide.inputs_key("pages", [("b.md", b"k2"), ("a.md", b"k")], "()") == sitewide.inputs_key(
        "pages", [("a.md", b"k"), ("b.md", b"k2")], "()"
    )
