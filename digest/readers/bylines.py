"""Author names from a byline: "By Jane Roe and John Doe, Political correspondents".

A byline names people, but often also their job and the outlet. Each part (split
on commas, "and", "&", ";") keeps its leading name words and stops at the first
lower-case word or job word; parts that name a desk or an outlet rather than a
person ("Staff Reporter", "Orbit Science News") are dropped.

>>> authors_from_byline("By Tom Ashworth-Briggs Political correspondent")
('Tom Ashworth-Briggs',)
>>> authors_from_byline("by Haruka Ishida-Moreau, Orbit Science News")
('Haruka Ishida-Moreau',)
>>> authors_from_byline("Maria Okafor and Tom Reyes")
('Maria Okafor', 'Tom Reyes')
>>> authors_from_byline("Staff Reporter")
()
>>> authors_from_byline("Ana de la Cruz")
('Ana de la Cruz',)
>>> authors_from_byline("Dr Liina Tamm, Senior Fellow")
('Liina Tamm',)
"""

from __future__ import annotations

import re

from digest.text.tokens import NAME_PARTICLES

_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*")
_BY = re.compile(r"^(?:by|words by|written by|reporting by)\s+", re.IGNORECASE)
JOB_WORDS = frozenset(
    [
        "staff",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "writer",
        "writers",
        "columnist",
        "contributor",
        "contributors",
        "producer",
        "photographer",
        "journalist",
        "analyst",
        "senior",
        "chief",
        "political",
        "business",
        "foreign",
        "diplomatic",
        "economics",
        "economy",
        "health",
        "science",
        "sports",
        "sport",
        "technology",
        "environment",
        "education",
        "security",
        "culture",
        "arts",
        "home",
        "affairs",
        "deputy",
        "associate",
        "managing",
        "executive",
        "digital",
        "special",
        "investigative",
        "desk",
        "bureau",
        "team",
        "newsroom",
        "fellow",
        "director",
        "professor",
        "lecturer",
        "researcher",
        "visiting",
    ]
)
OUTLET_WORDS = frozenset(
    [
        "news",
        "press",
        "times",
        "post",
        "journal",
        "herald",
        "tribune",
        "agency",
        "agencies",
        "wire",
        "media",
        "service",
        "services",
        "desk",
        "bureau",
        "gazette",
        "chronicle",
        "courier",
        "ledger",
        "review",
        "magazine",
        "daily",
        "weekly",
        "online",
        "network",
        "radio",
        "television",
        "tv",
        "reuters",
        "ap",
        "afp",
    ]
)
MAX_NAME_WORDS = 5


_HONORIFICS = frozenset(
    ["dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "sir", "dame", "rev", "rev."]
)


def _name(part: str) -> str | None:
    words: list[str] = []
    tokens = part.split()
    while tokens and tokens[0].casefold() in _HONORIFICS:
        tokens = tokens[1:]
    for word in tokens:
        bare = word.strip(".,;:()").casefold()
        if bare in JOB_WORDS and words:
            break
        if word[:1].isupper() or (words and bare in NAME_PARTICLES) or re.fullmatch(r"(?:[A-Z]\.)+", word):
            words.append(word.strip(",;:()"))
        else:
            break
    while words and words[-1].casefold() in NAME_PARTICLES:
        words.pop()
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return None
    lowered = {w.strip(".").casefold() for w in words}
    if lowered & OUTLET_WORDS or lowered <= JOB_WORDS:
        return None
    return " ".join(words)


def authors_from_byline(byline: str) -> tuple[str, ...]:
    """The people a byline names, in order, without jobs, desks or outlets."""
    text = _BY.sub("", byline.strip())
    names = [_name(part) for part in _SPLIT.split(text) if part.strip()]
    return tuple(dict.fromkeys(n for n in names if n))
