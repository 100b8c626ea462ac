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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from digest.chain.captions import CREDIT_ONLY, caption_like, caption_of
from digest.chain.cues import addresses_reader, first_cue
from digest.chain.layout import (
    is_label,
    is_offer,
    is_prose,
    is_pull_quote,
    is_short_sentence,
    is_timestamp,
    repeats_metadata,
    reports,
    words,
)
from digest.chain.profiles import SCRAPED, Profile, Rule
from digest.config import Boilerplate, Cue
from digest.readers.document import fold, straighten
from digest.text.blocks import Kind

_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
MAX_HEADLINE_WORDS = 15
MAX_INNER_EDGE_WORDS = 35
MIN_STANDFIRST_WORDS = 8
"""A heading of this many words reads as a sentence (a standfirst), not as the title of a section."""
REST_FROM = 0.6
"""A "then: rest" heading only counts in the last 40% of the paragraphs."""


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


def _headline_like(text: str) -> bool:
    """A line in a list of links: short, and a headline rather than a sentence."""
    stripped = text.strip()
    return words(stripped) <= MAX_HEADLINE_WORDS and (
        bool(_NUMBERED.match(stripped)) or not stripped.endswith((".", "!", "?", '"', "”"))
    )


@dataclass(slots=True)
class _Page:
    """One article's paragraphs with what the passes have decided so far."""

    paragraphs: Sequence[str]
    rules: Boilerplate
    cues: Sequence[Cue]
    names: Sequence[str]
    repeated: frozenset[str]
    title: str
    bylines: tuple[str, ...]
    run: Profile = SCRAPED
    kinds: Sequence[Kind] = ()
    reasons: dict[int, str] = field(default_factory=dict)

    def mark(self, i: int, reason: str, rule: Rule) -> None:
        """Remove paragraph ``i`` for ``reason`` when ``rule`` is one this page runs."""
        if rule in self.run.rules and not (self.kinds and self.kinds[i] in self.run.keeps):
            self.reasons.setdefault(i, reason)

    def edge_reason(self, i: int) -> str:
        """Why paragraph ``i`` belongs to an edge run by itself ("" when it does not)."""
        text = self.paragraphs[i]
        cue = first_cue(text, self.cues, edge=True)
        if cue is not None:
            return cue.category
        if Rule.REPEATS in self.run.rules and fold(text) in self.repeated:
            return "repeated across articles of this source"
        if Rule.METADATA in self.run.rules and repeats_metadata(text, self.title, self.bylines):
            return "title or byline repeated"
        return ""

    def offer(self, text: str) -> bool:
        """A priced line this page keeps as an item of a list of offers (not under `Rule.OFFER_LABELS`)."""
        return is_offer(text) and Rule.OFFER_LABELS not in self.run.rules

    def bridges(self, i: int) -> bool:
        """Whether paragraph ``i`` may sit inside a run of boilerplate without being a cue.

        A paragraph that reports ("said", "according to") is news even when it
        names the publisher, as in a story about the paper itself.
        """
        text = self.paragraphs[i]
        if is_label(text):  # a priced line too: "$1 a week" between two subscription appeals
            return True
        return not reports(text) and (addresses_reader(text) or any(n in text for n in self.names))


def _zone(page: _Page, order: Sequence[int]) -> list[int]:
    """Paragraphs before the first (or after the last) prose paragraph that is not a cue; a short sentence
    ("Water will cost more.") ends the zone above the article too, as the article's opening."""
    zone: list[int] = []
    for i in order:
        text = page.paragraphs[i]
        opening = order[0] == 0 and is_short_sentence(text)
        if (is_prose(text) or opening or page.offer(text)) and not page.edge_reason(i):
            break
        zone.append(i)
    return zone


def _edge_run(page: _Page, order: Sequence[int]) -> None:
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
    page = _Page(paragraphs, rules, cues, names, repeated, title, bylines, profile, kinds)
    n = len(paragraphs)
    forward, backward = range(n), range(n - 1, -1, -1)
    for order, where in ((forward, "above the article"), (backward, "below the article")):
        for i in _zone(page, order):
            page.mark(i, page.edge_reason(i) or f"label {where}", Rule.EDGE_LABELS)
    _edge_run(page, forward)
    _edge_run(page, backward)
    _standfirst(page)
    _body(page)
    kept = tuple(p for i, p in enumerate(paragraphs) if i not in page.reasons)
    if not kept:
        return Cleaned(tuple(paragraphs), (), everything_looked_like_boilerplate=True)
    removed = tuple(Removed(i, paragraphs[i], page.reasons[i]) for i in sorted(page.reasons))
    return Cleaned(kept, removed)


