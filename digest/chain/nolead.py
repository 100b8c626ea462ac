"""Openings that are no lead to summarise from (`lead_problem`), and what marks their lines.

A list of offers (prices in four of the first ten paragraphs), a live blog's
timestamped entries (a clock time, or a date and a time on a line of its own), a gallery's numbered pictures
("Photo 1 of 12"), a run of headings and labelled lines ("Claim", "Rating:"), or an
interview's turns from its first line ("Ann Roe (AR): ...", "AR: ...") opens some
articles; `digest.chain.summarize.dek` then makes the summary of the best early
sentences and says so. A line where the publication talks to its reader
(`house_voice`) is promotional there. Notes that open an article (`editors_note`,
`own_coverage`) are no part of its lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.chain.layout import caseless, ends_sentence

PRICE = re.compile(r"[$£€¥]\s?\d")
LABEL = re.compile(r"^(?:[\w’'.-]+(?: [\w’'.-]+){0,2}|[A-Z][A-Z.'’-]+(?:,? [A-Z][A-Z.'’-]+){1,4}):\s")
SPEAKER = re.compile(r"^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3} \([A-Z][A-Za-z.]{0,5}\):\s")
"""An interviewer or interviewee named with the initials that label their later turns ("Ann Roe (AR): ...")."""
_TURN = re.compile(r"^(?:[A-Z]|[A-Z][A-Z .,'’&-]{1,40}):\s")
"""A turn's label in a transcript or an interview: "Q:", "A:", "JANE ROE:", "HOST, JANE ROE:"."""
QA = re.compile(r"^[QA]\.\s+(?=\S)")
"""A question or an answer labelled with a letter and a full stop, as newspapers print interviews: "Q. Why now?"."""
TIMESTAMP = re.compile(
    r"^(?:\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)\b|\d{1,2}:\d\d\b|update[sd]?\b"
    r"|\d{1,2}\s?(?:h|hrs?|hours?|m|mins?|minutes?) ago$)",
    re.I,
)
"""An entry's time: "9:05 a.m.", "2.15pm", "14:20", "Updated", or a line that only says how long ago ("2 hours ago")."""
CLOCK = r"(?:\d{1,2}[:.]\d\d(?:\s?(?:[ap]\.?m\.?|[AP]\.?M\.?))?|\d{1,2}\s?(?:[ap]\.?m\.?|[AP]\.?M\.?))"
_DATED_STAMP = re.compile(
    rf"^(?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}}|\d{{1,2}} [A-Z][a-z]{{2,8}}),?(?: \d{{4}},?)?(?: at)? {CLOCK}"
    r"(?: [A-Z]{2,4})?$"
)
"""A line that is only an entry's date and time: "Nov. 5, 2019, 10:40 a.m. ET", "5 November 2019 14:20 GMT"."""
_PICTURE_NUMBER = re.compile(r"^(?:(?:photo|image|picture|slide)s? )?(\d{1,3}) ?(?:of|/) ?(\d{1,3})$", re.IGNORECASE)
"""A gallery's numbered pictures: "Photo 1 of 12", or the count alone on its line ("1 / 18")."""
PICTURE_COUNT = re.compile(
    r"^\(?(?:(?:photo|image|picture|slide)s? )?(\d{1,3}) ?(?:/| of ) ?(\d{1,3})\)?:?\s+(?=\S)", re.IGNORECASE
)
"""A gallery's caption numbered over the pictures' count: "1/6 Children carry lanterns ...", "1 of 6 ...", "(1/6) ...",
"Image 1/6: ..."."""
_MINUTE = re.compile(r"^\d{1,3}(?:\+\d{1,2})?['’′]$")
"""A live report's minute of play on a line of its own: "67'", "90+3'"."""


def _picture_number(line: str) -> bool:
    """Whether a line only numbers a gallery's picture over their count ("Photo 1 of 12", "3 / 18"; not "24/7").

    >>> _picture_number("3 / 18"), _picture_number("Photo 2 of 12"), _picture_number("24/7")
    (True, True, False)
    """
    match = _PICTURE_NUMBER.match(line.strip())
    return match is not None and 1 <= int(match.group(1)) <= int(match.group(2))


