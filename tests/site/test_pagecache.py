"""The build cache's pieces: keys that never mix two inputs, listings rendered in groups as a whole, the site folder."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

import jinja2
import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.config import load_config
from digest.site import blocks, fingerprint, pagecache, pages
from digest.site.outputs import SiteFolder
from digest.site.rendered import Rendered, flat_toc, merge, nested_toc, render_in_groups
from tests.site.helpers import ROOT, entry

EXTENSIONS = ["admonition", "attr_list", "toc", "digest.site.safehtml"]
CONFIGS = {"toc": {"permalink": True, "toc_depth": 3}}


def _listing_pages(count: int) -> list[str]:
    topics = load_config(ROOT / "site_config").topics
    entries = [
        entry(
            f"Story {i % 40} on the [seawall] & <vote>",  # titles repeat: their anchors clash across groups
            f"202{i % 2}-{i % 12 + 1:02d}-{i % 28 + 1:02d}",  # two years: year pages long enough to group
            id=f"s{i}",
            topics=("Politics", "Health") if i % 3 else ("Politics",),
            tags=(f"Person {i % 9}", "Porthallow Bay"),
        )
        for i in range(count)
    ]
    return [p.content.split("---\n", 2)[2] for p in pages.build_pages(entries, topics, "Digest")]


def _render(text: str) -> Rendered:
    """``text`` rendered by Python-Markdown with the site's extensions, as `Rendered` (its anchors from the HTML)."""
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS)
    html = md.convert(text)
    toc = tuple((int(t["level"]), str(t["id"]), str(t["name"])) for t in _flatten(md.toc_tokens))  # type: ignore[attr-defined,call-overload]
    return Rendered(html, toc, None, frozenset(re.findall(r' id="([^"]+)"', html)), None, (), ())


def test_long_listings_render_in_groups_exactly_as_whole() -> None:
    grouped = reserved = 0
    asked: list[str] = []
    for text in _listing_pages(blocks.MINIMUM_BLOCKS * 3):
        groups = blocks.page_groups(text)
        if groups is None:
            continue
        grouped += 1
        assert "\n\n".join(groups) == text
        whole = _render(text)

        def render(piece: str) -> Rendered:
            asked.append(piece)
            return _render(piece)

        made = render_in_groups(groups, render)
        assert made is not None
        assert made.content == whole.content
        assert made.anchors == whole.anchors
        assert _strip(nested_toc(made.toc)) == _strip(nested_toc(whole.toc))
        reserved += sum(piece.startswith(blocks.RESERVED) for piece in asked)
    assert grouped >= 3  # the Politics page, the timeline's years...
    assert reserved > 0  # repeated titles made groups take the anchors of earlier ones


def _flatten(tokens: list[dict[str, object]]) -> list[dict[str, object]]:
    found = []
    for token in tokens:
        found.append(token)
        found += _flatten(token["children"])  # type: ignore[arg-type]
    return found


def _strip(tokens: list[dict[str, object]]) -> list[object]:
    return [(t["level"], t["id"], t["name"], _strip(t["children"])) for t in tokens]  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text("abc \n", min_size=1, max_size=12), min_size=1, max_size=120), st.data())
def test_inserting_a_block_changes_one_group(texts: list[str], data: st.DataObject) -> None:
    made = [f"## {t}" for t in texts]
    at = data.draw(st.integers(1, len(made)))
    before = blocks.groups(made)
    after = blocks.groups([*made[:at], "## inserted", *made[at:]])
    assert "\n\n".join(before) == "\n\n".join(made)
    assert len(set(after) - set(before)) <= 2  # the group it lands in (split in two when it ends one)


def test_pages_that_are_not_safe_to_cut_are_rendered_whole() -> None:
    many = "\n\n".join(f"## {i}\n\ntext" for i in range(blocks.MINIMUM_BLOCKS + 1))
    assert blocks.page_groups(many) is not None
    assert blocks.page_groups("# A\n\n" + many[:200]) is None  # short
    assert blocks.page_groups(many + "\n\n```\n# code\n```") is None
    assert blocks.page_groups(many + "\n\n<div>\n\n# x\n\n</div>") is None


def _rendered(anchors: set[str], content: str = "<p>x</p>") -> Rendered:
    return Rendered(content, ((2, next(iter(anchors), "a"), "A"),), None, frozenset(anchors), None, (), ())


def test_groups_that_made_the_same_anchor_are_rendered_whole() -> None:
    assert merge([_rendered({"a"}), _rendered({"b"})]) is not None
    assert merge([_rendered({"a"}), _rendered({"a"})]) is None


def test_merged_groups_keep_every_link_and_message_in_order() -> None:
    first = Rendered(
        "<h1>T</h1>",
        ((1, "t", "T"),),
        "T",
        frozenset({"t"}),
        (("x.md", (("a", "x.md#a"),)),),
        (("x.md", ("x/", False)),),
        (("mkdocs", 30, "one"),),
    )
    second = Rendered(
        "<p>2</p>",
        (),
        "ignored",
        frozenset(),
        (("x.md", (("b", "x.md#b"),)),),
        (("y.md", None),),
        (("mkdocs", 30, "two"),),
    )
    made = merge([first, second])
    assert made is not None
    assert made.content == "<h1>T</h1>\n<p>2</p>"
    assert made.title == "T"
    assert made.anchor_links == (("x.md", (("a", "x.md#a"), ("b", "x.md#b"))),)
    assert made.targets == (("x.md", ("x/", False)), ("y.md", None))
    assert [m[2] for m in made.messages] == ["one", "two"]


