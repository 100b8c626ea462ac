"""The words of bylines that name no person: jobs, desks, outlets, a time stamp (`digest.readers.bylines`)."""

from __future__ import annotations

JOB_NOUNS = frozenset(
    [
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "writer",
        "writers",
        "editor",
        "editors",
        "columnist",
        "critic",
        "critics",
        "contributor",
        "contributors",
        "producer",
        "photographer",
        "journalist",
    ]
)
"""The jobs a newsroom's byline names in place of a person ("Echo Reporter")."""
JOB_WORDS = JOB_NOUNS | frozenset(
    [
        "staff",
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
"""Jobs and beats a byline names beside or instead of a person."""
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
"""Words of an outlet's name: a byline part holding one names no person."""
AGENCY_WORDS = frozenset(["reuters", "ap", "afp"])
"""The outlet words that are an agency's name, whatever their case: after a name ("Jane Roe Reuters"), the agency."""
STAMP_WORDS = frozenset(
    [
        "published",
        "updated",
        "posted",
        "modified",
        "uploaded",
        "edited",
    ]
)
"""Words of the time stamp a byline runs into ("Jane Roe • Published May 6"): no name's."""
OTHER_BY = "par|por|von|di|door|av|af"
"""What opens a byline in other languages where English writes "By" ("Par Anne Roux", "Por Ana Ruiz", "Door Anke de
Vries")."""
PAGE_WORDS = frozenset(
    [
        *("share", "email", "print", "follow", "more", "opinion", "comments", "comment", "subscribe", "login"),
        *("menu", "search", "home", "facebook", "twitter", "linkedin", "whatsapp", "instagram", "pinterest", "reddit"),
    ]
)
"""Words of a page's buttons and links that a byline element holds beside the name: alone, no author."""
DESK_TAILS = frozenset(
    ["sport", "sports", "business", "politics", "travel", "culture", "staff", "desk", "team", "bureau"]
)
"""Last words of a desk's byline ("Telegraph Sport", "Gazette Staff")."""
ORGANISATION_WORDS = frozenset(
    [
        *("university", "college", "institute", "school", "academy", "foundation", "centre", "center", "council"),
        *("society", "association", "company", "group", "inc", "ltd", "llc", "corporation", "hospital", "museum"),
        *("library", "department", "ministry", "party", "church", "club", "union", "laboratory", "trust", "fund"),
    ]
)
"""Words of an organisation's name ("Millbrook University", "University of Millbrook"): a byline part holding one
names no person."""
