"""Which mentions name the same entity: aliases, acronyms, short forms.

`group_names` puts mention texts into groups (a union-find keyed casefolded):

1. aliases from ``site_config/entities.yml`` and pycountry ("U.S." -> "United States");
2. acronyms with the expansion the article spells out in parentheses, or whose
   capitals spell the acronym ("International Maritime Organization" / "IMO"), maybe
   without a place's "State" or "City" ("New York State Attorney General" / "NYAG");
3. a short form with the one longer name it stands for: the end of a person's
   name ("Bukele" -> "Nayib Bukele", "De la Cruz" -> "Ana de la Cruz", "Ozdemir" -> "Ayla
   Özdemir", or the middle one of three, "Quiñones" -> "Mireya Quiñones Albar"), unless the
   short form is a known place ("Jakarta" is not "North Jakarta"); the start of a
   company's or team's name ("Daeyang" -> "Daeyang Heavy Industries"), unless the
   short form is already a whole organisation name ("Westmark University" is not
   "Westmark University Center for Karst Research"), or the
   short form is a place or, being one word, is used as one ("in Eastport" is not
   "Eastport Nurses Association"; a place listed after it or before its residents too,
   `digest.chain.locatives`), or two words used as a place before a body's name ("in
   Whitney Pier" is not "Whitney Pier Memorial Middle School").

A short form that could stand for several longer names goes with the one named
most often ("Biden" with Joe Biden, not Hunter Biden), and a one-word start of
several forms of one entity with that entity ("Scripps"; `digest.chain.forms`). A royal
title and a first name ("Princess Ann") are the person named in full after that title
("Princess Ann Beth Roe"). Variants of one name are
one entity: a plural ("Oscars"), a web address ("Edmunds.com"), a company's group
("SoftBank Group"), a name written with "&" and with "and" ("Trinidad & Tobago"), a nickname with the same
surname and first letters ("Rudy" and "Rudolph Giuliani"), a full name with a middle name ("Ann Beth Roe" and
"Ann Roe"). Family plurals ("the Kascaks" next to "Rosalind Kascak") are
returned apart: they are not tags.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from digest.chain.entities import Mention
from digest.chain.firms import company, nested_company
from digest.chain.forms import qualified_pairs
from digest.chain.gazetteer import ascii_fold as _ascii
from digest.chain.gazetteer import countries, place_kind
from digest.chain.given import given_rank
from digest.chain.initials import acronyms_by_initials
from digest.chain.spellings import skeleton
from digest.chain.variants import MIDDLE_NAME_WORDS, Groups, personal, variants
from digest.chain.wording import CLUB_FORMS, GENERATIONS, ROYAL_TITLES, ends_in_legal_form, without_legal_form
from digest.config import EntityRules

MAX_SHORT_WORDS = 3
_END = 1 << 30


def canonical(text: str, rules: EntityRules) -> str:
    """The alias table's or pycountry's name for ``text``, else ``text`` itself."""
    key = text.casefold()
    return rules.aliases.get(key) or countries().get(key) or text


def group_names(
    mentions: Sequence[Mention],
    acronym_pairs: Iterable[tuple[str, str]],
    rules: EntityRules,
    written: frozenset[str] = frozenset(),
) -> tuple[Groups, dict[str, str], set[str]]:
    """Group the mentions; return the groups, each text's canonical form, and family plurals. ``written``:
    the article's spans as written, casefolded, before any title was cut ("princess ann beth roe")."""
    groups = Groups()
    canonical_of: dict[str, str] = {}
    for m in mentions:
        name = canonical(m.text, rules)
        canonical_of[m.text.casefold()] = name
        groups.union(name.casefold(), m.text.casefold())
    for key, name in list(canonical_of.items()):  # "SoftBank Group Corp" is "SoftBank Group", so "SoftBank" too
        if (bare := without_legal_form(name)) != name:
            groups.union(key, bare.casefold())
            canonical_of.setdefault(bare.casefold(), bare)
        if " & " in key and (spelt := key.replace(" & ", " and ")) in canonical_of:
            groups.union(key, spelt)  # "Trinidad & Tobago" and "Trinidad and Tobago": one name written two ways
    for acronym, expansion in acronym_pairs:
        groups.union(canonical(acronym, rules).casefold(), canonical(expansion, rules).casefold())
    names = sorted({key for key, name in canonical_of.items() if key == name.casefold()})
    for long_name, acronym in acronyms_by_initials(names, canonical_of, rules.place_words):
        groups.union(long_name, acronym)
    variants(names, groups)
    for short, full in qualified_pairs(
        sorted({n.casefold() for n in canonical_of.values()}), rules.org_words, rules.aliases
    ):
        groups.union(full, short)
    plurals = _short_forms(mentions, names, groups, rules)
    _titled(names, groups, written)
    return groups, canonical_of, plurals


