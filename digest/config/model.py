"""The frozen objects ``site_config/`` compiles into (read by `digest.config.load_config`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from digest.text.prefilter import LiteralFinder, Part


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
    wire: bool = False
    """A news agency whose stories other sites carry: such a story gets the agency as source, the site as via."""
    builtin: bool = False
    """From Digest's own table (`digest.config.sources`), not the site's ``sources.yml``."""
    keys: frozenset[str] = field(init=False, compare=False, repr=False)
    """The name and aliases, casefolded: what a stated name is compared with first."""
    squashed: frozenset[str] = field(init=False, compare=False, repr=False)
    """`name_key` of the name and aliases: how a raw spelling ("Barrons", "usatoday", "TheHill") is recognised."""

    def __post_init__(self) -> None:
        names = (self.name, *self.aliases)
        object.__setattr__(self, "keys", frozenset(n.casefold() for n in names))
        object.__setattr__(self, "squashed", frozenset(k for n in names if (k := name_key(n))))


_DOMAIN_END = re.compile(r"\.(?:com|net|org|info|news|co|tv|ca|in|ie|uk|au|nz|za|sg|co\.uk|com\.au|co\.nz|co\.za)$")
MIN_SQUASHED = 5
"""Shortest raw spelling recognised by its letters alone ("Barrons"); shorter ones ("News", "Time") only as written."""


def name_key(name: str) -> str:
    """A publisher name's letters and digits, lower case, without a leading "The", a handle's "@", "www." or a
    domain ending: the spellings ``Barron's``, ``Barrons`` and ``barrons.com`` share one key.

    >>> name_key("Barron's"), name_key("barrons.com"), name_key("TheHill"), name_key("The Hill"), name_key("News")
    ('barrons', 'barrons', 'hill', 'hill', 'news')
    """
    text = name.strip().lstrip("@").casefold().removeprefix("www.")
    if " " not in text:
        text = _DOMAIN_END.sub("", text)
    key = re.sub(r"[\W_]+", "", text)
    return key[3:] if key.startswith("the") and len(key) > len("the") + 2 else key


@dataclass(frozen=True, slots=True)
class Cue:
    """A boilerplate cue: a pattern, its category and the longest paragraph it may remove."""

    category: str
    pattern: re.Pattern[str]
    max_words: int
    literals: frozenset[str] | None = None
    """Lower-case strings one of which every match contains (see `digest.text.prefilter`)."""
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
    """The pattern's alternatives with their own literals (`prefilter.alternatives`); empty: use it whole."""

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
    background: frozenset[str] = frozenset()
    """Casefolded names of what many articles mention in passing (a pandemic): a tag only when named twice."""
    colours: frozenset[str] = frozenset()
    """Casefolded colour words and finishes ("black", "matte"): a list holding an item of them only is a product's
    colours (`digest.chain.variantlabels`)."""
    role_words: frozenset[str] = field(init=False, compare=False)
    """Casefolded one-word roles ("president", "mp"): never a tag on their own (made from ``roles``)."""

    def __post_init__(self) -> None:
        # made once here: every name an article mentions is checked against it
        object.__setattr__(self, "role_words", frozenset(r.casefold() for r in self.roles if " " not in r))

    def spelt_name(self, text: str) -> bool:
        """A known name written in capitals is that name, not the word it spells: "US" is no "us".

        ``strip`` and ``ignore`` are casefolded, so every check against them asks this first.
        """
        return len(text) > 1 and text.isupper() and text.casefold() in self.aliases


@dataclass(frozen=True, slots=True)
class SiteConfig:
    root: Path
    topics: tuple[Topic, ...]
    fallback_topic: str
    sources: tuple[Source, ...]
    boilerplate: Boilerplate
    entities: EntityRules
    review: bool = False
    """``editing.yml``: new conversions land as drafts (``draft: true``) until an editor publishes them."""

    @property
    def topic_titles(self) -> frozenset[str]:
        return frozenset(t.title for t in self.topics)

    def topic(self, title: str) -> Topic | None:
        return next((t for t in self.topics if t.title == title), None)


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """``topics.yml`` alone: all of ``site_config/`` that the site's pages are made from."""

    root: Path
    topics: tuple[Topic, ...]
    fallback_topic: str

    @property
    def topic_titles(self) -> frozenset[str]:
        return frozenset(t.title for t in self.topics)
