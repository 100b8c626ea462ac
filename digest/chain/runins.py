"""A briefing's items under run-in heads (`run_in_items`): each paragraph opens with a few words closed by a full stop
that name its subject ("School levy. The board will vote on Tuesday ..."), then tells it. Such an opening is a list,
no lead (`digest.chain.summarize.dek` makes its dek of the first items' sentences and says so)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from digest.chain.guards import dangling, opens_with_pronoun
from digest.text.sentences import Sentence

SPAN = 4
"""The opening paragraphs read."""
MIN_ITEMS = 3
MAX_HEAD_WORDS = 4
ITEMS = "a briefing's items under run-in heads"


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
