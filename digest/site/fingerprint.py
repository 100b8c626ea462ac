"""Digests of what every page of a build depends on: software, theme files, settings.

A cached page is reused only under the same digests (`digest.site.pagecache`):

- `software`: the Python version and every installed distribution with its
  version (MkDocs, Material, Markdown and its extensions, Jinja, ...), and the
  files of the ``digest`` package itself (an editable install keeps one version
  while its code changes);
- `tree`: every file under a folder (the theme's ``custom_dir``), by content;
- `stable`: a canonical text for settings and template values, so equal values
  give equal digests in every run. An object it cannot write canonically is
  written with its ``repr``, which differs from run to run when it holds an
  address: such a value makes a miss, never a wrong hit.

>>> stable({"b": (1, 2.5), "a": [None, True, "x"]})
'{"a":[null,true,"x"],"b":[1,2.5]}'
>>> import datetime as dt
>>> stable({3: dt.date(2025, 1, 2)})
'{"3":{"date":"2025-01-02"}}'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import json
import math
import os
import sys
import types
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import digest

_SKIP_DIRS = {"__pycache__", ".git", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def _plain(value: Any, depth: int = 0) -> Any:
    """``value`` as JSON-ready data (`json.dumps` sorts the keys), the same in every run."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if depth > 20:
        return repr(value)
    if kind is dict:
        return {str(k): _plain(v, depth + 1) for k, v in value.items()}
    if kind is list or kind is tuple:
        if all(type(v) is str for v in value):
            return list(value)
        return [_plain(v, depth + 1) for v in value]
    return _other(value, depth)


def _other(value: Any, depth: int) -> Any:
    if isinstance(value, float):
        return "nan" if math.isnan(value) else value
    if isinstance(value, enum.Enum):
        return {"enum": f"{type(value).__qualname__}.{value.name}"}
    if isinstance(value, int | str):
        return {type(value).__qualname__: _plain(int(value) if isinstance(value, int) else str(value))}
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return {type(value).__name__: value.isoformat()}
    if isinstance(value, Path):
        return {"path": value.as_posix()}
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if isinstance(value, Mapping):
        return {type(value).__qualname__: {str(k): _plain(v, depth + 1) for k, v in value.items()}}
    if isinstance(value, set | frozenset):
        return {"set": sorted(json.dumps(_plain(v, depth + 1), sort_keys=True) for v in value)}
    if isinstance(value, list | tuple):
        return {type(value).__qualname__: [_plain(v, depth + 1) for v in value]}
    if isinstance(value, functools.partial):
        return {"partial": _plain([value.func, value.args, value.keywords], depth + 1)}
    if isinstance(value, types.ModuleType):
        return {"module": value.__name__}
    if callable(value) and hasattr(value, "__qualname__"):
        return {"callable": f"{getattr(value, '__module__', '')}.{value.__qualname__}"}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        return {type(value).__qualname__: _plain(fields, depth + 1)}
    attributes = getattr(value, "__dict__", None)
    if isinstance(attributes, dict):
        return {type(value).__qualname__: _plain(attributes, depth + 1)}
    return {"repr": repr(value)}


def stable(value: Any) -> str:
    """A canonical text of ``value`` (see the module docstring)."""
    return json.dumps(_plain(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def tree(folder: Path | str | None) -> str:
    """A digest of every file under ``folder`` (relative path and bytes); ``""`` when there is none."""
    if folder is None:
        return ""
    root = Path(folder)
    if not root.is_dir():
        return ""
    digest_ = hashlib.blake2b(digest_size=16)
    for path in _files(root):
        digest_.update(path.relative_to(root).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        digest_.update(path.read_bytes())
        digest_.update(b"\0")
    return digest_.hexdigest()


def _files(root: Path) -> list[Path]:
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
        found += [Path(folder) / name for name in sorted(files) if not name.endswith(".pyc")]
    return found


def distributions(paths: Iterable[str]) -> list[str]:
    """The installed distributions on ``paths`` (``sys.path``), as their metadata folders name them.

    A folder's name holds the distribution and its version
    (``mkdocs_material-9.7.0.dist-info``), so listing the folders is enough.
    """
    found: set[str] = set()
    for entry in paths:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found.update(f"{entry}/{n}" for n in names if n.endswith((".dist-info", ".egg-info")))
    return sorted(found)


@cache
def software() -> str:
    """A digest of the Python version, the installed distributions and the ``digest`` package's files."""
    parts = [sys.version, *distributions(sys.path), tree(Path(digest.__file__).parent)]
    return hashlib.blake2b("\n".join(parts).encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
