"""One name spelt two ways: a transliteration whose spellings differ only in their vowels.

"Gizawy" and "al-Gizawi", "Sargsyan" and "Sargysan", "Ahmed" and "Ahmad" are written from
another script in more than one way; an article that quotes several sources often uses
two. `skeleton` keeps what such spellings share: the first letter, then the consonants
in order, a doubled one once, after an Arabic article ("al-", "el-").

>>> skeleton("al-Gizawi") == skeleton("Gizawy"), skeleton("Sargsyan") == skeleton("Sargysan")
(True, True)
>>> skeleton("Johnson") == skeleton("Johnston"), skeleton("Lee")
(False, None)
"""

from __future__ import annotations

import functools
import re

from digest.chain.gazetteer import ascii_fold

MIN_LETTERS = 5
"""Shorter words share their consonants too often ("Lee", "Li", "Leo")."""
MIN_SKELETON = 3
_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ad-d|an|ar|as|at|az)[-‐‑]")
_SOFT = frozenset("aeiouyh")
"""Letters that transliterations write in several ways ("y"/"i", "kh"/"k")."""


@functools.lru_cache(maxsize=4096)
def skeleton(word: str) -> str | None:
    """The word's first letter and its other consonants (see the module's text); None for a short word or one
    with other characters than letters."""
    bare = _ARTICLE.sub("", ascii_fold(word).casefold())
    if len(bare) < MIN_LETTERS or not bare.isalpha():
        return None
    hard = [c for c in bare[1:] if c not in _SOFT]
    kept = bare[0] + "".join(c for k, c in enumerate(hard) if k == 0 or c != hard[k - 1])
    return kept if len(kept) >= MIN_SKELETON else None


def spelt_alike(a: str, b: str, given_prefix: int) -> bool:
    """Two names of as many words, a person's ("Serzh Sargsyan", "Serge Sargysan"): the same surname spelt two
    ways, and given names spelt alike or sharing their first ``given_prefix`` letters."""
    first, second = a.split(), b.split()
    if a == b or len(first) != len(second) or len(first) < 2:
        return False
    if (surname := skeleton(first[-1])) is None or surname != skeleton(second[-1]):
        return False
    return all(
        x == y or x[:given_prefix] == y[:given_prefix] or (skeleton(x) is not None and skeleton(x) == skeleton(y))
        for x, y in zip(first[:-1], second[:-1], strict=True)
    )
