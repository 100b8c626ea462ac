"""Where a byline part stops naming its person (`name_words`), and which parts of a credit line name writers
(`writers`): the cuts `digest.readers.bylines` makes before it judges a name."""

from __future__ import annotations

import re

from nameparser.config import CONSTANTS

from digest.readers.bylinewords import DESK_TAILS, JOB_NOUNS, JOB_WORDS, PAGE_WORDS, STAMP_WORDS
from digest.text.tokens import NAME_PARTICLES

NOT_A_NAME = re.compile(r"https?:|www\.|@|\d|[/\\|]")
MIN_CUT_NAME_WORDS = 2
_BYLINE_STOPS = frozenset({"for", "in", "at", "from", "with", "on", "via", "is", "was", "has", "the"})
"""Words after which a byline no longer names the person ("Ann Roe For Dailymail.com", "Ann Roe in Kyiv")."""
POSTNOMINALS = (CONSTANTS.suffix_acronyms | CONSTANTS.suffix_not_acronyms) - {"jr", "sr", "ii", "iii", "iv", "v"}
"""Degrees and honours after a name ("PhD", "MD", "Esq"): not part of how the person is named; a generation is."""


MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_GLUED_MONTH = re.compile(rf"^(?P<name>[A-Z][a-z’'-]+?)(?={MONTH}$)")
"""A name glued to the month of the date after it ("RoeNov" before "5")."""
_DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_DAY_ABBREVIATIONS = frozenset(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])
_SURNAMES = frozenset(["sun", "mon"])
_BUTTONS = PAGE_WORDS | {"view", "read", "see", "contact", "more"}
"""A page's button and link words after a name ("Jane Roe Follow", "Jane Roe View all posts"): no part of it."""


_HYPHENED = re.compile(r"(?P<particle>[a-z]{1,3})[-'’][A-Z][\w'’-]+")
_HYPHENED_PARTICLES = NAME_PARTICLES | {"el", "d"}
_PARTICLES = NAME_PARTICLES | {"i"}
"""With the Catalan "i" between two surnames ("Jordi Vidal i Serra"), as the Spanish "y" is."""


def particle(word: str) -> bool:
    """Whether a word in lower case still belongs to a name: a particle alone ("de", "van") or hyphened or elided
    onto the surname after it ("al-Khatib", "el-Amin", "d'Arcy").

    >>> particle("de"), particle("al-Khatib"), particle("d'Arcy"), particle("well-known"), particle("in")
    (True, True, True, False, False)
    >>> particle("i"), particle("y")
    (True, True)
    """
    bare = word.strip(".,;:()")
    hyphened = _HYPHENED.fullmatch(bare)
    return bare.casefold() in _PARTICLES or (hyphened is not None and hyphened["particle"] in _HYPHENED_PARTICLES)


