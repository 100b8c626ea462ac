"""Defects a review of the eighteenth round found in the page readers, pinned on invented pages: a byline's name
parts read as writers, a sidebar's podcast host taken for the page's, a paragraph after the headline's block read as
a byline."""

from __future__ import annotations

from digest.readers.html import read_html


def _page(body: str) -> bytes:
    return (
        "<html><head><title>Harbour wall to be rebuilt | The Kelmscott Echo</title></head><body><article>"
        f"<h1>Harbour wall to be rebuilt</h1>{body}"
        "<p>The council voted on Monday to rebuild the harbour wall, which storms breached twice last winter.</p>"
        "<p>Work will start in March and take a year, the council's engineer said.</p>"
        "</article></body></html>"
    ).encode()


def test_a_names_parts_in_elements_of_their_own_are_one_writer() -> None:
    (doc,) = read_html(
        "page.html",
        _page(
            '<div class="byline">By <span class="author-name"><span class="first-name">Ann</span> '
            '<span class="last-name">Roe</span></span></div>'
        ),
    )
    assert doc.authors == ("Ann Roe",)


def test_a_sidebars_podcast_host_is_no_reason_to_drop_the_writer() -> None:
    (doc,) = read_html(
        "page.html",
        _page(
            '<div class="byline">By Ann Roe</div>'
            '<aside class="sidebar"><p>Listen: The Harbour Hour, hosted by Ann Roe</p></aside>'
        ),
    )
    assert doc.authors == ("Ann Roe",)
