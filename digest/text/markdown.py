r"""Plain text to Markdown that renders as exactly that text, and nothing more.

Text from outside (article bodies, titles, summaries, tags, source names) is
untrusted. Two escapers:

- `escape_text` writes the body of a converted article, the Markdown an editor
  reads and edits. It escapes only what Python-Markdown with the site's
  extensions (`SITE_EXTENSIONS`; `tests/safety/` checks that ``mkdocs.yml`` enables
  no other) would misread, and only where it would misread it, with a backslash:
  ``*`` and ``_`` when two could pair, ``[`` before a ``](``, a backtick when there
  are two, a ``\`` before a character it would escape, a list, quote or heading
  marker at the start of a block. Markdown has no backslash escape for ``&`` and
  ``<``: they become ``&amp;`` and ``&lt;`` only where they would start an entity,
  a tag or an automatic link. ``$``, ``~``, ``^``, ``=``, ``@`` and ``:`` mean
  nothing to Python-Markdown and stay as they are.

  >>> print(escape_text("It cost $5 [estimate] & 3 < 4, said A_B's *lawyer*."))
  It cost $5 [estimate] & 3 < 4, said A_B's \*lawyer\*.
  >>> print(escape_text("[click](javascript:alert(1)) <script>alert(1)</script> &amp;"))
  \[click](javascript:alert(1)) &lt;script>alert(1)&lt;/script> &amp;amp;
  >>> print(escape_text("1. Not a list"), escape_text("# Not a heading"), escape_text("- Not an item"))
  1\. Not a list \# Not a heading \- Not an item

- `escape` is for the pages the site generates (listings, headers), which nobody
  edits and which put outside text inside links, emphasis and headings: it
  neutralises every character with a meaning in Markdown or in any extension the
  site might enable (the core set, Material's and PyMdown's), with character
  references where a backslash would not do.

  >>> escape("<script>alert(1)</script>")
  '&lt;script&gt;alert(1)&lt;/script&gt;'
  >>> print(escape("[click](javascript:alert(1)) {: onclick=x} {{ config }}"))
  &#91;click&#93;(javascript:alert(1)) \{: onclick&#61;x\} \{\{ config \}\}
  >>> print(escape("# Not a heading"))
  \# Not a heading
  >>> print(escape("iv) Not a list either"))
  iv\) Not a list either
  >>> print(escape("See https://example.com or mail desk@example.com :smile:"))
  See https&#58;//example.com or mail desk&#64;example.com &#58;smile:
  >>> print(escape("It cost $5, not $6."))
  It cost &#36;5, not &#36;6.
"""

from __future__ import annotations

import enum
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


SITE_EXTENSIONS = ("toc", "tables", "fenced_code", "admonition", "attr_list", "digest.site.safehtml")
"""The Markdown extensions `escape_text` is written for: MkDocs' three and the site's (``mkdocs.yml``)."""


class Where(enum.Enum):
    """Where a text goes in a body: the start of a block (a paragraph, list item or quotation), a heading, a cell."""

    BLOCK = "block"
    HEADING = "heading"
    CELL = "cell"


_BACKSLASHED = frozenset("\\`*_{}[]()>#+-.!|")
"""What a backslash escapes in Python-Markdown (``|`` with the tables extension)."""
_TAG_START = re.compile(r"<(?:[A-Za-z/!?]|[^\s>]*@[^\s>]*>)")
"""A tag or closing tag, a comment, declaration or processing instruction (which may close in a later line),
an automatic link or an e-mail link."""
_MAYBE = re.compile(r"[\\<&*_`\[{|]")
_SEPARATOR_ROW = re.compile(r"[-|: ]*")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z0-9]+;)")
_REFERENCE = re.compile(r"\[[^\[\]]*\]:")
_RULE = re.compile(r"(?:(?:-+ {0,2}){3,}|(?:_+ {0,2}){3,}|(?:\*+ {0,2}){3,})$")
_LIST_MARKER = re.compile(r"[-+*] |\d+(?=\. )")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TOC_MARKER = "[TOC]"


