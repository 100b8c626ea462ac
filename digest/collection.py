"""Reading every article of a content folder, with all problems collected.

`load_articles` is what ``digest check`` and the MkDocs hooks share, so the site
build fails with exactly the messages the command prints.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from digest import articlefile
from digest.model import Article
from digest.problems import Problem, Severity

ARTICLES_DIR = "articles"


@dataclass(frozen=True, slots=True)
class Entry:
    """One valid article and its file, relative to the content folder (``articles/x.md``)."""

    src: str
    article: Article


def article_files(content: Path) -> list[Path]:
    """Article files in a stable order (hidden files left out)."""
    folder = content / ARTICLES_DIR
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.rglob("*.md") if not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def load_articles(
    content: Path, topics: Collection[str] | None = None, files: Sequence[Path] | None = None
) -> tuple[list[Entry], list[Problem]]:
    """Parse and validate every article; return the valid ones and every problem.

    Messages name files as ``<content>/articles/x.md``. Duplicate ids are errors
    (each article needs its own); invalid files are left out of the entries.
    """
    entries: list[Entry] = []
    problems: list[Problem] = []
    for path in files if files is not None else article_files(content):
        entry, found = read_entry(path, path.relative_to(content).as_posix(), path.as_posix(), topics)
        problems.extend(found)
        if entry is not None:
            entries.append(entry)
    problems.extend(duplicate_problems(content, entries))
    return entries, problems


def read_entry(
    path: Path, src: str, shown: str, topics: Collection[str] | None = None
) -> tuple[Entry | None, tuple[Problem, ...]]:
    """Read and validate one article file: the entry when valid (named ``src``), and its problems.

    ``shown`` names the file in messages (``content/articles/x.md``).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, (Problem(shown, "file", "is not UTF-8 text; save it as UTF-8"),)
    except OSError as exc:
        return None, (Problem(shown, "file", f"cannot be read: {exc.strerror or exc}"),)
    parsed = articlefile.parse(shown, text, topics)
    return (Entry(src, parsed.article) if parsed.article is not None else None), parsed.problems


def duplicate_problems(content: Path, entries: Sequence[Entry]) -> list[Problem]:
    """Entries sharing an id, or file names differing only in letter case (``content`` names them)."""
    problems: list[Problem] = []
    by_id: dict[str, list[str]] = defaultdict(list)
    by_name: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        by_id[entry.article.id].append(entry.src)
        by_name[entry.src.casefold()].append(entry.src)
    for article_id, srcs in sorted(by_id.items()):
        for src in srcs[1:]:
            where = (content / src).as_posix()
            problems.append(Problem(where, "id", f"{article_id!r} is also the id of {(content / srcs[0]).as_posix()}"))
    for srcs in by_name.values():
        for src in srcs[1:]:
            where = (content / src).as_posix()
            problems.append(Problem(where, "file", f"differs only in letter case from {srcs[0]}", Severity.ERROR))
    return problems
