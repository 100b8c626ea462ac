"""Acronyms and the names they abbreviate, by the names' initials ("IMO" for "International Maritime
Organization", "NYAG" for "New York State Attorney General", "D.R.C." for "Democratic Republic of Congo")."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from digest.chain.gazetteer import place_kind

_ACRONYM = re.compile(r"[A-Z](?:[A-Z&]|[24](?=[A-Z])){1,9}")
_SOUNDED = {"for": "4", "to": "2"}
"""Small words an acronym may write as the digit that sounds like them ("D4CC": Doctors for Camp Closure)."""
MIN_SHORT_ACRONYM = 3
"""Letters an acronym made without a leading acronym has at least: a two-letter one is another name's ("SA" is not
"UK Space Agency")."""
SKIP_IN_INITIALS = frozenset({"of", "the", "for", "on", "de", "la", "del", "and", "&"})
"""Small words a name's initials may leave out."""
MIN_OWN_INITIALS = 3
"""Letters a publisher's initials have for any use of them to be its own; two letters are easily another body's."""


@functools.lru_cache(maxsize=1 << 13)
def initials(name: str, place_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """Ways a name is abbreviated: every word, without "of/the/for", without any small word, without
    the word that makes a place's name a place ("New York State Attorney General": NYAG), and without an acronym
    before it ("NSW State Emergency Service": SES) (remembered).

    >>> sorted(initials("Cochin University of Science and Technology"))
    ['CUOSAT', 'CUSAT', 'CUST']
    """
    words = name.split()
    every = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    keep_and = "".join(w[0] for w in words if w.casefold() not in SKIP_IN_INITIALS - {"and"}).upper()
    main = [w for w in words if w.casefold() not in SKIP_IN_INITIALS and w[:1].isupper()]
    found = {every, keep_and, "".join(w[0] for w in main)}
    if len(main) >= 3:
        found.add(main[0][0] + "".join(w[0] for w in main[1:-1] if w.casefold() not in place_words) + main[-1][0])
    if len(main) - 1 >= MIN_SHORT_ACRONYM and main[0].isupper() and len(main[0]) > 1:  # "NSW State Emergency ...": SES
        found.add("".join(w[0] for w in main[1:]))
    if _SOUNDED.keys() & {w.casefold() for w in words}:
        found.add("".join(_SOUNDED.get(w.casefold(), w[0]) for w in words if w[:1].isalpha()).upper())
    return frozenset(found)


def own_initials(names: Iterable[str], texts: Sequence[str] = ()) -> list[str]:
    """The initials of each name of two words or more ("Global Voices": GV): how a publisher writes itself in its
    own articles ("told GV"), never a tag of them. Two letters the ``texts`` write after "the" ("the EP voted") are
    another body's: an institution's initials take the article, an outlet's own never do.

    >>> own_initials(["Esker Post"], ["Ann Roe told EP."]), own_initials(["Esker Post"], ["The EP voted."])
    (['EP'], [])
    """
    found = [a for n in names if len(n.split()) > 1 for a in sorted(initials(n)) if len(a) > 1]
    short = [a for a in found if len(a) < MIN_OWN_INITIALS]
    if not short:
        return found
    joined = "\n".join(texts)
    other = {a for a in short if re.search(rf"\b[Tt]he {re.escape(a)}\b", joined)}
    return [a for a in found if a not in other]


def acronyms_by_initials(
    names: Sequence[str], canonical_of: dict[str, str], place_words: frozenset[str]
) -> list[tuple[str, str]]:
    """(name, acronym) for every acronym among ``names`` that the initials of exactly one longer name spell, and for
    every name of an acronym and the last words of exactly one longer name whose first words it spells ("RFK Center"
    of "Robert F. Kennedy Center")."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in names:
        text = canonical_of[key]
        if len(text.split()) >= 2:
            for letters in initials(text, place_words):
                by_initials[letters].add(key)
    pairs: list[tuple[str, str]] = []
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in names:
        text = canonical_of[key]
        if " " not in text and (_ACRONYM.fullmatch(text) or _ACRONYM.fullmatch(text.replace(".", ""))):
            candidates = by_initials.get(text.replace(".", ""), set())  # "D.R.C." as "DRC"
            if len(candidates) == 1:
                pairs.append((next(iter(candidates)), key))
        elif len(words := key.split()) > 2:
            by_last[words[-1]].append(key)
    for key in names:
        first, _, rest = canonical_of[key].partition(" ")
        if rest and _ACRONYM.fullmatch(letters := first.replace(".", "")):
            tail = " " + rest.casefold()
            fuller = {c for c in by_last.get(key.rsplit(maxsplit=1)[-1], ()) if c.endswith(tail) and c != key}
            spelt = [c for c in fuller if letters in initials(canonical_of[c][: -len(tail)], place_words)]
            if len(spelt) == 1:  # "RFK Center": "Robert F. Kennedy Center"
                pairs.append((spelt[0], key))
    return pairs


_DEFINED = re.compile(r"\(([A-Z]{2,6})s?\)")
_SKIPPED = frozenset({"and", "of", "the", "for", "to", "in", "on", "&"})
MAX_DEFINED_WORDS = 8


def common_acronyms(texts: Sequence[str]) -> frozenset[str]:
    """Acronyms a text defines as a common noun's, written in lower case before them ("lithium iron phosphate (LFP)",
    "measles, mumps and rubella (MMR)"): shorthand for a thing, no entity.

    >>> sorted(common_acronyms(["cells of lithium iron phosphate (LFP) chemistry", "the agency said (FEMA)"]))
    ['LFP']
    """
    found: set[str] = set()
    for text in texts:
        if "(" not in text:
            continue
        for match in _DEFINED.finditer(text):
            acronym = match.group(1)
            before = text[: match.start()].rsplit(maxsplit=MAX_DEFINED_WORDS)[-MAX_DEFINED_WORDS:]
            lower: list[str] = []
            for word in reversed(before):  # the lower-case words right before the parenthesis
                if not word[:1].islower():
                    break
                lower.insert(0, word.strip(","))
            words = [w for w in lower if w not in _SKIPPED]
            if len(lower) >= 2 and len(words) >= len(acronym) and words[-len(acronym)][:1] == acronym[0].lower():
                found.add(acronym)
    return frozenset(found)


_CAPITALS = re.compile(r"(?<![\w.-])[A-Z]{2,5}(?![\w.-])")
_KIND = re.compile(r"(?:\b[Aa]n?|\b[Aa]n? [a-z]+) $")
""""a" or "an", maybe an adjective, right before capitals: "a KPT certificate", "a single KPT course"."""
_ZONED = re.compile(r"(?:\b\d{1,2}[:.]\d\d|\b\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?|[AP]\.?M\.?)) $")
"""A clock time right before capitals: its time zone ("3 p.m. ET", "10:40 GMT")."""


def kinds_written_in_capitals(texts: Sequence[str], known: Collection[str] = ()) -> frozenset[str]:
    """Capitals the text writes only between "a" or "an" and a lower-case word ("a QR code", "an annual MOT test"):
    the kind of a thing, no entity's name; or only after a clock time, a time zone ("3 p.m. ET"); not a place's or a
    name the alias table knows (``known``, casefolded: "a US firm").

    >>> sorted(kinds_written_in_capitals(["Get a QR code.", "An ORSK agent came.", "ORSK said so.", "At 3pm ET, a"]))
    ['ET', 'QR']
    """
    kinds: set[str] = set()
    named: set[str] = set()
    for text in texts:
        for match in _CAPITALS.finditer(text):
            before, after = text[max(0, match.start() - 30) : match.start()], text[match.end() : match.end() + 2]
            kind = _KIND.search(before) is not None and after[:1] == " " and after[1:2].islower()
            kind = kind or _ZONED.search(before) is not None
            (kinds if kind else named).add(match.group(0))
    return frozenset(k for k in kinds - named if k.casefold() not in known and place_kind(k) is None)


def spells(acronym: str, name: str, place_words: frozenset[str] = frozenset()) -> bool:
    """Whether the capitals of ``name``'s words spell ``acronym`` (a dotted abbreviation may come first),
    or one of the ways the name is abbreviated does (`initials`).

    >>> spells("CBP", "U.S. Customs and Border Protection"), spells("CBP", "Central Bank")
    (True, False)
    """
    letters = "".join(w[0] for w in name.split() if w[:1].isupper() and "." not in w)
    acronym = acronym.replace(".", "")  # "D.R.C."
    return letters == acronym or acronym in initials(name, place_words)
