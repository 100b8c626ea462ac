"""Works' titles a page sets in italics or ``<cite>`` are read whole by the tagger (issue 11, eighteenth round):
"<em>Salt and Sorrow</em>" is one album, not the names Salt and Sorrow. Pages invented."""

from __future__ import annotations

import lxml.html

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.emphasis import marked_in_markup, marked_titles
from digest.readers.feed import read_feed
from digest.readers.html import read_html
from tests.conftest import ADDED

_PARAGRAPHS = """
<p>LONDON — The folk duo Marren Vale released <em>Salt and Sorrow</em> on Friday, ten years after
<i>Ghost of the Valley</i> made them stars across Britain and Ireland.</p>
<p>Singer Tamsin Achebe said Salt and Sorrow was recorded in a week at a farmhouse near Penzance, and that
the band would tour <cite>The Lantern and the Lake</cite> next spring with the label Rookwood Records.</p>
<p><em>Tamsin Achebe</em> thanked the fans. <em>It was the hardest record we have ever made.</em></p>
"""


def test_only_title_case_phrases_with_small_words_or_an_article_first_are_marked_titles() -> None:
    tree = lxml.html.fromstring(
        f"<html><body><p>By <em>Ann Roe</em>, author of <i>The Quiet Rivers</i></p>{_PARAGRAPHS}</body></html>"
    )
    assert marked_titles(tree) == (
        "The Quiet Rivers",
        "Salt and Sorrow",
        "Ghost of the Valley",
        "The Lantern and the Lake",
    )


def test_a_title_a_page_marks_is_one_tag(config: SiteConfig) -> None:
    page = (
        "<html><head><title>Marren Vale return with a new album | The Kelmscott Echo</title></head>"
        f"<body><article><h1>Marren Vale return with a new album</h1>{_PARAGRAPHS}</article></body></html>"
    )
    (doc,) = read_html("page.html", page.encode())
    tags = convert_document(doc, config, ADDED).article.tags
    assert {"Salt and Sorrow", "Ghost of the Valley", "Tamsin Achebe"} <= set(tags)
    assert not {"Salt", "Sorrow", "Ghost", "Valley", "Lantern", "Lake"} & set(tags)


def test_a_feed_entry_marks_titles_in_its_content() -> None:
    assert marked_in_markup(["<p>Their album <em>Salt and Sorrow</em> is out.</p>", "no markup", "<"]) == (
        "Salt and Sorrow",
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>The Kelmscott Echo</title><item><title>A new album</title>"
        "<link>https://echo.example/a</link><content:encoded><![CDATA[" + _PARAGRAPHS + "]]></content:encoded>"
        "</item></channel></rss>"
    )
    (doc,) = read_feed("feed.xml", feed.encode())
    assert "Salt and Sorrow" in doc.works
