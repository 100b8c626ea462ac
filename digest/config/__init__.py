"""``site_config/``: the taxonomy, the sources, the boilerplate cues and the entity rules.

Each YAML file is read safely, checked key by key, and compiled into frozen
objects. Every problem in every file is collected before `load_config` raises, and
each names the file and the key path (``site_config/topics.yml: topics[3].keywords: ...``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from digest.config.model import Boilerplate, Cue, EntityRules, SiteConfig, Source, Taxonomy, Topic
from digest.config.read import YamlFile, read_yaml
from digest.config.sources import builtin_sources, load_sources, merged
from digest.problems import Problem, ProblemsError, describe
from digest.text.demonyms import derived as derived_demonyms
from digest.text.demonyms import people_nouns
from digest.text.prefilter import alternatives, required_literals
from digest.text.slug import slugify

__all__ = [
    "EDITING_FILE",
    "FILES",
    "TOPICS_FILE",
    "Boilerplate",
    "Cue",
    "EntityRules",
    "SiteConfig",
    "Source",
    "Taxonomy",
    "Topic",
    "load_config",
    "load_taxonomy",
]

_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FILES = ("topics.yml", "sources.yml", "boilerplate.yml", "entities.yml")
EDITING_FILE = "editing.yml"
"""How editors work (optional: without it, conversions are published at once)."""


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
    demonyms = {**derived_demonyms(), **demonyms}  # the hand list wins over what morphology derives
    demonyms = {**people_nouns(demonyms), **demonyms}  # "Irishman"
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
        background=frozenset(w.casefold() for w in r.strings(data, "background", "")),
        colours=frozenset(w.casefold() for w in r.strings(data, "colours", "")),
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
    builtin, builtin_problems = builtin_sources()
    problems += builtin_problems
    sources = merged(load_sources(r, data), builtin)
    r, data = readers["boilerplate.yml"]
    r.unknown_keys(data, {"cues", "credit", "repeat_min_docs"}, "")
    boilerplate = _load_boilerplate(r, data)
    r, data = readers["entities.yml"]
    allowed = {"aliases", "demonyms", "roles", "ignore", "weekdays", "months", "pronouns", "agencies"}
    r.unknown_keys(data, allowed | {"background", "colours", "connectors", "max_tags", "org_words", "place_words"}, "")
    entities = _load_entities(r, data)
    r, data = read_yaml(root, EDITING_FILE, problems, optional=True)
    r.unknown_keys(data, {"review"}, "")
    review = r.get(data, "review", "", bool, False)
    if problems:
        raise ProblemsError(problems)
    return SiteConfig(root, topics, fallback, sources, boilerplate, entities, review=bool(review))


TOPICS_FILE = "topics.yml"


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
