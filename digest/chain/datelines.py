"""What comes before an article's first sentence and is no part of its lead: a dateline or a speaker label.

A wire dateline ("WASHINGTON (AP) —", "(Reuters) -"), one in capitals with a date, a second city, a
service or a release wire ("WASHINGTON, Nov. 5, 2019 —", "BRUSSELS/LONDON, Nov 5 (Reuters) -",
"MILLBROOK, Ore., Nov. 5, 2019 /PRNewswire/ --", "SAN JOSE, Calif.--(BUSINESS WIRE)--", "WASHINGTON—", an ordinal
day ("DUBAI, 5th December, 2026 (WAM) --"),
"WASHINGTON |"), one in title case before a long dash or after a service ("Indianapolis –",
"Dekalb, Ill. —", "Paris (AFP) -"), one that credits the service without a dash ("Kabul, Afghanistan
(CNN)The ..."), a date before a dash ("Nov. 19, 2019 —", "Nov. 5, 2019 /PRNewswire/ --"), a day's full date
stamped before the first sentence ("Monday, August 3, 2020 On Thursday, ..."), and a transcript's speaker label or
a dateline before a colon ("MARK BANNERMAN:", "Q:", "ISLAMABAD:", "New Delhi [India], Nov 5 (ANI):"). A known
place's name in title case before a colon ("New Delhi:") is left: the third held-out set reads such a line as part of
the lead (summary_pass 0.750 -> 0.708 when it was stripped).

A drop cap split from its word ("T he board ...") is joined again (`join_drop_cap`).

One reading (`read_lead`) strips the summary's lead and gives the places the dateline names ("Brussels", "London" of
"BRUSSELS/LONDON, Nov 5 (Reuters) -"). The tagger is given the places of a dateline in capitals as where the story
was filed from, and reads one in title case in its sentence as any name (`tagged_lead`, `digest.chain.tags`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from digest.chain.gazetteer import function_words, place_kind
from digest.readers.document import strip_dateline
from digest.text.sentences import Sentence

__all__ = ["Lead", "dateline_places", "join_drop_cap", "read_lead", "strip_lead", "tagged_lead"]

_AGENCY_DATELINE = re.compile(r"^\([^)]{1,30}\)\.?\s*(?:[—–-]{1,2})\s+(?=[A-Z“\"])")
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE = rf"(?:,? [A-Z][a-z]{{2,8}}\.? \d{{1,2}}{_ORDINAL})?"
_TITLE_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:, {_PLACE}){{0,2}}{_DATE}(?:, [A-Z]{{2,6}}(?= [—–]))?"
    r"(?:\s*\([^)]{1,30}\)\.?\s*(?:[—–-]{1,2}|_(?=\s))|\s*(?:\([^)]{1,30}\))?\s+(?:[—–]|--))"
    r"\s+(?=[A-Z“\"])"
)
"""A dateline in title case ends with a long dash, or any dash after a service: "Indianapolis –", "Dekalb, Ill. —",
"New York, NY –", "Kelmouth, Maine, USA —", "Paris (AFP) -", "Madrid, Dec 5 (EFE).-", an agency's initials after
the date before a long dash ("Accra, Dec. 6, GNA –"), and the underscore old wire copy writes for a dash after a
service ("Kelmouth, Maine (AP) _"). A word alone before a bare dash is a kicker as often ("Opinion —"): it names a
place only when the gazetteer knows it (`_named`)."""
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]*){0,3}"
_FULL_DATE = rf"(?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}}{_ORDINAL}|\d{{1,2}}{_ORDINAL} [A-Z][a-z]{{2,8}})(?:,? \d{{4}})?"
_CREDIT = r"(?:\([^)]{1,30}\)\.?|/[^/\s][^/]{1,29}/)"
"""A news service or a release wire after a dateline: "(Reuters)", "/PRNewswire/"."""
_CAPS_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE})(?:, {_PLACE}){{0,2}}(?:,? {_FULL_DATE})?"
    rf"(?:,?\s*{_CREDIT})?(?:\s*[—–]\s*|\s*-{{1,2}}\s+|\s+[|•·_]\s+|\s*--\([^)]{{1,30}}\)--\s*|(?<=\d):\s+)"
    r"(?=[A-Z“\"])"
)
"""A dateline in capitals, with a date, a second city, a service or a release wire, and any dash (a long one
without spaces too) or a bar: "WASHINGTON, Nov. 5, 2019 —", "BRUSSELS/LONDON, Nov 5 (Reuters) -",
"MILLBROOK, Ore., Nov. 5, 2019 /PRNewswire/ --", "SAN JOSE, Calif.--(BUSINESS WIRE)--", "WASHINGTON—", an ordinal
day ("DUBAI, 5th December, 2026 (WAM) --"),
and the service after a comma, a bullet or an underscore for the dash, or a colon after the date: "WASHINGTON, (AP) —",
"WASHINGTON • ", "NEW DELHI, Nov 5: "."""
_CREDIT_DATELINE = re.compile(
    rf"^(?!The )(?:(?P<place>{_PLACE})(?:, {_PLACE})?(?:,? {_FULL_DATE})?\s*)?"
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
    r"|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}),? \d{4}"
    r"\s+(?=[A-Z“\"])"
)
"""A date before a dash, as a dateline: "Nov. 19, 2019 — ", "19 November 2019 - ", "Nov. 5, 2019 /PRNewswire/ --",
one without its year before a service: "Nov 5 (Reuters) - ", and a day's full date stamped before the first
sentence with no mark between: "Monday, August 3, 2020 On Thursday, ..." (a weekday, a date and a year)."""
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
"""The place a dateline in capitals opens with (`digest.readers.document.strip_dateline`)."""
_LETTERS = re.compile(r"[^\W\d_]+")
"""The letters of a word's parts: "WINSTON-SALEM" and "O'FALLON" are recased part by part."""
_BARE = re.compile(r"[\w.'’ -]*[—–-]+\s*")
"""A word or words and a dash, nothing else: "Opinion — ", "Indianapolis – "."""


