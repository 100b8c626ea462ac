"""A site's name when Digest's table of publishers does not know the site (issue 11, item 3): what the page declares
and prints must give it alone. Measured by converting the real set's tune news pages with their publisher's entry
left out of the table (`digest.config.sources`): these tests reproduce each mechanism that failed there."""

from __future__ import annotations

from digest.chain.publisher import best_publisher, candidates
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


def test_an_appeal_names_the_publisher_only_when_it_speaks_to_the_reader() -> None:
    appeals = [
        "Back the Kelmouth Echo today from just £2 a month.",
        "You can help by supporting The Lagos Ledger.",
        "Independent journalism needs backing: subscribe to The Harbour Times.",
    ]
    narrative = [
        "Islanders built stone platforms to support the Easter Island statues, the study found.",
        "Caloundra half back Jarrod Kidston enjoyed the win. “It was a good start from us,” he said.",
    ]
    assert [name for name, _ in candidates(appeals)] == ["The Kelmouth Echo", "The Lagos Ledger", "The Harbour Times"]
    assert candidates(narrative) == []
    assert best_publisher(narrative, title_suffix=None, url=None) is None
