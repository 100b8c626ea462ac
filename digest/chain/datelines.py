"""What comes before an article's first sentence and is no part of its lead: a dateline or a speaker label.

A wire dateline ("WASHINGTON (AP) —", "(Reuters) -"), one in capitals with a date, a second city, a
service or a release wire ("WASHINGTON, Nov. 5, 2019 —", "BRUSSELS/LONDON, Nov 5 (Reuters) -",
"MILLBROOK, Ore., Nov. 5, 2019 /PRNewswire/ --", "SAN JOSE, Calif.--(BUSINESS WIRE)--", "WASHINGTON—",
"WASHINGTON |"), one in title case before a long dash or after a service ("Indianapolis –",
"Dekalb, Ill. —", "Paris (AFP) -"), one that credits the service without a dash ("Kabul, Afghanistan
(CNN)The ..."), a date before a dash ("Nov. 19, 2019 —", "Nov. 5, 2019 /PRNewswire/ --"), and a
transcript's speaker label or a dateline before a colon ("MARK BANNERMAN:", "Q:", "ISLAMABAD:", "New Delhi [India],
Nov 5 (ANI):"). A known place's name in title case before a colon ("New Delhi:") is left: the third held-out set
reads such a line as part of the lead (summary_pass 0.750 -> 0.708 when it was stripped).

A drop cap split from its word ("T he board ...") is joined again (`join_drop_cap`).
"""

from __future__ import annotations

import re

from digest.readers.document import strip_dateline

__all__ = ["dateline_place", "join_drop_cap", "strip_lead"]

_AGENCY_DATELINE = re.compile(r"^\([^)]{1,30}\)\.?\s*(?:[—–-]{1,2})\s+(?=[A-Z“\"])")
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_DATE = r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
_TITLE_DATELINE = re.compile(
    rf"^{_PLACE}(?:, {_PLACE})?{_DATE}(?:\s*\([^)]{{1,30}}\)\.?\s*[—–-]{{1,2}}|\s*(?:\([^)]{{1,30}}\))?\s+(?:[—–]|--))"
    r"\s+(?=[A-Z“\"])"
)
"""A dateline in title case ends with a long dash, or any dash after a service: "Indianapolis –", "Dekalb, Ill. —",
"New York, NY –", "Paris (AFP) -", "Madrid, Dec 5 (EFE).-"."""
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]*){0,3}"
_FULL_DATE = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?"
_CREDIT = r"(?:\([^)]{1,30}\)\.?|/[^/\s][^/]{1,29}/)"
"""A news service or a release wire after a dateline: "(Reuters)", "/PRNewswire/"."""
_CAPS_DATELINE = re.compile(
    rf"^{_CAPS_PLACE}(?:, {_PLACE}){{0,2}}(?:,? {_FULL_DATE})?"
    rf"(?:,?\s*{_CREDIT})?(?:\s*[—–]\s*|\s*-{{1,2}}\s+|\s+[|•·]\s+|\s*--\([^)]{{1,30}}\)--\s*|(?<=\d):\s+)"
    r"(?=[A-Z“\"])"
)
"""A dateline in capitals, with a date, a second city, a service or a release wire, and any dash (a long one
without spaces too) or a bar: "WASHINGTON, Nov. 5, 2019 —", "BRUSSELS/LONDON, Nov 5 (Reuters) -",
"MILLBROOK, Ore., Nov. 5, 2019 /PRNewswire/ --", "SAN JOSE, Calif.--(BUSINESS WIRE)--", "WASHINGTON—",
and the service after a comma, a bullet for the dash, or a colon after the date: "WASHINGTON, (AP) —",
"WASHINGTON • ", "NEW DELHI, Nov 5: "."""
_CREDIT_DATELINE = re.compile(
    rf"^(?!The )(?:{_PLACE}(?:, {_PLACE})?(?:,? {_FULL_DATE})?\s*)?"
    rf"\((?:[A-Z][\w.&'’-]*)(?: [A-Z][\w.&'’-]*){{0,2}}\)\s*"
    r"(?=[A-Z“\"])"
)
"""A dateline that credits the news service without a dash: "Kabul, Afghanistan (CNN)The Taliban ...", "(CNN) The",
"NEW DELHI, Nov 5 (IANS) The". Not after "The": a name with a bracket inside it ("The Harbour Towns (Sea Walls)
Bill, which ...")."""
_DATE_DATELINE = re.compile(
    r"^(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]{2,8},? \d{4}))"
    rf"(?:\s*{_CREDIT})?\s*(?:[—–-]{{1,2}}|:)\s+(?=[A-Z“\"])"
    rf"|^(?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}}|\d{{1,2}} [A-Z][a-z]{{2,8}})\s*{_CREDIT}\s*[—–-]{{1,2}}\s+(?=[A-Z“\"])"
)
"""A date before a dash, as a dateline: "Nov. 19, 2019 — ", "19 November 2019 - ", "Nov. 5, 2019 /PRNewswire/ --",
and one without its year before a service: "Nov 5 (Reuters) - "."""
_SPEAKER = re.compile(r"^(?:[A-Z]|[A-Z][A-Z .,'’&-]{1,40}):\s+(?=\S)")
"""A speaker label or a dateline before a colon: "MARK BANNERMAN:", "HOST, MARK BANNERMAN:", "Q:", "ISLAMABAD:"."""
_KICKER = re.compile(r"^[A-Z][\w’'&-]*:\s+(?=[A-Z“\"])")
"""A kicker in title case, one word before a colon and a capital: "Analysis: The ...", "Exclusive: The ...". Two
words ("Jane Roe: ...") are left: stripping those lowered a held-out set's summary score."""
_DROP_CAP = re.compile(r"^([A-Z]) ([a-z]+)\b")
_ONSETS = frozenset(
    re.findall(r"\w+", "bl br ch cl cr dr dw fl fr gl gn gr kn ph pl pr qu sc sh sk sl sm sn sp st sw th tr tw wh wr")
)
"""The consonant pairs an English word may start with: "Th", "Wh", "Pr" (not "Tc" of "T cells")."""
_VOWELS = frozenset("aeiouy")


