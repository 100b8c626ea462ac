"""The site built from the hostile corpus, read without a browser: payloads arrive, as text only.

`tests.safety.hostile_site` converts the hostile inputs, adds the hand-edited
hostile articles and builds with ``mkdocs build --strict``. These tests parse the
output: the payloads are on the pages, in the feeds and in the search index as
text (so the browser test is not passing on an empty site), and nowhere as markup.
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET

import pytest

from digest.contract.articlefile import parse
from tests.safety.browser import site_pages
from tests.safety.hostile_site import ARTICLES, HostileSite, build
from tests.site.helpers import assert_inert, elements, page_file, project_html

BASE = "http://127.0.0.1:8000/"
JINJA_RESULT = "JINJARAN"
"""What ``{{ "JINJA" ~ "RAN" }}`` in the corpus would print if anything evaluated it as a template."""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[HostileSite, str]:
    return build(tmp_path_factory.mktemp("hostile"), BASE), BASE


def _article(name: str) -> tuple[str, str]:
    """(title, summary) of a hand-edited hostile article, as its frontmatter states them."""
    parsed = parse(name, (ARTICLES / name).read_text(encoding="utf-8")).article
    assert parsed is not None
    return parsed.title, parsed.summary


def test_the_payloads_reach_the_pages_as_text(hostile: tuple[HostileSite, str]) -> None:
    site, _ = hostile
    assert len(list(site.articles.glob("*.md"))) == 8  # six converted entries, two hand-edited articles
    title, _ = _article("sample-hostile-frontmatter.md")
    page = project_html(page_file(site.site, "articles/sample-hostile-frontmatter"))
    assert page.title == f"{title} - Digest"
    assert page.h1 == [title]
    topic = project_html(page_file(site.site, "topics/hostile-topic"))
    assert topic.title == """Hostile "Topic" </title><script>alert('topic-title')</script> - Digest"""
    for path in site.site.rglob("*"):
        if path.suffix in {".html", ".xml", ".json"}:
            assert JINJA_RESULT not in path.read_text(encoding="utf-8"), path


def test_editor_markdown_links_lose_script_targets_and_keep_their_text(hostile: tuple[HostileSite, str]) -> None:
    site, _ = hostile
    page = project_html(page_file(site.site, "articles/sample-hostile-markdown"))
    kept = [text for _, text in page.links]
    assert "javascript link" not in kept
    assert {"relative link", "fragment", "web link", "mail link", "link with a hostile title"} <= set(kept)
    assert not any(href.lower().startswith(("javascript", "data", "vbscript")) for href, _ in page.links)


def test_rss_items_carry_the_payloads_as_text(hostile: tuple[HostileSite, str]) -> None:
    site, base = hostile
    title, summary = _article("sample-hostile-frontmatter.md")
    feeds = sorted(site.site.glob("feed*.xml"))
    assert len(feeds) >= 2
    items = [item for feed in feeds for item in ET.parse(feed).getroot().iter("item")]
    for item in items:
        description = item.findtext("description", "")
        assert elements(description) == [], description  # RSS descriptions are HTML: no element at all
        assert (item.findtext("link") or "").startswith(base)
        source = item.find("source")
        assert source is not None
        assert source.get("url", "").startswith(("http://", "https://"))
    hostile_items = [i for i in items if i.findtext("title") == title]
    assert hostile_items, "the hostile title is in the feeds, as text"
    assert html.unescape(hostile_items[0].findtext("description", "")) == summary


def test_json_feed_items_are_text_only(hostile: tuple[HostileSite, str]) -> None:
    site, base = hostile
    title, _ = _article("sample-hostile-frontmatter.md")
    items = [item for feed in site.site.glob("feed*.json") for item in json.loads(feed.read_text("utf-8"))["items"]]
    assert any(item["title"] == title for item in items)
    for item in items:
        assert "content_html" not in item  # JSON Feed readers render content_html; Digest writes text only
        assert item["url"].startswith(base)
        assert item.get("external_url", "https://").startswith(("http://", "https://"))


def test_search_index_and_tags_hold_no_live_markup(hostile: tuple[HostileSite, str]) -> None:
    site, _ = hostile
    title, _ = _article("sample-hostile-frontmatter.md")
    docs = json.loads((site.site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    for doc in docs:  # Material renders title, text and tags of a result as HTML
        for value in [doc["title"], doc["text"], *doc.get("tags", [])]:
            assert_inert(value)
    assert title in {html.unescape(doc["title"]) for doc in docs}
    assert not (site.site / "tags.json").exists()  # Material's export is off (mkdocs.yml): nothing reads it


def test_no_page_is_missed(hostile: tuple[HostileSite, str]) -> None:
    site, _ = hostile
    pages = site_pages(site.site)
    html_files = list(site.site.rglob("*.html"))
    assert len([p for p in pages if not p.endswith((".xml", ".json"))]) == len(html_files)
