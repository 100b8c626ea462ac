"""`RawDocument`: what every reader produces and the conversion chain consumes.

Readers (plain text, HTML, feeds) know their format and nothing else; they hand
over a title, the paragraphs in order and whatever metadata the input states
explicitly. Nothing here is guessed from body text.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from digest.text.blocks import Block

MAX_TITLE_CHARS = 200


@dataclass(frozen=True, slots=True)
class Overrides:
    """Values an editor states outside the raw text (a sidecar or the curation list)."""

    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    via: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    featured: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as read from an input, before cleaning."""

    original: str
    """Where it came from: a project-relative POSIX path or a URL."""
    title: str
    paragraphs: tuple[str, ...]
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    """Publisher as stated by the input's metadata (site name, feed title, header line)."""
    via: str | None = None
    authors: tuple[str, ...] = ()
    lang: str | None = None
    image: str | None = None
    categories: tuple[str, ...] = ()
    """Categories or keywords the input states (feed categories, meta keywords)."""
    standfirst: str | None = None
    """The page's declared description when the page prints it as a heading above the article (a
    standfirst, not the lead)."""
    credits: tuple[str, ...] = ()
    """Bylines and author fields as stated, organisations included ("Tom Davies, Associated Press"):
    where a page credits the news agency whose story it carries."""
    notes: tuple[str, ...] = ()
    """What the reader noticed and the user should hear (e.g. "decoded as Windows-1252")."""
    overrides: Overrides = field(default_factory=Overrides)
    blocks: tuple[Block, ...] = ()
    """The structure of each paragraph (heading, list item, quote, table row), when the input has one.

    Empty, or one block per paragraph with the paragraph as its text."""
    extracted: bool = False
    """The paragraphs were isolated from a page by an article extractor (cleaned by the rules right on such text)."""
    banner: str | None = None
    """The site whose banner a page wears when its logo links home to another site than the page's
    (`digest.readers.banner.banner_site`): the newspaper a news agency's page was carried for."""

    live: bool = False
    """The page declares itself a live blog (JSON-LD ``LiveBlogPosting``): entries, no lead."""
    pictures: int = 0
    """How many pictures the page's captions number over their count (`digest.readers.pageshape.numbered_pictures`)."""
    providers: tuple[str, ...] = ()
    """Other names than the site's that the page's metadata gives the publisher of its content (a JSON-LD
    publisher, provider or source organisation): who published a story an aggregator's page carries."""
    picture_credits: tuple[str, ...] = ()
    """The page's pictures' credits ("Al Goldis, Associated Press"; `digest.readers.pageshape.picture_credits`)."""
    works: tuple[str, ...] = ()
    """Works' titles the input marks (in italics or ``<cite>``) that would read as several names: "The Captain and
    Me" (`digest.readers.emphasis`)."""

    def __post_init__(self) -> None:
        if self.blocks and tuple(b.text for b in self.blocks) != self.paragraphs:
            raise ValueError(f"{self.original}: blocks do not match the paragraphs")

    @property
    def stable_id(self) -> str:
        """12 hex digits from the canonical URL when known, else from the text."""
        url = self.overrides.url or self.url
        basis = f"url:{canonical_url(url)}" if url else "text:" + fold(" ".join((self.title, *self.paragraphs)))
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]


_QUOTES = (("‘", "'"), ("’", "'"), ("‚", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("´", "'"), ("`", "'"))
_SEPARATORS = re.compile(r"[\W_]+")


def straighten(text: str) -> str:
    """Replace typographic quotes with ASCII ones (for matching, never for output)."""
    # Chained str.replace is several times faster than str.translate with a dict.
    for curly, plain in _QUOTES:
        if curly in text:
            text = text.replace(curly, plain)
    return text


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Comparison key: NFKC, casefolded, quotes straightened, punctuation dropped.

    Remembered for the last tens of thousands of texts: cleaning compares each paragraph
    with the title, the bylines and the other paragraphs, again and again, and a batch
    folds every paragraph once before converting (repeats across articles of a source).

    >>> fold("  The “Quick”   brown—fox! ")
    'the quick brown fox'
    """
    text = unicodedata.normalize("NFKC", straighten(text)).casefold()
    return _SEPARATORS.sub(" ", text).strip(" ")  # the runs of [^\W_] between separators, single-spaced


_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref)$", re.IGNORECASE)


def canonical_url(url: str) -> str:
    """A URL's comparison form: lower-case host, no fragment, no tracking parameters.

    >>> canonical_url("HTTPS://Example.com/a/?utm_source=x&id=3#top")
    'https://example.com/a?id=3'
    """
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") or ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{1,30}(?:,\s*[A-Z][\w .'’-]{1,30})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+(?=[A-Z“\"])"
)


def strip_dateline(sentence: str) -> str:
    """Drop a wire dateline from an article's first sentence.

    >>> strip_dateline("LISBON, Portugal (Sample Wire) — Chile and Portugal signed a deal.")
    'Chile and Portugal signed a deal.'
    >>> strip_dateline("TULSA, Okla. (KXGT) — Floodwater rose.")
    'Floodwater rose.'
    """
    return _DATELINE.sub("", sentence, count=1)


def shorten_title(title: str) -> tuple[str, str | None]:
    """Collapse whitespace; cut a runaway title at a word boundary. Returns (title, note)."""
    title = " ".join(title.split())
    if len(title) <= MAX_TITLE_CHARS:
        return title, None
    cut = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:-–—") or title[:MAX_TITLE_CHARS]
    return cut + "…", f"title shortened from {len(title):,} to {len(cut) + 1} characters"
