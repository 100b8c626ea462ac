"""``digest explain`` and ``digest restore``: what the converter removed from an article, and putting it back.

`explain` lists the paragraphs removed when the article was last converted, from
its record (`digest.store.state`), each with its place among the body's paragraphs
and the reason. `restore` puts one of them back into the article file at that place
(`digest.store.removals.place`), atomically and under the content folder's lock.

A restored paragraph is an editor's edit like any other: the file now differs from
what the converter wrote, so later conversions keep it (`digest.store.reconcile`:
``kept``; with ``--update``, the merge keeps the editor's body).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from digest.contract import articlefile
from digest.paths import display_path, printable, read_file, reason
from digest.problems import DigestError
from digest.store import lock
from digest.store.removals import PlaceError, Removal, blocks, is_present, place, quote
from digest.store.state import Record, StateStore
from digest.store.writer import write_atomic
from digest.text import yamlio

WIDTH = 100
INDENT = "      "
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class ExplainError(DigestError):
    """The article's removals cannot be listed or put back; the message names the file and says why."""


@dataclass(frozen=True, slots=True)
class _Article:
    shown: str
    text: str
    body: str
    original: str | None
    record: Record


def _load(path: Path, content: Path) -> _Article:
    """The article file at ``path`` and its record in ``content``."""
    shown = display_path(path)
    try:
        text = read_file(path, articlefile.MAX_ARTICLE_BYTES).decode("utf-8")
    except OSError as exc:
        raise ExplainError(f"{shown}: {reason(exc)}") from None
    except UnicodeDecodeError:
        raise ExplainError(f"{shown}: is not UTF-8 text") from None
    parts = articlefile.split(text)
    try:
        meta = yamlio.load(parts[0]) if parts else None
    except yamlio.YAMLProblem as exc:
        raise ExplainError(f"{shown}: its frontmatter cannot be read ({exc.message})") from None
    article_id = meta.get("id") if isinstance(meta, dict) else None
    if parts is None or not isinstance(article_id, str):
        raise ExplainError(f"{shown}: has no 'id' in its frontmatter, so its record cannot be found")
    store = StateStore(content)
    record = store.get(article_id) if _ID.fullmatch(article_id) else None
    if record is None:
        raise ExplainError(
            f"{shown}: no record of converting it in {display_path(store.folder)} "
            "(written by hand, converted into another content folder (--content), or its record was deleted)"
        )
    original = meta.get("original") if isinstance(meta, dict) else None
    return _Article(shown, text, parts[1], original if isinstance(original, str) else None, record)


def _unknown(article: _Article) -> str:
    return (
        f"{article.shown}: converted before Digest kept the paragraphs it removes, so what was removed is unknown; "
        "run `digest convert` on its input again (with --update if the input changed) to record them"
    )


def explain(path: Path, content: Path) -> list[str]:
    """The lines ``digest explain`` prints for the article at ``path``."""
    article = _load(path, content)
    removed = article.record.removed
    if removed is None:
        return [_unknown(article)]
    source = f" from {printable(article.original)}" if article.original else ""
    if not removed:
        return [f"{article.shown}: nothing was removed when it was converted{source}"]
    base = [block.text for block in blocks(_body(article.record.text))]
    lines = [f"{article.shown}: {len(removed)} paragraph(s) removed when it was converted{source}"]
    where = None
    for number, removal in enumerate(removed, start=1):
        if where != (where := _position(removal, base)):
            lines += ["", f"{where}:"]
        back = "  (now in the body)" if is_present(removal, article.body) else ""
        lines.append(f"{number:>3}. {printable(removal.reason)}{back}")
        text = printable(removal.text)
        lines += textwrap.wrap(text, WIDTH, initial_indent=INDENT, subsequent_indent=INDENT) or [INDENT]
    lines += ["", f"Put one back where it was with: digest restore {article.shown} NUMBER"]
    return lines


def restore(path: Path, content: Path, number: int) -> str:
    """Put removed paragraph ``number`` back into the article at ``path``; return the line to print."""
    with lock.hold(content):
        article = _load(path, content)
        removed = article.record.removed
        if removed is None:
            raise ExplainError(_unknown(article))
        try:
            placed = place(removed, number, _body(article.record.text), article.body)
        except PlaceError as exc:
            raise ExplainError(f"{article.shown}: {exc}; nothing changed") from None
        head = article.text[: len(article.text) - len(article.body)]
        write_atomic(path, head + placed.body)
    check = "" if placed.exact else "; check its place"
    why = printable(removed[number - 1].reason)
    return printable(f"restored  {article.shown}: paragraph {number} ({why}) put back {placed.where}{check}")


def _body(text: str) -> str:
    parts = articlefile.split(text)
    return parts[1] if parts else ""


def _position(removal: Removal, base: list[str]) -> str:
    """Where a removed paragraph stood among the converted body's paragraphs, for an editor."""
    if not base:
        return "In the body"
    if removal.after == 0:
        return f"At the top, before {_quote(base[0])}"
    if removal.after >= len(base):
        return f"At the end, after {_quote(base[-1])}"
    return f"After paragraph {removal.after}, {_quote(base[removal.after - 1])}"


def _quote(text: str) -> str:
    return printable(quote(text, 50))
