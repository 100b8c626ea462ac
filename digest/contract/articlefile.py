"""Reading and writing article files: ``---`` YAML frontmatter, ``---``, Markdown body.

Files are split and written through python-frontmatter's handler API with `ArticleHandler`:
the delimiters MkDocs accepts and the project's strict YAML (`digest.text.yamlio`: no
anchors, no Python tags, a key given twice refused). `render` is the only way the
converter turns an `Article` into text, so every file it writes has the contract's key
order, ``---`` delimiters and one trailing newline. `parse` is the only way files are
read back, by the CLI and the hooks.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

import frontmatter
from frontmatter.default_handlers import YAMLHandler

from digest.contract.model import FIELDS, Article
from digest.contract.validate import validate_frontmatter
from digest.problems import Problem
from digest.text import yamlio

# Same shape MkDocs accepts (mkdocs.utils.meta): only '---' opens; '---' or '...' closes.
# Whole lines are skipped to the closing line (the first line that is one), not one character at a time.
_FRONTMATTER_RE = re.compile(r"\A---[ \t]*\r?\n((?:[^\n]*\n)+?)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _has_control(text: str) -> bool:
    """Whether ``text`` holds a character `_CONTROL` finds (fast: in UTF-8 they are these very bytes)."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """The result of reading one article file: the article when valid, and every problem."""

    path: str
    article: Article | None
    problems: tuple[Problem, ...]
    meta: dict[str, Any] = field(default_factory=dict)
    """Raw frontmatter mapping as read (keys an editor added are kept here)."""


class ArticleHandler(YAMLHandler):
    """python-frontmatter's YAML handler with MkDocs's delimiters and the project's strict YAML.

    `split` keeps the body exactly as written (the library's module-level `frontmatter.loads`
    strips it), and `export` keeps the mapping's key order (the contract's order).
    """

    FM_BOUNDARY = _FRONTMATTER_RE

    def detect(self, text: str) -> bool:
        return _FRONTMATTER_RE.match(text.removeprefix("\ufeff")) is not None

    def split(self, text: str) -> tuple[str, str]:
        """(frontmatter YAML, body); `ValueError` when ``text`` has no frontmatter."""
        text = text.removeprefix("\ufeff")
        match = _FRONTMATTER_RE.match(text)
        if match is None:
            raise ValueError("no frontmatter")
        return match.group(1) or "", text[match.end() :]

    def load(self, fm: str, **kwargs: object) -> Any:
        """The frontmatter mapping; `yamlio.YAMLProblem` for YAML the project refuses."""
        return yamlio.load(fm) if fm.strip() else {}

    def export(self, metadata: dict[str, object], **kwargs: object) -> str:
        return yamlio.dump(metadata).rstrip("\n")


HANDLER = ArticleHandler()


def split(text: str) -> tuple[str, str] | None:
    """Split ``text`` into (frontmatter YAML, body), or ``None`` without frontmatter."""
    try:
        return HANDLER.split(text)
    except ValueError:
        return None


def yaml_span(text: str) -> tuple[int, int] | None:
    r"""Where the frontmatter's YAML lies in ``text`` (start, end), or ``None`` without frontmatter.

    ``text[start:end]`` is what `split` returns as the YAML, so an edit there leaves the rest byte for byte.

    >>> yaml_span("---\ntitle: T\n---\nBody\n")
    (4, 13)
    """
    skip = 1 if text.startswith("\ufeff") else 0
    match = _FRONTMATTER_RE.match(text[skip:] if skip else text)
    if match is None:
        return None
    if match.group(1) is None:
        start = text.index("\n") + 1
        return start, start
    return match.start(1) + skip, match.end(1) + skip


def parse(path: str, text: str, topics: Collection[str] | None = None, *, src: str | None = None) -> ParsedFile:
    """Parse an article file's text; ``path`` is only used in messages.

    ``src`` is the file's path in the content folder (``articles/x.md``): a file
    without ``id`` then gets one derived from it (`digest.contract.validate.derived_id`).
    """
    if len(text) > MAX_ARTICLE_BYTES:
        size = f"{len(text):,} characters, more than {MAX_ARTICLE_BYTES:,}"
        return ParsedFile(path, None, (Problem(path, "file", f"is {size}"),))
    control = _CONTROL.search(text) if _has_control(text) else None
    if control is not None:
        line_no = text.count("\n", 0, control.start()) + 1
        message = f"line {line_no}: contains the control character U+{ord(control.group(0)):04X}; remove it"
        return ParsedFile(path, None, (Problem(path, "file", message),))
    parts = split(text)
    if parts is None:
        if text.lstrip().startswith("---"):
            message = "frontmatter must start on the first line with '---' and end with '---'"
        else:
            message = "no frontmatter: the file must start with a '---' line"
        return ParsedFile(path, None, (Problem(path, "frontmatter", message),))
    yaml_text, body = parts
    try:
        meta = HANDLER.load(yaml_text)
    except yamlio.YAMLProblem as exc:
        line = f"line {exc.line + 1}: " if exc.line else ""  # +1: the opening '---'
        return ParsedFile(path, None, (Problem(path, "frontmatter", f"{line}{exc.message}"),))
    if not isinstance(meta, dict):
        message = f"expected key: value pairs, got {type(meta).__name__}"
        return ParsedFile(path, None, (Problem(path, "frontmatter", message),))
    article, problems = validate_frontmatter(path, meta, body, topics, src=src)
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
    return render_meta(meta, article.body)


def render_meta(meta: dict[str, Any], body: str) -> str:
    """Render a file from a frontmatter mapping (kept in its order) and a Markdown body."""
    post = frontmatter.Post(normalize_body(body), HANDLER)
    post.metadata = meta  # assigned whole: keys such as 'content' or 'handler' cannot clash with Post's arguments
    return frontmatter.dumps(post) + "\n"


def normalize_body(body: str) -> str:
    """The body as the writer stores it: no trailing spaces, no blank lines around it."""
    return "\n".join(line.rstrip() for line in body.strip().splitlines())
