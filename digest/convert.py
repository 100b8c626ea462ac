"""Batch conversion: inputs in, article files out, one outcome per input.

    plan inputs (paths, URLs, curation lists) -> discover -> read (+ sidecar, list overrides)
    -> fetch URLs -> dedupe -> repeated paragraphs per source -> convert -> plan -> write

One bad input never stops or hides the others: each failure becomes an
`Outcome` with the reason, and the batch goes on. The batch runs under the
content folder's lock (`digest.store.lock`); what is written for each article, so that
no editor's change is lost, is decided by `digest.store.reconcile`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from digest.chain import dedupe
from digest.chain.pipeline import Conversion
from digest.chain.repeats import repeated_by_source, source_keys
from digest.config import SiteConfig
from digest.parallel import Read, ReadFailure, Workers, internal
from digest.paths import display_path
from digest.problems import InputError
from digest.readers import read_input, reader_for, unsupported
from digest.readers.curation import LIST_NAME
from digest.readers.document import RawDocument
from digest.readers.fetch import Fetcher
from digest.readers.inputs import InputPlan, plan_inputs
from digest.readers.limits import within_limits
from digest.readers.overrides import SIDECAR_SUFFIX
from digest.store import lock, reconcile, removals
from digest.store.state import fingerprint


class Status(enum.Enum):
    WRITTEN = "written"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    KEPT = "kept"
    OUTDATED = "outdated"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input (or one entry of a feed)."""

    status: Status
    original: str
    message: str = ""
    path: str | None = None
    notes: tuple[str, ...] = ()

    def __str__(self) -> str:
        head = f"{self.status.value:<9} "
        text = f"{head}{self.path}  <- {self.original}" if self.path else f"{head}{self.original}"
        details = [self.message] if self.message else []
        details += list(self.notes)
        return f"{text}: {'; '.join(details)}" if details else text


@dataclass(slots=True)
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def failed(self) -> bool:
        return self.count(Status.FAILED) > 0

    def summary(self) -> str:
        parts = [f"{self.count(s)} {s.value}" for s in Status if self.count(s)]
        return f"{len(self.outcomes)} input(s): " + (", ".join(parts) or "nothing to do")


