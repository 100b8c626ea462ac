"""Editors' Markdown under `digest.site.safehtml`: links, images and attributes that could run script are removed.

Rendered with the extensions the project's ``mkdocs.yml`` enables (read at test
time) and checked as a browser would read the HTML: character references in
attributes decoded, tabs and newlines in URLs dropped.
"""

from __future__ import annotations

import markdown
import pytest
import yaml

from digest.site.safehtml import url_scheme
from tests.conftest import ROOT
from tests.safety.test_no_raw_html import project_extensions
from tests.site.helpers import elements

BROWSER_IGNORES = str.maketrans("", "", "\t\n\r")


def render(text: str) -> str:
    extensions, configs = project_extensions()
    return str(markdown.Markdown(extensions=extensions, extension_configs=configs).convert(text))


def browser_scheme(value: str) -> str:
    """What a browser takes for the scheme of an attribute value (already entity-decoded by the parser)."""
    cleaned = value.translate(BROWSER_IGNORES).lstrip("".join(map(chr, range(0x21)))).lower()
    return cleaned.split(":", 1)[0] if ":" in cleaned else ""


NEUTRALISED = [
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a](   javascript:alert(1))",
    "[a](java&#115;cript:alert(1))",
    "[a](&#x6A;avascript:alert(1))",
    "[a](&#0000106avascript:alert(1))",
    "[a](javascript&colon;alert(1))",
    "[a](javascript&#58;alert(1))",
    "[a](jav&#x09;ascript:alert(1))",
    "[a](java&#10;script:alert(1))",
    "[a](&#1;javascript:alert(1))",
    "[a](vbscript:msgbox(1))",
    "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[a](livescript:alert(1))",
    "![a](javascript:alert(1))",
    "![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)",
    "[a][r]\n\n[r]: javascript:alert(1)",
    "[a][r]\n\n[r]: data:text/html,x 'title'",
    "[a](https://example.org/){: href='javascript:alert(1)' }",
    "![a](https://example.org/a.png){: src='javascript:alert(1)' }",
    "Text\n{: onclick='alert(1)' }",
    "Text\n{: ONMOUSEOVER='alert(1)' }",
    "[a](https://example.org/){: onfocus='alert(1)' autofocus }",
    "[a](https://example.org/){: srcdoc='<script>alert(1)</script>' }",
    "[a](https://example.org/){: formaction='javascript:alert(1)' }",
    "## Heading { onclick='alert(1)' }",
    "Text\n{: style='background: url(https://evil.test/x.png)' }",
    "Text\n{: style='background: u\\72 l(https://evil.test/x.png)' }",
    "Text\n{: #__config }",
    "Text\n{: name='__search' }",
]


@pytest.mark.parametrize("text", NEUTRALISED)
def test_script_and_loading_attributes_are_removed(text: str) -> None:
    for tag, attrs in elements(render(text)):
        for name, value in attrs.items():
            assert not name.lower().startswith("on"), (tag, attrs)
            assert name not in {"srcdoc", "formaction"}, (tag, attrs)
            assert name != "style" or "(" not in value, (tag, attrs)
            assert not (name in {"id", "name"} and value.startswith("__")), (tag, attrs)
            if name in {"href", "src"}:
                assert browser_scheme(value) in {"", "http", "https"}, (tag, attrs)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("[a](https://example.org/x?y=1#z)", '<a href="https://example.org/x?y=1#z">a</a>'),
        ("[a](http://example.org/)", '<a href="http://example.org/">a</a>'),
        ("[a](other.md#part)", '<a href="other.md#part">a</a>'),
        ("[a](../topics/x.md)", '<a href="../topics/x.md">a</a>'),
        ("[a](#top)", '<a href="#top">a</a>'),
        ("[a](/absolute/path/)", '<a href="/absolute/path/">a</a>'),
        ("[a](?q=a:b)", '<a href="?q=a:b">a</a>'),
        ("[a](mailto:desk@example.org)", '<a href="mailto:desk@example.org">a</a>'),
        ("[a](tel:+441632960000)", '<a href="tel:+441632960000">a</a>'),
        ('[a](https://example.org/ "A title")', '<a href="https://example.org/" title="A title">a</a>'),
        ("![a](https://example.org/a.png)", '<img alt="a" src="https://example.org/a.png" />'),
        ("Text\n{: .lead #intro }", '<p class="lead" id="intro">Text</p>'),
        ("[a](https://example.org/){: target=_blank rel=noopener }", 'rel="noopener" target="_blank"'),
        ("Text\n{: style='color: darkred' }", '<p style="color: darkred">Text</p>'),
        ("## Heading { #heading }", '<h2 id="heading">Heading'),
    ],
)
def test_safe_links_images_and_attributes_stay(text: str, kept: str) -> None:
    assert kept in render(text)


def test_removed_links_and_images_keep_their_text() -> None:
    assert render("See [the statement](javascript:alert(1)) now.") == "<p>See <span>the statement</span> now.</p>"
    assert render("![the chart](data:image/png;base64,AAAA)") == "<p><span>the chart</span></p>"


def test_an_editors_raw_html_stays_the_editors_choice() -> None:
    figure = '<figure>\n<img alt="Harbour" src="https://example.org/a.png">\n</figure>'
    assert figure in render(figure)


@pytest.mark.parametrize(
    ("value", "scheme"),
    [
        ("javascript:x", "javascript"),
        ("\tjava\nscript:x", "javascript"),
        ("\x00 javascript:x", "javascript"),
        ("&#x6A;avascript:x", "javascript"),
        ("javascript&#58;x", "javascript"),
        ("javascript\\:x", None),  # a backslash ends the scheme: browsers read a relative path
        ("javascript :x", None),
        ("https://example.org/", "https"),
        ("Mailto:desk@example.org", "mailto"),
        ("a/b:c", None),
        ("", None),
    ],
)
def test_url_scheme_reads_urls_as_browsers_do(value: str, scheme: str | None) -> None:
    assert url_scheme(value) == scheme


def test_the_site_enables_the_extension_last() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    names = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    assert names[-1] == "digest.site.safehtml"
