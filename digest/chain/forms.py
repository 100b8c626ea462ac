"""Longer and shorter forms of one organisation's name (see `digest.chain.names`).

An organisation is often written once with a place that qualifies it and otherwise without:

- after its name: "Supreme Court of the United Kingdom" and "Supreme Court" (the short form
  ends in an organisation word, the rest is "of" and a known place);
- before its name: "United States Central Intelligence Agency" and "Central Intelligence Agency"
  (a known place, then a name the article uses on its own ending in an organisation word);

and with the word naming its kind left out: "Scripps Oceanography" for "Scripps Institution of
Oceanography" (the first and last words of the longer name, an organisation word between them).
Each pair found is one entity.

>>> org = frozenset({"court", "agency", "institution"})
>>> qualified_pairs(["supreme court", "supreme court of the united kingdom"], org, {})
[('supreme court', 'supreme court of the united kingdom')]
>>> qualified_pairs(["central intelligence agency", "united states central intelligence agency"], org, {})
[('central intelligence agency', 'united states central intelligence agency')]
>>> qualified_pairs(["scripps oceanography", "scripps institution of oceanography"], org, {})
[('scripps oceanography', 'scripps institution of oceanography')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from digest.chain.gazetteer import place_kind

MIN_QUALIFIED_WORDS = 2
"""Words of the organisation's name without its place: "Supreme Court", not "Court"."""


def _place(text: str, aliases: Mapping[str, str]) -> bool:
    return text in aliases or place_kind(text) is not None


def qualified_pairs(
    names: Iterable[str], org_words: frozenset[str], aliases: Mapping[str, str]
) -> list[tuple[str, str]]:
    """(short, long) for each casefolded name that is another one with a place before or after it, or with
    the word naming its kind left out (see the module docstring)."""
    present = set(names)
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    found: list[tuple[str, str]] = []
    for key in sorted(present):
        words = key.split()
        if len(words) >= MIN_QUALIFIED_WORDS + 1 and any(w in org_words for w in words[1:-1]):
            by_ends[(words[0], words[-1])].append(key)
        short = _without_place(words, present, org_words, aliases)
        if short:
            found.append((short, key))
    for key in sorted(present):
        words = key.split()
        if len(words) == MIN_QUALIFIED_WORDS and len(longer := by_ends.get((words[0], words[1]), [])) == 1:
            found.append((key, longer[0]))
    return found


def _without_place(
    words: list[str], present: set[str], org_words: frozenset[str], aliases: Mapping[str, str]
) -> str | None:
    """The name ``words`` make without a known place before or after them, when the article uses it."""
    if "of" in words:
        at = words.index("of")
        head, rest = words[:at], words[at + 1 :]
        rest = rest[1:] if rest[:1] == ["the"] else rest
        short = " ".join(head)
        if len(head) >= MIN_QUALIFIED_WORDS and head[-1] in org_words and short in present:
            return short if rest and _place(" ".join(rest), aliases) else None
    for k in range(1, len(words) - MIN_QUALIFIED_WORDS + 1):
        short = " ".join(words[k:])
        if words[-1] in org_words and short in present and _place(" ".join(words[:k]), aliases):
            return short
    return None