class _Item:
    def __init__(self, level: int, anchor: str, title: str, children: list[_Item]) -> None:
        self.level, self.id, self.title, self.children = level, anchor, title, children


def test_a_table_of_contents_survives_the_round_trip() -> None:
    toc = [_Item(1, "a", "A", [_Item(2, "b", "B", [_Item(3, "c", "C", [])]), _Item(2, "d", "D", [])])]
    flat = flat_toc(toc)
    assert flat == ((1, "a", "A"), (2, "b", "B"), (3, "c", "C"), (2, "d", "D"))
    assert flat_toc([_Item(t["level"], t["id"], t["name"], _items(t["children"])) for t in nested_toc(flat)]) == flat


def _items(tokens: list[dict[str, object]]) -> list[_Item]:
    return [_Item(t["level"], t["id"], t["name"], _items(t["children"])) for t in tokens]  # type: ignore[arg-type]


def _slug(text: str, sep: str, case: str = "lower") -> str:
    return text


def test_stable_text_names_functions_and_never_an_address() -> None:
    settings_ = {"slugify": functools.partial(_slug, case="lower"), "sort": sorted, "when": {3, 1, 2}}
    text = fingerprint.stable(settings_)
    assert "0x" not in text
    assert text == fingerprint.stable(dict(reversed(settings_.items())))
    assert fingerprint.stable({"a": 1}) != fingerprint.stable({"a": "1"})
    assert fingerprint.stable(object()) != fingerprint.stable(object())  # unknown: a miss, never a wrong hit


def test_a_tree_digest_follows_every_file(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "main.html").write_text("one", encoding="utf-8")
    first = fingerprint.tree(tmp_path)
    (tmp_path / "a" / "main.html").write_text("two", encoding="utf-8")
    second = fingerprint.tree(tmp_path)
    (tmp_path / "a" / "main.html").rename(tmp_path / "a" / "other.html")
    assert len({first, second, fingerprint.tree(tmp_path)}) == 3
    assert fingerprint.tree(tmp_path / "missing") == ""


def test_overrides_that_list_every_page_or_show_the_day_are_found(tmp_path: Path) -> None:
    env = jinja2.Environment()
    (tmp_path / "main.html").write_text("{% for p in pages %}{{ p }}{% endfor %}{{ build_date_utc }}", "utf-8")
    assert {"pages", "build_date_utc"} <= pagecache.template_variables(env, str(tmp_path))
    (tmp_path / "main.html").write_text("{{ page.title }}", "utf-8")
    assert pagecache.template_variables(env, str(tmp_path)) == {"page"}


def test_only_known_template_handlers_allow_writing_pages_from_the_cache() -> None:
    assert pagecache.fast_path(["material.plugins.tags.plugin", "hooks/head.py"])
    assert not pagecache.fast_path(["material.plugins.tags.plugin", "mkdocs_minify_plugin.plugin"])


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    (folder / "articles" / "a").mkdir(parents=True)
    (folder / "articles" / "a" / "index.html").write_text("page a", "utf-8")
    (folder / "gone.html").write_text("stale", "utf-8")
    return folder


def test_the_site_folder_comes_back_with_its_pages_and_without_stale_files(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = SiteFolder(str(site), cache)
    first.set_aside()
    assert not first.kept  # no record yet: MkDocs empties the folder as always
    first.finish([("articles/a/index.html", b"k")], kept=[])
    second = SiteFolder(str(site), cache)
    second.set_aside()
    assert not site.exists()  # MkDocs would empty nothing
    second.take_back()
    assert second.unchanged("articles/a/index.html", b"k")
    assert not second.unchanged("articles/a/index.html", b"other key")
    (site / "new.html").write_text("written by this build", "utf-8")
    second.finish([("articles/a/index.html", b"k")], kept=["articles/a/index.html"])
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == [
        "articles/a/index.html",
        "new.html",
    ]


def test_a_page_edited_in_the_site_folder_is_not_kept(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    SiteFolder(str(site), cache).finish([("articles/a/index.html", b"k")], kept=[])
    page = site / "articles" / "a" / "index.html"
    page.write_text("edited", "utf-8")
    again = SiteFolder(str(site), cache)
    again.set_aside()
    again.take_back()
    assert not again.unchanged("articles/a/index.html", b"k")
    again.finish([], kept=[])
    assert not page.exists()  # neither written nor kept: a clean build would not have it either


def test_a_build_that_fails_leaves_no_record(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    SiteFolder(str(site), cache).finish([("articles/a/index.html", b"k")], kept=[])
    failed = SiteFolder(str(site), cache)
    failed.set_aside()
    failed.take_back()  # ... and the build stops here
    later = SiteFolder(str(site), cache)
    later.set_aside()
    assert not later.kept
    assert os.path.isdir(site)


def test_a_build_that_fails_before_taking_the_folder_back_leaves_nothing_aside(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    SiteFolder(str(site), cache).finish([("articles/a/index.html", b"k")], kept=[])
    failed = SiteFolder(str(site), cache)
    failed.set_aside()  # ... and the build fails before MkDocs' files event
    failed.abandon()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("site")] == []
