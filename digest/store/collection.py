"""Reading every article of a content folder, with all problems collected.

`load_articles` is what ``digest check`` and the MkDocs hooks share, so the site
build fails with exactly the messages the command prints.
"""

from __future__ import annotations

import dataclasses
import os
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.contract import articlefile
from digest.contract.model import Article
from digest.paths import display_path, read_file, reason
from digest.problems import Problem, Severity
from digest.text.slug import slugify

ARTICLES_DIR = "articles"


@dataclass(frozen=True, slots=True)
class Entry:
    """One valid article and its file, relative to the content folder (``articles/x.md``)."""

    src: str
    article: Article


def article_files(content: Path) -> list[Path]:
    """Article files in a stable order (hidden files and folders left out)."""
    return [content / src for src in article_srcs(content)]


def article_srcs(content: Path | str) -> list[str]:
    """`article_files` as paths relative to ``content`` (``articles/x.md``), in the same order.

    What ``(content / "articles").rglob("*.md")`` finds, without hidden names:
    folders are entered unless they are symbolic links, and the paths sort as
    `pathlib` sorts them (part by part). Made with `os.scandir` and strings,
    several times faster than `pathlib` for thousands of articles.
    """
    found: list[str] = []

    def walk(folder: str, prefix: str) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.name.endswith(".md"):
                found.append(prefix + entry.name)
            if entry.is_dir() and not entry.is_symlink():
                walk(entry.path, f"{prefix}{entry.name}/")

    folder = os.path.join(content, ARTICLES_DIR)
    if os.path.isdir(folder):
        walk(folder, ARTICLES_DIR + "/")
    return sorted(found, key=lambda src: src.split("/"))


def read_article(
    path: Path | str, shown: str, topics: Collection[str] | None = None, *, src: str | None = None
) -> articlefile.ParsedFile:
    """Read and parse one article file; a file that cannot be read becomes a problem, never an exception.

    The article is the one the site shows: ``src`` (its path in the content
    folder, ``articles/x.md``) gives an id to a file without one, and an article
    without ``summary`` gets one made from its body (`with_summary`); the file
    itself is never written.
    """
    try:
        data = read_file(path, articlefile.MAX_ARTICLE_BYTES)
    except OSError as exc:
        return articlefile.ParsedFile(shown, None, (Problem(shown, "file", reason(exc)),))
    return parse_article(data, shown, topics, src=src)


def parse_article(
    data: bytes, shown: str, topics: Collection[str] | None = None, *, src: str | None = None
) -> articlefile.ParsedFile:
    """Parse and validate the bytes of one article file (`read_article` without the reading)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"line {line}: is not UTF-8 text (byte 0x{data[exc.start]:02X}); save it as UTF-8"
        return articlefile.ParsedFile(shown, None, (Problem(shown, "file", message),))
    parsed = articlefile.parse(shown, text, topics, src=src)
    if parsed.article is None or parsed.article.summary:
        return parsed
    return dataclasses.replace(parsed, article=with_summary(parsed.article))


def with_summary(article: Article) -> Article:
    """``article`` with a summary from its body's first sentences when it has none, as a conversion makes one."""
    if article.summary:
        return article
    from digest.chain import summarize  # only for pages without a summary: the chain takes a while to import

    made = summarize.from_markdown(article.body, article.lang)
    return article.replace(summary=made) if made else article


def load_articles(
    content: Path, topics: Collection[str] | None = None, files: Sequence[Path] | None = None
) -> tuple[list[Entry], list[Problem]]:
    """Parse and validate every article; return the valid ones and every problem.

    Messages name files as the working directory sees them
    (``content/articles/x.md``), also when ``content`` is an absolute path.
    Duplicate ids and file names that differ only in case are errors; titles
    that make the same slug are warnings. Invalid files are left out of the entries.
    """
    entries: list[Entry] = []
    problems: list[Problem] = []
    for path in files if files is not None else article_files(content):
        parsed = read_article(path, display_path(path), topics, src=path.relative_to(content).as_posix())
        problems.extend(parsed.problems)
        if parsed.article is not None:
            entries.append(Entry(path.relative_to(content).as_posix(), parsed.article))
    problems.extend(duplicate_problems(content, entries))
    return entries, problems


def duplicate_problems(content: Path, entries: Sequence[Entry]) -> list[Problem]:
    """Problems between entries: a shared id, names differing only in case (errors), titles making one slug."""
    problems: list[Problem] = []
    by_id: dict[str, list[str]] = defaultdict(list)
    by_name: dict[str, list[str]] = defaultdict(list)
    by_slug: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        by_id[entry.article.id].append(entry.src)
        by_name[entry.src.casefold()].append(entry.src)
        by_slug[slugify(entry.article.title)].append(entry.src)

    def shown(src: str) -> str:
        return display_path(content / src)

    for article_id, srcs in sorted(by_id.items()):
        for src in srcs[1:]:
            problems.append(Problem(shown(src), "id", f"{article_id!r} is also the id of {shown(srcs[0])}"))
    for srcs in by_name.values():
        for src in srcs[1:]:
            problems.append(Problem(shown(src), "file", f"differs only in letter case from {shown(srcs[0])}"))
    for slug, srcs in sorted(by_slug.items()):
        for src in srcs[1:] if slug else ():
            message = f"makes the same slug {slug!r} as the title of {shown(srcs[0])} (same headline twice?)"
            problems.append(Problem(shown(src), "title", message, Severity.WARNING))
    return problems