@dataclass(frozen=True, slots=True)
class Lead:
    """A first sentence read: its text without a dateline or a speaker label, and where its dateline was filed."""

    text: str
    places: tuple[str, ...] = ()
    """The places its dateline names, in title case ("Brussels", "London" of "BRUSSELS/LONDON, Nov 5 (Reuters) -")."""
    shouted: bool = False
    """Its dateline is in capitals ("HAZELBURY, Ky. (AP) —")."""


_INNER_PART = re.compile(r"(?<=[\s-])[^\W\d_]+(?=[\s-])")
_MC = re.compile(r"\bMc([a-z])")


def _recased(place: str) -> str:
    """A place as it is written in title case ("Winston-Salem", "O'Fallon", "St. Louis" of "ST. LOUIS"), its small
    words inside in lower case ("Stratford-upon-Avon", "Isle of Wight") and a "Mc" before a capital ("McAllen")."""
    recased = " ".join(
        _LETTERS.sub(lambda part: part[0].capitalize(), w) if w.isupper() and len(w) > 1 else w for w in place.split()
    )
    if recased == place:
        return place
    recased = _INNER_PART.sub(
        lambda part: part[0].lower() if part[0].casefold() in function_words() else part[0], recased
    )
    return _MC.sub(lambda part: "Mc" + part[1].upper(), recased)


def _named(pattern: re.Pattern[str], match: re.Match[str]) -> tuple[str, ...]:
    """The places a dateline ``match`` names: none for a word alone in title case before a bare dash that the
    gazetteer does not know ("Opinion —"), a kicker as often as a place."""
    place = match.groupdict().get("place")
    if not place:
        return ()
    if pattern is _TITLE_DATELINE and _BARE.fullmatch(match[0]) and place_kind(place) is None:
        return ()
    return tuple(_recased(p) for p in place.split("/"))


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
    rf"^(?P<place>{_PLACE})(?:(?: \([^)]{{1,30}}\))?(?: \[[^\]]{{1,30}}\])?,? {_FULL_DATE}\s*\([^)]{{1,30}}\)\s*"
    rf"(?::|[—–-]{{1,2}})|,? {_FULL_DATE}:)\s+(?=[A-Z“\"])"
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
    return read_lead(text).text


