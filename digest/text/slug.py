"""Slugs for file names and URLs: lower-case ASCII words joined by hyphens.

>>> slugify("El Salvador’s president agrees to take U.S. prison inmates, for a fee")
'el-salvadors-president-agrees-to-take-us-prison-inmates-for-a-fee'
>>> slugify("../../etc/passwd")
'etc-passwd'
>>> slugify("¿Qué pasó en Bogotá?")
'que-paso-en-bogota'
>>> slugify("!!!")
''
"""

from __future__ import annotations

import functools
import re
import unicodedata

MAX_SLUG_CHARS = 80
_APOSTROPHES = re.compile(r"(?<=\w)['’‘`](?=\w)")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=16384)
def slugify(text: str, max_chars: int = MAX_SLUG_CHARS) -> str:
    """Return a URL- and file-safe slug; empty when ``text`` has no letters or digits.

    Remembered: every site rebuild checks every title for a repeated slug.
    """
    text = _APOSTROPHES.sub("", text)
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_chars:
        cut = slug[: max_chars + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_chars]
    return slug.strip("-")
