"""A site's name when Digest's table of publishers does not know the site (issue 11, item 3): what the page declares
and prints must give it alone. Measured by converting the real set's tune news pages with their publisher's entry
left out of the table (`digest.config.sources`): these tests reproduce each mechanism that failed there."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.inputs.publisher_pages import Page, converted


def test_a_menu_separator_inside_a_link_home_is_no_part_of_the_site_s_name(config: SiteConfig) -> None:
    header = "<nav><a href='/'>Kelmouth Echo</a> <a href='/'>| Kelmouth Echo</a> <a href='/shop'>Echo Shop</a></nav>"
    page = Page(
        title="Council approves harbour wall repairs | Kelmouth Echo",
        meta=(("og:site_name", "Kelmouth Echo"),),
        header=header,
        byline="By Ann Roe | Kelmouth Echo",
        canonical="https://www.kelmouthecho.com/news/wall-repairs",
    )
    assert converted(page.html(), config)[0] == "Kelmouth Echo"