def _ignored(name: str) -> bool:
    return name.startswith(".") or name.endswith(SIDECAR_SUFFIX) or name.endswith("~") or name == LIST_NAME


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[Outcome]]:
    """Input files under ``paths`` in a stable order, and outcomes for what cannot be used."""
    files: list[Path] = []
    outcomes: list[Outcome] = []
    for root in paths:
        shown = display_path(root)
        if root.is_dir():
            for folder, dirs, names in os.walk(root, onerror=None, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if _ignored(name):
                        continue
                    path = Path(folder) / name
                    if reader_for(name) is None:
                        outcomes.append(Outcome(Status.SKIPPED, display_path(path), unsupported(name)))
                    else:
                        files.append(path)
        elif root.exists() or root.is_symlink():
            if reader_for(root.name) is None:
                outcomes.append(Outcome(Status.FAILED, shown, unsupported(root.name)))
            else:
                files.append(root)
        else:
            outcomes.append(Outcome(Status.FAILED, shown, "no such file or folder"))
    return files, outcomes


def read_all(
    plan: InputPlan,
    config: SiteConfig,
    fetcher: Fetcher,
    report: Report,
    workers: Workers | None = None,
    *,
    near_notes: bool = True,
) -> list[RawDocument]:
    """Read every file and URL of ``plan`` with the list's overrides, then dedupe; failures become outcomes.

    Files are read by ``workers`` (in this process without them); URLs here, one at a time.
    Without ``near_notes``, near-duplicates are left for `dedupe.with_near_duplicate_notes`.
    """
    files, report.outcomes = discover(plan.paths)
    report.outcomes += [Outcome(Status.FAILED, p.path, f"{p.key}: {p.message}") for p in plan.problems]
    blocked = {path: _blocked(plan, str(path)) for path in files}
    workers = workers or Workers(config, dt.date.min, jobs=1)
    read = workers.read(read_input, [path for path in files if blocked[path] is None])
    docs: list[RawDocument] = []
    for path in files:
        problem = blocked[path]
        found: Read = ReadFailure(display_path(path), problem) if problem is not None else next(read)
        docs += _apply_read(plan, str(path), display_path(path), found, report)
    for url in plan.urls.values():
        docs += _apply_read(plan, url, url, _read_url(fetcher, url), report)
    docs, merged = dedupe.dedupe(docs) if near_notes else dedupe.merge_duplicates(docs)
    for m in merged:
        message = f"same article as {m.kept.original} ({m.reason}); merged into it"
        report.outcomes.append(Outcome(Status.SKIPPED, m.dropped.original, message))
    return docs


def _blocked(plan: InputPlan, value: str) -> str | None:
    """The message for an input the curation list keeps from being converted, or ``None``."""
    try:
        problem = plan.blocked(value)
    except Exception as exc:  # a bug must not stop the batch: the input then fails alone
        return _internal(exc)
    return f"not converted: {problem}" if problem is not None else None


def _read_url(fetcher: Fetcher, url: str) -> Read:
    try:
        return fetcher.read(url)
    except InputError as exc:
        return ReadFailure(exc.path, exc.message)
    except Exception as exc:  # a reader's bug must not stop the batch
        return ReadFailure(url, _internal(exc))


def _apply_read(plan: InputPlan, value: str, shown: str, found: Read, report: Report) -> list[RawDocument]:
    """The documents read from input ``value`` with the list's overrides; a failure becomes an outcome."""
    if isinstance(found, ReadFailure):
        report.outcomes.append(Outcome(Status.FAILED, found.path, found.message))
        return []
    try:
        return plan.apply(value, found)
    except InputError as exc:
        report.outcomes.append(Outcome(Status.FAILED, exc.path, exc.message))
        return []
    except Exception as exc:  # a bug must not stop the batch
        report.outcomes.append(Outcome(Status.FAILED, shown, _internal(exc)))
        return []


def convert_paths(
    paths: Sequence[Path | str],
    content: Path,
    config: SiteConfig,
    added: dt.date,
    progress: Callable[[int, int], None] | None = None,
    *,
    fetcher: Fetcher | None = None,
    update: bool = False,
    jobs: int | None = None,
) -> Report:
    """Convert every input under ``paths`` (files, folders, URLs) into ``content/articles/``.

    Holds the content folder's lock throughout (`digest.store.lock`); ``update`` applies
    changed inputs to existing articles, keeping editors' changes (`digest.store.reconcile`);
    ``jobs`` worker processes run the conversion chain (default: one per core).
    """
    with lock.hold(content):
        return _convert_locked(paths, content, config, added, progress, fetcher=fetcher, update=update, jobs=jobs)


def _convert_locked(
    paths: Sequence[Path | str],
    content: Path,
    config: SiteConfig,
    added: dt.date,
    progress: Callable[[int, int], None] | None,
    *,
    fetcher: Fetcher | None,
    update: bool,
    jobs: int | None = None,
) -> Report:
    report = Report()
    plan = plan_inputs(paths, config.topic_titles)
    with Workers(config, added, jobs) as workers:
        read = read_all(plan, config, fetcher or Fetcher(), report, workers, near_notes=False)
        docs, too_large = within_limits(read)
        report.outcomes += [Outcome(Status.FAILED, exc.path, exc.message) for exc in too_large]
        items = _unique_items(docs, config, report)
        target = reconcile.Target(content, update=update, review=config.review)
        results = workers.convert(items, progress)  # worker processes start converting ...
        noted = dict(zip(map(id, read), dedupe.with_near_duplicate_notes(read), strict=True))  # ... while this compares
        for (doc, _), result in zip(items, results, strict=True):
            final = noted[id(doc)]  # the document with its near-duplicate notes, if any
            report.outcomes.append(_write_one(final, _noted(result, doc, final), target))
    return report


def _unique_items(
    docs: Sequence[RawDocument], config: SiteConfig, report: Report
) -> list[tuple[RawDocument, frozenset[str]]]:
    """One ``(document, repeated paragraphs of its source)`` pair per article id; a repeat becomes an outcome."""
    keys = source_keys(docs, config)
    repeated = repeated_by_source(docs, config, keys)
    seen: dict[str, str] = {}
    items: list[tuple[RawDocument, frozenset[str]]] = []
    for doc, key in zip(docs, keys, strict=True):
        doc_id = doc.stable_id
        if doc_id in seen:
            report.outcomes.append(Outcome(Status.SKIPPED, doc.original, f"same article as {seen[doc_id]}"))
        else:
            seen[doc_id] = doc.original
            items.append((doc, repeated.get(key, frozenset())))
    return items


def _noted(result: Conversion | str, doc: RawDocument, final: RawDocument) -> Conversion | str:
    """``result`` (converted from ``doc``) with the notes ``final`` has beyond ``doc``'s, where the chain puts them."""
    if isinstance(result, str) or final is doc:
        return result
    return dataclasses.replace(result, notes=(*final.notes, *result.notes[len(doc.notes) :]))


def _write_one(doc: RawDocument, result: Conversion | str, target: reconcile.Target) -> Outcome:
    """Write (or keep) one converted article; a conversion error becomes a failed outcome."""
    if isinstance(result, str):
        return Outcome(Status.FAILED, doc.original, result)
    try:
        removed = removals.from_cleaned(result.removed, result.places)
        plan = target.handle(result.article, fingerprint(doc), result.text, removed)
        wrote = plan.action in (reconcile.Action.WRITE, reconcile.Action.UPDATE)
        notes = plan.notes + (result.notes if wrote else ())
        return Outcome(Status(plan.action.value), doc.original, plan.message, display_path(plan.path), notes)
    except OSError as exc:
        return Outcome(Status.FAILED, doc.original, f"cannot write: {exc.strerror or exc}")
    except Exception as exc:  # a bug on one input must not stop or hide the others
        return Outcome(Status.FAILED, doc.original, _internal(exc))


_internal = internal
