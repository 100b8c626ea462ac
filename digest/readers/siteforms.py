"""How a site's name is written: a name declared in capitals in a name's capitalisation (`recased`), a name declared
run together or without its article as the page's masthead prints it (`printed_form`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from digest.readers.spelling import CONNECTORS

MAX_ACRONYM = 3


def recased(name: str | None, text: str) -> str | None:
    """A name of several words written in capitals, in a name's capitalisation: each word capitalised but an
    acronym, a short word the text never writes in lower case ("USA TODAY" -> "USA Today", "THE DAILY STAR" ->
    "The Daily Star"), a word without a vowel or beside a number (a station's call letters, "WKTR", "KOMO 4").

    >>> recased("THE KELMOUTH ECHO", ""), recased("USA TODAY", "the news today"), recased("BBC", "")
    ('The Kelmouth Echo', 'USA Today', 'BBC')
    >>> recased("KXLM 7", ""), recased("WKTR NEWS", ""), recased("KOMO 4", "")
    ('KXLM 7', 'WKTR News', 'KOMO 4')
    """
    if not name or not name.isupper() or len(name.split()) < 2:
        return name
    lowered = set(re.findall(r"\b[a-z]+\b", text))
    words = name.split()
    numbered = any(w.isdigit() for w in words)  # "KXLM 7": a station's call letters and its channel
    return " ".join(
        w
        if w.isalpha()
        and w.casefold() not in lowered | CONNECTORS
        and (len(w) <= MAX_ACRONYM or numbered or not set(w.casefold()) & set("aeiou"))
        else w.capitalize()
        for w in words
    )


def printed_form(name: str | None, printed: Sequence[str], text: str = "") -> str | None:
    """The name as the page's masthead prints it (``printed``: its logos' and its links home's words, in page
    order), when one of them is the same name in as many words or more: run together ("KelmouthEcho" printed
    "Kelmouth Echo"), with "+" for "&" or without its accents. An article the masthead prints before it ("The
    Kelmouth Echo") is the name's when the page's ``text`` (the masthead's included) writes the name with it more
    often than without ("© Kelmouth Echo" in a footer, twice: the masthead's "The" is the logo's). A name printed in
    capitals or lower case only, or in fewer words, is not how readers write it; a name with other words is another
    name (a company's, a section's).

    >>> printed_form("KelmouthEcho", ["Home", "Kelmouth Echo"]), printed_form("Fern+Tide", ["Fern & Tide"])
    ('Kelmouth Echo', 'Fern & Tide')
    >>> printed_form("Kelmouth Echo", ["The Kelmouth Echo"], "The Kelmouth Echo. The Kelmouth Echo regrets the error.")
    'The Kelmouth Echo'
    >>> printed_form("Kelmouth Echo", ["The Kelmouth Echo"], "The Kelmouth Echo. (c) Kelmouth Echo, Kelmouth Echo")
    'Kelmouth Echo'
    >>> printed_form("The Kelmouth Echo", ["Kelmouth Echo"]), printed_form("Kelmouth Echo", ["KELMOUTH ECHO"])
    ('The Kelmouth Echo', 'Kelmouth Echo')
    """
    if not name:
        return name
    key = _same_name_key(name)
    for shown in (" ".join(p.split()) for p in printed):
        if shown == name or shown.isupper() or shown == shown.casefold() or len(shown.split()) < len(name.split()):
            continue
        if _same_name_key(shown) != key:
            continue
        bare = shown[len("The ") :] if shown.startswith("The ") and not name.startswith("The ") else None
        return shown if bare is None or _with_article(bare, text) else bare
    return name


def _with_article(name: str, text: str) -> bool:
    """Whether ``text`` writes "The" before the name more often than it writes the name without it."""
    escaped = re.escape(name)
    article = len(re.findall(rf"\bThe {escaped}\b", text))
    alone = len(re.findall(rf"(?<!\bthe )(?<!\bThe )\b{escaped}\b", text))
    return article > alone


def _same_name_key(name: str) -> str:
    """A site's name with no article before it, no accents, case, spaces, punctuation nor "and" ("&", "+")."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    words = re.findall(r"[^\W_]+", re.sub(r"\band\b|[&+]", " ", bare))
    return "".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)
