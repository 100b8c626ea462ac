"""How a page spells its site's name: the domain's name as words run together or as an abbreviation.

``kechronicle`` abbreviates "Kelmouth Evening Chronicle", ``latimes`` "Los Angeles Times" (`abbreviates`);
``cbssports`` runs "CBS Sports" together (`spelled_in` finds the words a page writes for it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from digest.text.tokens import NAME_PARTICLES

CONNECTORS = NAME_PARTICLES | {"of", "the", "and", "for", "on", "&", "a", "in", "at", "des", "el", "e"}
"""Small words inside a name ("Times of Israel", "Bank of America")."""

_SKIPPABLE = frozenset({"of", "and", "the", "&"})
MIN_ABBREVIATION = 2


def abbreviates(name: str, label: str) -> bool:
    """Whether the domain's name spells the name's words in order, each whole, by its first letter, or left out
    when a number or a small word, with at least one word by its first letter.

    >>> abbreviates("Los Angeles Times", "latimes"), abbreviates("NBC 5 Dallas-Fort Worth", "nbcdfw")
    (True, True)
    >>> abbreviates("Wall Street Journal", "wsj"), abbreviates("Kelmouth Echo", "kelmouthecho")
    (True, False)
    """
    words = [w for w in re.split(r"[\W_]+", name.casefold()) if w]
    if len(label) < MIN_ABBREVIATION or len(words) < MIN_ABBREVIATION:
        return False

    @functools.cache
    def spells(k: int, at: int, initials: bool) -> bool:
        if k == len(words):
            return at == len(label) and initials
        word = words[k]
        ways = [(word, initials), (word[0], True)]
        options = [spells(k + 1, at + len(w), i) for w, i in ways if label.startswith(w, at)]
        if word.isdigit() or word in _SKIPPABLE:
            options.append(spells(k + 1, at, initials))
        return any(options)

    return spells(0, 0, False)


MIN_SPELLED = 4
"""A domain name shorter than this ("ap", "wsj") is an abbreviation, not words run together."""


def spelled_in(text: str, label: str) -> str | None:
    """The most frequent name in ``text`` whose words, run together, are the domain's name: two or more
    capitalised words or numbers ("CBS Sports" for cbssports, "The Detroit News" for detroitnews), or one
    word written with an apostrophe or a hyphen ("Barron's" for barrons, "Post-Dispatch" for postdispatch); a hyphen
    may join two of the words ("Lake County Record-Bee").

    >>> spelled_in("Watch CBS Sports HQ. Follow CBS Sports on X.", "cbssports")
    'CBS Sports'
    >>> spelled_in("Sports news from cbssports.com", "cbssports") is None
    True
    >>> spelled_in("as the Times of Israel reported", "timesofisrael"), spelled_in("Barron's says", "barrons")
    ('Times of Israel', "Barron's")
    >>> spelled_in("© Lake County Record-Bee", "lakecountyrecordbee"), spelled_in("a Post-Dispatch", "postdispatch")
    ('Lake County Record-Bee', 'Post-Dispatch')
    """
    letters = [re.escape(c) for c in label]
    pattern = re.compile(
        r"(?<![\w.@/])(?:[Tt]he )?" + r"(?:[ '’]|(?<=\w)[.-](?=\w) ?)?".join(letters) + r"(?![\w@/]|[.-]\w)",
        re.IGNORECASE,
    )
    counts: dict[str, int] = {}
    for match in pattern.finditer(text):
        name = match.group(0).removeprefix("the ")
        words = name.split()
        spaced = len(words) >= 2 and all(
            w.isdigit() or (w[:1].isupper() and len(w) > 1) or (0 < k < len(words) - 1 and w in CONNECTORS)
            for k, w in enumerate(words)
        )
        marked = len(words) == 1 and name[:1].isupper() and bool(re.search(r"\w['’]\w|\w-[A-Z]", name))
        if spaced or marked:
            counts[name] = counts.get(name, 0) + 1
    for name in _abbreviated_in(text, label):
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], " " in n, n))


MAX_ABBREVIATED_WORDS = 6


def _abbreviated_in(text: str, label: str) -> Iterator[str]:
    """The runs of capitalised words in ``text`` that the domain's name abbreviates ("Kelmouth Evening Chronicle"
    for kechronicle), a number or a small word inside them allowed."""
    words = text.split()
    initials = {c for c in {w[:1] for w in words} if c.isupper() and c.casefold() == label[:1]}  # once per letter
    for start, first in enumerate(words):
        if first[:1] not in initials:
            continue
        for end in range(start + 2, min(start + MAX_ABBREVIATED_WORDS, len(words)) + 1):
            run = words[start:end]
            last = run[-1].rstrip(".,;:!?)")
            if not all(w[:1].isupper() or w.isdigit() or w in CONNECTORS for w in run) or not last[:1].isupper():
                break
            if abbreviates(" ".join([*run[:-1], last]), label):
                yield " ".join([*run[:-1], last])
