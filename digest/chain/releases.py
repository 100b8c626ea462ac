"""A press release a newswire distributed (`issuer`): its source is the body that issued it, the site the via.

A distributed release opens with the distributor's name between slashes in its dateline ("KELMOUTH, May 6, 2019
/Harbourline Newswire/ -- ..."), then names its issuer as the subject of its lead ("Penhallow Stoneworks, a
quarrying company, today announced ..."), and often closes on an "About <issuer>" paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_RELEASE_DATELINE = re.compile(r"^[^/\n]{2,80}?/[A-Z][\w .&'’-]{1,40}/\s*(?:--|[-–—])\s*(?=\S)")
"""A distributed release's dateline: "KELMOUTH, May 6, 2019 /Harbourline Newswire/ -- "."""
_NAME = r"[A-Z][\w&.'’-]*(?: (?:&|of|and|[A-Z][\w&.'’-]*)){0,5}"
_SUBJECT = re.compile(rf"^(?P<name>{_NAME})(?:,| \()")
"""The issuer heading the lead, before its description: "Penhallow Stoneworks, a quarrying company, ..."."""
_ANNOUNCES = re.compile(r"\b(?:today|announced|announces|has launched|launches|unveiled|unveils)\b")
MAX_RELEASE_OPENING = 3


def issuer(paragraphs: Sequence[str]) -> str | None:
    """The body that issued a release a newswire distributed: the subject of the lead after the release's dateline
    when the lead announces ("today announced") or an "About <subject>" paragraph confirms it.

    >>> issuer(["KELMOUTH, May 6 /Harbourline Wire/ -- Penhallow Stoneworks, a quarry, today announced a deal."])
    'Penhallow Stoneworks'
    >>> issuer(["Penhallow Stoneworks, a quarry, today announced a deal."]) is None
    True
    """
    for paragraph in paragraphs[:MAX_RELEASE_OPENING]:
        dateline = _RELEASE_DATELINE.match(paragraph)
        if dateline is None:
            continue
        lead = paragraph[dateline.end() :]
        subject = _SUBJECT.match(lead)
        if subject is None:
            return None
        name = subject.group("name")
        about = any(p.startswith(f"About {name}") for p in paragraphs)
        return name if about or _ANNOUNCES.search(lead) else None
    return None
