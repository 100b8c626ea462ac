"""A story its byline credits to wires it does not name ("Echo wire services", "From wire reports") comes from the
agency the page's picture credits name, when they name one (the real tune page of a regional paper carrying a wire
story, reproduced on an invented page)."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.inputs.publisher_pages import AP, ECHO, HEADLINE, PARAGRAPHS, converted, echo_page

BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(byline: str, *credits: str) -> bytes:
    figures = "".join(f"<figure><img src='/p.jpg' alt=''><div class='image-credit'>{c}</div></figure>" for c in credits)
    return echo_page(f"<h1>{HEADLINE}</h1><div class='byline'>{byline}</div>{figures}{BODY}")


@pytest.mark.parametrize("byline", ["Kelmouth Echo wire services", "From wire reports", "Staff and news services"])
def test_a_story_from_unnamed_wires_is_the_pictured_agency_s(byline: str, config: SiteConfig) -> None:
    source, via, _, _ = converted(_page(byline, "Jo Roe, Associated Press"), config)
    assert (source, via) == (AP, ECHO)


def test_pictures_from_two_agencies_name_no_wire(config: SiteConfig) -> None:
    source, via, _, _ = converted(_page("From wire reports", "Jo Roe, Associated Press", "Tom Vale, Reuters"), config)
    assert (source, via) == (ECHO, None)


def test_an_agency_s_picture_alone_makes_no_wire_story(config: SiteConfig) -> None:
    source, via, _, _ = converted(_page("By Ann Roe", "Jo Roe, Associated Press"), config)
    assert (source, via) == (ECHO, None)
