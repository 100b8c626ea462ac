"""``digest check``: validate the site configuration and every article, reporting all problems;
``digest check --fix``: first make the fixes a machine can be sure of (`digest.contract.fixes`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from digest.config import load_config
from digest.contract import articlefile
from digest.contract.fixes import Change, fix_text
from digest.paths import display_path, read_file
from digest.problems import Problem, ProblemsError
from digest.store import lock
from digest.store.collection import article_files, load_articles
from digest.store.writer import ContentIndex, write_atomic


def check_content(content: Path, config_dir: Path) -> tuple[list[Problem], int]:
    """Every problem in ``config_dir`` and ``content``, and the number of article files checked.

    A broken configuration is reported too; articles are then checked without
    the topic list rather than not at all.
    """
    problems: list[Problem] = []
    topics: frozenset[str] | None = None
    try:
        topics = load_config(config_dir).topic_titles
    except ProblemsError as exc:
        problems.extend(exc.problems)
    files = article_files(content)
    _, found = load_articles(content, topics, files)
    return problems + found, len(files)


@dataclass(frozen=True, slots=True)
class FileFixes:
    """The fixes made to (or refused for) one article file."""

    shown: str
    changes: tuple[Change, ...]

    def lines(self) -> list[str]:
        """``content/articles/x.md: date: fixed: '2025-3-7' -> 2025-03-07``, one line per change."""
        return [f"{self.shown}: {c.key}: {'fixed: ' if c.made else ''}{c.message}" for c in self.changes]


def fix_content(content: Path, config_dir: Path) -> list[FileFixes]:
    """Make the sure fixes in every article file of ``content``, each file written atomically.

    Holds the content folder's lock, as ``digest convert`` does. Only the fixed
    values change (`digest.contract.fixes`); a file that cannot be read, or whose
    frontmatter cannot be read, is left alone (``digest check`` reports it). Topic
    case is fixed only when ``site_config/topics.yml`` can be read.
    """
    try:
        topics: frozenset[str] | None = load_config(config_dir).topic_titles
    except ProblemsError:
        topics = None
    done: list[FileFixes] = []
    with lock.hold(content):
        index = ContentIndex(content)
        taken = {article_id: display_path(path) for article_id, path in index.by_id.items()}
        for path in article_files(content):
            try:
                text = read_file(path, articlefile.MAX_ARTICLE_BYTES).decode("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            fixed = fix_text(text, path.relative_to(content).as_posix(), topics, taken)
            if fixed.text != text:
                write_atomic(path, fixed.text)
            if fixed.changes:
                done.append(FileFixes(display_path(path), fixed.changes))
    return done
