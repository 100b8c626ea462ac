"""Page shapes from the tune half of blind battery 14 (`tests/inputs/blind_pages14`), each reproduced first on an
invented page here: a network's news service story on an affiliate's site, declared by an author field naming the
service and by the byline crediting it after the writer."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.inputs.publisher_pages import ECHO, HEADLINE, PARAGRAPHS, converted, echo_page

BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
H1 = f"<h1>{HEADLINE}</h1>"


def test_a_network_story_on_an_affiliate_s_site_has_the_network_as_source(config: SiteConfig) -> None:
    byline = "<div class='byline'>By <span>Ann Roe</span>, Halden Network News<span>Published: May 6</span></div>"
    page = echo_page(H1 + byline + BODY, meta='<meta name="author" content="Halden Network News">')
    source, via, authors, _ = converted(page, config)
    assert (source, via, authors) == ("Halden Network News", ECHO, ("Ann Roe",))


@pytest.mark.parametrize("desk", ["Echo Staff", "Metro Desk", "Reporter", "Senior Correspondent"])
def test_the_site_s_own_desk_or_a_job_in_the_author_field_is_no_other_outlet(desk: str, config: SiteConfig) -> None:
    byline = f"<div class='byline'>By <span class='author'>Ann Roe</span>, {desk}</div>"
    page = echo_page(H1 + byline + BODY, meta=f'<meta name="author" content="{desk}">')
    source, via, _, _ = converted(page, config)
    assert (source, via) == (ECHO, None)


def test_an_outlet_in_the_byline_alone_is_the_site_s_own_desk(config: SiteConfig) -> None:
    byline = "<div class='byline'>By <span class='author'>Ann Roe</span>, Halden Network News</div>"
    source, via, _, _ = converted(echo_page(H1 + byline + BODY), config)
    assert (source, via) == (ECHO, None)