def _short_forms(mentions: Sequence[Mention], names: Sequence[str], groups: Groups, rules: EntityRules) -> set[str]:
    kin = {m.text.casefold() for m in mentions if m.kin}  # "Kim Roe" of "his wife, Kim": Roe is not her
    suffixes, prefixes, last_words, inner, sounds = _index(names, kin, rules)
    counts = Counter(m.text.casefold() for m in mentions)
    by_root: Counter[str] = Counter()
    for key, count in counts.items():
        by_root[groups.find(key)] += count
    entity_counts = Counter({key: by_root[groups.find(key)] for key in names})  # a name's entity, all its forms
    place_uses = Counter(m.text.casefold() for m in mentions if m.locative)
    used_as_place = set(place_uses)
    plain_place = {m.text.casefold() for m in mentions if m.locative and not m.owner}
    mostly_place = {key for key, uses in place_uses.items() if 2 * uses > counts[key]}  # "in Eastport" twice of two
    first_at = {m.text.casefold(): m.position for m in reversed(mentions)}  # the first mention's, set last
    plurals: set[str] = set()
    for key in sorted(set(counts).intersection(names)):
        words = tuple(key.split())
        place = _is_place(key, rules, used_as_place, suffixes.get(words, set()) - {key})
        if place and _company_start(key, prefixes.get(words, set()), rules, place_uses[key], counts[key]):
            place = False  # "Keystone Valley", short for "Keystone Valley Financial Corp.", no known place
        candidates = set() if place or len(words) > MAX_SHORT_WORDS else suffixes.get(words, set()) - {key}
        if not candidates and not place and len(words) == 1:
            candidates = inner.get(words, set()) - {key} or sounds.get(skeleton(key) or "", set()) - {key}
        elif not candidates and not place:
            candidates = inner.get(words, set()) - {key}  # two middle words of a four-word name
        candidates = _one_entity(candidates, groups, words)
        ambiguous = len(candidates) > 1
        if ambiguous:
            candidates = _most_named(candidates, counts)
        complete_org = words[-1] in rules.org_words  # "Westmark University" is not its research center
        if not candidates and not place and not complete_org:
            candidates = _one_entity(
                {
                    c
                    for c in prefixes.get(words, set())
                    if c in counts  # not "Keystone Valley Financial", only said with its "Corp."
                    and not _named_after(
                        key,
                        c,
                        plain_place if ends_in_legal_form(c) else used_as_place,  # "in Hanbit's": Hanbit Co.
                        entity_counts,
                        rules,
                        later=first_at.get(c, _END) < first_at[key],
                        mostly_place=key in mostly_place or not company(c),
                    )
                },
                groups,
                words,
            )
            candidates = nested_company(_makers(candidates))
        candidates.discard(key)
        if len(candidates) == 1:
            groups.union(next(iter(candidates)), key)
        elif ambiguous and len(words) == 1:
            plurals.add(key)  # a surname several people named in full share ("Haqqani"): no one's tag
        elif not candidates and not place and len(words) == 1 and key.endswith("s") and key[:-1] in last_words:
            plurals.add(key)  # a known place ending in "s" is no plural ("Bahamas" beside "Grand Bahama")
    return plurals


