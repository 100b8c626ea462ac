"""Boilerplate removal for scraped article text.

Scraped text carries more than the article. `clean` keeps every article paragraph
in order and removes, with a reason for each:

- **edge runs**: the block of appeal lines at the top and bottom (donation asks,
  newsletter sign-ups, "we don't spam", "originally published on" footers). A run
  is made of cue paragraphs (matching a pattern of ``site_config/boilerplate.yml``,
  or recurring across articles of the source) and reader-addressed paragraphs
  ("we", "your", the publisher's name) between cue paragraphs, or, when the run has
  at least two cues, short ones at its inner end;
- **marked lines** inside the body: paragraphs matching a cue within its word limit;
  text in double quotes never counts, and appeal cues need a reader address in
  longer paragraphs, so news *about* a paywall stays;
- **lists and sections**: the headline lines under "Related stories" or "Most read",
  and everything after an "About <organisation>" heading near the end;
- **captions**: a line ending in a photo credit in parentheses, the same caption
  without its credit, and a caption line above a credit-only line;
- **duplicates**: a paragraph already seen in this article;
- **repeats**: a paragraph that recurs across several articles of the same source
  (computed over a batch by `repeated_paragraphs`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from digest.config import Boilerplate, Cue
from digest.document import fold, straighten

_QUOTED = re.compile(r'"[^"]*"')
_READER_ADDRESSED = re.compile(r"\b(we|we're|we've|our|ours|us|you|your|you're)\b", re.IGNORECASE)
_CREDIT_SUFFIX = re.compile(r"^(?P<caption>.*?)\s*\((?P<credit>[^()]{2,120})\)\s*$", re.DOTALL)
_CREDIT_ONLY = re.compile(r"^\s*\((?P<credit>[^()]{2,120})\)\s*$")
_STRONG_CREDIT = re.compile(r"\b(photo|photograph|image|getty|courtesy)\b|\w/\w", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
_TERMINAL = tuple(".!?:;\"'”’")
MAX_CAPTION_WORDS = 60
MAX_PUNCTUATED_CAPTION_WORDS = 40
MAX_HEADLINE_WORDS = 15
MAX_INNER_EDGE_WORDS = 35
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


def _words(text: str) -> int:
    return len(text.split())


def _outside_quotes(text: str) -> str:
    return _QUOTED.sub(" ", straighten(text))


def addresses_reader(text: str) -> bool:
    """Whether ``text`` speaks to the reader ("we", "our", "you") outside quotation marks."""
    return bool(_READER_ADDRESSED.search(_outside_quotes(text)))


def first_cue(text: str, cues: Sequence[Cue], *, edge: bool = False) -> Cue | None:
    """The first of ``cues`` matching ``text`` (outside quotes) within its word limits."""
    if not cues:
        return None
    haystack = _outside_quotes(text)
    lowered = haystack.lower()
    words = _words(text)
    addressed: bool | None = None
    for cue in cues:
        limit = cue.max_words * 2 if edge else cue.max_words
        if words > limit or not cue.search(haystack, lowered):
            continue
        if cue.max_words_unaddressed is not None and words > cue.max_words_unaddressed:
            if addressed is None:
                addressed = bool(_READER_ADDRESSED.search(haystack))
            if not addressed:
                continue
        return cue
    return None


def _is_shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def caption_of(text: str, rules: Boilerplate) -> str | None:
    """The caption text when ``text`` is a caption ending in a photo credit, else ``None``.

    A caption usually has no final full stop; one that has (agency style, "... on
    Thursday. (AP Photo/Jane Doe)") needs a credit that names a photo or a
    photographer and must be short.
    """
    match = _CREDIT_SUFFIX.match(text)
    if not match or _words(text) > MAX_CAPTION_WORDS:
        return None
    caption, credit = match.group("caption").strip(), match.group("credit")
    if not caption or not (rules.credit.search(credit) or _is_shouting(credit)):
        return None
    if caption.endswith(_TERMINAL):
        strong = _STRONG_CREDIT.search(credit) and _words(caption) <= MAX_PUNCTUATED_CAPTION_WORDS
        if not strong or caption.rstrip(".").count(". ") > 0:
            return None
    return caption


def _headline_like(text: str) -> bool:
    """A line in a list of links: short, and a headline rather than a sentence."""
    stripped = text.strip()
    return _words(stripped) <= MAX_HEADLINE_WORDS and (
        bool(_NUMBERED.match(stripped)) or not stripped.endswith((".", "!", "?", '"', "”"))
    )


def _edge_run(
    order: Sequence[int],
    paragraphs: Sequence[str],
    cues: Sequence[Cue],
    names: Sequence[str],
    repeated: frozenset[str],
) -> list[tuple[int, str]]:
    """Indexes of the boilerplate run walking from one edge, with their reasons."""
    run: list[tuple[int, str]] = []
    pending: list[int] = []
    hits = 0
    for i in order:
        text = paragraphs[i]
        cue = first_cue(text, cues, edge=True)
        reason = cue.category if cue else ("repeated across articles of this source" if fold(text) in repeated else "")
        if reason:
            run += [(j, "appeal (between appeal lines)") for j in pending] + [(i, reason)]
            pending = []
            hits += 1
        elif addresses_reader(text) or any(n in text for n in names):
            pending.append(i)
        else:
            break
    if hits >= 2:
        for j in pending:
            if _words(paragraphs[j]) > MAX_INNER_EDGE_WORDS:
                break
            run.append((j, "appeal (next to appeal lines)"))
    return run


def clean(
    paragraphs: Sequence[str],
    rules: Boilerplate,
    names: Sequence[str] = (),
    repeated: frozenset[str] = frozenset(),
) -> Cleaned:
    """Split ``paragraphs`` into the article's own paragraphs and removed boilerplate.

    ``names`` are the publisher and aggregator names (a paragraph naming them may be
    part of an appeal run); ``repeated`` holds `fold`-ed paragraphs known to recur
    across articles of the same source.
    """
    n = len(paragraphs)
    cues = rules.active(straighten("\n".join(paragraphs)).lower())
    reasons: dict[int, str] = {}
    for order in (range(n), range(n - 1, -1, -1)):
        for i, reason in _edge_run(order, paragraphs, cues, names, repeated):
            reasons.setdefault(i, reason)
    folded = [fold(p) for p in paragraphs]
    seen: set[str] = {folded[i] for i in reasons}
    for i, text in enumerate(paragraphs):
        if i in reasons:
            continue
        reason = _body_reason(
            i,
            text,
            folded=folded,
            seen=seen,
            paragraphs=paragraphs,
            cues=cues,
            rules=rules,
            repeated=repeated,
            reasons=reasons,
        )
        if reason:
            reasons[i] = reason
        seen.add(folded[i])
    kept = tuple(p for i, p in enumerate(paragraphs) if i not in reasons)
    removed = tuple(Removed(i, paragraphs[i], reasons[i]) for i in sorted(reasons))
    return Cleaned(kept, removed)


def _body_reason(
    i: int,
    text: str,
    *,
    folded: Sequence[str],
    seen: set[str],
    paragraphs: Sequence[str],
    cues: Sequence[Cue],
    rules: Boilerplate,
    repeated: frozenset[str],
    reasons: dict[int, str],
) -> str:
    """Why paragraph ``i`` inside the body is not the article ("" when it is)."""
    cue = first_cue(text, cues)
    if cue is not None:
        _follow(i, cue, paragraphs, reasons)
        return cue.category
    caption = caption_of(text, rules)
    if caption is not None or _CREDIT_ONLY.match(text):
        if caption and i > 0 and folded[i - 1] == fold(caption):
            reasons[i - 1] = "caption (repeated above its credit)"
        elif caption is None and i > 0 and i - 1 not in reasons and _headline_like(paragraphs[i - 1]):
            reasons[i - 1] = "caption (above a credit line)"
        seen.add(fold(caption or ""))
        return "caption with photo credit"
    if not folded[i]:
        return "no words"
    if folded[i] in seen:
        return "duplicate paragraph"
    if folded[i] in repeated:
        return "repeated across articles of this source"
    return ""


def _follow(i: int, cue: Cue, paragraphs: Sequence[str], reasons: dict[int, str]) -> None:
    """Apply a cue's ``then``: the link lines under a list heading, or the rest of the article."""
    n = len(paragraphs)
    if cue.then == "links":
        j = i + 1
        while j < n and _headline_like(paragraphs[j]):
            reasons.setdefault(j, "link list")
            j += 1
    elif cue.then == "rest" and i >= REST_FROM * n:
        for j in range(i + 1, n):
            reasons.setdefault(j, f"after '{paragraphs[i].strip()}'")


def repeated_paragraphs(documents: Iterable[Sequence[str]], min_docs: int) -> frozenset[str]:
    """`fold`-ed paragraphs that occur in at least ``min_docs`` of ``documents``."""
    counts: Counter[str] = Counter()
    for paragraphs in documents:
        counts.update({fold(p) for p in paragraphs} - {""})
    return frozenset(text for text, count in counts.items() if count >= min_docs)
