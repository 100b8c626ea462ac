"""A person's name from an author field or a byline's part (`person`), in normal capitalisation: "ERIC TUCKER
Associated Press" -> "Eric Tucker"; outlets, desks, jobs, dates and buttons are no one's name."""

from __future__ import annotations

import re

from nameparser import HumanName

from digest.readers.bylinewords import (
    AGENCY_WORDS,
    DESK_TAILS,
    JOB_NOUNS,
    JOB_WORDS,
    ORGANISATION_WORDS,
    OTHER_BY,
    OUTLET_WORDS,
    PAGE_WORDS,
    STAMP_WORDS,
)
from digest.readers.namecuts import (
    MIN_CUT_NAME_WORDS,
    MONTH,
    NOT_A_NAME,
    POSTNOMINALS,
    dated,
    name_words,
    particle,
)

MAX_NAME_WORDS = 5
HONORIFICS = frozenset(
    ["dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "sir", "dame", "rev", "rev."]
)
"""Titles before a name ("Dr", "Prof"): no part of how the person is named."""

DESK_WORDS = frozenset(
    [
        *("editorial", "reports", "report", "admin", "staff", "newsdesk", "webdesk", "wires", "agencies", "board"),
        *("guest", "author", "authors", "editors"),
    ]
)
"""One-word author fields that name a desk, not a person."""
_LEADING = re.compile(
    rf"^(?:(?:by|from|words by|written by|story by|text by|posted by)(?::\s*|\s+)|(?:{OTHER_BY})\s+(?=\S+\s+\S))",
    re.IGNORECASE,
)
"""What opens a byline before the name, in English or another language (`OTHER_BY`, then before a name of two words
at least: "Di Marco Bellini", not the surname "Di Maio")."""
_CAPS_THEN_OUTLET = re.compile(r"^(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)+)\s+[A-Z][a-z].*$")
_OUTSIDE = frozenset({"for", "in", "at", "from", "via", "with"})


def person(text: str, whole: bool = False) -> str | None:
    """``text`` as a person's name in normal capitalisation, or None when it does not name a person.

    >>> person("ERIC TUCKER Associated Press"), person("Bruce Y Lee"), person("Advance Media")
    ('Eric Tucker', 'Bruce Y. Lee', None)
    >>> person("The Water Coolest"), person("Detroit News wire services"), person("Regan")
    (None, None, 'Regan')
    >>> person("marisol de la vega"), person("staff")
    ('Marisol de la Vega', None)
    >>> person("Seán Ó Riordáin"), person("ANGUS McDONALD"), person("Jane Roe, PhD")
    ('Seán Ó Riordáin', 'Angus McDonald', 'Jane Roe')
    """
    name = " ".join(_LEADING.sub("", text.strip()).split()).strip(",;:()[]")
    if name and name.split(maxsplit=1)[0].casefold() in _OUTSIDE:
        return None  # "for CNN", "in Paris": where or for whom, after a comma
    if name.islower():  # "rezwan", "jane de la cruz": a login or a name typed in lower case, capitalised as a name
        name = _capitalised(name)
    if caps := _CAPS_THEN_OUTLET.match(name):  # "ERIC TUCKER Associated Press": the name, then the outlet
        name = caps.group("name")
    words = name.split()
    last = words[-1].strip(".,()").casefold() if words else ""
    if len(words) > 2 and (words[-1].isupper() or last in AGENCY_WORDS) and last in OUTLET_WORDS:
        words = words[:-1]  # "JANE ROE AP", "Jane Roe Reuters": the name, then the agency
    jobs = [i for i, w in enumerate(words[:-2]) if w.strip(".,").casefold() in JOB_WORDS]
    if jobs and all(w[:1].isupper() for w in words[jobs[-1] + 1 :]):
        words = words[jobs[-1] + 1 :]  # "Kelmouth Echo reporter Sam Okonkwo-Reid"
    while words and words[0].strip(".").casefold() in HONORIFICS | JOB_WORDS and len(words) > 1:
        words = words[1:]
    named = name_words(words)
    if whole and len(named) < len(words):
        return None  # ``whole``: the text must be a name and nothing else
    words = named
    name = " ".join(words)
    if not words or len(words) > MAX_NAME_WORDS or NOT_A_NAME.search(name) or words[0].casefold() == "the":
        return None
    if len(words) == 1 and words[0].isupper() and len(words[0].strip(".")) > 1:
        return None  # an acronym is an outlet or a desk ("CNN", "AP"), never a person
    if len(words) == 1 and (dated(words, 0) or re.fullmatch(MONTH, words[0]) or words[0].casefold() in PAGE_WORDS):
        return None  # a month, a weekday or a button's word ("Share", "Follow") alone is no one's name
    if "".join(words).replace(".", "").casefold() in POSTNOMINALS:
        return None  # "PhD" (or "Ph D", as an extractor splits it) after a comma: a degree
    lowered = [w.strip(".,").casefold() for w in words]
    if (
        set(lowered) & (OUTLET_WORDS | STAMP_WORDS | ORGANISATION_WORDS)
        or set(lowered) <= JOB_WORDS | DESK_WORDS
        or lowered[-1] in DESK_TAILS
    ):
        return None
    if len(words) == MIN_CUT_NAME_WORDS and lowered[-1] in JOB_NOUNS:
        return None  # "Echo Reporter": a job after a word, no person's name
    if any(w[:1].islower() and not particle(w) for w in words):
        return None
    name = " ".join(words)
    if name.isupper() and len(name) > 3:
        name = _capitalised(name)
    elif any(_shouted(w) for w in words):  # "Jane ROE": a surname in capitals, as some papers print it
        name = " ".join(_capitalised(w) if _shouted(w) else w for w in words)
    name = name.rstrip(",;:")  # "Jane Roe, PhD" without its degree
    return " ".join(w + "." if len(w) == 1 and "A" <= w <= "Z" else w for w in name.split())  # not Irish "Ó"


def _shouted(word: str) -> bool:
    """A word of a name written in capitals ("ROE", "McDONALD"), not initials ("JR") nor a generation ("III")."""
    bare = word[2:] if word.startswith("Mc") else word
    return bare.isupper() and len(bare) > 2 and bare.isalpha() and re.fullmatch(r"[IVX]+", bare) is None


_MAC = re.compile(r"\bMac([A-Z])(\w*)")
_MAC_STEM = 5
_SHORT_MAC_STEM = re.compile(r"[b-df-gj-np-tv-z][aeiouy]\w{2}", re.I)
"""nameparser capitalises a letter after any "Mac" ("MacHado", "MacKey"); a Gaelic "Mac" comes before a longer stem
not opening on "h" ("MacDonald", "MacPherson") or one of four letters opening on a consonant and a vowel ("MacLeod",
"MacNeil"); another is left as one word ("Mackey", "Macklin", "Macario")."""


def _capitalised(name: str) -> str:
    """``name`` written in capitals or in lower case, in a name's capitalisation (nameparser's: "de la", "McDonald")."""
    parsed = HumanName(name)
    parsed.capitalize(force=True)
    recased = " ".join(str(parsed).split()) or name

    def mac(found: re.Match[str]) -> str:
        stem = found[1] + found[2]
        gaelic = (len(stem) >= _MAC_STEM or _SHORT_MAC_STEM.fullmatch(stem)) and found[1] != "H"
        return found[0] if gaelic else "Mac" + stem.lower()

    return _MAC.sub(mac, recased)
