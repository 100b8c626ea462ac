"""Page shapes found by mechanism on the sixth and seventh blind batteries' tune halves (`tests/inputs/blind_pages6`,
`blind_pages7`), each reproduced here first on invented declarations: a publication hosted on a platform's
subdomain, which spells its name; a company's name declared with its site's section ("Harbourpay Blog" for
harbourpay.example/blog/...).

First run, before any rule changed: every test failed.
"""

from __future__ import annotations

import pytest

from digest.readers.masthead import site_name

HOSTED = "https://harbourletter.letterhost.example/p/the-sea-wall"


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        (["The Harbour Letter"], "The Harbour Letter"),  # a publication on a platform's subdomain
        (["Harbour Letter", "@harbourletter"], "Harbour Letter"),
    ],
)
def test_a_name_of_several_words_spelling_the_subdomain_is_the_publication(declared: list[str], expected: str) -> None:
    assert site_name(declared, "The sea wall", HOSTED) == expected


def test_a_word_that_is_a_subdomain_is_still_no_name() -> None:
    assert site_name(["Hosted", "@gazette"], "Story | Hosted", "https://hosted.gazette.example/x/1") == "gazette"


def test_a_section_on_a_subdomain_is_no_publication_beside_the_domain_s_name() -> None:
    url = "https://dealsdesk.the-harbour-gazette.example/gifts"
    assert site_name(["The Harbour Gazette", "Deals Desk"], "Gifts | Deals Desk", url) == "The Harbour Gazette"


@pytest.mark.parametrize(
    ("declared", "url", "expected"),
    [
        (["Harbourpay Blog", "Harbourpay Technologies Ltd"], "https://harbourpay.example/blog/series-a", "Harbourpay"),
        (["Harbourpay Newsroom"], "https://www.harbourpay.example/newsroom/2026/raise", "Harbourpay"),
        (["Harbourpay Engineering"], "https://engineering.harbourpay.example/posts/x", "Harbourpay Engineering"),
        (["Harbourpay Blog"], "https://harbourpay.example/posts/series-a", "Harbourpay Blog"),
        (["Harbour 8 News"], "https://www.harbour8.example/news/local/bridge", "Harbour 8 News"),  # a masthead
    ],
)
def test_a_company_s_name_with_the_section_of_its_address_is_the_company(
    declared: list[str], url: str, expected: str
) -> None:
    assert site_name(declared, "We raised money", url) == expected
