"""Readers by input format: bytes in, `RawDocument`s out.

`READERS` maps a file suffix to its reader. A reader raises `InputError` with the
reason when the input cannot be read; it never guesses metadata.
"""

from __future__ import annotations

from collections.abc import Callable

from digest.document import RawDocument
from digest.readers.feed import read_feed
from digest.readers.html import read_html
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
