"""Who published an article (``source``) and what republished it (``via``).

Evidence, strongest first: the editor's override; a name the input states (an
og:site_name, a feed title, a ``Source:`` line), mapped through
``site_config/sources.yml``; the URL's domain; cue phrases in the raw text, such
as a donation appeal that names the paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from digest.chain.publisher import a_date, best_publisher
from digest.config import Source
from digest.readers.document import RawDocument
from digest.readers.masthead import compact, looks_like_name, registered_label

_NAME = r"(?P<name>(?:[Tt]he )?[A-Z][\w&'’-]*(?: (?:of |for |and |the |&)?[A-Z][\w&'’-]*){0,5})"
_REPUBLISHED = re.compile(rf"\b(?:originally|first) (?:published|appeared|posted|ran) (?:by|in|on|at) {_NAME}")
_REPUBLISHER = re.compile(rf"\b(?:is |was )?(?:republished|syndicated|reposted) (?:by|on|in) {_NAME}")
_SITE_SUFFIX = re.compile(r"\s+(?P<sep>[|｜·•]|::|[-–—])\s+(?P<name>[^|｜·•]{2,60})$")
MAX_SITE_SUFFIX_WORDS = 6


def _first_name(patterns: Iterable[re.Pattern[str]], paragraphs: Sequence[str]) -> str | None:
    for pattern in patterns:
        for paragraph in paragraphs:
            for match in pattern.finditer(paragraph):
                if not a_date(name := match.group("name").rstrip(".")):
                    return name
    return None


def republished_from(paragraphs: Sequence[str]) -> str | None:
    """The original publisher a republication footer names ("originally published by Ridgeline Report")."""
    return _first_name((_REPUBLISHED,), paragraphs)


def republisher(paragraphs: Sequence[str]) -> str | None:
    """The site a footer says republished the article ("is republished by Harbourline")."""
    return _first_name((_REPUBLISHER,), paragraphs)


def site_suffix(title: str) -> str | None:
    """The site name after a headline ("Story | CBC News" -> "CBC News"), when it looks like one."""
    match = _SITE_SUFFIX.search(title)
    if not match:
        return None
    suffix = match.group("name").strip()
    words = suffix.split()
    if len(words) > MAX_SITE_SUFFIX_WORDS or not all(
        w[:1].isupper() or w.casefold() in {"the", "of", "and"} for w in words
    ):
        return None
    return suffix


def strip_site_name(title: str, names: Iterable[str]) -> str:
    """Drop a site name appended to a headline: "Story | The Ledger" -> "Story".

    After ``|`` (or ``·``, ``::``) any short suffix goes; after a dash only one of
    ``names`` does, since dashes also occur inside real headlines.
    """
    match = _SITE_SUFFIX.search(title)
    if not match:
        return title
    suffix = match.group("name").strip()
    known = suffix.casefold() in {n.casefold() for n in names}
    pipe = match.group("sep") not in "-–—"
    if known or (pipe and len(suffix.split()) <= MAX_SITE_SUFFIX_WORDS and looks_like_name(suffix)):
        head = title[: match.start()].strip()
        return head if len(head.split()) >= 3 else title
    return title


def by_name(name: str, sources: Sequence[Source]) -> Source | None:
    """The configured source whose name or alias is ``name`` (case-insensitive)."""
    key = name.strip().casefold()
    for source in sources:
        if key == source.name.casefold() or key in (a.casefold() for a in source.aliases):
            return source
    return None


def not_publishers(authors: Sequence[str], sources: Sequence[Source]) -> tuple[str, ...]:
    """The authors that name no configured publisher or agency ("Jane Roe, Bloomberg": Bloomberg is no writer)."""
    return tuple(a for a in authors if by_name(a, sources) is None)


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


_DATELINE_AGENCY = re.compile(r"^[^()\n]{0,60}?\((?P<name>[A-Za-z][\w .&'’-]{1,40})\)\s*(?:[-–—_]|--)")
"""A dateline that credits an agency: "WASHINGTON (AP) —", "(Reuters) -", "LONDON, May 6 (Reuters) -", "(AP) _"."""


_COPYRIGHT = re.compile(
    r"^\s*(?:copyright\b|©|\(c\))[\s©]*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?P<name>[^.,;]{2,60}?)\s*(?:[.,;]|$)", re.I
)
"""A copyright line: "Copyright 2019 The Associated Press. All rights reserved.", "© 2019 AFP"."""
MAX_CLOSING_LINES = 3
"""A story's own copyright line closes it: the last paragraphs only (a caption's credit is no story's)."""


