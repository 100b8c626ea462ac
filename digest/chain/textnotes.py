"""Notes that open an article and are no part of its lead: an editor's note in brackets (`editors_note`), a note
on how the text was edited or a line of its publication dates (`text_note`), the publication on its own coverage
(`own_coverage`). `digest.chain.summarize.after_notes` starts the dek after them."""

from __future__ import annotations

import re

from digest.chain.layout import ends_sentence
from digest.chain.nolead import CLOCK, QUOTED, WE
from digest.chain.wording import YEAR_PATTERN

_BRACKETED = re.compile(r"^\[[^\[\]]+\]\.?$")
_OWN_TEXT = re.compile(
    r"\b(?:this|the following) (?:post|article|story|piece|report|series|feature|interview|page)\b|\bcoverage\b"
    r"|\b(?:our|this) (?:\w+ )?series\b",
    re.IGNORECASE,
)


def editors_note(paragraph: str) -> bool:
    """Whether a paragraph is wholly in square brackets: an editor's note to the reader, no lead.

    >>> editors_note("[Every link in this story goes to a page in Welsh.]"), editors_note("[Update] The vote is on.")
    (True, False)
    """
    return _BRACKETED.match(paragraph.strip()) is not None


_ON_THE_TEXT = re.compile(
    r"^(?:this|the following) (?:interview|conversation|transcript|q&a|exchange|article|story|piece)"
    r" (?:has been|was|is|have been) (?:lightly |slightly )?(?:edited|condensed|translated|abridged)\b"
    r"|^(?:the following|this|below|what follows) is (?:a|an|the) (?:[\w-]+ ){0,2}"
    r"(?:transcript|(?:press|news|media) release)\b"
    r"|^(?:[\w’'&.-]+ ){1,6}(?:has|have) not (?:been )?edited (?:its|this|the|their) (?:content|text|release)\W*$"
    r"|^(?:this (?:story|article|post|report) (?:has been|was) )?updated(?: (?:at|on) [^,]{1,25}?)?"
    r" (?:with|to include|to add) ",
    re.IGNORECASE,
)
_MACHINERY = re.compile(
    r"^(?:the |this )?(?:audio|narration|voice|reading|recording|translation|transcript|transcription|summary"
    r"|captions|subtitles)(?: (?:version )?(?:of|for) (?:this|the) (?:article|story|piece|page|report))?"
    r" (?:is|was|are|were|has been|have been) (?:automatically |machine[- ])?"
    r"(?:generated|produced|created|made|translated|transcribed|narrated|read)\b"
    r"(?=.*\b(?:automatic(?:ally)?|artificial intelligence|AI|computer|machine|software|synthetic|errors?)\b)",
    re.IGNORECASE,
)
"""A line on how the page's own machinery made a version of the text ("Audio is generated automatically and may
contain errors.", "The narration of this story was produced by artificial intelligence."): what the page does, not
what the story tells."""
_MADE_BY = re.compile(
    r"^(?:narrated|read aloud|voiced|generated|translated|transcribed|summari[sz]ed|written) (?:by|using|with) "
    r"(?:an? )?(?:AI|artificial intelligence|computer|machine|synthetic|automated|text-to-speech)\b",
    re.IGNORECASE,
)
"""The same, told of the text as a participle: "Narrated by an AI voice.", "Translated using machine translation."."""
_ITSELF = re.compile(
    r"^(?:this|a version of this|an earlier version of this|parts of this) "
    r"(?:article|story|post|piece|report|content|page|interview|column) (?:is (?:more than|over|nearly|almost) \w+"
    r" (?:years?|months?) old|is (?:free|available|part of|only|for subscribers)"
    r"|(?:first |originally )?(?:appeared|ran)"
    r"|was (?:first |originally |[a-z]+ly |machine[- ])?"
    r"(?:published|printed|posted|produced|updated|corrected|translated|funded)"
    r"|contains (?:affiliate|sponsored|paid)|has been (?:updated|corrected|translated)"
    r"|is (?:published|produced|written|reported|made) (?:as )?part of"
    r"|(?:contains|includes|may (?:contain|include)|discusses|describes|references|features|mentions)"
    r" (?:[\w-]+ ){0,3}(?:images?|names?|voices?|descriptions?|details?|references?|discussions?|language|content"
    r"|spoilers?|themes?|mentions?|accounts?|depictions?|footage|scenes?)"
    r"(?= (?:of|about|that|which|some|readers|viewers)\b|\W*$))\b"
    r"|^(?:[\w’'-]+ ){0,6}(?:readers|viewers|listeners|audiences) (?:are|should be) (?:advised|warned|cautioned)\b"
    r"|^(?:(?-i:[A-Z])[\w’'-]+ ){2,3}(?:(?:and|&) (?:(?-i:[A-Z])[\w’'-]+ ){2,3})?(?:reports?|reporting|writes?) from\b"
    r"|^this is the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|latest|next"
    r"|\d+(?:st|nd|rd|th))"
    r" (?:story|article|part|instal(?:l)?ment|chapter|episode|piece|report) (?:in|of)\b"
    r"|^(?:part|instal(?:l)?ment|chapter|episode) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[IVX]+)"
    r" (?:of|in) (?:a|an|the|this) (?:[\w-]+ ){0,3}series\b",
    re.IGNORECASE,
)
"""The text speaking of itself as a document: its age, its price, its earlier printing or translation, its place in a
series ("This article is more than 2 years old.", "A version of this story appeared in print on Monday.", "This article
was machine translated.", "This is the third story in a series on ...", "Part two of a series."), what it holds that a
reader is warned of ("This piece contains strong language.", "Readers are advised that this article contains images of
people who have died."), who reports it from where ("Ann Roe and Tom Vale report from Kelmouth, where ..."): a
document's property after its name. Not the opening of a story that calls itself one ("This story begins in 1998, when
...", "This article quotes the mayor: ...", "This story contains no easy answers ...")."""
_PUBLISHED = re.compile(r"^(?:(?:first )?published|posted|(?:last )?updated|broadcast|aired)\b", re.IGNORECASE)
_LINKS = frozenset(["on", "at", "in", "with", "by", "from", "of", "and", "the", "a"])
"""The small words a line of names and dates holds ("Broadcast on Harbour Hour with Ann Roe, Tuesday 8 December")."""
_YEAR_ORCLOCK = re.compile(rf"\b{YEAR_PATTERN}\b|{CLOCK}")
MAX_STAMP_WORDS = 16


