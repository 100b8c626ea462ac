"""Page furniture glued into a sentence: the labels a scraped page keeps beside its text.

A saved page flattened to text often keeps a box's or a button's label at the start of the next sentence
("Image caption Ann Roe was elected ...", "Key Points Harbour University said ...", "Related Coverage ..."),
or inside it ("... popular. Click To Tweet The mayor ..."). Glued to the capitalised words after it, a
label reads as the start of a name ("Summary Studies", "Advertisement Story"). `unlabelled` takes such labels
out of a sentence before names are looked for; the labels are the furniture of many sites, written the ways
pages show them.

>>> unlabelled("Image copyright Getty Images Image caption Ann Roe was elected")
'Ann Roe was elected'
>>> unlabelled("Summary Studies of the drug were published"), unlabelled("Summary judgments were rare")
('Studies of the drug were published', 'Summary judgments were rare')
>>> unlabelled("Credit Suisse said"), unlabelled("WATCH: Ann Roe speaks")
('Credit Suisse said', 'Ann Roe speaks')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from digest.chain.given import given_rank
from digest.text.sentences import Sentence

_LABEL = (
    r"(?:Image (?:copyright|caption|source)|Media (?:caption|playback is unsupported on your device)"
    r"|(?:Hide|Toggle) caption|Enlarge this image|Story highlights|Related (?:Coverage|Content|Stories|Articles)"
    r"|Key [Pp]oints|KEY POINTS|Summary|SUMMARY|Read [Mm]ore|READ MORE|Advertisement|ADVERTISEMENT"
    r"|Story continues below(?: advertisement)?|Top Stories|Most Read|Editor's Picks"
    r"|(?:Related|RELATED|Photos?|PHOTOS?|Video|VIDEO|Watch|WATCH|Listen|Gallery|Credit|Sponsored|Recommended)(?=\s*[:|]))"
)
"""Labels that open a sentence; a word that also starts names ("Credit Suisse", "Related Companies") only with a
colon or a bar after it."""
_CREDIT = r"(?:[A-Z][\w.&'’-]*(?:/[A-Z][\w.&'’-]*)*\s+){0,3}?"
"""A photo credit of up to three capitalised words after a copyright or source label ("Getty Images")."""
_OPENING = re.compile(rf"^(?:{_LABEL}\s*[:|]?\s+(?:{_CREDIT}(?={_LABEL}\b))?)+(?=[A-Z])")
_INSIDE = re.compile(r"\s*\bClick [Tt]o Tweet\b\s*")


def unlabelled(text: str) -> str:
    """The sentence without the page labels that open it or are glued inside it."""
    if "Tweet" in text:  # most sentences: no regex run
        text = _INSIDE.sub(" ", text).strip()
    return _OPENING.sub("", text)


_BOX_LABEL = re.compile(r"^(?P<label>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}):\s+(?=\S)")
"""Two or three words in Title Case and a colon opening a paragraph ("Press Office: call 0800 ...")."""


def box_labels_cut(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences without the label of a box opening a paragraph (`_BOX_LABEL`: "Investor Webinar: the firm will
    host ..."): a label when the article writes its words nowhere else and no given name opens it ("Tom Marsh: I
    think ..." is a speaker)."""
    text = " ".join(s.text for s in sentences).casefold()
    kept = []
    for sentence in sentences:
        found = _BOX_LABEL.match(sentence.text) if sentence.index == 0 else None
        label = found["label"] if found else ""
        if found and text.count(label.casefold()) == 1 and given_rank(label.split()[0]) is None:
            sentence = replace(sentence, text=sentence.text[found.end() :])  # noqa: PLW2901
        kept.append(sentence)
    return kept
