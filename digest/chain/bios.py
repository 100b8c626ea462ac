"""Whose bio a paragraph shaped like one is (`someone_else`).

An author's bio ("Jane Roe is a reporter at ...", the ``bio`` cues of ``site_config/boilerplate.yml``) names the
article's author. A paragraph of that shape naming someone else, when the article's authors are known, is the
article's own text: the introduction of an interview or a profile ("Ann Vale was a lawyer for eleven years before
she took over her grandmother's stall ..."): the cleaning keeps it (`digest.chain.cleanpage.Page.edge_reason`) and
the summary may open with it (`for_opening`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from digest.chain.cues import first_cue
from digest.config import Boilerplate
from digest.readers.document import fold

_SUBJECT = re.compile(r"^\s*((?:[A-Z][\w.'’-]+ ){0,4}[A-Z][\w.'’-]+),? (?:is|was|has been)\b")
MIN_NAME_CHARS = 3
"""A word of a name shorter than this ("Jr", "de", an initial) says nothing of whose name it is."""


def _words(name: str) -> set[str]:
    return {w for w in re.split(r"[\s.'’-]+", fold(name)) if len(w) >= MIN_NAME_CHARS}


def someone_else(text: str, bylines: Sequence[str]) -> bool:
    """Whether a bio-shaped paragraph is about someone the article's ``bylines`` do not name (False when there are
    no bylines, or the paragraph names no one before its verb).

    >>> someone_else("Ann Vale was a lawyer for eleven years.", ["Jane Roe"])
    True
    >>> someone_else("Jane Roe is a reporter at the Ledger.", ["Jane Roe"]), someone_else("Ann Vale is a lawyer.", [])
    (False, False)
    """
    match = _SUBJECT.match(text)
    authors = set().union(*(_words(b) for b in bylines)) if bylines else set()
    return bool(match and authors and not _words(match.group(1)) & authors)


_WRITER = re.compile(
    r"\b(?:is|was|has been) (?:an?|the) (?:[\w-]+ ){0,5}?(?:writer|journalist|reporter|correspondent|editor"
    r"|photographer|photojournalist|columnist|contributor|author|blogger|freelancer|critic)s?\b",
    re.IGNORECASE,
)
"""The trade of whoever wrote the article: a writer's bio names it ("Ann Roe is a freelance writer based in ...")."""


def an_opening(text: str, bylines: Sequence[str]) -> bool:
    """Whether a bio-shaped paragraph above the article's middle is its opening, not its writer's bio: it is about
    someone the ``bylines`` do not name (`someone_else`), or, the bylines unknown, it gives a trade other than
    writing ("Ann Roe is a teacher who lost her job on Monday ..."; not "Ann Roe is a freelance writer ...").

    >>> an_opening("Ann Roe is a teacher who lost her job on Monday.", [])
    True
    >>> an_opening("Ann Roe is a freelance writer in Kelmouth.", []), an_opening("Ann Roe is a teacher.", ["Ann Roe"])
    (False, False)
    """
    if bylines:
        return someone_else(text, bylines)
    return _SUBJECT.match(text) is not None and _WRITER.search(text) is None


MIN_PROSE_WORDS = 12
"""An earlier paragraph naming a bio's subject counts when it is prose this long (no "By Jane Roe" line)."""


def named_before(text: str, earlier: Sequence[str]) -> bool:
    """Whether the subject of a bio-shaped paragraph is named in the prose of the ``earlier`` paragraphs: the person
    the article is about, not its writer, whom a writer's bio at the foot names for the first time ("Roe is a former
    teacher and has lived on the harbour since 1971." after a story quoting Ann Roe).

    >>> named_before("Roe is a former teacher.", ["Board chair Ann Roe said the vote ended two years of argument."])
    True
    >>> named_before("Jane Vale is a freelance writer.", ["By Jane Vale", "The board voted on Monday to rebuild it."])
    False
    """
    match = _SUBJECT.match(text)
    if match is None or _WRITER.search(text) is not None:
        return False  # "Roe is a freelance writer ...": a writer's bio, though the story named its writer before
    surname = re.compile(rf"\b{re.escape(match.group(1).split()[-1])}\b")
    return any(len(p.split()) >= MIN_PROSE_WORDS and surname.search(p) for p in earlier)


def for_opening(rules: Boilerplate, first: str, bylines: Sequence[str]) -> Boilerplate:
    """The cues the summary is made with when the article's ``first`` sentence is shaped like a bio but is its
    opening (`an_opening`): all but the bios'; else ``rules`` as they are."""
    cue = first_cue(first, rules.cues, edge=True)
    if cue is None or cue.category != "bio" or not an_opening(first, bylines):
        return rules
    return dataclasses.replace(rules, cues=tuple(c for c in rules.cues if c.category != "bio"))