def _mentions(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def wire_of(doc: RawDocument, sources: Sequence[Source]) -> Source | None:
    """The news agency a story is credited to: by its dateline, its byline or author field (or the metadata's
    author), its closing copyright line, or a cue."""
    wires = [s for s in sources if s.wire]
    if not wires:
        return None
    dateline = next((m for p in doc.paragraphs[:5] if (m := _DATELINE_AGENCY.match(p))), None)
    if dateline is not None:  # the dateline names the agency: no other clue overrules it
        return by_name(dateline.group("name"), wires)
    for credit in doc.credits:
        for wire in wires:
            if any(_mentions(n, credit) for n in (wire.name, *wire.aliases) if len(n) > 3 or n.isupper()):
                return wire
    for line in doc.paragraphs[-MAX_CLOSING_LINES:]:
        if (holder := _COPYRIGHT.match(line)) and (agency := by_name(holder.group("name"), wires)):
            return agency  # "Copyright 2019 The Associated Press. All rights reserved."
    found = by_cues(doc.paragraphs, wires)
    return found[0] if found else None


def _raw_form(name: str, owner: Source, url: str | None) -> bool:
    """Whether a stated name is the URL owner's name written raw: its domain's name ("usatoday", "nj")."""
    return not owner.aggregator and compact(name) in {compact(owner.name), registered_label(url)}


def identify(doc: RawDocument, sources: Sequence[Source]) -> tuple[str | None, str | None]:
    """Return (source, via) for a raw document; a wire story gets the agency as source, the site as via."""
    publisher, via = _publisher(doc, sources)
    wire = None if doc.overrides.source else wire_of(doc, sources)
    if wire is not None and publisher != wire.name:
        via = via or publisher
        publisher = wire.name
    if via is None and doc.banner and (agency := by_name(publisher or "", sources)) and agency.wire:
        carrier = by_name(doc.banner, sources)  # the agency's own page, carried for the site whose logo it shows
        via = carrier.name if carrier else doc.banner
    return publisher, (via if via != publisher else None)


def _publisher(doc: RawDocument, sources: Sequence[Source]) -> tuple[str | None, str | None]:
    """(publisher, aggregator) from what the document states, its URL and its text."""
    stated: list[tuple[str, Source | None]] = []
    for name in (doc.overrides.source, doc.source):
        if name:
            stated.append((name, by_name(name, sources)))
    url = doc.overrides.url or doc.url
    owner = by_url(url, sources) if url else None
    found = [owner] if owner else []
    found += by_cues(doc.paragraphs, [s for s in sources if not s.wire])

    publisher: str | None = doc.overrides.source
    via: str | None = doc.overrides.via or doc.via
    for name, known in stated:
        if known is not None and known.aggregator:
            via = via or known.name
        elif publisher is None and known is None and owner is not None and _raw_form(name, owner, url):
            publisher = owner.name  # "usatoday" stated on usatoday.com: the owner's name as readers write it
        elif publisher is None:
            publisher = known.name if known else name.strip()
    for source in found:
        if source.aggregator:
            via = via or source.name
        elif publisher is None:
            publisher = source.name
    original = republished_from(doc.paragraphs) if publisher is None or via is None else None
    if original:
        known_original = by_name(original, sources)
        name = known_original.name if known_original else original
        if publisher is None:
            publisher = name
        elif name != publisher:  # the stated source republished another publisher's story
            publisher, via = name, publisher
    if via is None and (portal := republisher(doc.paragraphs)):
        known_portal = by_name(portal, sources)
        via = known_portal.name if known_portal else portal
    if publisher is None and via is not None:  # an aggregator's page: the publisher its metadata names
        for name in doc.providers:
            if (known := by_name(name, sources)) is None or not known.aggregator:
                publisher = known.name if known else name
                break
    host = host_name(url, [doc.title, *doc.paragraphs]) if url and owner is None else None
    if publisher is None and (named := best_publisher(doc.paragraphs, site_suffix(doc.title), url, host)):
        known_named = by_name(named, sources)
        publisher = known_named.name if known_named else named
    if publisher is None:
        publisher = host
    if via is not None:
        known_via = by_name(via, sources)
        via = known_via.name if known_via else via
    return publisher, via


def host_name(url: str, texts: Iterable[str]) -> str | None:
    """The last resort: the name of the URL's registered domain, as the text writes it or capitalised.

    Nothing stated or written names the publisher (an editor's saved text with its address):
    ``en.wikinews.org`` gives "Wikinews", a text that writes "BuzzFeed" on ``buzzfeed.com``
    gives "BuzzFeed". A domain of several words run together comes out as one
    ("Usatoday"); ``site_config/sources.yml`` names it as readers do.

    >>> host_name("https://en.wikinews.org/wiki/X", ["A story."])
    'Wikinews'
    >>> host_name("https://www.buzzfeed.com/a", ["Told to BuzzFeed News.", "buzzfeed.com"])
    'BuzzFeed'
    >>> host_name("http://localhost:8000/a", []) is None
    True
    """
    host = urlsplit(url).hostname or ""
    label = registered_label(url)
    if host.count(".") < 1 or not label.isalpha() or len(label) < 3:
        return None
    pattern = re.compile(rf"\b{re.escape(label)}\b", re.IGNORECASE)
    for text in texts:
        for found in pattern.finditer(text):
            if found.group()[:1].isupper():
                return found.group()
    return label.capitalize()
