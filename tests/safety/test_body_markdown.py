"""A converted body keeps the page's structure as Markdown and renders as exactly the page's text.

Subheadings, bulleted and numbered lists, quotations and tables of a page come
out as ``##``, ``-``/``1.``, ``>`` and pipe tables (`digest.text.blocks`); the
text in them is escaped only where Python-Markdown with the site's extensions
would misread it (`digest.text.markdown.escape_text`). Rendered as the site
renders it, every block shows exactly its text, in elements of the structure
and nothing else: no raw HTML, no link, no attribute but a heading's id.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import lxml.html
import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.html import read_html
from digest.text.blocks import Block, Kind, body
from digest.text.markdown import plain
from tests.safety.test_no_raw_html import project_extensions

STRUCTURE = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr"}
STRUCTURE |= {"th", "td"}


def rendered(text: str) -> lxml.html.HtmlElement:
    """The HTML the site makes of a Markdown body, the permalinks of headings taken out."""
    extensions, configs = project_extensions()
    html = markdown.Markdown(extensions=extensions, extension_configs=configs).convert(text)
    root = lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div")
    for link in root.xpath("//a[@class='headerlink']"):
        assert str(link.get("href", "")).startswith("#"), lxml.html.tostring(link)
        link.drop_tree()
    return root


def assert_structure_only(root: lxml.html.HtmlElement) -> None:
    tags = {el.tag for el in root.iterdescendants()}
    assert tags <= STRUCTURE, lxml.html.tostring(root)
    attributes = {(el.tag, name) for el in root.iterdescendants() for name in el.attrib}
    assert {name for tag, name in attributes if not tag.startswith("h")} == set(), attributes
    assert {name for _, name in attributes} <= {"id"}, attributes


def words(root: lxml.html.HtmlElement) -> str:
    return " ".join(" ".join(root.itertext()).split())


_SYNTAX = [
    *["javascript:", "://", "&#60;", "&amp;", "&#65", "<script>", "</p>", "<!--", "-->", "<a@b.c>", "<http://x>"],
    *["1. ", "2024. ", "- ", "+ ", "> ", "# ", "***", "---", "___", "~~~", "```", "!!! note", "[TOC]", "[a]: b"],
    *["](", "{: .x}", "{#id}", "\x02", "\u2028", "\n", "\\*", "--8<--", "$$", ":smile:", "<div", "<!x", "<?", "--!>"],
]
_PIECES = st.sampled_from(list("<>&\"'`*_[]{}()|~^=@:/\\!#+-.?%$ \taix019é")) | st.sampled_from(_SYNTAX)
_TEXT = st.lists(_PIECES, min_size=1, max_size=20).map("".join).filter(lambda t: bool(plain(t)))


def _blocks() -> Any:
    paragraph = _TEXT.map(lambda t: [Block(t)])
    heading = st.tuples(_TEXT, st.integers(1, 6)).map(lambda x: [Block(x[0], Kind.HEADING, level=x[1])])
    items = st.lists(st.tuples(_TEXT, st.integers(0, 2), st.booleans()), min_size=1, max_size=4).map(
        lambda xs: [Block(t, Kind.ITEM, level=depth, ordered=o, group=1) for t, depth, o in xs]
    )
    quote = st.lists(_TEXT, min_size=1, max_size=3).map(lambda xs: [Block(t, Kind.QUOTE, group=2) for t in xs])
    rows = st.lists(st.lists(_TEXT, min_size=2, max_size=3), min_size=1, max_size=3).map(
        lambda rs: [Block(" ".join(r), Kind.ROW, group=3, cells=tuple(r)) for r in rs]
    )
    parts = st.lists(st.one_of(paragraph, heading, items, quote, rows), min_size=1, max_size=5)
    return parts.map(lambda ls: [b for part in ls for b in part])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_blocks())
def test_a_body_renders_as_exactly_its_text_in_elements_of_its_structure(blocks: list[Block]) -> None:
    root = rendered(body(blocks))
    assert_structure_only(root)
    expected = [c for b in blocks for c in (b.cells if b.kind is Kind.ROW else (b.text,))]
    assert words(root) == plain(" ".join(expected))


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour results</title></head>
<body><article><h1>Harbour results</h1>
<p>SAMPLE ARTICLE written for Digest's tests: the harbour board published its results on Monday, with a table.</p>
<h2>Results for <em>*2024*</em> &amp; <code>&lt;script&gt;</code> <script>alert('h2')</script>#</h2>
<p>The board said the figures below are final and were checked by the auditors, who found no errors at all.</p>
<ol><li>2024. was the best year</li><li>- dash first</li><li><b>[TOC]</b></li></ol>
<p>The ferry company, which runs every route to the island, listed its own services for the coming winter.</p>
<ul><li>Ferries<ul><li>1. Evening service</li></ul></li><li>&lt;img src=x onerror=alert('li')&gt;</li></ul>
<table><tr><th>Route</th><th>Share | of trips</th></tr><tr><td>North {: .x}</td><td>`50%` | *half*</td></tr></table>
<blockquote><p># Not a heading, said the chair.</p><p>&gt; Nor a quote &lt;b onclick=x&gt;.</p></blockquote>
<p>The board will meet again in the spring to set the timetable for the next year, the chair said on Monday.</p>
</article></body></html>"""


def test_a_page_s_structure_comes_through_as_markdown_and_renders_as_its_text(config: SiteConfig) -> None:
    (doc,) = read_html("inbox/structures.html", PAGE.encode())
    text = convert_document(doc, config, dt.date(2026, 11, 28)).article.body
    assert re.search(r"(?m)^## Results for ", text)
    assert re.search(r"(?m)^1\. 2024\\\. was the best year$", text)
    assert re.search(r"(?m)^- Ferries\n {4}- 1\\\. Evening service$", text)
    assert "| Route | Share \\| of trips |\n| --- | --- |" in text
    assert re.search(r"(?m)^> \\# Not a heading", text)
    assert "&#" not in text
    assert "<" not in text.replace("&lt;", "")
    root = rendered(text)
    assert_structure_only(root)
    assert [words(h) for h in root.iter("h2")] == ["Results for *2024* & <script> #"]
    assert [words(li) for li in root.xpath("//ol/li")] == ["2024. was the best year", "- dash first", "[TOC]"]
    assert [words(li) for li in root.xpath("//ul/li/ul/li")] == ["1. Evening service"]
    assert words(root.xpath("//ul/li")[-1]) == "<img src=x onerror=alert('li')>"
    assert [words(c) for c in root.iter("th", "td")] == ["Route", "Share | of trips", "North {: .x}", "`50%` | *half*"]
    quoted = ["# Not a heading, said the chair.", "> Nor a quote <b onclick=x>."]
    assert [words(p) for p in root.xpath("//blockquote/p")] == quoted
