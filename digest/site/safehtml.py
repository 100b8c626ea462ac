r"""Python-Markdown extension: an editor's Markdown may link and format, never run script.

The converter escapes everything it writes (`digest.text.markdown.escape`), so converted
text makes no links, attributes or HTML at all. Editors write Markdown by hand, and
a pasted link is the classic way in: ``[statement](javascript:...)`` renders as a
live link, and the ``attr_list`` extension the site enables puts any attribute on
an element (``{: onclick="..." }``). After Python-Markdown has built a page's
element tree, this extension walks it and, on every element:

- removes a URL attribute (``href``, ``src``, ``action``, ...) whose scheme is
  not http, https, mailto or tel; relative links and fragments stay. The value is
  read as a browser reads it: character references decoded (``java&#115;cript:``),
  tabs and newlines dropped, leading controls and spaces stripped;
- removes event handlers (``on*``) and ``srcdoc``;
- removes a ``style`` that could load anything (one with ``(`` or ``\``:
  ``url(...)``, ``image-set(...)``); plain declarations such as the tables
  extension's ``text-align: left`` stay;
- removes an ``id`` or ``name`` that starts with ``__``: the theme's own
  elements (``__config``, ``__search``) must not be shadowed.

A link whose target was removed becomes its text (a ``<span>``); an image whose
source was removed becomes its ``alt`` text.

Why a tree processor registered in ``mkdocs.yml`` (``markdown_extensions``) and
not a sanitiser of the rendered HTML in a hook: it works on the elements Python-
Markdown made, before they are serialised, so no second HTML parser can disagree
with the browser; ``mkdocs build``, ``mkdocs serve`` and a plain Python-Markdown
render (the tests) apply it alike; the hooks stay thin; and it runs before MkDocs
checks links, so an obfuscated ``javascript:`` target is neutralised instead of
being reported as an unrecognised relative link.

What it leaves alone: raw HTML an editor writes into a body. Python-Markdown keeps
raw HTML out of the element tree, and what an editor deliberately writes stays the
editor's choice (issue 4); converted text never contains raw HTML, and frontmatter
values are escaped wherever the site shows them.

>>> import markdown
>>> md = markdown.Markdown(extensions=["attr_list", SafeHtmlExtension()])
>>> md.convert("[a](javascript:alert(1)) [b](https://example.org/) [c](other.md#x)")
'<p><span>a</span> <a href="https://example.org/">b</a> <a href="other.md#x">c</a></p>'
>>> md.convert('Text\n{: onclick="alert(1)" #__config .lead }')
'<p class="lead">Text</p>'
>>> md.convert("![chart](data:image/svg+xml,x)")
'<p><span>chart</span></p>'
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import ETX, STX

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
"""URL schemes a link or image may use; a URL without a scheme (relative, ``#fragment``) is always kept."""
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "poster", "cite", "data", "background", "longdesc", "xlink:href", "ping"}
)
"""Attributes whose value a browser loads or navigates to."""
PRIORITY = 0.5
"""After the inline patterns (20) and ``attr_list`` (8), before MkDocs' link checks (0)."""

_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
_PLACEHOLDER = re.compile(f"{STX}(\\d+){ETX}")  # Python-Markdown's backslash escapes, restored only later
_IGNORED_IN_URLS = re.compile("[\t\n\r]")
_LOADING_STYLE = re.compile(r"[(\\]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))  # what browsers strip around a URL


def url_scheme(value: str) -> str | None:
    """The scheme a browser would see in an attribute value (lower-case), or ``None`` for a relative URL.

    >>> url_scheme(" java&#115;cript:alert(1)"), url_scheme("jav&#9;ascript:x"), url_scheme("HTTPS://a.example")
    ('javascript', 'javascript', 'https')
    >>> url_scheme("../a.md#b"), url_scheme("#top"), url_scheme("?q=a:b")
    (None, None, None)
    """
    text = _PLACEHOLDER.sub(lambda m: chr(int(m.group(1))), value)
    text = _IGNORED_IN_URLS.sub("", html.unescape(text)).strip(_C0_AND_SPACE)
    match = _SCHEME.match(text)
    return match.group(1).lower() if match else None


def unsafe_attributes(attributes: dict[str, str]) -> list[str]:
    """The names of the attributes that could run script, load from elsewhere or shadow the theme's elements.

    >>> unsafe_attributes({"href": "vbscript:x", "title": "t", "onClick": "x", "style": "color: red", "id": "__search"})
    ['href', 'onClick', 'id']
    """
    found = []
    for name, value in attributes.items():
        lowered = name.lower()
        if (
            lowered.startswith("on")
            or lowered == "srcdoc"
            or (lowered in URL_ATTRIBUTES and url_scheme(value) not in {None, *SAFE_SCHEMES})
            or (lowered == "style" and _LOADING_STYLE.search(value))
            or (lowered in {"id", "name"} and value.startswith("__"))
        ):
            found.append(name)
    return found


def neutralise(element: ET.Element) -> None:
    """Remove the unsafe attributes of ``element``; a link or image that lost its target becomes text."""
    removed = unsafe_attributes(dict(element.attrib))
    for name in removed:
        del element.attrib[name]
    if element.tag == "a" and "href" in removed:
        element.tag = "span"
        element.attrib.clear()
    elif element.tag == "img" and "src" in removed:
        element.tag = "span"
        element.text = element.get("alt", "")
        element.attrib.clear()


class SafeHtmlTreeprocessor(Treeprocessor):
    """Neutralise every element of the tree (see the module docstring)."""

    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            neutralise(element)


class SafeHtmlExtension(Extension):
    """Registers `SafeHtmlTreeprocessor`; enable it in ``mkdocs.yml`` as ``digest.site.safehtml``."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(SafeHtmlTreeprocessor(md), "digest_safehtml", PRIORITY)


def makeExtension(**kwargs: Any) -> SafeHtmlExtension:
    """The extension, as Python-Markdown loads it by module name."""
    return SafeHtmlExtension(**kwargs)
