r"""Plain text to Markdown that renders as exactly that text, and nothing more.

Text from outside (article bodies, titles, summaries, tags, source names) is
untrusted. `escape` makes it inert under Python-Markdown and the extensions the
site enables: no raw HTML (``<`` and ``&`` become entities), no links or images
(brackets escaped), no emphasis or code, no attribute lists (``{: onclick=...}``),
no Jinja-looking braces, and no block syntax at the start of a line (headings,
lists, quotes, admonitions, rules).

>>> escape("<script>alert(1)</script>")
'&lt;script&gt;alert(1)&lt;/script&gt;'
>>> print(escape("[click](javascript:alert(1)) {: onclick=x} {{ config }}"))
\[click\](javascript:alert(1)) \{: onclick&#61;x\} \{\{ config \}\}
>>> print(escape("# Not a heading"))
\# Not a heading
>>> print(escape("1. Not a list"))
1\. Not a list
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote

_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "\\[",
    "]": "\\]",
    "{": "\\{",
    "}": "\\}",
    "|": "&#124;",
    "~": "&#126;",
    "^": "&#94;",
    "=": "&#61;",
}
_SPECIAL = re.compile("[" + re.escape("".join(_INLINE)) + "]")
_BLOCK_START = re.compile(r"^(\s*)([#+\-!?%/]|\d+(?=[.)]))")
_WHITESPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """Escape one line of plain text for use anywhere Markdown inline text goes."""
    text = _SPECIAL.sub(lambda m: _INLINE[m.group(0)], _WHITESPACE.sub(" ", text).strip())
    return _BLOCK_START.sub(_escape_block, text)


def _escape_block(match: re.Match[str]) -> str:
    lead, marker = match.group(1), match.group(2)
    if marker.isdigit():
        return f"{lead}{marker}\\"
    if marker in "?%/":
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
