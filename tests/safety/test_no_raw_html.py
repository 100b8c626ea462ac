"""Converted text never carries raw HTML: hostile inputs render as inert text.

The converted body is rendered with Python-Markdown, with the extensions the
project's ``mkdocs.yml`` enables (read at test time, so the test follows the
site's configuration); the body escaper is written for exactly those
(`digest.text.markdown.SITE_EXTENSIONS`), and a site that enabled another would
fail here first. The text the generated pages quote (`digest.text.markdown.escape`)
stays inert under a superset of every extension the site might enable. The HTML
is parsed and checked element by element, not compared as text.
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from typing import Any

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config as load_mkdocs_config
from mkdocs.utils.meta import get_data

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.contract import articlefile
from digest.contract.model import Article
from digest.readers.document import RawDocument
from digest.text.markdown import SITE_EXTENSIONS, escape
from tests.conftest import ROOT

HOSTILE = [
    "<script>alert(1)</script> was found in the council's website, officials said.",
    "The page showed <img src=x onerror=alert(1)> and <svg onload=alert(2)> to visitors.",
    'An <iframe src="https://evil.test/frame"></iframe> was embedded in the report.',
    "Readers were told to [click here](javascript:alert(1)) for the full statement.",
    "An image ![chart](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) was attached.",
    '<a href="javascript:alert(1)">The mayor\'s statement</a> was shared widely.',
    '<div onclick="alert(1)"> <p>A raw HTML block</p> </div>',
    'The motion passed {: onclick="alert(1)" } by six votes to three.',
    "{: .x onclick=alert(1) }",
    "Templates like {{ config }} and {% for x in pages %} appeared in the text.",
    "[ref]: javascript:alert(1)",
    "See <https://evil.test/autolink> or https://evil.test/x.js or www.evil.test for details.",
    "<!-- a comment --> <style>body{display:none}</style> and &lt;script&gt; as entities.",
    "Emoji :smile: and math $x$ and $y$ and keys ++ctrl+alt++ and ==marks==.",
    '--8<-- "/etc/passwd"',
    "# Not a heading, 1. not a list, > not a quote, !!! not an admonition",
]

CORE = ["abbr", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "admonition", "toc", "fenced_code"]
EVERY = [
    *CORE,
    "sane_lists",
    "smarty",
    "nl2br",
    "wikilinks",
    "legacy_attrs",
    "legacy_em",
    "codehilite",
    *(
        f"pymdownx.{name}"
        for name in [
            "arithmatex",
            "betterem",
            "caret",
            "critic",
            "details",
            "emoji",
            "fancylists",
            "highlight",
            "inlinehilite",
            "keys",
            "magiclink",
            "mark",
            "progressbar",
            "quotes",
            "saneheaders",
            "smartsymbols",
            "snippets",
            "superfences",
            "tabbed",
            "tasklist",
            "tilde",
            "bracketspan",
            "blocks.admonition",
            "blocks.details",
            "blocks.html",
            "blocks.tab",
            "blocks.caption",
            "blocks.definition",
        ]
    ),
]
EVERY_CONFIG: dict[str, dict[str, Any]] = {
    "pymdownx.magiclink": {"repo_url_shorthand": True, "social_url_shorthand": True, "user": "u", "repo": "r"},
}


def project_extensions() -> tuple[list[Any], dict[str, Any]]:
    """The Markdown extensions and their settings exactly as MkDocs reads them from mkdocs.yml."""
    config = load_mkdocs_config(str(ROOT / "mkdocs.yml"))
    return list(config.markdown_extensions), dict(config.mdx_configs)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.elements.append(("!--", []))


def render(body: str, extensions: list[Any], configs: dict[str, Any]) -> _Elements:
    parser = _Elements()
    parser.feed(markdown.Markdown(extensions=extensions, extension_configs=configs).convert(body))
    parser.close()
    return parser


def assert_inert(parsed: _Elements) -> None:
    """Only paragraphs, and not one attribute: no script, handler, link, image, frame or style."""
    assert {tag for tag, _ in parsed.elements} <= {"p"}, parsed.elements
    assert [attrs for _, attrs in parsed.elements if attrs] == []


@pytest.fixture(scope="module")
def converted(config: SiteConfig) -> Article:
    doc = RawDocument(original="inbox/hostile.txt", title="Hostile sample", paragraphs=tuple(HOSTILE))
    return convert_document(doc, config, dt.date(2026, 11, 28)).article


def test_converted_hostile_text_is_inert_with_the_projects_extensions(converted: Article) -> None:
    extensions, configs = project_extensions()
    parsed = render(converted.body, extensions, configs)
    assert_inert(parsed)
    text = " ".join(" ".join(parsed.text).split())
    assert "<script>alert(1)</script> was found" in text  # kept as text, not dropped
    assert "[click here](javascript:alert(1))" in text
    assert "{{ config }}" in text


def test_the_site_enables_only_the_extensions_the_body_escaper_is_written_for() -> None:
    """Another extension gives text new syntax (``$math$``, bare URLs, ``:emoji:``): teach the escaper first."""
    names = [e if isinstance(e, str) else type(e).__module__ for e in project_extensions()[0]]
    assert sorted(set(names) - set(SITE_EXTENSIONS)) == []


_PIECES = st.sampled_from(list("<>&\"'`*_[]{}()|~^=@:/\\!#+-.?%$ \n\taix019")) | st.sampled_from(
    ["javascript:", "www.", "://", "&#60;", "&amp;", "<script>", "<!--", "-->", "--8<--", ":smile:", "$$", "1. "]
)
_TEXTS = st.lists(st.lists(_PIECES, max_size=25).map("".join), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_text_the_site_pages_quote_renders_as_exactly_that_text_under_any_extension(texts: list[str]) -> None:
    body = "\n\n".join(escape(t) for t in texts if t.strip())
    parsed = render(body, CORE, {})
    assert_inert(parsed)
    expected = [" ".join(t.split()) for t in texts if t.strip()]
    assert " ".join(" ".join(parsed.text).split()) == " ".join(expected)
    assert_inert(render(body, EVERY, EVERY_CONFIG))


HOSTILE_VALUES = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ config }}",
    "!!python/object/apply:os.system ['id']",
    "&anchor *alias",
    "key: value # not a comment",
    "---",
    "- not a list",
    "no",
    "1.10",
    "2025-02-04",
    "'quoted' \"twice\"",
]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_hostile_frontmatter_values_round_trip_as_plain_text(value: str) -> None:
    article = Article(
        title=value,
        added=dt.date(2026, 11, 28),
        id="x1",
        source=value,
        tags=(value, "Port Ellery"),
        summary=value,
        note=value,
        body=escape(value),
    )
    text = articlefile.render(article)
    parsed = articlefile.parse("x.md", text)
    assert parsed.article is not None, parsed.problems
    assert (parsed.article.title, parsed.article.source, parsed.article.summary) == (value, value, value)
    assert parsed.article.tags == (value, "Port Ellery")
    assert parsed.article.note == value
    meta = get_data(text)[1]  # MkDocs reads the frontmatter itself for page.meta and page.title
    assert (meta["title"], meta["summary"], meta["tags"][0]) == (value, value, value)
