"""First paragraphs that come before the lead (`after_teasers`, for `digest.chain.summarize.summarize`): one that only
asks the question the next one answers ("Who pays for the sea wall when the money runs out?" over "For forty years,
the answer has been ..."), which teases the lead, and a facts line of capitalised words, numbers and dates only
("Born: March 3, 1934, Kelmouth, Maine"), no sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.text.sentences import Sentence

_ASKS = re.compile(r"\?[”\"’']?$")
_WH = re.compile(r"^[“\"‘']?(?:who|whom|whose|what|which|when|where|why|how)\b", re.IGNORECASE)
"""A question asking for what the answer tells ("Who gets the water ...?"), not one recalling what the reader knows
("Remember the town's quest for a slogan?")."""


def after_teasers(sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """The sentences after the first paragraphs that are facts lines (`facts_line`), then after a lone question
    (`after_question`); all of them when nothing else is left."""
    k = 0
    while k < len(sentences):
        end = k
        while end < len(sentences) and sentences[end].paragraph == sentences[k].paragraph:
            end += 1
        if not facts_line(" ".join(s.text for s in sentences[k:end])):
            break
        k = end
    return after_question(sentences[k:] if k < len(sentences) else sentences)


def facts_line(paragraph: str) -> bool:
    """Whether a paragraph has no word in lower case (a verb, a function word) but a number: a line of names, dates
    and places ("March 3, 1934, Kelmouth, Maine."), no sentence.

    >>> facts_line("Born: March 3, 1934, Kelmouth, Maine"), facts_line("THE BOARD voted 6-1."), facts_line("Gone.")
    (True, False, False)
    """
    words = paragraph.split()
    return any(c.isdigit() for c in paragraph) and not any(w.lstrip("“‘\"'(")[:1].islower() for w in words)


def after_question(sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """The sentences from the second paragraph on when the first is one question asking who, what, when, where,
    why, which or how (`_WH`) and the second opens with no question (its answer): a question with its answer in one
    paragraph, a run of questions, or one that recalls something ("Remember ...?") is the lead.

    >>> [s.text for s in after_question([Sentence("Who pays?", 0, 0), Sentence("The board does.", 1, 0)])]
    ['The board does.']
    >>> len(after_question([Sentence("Who pays?", 0, 0), Sentence("The board does.", 0, 1)]))
    2
    """
    if len(sentences) < 2 or not _ASKS.search(sentences[0].text.rstrip()) or not _WH.match(sentences[0].text):
        return sentences
    then = sentences[1]
    if then.paragraph == sentences[0].paragraph or _ASKS.search(then.text.rstrip()):
        return sentences
    return sentences[1:]
