"""The configured sources looked up by a stated name, a URL's domain or cue phrases in raw text.

A site's sources are its ``sources.yml`` and Digest's built-in table (`digest.config.sources`):
a thousand entries, looked up many times per article, so a long list gets an index on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from digest.config import Source
from digest.config.model import MIN_SQUASHED, name_key

__all__ = ["by_cues", "by_name", "by_url"]


def by_name(name: str, sources: Sequence[Source]) -> Source | None:
    """The configured source whose name or alias is ``name`` (case-insensitive), else the one a raw spelling
    names: one word of at least `MIN_SQUASHED` letters that has a name's letters without its spaces,
    punctuation, leading "The" or a domain ending ("Barrons", "usatoday", "TheHill", "LiveScience.com").
    A name of several words is taken as written ("News Nation" is not "NewsNation")."""
    key = name.strip().casefold()
    raw = " " not in key and len(re.sub(r"[\W_]+", "", key)) >= MIN_SQUASHED
    index = _index(sources)
    if index is not None:
        found = index.names.get(key)
        return index.squashed.get(name_key(name)) if found is None and raw else found
    for source in sources:
        if key in source.keys:
            return source
    if raw and (squashed := name_key(name)):
        return next((s for s in sources if squashed in s.squashed), None)
    return None


@dataclass(frozen=True, slots=True)
class _Index:
    """A long list of sources looked up by name, by raw spelling and by domain (the first source wins each)."""

    names: dict[str, Source]
    squashed: dict[str, Source]
    domains: dict[str, Source]
    with_cues: tuple[Source, ...]


MIN_INDEXED = 64
"""Tuples this long (a configuration's sources) are looked up through an index built once; others are scanned."""
_INDEXES: list[tuple[Sequence[Source], _Index]] = []


def _index(sources: Sequence[Source]) -> _Index | None:
    """The index of a long list of sources (the site's configuration), built on first use."""
    if not isinstance(sources, tuple) or len(sources) < MIN_INDEXED:
        return None  # a list made for one call (the agencies alone) is scanned: an index would outlive it
    for known, index in _INDEXES:
        if known is sources:
            return index
    names: dict[str, Source] = {}
    squashed: dict[str, Source] = {}
    domains: dict[str, Source] = {}
    for source in sources:
        for key in source.keys:
            names.setdefault(key, source)
        for key in source.squashed:
            squashed.setdefault(key, source)
        for domain in source.domains:
            domains.setdefault(domain, source)
    index = _Index(names, squashed, domains, tuple(s for s in sources if s.cues))
    _INDEXES[:] = [*_INDEXES[-3:], (sources, index)]  # the list is kept alive, so its id is never reused
    return index


def by_url(url: str, sources: Sequence[Source]) -> Source | None:
    """The configured source owning ``url``'s host or the nearest domain above it ("sports.example.com" before
    "example.com")."""
    host = (urlsplit(url).hostname or "").casefold().removesuffix(".")
    index = _index(sources)
    labels = host.split(".")
    for start in range(len(labels) - 1):
        domain = ".".join(labels[start:])
        if index is not None:
            if (found := index.domains.get(domain)) is not None:
                return found
        elif found := next((s for s in sources if domain in s.domains), None):
            return found
    return None


def by_cues(paragraphs: Iterable[str], sources: Sequence[Source]) -> list[Source]:
    """Configured sources whose cue phrases occur in the raw paragraphs."""
    index = _index(sources)
    candidates = index.with_cues if index is not None else [s for s in sources if s.cues]
    if not candidates:
        return []
    text = "\n".join(paragraphs)
    lowered = text.lower()
    return [s for s in candidates if any(cue.search(text, lowered) for cue in s.cues)]
