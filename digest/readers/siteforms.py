"""How a site's name is written: a name declared in capitals in a name's capitalisation (`recased`), a name declared
run together or without its article as the page's masthead prints it (`printed_form`), the owning company's name
declared where the masthead prints the paper's (`masthead_form`), its initials declared where it prints them in words
(`spelled_out`).
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


MAX_INITIALS = 5


def spelled_out(name: str | None, printed: Sequence[str], label: str) -> str | None:
    """The name a logo or a link home (``printed``) writes in words where the site declares only its initials ("HBJ"
    for "Harbourline Business Journal", small words left out), unless the domain's name (``label``) holds the
    initials: a site named by them ("KBJ" on kbj.com) is called so.

    >>> spelled_out("KBJ", ["Home", "Kelmouth Business Journal"], "kelmouthbiz"), spelled_out("KBJ", ["KBJ"], "x")
    ('Kelmouth Business Journal', 'KBJ')
    >>> spelled_out("KBJ", ["Kelmouth Business Journal"], "kbj"), spelled_out("NYT", ["The New York Times"], "x")
    ('KBJ', 'The New York Times')
    """
    if not name or not name.isalpha() or not name.isupper() or not 2 <= len(name) <= MAX_INITIALS:
        return name
    if name.casefold() in label:
        return name
    for shown in (" ".join(p.split()) for p in printed):
        words = [w for w in shown.split() if w.casefold() not in CONNECTORS]
        if len(words) == len(name) and "".join(w[0] for w in words) == name and not shown.isupper():
            return shown
    return name


_PARTS = re.compile(r"\s+[|｜·•–—-]\s+")
"""What parts a logo's name from its section's ("The Kelmouth Echo | Business")."""


OWNERS_WORDS = frozenset(
    ["media", "group", "holdings", "network", "networks", "publications", "publishing", "newspapers", "company"]
)
"""The words after a paper's name that make it its owner's ("Kelmouth Echo Media Group")."""


def masthead_form(name: str | None, printed: Sequence[str], label: str, text: str = "") -> str | None:
    """The name a logo or a link home (``printed``) gives, or a part of it before or after a bar, when that is the
    domain's name (``label``) and ``name`` is it with its owner's words after it (`OWNERS_WORDS`): "Kelmouth Echo
    Media" declared (the owning company's name) where the masthead prints "The Kelmouth Echo | Business" on
    business.kelmouthecho.com. Its "The" as `printed_form` keeps it.

    >>> masthead_form("Kelmouth Echo Media", ["The Kelmouth Echo | Business"], "kelmouthecho", "The Kelmouth Echo")
    'The Kelmouth Echo'
    >>> masthead_form("Kelmouth Echo Media", ["Kelmouth Echo Media"], "kelmouthecho")
    'Kelmouth Echo Media'
    """
    words = (name or "").split()
    while len(words) > 1 and words[-1].casefold() in OWNERS_WORDS:
        words = words[:-1]
    if not name or not label or len(words) == len(name.split()) or _same_name_key(" ".join(words)) != label:
        return name
    for part in (p.strip() for shown in printed for p in _PARTS.split(" ".join(shown.split()))):
        if _same_name_key(part) == label and not part.isupper() and part != part.casefold():
            bare = part[len("The ") :] if part.startswith("The ") else None
            return part if bare is None or _with_article(bare, text) else bare
    return name


_COMPANY_TAIL = r"(?:\s+[A-Z][\w&.-]*){0,3}?,?\s+(?:Ltd|Limited|Inc|LLC|plc|PLC|Pvt|GmbH|Corp|Co)\b"
"""The rest of a company's name after a paper's ("Kelmouth Echo Publications Pvt Ltd")."""


_CREDIT = re.compile(r"(?:(?i:images?|photos?|photographs?|pictures?|credits?)\s*:\s*|/\s*)$")
"""What a picture's credit writes before the paper's name ("(Image: Kelmouth Echo)", "Photo: Ann Roe/Kelmouth Echo"),
which drops its article as a credit does."""
CREDIT_REACH = 20


def _with_article(name: str, text: str) -> bool:
    """Whether ``text`` writes "The" before the name more often than it writes the name alone without it: not inside a
    longer name ("Kelmouth Echo Publications Ltd", a company's), before a noun ("Kelmouth Echo staff") nor in a
    picture's credit ("(Image: Kelmouth Echo)"), where a paper's "The" is dropped."""
    escaped = re.escape(name)
    article = len(re.findall(rf"\bThe {escaped}\b", text))
    bare = re.finditer(rf"(?<!\bthe )(?<!\bThe )\b{escaped}\b(?!{_COMPANY_TAIL}|\s+[a-z])", text)
    alone = sum(1 for m in bare if not _CREDIT.search(text, max(0, m.start() - CREDIT_REACH), m.start()))
    return article > alone


def _same_name_key(name: str) -> str:
    """A site's name with no article before it, no accents, case, spaces, punctuation nor "and" ("&", "+")."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    words = re.findall(r"[^\W_]+", re.sub(r"\band\b|[&+]", " ", bare))
    return "".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


_COPYRIGHT = r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?"
"""What opens a copyright line before the holder's name ("© 2026", "Copyright 2019-2026")."""
MAX_ADDED_WORDS = 2


def copyright_form(name: str | None, printed: Sequence[str], text: str) -> str | None:
    """The longer form of the name a logo or a link home (``printed``) prints, opening with it and adding a word or
    two, when the page's copyright line (in ``text``) writes that form too: a site declared short (a station's call
    letters, "KVXT 4", "KVXT") that prints and signs itself in full ("KVXT 4 News" in its logo, "© 2026 KVXT 4 News");
    a channel's number is such a word. Words of an owner's name (`OWNERS_WORDS`: "Media Group") after it are a
    company's, not the site's.

    >>> copyright_form("KVXT 4", ["Home", "KVXT 4 News"], "Watch KVXT 4 live. © 2026 KVXT 4 News. All rights reserved.")
    'KVXT 4 News'
    >>> copyright_form("KVXT 4", ["KVXT 4 News"], "© 2026 Harbourline Broadcasting"), copyright_form("KVXT", [], "")
    ('KVXT 4', 'KVXT')
    """
    if not name:
        return name
    words = name.split()
    for shown in (" ".join(p.split()) for p in printed):
        added = shown.split()[len(words) :]
        if not shown.startswith(name + " ") or not 1 <= len(added) <= MAX_ADDED_WORDS:
            continue
        if any(not (w[:1].isupper() or w[:1].isdigit()) or w.casefold() in OWNERS_WORDS for w in added):
            continue
        if re.search(rf"{_COPYRIGHT}{re.escape(shown)}\b", text):
            return shown
    return name
