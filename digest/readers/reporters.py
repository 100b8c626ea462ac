"""The reporters a closing credit line names, for a page that names its writers nowhere else: wire copy carried
without a byline ends "(Reporting by Ann Roe; Editing by Tom Vale)", and its reporters wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

import lxml.html

from digest.readers.bylines import SPLIT, people_among
from digest.readers.credits import ELSEWHERE, MAX_BYLINE_CHARS, NS
from digest.readers.htmltext import squash
from digest.readers.namecuts import writers

_CLOSING = re.compile(r"^\W*(?:(?:additional|with) )?(?:reporting|reported|writing|written) by\b", re.IGNORECASE)
"""A credit line's opening; the people who helped may come first ("(Additional reporting by Ann Roe; Writing by
Bo Lind)")."""
_HELPED = ("with ", "additional ")
_ROLES = re.compile(r"\s*;\s*|,\s*(?=(?:with |additional )?[a-z]+ by\b)")
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")
"""Where the credit line's sentence ends ("Written by Ann Roe. Ann Roe is ..."; not "Ann B. Roe", "St. Louis")."""
_WHERE = re.compile(r"\s+(?:in|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def closing_reporters(lines: Sequence[str], sites: Sequence[str], url: str | None) -> tuple[str, ...]:
    """The writers a closing credit line names when nothing else names one ("(Reporting by Ann Roe in Lima and Tom
    Vale; Writing by Bo Lind; Editing by Kim Oh)": Ann Roe, Tom Vale, Bo Lind); not those of a "with reporting by"
    or "additional reporting by", who helped (a line naming only those leaves the next line to name the writers). A
    line that credits more than names, up to its sentence's end, is a sentence of the story ("Written by Ann Roe and
    directed by Tom Vale, the play runs ...") and names no one.

    >>> closing_reporters(["(Reporting by Ann Roe in Lima and Tom Vale; Editing by Kim Oh)"], [], None)
    ('Ann Roe', 'Tom Vale')
    >>> closing_reporters(["(Additional reporting by Ann Roe; Writing by Bo Lind)"], [], None)
    ('Bo Lind',)
    """
    for line in lines:
        if _CLOSING.match(line):
            roles = _ROLES.split(_SENTENCE_END.split(line.strip(), maxsplit=1)[0].strip("()[]. "))
            writing = [writers(role) for role in roles if not role.casefold().startswith(_HELPED)]
            parts = [p for chunk in writing for p in SPLIT.split(_WHERE.sub("", chunk)) if p.strip()]
            if not parts:
                continue  # only the people who helped: a later line may name the writers
            found = people_among(parts, sites, url, several=True)
            return tuple(found.values()) if len(found) == len(parts) else ()  # names only: a credit line
    return ()


_CREDITED = (
    "//body//text()[contains(., 'eporting by') or contains(., 'riting by') or contains(., 'eported by') or "
    "contains(., 'ritten by')]"
)
"""Where a credit line may open (a fast search: most pages have none)."""


def credit_lines(tree: lxml.html.HtmlElement) -> list[str]:
    """The page's short elements that are a credit line ("Reporting by Ann Roe; Editing by Tom Vale"), never
    another story's nor the footer's: a wire story carried with the agency as its byline credits its reporters
    under it, where the extractor leaves the line out."""
    found: list[str] = []
    for node in tree.xpath(_CREDITED):
        element = node.getparent().getparent() if node.is_tail else node.getparent()  # a tail's is its parent's
        text = squash(element.text_content()) if element is not None else ""
        if not _CLOSING.match(text) or len(text) > MAX_BYLINE_CHARS or text in found:
            continue
        if not element.xpath(ELSEWHERE, namespaces=NS) and not element.xpath("ancestor::footer"):
            found.append(text)
    return found
