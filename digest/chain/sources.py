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

from digest.chain.carried import carried_from, desk_of, republished_from, republisher
from digest.chain.gazetteer import place_kind
from digest.chain.hostwords import in_words
from digest.chain.lookup import by_cues, by_name, by_shown_name, by_url
from digest.chain.publisher import best_publisher
from digest.chain.releases import issuer
from digest.chain.wires import partner_of, wire_of
from digest.config import Source
from digest.config.model import name_key
from digest.readers.document import RawDocument, fold
from digest.readers.fullnames import SEPARATORS
from digest.readers.masthead import compact, looks_like_name, matches, registered_label
from digest.readers.spelling import spelled_in

_SITE_SUFFIX = re.compile(rf"\s+(?P<sep>[{SEPARATORS}]|::|[-–—])\s+(?P<name>[^{SEPARATORS}]{{2,60}})$")
MAX_SITE_SUFFIX_WORDS = 6


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


def not_publishers(authors: Sequence[str], sources: Sequence[Source]) -> tuple[str, ...]:
    """The authors that name no configured publisher or agency ("Jane Roe, Bloomberg": Bloomberg is no writer)."""
    return tuple(a for a in authors if by_name(a, sources) is None)


def self_references(doc: RawDocument, publisher: str | None, via: str | None, sources: Sequence[Source]) -> list[str]:
    """Names that refer to the publishing side, never tags: the publisher, the aggregator,
    their aliases, and any configured source whose cues occur in the raw text."""
    names = [n for n in (publisher, via) if n]
    related = by_shown_name(names, sources) + by_cues(doc.paragraphs, sources)
    return names + [n for s in related for n in (s.name, *s.aliases)] + [f for n in names for f in short_forms(n)]


def title_subject(title: str, names: Sequence[str]) -> frozenset[str]:
    """The publishing side's names that open the article's title, its subject: a company's newsroom announcing its
    own news ("Verdant Harvest Foods to open Sioux City plant"), a paper reporting on itself; its short forms too
    (the text's "Verdant said"). Elsewhere a page's publisher is no tag of its stories.

    >>> sorted(title_subject("Verdant Harvest Foods to open plant", ["Verdant Harvest Foods", "Verdant", "Foods"]))
    ['Verdant', 'Verdant Harvest Foods']
    >>> title_subject("Council approves harbour wall", ["The Kelmouth Courier"])
    frozenset()
    """
    head = fold(title).removeprefix("the ")
    return frozenset(n for n in names if len(key := fold(n).removeprefix("the ")) > 3 and head.startswith(f"{key} "))


def short_forms(name: str) -> list[str]:
    """How an article names its own paper for short: the last word of a name of several ("the Sentinel" in the
    East Bay Sentinel's story, "Runner's Dispatch" as "the Dispatch"); not a place ("NBC Chicago" is no
    "Chicago"); a station's call letters without its channel ("KQSD" of "KQSD 11").

    >>> short_forms("East Bay Sentinel"), short_forms("NBC Chicago"), short_forms("Reuters"), short_forms("KQSD 11")
    (['Sentinel', 'The Sentinel'], [], [], ['KQSD'])
    """
    words = name.split()
    if len(words) == 2 and words[1].isdigit() and words[0].isupper() and len(words[0]) >= 3:
        return [words[0]]
    last = words[-1] if len(words) > 1 else ""
    if len(last) < 4 or not last[0].isupper() or not last[1:].islower() or place_kind(last) is not None:
        return []
    return [last, f"The {last}"]


def recognised(name: str, sources: Sequence[Source], url: str | None) -> Source | None:
    """The configured source a stated name names, unless it is another publisher's alias on a host of its own.

    A name is a source's when it is its name, a raw spelling of it ("Barrons"), an agency's or an
    aggregator's alias, or any alias of a publisher whose domain the URL is (or of one with no domain).
    A publisher's alias stated on another publisher's host is that site's own name, written as the site
    writes it: "The Journal" on a paper's own site is no other paper called "The Journal" somewhere else.
    """
    known = by_name(name, sources)
    if known is None or known.wire or known.aggregator or not known.domains or not url:
        return known
    if name.strip().casefold() == known.name.casefold() or " " not in name.strip():
        return known
    return known if by_url(url, sources) is known or not (urlsplit(url).hostname or "") else None