def numbered_picture(paragraph: str) -> bool:
    """Whether a paragraph opens as a gallery's numbered caption ("1/6 Children ..."; not "24/7 service").

    >>> numbered_picture("1/6 Children carry lanterns."), numbered_picture("24/7 cover was promised.")
    (True, False)
    """
    match = PICTURE_COUNT.match(paragraph.strip())
    return match is not None and 1 <= int(match.group(1)) <= int(match.group(2))


def _questions(paragraphs: Sequence[str]) -> bool:
    """Whether an opening alternates questions and answers without labels: three questions, each followed by a
    paragraph that is none (an interview printed as bold questions; a column's rhetorical questions seldom keep
    that up).

    >>> _questions(["Why now?", "Money.", "And then?", "We wait.", "Why?", "Because."])
    True
    """
    asks = [p.rstrip().endswith("?") for p in paragraphs[:QA_SPAN]]
    return len(asks) == QA_SPAN and asks == [True, False] * (QA_SPAN // 2)


_GREETING = re.compile(
    r"^(?:(?-i:[A-Z])[\w’'-]*,\s+)?(?:good (?:morning|afternoon|evening)|hello|hi|welcome (?:back )?to|thanks for"
    r"|thank you)\b",
    re.IGNORECASE,
)
"""A greeting to the reader or a guest: "Good morning, and welcome to ...", "Minister, welcome to the program."
(no sign of an opening that is no lead: columns and features open so too)."""
_COMMAND = re.compile(
    r"^(?:refresh|check back|stay tuned|follow|scroll|click|tap|sign up|subscribe|read|watch|listen|download|join"
    r"|keep (?:up|checking|refreshing)|see|visit|find out|get|share|send|email|tell)\b",
    re.IGNORECASE,
)
"""A sentence that opens by telling the reader to do something ("Refresh for the latest.", "Follow our coverage")."""


def entry_stamp(paragraph: str) -> bool:
    """Whether a line is only an entry's stamp: a time, a date and a time, or a minute of play ("67'")."""
    return bool(
        _MINUTE.match(paragraph.strip())
        or _DATED_STAMP.match(paragraph.strip())
        or TIMESTAMP.fullmatch(paragraph.strip())
    )


_FLAG = re.compile(r"^[A-Z]{2,}\s+(?=\S)")
"""A word in capitals flagging a live page's status line before its stamp ("LIVE Updated 9:42 a.m.")."""
MAX_STATUS_WORDS = 5


def stamp(paragraph: str) -> bool:
    """Whether a paragraph opens with, or is, an entry's time stamp (`TIMESTAMP`, `_DATED_STAMP`), perhaps after a
    flag in capitals (`_FLAG`).

    >>> stamp("LIVE Updated 9:42 a.m."), stamp("NASA updated its forecast on Monday.")
    (True, False)
    """
    if TIMESTAMP.match(paragraph) or _DATED_STAMP.match(paragraph.strip()):
        return True
    rest = _FLAG.sub("", paragraph.strip(), count=1)
    short = rest != paragraph.strip() and len(rest.split()) <= MAX_STATUS_WORDS and re.search(CLOCK, rest) is not None
    return short and bool(TIMESTAMP.match(rest) or _DATED_STAMP.match(rest))


def _entries(paragraphs: Sequence[str]) -> int:
    """How many entries a line of only a date and a time opens (`_DATED_STAMP`): one followed by a sentence. A
    page's "published" and "updated" lines stand together above the article and open none."""
    return sum(
        bool(_DATED_STAMP.match(p.strip())) and k + 1 < len(paragraphs) and ends_sentence(paragraphs[k + 1])
        for k, p in enumerate(paragraphs)
    )


def to_reader(text: str) -> bool:
    """Whether a sentence speaks to the reader rather than telling the news: a greeting or a command. In an opening
    that is no lead, such a line is no pick. ("You" alone is no sign: a game's or a guide's best sentence may
    address the reader.)

    >>> to_reader("Refresh for the latest."), to_reader("Good morning, readers."), to_reader("You play a knight.")
    (True, True, False)
    """
    return bool(_GREETING.match(text) or _COMMAND.match(text))


ENTRY_TIME = re.compile(rf"^{CLOCK}(?:\s[A-Z]{{2,4}})?(?:\s*[:|—–-]\s+(?=\S)|\s+(?=[A-Z“\"]))")
"""A live blog entry's time before its text: "9:05 a.m.: ", "14.20 GMT - ", "5PM | ", "14:05 The ..."."""
OPENING = 4
OFFERS = "a list of offers"
ENTRIES = "timestamped entries"
QA_SPAN = 6
"""Paragraphs that make the opening."""
LIST_SPAN = 10
OFFER_SPAN = 16
"""A list of offers whose prices are no sentences ("$49 at Voltmart") prints four in this many paragraphs: an item may
take four lines (its name, its price, a line about it, the shop's button); priced sentences count in `LIST_SPAN`."""
MIN_PRICED = 4
MIN_TIMESTAMPED = 2


_SPEECH = re.compile(
    r"\b(?:said|says|say|added|adds|told|tells|asked|asks|wrote|writes|explained|explains|replied|warned|noted"
    r"|insisted|argued|recalled|continued|declared|announced|tweeted|posted)\s*:\s",
    re.IGNORECASE,
)
_QUOTE_AFTER = re.compile(r"^[^:]*:\s*[“\"‘']")


def labelled(paragraph: str) -> bool:
    """Whether a paragraph opens with a label before a colon ("Rating:", "Q:", "Prep time:"), not with someone said
    to speak ("Edna Coyle said: “We ...”", "She added: ...", a quotation after the colon): that is prose.

    >>> labelled("Rating: False"), labelled("Edna Coyle said: “We cannot wait.”"), labelled("Coyle: “No.”")
    (True, False, False)
    """
    match = LABEL.match(paragraph)
    return match is not None and not _SPEECH.search(match.group(0)) and not _QUOTE_AFTER.match(paragraph)


def heading(paragraph: str) -> tuple[bool, bool]:
    """(heading-like, surely a heading): a short or unfinished line, a label, a short question."""
    words = paragraph.split()
    strong = len(words) <= 2 or labelled(paragraph) or (bool(PRICE.search(paragraph)) and not ends_sentence(paragraph))
    weak = (
        len(words) < 5 or not ends_sentence(paragraph) or (paragraph.rstrip().endswith(("?", "!")) and len(words) < 8)
    )
    return strong or weak, strong


MAX_OFFER_WORDS = 15
"""A priced paragraph of this many words or more that ends as a sentence is news about money ("Shares fell to
$41.20 after ..."), not an offer."""


def _offer(paragraph: str) -> bool:
    """Whether a paragraph reads as an item of a list of offers: a price, in a line or a short sentence."""
    return bool(PRICE.search(paragraph)) and (len(paragraph.split()) < MAX_OFFER_WORDS or not ends_sentence(paragraph))


def turn_label(text: str) -> str | None:
    """The label of a speaker's turn ("JANE ROE" of "JANE ROE: ...", "Ann Roe" of "Ann Roe (AR): ..."; `turn`), None
    for any other line ("Verdict: False.")."""
    match = _TURN.match(text) or SPEAKER.match(text)
    return match.group(0).split("(")[0].rstrip(": ") if match else None


def turn(text: str) -> bool:
    """Whether a sentence opens a speaker's turn ("Q: ...", "JANE ROE: ...", "Ann Roe (AR): ..."): a dek that
    started in prose does not run on into it."""
    return bool(_TURN.match(text) or SPEAKER.match(text) or QA.match(text))


CASELESS = "a machine transcript without capitals or full stops"


def _most_in(flags: Sequence[bool], span: int) -> int:
    """The most flags set in any ``span`` consecutive ones."""
    return max((sum(flags[k : k + span]) for k in range(max(1, len(flags) - span + 1))), default=0)


def lead_problem(paragraphs: Sequence[str], body: Sequence[str] | None = None) -> str | None:
    """Why the article's opening is no lead to summarise from, or None when it is one. The offers are counted
    in the ``body`` when given: a page's list items, which the summary does not read, are kept there."""
    opening = [heading(p) for p in paragraphs[:OPENING]]
    offers = paragraphs if body is None else body
    priced = [_offer(p) for p in offers[: LIST_SPAN + OFFER_SPAN]]
    bare = [found and not ends_sentence(p) for found, p in zip(priced, offers, strict=False)]  # "Price: $49"
    if _most_in(priced, LIST_SPAN) >= MIN_PRICED or _most_in(bare, OFFER_SPAN) >= MIN_PRICED:
        return OFFERS  # in any run of paragraphs near the top: an introduction may come first; a list printed in
        # lines of four (name, price, blurb, button) over a longer run, when its prices are no sentences
    stamped = sum(bool(TIMESTAMP.match(p)) for p in paragraphs[:LIST_SPAN])
    minutes = sum(bool(_MINUTE.match(p.strip())) for p in offers[:LIST_SPAN])
    if max(stamped, minutes) >= MIN_TIMESTAMPED or _entries(paragraphs[:LIST_SPAN]) >= MIN_TIMESTAMPED:
        return ENTRIES
    pictures = sum(_picture_number(p) or numbered_picture(p) for p in offers[:LIST_SPAN])
    if pictures >= MIN_TIMESTAMPED:
        return "a gallery's pictures"
    if sum(map(caseless, paragraphs[:OPENING])) >= MIN_TIMESTAMPED:
        return CASELESS
    if _questions(paragraphs):
        return "an interview's questions and answers"
    turns = [bool(SPEAKER.match(p) or labelled(p)) for p in paragraphs[:OPENING]]
    if turns and SPEAKER.match(paragraphs[0]) and sum(turns) >= 2:
        return "an interview's questions and answers"  # it opens on a turn: no prose introduces it
    if paragraphs and QA.match(paragraphs[0]) and sum(bool(QA.match(p)) for p in paragraphs[:OPENING]) >= 2:
        return "an interview's questions and answers"
    if opening and not opening[0][0] and exchange(paragraphs[:LIST_SPAN]):
        return None  # prose introduces the questions and answers: that prose is the lead
    if sum(strong for _, strong in opening) >= 2 or (opening and opening[0][0] and sum(h for h, _ in opening) >= 2):
        return "headings and labelled lines"
    return None


def exchange(paragraphs: Sequence[str]) -> bool:
    """Whether the labelled lines among ``paragraphs`` are turns of a conversation ("Q: ...", "A: ...", "Q: ..."):
    two labels or more, one of them again. A fact check's "Claim:" and "Rating:" name each line once.

    >>> exchange(["Q: Why now?", "A: The pipes are old.", "Q: And now?"]), exchange(["Claim: X.", "Rating: False"])
    (True, False)
    """
    labels = [m.group(0).strip() for p in paragraphs if (m := LABEL.match(p))]
    return len(set(labels)) >= 2 and len(labels) > len(set(labels))


QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
WE = re.compile(r"\b(?:we|us|our)\b", re.IGNORECASE)
_YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)


def house_voice(text: str) -> bool:
    """Whether the sentence is the publication talking to its reader ("Each morning we pick for you ..."):
    "we" and "you" both outside quotations. In an opening that is no lead, that is a promotional line.

    >>> house_voice("Each morning we pick the offers for you."), house_voice("You can vote until six.")
    (True, False)
    >>> house_voice('The mayor said: "We will not leave you behind."')
    False
    """
    said = QUOTED.sub(" ", text)
    return bool(WE.search(said) and _YOU.search(said))
