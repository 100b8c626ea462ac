"""The news agency a story is credited to (`wire_of`): by its dateline, its byline or author field, its closing
copyright line, or a cue; `digest.chain.sources` makes it the story's source and the site that carried it the via.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.chain.lookup import agencies, by_cues, by_name, mentions
from digest.config import Source
from digest.readers.document import RawDocument

_DATELINE_AGENCY = re.compile(r"^[^()\n]{0,60}?\((?P<name>[A-Za-z][\w .&'’-]{1,40})\)\s*(?:[-–—_]|--)")
"""A dateline that credits an agency: "WASHINGTON (AP) —", "(Reuters) -", "LONDON, May 6 (Reuters) -", "(AP) _"."""


_COPYRIGHT = re.compile(
    r"^\s*(?:copyright\b|©|\(c\))[\s©]*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?P<name>[^.,;]{2,60}?)\s*(?:[.,;]|$)", re.I
)
"""A copyright line: "Copyright 2019 The Associated Press. All rights reserved.", "© 2019 AFP"."""
MAX_CLOSING_LINES = 3
"""A story's own copyright line closes it: the last paragraphs only (a caption's credit is no story's)."""


_WITH = re.compile(r"^\s*(?:By\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+with\b", re.UNICODE)
"""A writer's byline crediting agencies' material after "with": "Katrin Vogel with dpa, Reuters"."""


def _contributed(name: str, credit: str) -> bool:
    """Whether a credit names the agency only as a contributor to a named writer's story ("Ann Roe with AP,
    Reuters"): the story is the writer's outlet's, not the agency's.

    >>> _contributed("Reuters", "Ann Roe with dpa, Reuters"), _contributed("Reuters", "By Ann Roe, Reuters")
    (True, False)
    """
    head = _WITH.match(credit)
    return head is not None and credit.find(name, head.end()) >= 0


def wire_of(doc: RawDocument, sources: Sequence[Source]) -> Source | None:
    """The news agency a story is credited to: by its dateline, its byline or author field (or the metadata's
    author), its closing copyright line, or a cue."""
    known = agencies(sources)
    wires = known.wires
    if not wires:
        return None
    dateline = next((m for p in doc.paragraphs[:5] if (m := _DATELINE_AGENCY.match(p))), None)
    if dateline is not None:  # the dateline names the agency: no other clue overrules it
        return by_name(dateline.group("name"), wires)
    for credit in doc.credits:
        for wire, names in known.named_in(credit):  # none when the credit names no agency (most do not)
            if any(mentions(n, credit) and not _contributed(n, credit) for n in names):
                return wire
    for line in doc.paragraphs[-MAX_CLOSING_LINES:]:
        if (holder := _COPYRIGHT.match(line)) and (agency := by_name(holder.group("name"), wires)):
            return agency  # "Copyright 2019 The Associated Press. All rights reserved."
    found = by_cues(doc.paragraphs, wires)
    return found[0] if found else None