def _a_label(name: str, url: str | None) -> bool:
    """Whether a declared name is one word that the URL's domain does not spell: a section's or an edition's
    label ("U.S.", "World", "Hosted") rather than the site's name ("Engadget" on engadget.com)."""
    word = name.strip()
    host_like = re.search(r"\w\.[A-Za-z]{2,}$", word) is not None  # "Sott.net": a host's name, not a label
    return bool(url) and " " not in word and not host_like and matches(word, registered_label(url)) == 0


def _own_wording(name: str, known: Source | None, owner: Source | None) -> bool:
    """Whether a page names the publisher that owns its domain in words of its own, which beat the built-in
    table's: a name of several capitalised words ("Kelmouth Evening Echo" for "The Kelmouth Echo") that is
    neither the table's name written otherwise ("Washington Post") nor it with an edition after it ("Business
    Insider Deutschland"). A site's own ``sources.yml`` names its publishers as the editors want them shown."""
    if owner is None or not owner.builtin or known not in (None, owner):
        return False
    words = name.split()
    if len(words) < 2 or not looks_like_name(name) or name.isupper() or name == name.casefold():
        return False
    key = name_key(name)
    return not any(key.startswith(k) for k in owner.squashed)


def _owner_wins(name: str, known: Source | None, owner: Source | None, url: str | None) -> bool:
    """Whether the publisher that owns the URL's domain beats the name a page states.

    It does when the stated name is no configured publisher's (a raw "usatoday", a section's "World", an
    edition's "Business Insider Deutschland", a tagline) or another publisher's that has domains of its own
    (an edition's name on another edition's host); not when the stated name is an agency's or an
    aggregator's (a wire story, a republished one), or a brand that has no domain of its own ("BBC Sport").
    """
    if owner is None or owner.aggregator or known is owner:
        return known is owner and owner is not None
    if owner.wire:  # an agency's page: only a label ("U.S."), a tagline or its own name with a mark ("Kyodo News+")
        return known is None and (
            len(name.split()) == 1 or not looks_like_name(name) or name_key(name) in owner.squashed
        )
    if known is None:  # a site's own entry beats only a raw form of its name: the editors listed the domain
        return owner.builtin or compact(name) in {compact(owner.name), compact(registered_label(url))}
    return not known.wire and not known.aggregator and bool(known.domains)


def identify(doc: RawDocument, sources: Sequence[Source]) -> tuple[str | None, str | None]:
    """Return (source, via) for a raw document; a wire story gets the agency as source, the site as via."""
    publisher, via = _publisher(doc, sources)
    wire = None if doc.overrides.source else wire_of(doc, sources) or partner_of(doc, sources, publisher)
    made = None if wire or doc.overrides.source else desk_of(doc, publisher) or issuer(doc.paragraphs)
    if wire is not None and publisher != wire.name:
        via = via or _carrier(doc, publisher, sources)
        publisher = wire.name
    elif made is not None and made != publisher:  # a desk's story the site carries; a release: its issuer's
        publisher, via = made, via or publisher
    if via is None and doc.banner and (agency := by_name(publisher or "", sources)) and agency.wire:
        carrier = recognised(doc.banner, sources, None)  # the agency's page, carried for the site whose logo it shows
        via = carrier.name if carrier else doc.banner
    return publisher, (via if via != publisher else None)


def _carrier(doc: RawDocument, publisher: str | None, sources: Sequence[Source]) -> str | None:
    """The site that carried a wire story, as it names itself when it declares a readable name of its own
    domain's outlet ("Kelmouth Evening Echo"), or as its title's suffix does when that is its domain's and the page
    declares another (the agency) its publisher; else the publisher found for it."""
    declared = (doc.source or "").strip()
    url = doc.overrides.url or doc.url
    label = registered_label(url) if url else ""
    suffix = site_suffix(doc.title)
    if label and suffix and looks_like_name(suffix) and matches(suffix, label) and not matches(declared, label):
        return suffix  # the page declares the agency its publisher; its title and its address name the site
    if not declared or not looks_like_name(declared) or declared in (declared.casefold(), declared.upper()):
        return publisher
    owner = by_url(url, sources) if url else None
    same = matches(declared, label) > 0 or (owner is not None and by_name(declared, sources) is owner)
    return declared if same else publisher


