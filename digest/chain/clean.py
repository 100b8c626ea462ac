"""Boilerplate removal for scraped article text.

Scraped text carries more than the article. `clean` keeps every article paragraph
in order and removes the rest, with a reason for each. It reads the page's shape
(`digest.chain.layout`: prose versus labels) together with the cue phrases of
``site_config/boilerplate.yml``:

- **above and below the article**: labels, bylines and buttons before the first
  prose paragraph and after the last one; then the runs of appeal lines at both
  edges (donation asks, sign-ups, author bios, disclaimers, footers), which may
  bridge reader-addressed lines ("we", "your", the publisher's name) and labels;
- **inside the body**: paragraphs matching a cue within its word limits (text in
  double quotes never counts, and appeal cues need a reader address in longer
  paragraphs, so news *about* a paywall stays), the labels around such a line
  (a newsletter box), clusters of two or more labels (link lists, tag lists), and
  the headline lines under "Related stories";
- **captions**: a line ending in a photo credit, the same caption without it, a
  caption line above a credit-only line, and pull quotes;
- **repeats**: the title or byline repeated, duplicate paragraphs, and paragraphs
  that recur across several articles of the same source (`digest.chain.repeats.repeated_paragraphs`).

A lone label between prose paragraphs is a subheading and stays.

Which of these rules run depends on the text (`digest.chain.profiles`): all of them
on scraped plain text; on a page's text, which an extractor already isolated, only
the few measured right on real pages, plus the page's standfirst (a heading above
the first paragraph that repeats the title or reads as a sentence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from digest.chain import inbody
from digest.chain.cleanpage import Page
from digest.chain.layout import MIN_SHORT_SENTENCE_WORDS, is_prose, is_short_sentence, narrates, words
from digest.chain.profiles import SCRAPED, Profile, Rule
from digest.config import Boilerplate
from digest.readers.document import fold, straighten
from digest.text.blocks import Kind

MAX_INNER_EDGE_WORDS = 35
MIN_STANDFIRST_WORDS = 8
"""A heading of this many words reads as a sentence (a standfirst), not as the title of a section."""


@dataclass(frozen=True, slots=True)
class Removed:
    """A paragraph that was taken out, and why."""

    index: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Cleaned:
    kept: tuple[str, ...]
    removed: tuple[Removed, ...]
    everything_looked_like_boilerplate: bool = False
    """True when nothing would have been left: the text is then kept whole."""


def _zone(page: Page, order: Sequence[int]) -> list[int]:
    """Paragraphs before the first (or after the last) prose paragraph that is not a cue; a short sentence
    ("Water will cost more.") ends the zone above the article too, as the article's opening, and one telling what
    happened ("She was 83.", "No one was injured.") the zone below it, as its close."""
    zone: list[int] = []
    for i in order:
        text = page.paragraphs[i]
        opening = is_short_sentence(text) and (order[0] == 0 or narrates(text, MIN_SHORT_SENTENCE_WORDS))
        if (is_prose(text) or opening or page.offer(text)) and not page.edge_reason(i):
            break
        zone.append(i)
    return zone


def _edge_run(page: Page, order: Sequence[int]) -> None:
    """Mark the boilerplate run walking from one edge."""
    pending: list[int] = []
    hits = 0
    for i in order:
        reason = page.reasons.get(i) or page.edge_reason(i)
        if reason:
            for j in pending:
                page.mark(j, "between boilerplate lines", Rule.BRIDGES)
            page.mark(i, reason, Rule.EDGE_RUNS)
            pending, hits = [], hits + 1
        elif Rule.BRIDGES in page.run.rules and page.bridges(i):
            pending.append(i)
        else:
            break
    if hits >= 2:
        for j in pending:
            if words(page.paragraphs[j]) > MAX_INNER_EDGE_WORDS:
                break
            page.mark(j, "next to boilerplate lines", Rule.BRIDGES)


def clean(
    paragraphs: Sequence[str],
    rules: Boilerplate,
    names: Sequence[str] = (),
    repeated: frozenset[str] = frozenset(),
    *,
    title: str = "",
    bylines: tuple[str, ...] = (),
    profile: Profile = SCRAPED,
    kinds: Sequence[Kind] = (),
) -> Cleaned:
    """Split ``paragraphs`` into the article's own paragraphs and removed boilerplate.

    ``names`` are the publisher and aggregator names; ``repeated`` holds `fold`-ed
    paragraphs known to recur across articles of the same source; ``title`` and
    ``bylines`` are the article's metadata, which the text sometimes repeats.
    ``profile`` names the rules that may remove a paragraph (`SCRAPED` for scraped
    text, `EXTRACTED` for text an article extractor already isolated); ``kinds``
    says which paragraphs are headings, list items, quotes or table rows, when known.
    """
    cues = rules.active(straighten("\n".join(paragraphs)).lower())
    if profile.cue_categories is not None:
        cues = tuple(c for c in cues if c.category in profile.cue_categories)
    page = Page(paragraphs, rules, cues, names, repeated, title, bylines, profile, kinds)
    n = len(paragraphs)
    forward, backward = range(n), range(n - 1, -1, -1)
    for order, where in ((forward, "above the article"), (backward, "below the article")):
        for i in _zone(page, order):
            page.mark(i, page.edge_reason(i) or f"label {where}", Rule.EDGE_LABELS)
    _edge_run(page, forward)
    _edge_run(page, backward)
    _standfirst(page)
    inbody.body(page)
    kept = tuple(p for i, p in enumerate(paragraphs) if i not in page.reasons)
    if not kept:
        return Cleaned(tuple(paragraphs), (), everything_looked_like_boilerplate=True)
    removed = tuple(Removed(i, paragraphs[i], page.reasons[i]) for i in sorted(page.reasons))
    return Cleaned(kept, removed)


def _standfirst(page: Page) -> None:
    """Headings above the first paragraph that repeat the title or read as a sentence: the page's standfirst."""
    title = fold(page.title)
    for i, kind in enumerate(page.kinds):
        if kind is Kind.PARAGRAPH:
            return
        text = page.paragraphs[i]
        if kind is Kind.HEADING and (words(text) >= MIN_STANDFIRST_WORDS or _repeats(fold(text), title)):
            page.mark(i, "standfirst (a heading above the article)", Rule.STANDFIRST)


def _repeats(key: str, title: str) -> bool:
    """Whether one of two folded texts holds the other, and the shorter is at least half the longer."""
    shorter, longer = sorted((key, title), key=len)
    return bool(shorter) and shorter in longer and 2 * len(shorter.split()) >= len(longer.split())
