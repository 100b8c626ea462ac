"""The build cache folder's own files: the index (where each blob lives), the locks, the CACHEDIR.TAG.

`digest.site.buildcache.Store` keeps blobs in pack files; these are the small files beside them.
"""

from __future__ import annotations

import os
import pickle
import secrets
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: commits do not take turns
    fcntl = None  # type: ignore[assignment]

FORMAT = b"digest-build-cache 1\n"
"""The first line of the index; another one (an older Digest) is an empty cache."""
_TAG = "CACHEDIR.TAG"
_TAG_TEXT = 'Signature: 8a477f597d28d172789f06886806bc55\n# Digest\'s build cache (README "Speed"); safe to delete.\n'

Location = tuple[str, int, int]
"""Pack name, offset, length."""


def lock(fd: int, *, wait: bool) -> bool:
    """Lock ``fd`` for this process (released when it is closed, or the process ends); False when taken."""
    if fcntl is None:  # pragma: no cover - Windows
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def remove_unless_locked(pack: Path) -> None:
    """Remove ``pack`` unless a running build is still writing it (it holds its lock)."""
    try:
        with open(pack, "rb") as handle:
            if lock(handle.fileno(), wait=False):
                pack.unlink(missing_ok=True)
    except OSError:
        pass


def read_index(path: Path) -> dict[bytes, Location]:
    try:
        with open(path, "rb") as handle:
            if handle.readline() != FORMAT:
                return {}
            found = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        return {}
    return found if isinstance(found, dict) else {}


def write_index(path: Path, index: dict[bytes, Location]) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(FORMAT)
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_tag(folder: Path) -> None:
    tag = folder / _TAG
    if not tag.is_file():
        tag.write_text(_TAG_TEXT, encoding="utf-8")