def _standfirst(page: _Page) -> None:
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


def _body(page: _Page) -> None:
    """Mark boilerplate inside the body (see the module docstring)."""
    paragraphs = page.paragraphs
    folded = [fold(p) for p in paragraphs]
    seen: set[str] = {folded[i] for i in page.reasons}
    for i in range(len(paragraphs)):
        if i in page.reasons:
            continue
        reason, rule = _body_reason(page, i, folded, seen)
        if reason and rule is not None:
            page.mark(i, reason, rule)
        seen.add(folded[i])
    _label_clusters(page)


def _body_reason(page: _Page, i: int, folded: Sequence[str], seen: set[str]) -> tuple[str, Rule | None]:
    """Why paragraph ``i`` inside the body is not the article, and the rule that says so ("" when it is)."""
    text, paragraphs = page.paragraphs[i], page.paragraphs
    cue = first_cue(text, page.cues) if Rule.CUES in page.run.rules else None
    if cue is not None:
        _follow(page, i, cue)
        if cue.category == "credit" and i > 0 and i - 1 not in page.reasons and caption_like(paragraphs[i - 1]):
            page.mark(i - 1, "caption (above its credit line)", Rule.CUES)
        return cue.category, Rule.CUES
    caption = caption_of(text, page.rules) if Rule.CAPTIONS in page.run.rules else None
    if caption is not None or (Rule.CAPTIONS in page.run.rules and CREDIT_ONLY.match(text)):
        if caption and i > 0 and folded[i - 1] == fold(caption):
            page.reasons[i - 1] = "caption (repeated above its credit)"
        elif caption is None and i > 0 and i - 1 not in page.reasons and _headline_like(paragraphs[i - 1]):
            page.reasons[i - 1] = "caption (above a credit line)"
        seen.add(fold(caption or ""))
        return "caption with photo credit", Rule.CAPTIONS
    checks = (
        (not folded[i], "no words", Rule.NO_WORDS),
        (folded[i] in seen, "duplicate paragraph", Rule.DUPLICATES),
        (folded[i] in page.repeated, "repeated across articles of this source", Rule.REPEATS),
        (repeats_metadata(text, page.title, page.bylines), "title or byline repeated", Rule.METADATA),
        (is_pull_quote(text, list(paragraphs)), "pull quote", Rule.PULL_QUOTES),
    )
    return next(((reason, rule) for found, reason, rule in checks if found and rule in page.run.rules), ("", None))


def _label_clusters(page: _Page) -> None:
    """Labels next to a removed cue line (a newsletter box) and runs of two or more labels."""
    paragraphs, n = page.paragraphs, len(page.paragraphs)
    labels = [
        is_label(p) and not page.offer(p) and i not in page.reasons and not is_timestamp(p)
        for i, p in enumerate(paragraphs)
    ]
    for i in range(n):
        if not labels[i]:
            continue
        beside_cue = any(0 <= j < n and page.reasons.get(j) in _BOX_CATEGORIES for j in (i - 1, i + 1))
        in_cluster = (i > 0 and labels[i - 1]) or (i + 1 < n and labels[i + 1])
        if beside_cue or in_cluster:
            page.mark(i, "label beside boilerplate" if beside_cue else "list of labels or links", Rule.LABEL_CLUSTERS)


_BOX_CATEGORIES = frozenset({"appeal", "newsletter", "consent", "privacy"})
"""Cue categories that come in boxes: the labels right beside such a line belong to the box."""


def _follow(page: _Page, i: int, cue: Cue) -> None:
    """Apply a cue's ``then``: the link lines under a list heading, or the rest of the article."""
    paragraphs, n = page.paragraphs, len(page.paragraphs)
    if cue.then == "links":
        j = i + 1
        while j < n and _headline_like(paragraphs[j]):
            page.mark(j, "link list", Rule.LINK_LISTS)
            j += 1
    elif cue.then == "rest" and i >= REST_FROM * n:
        for j in range(i + 1, n):
            page.mark(j, f"after '{paragraphs[i].strip()}'", Rule.REST)
