r"""Plain text to Markdown that renders as exactly that text, and nothing more.

Text from outside (article bodies, titles, summaries, tags, source names) is
untrusted. `escape` makes it inert under Python-Markdown and every extension the
site might enable (the core set, Material's and PyMdown's): no raw HTML (``<``
and ``&`` become entities), no links or images (brackets escaped), no emphasis or
code, no attribute lists (``{: onclick=...}``), no Jinja-looking braces, no block
syntax at the start of a line (headings, lists, quotes, admonitions, rules,
definitions), and none of the inline syntax extensions add: bare URLs and e-mail
addresses (magiclink), ``:emoji:`` names, ``++keys++``, ``$math$``.

>>> escape("<script>alert(1)</script>")
'&lt;script&gt;alert(1)&lt;/script&gt;'
>>> print(escape("[click](javascript:alert(1)) {: onclick=x} {{ config }}"))
&#91;click&#93;(javascript:alert(1)) \{: onclick&#61;x\} \{\{ config \}\}
>>> print(escape("# Not a heading"))
\# Not a heading
>>> print(escape("1. Not a list"))
1\. Not a list
>>> print(escape("iv) Not a list either"))
iv\) Not a list either
>>> print(escape("See https://example.com or mail desk@example.com :smile:"))
See https&#58;//example.com or mail desk&#64;example.com &#58;smile:
>>> print(escape("It cost $5, not $6."))
It cost &#36;5, not &#36;6.
>>> print(escape("It cost $5."))
It cost $5.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    import markdown as python_markdown

_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\\": "&#92;",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "&#91;",
    "]": "&#93;",
    "{": "\\{",
    "}": "\\}",
    "|": "&#124;",
    "~": "&#126;",
    "^": "&#94;",
    "=": "&#61;",
    "@": "&#64;",
}
_SPECIAL = re.compile("[" + re.escape("".join(_INLINE)) + "]")
# Syntax that only extensions give meaning to, neutralised with a character reference:
# "://", "www." and "#12" (magiclink), ":name:" (emoji), "++" (keys).
# Each match is one of these characters, so the pattern starts with their class and tests the
# context around it after: the regex engine then skips every other character at once.
_EXTENSION_SYNTAX = re.compile(
    r"[:.+#!?](?:(?<=:)(?=//|[+\-\w]+:)|(?<=[wW]{3}\.)|(?<=\+)(?=\+)|(?<=\+\+)|(?<=[#!?])(?<!&[#!?])(?=[1-9]))"
)
_BLOCK_START = re.compile(r"^(\s*)([#+\-!?%/:]|\d+(?=[.)])|(?:[ivxlcdm]+|[IVXLCDM]+|[A-Za-z])(?=[.)](?:\s|$)))")


def escape(text: str) -> str:
    """Escape one line of plain text for use anywhere Markdown inline text goes."""
    # " ".join(text.split()) collapses whitespace runs and strips, as re.sub(r"\s+", " ", text).strip() would
    text = _SPECIAL.sub(lambda m: _INLINE[m.group(0)], " ".join(text.split()))
    text = _EXTENSION_SYNTAX.sub(lambda m: f"&#{ord(m.group(0))};", text)
    if text.count("$") >= 2:  # two dollars can open and close inline math (arithmatex)
        text = text.replace("$", "&#36;")
    start = _BLOCK_START.match(text)  # anchored at the start: a sub would try every position
    return text if start is None else _escape_block(start) + text[start.end() :]


def _escape_block(match: re.Match[str]) -> str:
    lead, marker = match.group(1), match.group(2)
    if marker[-1].isalnum():
        return f"{lead}{marker}\\"
    if marker in "?%/:":
        return f"{lead}&#{ord(marker)};"
    return f"{lead}\\{marker}"


def paragraphs(texts: Sequence[str]) -> str:
    """A Markdown body from plain-text paragraphs: each escaped, blank-line separated."""
    return "\n\n".join(escape(t) for t in texts if t.strip())


def link_target(url: str) -> str:
    """An http(s) URL made safe as a Markdown link target (no spaces, brackets or quotes)."""
    if not url.lower().startswith(("http://", "https://")):
        raise ValueError(f"not an http(s) URL: {url!r}")
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


_PROSE_EXTENSIONS = ("admonition", "attr_list")
"""The block syntax an editor's body may use that must not read as text (``!!! note``, ``{ .class }``)."""


@functools.cache
def _renderer() -> python_markdown.Markdown:
    """One Python-Markdown converter with `_PROSE_EXTENSIONS`, reset before each use (making one takes longer)."""
    import markdown as python_markdown

    return python_markdown.Markdown(extensions=list(_PROSE_EXTENSIONS))


def prose_paragraphs(body: str) -> list[str]:
    r"""The plain text of a Markdown body's top-level paragraphs, in order.

    Headings, lists, quotes, code, blocks of raw HTML and admonitions are left
    out; inside a paragraph, links and emphasis become their text, images and
    raw HTML tags go, escapes and entities are resolved. Made for a summary
    (`digest.chain.summarize.from_markdown`), so its output is plain text,
    never Markdown.

    >>> prose_paragraphs("# Head\n\nThe *council* [voted](https://x.test) 5&ndash;2.\n\n- a list\n\nSecond \\*one\\*.")
    ['The council voted 5–2.', 'Second *one*.']
    """
    import lxml.html  # only for pages without a summary: `escape` is imported by every hook and worker

    rendered = _renderer().reset().convert(body)
    if not rendered.strip():
        return []
    root = lxml.html.fragment_fromstring(rendered, create_parent="div")
    found = []
    for element in root.iterchildren("p"):
        for unwanted in element.xpath(".//script|.//style"):
            unwanted.drop_tree()
        text = " ".join(element.text_content().split())
        if text:
            found.append(text)
    return found
