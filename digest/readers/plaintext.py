"""Plain-text articles: the title on the first line, paragraphs separated by blank lines.

Optional header lines right under the title state metadata explicitly::

    El Salvador's president agrees to take U.S. prison inmates, for a fee
    Date: 2025-02-04
    Source: The Independent
    URL: https://www.independent.co.uk/...
    By: Jane Doe, John Roe

Nothing else is metadata: a date in the body is never a publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from digest.problems import InputError
from digest.readers.bylines import authors_from_byline
from digest.readers.decode import decode
from digest.readers.document import RawDocument, shorten_title
from digest.text.dates import parse_explicit_date

_HEADER = re.compile(
    r"^(?P<key>date|published|publication date|source|publisher|url|link|via|by|authors?)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?i:by)\s+(?P<value>[A-Z][^.!?:]{1,120})$")
MAX_HEADER_LINES = 8


def split_paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated paragraphs (wrapped lines joined); one per line when no blank lines."""
    text_lines = [line.strip() for line in lines]
    if "" not in text_lines[1:-1] and len(text_lines) > 1:
        return [line for line in text_lines if line]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text_lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _header(lines: list[str], path: str) -> tuple[dict[str, str], int, list[str]]:
    """Parse header lines after the title; return (fields, lines consumed, notes)."""
    fields: dict[str, str] = {}
    notes: list[str] = []
    used = 0
    for line in lines[:MAX_HEADER_LINES]:
        stripped = line.strip()
        match = _HEADER.match(stripped) or _BYLINE.match(stripped)
        if not stripped and used == 0:
            used += 1
            continue
        if not match:
            break
        key = match.groupdict().get("key", "by") or "by"
        key = {
            "published": "date",
            "publication date": "date",
            "publisher": "source",
            "link": "url",
            "author": "by",
            "authors": "by",
        }.get(key.lower(), key.lower())
        fields.setdefault(key, match.group("value").strip())
        used += 1
    return fields, used, notes


def read_text(path: str, data: bytes) -> list[RawDocument]:
    """Read one plain-text article from its bytes; ``path`` names it in messages."""
    text, note = decode(path, data)
    notes = [note] if note else []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        raise InputError(path, "is empty (no text)" if not text else "contains only whitespace")
    title, title_note = shorten_title(lines[start])
    notes += [title_note] if title_note else []
    fields, used, header_notes = _header(lines[start + 1 :], path)
    notes += header_notes
    paragraphs = split_paragraphs(lines[start + 1 + used :])
    if not paragraphs:
        raise InputError(path, "has a title but no article text")
    date: dt.date | None = None
    if "date" in fields:
        date = parse_explicit_date(fields["date"])
        if date is None:
            notes.append(f"Date: header {fields['date']!r} is not an unambiguous date (use YYYY-MM-DD); date left out")
    url = fields.get("url")
    if url and not url.lower().startswith(("http://", "https://")):
        notes.append(f"URL: header is not an http(s) URL: {url!r}; left out")
        url = None
    authors = authors_from_byline(fields.get("by", ""))
    return [
        RawDocument(
            original=path,
            title=title,
            paragraphs=tuple(paragraphs),
            date=date,
            url=url,
            source=fields.get("source"),
            via=fields.get("via"),
            authors=authors,
            notes=tuple(notes),
        )
    ]
