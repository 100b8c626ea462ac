"""One writer at a time per content folder: an exclusive lock on ``<content>/.digest/lock``.

`hold` takes an ``fcntl.flock`` lock without waiting. A second ``digest convert``
on the same folder is refused with a message naming the process that holds the
lock (from ``/proc/locks`` on Linux). The kernel releases the lock when its
holder exits, however it exits, so a killed run never leaves a stale lock. The
lock file stays empty: taking the lock changes no byte in the content folder.

While the lock is held, leftover temporary files of an interrupted run
(``.<name>.<random>.tmp``, see `digest.store.writer.write_atomic`) are removed.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from digest.paths import display_path
from digest.problems import DigestError

STATE_DIR = ".digest"
LOCK_NAME = "lock"


class LockError(DigestError):
    """Another process is writing to the content folder, or the lock cannot be taken."""


@contextmanager
def hold(content: Path) -> Iterator[None]:
    """Hold the content folder's lock for the duration of the block; raise `LockError` if taken."""
    folder = content / STATE_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as exc:
        raise LockError(f"{display_path(folder / LOCK_NAME)}: cannot create the lock: {exc.strerror or exc}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockError(_refusal(content, fd)) from None
        remove_stale_temporaries(content)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _refusal(content: Path, fd: int) -> str:
    holder = holder_of(fd)
    who = f"process {holder}" if holder else "another process"
    return (
        f"{display_path(content)}: {who} is already converting into this folder; "
        "wait for it to finish (two runs at once are refused so that neither overwrites the other)"
    )


def holder_of(fd: int) -> str | None:
    """``"1234 (digest convert ...)"`` for the process holding a lock on ``fd``'s file, when Linux says."""
    info = os.fstat(fd)
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"; blocked waiters are marked "->".
        if len(fields) < 6 or fields[1] != "FLOCK" or "->" in fields:
            continue
        pid, device_inode = fields[4], fields[5]
        if device_inode.rsplit(":", 1)[-1] == str(info.st_ino) and pid.isdigit() and int(pid) != os.getpid():
            return f"{pid} ({_command(pid)})" if _command(pid) else pid
    return None


def _command(pid: str) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            parts = handle.read().split(b"\0")
    except OSError:
        return ""
    words = [os.path.basename(p.decode("utf-8", "replace")) for p in parts if p][:4]
    return " ".join(words)


def remove_stale_temporaries(content: Path) -> int:
    """Delete temporary files an interrupted run left behind; only call it while holding the lock."""
    removed = 0
    for folder in (content / "articles", content / STATE_DIR / "articles"):
        if not folder.is_dir():
            continue
        for path in folder.glob(".*.tmp"):
            try:
                if path.is_file():
                    path.unlink()
                    removed += 1
            except OSError:
                continue  # not ours to worry about: hidden files are never read as articles
    return removed
