"""Publishers, aggregators and news agencies: Digest's built-in table, extended by the site's ``sources.yml``.

The built-in table (``digest/data/publishers.yml``) names several hundred English-language news
publishers, aggregators and agencies as their mastheads write them, with their domains and the
other spellings sites declare for them. A site's ``site_config/sources.yml`` has the same keys; its
entries come first, and an entry there that shares a name, an alias or a domain with a built-in
one replaces it. Both files are checked key by key, and every problem names its file and key.

A name may end in a qualifier in brackets that keeps two publishers of one name apart in a table
("ABC News (Australia)"); the name shown is the one without it.

>>> [s.name for s in merged(builtin_sources()[0][:0], builtin_sources()[0]) if s.domains[:1] == ("abc.net.au",)]
['ABC News']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Any

from digest.config.model import Cue, Source
from digest.config.read import YamlFile, parse_yaml
from digest.problems import Problem
from digest.text.prefilter import alternatives, required_literals

BUILTIN = "digest/data/publishers.yml"
"""How problems in the built-in table name it."""
SECTIONS = ("publishers", "aggregators", "wires")
_DOMAIN_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
_QUALIFIER = re.compile(r"\s*\([^()]+\)$")


def load_sources(r: YamlFile, data: Any, *, builtin: bool = False) -> tuple[Source, ...]:
    """The sources of one file (``publishers``, ``aggregators``, optional ``wires``), each problem recorded."""
    r.unknown_keys(data, set(SECTIONS), "")
    written: dict[int, tuple[str, str]] = {}
    """id of each source built -> (its key path, its name as written, qualifier included)."""

    def builder(aggregator: bool, wire: bool = False) -> Callable[[Any, str], Source | None]:
        def build(item: Any, where: str) -> Source | None:
            r.unknown_keys(item, {"name", "domains", "aliases", "cues"}, where)
            name = r.get(item, "name", where, str)
            patterns = [r.pattern(c, f"{where}cues") for c in r.strings(item, "cues", where)]
            cues = [Cue("source", p, 10**6, required_literals(p.pattern), parts=alternatives(p)) for p in patterns if p]
            if name is None or not name.strip():
                return None
            domains = tuple(d.casefold() for d in r.strings(item, "domains", where))
            for bad in (d for d in domains if not _DOMAIN_RE.fullmatch(d)):
                r.error(f"{where}domains", f"expected a host name such as 'example.com', got {bad!r}")
            shown = _QUALIFIER.sub("", name.strip()) or name.strip()
            aliases = r.strings(item, "aliases", where)
            source = Source(shown, aggregator, domains, aliases, tuple(cues), wire, builtin=builtin)
            written[id(source)] = (where, name.strip())
            return source

        return build

    found = r.each(data, "publishers", builder(False)) + r.each(data, "aggregators", builder(True))
    if isinstance(data, dict) and "wires" in data:  # optional: news agencies whose stories other sites carry
        found += r.each(data, "wires", builder(False, wire=True))
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for source in found:
        where, full = written[id(source)]
        if (previous := names.setdefault(full.casefold(), where)) != where:
            r.error(f"{where}name", f"{full!r} is listed twice (also at {previous.rstrip('.')})")
        for domain in source.domains:
            if (previous := domains.setdefault(domain, where)) != where:
                r.error(f"{where}domains", f"{domain!r} is listed twice (also at {previous.rstrip('.')})")
    return found


@functools.cache
def builtin_sources() -> tuple[tuple[Source, ...], tuple[Problem, ...]]:
    """Digest's own table of publishers (read once per process) and its problems (none when it ships)."""
    problems: list[Problem] = []
    reader = YamlFile(BUILTIN, problems)
    text = resources.files("digest.data").joinpath("publishers.yml").read_text(encoding="utf-8")
    reader, data = parse_yaml(reader, text)
    return load_sources(reader, data, builtin=True), tuple(problems)


def merged(site: Sequence[Source], builtin: Sequence[Source]) -> tuple[Source, ...]:
    """The site's sources, then every built-in one that shares no name, alias or domain with one of them."""
    names = {k for s in site for k in s.keys}
    squashed = {k for s in site for k in s.squashed}
    domains = {d for s in site for d in s.domains}
    kept = [b for b in builtin if not (b.keys & names or b.squashed & squashed or any(d in domains for d in b.domains))]
    return (*site, *kept)
