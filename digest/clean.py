"""Boilerplate removal for scraped article text.

Scraped text carries more than the article. `clean` keeps every article paragraph
in order and removes, with a reason for each:

- **edge runs**: the block of appeal lines at the top and bottom (donation asks,
  newsletter sign-ups, "we don't spam", "originally published on" footers). A run
  is made of cue paragraphs (matching a pattern of ``site_config/boilerplate.yml``)
  and may bridge reader-addressed paragraphs ("we", "your", the publisher's name)
  that sit *between* cue paragraphs;
- **marked lines** inside the body: short paragraphs matching a cue outside quotes
  ("Read more: ...", "Advertisement");
- **captions**: a line ending in a photo credit in parentheses, and the same
  caption repeated without the credit;
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
_TERMINAL = tuple(".!?:;\"'”’")
MAX_CAPTION_WORDS = 60


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


def first_cue(text: str, cues: Sequence[Cue], *, edge: bool = False) -> Cue | None:
    """The first of ``cues`` matching ``text`` within its word limit (outside quotes inside the body)."""
    if not cues:
        return None
    haystack = straighten(text) if edge else _outside_quotes(text)
    lowered = haystack.lower()
    words = _words(text)
    for cue in cues:
        limit = cue.max_words * 2 if edge else cue.max_words
        if words <= limit and cue.search(haystack, lowered):
            return cue
    return None


def _is_shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _credit(text: str, rules: Boilerplate) -> bool:
    return bool(rules.credit.search(text)) or _is_shouting(text)


def caption_of(text: str, rules: Boilerplate) -> str | None:
    """The caption text when ``text`` is a caption ending in a photo credit, else ``None``."""
    match = _CREDIT_SUFFIX.match(text)
    if not match or _words(text) > MAX_CAPTION_WORDS:
        return None
    caption = match.group("caption").strip()
    if caption.endswith(_TERMINAL) or not _credit(match.group("credit"), rules):
        return None
    return caption


def _edge_run(
    order: Iterable[int], paragraphs: Sequence[str], cues: Sequence[Cue], names: Sequence[str]
) -> list[tuple[int, str]]:
    """Indexes of the boilerplate run walking from one edge, with their reasons."""
    run: list[tuple[int, str]] = []
    pending: list[int] = []
    for i in order:
        text = paragraphs[i]
        cue = first_cue(text, cues, edge=True)
        if cue is not None:
            run += [(j, "appeal (between appeal lines)") for j in pending] + [(i, cue.category)]
            pending = []
        elif _READER_ADDRESSED.search(_outside_quotes(text)) or any(n in text for n in names):
            pending.append(i)
        else:
            break
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
    for i, reason in _edge_run(range(n), paragraphs, cues, names):
        reasons.setdefault(i, reason)
    for i, reason in _edge_run(range(n - 1, -1, -1), paragraphs, cues, names):
        reasons.setdefault(i, reason)
    folded = [fold(p) for p in paragraphs]
    seen: set[str] = set()
    for i, text in enumerate(paragraphs):
        if i in reasons:
            seen.add(folded[i])
            continue
        cue = first_cue(text, cues)
        caption = caption_of(text, rules)
        if cue is not None:
            reasons[i] = cue.category
        elif caption is not None or _CREDIT_ONLY.match(text):
            reasons[i] = "caption with photo credit"
            if caption and i > 0 and folded[i - 1] == fold(caption):
                reasons[i - 1] = "caption (repeated above its credit)"
            seen.add(fold(caption or ""))
        elif not folded[i]:
            reasons[i] = "no words"
        elif folded[i] in seen:
            reasons[i] = "duplicate paragraph"
        elif folded[i] in repeated:
            reasons[i] = "repeated across articles of this source"
        seen.add(folded[i])
    kept = tuple(p for i, p in enumerate(paragraphs) if i not in reasons)
    removed = tuple(Removed(i, paragraphs[i], reasons[i]) for i in sorted(reasons))
    return Cleaned(kept, removed)


def repeated_paragraphs(documents: Iterable[Sequence[str]], min_docs: int) -> frozenset[str]:
    """`fold`-ed paragraphs that occur in at least ``min_docs`` of ``documents``."""
    counts: Counter[str] = Counter()
    for paragraphs in documents:
        counts.update({fold(p) for p in paragraphs} - {""})
    return frozenset(text for text, count in counts.items() if count >= min_docs)