_Index = dict[tuple[str, ...], set[str]]


def _index(
    names: Sequence[str], kin: set[str], rules: EntityRules
) -> tuple[_Index, _Index, set[str], _Index, dict[str, set[str]]]:
    """The longer names each short form may stand for: by their ends (suffixes), starts (prefixes), middle name
    (inner) and surname's sound; and the names' last words."""
    suffixes: dict[tuple[str, ...], set[str]] = defaultdict(set)
    prefixes: dict[tuple[str, ...], set[str]] = defaultdict(set)
    last_words: set[str] = set()
    inner: dict[tuple[str, ...], set[str]] = defaultdict(set)
    sounds: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = tuple(name.split())
        if len(words) > 2 and (words[-1] in GENERATIONS or words[-1] in CLUB_FORMS):
            words = words[:-1]  # "Patrick Carlineo Jr." is "Carlineo" too; "Kitakyushu Sea Eagles FC", "Sea Eagles"
        if len(words) > 2 and words[-1] in rules.org_words and words[-1] != words[0]:
            suffixes[(words[0], words[-1])].add(name)  # "Housing Board" of "Housing and Development Board"
        if 2 <= len(words) <= 6:
            last_words.add(words[-1])
            folded = tuple(_ascii(w) for w in words)
            for k in range(1, len(words)):
                if name not in kin:
                    suffixes[words[k:]].add(name)
                    suffixes[folded[k:]].add(name)  # "Ozdemir" for "Ayla Özdemir"
                prefixes[words[:k]].add(name)
            if name not in kin and personal(f"{words[0]} {words[-1]}") and (sound := skeleton(words[-1])):
                sounds[sound].add(name)  # "al-Gizawi" for "Ahmed El Gizawy" (`digest.chain.spellings`)
            if len(words) == MIDDLE_NAME_WORDS and personal(name) and not {words[-1]} & rules.org_words:
                inner[words[1:2]].add(name)  # "Quiñones" for "Mireya Quiñones Albar"
            elif len(words) == MIDDLE_NAME_WORDS + 1 and personal(name) and not {words[-1]} & rules.org_words:
                inner[words[1:3]].add(name)  # "Gaston Garatea" for "Jorge Gaston Garatea Yori"
                if given_rank(words[0]) is not None:  # "Tan" for "Marcus Tan Wei Jie": an English name, then the
                    inner[words[1:2]].add(name)  # surname first
    return suffixes, prefixes, last_words, inner, sounds


def _company_start(key: str, longer: set[str], rules: EntityRules, place_uses: int, count: int) -> bool:
    """Whether ``key``, a place by its last word only ("Valley", "Harbour") used as one in less than half its
    mentions, starts a company's name (`digest.chain.firms`): "Keystone Valley Financial Corp.", "Tarvo Harbour Bank
    Holdings". A known town stays a place ("an Abu Dhabi investor" beside "Abu Dhabi Ports Group")."""
    if key in rules.aliases or place_kind(key) is not None:
        return False
    return 2 * place_uses < count and any(map(company, longer))


