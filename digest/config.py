"""``site_config/``: the taxonomy, the sources, the boilerplate cues and the entity rules.

Each YAML file is read safely, checked key by key, and compiled into frozen
objects. Every problem in every file is collected before `load_config` raises, and
each names the file and the key path (``site_config/topics.yml: topics[3].keywords: ...``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.configread import YamlFile, read_yaml
from digest.prefilter import LiteralFinder, Part, alternatives, required_literals
from digest.problems import Problem, ProblemsError
from digest.slug import slugify
from digest.validate import describe

_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DOMAIN_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
FILES = ("topics.yml", "sources.yml", "boilerplate.yml", "entities.yml")


@dataclass(frozen=True, slots=True)
class Topic:
    """One section of the digest."""

    title: str
    slug: str
    description: str
    keywords: tuple[str, ...]
    """Words and phrases that pull an article in; ``deport*`` matches any ending."""
    entities: tuple[str, ...]
    """Tags that pull an article in (canonical names)."""


@dataclass(frozen=True, slots=True)
class Source:
    """A publisher or an aggregator, and what reveals it in raw text."""

    name: str
    aggregator: bool
    domains: tuple[str, ...]
    aliases: tuple[str, ...]
    cues: tuple[Cue, ...]
    """Patterns whose presence in raw text reveals this source."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A boilerplate cue: a pattern, its category and the longest paragraph it may remove."""

    category: str
    pattern: re.Pattern[str]
    max_words: int
    literals: frozenset[str] | None = None
    """Lower-case strings one of which every match contains (see `digest.prefilter`)."""
    max_words_unaddressed: int | None = None
    """Longest paragraph that matches without addressing the reader ("we", "your");
    ``None``: no such condition. Keeps news *about* paywalls from looking like an appeal."""
    then: str | None = None
    """``"links"``: also remove the headline lines listed under this one;
    ``"rest"``: also remove everything after it, when it comes near the end."""
    edge_only: bool = False
    """Only in the runs of boilerplate at the top and bottom (``where: edge``): for
    lines that read like prose but are not the article (author bios, disclaimers)."""
    parts: tuple[Part, ...] = ()
    """The pattern's alternatives with their own literals (`digest.prefilter.alternatives`); empty: use it whole."""

    def search(self, text: str, lowered: str) -> bool:
        """Whether the cue matches ``text`` (``lowered`` is ``text.lower()``, for the pre-check)."""
        if self.literals is not None and not any(map(lowered.__contains__, self.literals)):
            return False
        if not self.parts:
            return self.pattern.search(text) is not None
        for literals, part in self.parts:
            if (literals is None or any(map(lowered.__contains__, literals))) and part.search(text) is not None:
                return True
        return False


@dataclass(frozen=True, slots=True)
class Boilerplate:
    cues: tuple[Cue, ...]
    credit: re.Pattern[str]
    """Matches the inside of a photo-credit parenthesis, e.g. ``AP Photo/Jane Doe``."""
    repeat_min_docs: int
    """A paragraph found in this many articles of one source is boilerplate."""
    finder: LiteralFinder = field(init=False, repr=False, compare=False)
    """Finds the cues' required literals in a text in one pass."""

    def __post_init__(self) -> None:
        literals = (lit for cue in self.cues for lit in cue.literals or ())
        object.__setattr__(self, "finder", LiteralFinder(literals))

    def active(self, lowered: str) -> tuple[Cue, ...]:
        """The cues that can match somewhere in ``lowered`` (a whole article, lower-cased).

        Checking each cue's required literals once per article leaves only a few
        cues to try on each paragraph.
        """
        found = self.finder.found(lowered)
        return tuple(c for c in self.cues if c.literals is None or not c.literals.isdisjoint(found))


@dataclass(frozen=True, slots=True)
class EntityRules:
    aliases: Mapping[str, str]
    """Casefolded alias -> canonical name (canonical names map to themselves)."""
    roles: tuple[str, ...]
    """Title words stripped from the front of a name ("Secretary of State")."""
    ignore: frozenset[str]
    """Casefolded words and names that are never tags by themselves."""
    strip: frozenset[str]
    """Casefolded words never part of a name (weekdays, months, pronouns): cut from either end."""
    agencies: frozenset[str]
    """Casefolded photo and news agencies (never tags)."""
    demonyms: Mapping[str, str]
    """Casefolded demonym -> country ("salvadoran" -> "El Salvador")."""
    connectors: frozenset[str]
    """Lower-case words allowed inside a name ("of", "de", "for the")."""
    org_words: frozenset[str]
    """Casefolded words that make a name an organisation or named place."""
    place_words: frozenset[str]
    """Casefolded last words that make a name a place ("Falls", "County")."""
    max_tags: int
    role_words: frozenset[str] = field(init=False, compare=False)
    """Casefolded one-word roles ("president", "mp"): never a tag on their own (made from ``roles``)."""

    def __post_init__(self) -> None:
        # made once here: every name an article mentions is checked against it
        object.__setattr__(self, "role_words", frozenset(r.casefold() for r in self.roles if " " not in r))


