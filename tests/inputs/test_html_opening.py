"""A saved page whose opening prose sits straight in the article's container, before the first block the
extractor kept: the opening is article text and stays (`digest.readers.htmlblocks.opening`)."""

from __future__ import annotations

import pytest

from digest.readers.html import read_html

OPENING = (
    "Spring has reached the harbour stalls, and several of them have cut their prices already. The fish market"
    " on the east quay opened a week early this year, and the ferry company has its summer fares on sale too."
)
ITEMS = """<p></p>
<h2>Ferry return to Port Ellery for 12 pounds</h2>
<p>The ferry company has cut its return fare to Port Ellery by a third until the end of April, for foot passengers.</p>
<h2>Smoked mackerel at the east quay for 3 pounds</h2>
<p>The smokehouse beside the east quay sells its mackerel at three pounds a pair this week, while the catch lasts.</p>
<h2>Harbour museum tickets half price</h2>
<p>The harbour museum lets two people in for the price of one on weekday mornings; children go free.</p>"""


def _page(before_items: str) -> bytes:
    return f"""<html lang="en"><head><title>Harbour deals of the week</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Harbour deals of the week</h1><div class="byline">By Lena Park</div>
<section class="article-page">{before_items}{ITEMS}</section></article></main>
<footer>Contact us</footer></body></html>""".encode()


def test_opening_prose_written_straight_into_the_container_is_kept_first() -> None:
    doc = read_html("deals.html", _page(OPENING))[0]
    assert doc.paragraphs[:2] == (OPENING, "Ferry return to Port Ellery for 12 pounds")


def test_opening_prose_with_a_link_inside_is_one_paragraph() -> None:
    linked = OPENING.replace("the ferry company", 'the <a href="/ferries">ferry company</a>')
    assert read_html("deals.html", _page(linked))[0].paragraphs[0] == OPENING


@pytest.mark.parametrize(
    "before",
    [
        "Updated Tuesday at noon.",  # no prose: a stamp
        'Share this: <a href="/s/f">Facebook</a> <a href="/s/t">Twitter</a>',  # a line of links
        OPENING.rstrip(".") + " and",  # no sentence's end
    ],
)
def test_other_text_before_the_first_block_is_not_added(before: str) -> None:
    assert read_html("deals.html", _page(before))[0].paragraphs[0] == "Ferry return to Port Ellery for 12 pounds"
