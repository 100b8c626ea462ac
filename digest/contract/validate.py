"""Frontmatter validation: a raw mapping in, an `Article` and every problem out.

YAML is loose about types (unquoted ``no`` is a boolean, ``1.10`` a float,
``2025-02-04`` a date), so each key is checked for its exact type and the
message says what was expected and what was found.

A page an editor writes by hand needs only what a person knows: ``title`` and
one of ``date`` or ``added``. ``added`` then defaults to ``date``; without
``id``, the id is derived from the file's path (`derived_id`, stable while the
file keeps its name) and a note says so; an empty ``summary`` is no summary
(the site makes one from the body). Every other rule holds for every file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Collection, Mapping
from typing import Any

from digest.contract.model import (
    BOOL_FIELDS,
    DATE_FIELDS,
    FIELDS,
    KNOWN_EXTRA_KEYS,
    LIST_FIELDS,
    REQUIRED,
    TEXT_FIELDS,
    Article,
)
from digest.problems import Problem, Severity, describe, suggest

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z]{2,4})?")
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_URL_SCHEMES = ("http://", "https://")
MAX_TITLE_CHARS = 300
MAX_LIST_ITEMS = 100
PLACEHOLDER = "Write the article here."
"""The body ``digest new`` starts a piece with; a published article that still has it is warned about."""


def derived_id(src: str) -> str:
    """The id of an article file without one: 12 hex digits from its path in the content folder.

    ``src`` is that path in POSIX form (``articles/my-note.md``), so the id does not
    depend on where the command runs; it stays the same while the file keeps its name.

    >>> derived_id("articles/my-note.md")
    '56847c24b7cc'
    """
    return hashlib.sha256(f"path:{src}".encode()).hexdigest()[:12]


def _check_date(value: Any) -> tuple[dt.date | None, str | None]:
    if isinstance(value, dt.datetime):
        return None, f"expected YYYY-MM-DD, got {describe(value)}"
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, str) and _DATE_RE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()), None
        except ValueError:
            return None, f"not a real date: {value!r}"
    return None, f"expected YYYY-MM-DD, got {describe(value)}"


def _check_text(key: str, value: Any) -> tuple[str | None, str | None]:
    if not isinstance(value, str):
        return None, f"expected text, got {describe(value)}"
    text = value.strip()
    if not text:
        return None, "must not be empty"
    if key in {"url", "image"} and not text.lower().startswith(_URL_SCHEMES):
        return None, f"expected an http(s) URL, got {describe(value)}"
    if key in {"url", "image"} and any(c.isspace() or c in "<>\"'`" for c in text):
        return None, f"URL contains characters that are not allowed: {describe(value)}"
    if key == "lang" and not _LANG_RE.fullmatch(text):
        return None, f"expected a language code such as 'en' or 'es', got {describe(value)}"
    if key == "id" and not _ID_RE.fullmatch(text):
        return None, f"expected letters, digits, '-' or '_' (at most 64), got {describe(value)}"
    if key == "title" and len(text) > MAX_TITLE_CHARS:
        return None, f"is {len(text):,} characters long; at most {MAX_TITLE_CHARS} are allowed"
    if key not in {"note", "summary"} and "\n" in text:
        return None, "must be a single line"
    return text, None


def _check_list(value: Any) -> tuple[tuple[str, ...] | None, list[str]]:
    if isinstance(value, str):
        return None, [f"expected a list, got {describe(value)}; write it as '- {value.strip()}'"]
    if not isinstance(value, list):
        return None, [f"expected a list of text, got {describe(value)}"]
    if len(value) > MAX_LIST_ITEMS:
        return None, [f"has {len(value)} items; at most {MAX_LIST_ITEMS} are allowed"]
    items: list[str] = []
    messages: list[str] = []
    for index, item in enumerate(value, start=1):
        if not isinstance(item, str) or not item.strip():
            messages.append(f"item {index}: expected text, got {describe(item)}")
        elif "\n" in item.strip():
            messages.append(f"item {index}: must be a single line")
        else:
            items.append(item.strip())
    return tuple(items), messages


def validate_frontmatter(
    path: str,
    meta: Mapping[Any, Any],
    body: str,
    topics: Collection[str] | None = None,
    *,
    src: str | None = None,
) -> tuple[Article | None, list[Problem]]:
    """Check ``meta`` against the contract; return the article (if valid) and all problems.

    ``topics`` is the set of topic titles from ``site_config/``; when given, every
    topic an article names must be one of them. ``src`` is the file's path in the
    content folder (``articles/x.md``): a file without ``id`` gets `derived_id`
    of it (with a note); without ``src`` an ``id`` is required.
    """
    problems: list[Problem] = []
    values: dict[str, Any] = {}

    def error(key: str, message: str) -> None:
        problems.append(Problem(path, key, message))

    for key in meta:
        if not isinstance(key, str):
            error(str(key), f"keys must be text, got {describe(key)}")
        elif key not in FIELDS and key not in KNOWN_EXTRA_KEYS:
            hint = suggest(key, FIELDS)
            problems.append(Problem(path, key, f"unknown key{hint}", Severity.WARNING))
    for key in sorted(REQUIRED - set(meta)):
        error(key, "is required")
    if "added" not in meta and "date" not in meta:
        error("added", "is required when there is no 'date' (the day the article entered the digest, YYYY-MM-DD)")

    for key in FIELDS:
        if key not in meta or (key == "summary" and _blank(meta[key])):
            continue
        value = meta[key]
        if key in DATE_FIELDS:
            values[key], message = _check_date(value)
            if message:
                error(key, message)
        elif key in BOOL_FIELDS:
            if isinstance(value, bool):
                values[key] = value
            else:
                error(key, f"expected true or false, got {describe(value)}")
        elif key in LIST_FIELDS:
            items, messages = _check_list(value)
            for message in messages:
                error(key, message)
            if items is not None:
                values[key] = _dedupe(path, key, items, problems)
        elif key in TEXT_FIELDS:
            values[key], message = _check_text(key, value)
            if message:
                error(key, message)

    if topics is not None:
        for topic in values.get("topics", ()):
            if topic not in topics:
                error("topics", f"unknown topic {topic!r}{suggest(topic, topics)}")
    if not body.strip():
        error("body", "the article has no text after the frontmatter")
    elif body.strip() == PLACEHOLDER and not values.get("draft"):
        message = f"is still the placeholder {PLACEHOLDER!r} of 'digest new': write the article, or mark it draft"
        problems.append(Problem(path, "body", message, Severity.WARNING))

    _defaults(path, meta, values, src, problems)
    if any(p.severity is Severity.ERROR for p in problems):
        return None, problems
    fields = {k: v for k, v in values.items() if v is not None}
    return Article(body=body, **fields), problems


def _blank(value: Any) -> bool:
    """An empty value (``summary:`` or ``summary: ''``): the key is as good as absent."""
    return value is None or (isinstance(value, str) and not value.strip())


def _defaults(
    path: str, meta: Mapping[Any, Any], values: dict[str, Any], src: str | None, found: list[Problem]
) -> None:
    """Fill ``added`` from ``date`` and ``id`` from ``src`` when the file leaves them out, with a note each."""
    fix = "'digest check --fix' writes it into the file"
    if "added" not in meta and isinstance(values.get("date"), dt.date):
        values["added"] = values["date"]
        found.append(Problem(path, "added", f"not given; the date {values['date']} is used ({fix})", Severity.NOTE))
    if "id" in meta:
        return
    if src is None:
        found.append(Problem(path, "id", "is required"))
        return
    values["id"] = derived_id(src)
    message = f"not given; {values['id']!r} is derived from the file name and changes if the file is renamed ({fix})"
    found.append(Problem(path, "id", message, Severity.NOTE))


def _dedupe(path: str, key: str, items: tuple[str, ...], problems: list[Problem]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        folded = item.casefold()
        if folded in seen:
            problems.append(Problem(path, key, f"{item!r} is listed twice", Severity.WARNING))
        else:
            seen[folded] = item
    return tuple(seen.values())
