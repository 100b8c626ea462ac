"""Readers by input format: bytes in, `RawDocument`s out.

`READERS` maps a file suffix to its reader. A reader raises `InputError` with the
reason when the input cannot be read; it never guesses metadata.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path

from digest.paths import display_path, read_file, reason
from digest.problems import InputError
from digest.readers.decode import MAX_INPUT_BYTES
from digest.readers.document import RawDocument
from digest.readers.feed import read_feed
from digest.readers.html import read_html
from digest.readers.overrides import read_sidecar
from digest.readers.plaintext import read_text

Reader = Callable[[str, bytes], list[RawDocument]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}


def reader_for(name: str) -> Reader | None:
    """The reader for a file name, by its suffix (case-insensitive)."""
    lowered = name.lower()
    return next((r for suffix, r in READERS.items() if lowered.endswith(suffix)), None)


def unsupported(name: str) -> str:
    """Why a file of this name has no reader."""
    suffix = Path(name).suffix or "(none)"
    return f"unsupported file type {suffix} (supported: {', '.join(READERS)})"


def read_input(path: Path, topics: Iterable[str]) -> list[RawDocument]:
    """Read one input file with its reader and sidecar; raise `InputError` with the reason."""
    shown = display_path(path)
    reader = reader_for(path.name)
    if reader is None:
        raise InputError(shown, unsupported(path.name))
    try:
        data = read_file(path, MAX_INPUT_BYTES)  # refuses folders, pipes and devices without blocking
    except OSError as exc:
        raise InputError(shown, reason(exc)) from None
    docs = reader(shown, data)
    overrides, problems = read_sidecar(path, frozenset(topics))
    if problems:
        raise InputError(shown, "; ".join(str(p) for p in problems))
    return [dataclasses.replace(d, overrides=overrides) for d in docs]
