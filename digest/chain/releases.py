"""A press release a newswire distributed (`issuer`): its source is the body that issued it, the site the via.

A distributed release opens with the distributor's name between slashes in its dateline ("KELMOUTH, May 6, 2019
/Harbourline Newswire/ -- ..."), then names its issuer as the subject of its lead ("Penhallow Stoneworks, a
quarrying company, today announced ..."), and often closes on an "About <issuer>" paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.chain.wording import without_legal_form

_RELEASE_DATELINE = re.compile(
    r"^(?:[^/\n]{2,80}?/[A-Z][\w .&'’-]{1,40}/|(?P<bracket>[^()\n]{2,80}?\([A-Z][\w .&'’-]{1,40}\)))"
    r"\s*(?:--|[-–—])\s*(?=\S)"
)
"""A distributed release's dateline: "KELMOUTH, May 6, 2019 /Harbourline Newswire/ -- "; the distributor in brackets,
as an agency's dateline writes its name ("KELMOUTH, May 6, 2019 (HARBOURLINE NEWSWIRE) -- "), only with the release's
"About" paragraph."""
_NAME = r"[A-Z][\w&.'’-]*(?: (?:&|of|and|[A-Z][\w&.'’-]*)){0,5}"
_SUBJECT = re.compile(rf"^(?P<name>{_NAME})(?:,| \(| (?=(?:today|announced|announces)\b))")
"""The issuer heading the lead, before its description or its announcement: "Penhallow Stoneworks, a quarrying
company, ...", "Penhallow Stoneworks Inc. today announced ..."."""
_ANNOUNCES = re.compile(r"\b(?:today|announced|announces|has launched|launches|unveiled|unveils)\b")
MAX_RELEASE_OPENING = 3


def issuer(paragraphs: Sequence[str]) -> str | None:
    """The body that issued a release a newswire distributed, without its legal form: the subject of the lead after
    the release's dateline when the lead announces ("today announced") or an "About <subject>" paragraph confirms it
    (only that, after a distributor in brackets).

    >>> issuer(["KELMOUTH, May 6 /Harbourline Wire/ -- Penhallow Stoneworks, a quarry, today announced a deal."])
    'Penhallow Stoneworks'
    >>> issuer(["Penhallow Stoneworks, a quarry, today announced a deal."]) is None
    True
    >>> issuer(["KELMOUTH (HBL WIRE) -- Penhallow Stoneworks Inc. today announced it.", "About Penhallow Stoneworks"])
    'Penhallow Stoneworks'
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
        bare = without_legal_form(name)
        about = any(p.startswith(f"About {bare}") for p in paragraphs)  # its legal form there or not
        return bare if about or (not dateline.group("bracket") and _ANNOUNCES.search(lead)) else None
    return None