_DATELINE_PLACE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?=[,\s(/—–-])")
_LETTERS = re.compile(r"[^\W\d_]+")
"""The letters of a word's parts: "WINSTON-SALEM" and "O'FALLON" are recased part by part."""


def dateline_place(sentence: str) -> str | None:
    """The place a wire dateline opens with, in title case ("Orange Park" of "ORANGE PARK, Fla. —"); None when the
    sentence has no dateline in capitals (`digest.readers.document.strip_dateline`) or it names no place ("(Reuters)
    -"; a date before a dash is no such dateline: "Nov. 19, 2019 —").

    >>> dateline_place("HAZARD, Ky. (AP) — A train derailed."), dateline_place("(Reuters) - Oil rose.")
    ('Hazard', None)
    """
    stripped = strip_dateline(sentence)
    if stripped == sentence or not (match := _DATELINE_PLACE.match(sentence[: len(sentence) - len(stripped)])):
        return None
    return " ".join(
        _LETTERS.sub(lambda part: part[0].capitalize(), w) if w.isupper() and len(w) > 1 else w
        for w in match[1].split()
    )  # "Winston-Salem", "O'Fallon"


def join_drop_cap(text: str) -> str:
    """A sentence whose first letter, a drop cap, was split from the rest of its word, joined again.

    A consonant joins a fragment that starts with a vowel or makes a pair a word may start with ("T he",
    "P resident"); a vowel joins only a fragment without one ("I n", "A nd"). "T cells", "B vitamins", "A list"
    and "I am" are words as they stand.

    >>> join_drop_cap("T he board met."), join_drop_cap("I n May it met."), join_drop_cap("T cells fight it.")
    ('The board met.', 'In May it met.', 'T cells fight it.')
    >>> join_drop_cap("A new board met."), join_drop_cap("I am here.")
    ('A new board met.', 'I am here.')
    """
    match = _DROP_CAP.match(text)
    if match is None:
        return text
    letter, rest = match.group(1), match.group(2)
    if letter.lower() in _VOWELS:
        joins = not _VOWELS & set(rest)
    else:
        joins = rest[0] in _VOWELS or (letter + rest[0]).lower() in _ONSETS
    return letter + text[2:] if joins else text


_SERVICE_COLON = re.compile(
    rf"^{_PLACE}(?: \([^)]{{1,30}}\))?(?: \[[^\]]{{1,30}}\])?,? {_FULL_DATE}\s*\([^)]{{1,30}}\)\s*"
    r"(?::|[—–-]{1,2})\s+(?=[A-Z“\"])"
    rf"|^{_PLACE},? {_FULL_DATE}:\s+(?=[A-Z“\"])"
)
"""A place, perhaps its region or country in brackets, a date and a service, then a colon or a dash: "New Delhi [India],
Nov 5 (ANI): ..."; a place and a date before a colon: "Kelmouth, 6 December: ...". A place and a service without a
date before a colon is left: it is also how an interview names a speaker ("Ann Roe (AR): ...")."""

_PREFIXES = (
    _SERVICE_COLON,
    _AGENCY_DATELINE,
    _CAPS_DATELINE,
    _TITLE_DATELINE,
    _CREDIT_DATELINE,
    _DATE_DATELINE,
    _SPEAKER,
    _KICKER,
)
"""In this order, each at most once."""


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
    >>> strip_lead("WASHINGTON, Nov. 5, 2019 — Rain fell."), strip_lead("Paris (AFP) - Rain fell.")
    ('Rain fell.', 'Rain fell.')
    >>> strip_lead("Madrid, Dec 5 (EFE).- Rain fell."), strip_lead("MADRID, Dec 5 (EFE).- Rain fell.")
    ('Rain fell.', 'Rain fell.')
    >>> strip_lead("Ann Roe (AR): Rain fell."), strip_lead("Kelmouth, 6 December: Rain fell.")
    ('Ann Roe (AR): Rain fell.', 'Rain fell.')
    >>> strip_lead("NASA said rain fell."), strip_lead("THE BOARD voted — again — to wait.")
    ('NASA said rain fell.', 'THE BOARD voted — again — to wait.')
    >>> strip_lead("Analysis: The vote was close."), strip_lead("Climate change: a primer for the vote.")
    ('The vote was close.', 'Climate change: a primer for the vote.')
    >>> strip_lead("New Delhi [India], Nov 5 (ANI): The vote was close."), strip_lead("Jane Roe: The vote was close.")
    ('The vote was close.', 'Jane Roe: The vote was close.')
    >>> strip_lead("The Sea Walls (Repairs) Bill, which returns on Tuesday, passed.")
    'The Sea Walls (Repairs) Bill, which returns on Tuesday, passed.'
    """
    text = text.replace("\u00a0", " ")  # a no-break space often binds a dateline's words and its dash
    for pattern in _PREFIXES:
        text = pattern.sub("", text, count=1)
    return join_drop_cap(strip_dateline(text))
