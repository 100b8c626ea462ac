"""One story, one article: duplicates merged, near-duplicates reported.

Two documents are the *same article* when they share a canonical URL (a feed
entry and the saved page it links to) or the same text (compared with
`digest.readers.document.fold`, so quotes, punctuation and spacing do not matter). The
richer one is kept (more text; ties go to the first read) and takes the
metadata only the other one had (date, URL, authors, image...).

Two documents are *near-duplicates* when most of their word 5-shingles are
shared (Jaccard similarity at least `NEAR`): a rewrite, an updated version, the
same agency story in two papers. Both are kept, and each gets a note naming
the other, so the editor decides.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from digest.readers.document import RawDocument, canonical_url, fold

SHINGLE_WORDS = 5
NEAR = 0.6
"""Jaccard similarity of word 5-shingles from which two documents are reported as near-duplicates."""
MIN_SHINGLES = 8
"""Documents shorter than this (in shingles) are never compared: a few shared phrases mean nothing."""
MAX_POSTINGS = 50
"""A shingle found in more documents than this is boilerplate, not evidence of a shared story."""
_FILLABLE = ("date", "url", "source", "via", "authors", "lang", "image", "categories")


@dataclass(frozen=True, slots=True)
class Merged:
    """A document left out because another one is the same article."""

    dropped: RawDocument
    kept: RawDocument
    reason: str


def text_key(doc: RawDocument) -> str:
    """Comparison key of a document's text (title left out: feeds and pages word it differently)."""
    return fold(" ".join(doc.paragraphs))


def shingle_sets(docs: Sequence[RawDocument], size: int = SHINGLE_WORDS) -> list[frozenset[int]]:
    """Each document's word ``size``-shingles, as numbers that are equal exactly when the shingles are.

    Words are numbered across ``docs`` and each shingle is its words' numbers side
    by side in one integer: no hash, so two different shingles never collide.
    """
    numbers: dict[str, int] = {}
    texts = [[numbers.setdefault(w, len(numbers)) for w in text_key(d).split()] for d in docs]
    bits = max(1, len(numbers).bit_length())
    mask = (1 << (bits * size)) - 1
    sets = []
    for ids in texts:
        found: set[int] = set()
        key = 0
        for i, n in enumerate(ids):
            key = ((key << bits) | n) & mask
            if i >= size - 1:
                found.add(key)
        sets.append(frozenset(found))
    return sets


def _richness(doc: RawDocument) -> int:
    return sum(len(p) for p in doc.paragraphs)


def _fill(kept: RawDocument, other: RawDocument) -> RawDocument:
    """``kept`` with the metadata it lacks taken from ``other``."""
    changes = {name: getattr(other, name) for name in _FILLABLE if not getattr(kept, name) and getattr(other, name)}
    if not changes:
        return kept
    note = f"same article as {other.original}; took {', '.join(sorted(changes))} from it"
    return dataclasses.replace(kept, **changes, notes=(*kept.notes, note))


def merge_duplicates(docs: Sequence[RawDocument]) -> tuple[list[RawDocument], list[Merged]]:
    """Merge documents with the same canonical URL or the same text; order of first appearance kept."""
    kept: list[RawDocument] = []
    merged: list[Merged] = []
    by_key: dict[str, int] = {}
    for doc in docs:
        url = doc.overrides.url or doc.url
        keys = [f"url:{canonical_url(url)}"] if url else []
        if text := text_key(doc):
            keys.append(f"text:{hashlib.sha256(text.encode()).hexdigest()}")
        index = next((by_key[k] for k in keys if k in by_key), None)
        if index is None:
            by_key.update(dict.fromkeys(keys, len(kept)))
            kept.append(doc)
            continue
        first = kept[index]
        winner, loser = (doc, first) if _richness(doc) > _richness(first) else (first, doc)
        reason = "same URL" if keys and keys[0] in by_key and keys[0].startswith("url:") else "same text"
        kept[index] = _fill(winner, loser)
        by_key.update(dict.fromkeys(keys, index))
        merged.append(Merged(loser, kept[index], reason))
    return kept, merged


def near_duplicates(docs: Sequence[RawDocument], threshold: float = NEAR) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, similarity)`` with i < j whose shingle Jaccard similarity is at least ``threshold``."""
    sets = shingle_sets(docs)
    repeated = _repeated(sets)
    postings: dict[int, list[int]] = defaultdict(list)
    pairs: list[tuple[int, int, float]] = []
    for j, current in enumerate(sets):
        if len(current) < MIN_SHINGLES:
            continue
        sharing: list[int] = []  # each earlier document once per shingle it shares with this one
        for shingle in current & repeated:  # a shingle of one document alone is shared with none
            earlier = postings[shingle]
            if len(earlier) <= MAX_POSTINGS:
                sharing += earlier
            earlier.append(j)
        for i, count in sorted(Counter(sharing).items()):
            similarity = count / (len(sets[i]) + len(current) - count)
            if similarity >= threshold:
                pairs.append((i, j, similarity))
    return pairs


def _repeated(sets: Sequence[frozenset[int]]) -> set[int]:
    """The shingles found in more than one of ``sets`` (set operations only: no loop over shingles)."""
    seen: set[int] = set()
    repeated: set[int] = set()
    for current in sets:
        repeated |= current & seen
        seen |= current
    return repeated


def with_near_duplicate_notes(docs: Sequence[RawDocument]) -> list[RawDocument]:
    """``docs`` with a note on both documents of each near-duplicate pair (the others unchanged)."""
    noted = list(docs)
    notes: dict[int, list[str]] = defaultdict(list)
    for i, j, similarity in near_duplicates(noted):
        share = f"{similarity:.0%} of 5-word phrases shared"
        notes[i].append(f"near-duplicate of {noted[j].original} ({share}); both kept")
        notes[j].append(f"near-duplicate of {noted[i].original} ({share}); both kept")
    for index, extra in notes.items():
        noted[index] = dataclasses.replace(noted[index], notes=(*noted[index].notes, *extra))
    return noted


def dedupe(docs: Sequence[RawDocument]) -> tuple[list[RawDocument], list[Merged]]:
    """Merge duplicates, then note near-duplicates on both documents of each pair."""
    kept, merged = merge_duplicates(docs)
    return with_near_duplicate_notes(kept), merged
