"""A page's structure and its cleaning: blocks from trafilatura's tree, the rules a page's text runs.

The pages are invented samples written inline; each test states one behaviour.
"""

from __future__ import annotations

import datetime as dt

import lxml.html

from digest.chain.pipeline import Conversion, convert_document
from digest.config import SiteConfig
from digest.readers.document import RawDocument
from digest.readers.html import read_html
from digest.readers.htmlblocks import continuation
from digest.store.removals import from_cleaned
from digest.text.blocks import Block, Kind

LEAD = (
    "<p>SAMPLE ARTICLE written for Digest's tests: the harbour board of Port Ellery published its yearly "
    "figures on Monday, and the ferry company answered them the same afternoon.</p>"
)
MORE = (
    "<p>The board said the new quay would open in the spring, after two years of work that ran over budget "
    "because of the storms of last winter.</p>"
)


def page(article: str, title: str = "Harbour board publishes its figures") -> bytes:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{article}</article></body></html>"
    ).encode()


def read(article: str) -> RawDocument:
    (doc,) = read_html("inbox/sample.html", page(article))
    return doc


def convert(doc: RawDocument, config: SiteConfig) -> Conversion:
    return convert_document(doc, config, dt.date(2026, 11, 28))


def test_blocks_carry_the_structure_and_the_paragraphs_their_text() -> None:
    doc = read(
        LEAD + "<h3>Who pays</h3><ul><li>The board<ul><li>its reserve</li></ul></li><li>The town</li></ul>"
        "<ol><li>First</li><li>Second</li></ol><blockquote><p>We will pay, said the mayor.</p></blockquote>"
        "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>4m</td></tr></table>" + MORE
    )
    kinds = [(b.kind, b.text, b.level, b.ordered) for b in doc.blocks]
    assert kinds[1:8] == [
        (Kind.HEADING, "Who pays", 3, False),
        (Kind.ITEM, "The board", 0, False),
        (Kind.ITEM, "its reserve", 1, False),
        (Kind.ITEM, "The town", 0, False),
        (Kind.ITEM, "First", 0, True),
        (Kind.ITEM, "Second", 0, True),
        (Kind.QUOTE, "We will pay, said the mayor.", 0, False),
    ]
    assert [b.cells for b in doc.blocks if b.kind is Kind.ROW] == [("Year", "Cost"), ("2024", "4m")]
    assert doc.paragraphs == tuple(b.text for b in doc.blocks)
    assert doc.extracted


def test_a_comment_inside_a_paragraph_does_not_lose_the_paragraph() -> None:
    doc = read(LEAD + "<p>The ferry company <!-- ad slot --> said it would cut its fares by a tenth in May.</p>" + MORE)
    assert "The ferry company said it would cut its fares by a tenth in May." in doc.paragraphs


def test_a_page_laid_out_with_a_table_is_read_as_if_it_had_none() -> None:
    layout = f"<table><tr><td><p>Home</p><p>Weather</p><p>Obituaries</p></td><td>{LEAD}{MORE}</td></tr></table>"
    doc = read(layout)
    assert not any(b.kind is Kind.ROW for b in doc.blocks)
    assert any("published its yearly figures" in p for p in doc.paragraphs)


def test_a_page_s_text_keeps_lists_tables_short_lines_and_repeats(config: SiteConfig) -> None:
    doc = read(
        LEAD + "<p>Q: What changes?</p><p>A: The quay.</p><p>Q: What changes?</p><p>A: The fares.</p>"
        "<ul><li>Sign up for the ferry newsletter to get the timetable by e-mail</li><li>Tickets</li></ul>"
        "<table><tr><td>Route</td><td>Fare</td></tr><tr><td>North</td><td>4</td></tr></table>" + MORE
    )
    conversion = convert(doc, config)
    assert conversion.removed == ()
    assert conversion.article.body.count("Q: What changes?") == 2
    assert "- Sign up for the ferry newsletter" in conversion.article.body


def test_a_standfirst_above_the_article_goes_and_a_first_subheading_stays(config: SiteConfig) -> None:
    standfirst = "<h2>The board's figures show a harbour that earns more than it did before the storms</h2>"
    removed = convert(read(standfirst + LEAD + MORE), config).removed
    assert [(r.index, r.reason) for r in removed] == [(0, "standfirst (a heading above the article)")]
    assert convert(read("<h2>Figures</h2>" + LEAD + MORE), config).removed == ()


def test_a_removal_after_a_list_is_placed_after_the_list(config: SiteConfig) -> None:
    doc = read(LEAD + "<ul><li>The quay</li><li>The fares</li></ul><p>Related: Ferry fares to rise</p>" + MORE)
    conversion = convert(doc, config)
    assert [r.text for r in conversion.removed] == ["Related: Ferry fares to rise"]
    blocks = conversion.article.body.split("\n\n")
    (removal,) = from_cleaned(conversion.removed, conversion.places)
    assert blocks[removal.after - 1] == "- The quay\n- The fares"


SPLIT_PAGE = """<html><body><article class="story">
<div class="story-body"><p>{lead}</p><p>{more}</p></div>
<div class="ad"><p>Advertisement</p></div>
<div class="story-body"><p>{p3}</p><p>{p4}</p></div>
<div class="story-body"><p>Sign up for our newsletter.</p><p>Share this story.</p></div>
</article><div class="story-body"><p>{p3} Again.</p><p>{p4} Again.</p></div></body></html>"""
P3 = "The ferry company said the new fares would take effect in May, after the board approves the timetable."
P4 = "Islanders who travel every day will pay less than before, the company said, and visitors a little more."


def test_an_article_split_between_containers_alike_is_read_to_its_end() -> None:
    """The containers after an ad slot continue the article; short lines and containers outside it do not."""
    lead = "SAMPLE ARTICLE written for Digest's tests: the harbour board published its figures on Monday."
    more = "The board said the new quay would open in the spring, after two years of work over budget."
    tree = lxml.html.document_fromstring(SPLIT_PAGE.format(lead=lead, more=more, p3=P3, p4=P4))
    extracted = [Block(lead), Block(more)]
    assert [b.text for b in continuation(tree, extracted)] == [P3, P4]
    assert continuation(tree, [Block(lead)]) == []  # the last paragraph is not the container's last: nothing to add
