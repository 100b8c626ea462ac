"""A domain's name in words, when nothing on the page names its publisher.

The last resort of `digest.chain.sources.host_name` used to capitalise the domain's name whole
("Lakecountyrecordbee", "Kxan"). Two kinds of domain name read better otherwise:

- words run together, each a word of a publisher Digest knows (the table's names: "Lake", "County",
  "Record", "Bee", "News", "Now" ...), a place's (the gazetteer's) or a number: written as those words
  ("Lake County Record Bee", "Hawaii News Now", "Fox 13 News"), each as the table writes it;
- a broadcaster's call sign (four letters from K or W, the second a consonant, at most one vowel: "kxan",
  "wjct"; none after "kn", which opens words): in capitals, as stations write theirs.

A domain name any piece of which is no such word stays whole: a brand ("Gizmodo") is no run of words.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from digest.chain.gazetteer import places

MIN_PIECE = 3
"""A word shorter than this ("a", "on") is too easily found inside other words to split a domain's name at."""
_SMALL = {"of": "of", "the": "The", "and": "and"}
_VOWELS = frozenset("aeiouy")
_PIECES = re.compile(r"[a-z]+|[0-9]+")
_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
"""A name's words, a brand's run-together words apart ("NewsNow": "News", "Now")."""


@functools.lru_cache(maxsize=8)
def vocabulary(names: tuple[str, ...]) -> Mapping[str, str]:
    """Each word of the publishers' ``names`` and of the gazetteer's places (folded) -> its most usual written form."""
    forms: dict[str, Counter[str]] = {}
    for name in names:
        for word in _WORDS.findall(name):
            forms.setdefault(word.casefold(), Counter())[word] += 1
    for place in places():
        for word in re.findall(r"[A-Za-z]+", place):
            forms.setdefault(word.casefold(), Counter())[word.capitalize()] += 0
    return {
        word: max(counts, key=lambda f: (counts[f], f[:1].isupper(), f))
        for word, counts in forms.items()
        if len(word) >= MIN_PIECE
    }


def call_sign(label: str) -> bool:
    """Whether a domain's name is a broadcaster's call sign ("kxan", "wjct", "knbc"; not "wood", "when", "know").

    >>> call_sign("kxan"), call_sign("wjct"), call_sign("knbc"), call_sign("wood"), call_sign("know")
    (True, True, True, False, False)
    """
    vowels = sum(c in _VOWELS for c in label)
    return (
        len(label) == 4
        and label.isalpha()
        and label[0] in "kw"
        and label[1] not in _VOWELS | {"h"}
        and vowels <= (0 if label.startswith("kn") else 1)  # "knot", "know": words
    )


def in_words(label: str, names: Iterable[str]) -> str | None:
    """The domain's name ``label`` as the known words it runs together (see the module doc), or ``None``.

    >>> in_words("lakecountyrecordbee", ["The Sacramento Bee", "The Record", "County Times", "Lake News"])
    'Lake County Record Bee'
    >>> in_words("fox13news", ["Fox News"]), in_words("gizmodo", ["Fox News"]), in_words("kxan", [])
    ('Fox 13 News', None, 'KXAN')
    """
    if call_sign(label):
        return label.upper()
    known = vocabulary(tuple(names))
    pieces = _PIECES.findall(label)
    if "".join(pieces) != label:
        return None
    words: list[str] = []
    for piece in pieces:
        found = [piece] if piece.isdigit() else _split(piece, known)
        if found is None:
            return None
        words += found
    if len(words) < 2:
        return None
    shown = [_SMALL.get(w, known.get(w, w)) for w in words]
    return " ".join([shown[0][:1].upper() + shown[0][1:], *shown[1:]])


def _split(letters: str, known: Mapping[str, str]) -> list[str] | None:
    """``letters`` as the fewest known words (the longest first word among equals), or ``None``."""

    @functools.cache
    def best(at: int) -> tuple[str, ...] | None:
        if at == len(letters):
            return ()
        ways = []
        for end in range(len(letters), at, -1):
            word = letters[at:end]
            if (word in known or word in _SMALL) and (rest := best(end)) is not None:
                ways.append((word, *rest))
        return min(ways, key=len) if ways else None

    found = best(0)
    return list(found) if found is not None else None
