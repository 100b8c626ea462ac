"""Paragraphs that recur across several articles of one source: that source's boilerplate."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from digest.chain import sources
from digest.config import SiteConfig
from digest.readers.document import RawDocument, fold


def repeated_by_source(
    docs: Sequence[RawDocument], config: SiteConfig, keys: Sequence[str] | None = None
) -> dict[str, frozenset[str]]:
    """Per source, the paragraphs that recur across enough of its articles to be boilerplate.

    ``keys`` are the documents' source keys when already known (`source_keys`).
    """
    groups: dict[str, list[Sequence[str]]] = defaultdict(list)
    for doc, key in zip(docs, source_keys(docs, config) if keys is None else keys, strict=True):
        groups[key].append(doc.paragraphs)
    minimum = config.boilerplate.repeat_min_docs
    return {key: repeated_paragraphs(group, minimum) for key, group in groups.items() if len(group) >= minimum}


def source_keys(docs: Sequence[RawDocument], config: SiteConfig) -> list[str]:
    """Each document's source key: the aggregator, else the publisher, else ``""``."""
    return [_source_key(doc, config) for doc in docs]


def _source_key(doc: RawDocument, config: SiteConfig) -> str:
    source, via = sources.identify(doc, config.sources)
    return via or source or ""


def repeated_paragraphs(documents: Iterable[Sequence[str]], min_docs: int) -> frozenset[str]:
    """`fold`-ed paragraphs that occur in at least ``min_docs`` of ``documents``."""
    counts: Counter[str] = Counter()
    for paragraphs in documents:
        counts.update({fold(p) for p in paragraphs} - {""})
    return frozenset(text for text, count in counts.items() if count >= min_docs)
