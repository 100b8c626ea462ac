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

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


class Severity(enum.Enum):
    """How bad a problem is: errors stop a build, warnings do not."""

    ERROR = "error"
    WARNING = "warning"

    def is_error(self) -> bool:
        return self is Severity.ERROR


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong with one key of one file."""

    path: str
    key: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.path}: {self.key}: " if self.key else f"{self.path}: "
        prefix = "warning: " if self.severity is Severity.WARNING else ""
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
