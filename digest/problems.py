"""Problems found in input, content or configuration, and the errors that carry them.

Every check collects *all* problems before reporting, and every problem names the
file and the key, so a message reads like::

    content/articles/x.md: date: expected YYYY-MM-DD, got 'Monday'

Exception tree::

    DigestError
    ├── ProblemsError      one or more `Problem`s (invalid content or configuration)
    └── InputError         one raw input that cannot be converted (with the reason)
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any


class Severity(enum.Enum):
    """How bad a problem is: errors stop a build, warnings do not (``--strict`` makes them), notes only inform."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    """Something Digest filled in for the editor (an id derived from the file name); never fails a build."""

    def is_error(self) -> bool:
        return self is Severity.ERROR

    def is_warning(self) -> bool:
        return self is Severity.WARNING


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong with one key of one file."""

    path: str
    key: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.path}: {self.key}: " if self.key else f"{self.path}: "
        prefix = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"{where}{prefix}{self.message}"


def has_errors(problems: Iterable[Problem]) -> bool:
    """True when any problem is an error (warnings alone do not count)."""
    return any(p.severity.is_error() for p in problems)


class DigestError(Exception):
    """Base class of every error `digest` raises on purpose."""


class ProblemsError(DigestError):
    """Raised with every problem found, never just the first."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class InputError(DigestError):
    """A raw input that cannot be converted; the message says why."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


def describe(value: Any) -> str:
    """Describe a YAML value for a message: its type and, briefly, the value."""
    if isinstance(value, bool):
        return f"boolean {str(value).lower()} (quote the word if you meant text)"
    if value is None:
        return "an empty value"
    if isinstance(value, dt.datetime):
        return f"date and time {value.isoformat()!r}"
    if isinstance(value, dt.date):
        return f"date {value.isoformat()}"
    if isinstance(value, (int, float)):
        return f"number {value!r} (quote it if you meant text)"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return repr(shown)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def suggest(word: str, choices: Collection[str]) -> str:
    """A ``" (did you mean 'x'?)"`` suffix, or an empty string."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not match:
        lowered = {c.casefold(): c for c in choices}
        if word.casefold() in lowered:
            match = [lowered[word.casefold()]]
    return f" (did you mean {match[0]!r}?)" if match else ""
