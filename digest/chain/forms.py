"""Longer and shorter forms of one organisation's name (see `digest.chain.names`).

An organisation is often written once with a place that qualifies it and otherwise without:

- after its name: "Supreme Court of the United Kingdom" and "Supreme Court" (the short form
  ends in an organisation word, the rest is "of" and a known place);
- before its name: "United States Central Intelligence Agency" and "Central Intelligence Agency"
  (a known place, then a name the article uses on its own ending in an organisation word);

and with the word naming its kind left out: "Scripps Oceanography" for "Scripps Institution of
Oceanography" (the first and last words of the longer name, an organisation word between them).
Each pair found is one entity.

Which form the entity is shown by, when one form starts another: the short one when the article writes it more
often than the longer names, which only add common words (`umbrella`: "Davis Cup" beside "Davis Cup Finals"), or
when the longer one is the short one and common nouns after "the" (`described`: "the Flos Showroom" beside "Flos").

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
from collections.abc import Callable, Iterable, Mapping

from digest.chain.gazetteer import place_kind
from digest.chain.wording import ends_in_legal_form

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


UMBRELLA_MENTIONS = 3


def umbrella(
    short: str, full: str, forms: dict[str, int], org_words: frozenset[str], common: Callable[[str], bool]
) -> bool:
    """Whether ``short``, the start of ``full``, names the whole the article is about: written at least
    three times and more often than the longer names, which add a word the article also writes in lower
    case and no organisation word ("Davis Cup" beside "Davis Cup Finals", a brand beside one of its
    services; not "Daeyang" beside "Daeyang Heavy Industries", nor a first name beside a person's name)."""
    if not full.startswith(short + " ") or forms[short] < UMBRELLA_MENTIONS:
        return False
    longer = [f for f in forms if f.startswith(short + " ")]
    added = [f[len(short) :].split() for f in longer]
    if any(words[-1].casefold() in org_words or not any(map(common, words)) for words in added) or any(
        map(ends_in_legal_form, longer)
    ):  # "Keystone Valley Financial Corp.": a company's name as written
        return False
    return forms[short] > sum(forms[f] for f in longer)


def described(
    short: str, full: str, forms: dict[str, int], org_words: frozenset[str], common: Callable[[str], bool]
) -> bool:
    """Whether ``full``, written after "the", is ``short`` and common nouns the article also writes in lower case,
    named no more often than ``short`` alone ("the Flos Showroom" beside "Flos"): the name is ``short``."""
    added = full[len(short) :].split()
    nouns = all(w[:1].isupper() and w.casefold() not in org_words for w in added)  # not "Institution of Oceanography"
    return nouns and all(map(common, added)) and forms[short] >= forms[full]
