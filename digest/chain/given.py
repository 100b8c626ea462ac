"""Known given names: evidence, never a requirement, that a capitalised word starts a person's name.

``digest/data/given_names.txt`` holds the US Census Bureau's 1990 first-name lists (public domain; made by
``scripts/build_given_names.py``), most frequent first. A 1990 US list knows few names from elsewhere, so a
rule may only use it to add evidence ("Mara" starts a name), never to deny one ("Priya" and "Gudaf" are no known
names, and still names). Many given names are words too ("Will", "Hope", "Grant", "May"): a rule asks `given` with the
article's own words, and a name the article also writes in lower case, or a function word, is no evidence.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping
from importlib import resources

from digest.chain.gazetteer import ascii_fold, function_words


@functools.cache
def given_names() -> Mapping[str, int]:
    """Lower-case given name -> its frequency rank (0 the most frequent), read once."""
    text = resources.files("digest.data").joinpath("given_names.txt").read_text(encoding="utf-8")
    names = (line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name: rank for rank, name in enumerate(names)}


def given_rank(word: str) -> int | None:
    """The frequency rank of ``word`` as a given name, its accents dropped, or of the first part of a hyphenated
    one ("Eva-Marie"); ``None`` for a word the lists do not hold.

    >>> given_rank("John"), given_rank("José") is not None, given_rank("Eva-Marie") is not None, given_rank("Gudaf")
    (1, True, True, None)
    """
    key = ascii_fold(word).casefold().rstrip(".")
    table = given_names()
    if key in table:
        return table[key]
    head = key.split("-", 1)[0]
    return table.get(head) if head != key else None


def given(word: str, lower_words: Collection[str] = ()) -> bool:
    """Whether a capitalised ``word`` is evidence of a given name: a known one, in Title Case, no function word,
    and not written in lower case in the article (``lower_words``: "the grant" makes "Grant" no evidence).

    >>> given("Mara"), given("Will"), given("Grant", {"grant"}), given("JOHN")
    (True, False, False, False)
    """
    if not word[:1].isupper() or word.isupper() or given_rank(word) is None:
        return False
    key = word.casefold()
    return key not in function_words() and key not in lower_words and key.split("-", 1)[0] not in lower_words
