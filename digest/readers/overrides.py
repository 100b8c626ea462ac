"""Editor overrides stated outside the raw text: a sidecar ``<name>.meta.yml`` next to an input.

A sidecar gives what the raw text cannot: the publication date, the source URL,
topics and tags chosen by hand. Keys and types are those of the frontmatter::

    date: 2025-02-04
    url: https://www.independent.co.uk/...
    source: The Independent
    topics: [Immigration]
    featured: true
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from digest.contract.validate import validate_frontmatter
from digest.paths import display_path, read_file, reason
from digest.problems import Problem, describe
from digest.readers.document import Overrides
from digest.text import yamlio

SIDECAR_SUFFIX = ".meta.yml"
MAX_SIDECAR_BYTES = 256 * 1024
KEYS = ("title", "date", "source", "via", "url", "authors", "topics", "tags", "featured", "note")


def sidecar_path(path: Path) -> Path:
    """Where the sidecar of ``path`` would be: ``story.txt`` -> ``story.meta.yml``."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def overrides_from_mapping(
    where: str, data: Mapping[Any, Any], topics: Collection[str] | None = None
) -> tuple[Overrides, list[Problem]]:
    """Check ``data`` (keys as in frontmatter) and build `Overrides`; every problem is returned."""
    problems = [
        Problem(where, str(key), f"not an override key (expected one of: {', '.join(KEYS)})")
        for key in data
        if key not in KEYS
    ]
    known = {k: v for k, v in data.items() if k in KEYS}
    # Reuse the frontmatter checks: fill required keys with placeholders, keep their problems only.
    probe = {"title": "-", "added": "2000-01-01", "id": "x", **known}
    article, found = validate_frontmatter(where, probe, "-", topics)
    problems += [p for p in found if p.key in KEYS]
    if article is None or any(p.severity.is_error() for p in problems):
        return Overrides(), problems
    return (
        Overrides(
            title=article.title if "title" in known else None,
            date=article.date,
            source=article.source,
            via=article.via,
            url=article.url,
            authors=article.authors,
            topics=article.topics,
            tags=article.tags,
            featured=article.featured,
            note=article.note,
        ),
        problems,
    )


def read_sidecar(path: Path, topics: Collection[str] | None = None) -> tuple[Overrides, list[Problem]]:
    """Overrides from the sidecar of ``path``; no sidecar means no overrides."""
    side = sidecar_path(path)
    if not (side.exists() or side.is_symlink()):
        return Overrides(), []
    where = display_path(side)
    try:
        data = yamlio.load(read_file(side, MAX_SIDECAR_BYTES).decode("utf-8"))
    except OSError as exc:  # a folder, a pipe or a symlink loop where the sidecar should be
        return Overrides(), [Problem(where, "file", reason(exc))]
    except UnicodeDecodeError:
        return Overrides(), [Problem(where, "file", "is not UTF-8 text; save it as UTF-8")]
    except yamlio.YAMLProblem as exc:
        return Overrides(), [Problem(where, "file", str(exc))]
    if not isinstance(data, dict):
        return Overrides(), [Problem(where, "file", f"expected key: value pairs, got {describe(data)}")]
    return overrides_from_mapping(where, data, topics)
