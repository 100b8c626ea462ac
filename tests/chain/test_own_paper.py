"""An article that names its own paper for short gives no tag for it (issue 11, found on the fifth blind battery)."""

from __future__ import annotations

from digest.chain.pipeline import convert_document
from digest.chain.sources import short_forms
from digest.config import SiteConfig
from digest.readers.html import read_html
from tests.conftest import ADDED

_PAGE = """<html><head><title>Harbour bakery to close after 62 years | Kelmscott Sentinel</title>
<meta property="og:site_name" content="Kelmscott Sentinel"></head><body><article>
<h1>Harbour bakery to close after 62 years</h1>
<p>La Rosa Bakery, which has sold bread on Quay Street since 1964, will close on Dec. 31, its owners told the
Sentinel on Thursday.</p>
<p>Owner Tomasz Wierzba said the rent on the building, owned by Halvard Properties, had nearly doubled. "We fought as
long as we could," he told the Sentinel.</p>
<p>The bakery's last day will include free bread for regulars, Wierzba said.</p>
</article></body></html>"""


def test_the_papers_short_name_is_no_tag(config: SiteConfig) -> None:
    (doc,) = read_html("page.html", _PAGE.encode())
    article = convert_document(doc, config, ADDED).article
    assert article.source == "Kelmscott Sentinel"
    assert {"La Rosa Bakery", "Tomasz Wierzba", "Halvard Properties"} <= set(article.tags)
    assert not {"Sentinel", "The Sentinel"} & set(article.tags)


def test_a_place_ending_a_stations_name_stays_a_tag() -> None:
    assert short_forms("Channel 9 Brisbane") == []
    assert short_forms("WKRN Nashville") == []
    assert short_forms("The Harbour Dispatch") == ["Dispatch", "The Dispatch"]
