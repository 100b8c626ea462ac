"""Running the conversion chain on many documents, on every core.

`convert_many` maps `digest.pipeline.convert_document` over documents in input
order. The chain is a pure function of the document, the configuration and the
injected date, so the results are the same whatever the number of processes;
writing stays in the calling process, in input order, so file names and outcomes
are deterministic too.

A document whose conversion raises yields the error's message instead of a
`Conversion`: one bad input never stops the batch.

Workers are *spawned*, not forked, so they do not inherit the content folder's
lock (`digest.lock`), and each asks the kernel to end it when the converting
process dies: a ``convert`` killed with SIGKILL leaves no worker behind holding
the lock or the terminal's pipes.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import multiprocessing
import os
import signal
import sys
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


_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when the process that started it dies (Linux)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _init(config: SiteConfig, added: dt.date, parent: int) -> None:
    global _worker  # noqa: PLW0603 - per-process state of a pool worker, set once by its initializer
    _die_with_parent(parent)
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
    context = multiprocessing.get_context("spawn")
    initargs = (config, added, os.getpid())
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init, initargs=initargs) as pool:
        yield from _counted(pool.map(_work, items, chunksize=CHUNK), total, progress)


def _counted(results: Iterator[Result], total: int, progress: Callable[[int, int], None] | None) -> Iterator[Result]:
    for done, result in enumerate(results, start=1):
        if progress:
            progress(done, total)
        yield result