@dataclass(frozen=True, slots=True)
class SiteConfig:
    root: Path
    topics: tuple[Topic, ...]
    fallback_topic: str
    sources: tuple[Source, ...]
    boilerplate: Boilerplate
    entities: EntityRules

    @property
    def topic_titles(self) -> frozenset[str]:
        return frozenset(t.title for t in self.topics)

    def topic(self, title: str) -> Topic | None:
        return next((t for t in self.topics if t.title == title), None)


def _load_topics(r: YamlFile, data: Any) -> tuple[tuple[Topic, ...], str]:
    def build(item: Any, where: str) -> Topic | None:
        r.unknown_keys(item, {"title", "slug", "description", "keywords", "entities"}, where)
        title = r.get(item, "title", where, str)
        if title is None or not title.strip() or "\n" in title.strip():
            if title is not None:
                r.error(f"{where}title", f"expected one line of text, got {title!r}")
            return None
        title = title.strip()
        slug = r.get(item, "slug", where, str, slugify(title)) or slugify(title)
        if not _SLUG_RE.fullmatch(slug):
            r.error(f"{where}slug", f"expected lower-case letters, digits and single hyphens, got {slug!r}")
            return None
        desc = r.get(item, "description", where, str, "") or ""
        keywords = r.strings(item, "keywords", where)
        return Topic(title, slug, desc.strip(), keywords, r.strings(item, "entities", where))

    topics = r.each(data, "topics", build)
    titles: set[str] = set()
    slugs: set[str] = set()
    for t in topics:
        if t.title.casefold() in titles or t.slug in slugs:
            r.error("topics", f"duplicate topic {t.title!r} (slug {t.slug!r})")
        titles.add(t.title.casefold())
        slugs.add(t.slug)
    fallback = r.get(data, "fallback", "", str, "") or ""
    if topics and fallback not in {t.title for t in topics}:
        r.error("fallback", f"must be one of the topic titles, got {fallback!r}")
    return topics, fallback


def _load_sources(r: YamlFile, data: Any) -> tuple[Source, ...]:
    def builder(aggregator: bool) -> Callable[[Any, str], Source | None]:
        def build(item: Any, where: str) -> Source | None:
            r.unknown_keys(item, {"name", "domains", "aliases", "cues"}, where)
            name = r.get(item, "name", where, str)
            patterns = [r.pattern(c, f"{where}cues") for c in r.strings(item, "cues", where)]
            cues = [Cue("source", p, 10**6, required_literals(p.pattern), parts=alternatives(p)) for p in patterns if p]
            if name is None:
                return None
            domains = tuple(d.casefold() for d in r.strings(item, "domains", where))
            for bad in (d for d in domains if not _DOMAIN_RE.fullmatch(d)):
                r.error(f"{where}domains", f"expected a host name such as 'example.com', got {bad!r}")
            aliases = r.strings(item, "aliases", where)
            return Source(name, aggregator, domains, aliases, tuple(cues))

        return build

    found = r.each(data, "publishers", builder(False)) + r.each(data, "aggregators", builder(True))
    names: set[str] = set()
    for source in found:
        if source.name.casefold() in names:
            r.error("publishers", f"{source.name!r} is listed twice")
        names.add(source.name.casefold())
    return found


def _load_boilerplate(r: YamlFile, data: Any) -> Boilerplate:
    def build(item: Any, where: str) -> Cue | None:
        keys = {"category", "pattern", "max_words", "max_words_unaddressed", "then", "where"}
        r.unknown_keys(item, keys, where)
        category = r.get(item, "category", where, str)
        text = r.get(item, "pattern", where, str)
        max_words = r.count(item, "max_words", where, 60, minimum=1)
        unaddressed = r.get(item, "max_words_unaddressed", where, int, -1)
        then = r.get(item, "then", where, str, "") or None
        if then not in (None, "links", "rest"):
            r.error(f"{where}then", f"expected 'links' or 'rest', got {then!r}")
        position = r.get(item, "where", where, str, "anywhere") or "anywhere"
        if position not in ("anywhere", "edge"):
            r.error(f"{where}where", f"expected 'anywhere' or 'edge', got {position!r}")
        pattern = r.pattern(text, f"{where}pattern") if text else None
        if not category or not pattern:
            return None
        limit = None if unaddressed is None or unaddressed < 0 else unaddressed
        literals = required_literals(pattern.pattern)
        edge = position == "edge"
        return Cue(category, pattern, max_words, literals, limit, then, edge_only=edge, parts=alternatives(pattern))

    cues = r.each(data, "cues", build)
    credit_text = r.get(data, "credit", "", str) or "$^"
    credit = r.pattern(credit_text, "credit") or re.compile("$^")
    repeat = r.count(data, "repeat_min_docs", "", 3, minimum=2)
    return Boilerplate(cues, credit, repeat)


