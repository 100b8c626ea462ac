"""A first paragraph that only asks the question the next one answers ("Who pays for the sea wall when the money runs
out?" over "For forty years, the answer has been ..."): it teases the lead, which starts at the answer
(`after_question`, for `digest.chain.summarize.summarize`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.text.sentences import Sentence

_ASKS = re.compile(r"\?[”\"’']?$")
_WH = re.compile(r"^[“\"‘']?(?:who|whom|whose|what|which|when|where|why|how)\b", re.IGNORECASE)
"""A question asking for what the answer tells ("Who gets the water ...?"), not one recalling what the reader knows
("Remember the town's quest for a slogan?")."""


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
