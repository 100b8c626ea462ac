"""The news agency a story is credited to (`wire_of`): by its dateline, its byline or author field, its closing
copyright or credit line, its declared source organisation, or a cue; `digest.chain.sources` makes it the story's
source and the site that carried it the via.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.chain.lookup import Agencies, agencies, by_cues, by_name, mentions
from digest.config import Source
from digest.readers.document import RawDocument
from digest.readers.masthead import compact

_DATELINE_AGENCY = re.compile(
    r"^[^()\n]{0,60}?\((?P<name>[A-Za-z][\w .&'’-]{1,40})\)\.?\s*(?:(?P<dash>[-–—_]|--)|(?=[A-Z“\"]))"
)
"""A dateline that credits an agency: "WASHINGTON (AP) —", "(Reuters) -", "LONDON, May 6 (Reuters) -", "(AP) _",
"Madrid, Dec 5 (EFE).-", and without a dash, "New Delhi, Dec 5 (PTI) The ..." (then only an agency's name counts)."""
_REPORT_BY = re.compile(
    r"\b(?:[Tt]his|[Tt]he) (?:report|story|article) (?:by|from) (?P<name>[A-Z][\w .&'’-]{1,40}?) was (?:first )?"
    r"(?:published|distributed|written)\b"
)
"""A tagline saying whose report it is: "This report by The Canadian Press was first published Dec. 5, 2026."."""
_CLOSING_BRACKETS = re.compile(r"\((?P<name>[A-Z][\w .&'’-]{1,40})\)\.?\s*$")
"""An agency's credit in brackets ending the story's last paragraph: "... the council said. (ANSA)."."""
_CLOSING_DASH = re.compile(r"[.!?\"”’]\s+(?:[-–—]{1,2})\s*(?P<name>[A-Z][\w .&'’-]{1,40}?)\.?\s*$")
"""An agency's credit after a dash ending the story's last paragraph: "... due on Friday. - AFP"."""


_COPYRIGHT = re.compile(
    r"^\s*(?:(?:copyright\b|©|\(c\))[\s©]*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?P<name>[^.,;]{2,60}?)"
    r"(?:\s+\d{4})?(?:\s+(?:L\.P|Inc|Ltd|LLC))?\s*(?:[.,;]|$)",
    re.I,
)
"""A copyright line: "Copyright 2019 The Associated Press. All rights reserved.", "© 2019 AFP", "(c) Copyright
Thomson Reuters 2019.", "©2019 Bloomberg L.P."."""
MAX_CLOSING_LINES = 3
"""A story's own copyright line closes it: the last paragraphs only (a caption's credit is no story's)."""
_CLOSING_CREDIT = re.compile(
    r"^\s*(?:[-–—]+\s*|[Ss]ource\s*:\s*|[Dd]istributed by\s+)?"
    r"(?P<open>\()?(?P<name>[A-Za-z][\w .&'’-]{1,40}?)(?(open)\))(?:,?\s+(?:LLC|Inc|Ltd))?\s*\.?\s*$"
)
"""A line that only names who supplied the story, closing it: "Australian Associated Press", "Source: PA Media",
"(Kyodo)", "— AFP", "Distributed by Tribune Content Agency, LLC."."""


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
    author), its closing copyright line or a closing line naming the agency alone, the organisation the metadata
    says supplied it, or a cue."""
    known = agencies(sources)
    wires = known.wires
    if not wires:
        return None
    dateline = next((m for p in doc.paragraphs[:5] if (m := _DATELINE_AGENCY.match(p))), None)
    agency = by_name(dateline.group("name"), wires) if dateline is not None else None
    if dateline is not None and (dateline.group("dash") or agency):  # it names the agency: no other clue overrules it
        return agency
    for credit in doc.credits:
        named = known.names if credit.isupper() else known.named_in(credit)  # most credits name no agency
        named_here = [
            (len(n), wire)
            for wire, names in named
            for n in (*names, *([n.upper() for n in names] if credit.isupper() else []))  # "KYODO NEWS"
            if mentions(n, credit) and not _contributed(n, credit)
        ]
        if named_here:  # the longest name mentioned: "Australian Associated Press" holds "Associated Press"
            return max(named_here, key=lambda item: item[0])[1]
    if agency := _after_writer(doc, wires):
        return agency
    for line in doc.paragraphs[-MAX_CLOSING_LINES:]:
        if (holder := _COPYRIGHT.match(line) or _CLOSING_CREDIT.match(line)) and (
            agency := by_name(holder.group("name"), wires)
        ):
            return agency  # "Copyright 2019 The Associated Press. All rights reserved.", "Source: PA Media"
    last = doc.paragraphs[-1] if doc.paragraphs else ""
    for closing in (_CLOSING_BRACKETS.search(last), _CLOSING_DASH.search(last)):
        if closing and (agency := by_name(closing.group("name"), wires)):
            return agency  # "... the council said. (ANSA).", "... due on Friday. - AFP"
    for name in doc.providers:  # JSON-LD's source organisation: who supplied the content
        if agency := by_name(name, wires):
            return agency
    for paragraph in doc.paragraphs[-MAX_CLOSING_LINES:]:
        for tagline in _REPORT_BY.finditer(paragraph):
            if agency := by_name(tagline.group("name"), wires):
                return agency  # "This report by The Canadian Press was first published ..."
    found = by_cues(doc.paragraphs, wires)
    if found:
        return found[0]
    return _pictured_wire(doc, known) if any(_UNNAMED_WIRE.search(c) for c in doc.credits) else None


_AFTER_WRITER = re.compile(r"^(?:(?i:by)\s+)?(?P<who>[^,;|]{3,60}?)\s*,\s*(?P<short>[A-Z]{2,5})$")


def _after_writer(doc: RawDocument, wires: Sequence[Source]) -> Source | None:
    """The agency whose name opens with the capitals a byline prints after one of the article's writers ("By Ann
    Roe, PA": PA Media), when one agency's does: after a writer, not a town ("Erie, PA"), they name her employer."""
    writers = {compact(a) for a in doc.authors}
    for credit in doc.credits:
        found = _AFTER_WRITER.match(credit.strip())
        if not found or compact(found.group("who")) not in writers:
            continue
        short = found.group("short")
        named = [w for w in wires if any(n.split()[0] == short for n in (w.name, *w.aliases))]
        if len(named) == 1:
            return named[0]
    return None


