"""The publisher, when no metadata states it: evidence in the scraped text, weighed.

Scraped pages name their publisher in many places. Each clue gives a candidate
name with a weight; the name with the most weight wins, and a name that matches
the URL's domain ("spokesman.com" for "The Spokesman-Review") gets a bonus:

======================================================  ======
clue                                                    weight
======================================================  ======
a site name after the headline ("… | CBC News")             3
"Published in Dawn", "Source: The Straits Times"             3
"originally published by Ridgeline Report"                   3
an appeal naming it ("backing the Guardian's reporting")    2
"The Lagos Ledger is Nigeria's leading independent daily"   2
a copyright line ("© 2025 The Lagos Ledger")                 1
a staff photo credit ("Photograph: Jane Roe/The Guardian")   1
======================================================  ======

>>> best_publisher(["Back the Guardian today from just £2 a month."], title_suffix=None, url=None)
'The Guardian'
>>> best_publisher(["Copyright 2000 - 2025 TechTarget. All rights reserved."], "ComputerWeekly.com",
...                "https://www.computerweekly.com/news/1")
'Computer Weekly'
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from digest.chain.lookup import page_text
from digest.text.prefilter import Screened

_WORD = r"[A-Z][\w&'’-]*(?:\.(?:com|org|net|news|co\.uk)\b)?"
_NAME = rf"(?P<name>(?:[Tt]he )?{_WORD}(?: (?:of |for |and |the |&)?{_WORD}){{0,5}})"
_APPEAL = re.compile(
    rf"\b(?i:support(?:ing)?|back(?:ing)?|subscri(?:be|ption) to|donate to|give (?:directly )?to|"
    rf"contribution to) {_NAME}(?:['’]s?)?(?= |$|[.,;:!])"
)
"""An appeal naming the publication ("Back the Guardian today", "by supporting The Lagos Ledger's journalism")."""
_TO_READER = re.compile(
    r"^\W*(?i:support|back|subscribe|donate|give)\b|\bby\s+(?i:supporting|backing|subscribing|giving)\b"
    r"|\b(?i:you|your|us|our|please|today|journalism|reporting|month|member|donat\w*)\b|[£$€]"
)
"""What makes an appeal one, in its sentence: it opens it (an imperative) or follows "by" ("by supporting"), or the
sentence talks to the reader or of money ("you", "today", "journalism", "£"); not a narrative's verb or noun ("built
to support the Easter Island statues", "half back Jarrod Kidston")."""
_CLUES: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(rf"^\s*(?:Published|First published|Appeared) in {_NAME}"), 3.0),
    (re.compile(rf"^\s*Source\s*:\s*{_NAME}"), 3.0),
    (re.compile(rf"\b(?:originally|first) (?:published|appeared|posted|ran) (?:by|in|on|at) {_NAME}"), 3.0),
    (_APPEAL, 2.0),
    (
        re.compile(
            rf"^\s*{_NAME} is (?:a|an|the|[A-Z][\w'’]+) (?:[\w'’-]+ ){{0,4}}(?:newspaper|daily|weekly|newsroom|"
            rf"magazine|broadcaster|publication|news (?:site|outlet|organi[sz]ation|service|agency))\b"
        ),
        2.0,
    ),
    (re.compile(rf"^\s*{_NAME} (?:belongs to|is part of|is published by|is owned by)\b"), 2.0),
    (
        re.compile(
            rf"(?:^|[.!?]\s+)(?i:copyright\s*)?(?:©|\([cC]\)|(?i:copyright))\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?,?\s*)?"
            rf"{_NAME}"
        ),
        1.0,
    ),
    (re.compile(rf"\b(?i:photo(?:graph)?s?|picture|credit|image)\s*:\s*[^/]{{2,40}}(?:/| for ){_NAME}\s*\)?$"), 1.0),
    (re.compile(rf"\([A-Z][\w .'’-]{{2,40}}/{_NAME}\)\s*$"), 1.0),
)
SUFFIX_WEIGHT = 3.0
DOMAIN_BONUS = 3.0
_COMPANY_SUFFIX = re.compile(r"\s+(?:DAC|Ltd\.?|Limited|Inc\.?|plc|PLC|LLC|GmbH|S\.A\.|Pty|Co\.)$")
_TLD = re.compile(r"\.(?:com|co\.uk|org|net|news|co\.[a-z]{2}|[a-z]{2})$", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
NOT_PUBLISHERS = frozenset({"getty images", "getty", "ap", "afp", "reuters", "shutterstock", "alamy", "epa", "pa"})
_DATE_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
HOST_WEIGHT = 2.5
"""The URL's domain as a name (`digest.chain.sources.host_name`): more than an appeal or a copyright line
that names another name, less than a site name after the headline or a "Published in" line."""


def a_date(name: str) -> bool:
    """Whether a name a clue caught is a date's ("first appeared in December", "published on Monday").

    >>> a_date("December"), a_date("Monday Morning Ledger"), a_date("The Daily Record")
    (True, True, False)
    """
    return name.casefold().removeprefix("the ").split(" ")[0] in _DATE_WORDS


def not_a_publisher(name: str) -> bool:
    """Whether a name a clue caught is known not to be a publisher: a photo agency, or a date."""
    return name.casefold() in NOT_PUBLISHERS or a_date(name)


_POSSESSIVE = re.compile(r"['’]s?(?: .*)?$")


def clean_name(name: str) -> str:
    """A publisher's name as shown: no possessive, company suffix or domain ending.

    >>> clean_name("The Spokesman-Review's Northwest Passages"), clean_name("ComputerWeekly.com")
    ('The Spokesman-Review', 'Computer Weekly')
    """
    name = _POSSESSIVE.sub("", name.strip().rstrip(".,;:"))
    name = _COMPANY_SUFFIX.sub("", name)
    if name.startswith("the "):
        name = "The " + name[4:]
    if _TLD.search(name) and " " not in name:
        name = _CAMEL.sub(" ", _TLD.sub("", name))
    if name.isupper() and len(name) > 5:  # "PREMIUM TIMES" as written in an appeal
        name = name.title()
    return name


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold().removeprefix("the "))


