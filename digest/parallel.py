"""Running the conversion chain on many documents, on every core.

`convert_many` maps `digest.pipeline.convert_document` over documents in input
order. The chain is a pure function of the document, the configuration and the
injected date, so the results are the same whatever the number of processes;
writing stays in the calling process, in input order, so file names and outcomes
are deterministic too.

A document whose conversion raises yields the error's message instead of a
`Conversion`: one bad input never stops the batch.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from digest.config import SiteConfig
from digest.document import RawDocument
from digest.pipeline import Conversion, convert_document

MIN_PARALLEL = 40
"""Below this many documents, starting worker processes costs more than it saves."""
CHUNK = 16

Result = Conversion | str
"""A conversion, or the message of the error that stopped it."""

_worker: tuple[SiteConfig, dt.date] | None = None  # set once in each worker process


def _init(config: SiteConfig, added: dt.date) -> None:
    global _worker  # noqa: PLW0603 - per-process state of a pool worker, set once by its initializer
    _worker = (config, added)


def _convert(config: SiteConfig, added: dt.date, item: tuple[RawDocument, frozenset[str]]) -> Result:
    doc, repeated = item
    try:
        return convert_document(doc, config, added, repeated)
    except Exception as exc:
        return f"internal error ({type(exc).__name__}: {exc}); the other inputs were still converted; please report it"


def _work(item: tuple[RawDocument, frozenset[str]]) -> Result:
    assert _worker is not None, "pool worker started without its initializer"
    return _convert(*_worker, item)


def default_jobs() -> int:
    """Worker processes to use: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def convert_many(
    items: Sequence[tuple[RawDocument, frozenset[str]]],
    config: SiteConfig,
    added: dt.date,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Result]:
    """Convert ``(document, repeated paragraphs)`` pairs, yielding results in input order."""
    jobs = default_jobs() if jobs is None else max(1, jobs)
    total = len(items)
    if jobs == 1 or total < MIN_PARALLEL:
        results: Iterator[Result] = (_convert(config, added, item) for item in items)
        yield from _counted(results, total, progress)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(config, added)) as pool:
        yield from _counted(pool.map(_work, items, chunksize=CHUNK), total, progress)


def _counted(results: Iterator[Result], total: int, progress: Callable[[int, int], None] | None) -> Iterator[Result]:
    for done, result in enumerate(results, start=1):
        if progress:
            progress(done, total)
        yield result
