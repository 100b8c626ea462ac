"""Reading and writing article files: ``---`` YAML frontmatter, ``---``, Markdown body.

`render` is the only way the converter turns an `Article` into text, so every
file it writes has the contract's key order, ``---`` delimiters and one trailing
newline. `parse` is the only way files are read back, by the CLI and the hooks.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from digest import yamlio
from digest.model import FIELDS, Article
from digest.problems import Problem
from digest.validate import validate_frontmatter

# Same shape MkDocs accepts (mkdocs.utils.meta): only '---' opens; '---' or '...' closes.
_FRONTMATTER_RE = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """The result of reading one article file: the article when valid, and every problem."""

    path: str
    article: Article | None
    problems: tuple[Problem, ...]
    meta: dict[str, Any] = field(default_factory=dict)
    """Raw frontmatter mapping as read (keys an editor added are kept here)."""


def split(text: str) -> tuple[str, str] | None:
    """Split ``text`` into (frontmatter YAML, body), or ``None`` without frontmatter."""
    if text.startswith("\ufeff"):
        text = text[1:]
    match = _FRONTMATTER_RE.match(text)
    if match is None:
        return None
    return match.group(1) or "", text[match.end() :]


def parse(path: str, text: str, topics: Collection[str] | None = None) -> ParsedFile:
    """Parse an article file's text; ``path`` is only used in messages."""
    if len(text) > MAX_ARTICLE_BYTES:
        size = f"{len(text):,} characters, more than {MAX_ARTICLE_BYTES:,}"
        return ParsedFile(path, None, (Problem(path, "file", f"is {size}"),))
    parts = split(text)
    if parts is None:
        if text.lstrip().startswith("---"):
            message = "frontmatter must start on the first line with '---' and end with '---'"
        else:
            message = "no frontmatter: the file must start with a '---' line"
        return ParsedFile(path, None, (Problem(path, "frontmatter", message),))
    yaml_text, body = parts
    try:
        meta = yamlio.load(yaml_text) if yaml_text.strip() else {}
    except yamlio.YAMLProblem as exc:
        line = f"line {exc.line + 1}: " if exc.line else ""  # +1: the opening '---'
        return ParsedFile(path, None, (Problem(path, "frontmatter", f"{line}{exc.message}"),))
    if not isinstance(meta, dict):
        message = f"expected key: value pairs, got {type(meta).__name__}"
        return ParsedFile(path, None, (Problem(path, "frontmatter", message),))
    article, problems = validate_frontmatter(path, meta, body, topics)
    return ParsedFile(path, article, tuple(problems), meta)


def frontmatter_dict(article: Article) -> dict[str, Any]:
    """The article's frontmatter in contract order, leaving out empty optional keys."""
    out: dict[str, Any] = {}
    for key in FIELDS:
        value = getattr(article, key)
        if value is None or value is False or (isinstance(value, (str, tuple)) and not value):
            continue
        out[key] = list(value) if isinstance(value, tuple) else value
    return out


def render(article: Article, extra: dict[str, Any] | None = None) -> str:
    """Render an article file: frontmatter, ``---``, body, exactly one trailing newline.

    ``extra`` holds keys outside the contract that an editor added (kept after the
    contract's keys, in their own order).
    """
    meta = frontmatter_dict(article)
    for key, value in (extra or {}).items():
        if key not in meta and key not in FIELDS:
            meta[key] = value
    body = "\n".join(line.rstrip() for line in article.body.strip().splitlines())
    return f"---\n{yamlio.dump(meta)}---\n\n{body}\n"
