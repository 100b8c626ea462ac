"""A site that declares one word of its name (a station's call letters, "KVRL") where its other declarations agree on
the whole of it ("KVRL News 4" as its JSON-LD publisher, its title's suffix, its masthead's link home), or its name
with a word saying what it is ("Fern & Tide Magazine") where they agree on the name alone: `fuller_name`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

SEPARATORS = "|｜·•»~"
"""The marks a page's ``<title>`` puts between the headline and the site's name (dashes and "::" aside)."""
_SUFFIX = re.compile(rf"\s[{SEPARATORS}]\s+(?P<name>[^{SEPARATORS}]{{2,60}})$")
MAX_NAME_WORDS = 5
MIN_AGREEING = 2
DESCRIPTORS = frozenset(["magazine", "online", "digital", "newspaper", "website", "media"])
"""Words a site's declared name may end in that say what the site is, not what readers call it."""


def title_suffix(title: str) -> str:
    """The name after the last bar of a page's ``<title>``, or nothing: "Story | KVRL News 4" -> "KVRL News 4"."""
    found = _SUFFIX.search(title)
    return found.group("name").strip() if found else ""


def fuller_name(site: str | None, declarations: Sequence[Sequence[str]]) -> str | None:
    """The name of several words, opening with the one word the site declares, that at least two of the page's
    other kinds of declaration (``declarations``: JSON-LD publishers, the title's suffix, links home) give; or the
    declared name without the word `DESCRIPTORS` it ends in, when two of them give that.

    >>> fuller_name("KVRL", [["KVRL News 4"], ["KVRL News 4"], []]), fuller_name("KVRL", [["KVRL News 4"], []])
    ('KVRL News 4', 'KVRL')
    >>> fuller_name("Vox", [["Vox Media"], []]), fuller_name("The Echo", [["The Echo Group"], ["The Echo Group"]])
    ('Vox', 'The Echo')
    >>> fuller_name("Fern & Tide Magazine", [["Fern & Tide"], ["Fern & Tide"]])
    'Fern & Tide'
    >>> fuller_name("Fern & Tide Magazine", [["Fern & Tide"], []]), fuller_name("Tide Post", [["Tide"], ["Tide"]])
    ('Fern & Tide Magazine', 'Tide Post')
    """
    word = " ".join((site or "").split())
    head, _, last = word.rpartition(" ")
    if not word or (" " in word and last.casefold() not in DESCRIPTORS):
        return site
    opening = f"{word.casefold()} "
    agreeing: dict[str, int] = {}
    for kind in declarations:
        for name in dict.fromkeys(" ".join(n.split()) for n in kind):
            fuller = name.casefold().startswith(opening) and len(name.split()) <= MAX_NAME_WORDS
            if fuller if " " not in word else name.casefold() == head.casefold():
                agreeing[name] = agreeing.get(name, 0) + 1
    best = max(agreeing, key=lambda n: agreeing[n], default=None)
    return best if best is not None and agreeing[best] >= MIN_AGREEING else site