def dated(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` starts the date after a name: a weekday, or a month before a number ("November 5")."""
    low = words[k].strip(".,").casefold()
    then = words[k + 1] if k + 1 < len(words) else ""
    if low in _DAYS or (low in _DAY_ABBREVIATIONS and (then[:1].isdigit() or (not then and low not in _SURNAMES))):
        return True  # "Tuesday", "Tue 5 Nov", "Tue" where an extractor cut the date off ("Sun" may be a surname)
    return re.fullmatch(MONTH, words[k].strip(",")) is not None and then[:1].isdigit()


def name_words(words: list[str]) -> list[str]:
    """A byline part's words up to where it stops naming the person: a handle, an address, a number, a word in
    lower case (not a particle), a preposition or a verb, "The" of an outlet's name, a date, a button ("Follow"), a
    bracket after two words or more ("Ann Roe (AAP)"); the
    name written twice is once; then without degrees
    or a job after the name ("Business Reporter"). What is left before such a word must be a name of two words or
    more ("Syrian" of "Syrian opposition sources" is none)."""
    for k, word in enumerate(words[:-1]):
        glued = _GLUED_MONTH.match(word)
        if k and glued and words[k + 1][:1].isdigit():  # "Jane RoeNov 5"
            words = [*words[:k], glued.group("name"), *words[k + 1 :]]
            break
    half = len(words) // 2
    if half >= MIN_CUT_NAME_WORDS and words[:half] == words[half:]:
        words = words[:half]  # "Jane Roe Jane Roe": a link's text and the name beside it
    for k, word in enumerate(words):
        low = word.strip(".,").casefold()
        then = words[k + 1].strip(".,:").casefold() if k + 1 < len(words) else ""
        stop = (
            word[:1] in "@#"
            or not any(c.isalnum() for c in word)  # a dash or a bar: "Staff Reports -", "Ann Roe - Reporter"
            or NOT_A_NAME.search(word) is not None
            or low in _BYLINE_STOPS
            or dated(words, k)
            or (k >= MIN_CUT_NAME_WORDS and (low in _BUTTONS or word[:1] in "(["))  # "Ann Roe (AAP)": an agency
            or (low in {"last", "first"} and then in STAMP_WORDS)  # "Last updated"
            or (k >= MIN_CUT_NAME_WORDS and low in STAMP_WORDS)  # "Ann Roe Updated 5:32 PM EST"
        )
        if k and (stop or (word[:1].islower() and not particle(word))):
            words = words[:k] if k >= MIN_CUT_NAME_WORDS and not words[k - 1].endswith(":") else []
            break
    ending = POSTNOMINALS | (JOB_WORDS - DESK_TAILS)  # a desk's byline ("Telegraph Sport") stays one, to be left out
    job = len(words) > MIN_CUT_NAME_WORDS and words[-1].strip(".,").casefold() in JOB_NOUNS
    while len(words) > MIN_CUT_NAME_WORDS and words[-1].replace(".", "").casefold() in (JOB_WORDS if job else ending):
        words = words[:-1]  # after a job ("Reporter"), its beat too, a desk's word ("Business") among them
    return words


_ROLE = re.compile(
    r"^\s*(?:additional |further |original )?(?P<role>[a-z-]+(?: [a-z-]+)?(?: (?:and|&) [a-z-]+)?) by:?\s+",
    re.IGNORECASE,
)
"""A credit's role before "by", perhaps with a colon ("Reporting by Ann Roe", "Written by: Ann Roe"), or two roles one
person had ("Story and photos by Ann Roe")."""
_WRITING = frozenset(
    [
        *("reporting", "reported", "writing", "written", "words", "story", "text", "posted", "compiled", "coverage"),
        *("updates",),
        *("review", "reviewed", "interview", "interviews", "analysis", "commentary"),
    ]
)
_PICTURES = frozenset(["photos", "photographs", "pictures", "images", "photography"])
"""The roles of a credit line that make an article's authors ("Reporting by"); the others ("Editing by", "Graphics
by") credit people who did not write it."""


_LABELS = "words|text|story|photography|photographs|photos|pictures|images"
_LABEL = re.compile(rf"^\s*(?P<role>(?i:{_LABELS})):\s+")
"""A credit's role as a label ("Words: Ann Roe", "Photography: Tom Vale")."""
_OTHER_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z]+(?: [a-z]+)?):\s+")
_NAMING = frozenset({
    "by", "author", "authors", "byline", "writer", "writers", "reporter", "reporters", "correspondent",
    "correspondents", "contributor", "contributors", "columnist", "columnists", "story", "words", "text",
})  # fmt: skip
"""The labels of a byline by their last word ("By: Ann Roe", "Author: Ann Roe", "Staff writer: Ann Roe", "Posted by:",
"Contributor: Ann Roe"), left to the byline's reading; any other label ("Tags:", "Photo:") names no writer."""
_CREDITS = re.compile(rf"\s*[•·|;]\s*|\s+(?=(?i:{_LABELS}):\s)")
"""What separates one credit from the next in a credit line ("Photos by Ann Roe · Text by Tom Vale", "Words: Ann Roe
Photography: Tom Vale")."""


def credits(line: str) -> list[str]:
    """The writers' parts of a credit line, each credit read by `writers`: a photo credit leading the line counts
    (a gallery's pictures are its story), one after the writer's does not.

    >>> credits("Photos by Ann Roe · Text by Tom Vale"), credits("Review by Ann Roe; Editing by Tom Vale")
    (['Ann Roe', 'Tom Vale'], ['Ann Roe'])
    >>> credits("Words: Ann Roe Photography: Tom Vale")
    ['Ann Roe']
    """
    found = [writers(part, first=k == 0) for k, part in enumerate(_CREDITS.split(line))]
    return [part for part in found if part.strip()]


def writers(chunk: str, *, first: bool = False) -> str:
    """A credit line's part without its role when the role is writing ("Reporting by Ann Roe" -> "Ann Roe"), or
    taking the pictures of a credit line's ``first`` credit; nothing when it credits another job ("Editing by Tom
    Vale"), else as it is.

    >>> writers("Reporting by Ann Roe and Tom Vale"), writers("Editing by Tom Vale"), writers("Ann Roe")
    ('Ann Roe and Tom Vale', '', 'Ann Roe')

    A line under another label than a credit's or a byline's ("Tags: Harbour Quay Street", "Filed under: Sea Wall")
    lists the page's topics, no one: nothing.

    >>> writers("Tags: Harbour Quay Street"), writers("By: Ann Roe"), writers("Staff writer: Ann Roe")
    ('', 'Ann Roe', 'Ann Roe')
    """
    match = _ROLE.match(chunk) or _LABEL.match(chunk)
    if match is None:
        other = _OTHER_LABEL.match(chunk)
        if other is None:
            return chunk
        return chunk[other.end() :] if other.group("label").casefold().split()[-1] in _NAMING else ""
    words = match.group("role").casefold().split()
    if len(words) > 1 and words[0].endswith("ly"):
        return ""  # "Medically reviewed by", "Legally reviewed by": a check of the piece, no writing of it
    roles = {words[-1], *words[-3:-2]} if "and" in words or "&" in words else {words[-1]}
    return chunk[match.end() :] if roles & _WRITING or (first and roles & _PICTURES) else ""
