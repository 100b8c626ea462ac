"""The tags index and the tag chips (digest.site.tagsindex): grouping, order, links, escaping."""

from __future__ import annotations

import re

from digest.site import tagsindex
from digest.site.listing import PageLinks
from digest.site.tagsindex import Tagged
from tests.site.helpers import entry


def _sections(made: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading id, [(link, title)]) for each tag of the index, in order."""
    found = []
    for block in made.split("<h2 ")[1:]:
        ident = re.match(r'id="([^"]+)"', block)
        assert ident is not None
        found.append((ident.group(1), re.findall(r'<li><a href="([^"]+)">([^<]*)</a></li>', block)))
    return found


def test_each_tag_lists_its_pages_by_title_with_links_relative_to_the_tags_page() -> None:
    pages = [
        Tagged("Zinc mine reopens", "articles/zinc/", ("Harbour Authority", "Velmora")),
        Tagged("ferry strike ends", "articles/ferry/", ("Velmora",)),
        Tagged("About this digest", "about/", ("Velmora", "Velmora")),  # a tag given twice
    ]
    made, anchors = tagsindex.index(pages, "tags/")
    assert _sections(made) == [
        ("tag:harbour-authority", [("../articles/zinc/", "Zinc mine reopens")]),
        (
            "tag:velmora",
            [
                ("../about/", "About this digest"),
                ("../articles/ferry/", "ferry strike ends"),
                ("../articles/zinc/", "Zinc mine reopens"),
            ],
        ),
    ]
    assert anchors == ["tag:harbour-authority", "tag:velmora"]


def test_forms_of_one_tag_that_share_an_anchor_are_one_entry_named_as_most_pages_write_it() -> None:
    pages = [Tagged("A", "a/", ("Port Elm",)), Tagged("B", "b/", ("Port Elm",)), Tagged("C", "c/", ("port elm",))]
    made, anchors = tagsindex.index(pages, "tags/")
    assert anchors == ["tag:port-elm"]
    assert '<span class="md-tag">Port Elm</span>' in made
    assert [title for _, title in _sections(made)[0][1]] == ["A", "B", "C"]


def test_the_index_anchors_are_the_ones_listings_link_to() -> None:
    article = entry("Talks in São Tomé", "2025-03-02", tags=("São Tomé", "AT&T"))
    listed = PageLinks("index.md", {}).tags(article.article)
    made, anchors = tagsindex.index([Tagged("Talks", "articles/talks/", article.article.tags)], "tags/")
    for anchor in anchors:
        assert f"(tags.md{tagsindex.anchor_link(anchor)})" in listed
        assert f'id="{anchor}"' in made


def test_titles_and_tags_show_as_text_whatever_the_page_says() -> None:
    hostile = Tagged('<img src=x onerror=alert(1)>Rates &amp; "rents"', "a/", ("<script>x</script>", "AT&amp;T"))
    made, _ = tagsindex.index([hostile], "tags/")
    assert "<script" not in made
    assert "<img" not in made
    assert "Rates &amp; &quot;rents&quot;" in made  # an escaped title is not escaped twice
    assert '<span class="md-tag">AT&amp;T</span>' in made


def test_links_work_without_directory_urls() -> None:
    made, _ = tagsindex.index([Tagged("T", "articles/t.html", ("X",)), Tagged("H", "index.html", ("X",))], "tags.html")
    assert [link for link, _ in _sections(made)[0][1]] == ["index.html", "articles/t.html"]


def test_no_tags_says_so() -> None:
    assert tagsindex.index([], "tags/") == (tagsindex.EMPTY + "\n", [])
    assert Tagged.of("T", "t/", []) is None
    assert Tagged.of("T", "t/", "Oslo") is None  # not a list: Material's plugin reports it


def test_chips_link_to_the_index_and_are_escaped() -> None:
    chips = tagsindex.chips(["Oslo", "<b>Bold</b>", "Oslo"], "tags/")
    assert chips == [
        {"name": "Oslo", "url": "tags/#tag:oslo", "hidden": False},
        {"name": "Bold", "url": "tags/#tag:bold", "hidden": False},
    ]
    assert tagsindex.chips(["Oslo"], None) == [{"name": "Oslo", "url": None, "hidden": False}]
    assert tagsindex.chips(None, "tags/") == []
