"""The reporters a closing credit line names, for a page that names its writers nowhere else: wire copy carried
without a byline ends "(Reporting by Ann Roe; Editing by Tom Vale)", and its reporters wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.readers.bylines import people_among
from digest.readers.namecuts import writers

_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_CLOSING = re.compile(r"^\W*(?:reporting|reported|writing|written) by\b", re.IGNORECASE)
_ROLES = re.compile(r"\s*;\s*|,\s*(?=(?:with |additional )?[a-z]+ by\b)")
_WHERE = re.compile(r"\s+(?:in|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def closing_reporters(lines: Sequence[str], sites: Sequence[str], url: str | None) -> tuple[str, ...]:
    """The writers a closing credit line names when nothing else names one ("(Reporting by Ann Roe in Lima and Tom
    Vale; Writing by Bo Lind; Editing by Kim Oh)": Ann Roe, Tom Vale, Bo Lind); not those of a later "with reporting
    by" or "additional reporting by", who helped.

    >>> closing_reporters(["(Reporting by Ann Roe in Lima and Tom Vale; Editing by Kim Oh)"], [], None)
    ('Ann Roe', 'Tom Vale')
    """
    for line in lines:
        if _CLOSING.match(line):
            roles = _ROLES.split(line.strip().strip("()[]. "))
            writing = [writers(role) for role in roles if not role.casefold().startswith(("with ", "additional "))]
            parts = [p for chunk in writing for p in _SPLIT.split(_WHERE.sub("", chunk))]
            return tuple(people_among(parts, sites, url, several=True).values())
    return ()