def _publisher(doc: RawDocument, sources: Sequence[Source]) -> tuple[str | None, str | None]:
    """(publisher, aggregator) from what the document states, its URL and its text."""
    stated: list[tuple[str, Source | None]] = []
    for name in (doc.overrides.source, doc.source):
        if name:
            stated.append((name, recognised(name, sources, doc.overrides.url or doc.url)))
    url = doc.overrides.url or doc.url
    owner = by_url(url, sources) if url else None
    found = [owner] if owner else []
    found += [s for s in by_cues(doc.paragraphs, sources) if not s.wire]

    publisher: str | None = doc.overrides.source
    via: str | None = doc.overrides.via or doc.via
    for name, known in stated:
        if name == doc.source and known is None and owner is None and _a_label(name, url):
            continue  # "U.S.", "World", "Hosted": a section's or an edition's label, no publisher
        if known is not None and known.aggregator:
            via = via or known.name
        elif publisher is None and _own_wording(name, known, owner):
            publisher = name.strip()
        elif publisher is None and _owner_wins(name, known, owner, url):
            publisher = owner.name if owner else None  # the domain's owner, as readers write it: see `_owner_wins`
        elif publisher is None:
            publisher = known.name if known else name.strip()
    for source in found:
        if source.aggregator:
            via = via or source.name
        elif publisher is None:
            publisher = source.name
    original = (
        republished_from(doc.paragraphs) or carried_from(doc.paragraphs, publisher)
        if publisher is None or via is None
        else None
    )
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
    if publisher is None:  # the text's clues, and the domain's name as a last resort
        names = [s.name for s in sources]
        host = host_name(url, [doc.title, *doc.paragraphs], names) if url and owner is None else None
        if named := best_publisher(doc.paragraphs, site_suffix(doc.title), url, host):
            known_named = recognised(named, sources, url)
            publisher = known_named.name if known_named else named
        else:
            publisher = host
    if via is not None:
        known_via = recognised(via, sources, url)
        via = known_via.name if known_via else via
    return publisher, via


def host_name(url: str, texts: Iterable[str], names: Iterable[str] = ()) -> str | None:
    """The last resort: the name of the URL's registered domain, as the text writes it or capitalised.

    Nothing stated or written names the publisher (an editor's saved text with its address):
    ``en.wikinews.org`` gives "Wikinews", a text that writes "BuzzFeed" on ``buzzfeed.com``
    gives "BuzzFeed", one that writes "Kelmouth News Now" on ``kelmouthnewsnow.com`` gives that
    (`spelled_in`). Else the domain's words when each is a word of a publisher's name in ``names``, a place's or a
    number ("Lake County Record Bee", "Fox 13 News"), or a call sign in capitals ("KXAN": `digest.chain.hostwords`);
    a name of other words comes out whole ("Kelmouthnewsnow"), and one with a number none.

    >>> host_name("https://kelmouthnewsnow.com/a", ["Watch Kelmouth News Now at six."])
    'Kelmouth News Now'

    >>> host_name("https://en.wikinews.org/wiki/X", ["A story."])
    'Wikinews'
    >>> host_name("https://www.buzzfeed.com/a", ["Told to BuzzFeed News.", "buzzfeed.com"])
    'BuzzFeed'
    >>> host_name("http://localhost:8000/a", []) is None
    True
    """
    host = urlsplit(url).hostname or ""
    label = registered_label(url)
    if host.count(".") < 1 or not label.isalnum() or len(label) < 3:
        return None
    if not label.isalpha():  # "fox13news": only as words ("Fox 13 News")
        return in_words(label, names)
    texts = list(texts)
    pattern = re.compile(rf"\b{re.escape(label)}\b", re.IGNORECASE)
    for text in texts:
        for found in pattern.finditer(text):
            if found.group()[:1].isupper():
                return found.group()
    # "Kelmouth News Now" for kelmouthnewsnow.com, where the text writes it so
    return spelled_in(" ".join(texts), label) or in_words(label, names) or label.capitalize()
