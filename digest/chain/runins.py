"""A briefing's items under run-in heads (`run_in_items`): each paragraph opens with a few words closed by a full stop
that name its subject ("School levy. The board will vote on Tuesday ..."), then tells it. Such an opening is a list,
no lead (`digest.chain.summarize.dek` makes its dek of the first items' sentences and says so). So is an article of
numbered headings ("1. Budget row", "2. Storm warning", ...) after a line or two of introduction ("Good morning.
Here's what's happening today."): its dek starts at the first item's text (`numbered_items`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise, takewhile

from digest.chain.guards import dangling, opens_with_pronoun
from digest.readers.document import fold
from digest.text.blocks import Block, Kind
from digest.text.sentences import Sentence

SPAN = 4
"""The opening paragraphs read."""
MIN_ITEMS = 3
MAX_HEAD_WORDS = 4
ITEMS = "a briefing's items under run-in heads"
NUMBERED = "a list of numbered items"
MAX_INTRO_WORDS = 40
"""The most words an introduction above numbered items may hold and be no lead ("Good morning. Here's what's
happening today."); a longer one tells the story the items detail, and is its lead."""
_NUMBER = re.compile(r"^(\d{1,2})[.):]\s+\S")


def _head(sentence: Sentence) -> bool:
    """Whether a paragraph's first sentence is a run-in head: a few capitalised words closed by a full stop, not a
    short sentence pointing back ("She waited.", "Then it rained.") nor an interview's letter ("Q.", "A.")."""
    text = sentence.text.strip()
    return (
        sentence.index == 0
        and text.endswith(".")
        and len(text.split()) <= MAX_HEAD_WORDS
        and any(len(word.strip(".")) > 1 for word in text.split())
        and text[:1].isupper()
        and not opens_with_pronoun(text)
        and not dangling(text)
    )


def run_in_items(sentences: Sequence[Sentence]) -> bool:
    """Whether `MIN_ITEMS` of the first `SPAN` paragraphs open with a run-in head followed by more text.

    >>> run_in_items([Sentence(t, p, i) for p, pair in enumerate([("Ferry fares.", "Fares rise."), ("Levy.",
    ...     "A vote is due."), ("Weather.", "Rain is due.")]) for i, t in enumerate(pair)])
    True
    """
    first = sentences[0].paragraph if sentences else 0
    opening = list(takewhile(lambda s: s.paragraph < first + SPAN, sentences))
    told = {s.paragraph for s in opening if s.index > 0}
    heads = sum(1 for s in opening if s.paragraph in told and _head(s))
    return heads >= MIN_ITEMS


def numbered_items(sentences: Sequence[Sentence], blocks: Sequence[Block]) -> Sequence[Sentence] | None:
    """The sentences from the first item's text when the article is a run of numbered headings (`MIN_ITEMS` or
    more, counting up from 1 or down by one) after an introduction shorter than `MAX_INTRO_WORDS`; None otherwise.

    >>> from digest.text.sentences import split_paragraphs
    >>> texts = ["Good morning.", "1. Rail", "Trains are late.", "2. Rain", "Rain is due.", "3. Vote", "A vote."]
    >>> blocks = [Block(t, Kind.HEADING if t[0].isdigit() else Kind.PARAGRAPH) for t in texts]
    >>> [s.text for s in numbered_items(split_paragraphs([texts[0], texts[2], texts[4]]), blocks)]
    ['Trains are late.', 'Rain is due.']
    """
    numbered = [(k, int(m[1])) for k, b in enumerate(blocks) if b.kind is Kind.HEADING and (m := _NUMBER.match(b.text))]
    steps = {b - a for (_, a), (_, b) in pairwise(numbered[:MIN_ITEMS])}
    if len(numbered) < MIN_ITEMS or not ((steps == {1} and numbered[0][1] == 1) or steps == {-1}):
        return None
    first = next((fold(b.text) for b in blocks[numbered[0][0] + 1 :] if b.kind is Kind.PARAGRAPH), "")
    start = next((k for k, s in enumerate(sentences) if first and fold(s.text) in first), None)
    if start is None or sum(len(s.text.split()) for s in sentences[:start]) >= MAX_INTRO_WORDS:
        return None
    return sentences[start:]
