"""What comes before an article's first sentence and is no part of its lead: a dateline or a speaker label.

A wire dateline ("WASHINGTON (AP) —", "(Reuters) -"), one in title case before a long dash
("Indianapolis –", "Dekalb, Ill. —"), one that credits the service without a dash
("Kabul, Afghanistan (CNN)The ..."), a date before a dash ("Nov. 19, 2019 —"), and a transcript's
speaker label or a dateline before a colon ("MARK BANNERMAN:", "ISLAMABAD:").
"""

from __future__ import annotations

import re

from digest.readers.document import strip_dateline

__all__ = ["strip_lead"]

_AGENCY_DATELINE = re.compile(r"^\([^)]{1,30}\)\s*(?:[—–-]{1,2})\s+(?=[A-Z“\"])")
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_DATE = r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
_TITLE_DATELINE = re.compile(rf"^{_PLACE}(?:, {_PLACE})?{_DATE}\s*(?:\([^)]{{1,30}}\))?\s+(?:[—–]|--)\s+(?=[A-Z“\"])")
"""A dateline in title case ends with a long dash: "Indianapolis –", "Dekalb, Ill. —", "New York, NY –"."""
_CREDIT_DATELINE = re.compile(
    rf"^(?:{_PLACE}(?:, {_PLACE})?\s*)?\((?:[A-Z][\w.&'’-]*)(?: [A-Z][\w.&'’-]*){{0,2}}\)\s*(?=[A-Z“\"])"
)
"""A dateline that credits the news service without a dash: "Kabul, Afghanistan (CNN)The Taliban ...", "(CNN) The"."""
_DATE_DATELINE = re.compile(
    r"^(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]{2,8},? \d{4}))\s*(?:[—–-]{1,2}|:)\s+(?=[A-Z“\"])"
)
"""A date before a dash, as a dateline: "Nov. 19, 2019 — ", "19 November 2019 - "."""
_SPEAKER = re.compile(r"^[A-Z][A-Z .'’-]{1,40}:\s+(?=\S)")
"""A speaker label or a dateline before a colon: "MARK BANNERMAN:", "ISLAMABAD:"."""


def strip_lead(text: str) -> str:
    """A first sentence without its dateline or speaker label.

    >>> strip_lead("Indianapolis – Several thousand teachers rallied."), strip_lead("(Reuters) — WeWork is probed.")
    ('Several thousand teachers rallied.', 'WeWork is probed.')
    >>> strip_lead("MARK BANNERMAN: Welcome to the program."), strip_lead("Trump won the vote.")
    ('Welcome to the program.', 'Trump won the vote.')
    >>> strip_lead("Kabul, Afghanistan (CNN)The Taliban freed two men."), strip_lead("Nov. 19, 2019 — Rain fell.")
    ('The Taliban freed two men.', 'Rain fell.')
    >>> strip_lead("Apple (AAPL) shares fell."), strip_lead("Nov. 19 was cold.")
    ('Apple (AAPL) shares fell.', 'Nov. 19 was cold.')
    """
    for pattern in (_AGENCY_DATELINE, _TITLE_DATELINE, _CREDIT_DATELINE, _DATE_DATELINE, _SPEAKER):
        text = pattern.sub("", text, count=1)
    return strip_dateline(text)
