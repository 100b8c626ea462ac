"""A page's headline without the site's name or a section label.

`headline` prefers the page's visible ``<h1>`` when a declared title contains it
(the declared title is then the headline with a section or site name around it:
``Opinion | Headline - The New York Times``), and otherwise drops any segment of the
title that names the site, whatever the separator (`strip_site`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from digest.readers.document import fold
from digest.readers.masthead import MIN_HEADLINE_WORDS, SEPARATORS, is_site


def strip_site(title: str, sites: Iterable[str], url: str | None) -> str:
    """``Site | Story - Site.com`` -> ``Story``: leading and trailing segments that name the site go."""
    sites = list(sites)
    parts = SEPARATORS.split(title)
    seps = SEPARATORS.findall(title)
    while len(parts) > 1 and is_site(parts[-1], sites, url):
        parts, seps = parts[:-1], seps[:-1]
    while len(parts) > 1 and is_site(parts[0], sites, url):
        parts, seps = parts[1:], seps[1:]
    kept = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))
    return kept.strip() if len(kept.split()) >= MIN_HEADLINE_WORDS else title


SECTION_LABEL = re.compile(
    r"^(?:(?:Column|Opinion|Analysis|Commentary|Editorial|Op-?Ed|Perspective|Viewpoint|Breaking|Exclusive|Watch)"
    r"\s*[:|]\s+|(?-i:\((?:\d\w{1,3} )?[A-Z]{2,}(?: [A-Z]{2,})?\))\s+)(?=\S)",
    re.IGNORECASE,
)
"""A section or genre label or a desk's tag in brackets heading a title ("Column: ...", "Analysis | ...", "WATCH: ...",
"(LEAD) ...", "(2nd LD) ..."): furniture, not the headline. A live page's "Live:" is its headline's, as "Live updates:"
is: it tells the reader the page keeps changing."""


def headline(title: str, declared: Sequence[str], h1s: Sequence[str], sites: Sequence[str], url: str | None) -> str:
    """The article's headline without a section label (`SECTION_LABEL`).

    >>> headline("Column: Mills close as rates rise - Gazette", [], [], ["Gazette"], None)
    'Mills close as rates rise'
    >>> headline("(LEAD) Mills close as rates rise", [], [], [], None)
    'Mills close as rates rise'
    >>> headline("(Not) the end of the mills", [], [], [], None)
    '(Not) the end of the mills'

    """
    found = _unflagged(_headline(title, declared, h1s, sites, url), declared)
    cut = SECTION_LABEL.sub("", found, count=1)
    return cut if len(cut.split()) >= MIN_HEADLINE_WORDS else found


def _headline(title: str, declared: Sequence[str], h1s: Sequence[str], sites: Sequence[str], url: str | None) -> str:
    """The ``<h1>`` a declared title contains, else the title without the site's name."""
    titles = [fold(t) for t in (title, *declared) if t]
    for h1 in h1s:
        words = h1.split()
        key = fold(h1)
        if len(words) < MIN_HEADLINE_WORDS or is_site(h1, sites, url) or not key:
            continue
        if any(key in t and len(key) * 2 >= len(t) for t in titles) or any(_close(key, t) for t in titles):
            return h1
        if _subtitled(h1, titles):
            return h1
    return strip_site(title, sites, url)


_SUBTITLE = re.compile(r":\s+(?=\S)")


def _subtitled(h1: str, titles: Sequence[str]) -> bool:
    """Whether a declared title is the ``<h1>``'s words before its colon: the headline shortened, its subtitle left
    out ("Laptop X review" for "Laptop X review: the one to beat").

    >>> _subtitled("Mills close: what the rates did", ["mills close"])
    False
    >>> _subtitled("Mills close as rates rise: what comes next", ["mills close as rates rise"])
    True
    """
    head = _SUBTITLE.split(h1, maxsplit=1)
    key = fold(head[0])
    return len(head) > 1 and len(key.split()) >= MIN_HEADLINE_WORDS and key in titles


MAX_FLAG_WORDS = 2
_LABELLED = re.compile(r"^\S+(?: \S+)?:\s")


def _unflagged(found: str, declared: Sequence[str]) -> str:
    """The headline without a desk's flag printed before it ("EXCLUSIVE", "WATCH") that the headline the page
    declares leaves out: a declared headline that ends the found one, one or two words shorter. A label the headline
    prints before a colon ("Guest column: ...") is its own: the section labels that are not go by `SECTION_LABEL`.

    >>> _unflagged("EXCLUSIVE Mills close as rates rise", ["Mills close as rates rise"])
    'Mills close as rates rise'
    >>> _unflagged("Guest column: Mills close as rates rise", ["Mills close as rates rise"])
    'Guest column: Mills close as rates rise'
    """
    if _LABELLED.match(found):
        return found
    key = fold(found)
    for headline in declared:
        short = fold(headline)
        long_enough = len(short.split()) >= MIN_HEADLINE_WORDS
        if long_enough and key.endswith(" " + short) and len(key[: -len(short)].split()) <= MAX_FLAG_WORDS:
            return headline
    return found


def _close(key: str, title: str) -> bool:
    """Most words shared both ways (a headline with a name the short title left out)."""
    a, b = key.split(), title.split()
    common = len(set(a) & set(b))
    return common >= 0.8 * len(set(b)) and common >= 0.7 * len(set(a))