def _titled(names: Sequence[str], groups: Groups, written: frozenset[str]) -> None:
    """A royal title and a first name ("Princess Ann") are the one person the article names in full after
    that title ("Princess Ann Beth Roe", the title cut): "Ann Beth Roe"."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in names:
        if " " in key:
            by_first[key.split()[0]].append(key)
    for key in names:
        words = key.split()
        if len(words) == 2 and words[0] in ROYAL_TITLES:
            full = [f for f in by_first.get(words[1], []) if f"{words[0]} {f}" in written]
            if len(full) == 1:
                groups.union(full[0], key)


def _is_place(key: str, rules: EntityRules, used_as_place: set[str], longer: set[str]) -> bool:
    """Whether a name stands for a place, not for the end of a longer name.

    A one-word city or region, or a word that makes names places ("Hill"), that ends the full name of someone
    the article names, and is never used as a place, is that person's surname ("Richardson" after "Sheldon
    Richardson", "Senator Hill" after "Robert Hill").
    """
    if key in rules.aliases:
        return True
    kind = place_kind(key)
    worded = key.rsplit(maxsplit=1)[-1] in rules.place_words
    if (
        (kind in {"city", "region"} or (worded and kind is None))
        and " " not in key
        and key not in used_as_place
        and longer
        and all(map(personal, longer))
    ):
        return False
    return worded or kind is not None


def _named_after(
    short: str,
    longer: str,
    used_as_place: set[str],
    counts: Counter[str],
    rules: EntityRules,
    *,
    later: bool = False,
    mostly_place: bool = True,
) -> bool:
    """Whether a one-word name used as a place is what a longer name is named after ("in Eastport" is not "Eastport
    Nurses Association", "to Europa", named as often as "Europa Clipper", is not the probe); a person's first name,
    named less than the person (``counts``: mentions by group), after "to" or "from" is still the person, and so is one
    named as often but only after the person's full name ("Xi Jinping", then "from Xi"), and a given name opening a name
    of two or three words however often it is written alone ("a song from Rose-Lynn", a character named in full twice
    and by her first name twelve times). A company is named after a place only when the article uses that word as a
    place in more than half its mentions (``mostly_place``, `digest.chain.firms`): "Shares in Corbell" once in four is
    the company."""
    if short not in used_as_place:
        return False
    last = longer.rsplit(maxsplit=1)[-1]
    org = last in rules.org_words
    if " " in short:  # "in Whitney Pier" is not "Whitney Pier Memorial Middle School"; "at Great Lakes" is "Great
        return org and last not in rules.place_words and not ends_in_legal_form(longer)  # Lakes Bancorp Inc."
    if org:
        return mostly_place or place_kind(short) is not None
    if place_kind(short) is not None:
        return True
    words = longer.split()
    if words[0] == short and len(words) <= MIDDLE_NAME_WORDS and given_rank(short) is not None:
        return False  # "Rose-Lynn", a character's first name written far more often than "Rose-Lynn Harlan"
    return counts[short] > counts[longer] or (counts[short] == counts[longer] and not later)


def _makers(candidates: set[str]) -> set[str]:
    """Without the numbered models ("Tarvo Velo 14", and "Tarvo Velo" it starts) when every other name is a company's
    (`digest.chain.firms`): a maker's one-word name is the maker ("Tarvo Computing"), not its product."""
    models = {c for c in candidates if any(w.isdigit() for w in c.split())}
    models |= {c for c in candidates if any(m.startswith(c + " ") for m in models)}
    makers = {c for c in candidates - models if company(c)}
    return makers if models and makers and makers == candidates - models else candidates


def _one_entity(candidates: set[str], groups: Groups, words: tuple[str, ...]) -> set[str]:
    """Longer names already one entity ("Scripps Institution of Oceanography", "Scripps Oceanography") are one
    candidate for a one-word short form ("Scripps"): the first in order. A longer short form is a name of its
    own ("Davis Cup" beside "Davis Cup Final" and "Davis Cup Finals")."""
    if len(words) == 1 and len(candidates) > 1 and len({groups.find(c) for c in candidates}) == 1:
        return {min(candidates)}
    return candidates


def _most_named(candidates: set[str], counts: Counter[str]) -> set[str]:
    """The one candidate named more often than any other ("Biden" is Joe Biden, named 9 times, not Hunter)."""
    ranked = sorted(candidates, key=lambda c: (-counts[c], c))
    return {ranked[0]} if counts[ranked[0]] > counts[ranked[1]] else candidates
