r"""File names as they are shown in messages and stored in ``original``.

A file name is untrusted too: it may hold bytes that are not UTF-8 or control
characters (a newline, a terminal escape) that would break a one-line message or
the frontmatter. `printable` makes such names visible instead.

>>> printable("inbox/a\nb.txt")
'inbox/a\\nb.txt'
>>> printable("inbox/caf\udce9.txt")
'inbox/caf\\xe9.txt'
>>> printable("inbox/ok café.txt")
'inbox/ok café.txt'
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    if "\udc80" <= char <= "\udcff":  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{ord(char) - 0xDC00:02x}"
    return char.encode("unicode_escape").decode("ascii") if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def printable(text: str) -> str:
    """``text`` with control characters and undecodable bytes written as escapes."""
    return _UNPRINTABLE.sub(_escape_char, text)


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when inside it, in POSIX form, printable."""
    try:
        # Lexical, not resolved: a symlink in the inbox is shown under its own name.
        shown = Path(os.path.abspath(path)).relative_to(os.getcwd()).as_posix()
    except (ValueError, OSError):
        shown = path.as_posix()
    return printable(shown)


class TooLarge(OSError):
    """A file over the size limit of its kind; ``strerror`` says how large."""


def read_file(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises `OSError` with a readable ``strerror`` for a folder, a FIFO, a socket or
    a device (never blocks on one), and `TooLarge` for a file over ``limit``.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise OSError(errno.EISDIR, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "is not a regular file (a pipe, socket or device?)")
        if info.st_size > limit:
            raise TooLarge(errno.EFBIG, f"is {info.st_size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB")
        chunks: list[bytes] = []
        size = 0
        while size <= limit and (chunk := os.read(fd, min(1 << 20, limit + 1 - size))):
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:  # grew while being read
        raise TooLarge(errno.EFBIG, f"is over the limit of {limit / 1e6:.0f} MB")
    return b"".join(chunks)


def reason(exc: OSError) -> str:
    """What went wrong reading a file, for a message that already names the file."""
    if isinstance(exc, TooLarge):
        return exc.strerror or str(exc)
    return f"cannot be read: {exc.strerror or exc}"
