"""The shape of a scraped page's lines: which are prose, which are labels.

Article text is prose: sentences that end like sentences. Site furniture is
mostly not: labels ("Live", "Explainer"), breadcrumbs ("Home / Cities"), buttons
("Accept all"), link lists, bylines. The cleaner uses these shapes together with
its cue phrases.

>>> is_prose("Ministers are facing the biggest backbench rebellion of the parliament so far.")
True
>>> is_prose("Accept all")
False
>>> is_prose("What the nurses want")
False
"""

from __future__ import annotations

import re

from digest.readers.document import fold

_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")
MIN_SENTENCE_WORDS = 6
"""A punctuated line this long is prose."""
MIN_UNPUNCTUATED_PROSE_WORDS = 15
"""An unpunctuated line this long is prose too (a standfirst often has no full stop)."""
MAX_LABEL_WORDS = 15


def words(text: str) -> int:
    return len(text.split())


def ends_sentence(text: str) -> bool:
    return _ENDS_SENTENCE.search(text.rstrip()) is not None


def is_prose(text: str) -> bool:
    """Whether a paragraph reads as running text rather than a label, button or headline."""
    n = words(text)
    return (n >= MIN_SENTENCE_WORDS and ends_sentence(text)) or n >= MIN_UNPUNCTUATED_PROSE_WORDS


MIN_SHORT_SENTENCE_WORDS = 3


def is_short_sentence(text: str) -> bool:
    """A line too short for prose that still reads as a sentence: a few words, one of them in lower case, and a
    full stop ("Water will cost more."), as a short first paragraph of an article is.

    >>> is_short_sentence("Water will cost more."), is_short_sentence("Home. News."), is_short_sentence("Live")
    (True, False, False)
    """
    n = words(text)
    lower = sum(w[:1].islower() for w in text.split())
    return MIN_SHORT_SENTENCE_WORDS <= n < MIN_SENTENCE_WORDS and lower >= 1 and text.rstrip().endswith(".")


MIN_CASELESS_WORDS = 12


def caseless(paragraph: str) -> bool:
    """Whether a paragraph is speech as a machine transcribed it: many words, no capital letter, no full stop
    ("good morning we begin with a water main break in the ... neighborhood crews have been out since three")."""
    return (
        len(paragraph.split()) >= MIN_CASELESS_WORDS
        and not any(c.isupper() for c in paragraph)
        and not any(c in ".!?" for c in paragraph)
    )


_PRICE = re.compile(r"[$£€¥]\s?\d")


def is_offer(text: str) -> bool:
    """A line naming a price ("Drip irrigation kit: $35 (was $60)"): an item of a list of offers."""
    return _PRICE.search(text) is not None


def is_label(text: str) -> bool:
    """A short line that is not a sentence: a heading, a button, a link, a byline.

    A short line that ends like a sentence ("Yes.", "Why there?") is a sentence.
    """
    return not is_prose(text) and words(text) <= MAX_LABEL_WORDS and not ends_sentence(text)


_REPORTING = re.compile(r"\b(said|says|told|tells|according to|announced|reported|wrote|added)\b")


def reports(text: str) -> bool:
    """Whether a paragraph reports something ("said", "according to"): news text, not furniture."""
    return _REPORTING.search(text) is not None


_PAST = re.compile(r"\b(?:was|were|had|[a-z]{3,}ed)\b")
_BEFORE_ADJECTIVE = re.compile(
    r"a|an|the|this|that|these|those|our|your|their|its|his|her|my|to|for|of|with|and|or|in|on|at|from|more|most"
    r"|get|gets|fully|newly|well",
    re.IGNORECASE,
)
"""Words after which an "-ed" word describes a noun ("our curated picks", "get unlimited access"): no verb."""
_CONTACT = re.compile(r"\S@\w|(?:^|\s)@\w|https?://|\bwww\.")
"""An address, a handle or a link: a line telling how to reach someone ("... may be reached at ann@example.org")."""
MIN_NARRATION_WORDS = 8


def narrates(text: str, least: int = MIN_NARRATION_WORDS) -> bool:
    """Whether a paragraph is a sentence telling what happened: it ends like one, runs at least ``least`` words
    (`MIN_NARRATION_WORDS`), and holds a verb in the past tense that no agent follows ("Log in details ... were
    posted to every household.", "Image courtesy of the trust showed the breach."). Furniture speaks to the reader
    in the present ("Log in to keep reading."), credits someone ("Photos supplied by ...", "was written by ...") or
    gives an address to reach them (`_CONTACT`)."""
    if words(text) < least or not ends_sentence(text) or _CONTACT.search(text):
        return False
    tokens = re.findall(r"[\w'’-]+", text)
    for k in range(1, len(tokens)):
        word = tokens[k]
        if not _PAST.fullmatch(word):
            continue
        after = [t.lower() for t in tokens[k + 1 : k + 3]]
        if after[:1] == ["by"] or (word in ("was", "were", "had") and after[1:2] == ["by"]):
            continue
        if word.endswith("ed") and _BEFORE_ADJECTIVE.fullmatch(tokens[k - 1]):
            continue
        return True
    return False


def repeats_metadata(text: str, title: str, bylines: tuple[str, ...]) -> bool:
    """Whether a short paragraph only repeats the title or a byline of the article."""
    folded = fold(text)
    if not folded or words(text) > 30:
        return False
    if title and folded == fold(title):
        return True
    return any(name and fold(name) in folded and words(text) <= 12 for name in bylines)


_QUOTE_ONLY = re.compile(r"^[\"“](?P<inside>[^\"“”]+)[\"”]$")
_ATTRIBUTED = re.compile(r"^(?P<quote>[\"“][^\"“”]+[\"”])\s*[—–]\s*[A-Z][^.!?]{1,80}$")
"""A display quote signed with a dash: '"…" — Jane Roe, Union president'. News text says "she said"."""


_TIMESTAMP = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{2,5}))?|\d{1,2}\s+(?:hours?|mins?|minutes?) ago)\s*$",
    re.I,
)


def is_timestamp(text: str) -> bool:
    """A live blog's entry time ("15:05 GMT", "2 hours ago"): it heads an entry, not a link list."""
    return _TIMESTAMP.match(text) is not None


def is_pull_quote(text: str, others: list[str]) -> bool:
    """A quotation standing alone as display text.

    Either it repeats words of another paragraph, or it is one quotation with no
    attribution and no full stop inside it (a quote that continues a speaker's
    words in the body ends like a sentence).
    """
    stripped = text.strip()
    if not stripped or stripped[0] not in "\"“'‘" or words(stripped) > 45:
        return False
    signed = _ATTRIBUTED.match(stripped)
    if signed:
        return True
    core = fold(stripped)
    if len(core) > 20 and any(core in fold(other) for other in others if other is not text):
        return True
    match = _QUOTE_ONLY.match(stripped)
    return match is not None and not ends_sentence(match["inside"]) and words(stripped) >= 5
