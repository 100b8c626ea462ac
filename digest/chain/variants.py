"""Variants of one name that are one entity (see `digest.chain.names`): a plural ("Oscars"), a web address
("Edmunds.com"), dots ("D.I.Y."), "The" before it, a hyphen for a space, a model's number apart ("LC 500"), a
company's group ("SoftBank Group"), a nickname with the same surname ("Rudy" and "Rudolph Giuliani"), a middle name,
the same letters without accents, a person's name spelt another way, and a name in the possessive that names
something after it ("Rosie" beside "Rosie's Diner").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from digest.chain.gazetteer import ascii_fold as _ascii
from digest.chain.gazetteer import place_kind
from digest.chain.initials import SKIP_IN_INITIALS
from digest.chain.spellings import skeleton, spelt_alike
from digest.chain.wording import GENERATIONS, PLACE_PREFIXES

NICKNAME_PREFIX = 3
MIDDLE_NAME_WORDS = 3
_TLD = re.compile(r"\.(?:com|net|org|co\.uk|io)$")
_GROUP = re.compile(r" (?:group|holdings)$")


class Groups:
    """Union-find over casefolded names."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def personal(name: str) -> bool:
    """Whether the words before a name's last look like a person's given names ("Sheldon", not "A", "de" or "Fort")."""
    given = name.split()[:-1]
    return all(
        len(w) >= 3 and w.isalpha() and w not in SKIP_IN_INITIALS and w not in PLACE_PREFIXES
        and place_kind(w) not in {"country", "region"}
        for w in given
    )  # fmt: skip  # a given name may be a town's too ("Ann", "Elizabeth"), never "Fort" or "New" or a country


_LETTERS_DIGITS = re.compile(r"\b([a-z]{1,4}) (\d)")
"""A model's letters and its number with a space between them ("lc 500"), as against written together."""


def variants(names: Sequence[str], groups: Groups) -> None:
    """One entity for a name and its plural ("Oscar", "Oscars"), its web address ("Edmunds.com"), its dots
    ("D.I.Y."), "The" before it, a hyphen for a space ("al-Jazeera"), a model's number apart ("LC 500", "LC500"),
    a company's group ("SoftBank Group"), a nickname sharing the first letters ("Rudy"/"Rudolph Giuliani"), a
    middle name or initial, the same letters without their accents ("México", "Mexico"), or a person's name
    spelt another way (`digest.chain.spellings`)."""
    present = set(names)
    by_surname: dict[tuple[str, ...], list[str]] = defaultdict(list)
    folded: dict[str, str] = {}
    for key in names:
        for other in (
            key[:-1] if key.endswith("s") else "",
            key[:-2] if key.endswith(("'s", "’s")) else "",  # "Lowe's" (a shop's name) where a line says "Lowe"
            _TLD.sub("", key),
            _GROUP.sub("", key),
            key.replace(".", ""),
            key.removeprefix("the "),
            key.replace("-", " "),
            _LETTERS_DIGITS.sub(r"\1\2", key) if any(c.isdigit() for c in key) else "",  # "LC 500", "LC500"
        ):
            if other and other != key and other in present:
                groups.union(other, key)
        words = key.split()
        if len(words) == 3 and words[-1] in GENERATIONS:
            words = words[:-1]  # "Patrick Carlineo Jr." is the "Pat Carlineo" of a later line too
        if len(words) == 2 and len(words[0]) >= NICKNAME_PREFIX:
            by_surname[(words[1], words[0][:NICKNAME_PREFIX])].append(key)
        elif len(words) == MIDDLE_NAME_WORDS and f"{words[0]} {words[2]}" in present and words[1].rstrip(".").isalpha():
            groups.union(f"{words[0]} {words[2]}", key)  # "Ann Beth Roe", "Ann B. Roe": the "Ann Roe" of another line
        if (first := folded.setdefault(_ascii(key), key)) != key:
            groups.union(first, key)  # "México" and "Mexico", "Peña" and "Pena": one name with and without accents
    owned: dict[str, list[str]] = defaultdict(list)  # "rosie" -> ["rosie's diner"]: named after its owner
    for key in names:
        head, _, rest = key.partition(" ")
        if rest and head.endswith(("'s", "’s")):
            owned[head[:-2]].append(key)
    surnames = {k.rpartition(" ")[2] for k in names if " " in k}  # "Pettibone" of "Rosalind Pettibone" is hers
    for key in names:
        if " " not in key and len(owned.get(key, ())) == 1 and key not in surnames:
            groups.union(owned[key][0], key)  # "Alzheimer" beside "Alzheimer's disease", "Rosie" beside "Rosie's Diner"
    for same in by_surname.values():
        for other in same[1:]:
            groups.union(same[0], other)
    by_sound: dict[str, list[str]] = defaultdict(list)
    for key in names:
        if " " in key and personal(key) and (sound := skeleton(key.rsplit(maxsplit=1)[-1])):
            by_sound[sound].append(key)
    for alike in by_sound.values():  # "Serzh Sargsyan" and "Serge Sargysan": one person spelt two ways
        for k, key in enumerate(alike):
            for other in alike[k + 1 :]:
                if spelt_alike(key, other, NICKNAME_PREFIX):
                    groups.union(key, other)