def read_lead(text: str) -> Lead:
    """A first sentence without its dateline or speaker label (`strip_lead`), and the places its dateline names
    (the first that names any; a service or a date alone names none: "(Reuters) -", "Nov. 19, 2019 —").

    >>> read_lead("HAZARD, Ky. (AP) — A train derailed.")
    Lead(text='A train derailed.', places=('Hazard',), shouted=True)
    >>> read_lead("BRUSSELS/LONDON, Nov 5 (Reuters) - Oil rose.").places, read_lead("(Reuters) - Oil rose.").places
    (('Brussels', 'London'), ())
    """
    text = text.replace("\u00a0", " ")  # a no-break space often binds a dateline's words and its dash
    places: tuple[str, ...] = ()
    shouted = False
    for pattern in _PREFIXES:
        if match := pattern.match(text):
            if not places and (places := _named(pattern, match)):
                shouted = match["place"].isupper()
            text = text[match.end() :]
    stripped = strip_dateline(text)
    if not places and stripped != text and (match := _DATELINE_PLACE.match(text[: len(text) - len(stripped)])):
        places, shouted = (_recased(match[1]),), True
    return Lead(join_drop_cap(stripped), places, shouted)


def tagged_lead(sentence: str) -> Lead:
    """The first sentence as the tagger reads it, and the places it is given as where the story was filed from.

    A dateline in capitals goes, and its places are given (the tagger reads capitals as shouting, no name:
    `digest.text.tokens.shouting`); one in title case stays, where the tagger reads its place as the lead's first
    name ("Indianapolis – Teachers rallied."), and gives none.

    >>> tagged_lead("KELMOUTH/ORRINFORD, Nov 5 (Reuters) - Oil rose.")
    Lead(text='Oil rose.', places=('Kelmouth', 'Orrinford'), shouted=True)
    >>> tagged_lead("Indianapolis – Teachers rallied.")
    Lead(text='Indianapolis – Teachers rallied.', places=(), shouted=False)
    """
    lead = read_lead(sentence)
    return lead if lead.shouted else Lead(sentence)


_WORD = re.compile(r"[^\W\d_]+")
MAX_DATELINE_PARAGRAPH = 2
"""The last paragraph a dateline may open: a standfirst or a kicker may come before it."""


def tagged_opening(sentences: Sequence[Sentence]) -> tuple[list[Sentence], Lead]:
    """The sentences as the tagger reads them (`tagged_lead`): the first paragraph opening on a dateline in capitals
    (the first paragraph, or a later one up to `MAX_DATELINE_PARAGRAPH` after a standfirst) without it, and its places;
    else the sentences as they are, and no place."""
    found = list(sentences)
    for k, sentence in enumerate(found):
        if sentence.paragraph > MAX_DATELINE_PARAGRAPH:
            break
        if sentence.index == 0 and (lead := tagged_lead(sentence.text)).shouted:
            found[k] = replace(sentence, text=lead.text)
            return found, replace(lead, places=_named_places(lead.places, found))
    return found, Lead("")


def _named_places(places: tuple[str, ...], sentences: Sequence[Sentence]) -> tuple[str, ...]:
    """The places of a dateline in capitals whose words the article does not write in lower case: a kicker in capitals
    ("FACT CHECK —", "LIVE UPDATES —") is common words, no place; an unknown town ("KELMOUTH —") is never written so."""
    if not places:
        return places
    lower = {w.casefold() for s in sentences for w in _WORD.findall(s.text) if w.islower()}
    return tuple(p for p in places if not all(w.casefold() in lower for w in _WORD.findall(p)))


def dateline_places(sentence: str) -> tuple[str, ...]:
    """The places a first sentence's dateline names, in title case (`read_lead`).

    >>> dateline_places("ORANGE PARK, Fla. — Deputies arrested two men."), dateline_places("Nov. 19, 2019 — Rain fell.")
    (('Orange Park',), ())
    """
    return read_lead(sentence).places