def plain(text: str) -> str:
    """``text`` as one line: whitespace runs collapsed, control characters dropped."""
    return " ".join(_CONTROL.sub("", text).split())


def escape_text(text: str, where: Where = Where.BLOCK) -> str:
    """One line of plain text as Markdown that renders as exactly `plain` ``(text)``."""
    text = plain(text)
    if not text:
        return ""
    out = list(text)
    for match in _MAYBE.finditer(text):  # only these characters can need escaping inside a line
        out[match.start()] = _inline(text, match.start(), where)
    if where is Where.BLOCK:
        _mark_block_start(text, out)
    if where is Where.HEADING and out[-1] in ("#", "\\"):  # closing hashes; a lone backslash
        out[-1] = "\\" + out[-1]
    return "".join(out)


def _inline(text: str, i: int, where: Where) -> str:
    """Character ``i`` of ``text``, escaped when Markdown would otherwise misread it there."""
    char = text[i]
    if char == "\\":
        return "\\\\" if text[i + 1 : i + 2] in _BACKSLASHED and i + 1 < len(text) else char
    if char == "<":
        return "&lt;" if _TAG_START.match(text, i) else char
    if char == "&":
        return "&amp;" if _ENTITY.match(text, i) else char
    if char in "*_":
        return "\\" + char if _may_pair(text, i) else char
    if char == "`":  # a cell's backtick may pair with one in the next cell of its row
        return "\\`" if where is Where.CELL or text.count("`") >= 2 else char
    if char == "[":
        opens = "](" in text[i:] or text.strip() == TOC_MARKER or (i == 0 and _REFERENCE.match(text))
        return "\\[" if opens else char
    if char == "{":
        return "\\{" if where is not Where.BLOCK and "}" in text[i:] else char
    if char == "|":  # a list line of only "-", "|" and ":" reads as a table's separator row
        return "\\|" if where is Where.CELL or _SEPARATOR_ROW.fullmatch(text) else char
    return char


def _delimiter(text: str, i: int) -> bool:
    """Whether the run of ``*`` or ``_`` around ``i`` may open or close emphasis.

    A run of up to three with spaces (or the edges) on both sides never does, nor an ``_`` inside a word.
    """
    char = text[i]
    start, end = i, i
    while start > 0 and text[start - 1] == char:
        start -= 1
    while end + 1 < len(text) and text[end + 1] == char:
        end += 1
    before = text[start - 1] if start > 0 else " "
    after = text[end + 1] if end + 1 < len(text) else " "
    if before.isspace() and after.isspace() and end - start < 3:
        return False
    return not (char == "_" and before.isalnum() and after.isalnum())


@functools.lru_cache(maxsize=1024)
def _runs(text: str, char: str) -> int:
    """How many runs of ``char`` in ``text`` may open or close emphasis."""
    return sum(1 for m in re.finditer(re.escape(char) + "+", text) if _delimiter(text, m.start()))


def _may_pair(text: str, i: int) -> bool:
    """Whether the delimiter run at ``i`` has another it could pair with."""
    return _delimiter(text, i) and _runs(text, text[i]) >= 2


def _mark_block_start(text: str, out: list[str]) -> None:
    """Escape what would start a heading, quotation, list, rule or admonition at the start of a block."""
    first = text[0]
    marker = _LIST_MARKER.match(text)
    if marker and first.isdigit():
        k = marker.end()
        out[k] = "\\."
    elif first in "#>" or marker or _RULE.match(text) or text.startswith("!!!") or not text.strip("- "):
        # dashes alone: after a list's "- " marker even two ("- --") make a rule
        if out[0] == first:
            out[0] = "\\" + first
    elif text.startswith("~~~"):  # a code fence; no backslash escapes a tilde
        out[0] = "&#126;"


def paragraphs(texts: Sequence[str]) -> str:
    """A Markdown body from plain-text paragraphs: each escaped, blank-line separated."""
    return "\n\n".join(escape_text(t) for t in texts if plain(t))


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
