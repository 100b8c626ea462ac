"""The configured sources looked up by a stated name, a URL's domain or cue phrases in raw text.

A site's sources are its ``sources.yml`` and Digest's built-in table (`digest.config.sources`):
a thousand entries, looked up many times per article, so a long list gets an index on first use,
with its news agencies (`agencies`) and one pattern that finds any of their names in a credit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from digest.config import Source
from digest.config.model import MIN_SQUASHED, name_key

__all__ = ["Agencies", "agencies", "by_cues", "by_name", "by_shown_name", "by_url", "mentions", "page_text"]


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


_AS_WORD = r"(?<![\w-]){}(?![\w-])"
"""A name as a word of its own: no letter, digit or hyphen right before or after it."""


def mentions(name: str, text: str) -> bool:
    """Whether ``text`` names ``name`` as a word of its own (the substring test first: most texts do not)."""
    return name in text and re.search(_AS_WORD.format(re.escape(name)), text) is not None


@dataclass(frozen=True, slots=True)
class Agencies:
    """The news agencies of a list of sources, in its order, each with the names a credit gives it: its name
    and aliases, a short one only in capitals ("AP", "CP"; not "dpa")."""

    wires: tuple[Source, ...]
    names: tuple[tuple[Source, tuple[str, ...]], ...]
    anywhere: re.Pattern[str] | None
    """Any of those names as a word of its own (`mentions`): one search tells that a credit names none."""

    @staticmethod
    def of(sources: Iterable[Source]) -> Agencies:
        wires = tuple(s for s in sources if s.wire)
        names = tuple((w, tuple(n for n in (w.name, *w.aliases) if len(n) > 3 or n.isupper())) for w in wires)
        every = sorted({n for _, some in names for n in some}, key=lambda n: (-len(n), n))
        anywhere = re.compile(_AS_WORD.format(f"(?:{'|'.join(map(re.escape, every))})")) if every else None
        return Agencies(wires, names, anywhere)

    def named_in(self, text: str) -> tuple[tuple[Source, tuple[str, ...]], ...]:
        """Every agency with its names when ``text`` `mentions` one of those names; none when it mentions none."""
        return self.names if self.anywhere is not None and self.anywhere.search(text) else ()


def agencies(sources: Sequence[Source]) -> Agencies:
    """The news agencies among ``sources`` (a configuration's, from its index)."""
    index = _index(sources)
    return index.agencies if index is not None else Agencies.of(sources)


@dataclass(frozen=True, slots=True)
class _Index:
    """A long list of sources looked up by name, by raw spelling and by domain (the first source wins each)."""

    names: dict[str, Source]
    squashed: dict[str, Source]
    domains: dict[str, Source]
    with_cues: tuple[Source, ...]
    agencies: Agencies
    shown: dict[str, list[tuple[int, Source]]]
    """Each name as shown -> the sources of that name with their places in the list (several: "ABC News")."""


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
    shown: dict[str, list[tuple[int, Source]]] = {}
    for place, source in enumerate(sources):
        shown.setdefault(source.name, []).append((place, source))
        for key in source.keys:
            names.setdefault(key, source)
        for key in source.squashed:
            squashed.setdefault(key, source)
        for domain in source.domains:
            domains.setdefault(domain, source)
    index = _Index(names, squashed, domains, tuple(s for s in sources if s.cues), Agencies.of(sources), shown)
    _INDEXES[:] = [*_INDEXES[-3:], (sources, index)]  # the list is kept alive, so its id is never reused
    return index


def by_shown_name(names: Iterable[str], sources: Sequence[Source]) -> list[Source]:
    """The sources whose name is one of ``names`` (exactly as shown), in their order."""
    index = _index(sources)
    wanted = set(names)
    if index is None:
        return [s for s in sources if s.name in wanted]
    return [s for _, s in sorted(found for name in wanted for found in index.shown.get(name, ()))]


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
    text, lowered = page_text(paragraphs)
    return [s for s in candidates if any(cue.search(text, lowered) for cue in s.cues)]


def page_text(paragraphs: Iterable[str]) -> tuple[str, str]:
    """The paragraphs joined by line breaks, and that text lower-cased: remembered for the last few pages,
    since finding a page's sources reads its whole text several times."""
    return _joined(paragraphs if isinstance(paragraphs, tuple) else tuple(paragraphs))


@functools.lru_cache(maxsize=8)
def _joined(paragraphs: tuple[str, ...]) -> tuple[str, str]:
    text = "\n".join(paragraphs)
    return text, text.lower()
