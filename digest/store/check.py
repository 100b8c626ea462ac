"""``digest check``: validate the site configuration and every article, reporting all problems."""

from __future__ import annotations

from pathlib import Path

from digest.config import load_config
from digest.problems import Problem, ProblemsError
from digest.store.collection import article_files, load_articles


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
