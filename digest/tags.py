"""Tags: the people, places and organisations an article is about, most salient first.

Mentions from `digest.entities` are grouped into entities:

1. aliases from ``site_config/entities.yml`` and country names from pycountry
   ("U.S." -> "United States");
2. acronyms with the expansion the article spells out (CECOT / Center for the
   Confinement of Terrorism), shown in the form the article uses most;
3. a surname alone with the full name it belongs to ("Bukele" -> "Nayib Bukele").

Salience is the weighted count of mentions (the title counts most, then the lead)
with ties broken by first appearance, then by name. Junk never becomes a tag:
ignored words, agencies, the publisher, single letters, numbers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from digest.config import EntityRules
from digest.entities import Extractor, Mention
from digest.gazetteer import countries
from digest.sentences import Sentence
from digest.tokens import tokenize

TITLE_WEIGHT = 3.0
PARAGRAPH_WEIGHTS = (2.0, 1.5)
_HAS_LETTER = re.compile(r"[^\W\d_]")


@dataclass(slots=True)
class _Entity:
    forms: dict[str, int] = field(default_factory=dict)
    """Canonical form -> mention count."""
    surfaces: set[str] = field(default_factory=set)
    """Every form as written in the text."""
    score: float = 0.0
    first: int = 1 << 30
    canonical: str | None = None


def _weight(paragraph: int) -> float:
    return PARAGRAPH_WEIGHTS[paragraph] if paragraph < len(PARAGRAPH_WEIGHTS) else 1.0


class _Union:
    """Union-find over names, keyed casefolded."""

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


def _canonical(text: str, rules: EntityRules) -> str:
    key = text.casefold()
    return rules.aliases.get(key) or countries().get(key) or text


def _is_junk(name: str, rules: EntityRules, excluded: frozenset[str]) -> bool:
    key = name.casefold()
    return (
        len(name) < 2
        or not _HAS_LETTER.search(name)
        or key in rules.ignore
        or key in rules.agencies
        or key in excluded
        or key in rules.demonyms
    )


def _display(entity: _Entity) -> str:
    """The alias table's name; else the most used form, or the full name it is short for."""
    if entity.canonical:
        return entity.canonical
    top = max(entity.forms, key=lambda f: (entity.forms[f], f.isupper(), len(f), f))
    longer = [f for f in entity.forms if f.casefold().endswith(" " + top.casefold()) or f.startswith(top + " ")]
    return max(longer, key=lambda f: (entity.forms[f], len(f), f)) if longer else top


def extract_tags(
    title: str,
    sentences: Sequence[Sentence],
    rules: EntityRules,
    exclude: Iterable[str] = (),
    limit: int | None = None,
) -> tuple[str, ...]:
    """Rank the entities of an article; return at most ``limit`` display names."""
    excluded = frozenset(e.casefold() for e in exclude)
    extractor = Extractor(rules, sentences)
    mentions = [m for m in extractor.mentions() if not _is_junk(m.text, rules, excluded)]
    union = _Union()
    canonical_of: dict[str, str] = {}
    for m in mentions:
        name = _canonical(m.text, rules)
        canonical_of[m.text.casefold()] = name
        union.union(name.casefold(), m.text.casefold())
    for acronym, expansion in extractor.acronym_pairs:
        union.union(_canonical(acronym, rules).casefold(), _canonical(expansion, rules).casefold())
    plurals = _merge_short_names(mentions, union, canonical_of, rules)
    mentions = [m for m in mentions if m.text.casefold() not in plurals]

    entities: dict[str, _Entity] = defaultdict(_Entity)
    for m in mentions:
        entity = entities[union.find(m.text.casefold())]
        form = canonical_of[m.text.casefold()]
        entity.forms[form] = entity.forms.get(form, 0) + 1
        entity.surfaces.add(m.text)
        entity.score += _weight(m.paragraph)
        entity.first = min(entity.first, m.position)
        if form != m.text and form.casefold() in rules.aliases:
            entity.canonical = form
    _boost_from_title(title, entities)
    ranked = sorted(entities.values(), key=lambda e: (-e.score, e.first, _display(e)))
    names: list[str] = []
    for entity in ranked:
        name = _display(entity)
        if name.casefold() not in excluded and name not in names and not _is_junk(name, rules, excluded):
            names.append(name)
    return tuple(names[: limit or rules.max_tags])


def _merge_short_names(
    mentions: Sequence[Mention], union: _Union, canonical_of: dict[str, str], rules: EntityRules
) -> set[str]:
    """Merge a short form into the one longer name it stands for.

    A name that ends a unique longer name joins it ("Bukele" -> "Nayib Bukele",
    "De la Cruz" -> "Ana de la Cruz"); a single word that starts a unique team name
    joins it ("Kestrel" -> "Kestrel Athletic", as `team_words` allow). Returns family
    plurals ("the Kascaks" next to "Rosalind Kascak"), which are not tags.
    """
    names = {m.text.casefold() for m in mentions if m.text.casefold() == canonical_of[m.text.casefold()].casefold()}
    suffixes: dict[tuple[str, ...], set[str]] = defaultdict(set)
    team_starts: dict[str, set[str]] = defaultdict(set)
    last_words: set[str] = set()
    for name in names:
        words = tuple(name.split())
        if 2 <= len(words) <= 6:
            last_words.add(words[-1])
            for k in range(1, len(words)):
                suffixes[words[k:]].add(name)
            if all(w in rules.team_words for w in words[1:]):
                team_starts[words[0]].add(name)
    plurals: set[str] = set()
    for m in mentions:
        key = m.text.casefold()
        if canonical_of[key] != m.text:
            continue
        words = tuple(key.split())
        candidates = {c for c in suffixes.get(words, set()) if c != key}
        if not candidates and len(words) == 1:
            candidates = team_starts.get(key, set())
        if len(candidates) == 1:
            union.union(next(iter(candidates)), key)
        elif not candidates and len(words) == 1 and key.endswith("s") and key[:-1] in last_words:
            plurals.add(key)
    return plurals


def _boost_from_title(title: str, entities: dict[str, _Entity]) -> None:
    """Add the title's weight to entities whose forms appear in the title.

    The title only boosts names found in the body: titles are often in Title Case,
    where capitals say nothing about names.
    """
    words = f" {' '.join(t.text for t in tokenize(title) if t.word)} "
    for entity in entities.values():
        if any(f" {form} " in words for form in entity.surfaces | set(entity.forms)):
            entity.score += TITLE_WEIGHT
