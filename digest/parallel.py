"""Reading inputs and running the conversion chain on many documents, on every core.

`Workers` holds the worker processes of one batch: `Workers.read` maps a
reader over input files, `Workers.convert` maps `digest.chain.pipeline.convert_document`
over documents, both in input order. Reading and converting are pure functions
of the file, the configuration and the injected date, so the results are the
same whatever the number of processes; writing stays in the calling process, in
input order, so file names and outcomes are deterministic too. `convert_many` is
`Workers.convert` for one call. Each conversion comes with its article file
rendered, so that the calling process only decides and writes.

A document whose conversion raises yields the error's message instead of a
`Conversion`, and a file whose reading raises yields a `ReadFailure`: one bad
input never stops the batch.

Workers are *spawned*, not forked, so they do not inherit the content folder's
lock (`digest.store.lock`), and each asks the kernel to end it when the converting
process dies: a ``convert`` killed with SIGKILL leaves no worker behind holding
the lock or the terminal's pipes.
"""

from __future__ import annotations

import ctypes
import dataclasses
import datetime as dt
import functools
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from digest.chain.pipeline import Conversion, convert_document
from digest.config import SiteConfig
from digest.contract import articlefile
from digest.paths import display_path
from digest.problems import InputError
from digest.readers.document import RawDocument

MIN_PARALLEL = 40
"""Below this many documents, starting worker processes costs more than it saves."""
CHUNK = 16

Result = Conversion | str
"""A conversion, or the message of the error that stopped it."""


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A file that could not be read: the path to name and why."""

    path: str
    message: str


Read = list[RawDocument] | ReadFailure
Reader = Callable[[Path, frozenset[str]], list[RawDocument]]
"""Reads one input file with the topic titles; raises `digest.problems.InputError`."""

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
        conversion = convert_document(doc, config, added, repeated)
        return dataclasses.replace(conversion, text=articlefile.render(conversion.article))
    except Exception as exc:
        return internal(exc)


def internal(exc: Exception) -> str:
    """The message for an error that is a bug in Digest, not a problem of the input."""
    return f"internal error ({type(exc).__name__}: {exc}); the other inputs were still converted; please report it"


def _work(item: tuple[RawDocument, frozenset[str]]) -> Result:
    assert _worker is not None, "pool worker started without its initializer"
    return _convert(*_worker, item)


def _read(reader: Reader, topics: frozenset[str], path: Path) -> Read:
    try:
        return reader(path, topics)
    except InputError as exc:
        return ReadFailure(exc.path, exc.message)
    except Exception as exc:  # a reader's bug must not stop the batch
        return ReadFailure(display_path(path), internal(exc))


def _read_in_worker(reader: Reader, path: Path) -> Read:
    assert _worker is not None, "pool worker started without its initializer"
    return _read(reader, _worker[0].topic_titles, path)


def default_jobs() -> int:
    """Worker processes to use: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


class Workers:
    """The worker processes of one batch, started the first time a step has enough items.

    With ``jobs`` 1, or fewer than `MIN_PARALLEL` items, a step runs in this process.
    """

    def __init__(self, config: SiteConfig, added: dt.date, jobs: int | None = None) -> None:
        self.config, self.added = config, added
        self.jobs = default_jobs() if jobs is None else max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _parallel(self, count: int) -> ProcessPoolExecutor | None:
        if self.jobs == 1 or count < MIN_PARALLEL:
            return None
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            initargs = (self.config, self.added, os.getpid())
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init, initargs=initargs)
        return self._pool

    def read(self, reader: Reader, paths: Sequence[Path]) -> Iterator[Read]:
        """``reader`` on each file of ``paths``, in order; a failure becomes a `ReadFailure`."""
        pool = self._parallel(len(paths))
        if pool is None:
            topics = self.config.topic_titles
            return (_read(reader, topics, path) for path in paths)
        return pool.map(functools.partial(_read_in_worker, reader), paths, chunksize=CHUNK)

    def convert(
        self, items: Sequence[tuple[RawDocument, frozenset[str]]], progress: Callable[[int, int], None] | None = None
    ) -> Iterator[Result]:
        """Convert ``(document, repeated paragraphs)`` pairs, yielding results in input order."""
        pool = self._parallel(len(items))
        if pool is None:
            results: Iterator[Result] = (_convert(self.config, self.added, item) for item in items)
        else:
            results = pool.map(_work, items, chunksize=CHUNK)
        return _counted(results, len(items), progress)


def convert_many(
    items: Sequence[tuple[RawDocument, frozenset[str]]],
    config: SiteConfig,
    added: dt.date,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Result]:
    """Convert ``(document, repeated paragraphs)`` pairs, yielding results in input order."""
    with Workers(config, added, jobs) as workers:
        yield from workers.convert(items, progress)


def _counted(results: Iterator[Result], total: int, progress: Callable[[int, int], None] | None) -> Iterator[Result]:
    for done, result in enumerate(results, start=1):
        if progress:
            progress(done, total)
        yield result
