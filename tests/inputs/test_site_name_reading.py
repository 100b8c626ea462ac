"""A page's shown text and links home are walked once (`digest.readers.sitename.Shown`), also for a syndicated copy,
whose carrier reads them again for the address the copy was read at. The page is invented."""

from __future__ import annotations

import json
from typing import Any

import pytest

from digest.config import SiteConfig
from digest.readers import banner, sitename
from tests.inputs.publisher_pages import HEADLINE, PARAGRAPHS, converted

LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": HEADLINE,
    "publisher": {"@type": "Organization", "name": "The Tarn Post"},
}
COPY = (
    f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE}</title>"
    '<link rel="canonical" href="https://www.tarnpost.com/news/2019/05/06/wall/">'
    '<meta property="og:site_name" content="FeedHarbour">'
    '<meta property="og:url" content="https://www.feedharbour.com/story/tarn-post/wall-1x2">'
    f'<script type="application/ld+json">{json.dumps(LD)}</script></head>'
    "<body><header><a href='/'><img src='/b.png' alt='Feed Harbour'></a></header>"
    f"<article><h1>{HEADLINE}</h1>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article></body></html>"
).encode()


def test_a_syndicated_copys_site_and_carrier_read_the_page_once(
    config: SiteConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    walks: list[str] = []
    shown, home_links = sitename.shown, banner.home_links

    def counted_shown(tree: Any) -> sitename.Shown:
        walks.append("text")
        return shown(tree)

    def counted_links(tree: Any) -> banner.HomeLinks:
        walks.append("links")
        return home_links(tree)

    monkeypatch.setattr(sitename, "shown", counted_shown)
    monkeypatch.setattr(banner, "home_links", counted_links)
    assert converted(COPY, config)[:2] == ("The Tarn Post", "Feed Harbour")
    assert walks == ["text", "links"]
