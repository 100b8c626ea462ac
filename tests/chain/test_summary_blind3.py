"""Openings found by mechanism on the third blind battery's tune half (`tests/inputs/blind_pages3`), each
reproduced here on invented text first: a live blog that no metadata declares, whose entries each open with a
``<time>`` element the extractor drops; a gallery the extractor returned as one paragraph, its pictures numbered
on lines of their own ("1 / 18"); a consent dialog the extractor took for the opening of a short page.
"""

from __future__ import annotations

import pytest

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.html import read_html
from tests.conftest import ADDED
from tests.inputs.publisher_pages import HEADLINE, PARAGRAPHS, URL

ENTRY_TEXTS = (
    "Road crews have cleared the bypass and both lanes are open again, the highways office says.",
    "The ferry to the islands is cancelled for the rest of the day because of the swell.",
    "Two schools in the north of the county will open late on Wednesday.",
)


def _page(body: str) -> bytes:
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE}</title>"
        f'<link rel="canonical" href="{URL}"></head><body><article><header><h1>{HEADLINE}</h1>'
        f"<time datetime='2026-12-05'>5 December 2026</time></header><div class='article-body'>{body}</div>"
        "</article></body></html>"
    ).encode()


TIMED = {
    "entries with a time and a paragraph": "".join(
        f"<article class='entry'><time>9:{40 - k}{k} a.m.</time><p>{t}</p></article>" for k, t in enumerate(ENTRY_TEXTS)
    ),
    "posts with a time, a title and a paragraph": "".join(
        f"<div class='post'><time>23:{40 - k}{k}</time><h3>Entry {k}</h3><p>{t}</p></div>"
        for k, t in enumerate(ENTRY_TEXTS)
    ),
}


@pytest.mark.parametrize("body", TIMED.values(), ids=TIMED.keys())
def test_entries_each_opening_with_a_time_make_a_live_blog(body: str, config: SiteConfig) -> None:
    (doc,) = read_html(
        "live.html", _page(f"<div><p class='status'>LIVE <span>Updated 9:42 a.m.</span></p>{body}</div>")
    )
    conversion = convert_document(doc, config, ADDED)
    assert any("lead unusable" in note for note in conversion.notes)
    assert conversion.article.summary.startswith(ENTRY_TEXTS[0])


def test_an_article_with_dated_links_after_it_is_no_live_blog(config: SiteConfig) -> None:
    links = "".join(f"<li><time>9:0{k} a.m.</time> <a href='/a{k}'>Another story {k}</a></li>" for k in range(3))
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<ul>{links}</ul>"
    conversion = convert_document(read_html("page.html", _page(body))[0], config, ADDED)
    assert not any("lead unusable" in note for note in conversion.notes)
    assert conversion.article.summary.startswith(PARAGRAPHS[0][:40])


CAPTIONS = (
    "Rowers carry their boat down the slipway before the first heat of the winter regatta.",
    "Spectators line the harbour wall under umbrellas.",
    "The junior crews wait for the start signal.",
)


def test_a_gallery_the_extractor_returned_as_one_paragraph_is_read_by_its_figures(config: SiteConfig) -> None:
    figures = "".join(
        f"<figure><img src='/g/{k}.jpg' alt=''><figcaption>{c} (Ona Vance)</figcaption></figure>"
        f"<span class='count'>{k + 1} / 12</span>"
        for k, c in enumerate(CAPTIONS)
    )
    page = (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>Photos: {HEADLINE}</title>"
        f'<link rel="canonical" href="{URL}"></head><body><main><article><header><h1>Photos: {HEADLINE}</h1>'
        "<p class='credit-line'>Photos by Ona Vance</p><time datetime='2026-12-05'>5 December 2026</time><div "
        "class='share-bar'><span>Share</span><a href='#'>Facebook</a><a href='#'>Email</a><button>Copy link</button>"
        "</div></header>"
        f"<div class='article-body'><div class='gallery'>{figures}</div></div></article></main></body></html>"
    ).encode()
    (doc,) = read_html("gallery.html", page)
    conversion = convert_document(doc, config, ADDED)
    assert any("lead unusable" in note for note in conversion.notes)
    assert conversion.article.summary.startswith(CAPTIONS[0])
    assert not any("Facebook" in p for p in doc.paragraphs)  # the share bar is no text


def test_a_consent_dialog_is_no_part_of_a_short_page_s_text(config: SiteConfig) -> None:
    slides = "".join(
        f"<div class='slide'><img src='/p/{k}.jpg' alt=''><p class='caption'>{c} Photo: Ona Vance</p></div>"
        for k, c in enumerate(CAPTIONS)
    )
    dialog = (
        "<div class='gdpr-notice' role='dialog'><h2>Your privacy</h2><p>Our partners and we store small files on "
        "your device to count visits. Change this whenever you like.</p><a href='/privacy'>Privacy settings</a> "
        "<button>OK</button></div>"
    )
    page = (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>In pictures: {HEADLINE}</title>"
        f'<link rel="canonical" href="{URL}"></head><body class="article-page">{dialog}<header class="site-header">'
        '<a class="logo" href="/">Echo</a><nav><a href="/a">Local</a> <a href="/b">World</a></nav></header>'
        f'<main id="content"><article class="story"><header class="article-header"><h1 class="headline">In pictures:'
        f" {HEADLINE}</h1><time datetime='2026-12-05'>5 December 2026</time><ul class='social-share'><li><a href='#'>"
        "f</a></li><li><a href='#'>Print</a></li></ul></header><div class='article-body'><div class='photo-gallery'>"
        f"<p class='intro-small'>Swipe for more photos</p>{slides}</div></div></article><section class='more-from'>"
        "<h2>More from Echo</h2><ul><li><a href='/n/0'>Food bank sees record demand</a></li></ul></section></main>"
        "<footer class='site-footer'><p>© 2026 Echo.</p></footer></body></html>"
    ).encode()
    (doc,) = read_html("gallery.html", page)
    assert not any("privacy" in p.casefold() for p in doc.paragraphs)
    assert convert_document(doc, config, ADDED).article.summary.startswith(CAPTIONS[0])


def test_readers_comments_each_opening_with_a_time_make_no_live_blog(config: SiteConfig) -> None:
    comments = "".join(
        f"<div class='comment'><time>9:0{k} a.m.</time><p>I agree with the council on this one.</p></div>"
        for k in range(3)
    )
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<section id='comments'>{comments}</section>"
    conversion = convert_document(read_html("page.html", _page(body))[0], config, ADDED)
    assert not any("lead unusable" in note for note in conversion.notes)