def text_note(text: str) -> bool:
    """Whether the sentence is a note on how the text was edited ("This interview has been edited and condensed
    for clarity.", "The Echo has not edited its content.") or on what it is ("The following is a transcript of
    ...", "The following is a press release.", "Updated with comment from the council."), on how the page's machinery
    made a version of it ("Audio is generated automatically.", `_MACHINERY`, `_MADE_BY`), on itself as a document
    ("This article is more than 2 years old.", `_ITSELF`), or a line of the page's publication
    dates ("Published Dec. 4, 2026 · Updated Dec. 5, 2026 9:30 a.m.", "Broadcast on Harbour Hour, 8 December 2026.":
    names, dates and small words only): none is the lead.

    >>> text_note("This interview has been edited for length."), text_note("The interview was edited, she said.")
    (True, False)
    >>> text_note("The following is an edited transcript of the interview."), text_note("A transcript was filed.")
    (True, False)
    >>> text_note("The following is a press release."), text_note("The Echo has not edited its content.")
    (True, True)
    >>> text_note("Published Dec. 4, 2026 · Updated Dec. 5, 2026 9:30 a.m."), text_note("Updated maps show floods.")
    (True, False)
    >>> text_note("Updated at 5.30pm with comment from the council."), text_note("Updated figures with a map.")
    (True, False)
    >>> text_note("Audio is generated automatically."), text_note("The audio was recorded by a neighbour.")
    (True, False)
    """
    stripped = text.strip()
    if any(pattern.match(stripped) for pattern in (_ON_THE_TEXT, _MACHINERY, _MADE_BY, _ITSELF)):
        return True
    words = text.split()
    verbless = all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _LINKS for w in words[1:])
    return (
        bool(_PUBLISHED.match(stripped))
        and len(words) <= MAX_STAMP_WORDS
        and (
            len(_YEAR_ORCLOCK.findall(text)) >= 2
            or (bool(_YEAR_ORCLOCK.search(text)) and (not ends_sentence(text) or verbless))
        )
    )


def own_coverage(text: str) -> bool:
    """Whether the sentence is the publication speaking of its own coverage ("This story is part of our series
    on ...", "Read all our coverage of ..."): "we", "us" or "our" and the text or the coverage itself, outside
    quotations. Opening an article, that is a house line, not its lead.

    >>> own_coverage("This piece belongs to our reporting series on rivers."), own_coverage("Our town has a river.")
    (True, False)
    """
    said = QUOTED.sub(" ", text)
    return bool(WE.search(said) and _OWN_TEXT.search(said))