def _matches_domain(name: str, url: str | None) -> bool:
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.split(".") if label not in {"www", "com", "co", "org", "net", "news"}]
    key = _key(name)
    return bool(key) and any(len(label) > 3 and (label in key or key in label) for label in labels)


_SCREENED = tuple((Screened(pattern), weight) for pattern, weight in _CLUES)


def candidates(paragraphs: Iterable[str]) -> list[tuple[str, float]]:
    """Every (name, weight) clue in the paragraphs, in order (a clue none of whose words the page has is not
    looked for in each paragraph)."""
    paragraphs = tuple(paragraphs)
    text, lowered = page_text(paragraphs)
    clues = [(s.pattern, weight) for s, weight in _SCREENED if s.possible(text, lowered)]
    found: list[tuple[str, float]] = []
    for paragraph in paragraphs:
        for pattern, weight in clues:
            for match in pattern.finditer(paragraph):
                if pattern is _APPEAL and not _addressed(paragraph, match.start()):
                    continue
                name = clean_name(match.group("name"))
                if name and not not_a_publisher(name):
                    found.append((name, weight))
    return found


def _addressed(paragraph: str, start: int) -> bool:
    """Whether an appeal found at ``start`` speaks to the reader (`_TO_READER`), read in its sentence."""
    opening = max(paragraph.rfind(mark, 0, start) for mark in ".!?")
    closing = min((k for mark in ".!?" if (k := paragraph.find(mark, start)) >= 0), default=len(paragraph))
    return _TO_READER.search(paragraph[opening + 1 : closing + 1].strip()) is not None


def best_publisher(
    paragraphs: Sequence[str], title_suffix: str | None, url: str | None, host: str | None = None
) -> str | None:
    """The best-supported publisher name, or ``None`` without any clue.

    ``host`` is the name the URL's domain gives, when nothing declared one: a clue for
    another name must weigh more (a "Published in" line does, an appeal does not).
    """
    clues = candidates(paragraphs)
    if title_suffix:
        clues.insert(0, (clean_name(title_suffix), SUFFIX_WEIGHT))
    if host and clues:
        clues.append((host, HOST_WEIGHT - DOMAIN_BONUS))  # it matches the domain: the bonus makes it HOST_WEIGHT
    scores: dict[str, float] = defaultdict(float)
    shown: dict[str, str] = {}
    order: dict[str, int] = {}
    for position, (name, weight) in enumerate(clues):
        key = _key(name)
        if not key:
            continue
        scores[key] += weight
        shown.setdefault(key, name)
        order.setdefault(key, position)
    for key, name in shown.items():
        if _matches_domain(name, url):
            scores[key] += DOMAIN_BONUS
    if not scores:
        return None
    best = max(scores, key=lambda k: (scores[k], -order[k]))
    return shown[best]
