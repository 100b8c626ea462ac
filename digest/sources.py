"""Who published an article (``source``) and what republished it (``via``).

Evidence, strongest first: the editor's override; a name the input states (an
og:site_name, a feed title, a ``Source:`` line), mapped through
``site_config/sources.yml``; the URL's domain; cue phrases in the raw text, such
as a donation appeal that names the paper.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from digest.config import Source
from digest.document import RawDocument


def by_name(name: str, sources: Sequence[Source]) -> Source | None:
    """The configured source whose name or alias is ``name`` (case-insensitive)."""
    key = name.strip().casefold()
    for source in sources:
        if key == source.name.casefold() or key in (a.casefold() for a in source.aliases):
            return source
    return None


def by_url(url: str, sources: Sequence[Source]) -> Source | None:
    """The configured source owning ``url``'s domain (subdomains included)."""
    host = (urlsplit(url).hostname or "").casefold()
    for source in sources:
        if any(host == d or host.endswith("." + d) for d in source.domains):
            return source
    return None


def by_cues(paragraphs: Iterable[str], sources: Sequence[Source]) -> list[Source]:
    """Configured sources whose cue phrases occur in the raw paragraphs."""
    text = "\n".join(paragraphs)
    lowered = text.lower()
    return [s for s in sources if any(cue.search(text, lowered) for cue in s.cues)]


def self_references(doc: RawDocument, publisher: str | None, via: str | None, sources: Sequence[Source]) -> list[str]:
    """Names that refer to the publishing side, never tags: the publisher, the aggregator,
    their aliases, and any configured source whose cues occur in the raw text."""
    names = [n for n in (publisher, via) if n]
    related = [s for s in sources if s.name in names] + by_cues(doc.paragraphs, sources)
    return names + [n for s in related for n in (s.name, *s.aliases)]


def identify(doc: RawDocument, sources: Sequence[Source]) -> tuple[str | None, str | None]:
    """Return (source, via) for a raw document."""
    stated: list[tuple[str, Source | None]] = []
    for name in (doc.overrides.source, doc.source):
        if name:
            stated.append((name, by_name(name, sources)))
    url = doc.overrides.url or doc.url
    found = [s for s in (by_url(url, sources),) if s] if url else []
    found += by_cues(doc.paragraphs, sources)

    publisher: str | None = doc.overrides.source
    via: str | None = doc.overrides.via or doc.via
    for name, known in stated:
        if known is not None and known.aggregator:
            via = via or known.name
        elif publisher is None:
            publisher = known.name if known else name.strip()
    for source in found:
        if source.aggregator:
            via = via or source.name
        elif publisher is None:
            publisher = source.name
    if via is not None:
        known_via = by_name(via, sources)
        via = known_via.name if known_via else via
    return publisher, (via if via != publisher else None)