def _load_entities(r: YamlFile, data: Any) -> EntityRules:
    aliases: dict[str, str] = {}
    table = data.get("aliases", {}) if isinstance(data, dict) else {}
    if not isinstance(table, dict):
        r.error("aliases", "expected a mapping of canonical name to a list of aliases")
        table = {}
    for canonical, names in table.items():
        if not isinstance(canonical, str):
            r.error(f"aliases.{canonical}", f"names must be text, got {describe(canonical)}")
            continue
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            r.error(f"aliases.{canonical}", "expected a list of names")
            continue
        for name in [str(canonical), *names]:
            previous = aliases.setdefault(name.casefold(), str(canonical))
            if previous != canonical:
                r.error(f"aliases.{canonical}", f"{name!r} is already an alias of {previous!r}")
    demonyms: dict[str, str] = {}
    table = data.get("demonyms", {}) if isinstance(data, dict) else {}
    for country, words in table.items() if isinstance(table, dict) else []:
        if not isinstance(country, str) or not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            r.error(f"demonyms.{country}", "expected a country name and a list of words (quote 'no', 'yes', 'on')")
            continue
        demonyms.update({str(w).casefold(): str(country) for w in words})
    strip = {w.casefold() for key in ("weekdays", "months", "pronouns") for w in r.strings(data, key, "")}
    ignore = strip | {w.casefold() for w in r.strings(data, "ignore", "")}
    return EntityRules(
        aliases=aliases,
        roles=tuple(sorted(r.strings(data, "roles", ""), key=len, reverse=True)),
        ignore=frozenset(ignore),
        strip=frozenset(strip),
        agencies=frozenset(a.casefold() for a in r.strings(data, "agencies", "")),
        demonyms=demonyms,
        connectors=frozenset(c.casefold() for c in r.strings(data, "connectors", "")),
        org_words=frozenset(w.casefold() for w in r.strings(data, "org_words", "")),
        place_words=frozenset(w.casefold() for w in r.strings(data, "place_words", "")),
        max_tags=r.count(data, "max_tags", "", 12, minimum=1),
    )


def load_config(root: Path | str = "site_config") -> SiteConfig:
    """Read and check every file of ``root``; raise `ProblemsError` listing all problems."""
    root = Path(root)
    problems: list[Problem] = []
    readers = {name: read_yaml(root, name, problems) for name in FILES}
    r, data = readers["topics.yml"]
    r.unknown_keys(data, {"fallback", "topics"}, "")
    topics, fallback = _load_topics(r, data)
    r, data = readers["sources.yml"]
    r.unknown_keys(data, {"publishers", "aggregators"}, "")
    sources = _load_sources(r, data)
    r, data = readers["boilerplate.yml"]
    r.unknown_keys(data, {"cues", "credit", "repeat_min_docs"}, "")
    boilerplate = _load_boilerplate(r, data)
    r, data = readers["entities.yml"]
    allowed = {"aliases", "demonyms", "roles", "ignore", "weekdays", "months", "pronouns", "agencies"}
    r.unknown_keys(data, allowed | {"connectors", "max_tags", "org_words", "place_words"}, "")
    entities = _load_entities(r, data)
    if problems:
        raise ProblemsError(problems)
    return SiteConfig(root, topics, fallback, sources, boilerplate, entities)


TOPICS_FILE = "topics.yml"


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """``topics.yml`` alone: all of ``site_config/`` that the site's pages are made from."""

    root: Path
    topics: tuple[Topic, ...]
    fallback_topic: str

    @property
    def topic_titles(self) -> frozenset[str]:
        return frozenset(t.title for t in self.topics)


def load_taxonomy(root: Path | str = "site_config") -> Taxonomy:
    """Read and check ``root/topics.yml`` as `load_config` does; raise `ProblemsError` listing all problems.

    The site build needs the topics only; the sources, boilerplate cues and
    entity rules steer ``digest convert`` (and ``digest check`` checks them).
    """
    root = Path(root)
    problems: list[Problem] = []
    r, data = read_yaml(root, TOPICS_FILE, problems)
    r.unknown_keys(data, {"fallback", "topics"}, "")
    topics, fallback = _load_topics(r, data)
    if problems:
        raise ProblemsError(problems)
    return Taxonomy(root, topics, fallback)
