"""A feed entry's authors are people in normal capitalisation, by the rules of a page's bylines."""

from __future__ import annotations

import pytest

from digest.readers.feed import read_feed
from digest.readers.persons import person

BODY = "<p>The island council voted on Tuesday to keep the winter ferry running for two more years.</p>"


def entry_authors(*creators: str, feed_title: str = "The Ostra Islander") -> tuple[str, ...]:
    names = "".join(f"<dc:creator><![CDATA[{c}]]></dc:creator>" for c in creators)
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{feed_title}</title><link>https://islander.example/</link>"
        "<item><title>Ferry kept for two more years</title><link>https://islander.example/2024/ferry</link>"
        f"{names}<description><![CDATA[{BODY}]]></description></item></channel></rss>"
    )
    (doc,) = read_feed("inbox/islander.xml", feed.encode())
    return doc.authors


@pytest.mark.parametrize(
    ("creator", "expected"),
    [
        ("tamsin", ("Tamsin",)),  # a login name in lower case: capitalised, a real one-word name kept
        ("tamsinorrell", ("Tamsinorrell",)),  # two words run together cannot be told apart: one word
        ("marisol de la vega", ("Marisol de la Vega",)),  # particles stay lower case
        ("HUW PENGELLY", ("Huw Pengelly",)),
        ("Tamsin Orrell", ("Tamsin Orrell",)),
        ("Dr Tamsin Orrell", ("Tamsin Orrell",)),  # a title is no part of the name
        ("Tamsin Orrell and Huw Pengelly", ("Tamsin Orrell", "Huw Pengelly")),
    ],
)
def test_an_entry_author_is_a_person_in_normal_capitalisation(creator: str, expected: tuple[str, ...]) -> None:
    assert entry_authors(creator) == expected


@pytest.mark.parametrize("creator", ["The Ostra Islander", "Islander Staff", "admin", "AP", "newsdesk"])
def test_the_site_a_desk_or_an_agency_is_no_author(creator: str) -> None:
    assert entry_authors(creator) == ()


def test_several_creators_keep_their_order_once_each() -> None:
    assert entry_authors("huw", "Tamsin Orrell", "HUW") == ("Huw", "Tamsin Orrell")


def test_a_page_byline_in_lower_case_is_capitalised_as_a_name_too() -> None:
    assert person("by tamsin orrell") == "Tamsin Orrell"
    assert person("staff reporter") is None