_UNNAMED_WIRE = re.compile(r"\b(?:wire|news) (?:services?|reports?|agencies)\b|\bwire (?:staff|copy)\b", re.IGNORECASE)
"""A byline crediting the story to wires it does not name: "Detroit News wire services", "From wire reports"."""


def _pictured_wire(doc: RawDocument, known: Agencies) -> Source | None:
    """The one agency the page's picture credits name, for a story its byline credits to unnamed wires: the pictures
    come with the story from the agency that sent it ("Al Goldis, Associated Press")."""
    named = {
        wire.name: wire
        for credit in doc.picture_credits
        for wire, names in known.named_in(credit)
        if any(mentions(n, credit) for n in names)
    }
    return next(iter(named.values())) if len(named) == 1 else None


_WRITER = re.compile(r"^(?:[Bb]y:?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$")
"""A byline's writer before the comma: "By Ann Roe", "Ann Marie Roe"."""


def partner_of(doc: RawDocument, sources: Sequence[Source], publisher: str | None) -> Source | None:
    """The newsroom a byline credits after its writer ("By Ann Roe, Grist") when it is a known publisher's (not an
    agency's nor an aggregator's) other than the site's: the partner whose story the site republished."""
    own = by_name(publisher or "", sources)
    for credit in doc.credits:
        parts = [p.strip() for p in credit.split(",")]
        if len(parts) != 2 or not _WRITER.match(parts[0]):
            continue
        known = by_name(parts[1], sources)
        if known is not None and known is not own and not (known.wire or known.aggregator) and known.domains:
            return known
    return None
