"""Page shapes from the tune half of blind battery 12 (`tests/inputs/blind_pages12`), each reproduced first on an
invented page here: a site declaring its initials where its logo prints its name, a site name declared with its
section after a bar, the masthead's "The" where only a picture credit writes the name bare, a writer's linked name
followed by a role of several capitalised words.
"""

from __future__ import annotations

from digest.config import SiteConfig
from digest.readers.masthead import site_name
from digest.readers.siteforms import printed_form
from tests.inputs.publisher_pages import HEADLINE, Page, converted

LOGO = "<a href='/'><img src='/static/logo.png' alt='{}'></a>"


def test_a_site_declaring_its_initials_is_named_as_its_logo_spells_them_out(config: SiteConfig) -> None:
    page = Page(
        title=f"{HEADLINE} - Kelmouth Business Journal",
        meta=(("og:site_name", "KBJ"),),
        header=LOGO.format("Kelmouth Business Journal"),
        byline="By Ann Roe",
        canonical="https://kelmouthbiz.ca/news/wall-repairs",
    )
    assert converted(page.html(), config)[:2] == ("Kelmouth Business Journal", None)


def test_initials_that_are_the_domain_s_name_stay_as_declared(config: SiteConfig) -> None:
    page = Page(
        meta=(("og:site_name", "KBJ"),),
        header=LOGO.format("Kelmouth Business Journal"),
        byline="By Ann Roe",
        canonical="https://www.kbj.com/news/wall-repairs",
    )
    assert converted(page.html(), config)[0] == "KBJ"


def test_a_site_name_declared_with_its_section_after_a_bar_is_the_name_alone() -> None:
    url = "https://www.kelmouthecho.com/business/2026/12/02/wall-repairs.html"
    assert site_name(["The Kelmouth Echo | Business"], HEADLINE, url) == "The Kelmouth Echo"


def test_a_picture_credit_writing_the_name_bare_does_not_outweigh_the_masthead_s_the() -> None:
    credit = "The Kelmouth Echo. The harbour wall at dawn (Image: Kelmouth Echo)"
    assert printed_form("Kelmouth Echo", ["The Kelmouth Echo"], credit) == "The Kelmouth Echo"
    photo = "The Kelmouth Echo. The harbour wall at dawn. Photo: Ann Roe/Kelmouth Echo"
    assert printed_form("Kelmouth Echo", ["The Kelmouth Echo"], photo) == "The Kelmouth Echo"
    footer = "The Kelmouth Echo. About · Kelmouth Echo · Contact. (Image: Kelmouth Echo)"  # the footer writes it bare
    assert printed_form("Kelmouth Echo", ["The Kelmouth Echo"], footer) == "Kelmouth Echo"


def test_a_picture_credit_on_the_page_leaves_the_masthead_s_the(config: SiteConfig) -> None:
    page = Page(
        title=f"{HEADLINE} | Kelmouth Echo",
        meta=(("og:site_name", "Kelmouth Echo"),),
        header=LOGO.format("The Kelmouth Echo"),
        byline="By Ann Roe",
        inside="<figure><img src='/wall.jpg'><figcaption>The harbour wall at dawn (Image: Kelmouth Echo)</figcaption>"
        "</figure>",
        canonical="https://www.kelmouthecho.com/news/wall-repairs",
    )
    assert converted(page.html(), config)[0] == "The Kelmouth Echo"


def test_a_role_of_capitalised_words_after_a_writer_s_linked_name_is_no_part_of_it(config: SiteConfig) -> None:
    byline = (
        "<div class='author-name'>By <a href='/author/profile/12.ann_roe/'>Ann Roe</a> "
        "<span class='author-role'>Local Democracy Correspondent</span></div>"
    )
    page = Page(
        meta=(("og:site_name", "The Kelmouth Echo"),),
        under=byline,
        canonical="https://www.kelmouthecho.com/news/wall-repairs",
    )
    assert converted(page.html(), config)[2] == ("Ann Roe",)
