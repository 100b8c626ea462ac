"""Paragraphs that recur across several articles of one source: that source's boilerplate."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from digest.chain import clean, sources
from digest.config import SiteConfig
from digest.readers.document import RawDocument


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
    return {key: clean.repeated_paragraphs(group, minimum) for key, group in groups.items() if len(group) >= minimum}


def source_keys(docs: Sequence[RawDocument], config: SiteConfig) -> list[str]:
    """Each document's source key: the aggregator, else the publisher, else ``""``."""
    return [_source_key(doc, config) for doc in docs]


def _source_key(doc: RawDocument, config: SiteConfig) -> str:
    source, via = sources.identify(doc, config.sources)
    return via or source or ""
