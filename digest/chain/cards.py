"""A card of labelled lines above the article (`after_card`): "The paper: ...", "Who did it: ...", "The short
version: ...", each label once, then the article's first paragraph of prose. A science site's citation card, a
recipe's times, a fact box: the card stays in the body, but the summary starts at the prose under it, whose
opening is then a lead like any other.

A quotation set apart above the article (`after_pull_quote`: a pull quote or an epigraph, a block quote of a few
sentences before the first paragraph of prose) is no lead either: the summary starts at the prose under it.

An interview's turns are no card: their labels come back ("Q:", "A:", "Q:"), and a letter or a name in capitals
("Q:", "JANE ROE:") labels a turn (`digest.chain.nolead.turn`).
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.layout import ends_sentence
from digest.chain.nolead import LABEL, labelled, turn
from digest.readers.document import fold
from digest.text.blocks import Block, Kind
from digest.text.sentences import Sentence

MIN_LINES = 2
"""A card has two labelled lines or more: one is a kicker or a dateline before the lead."""
MIN_LEAD_WORDS = 15
"""The prose under the card is a paragraph of this many words or more."""
MAX_PULL_QUOTE_WORDS = 40
"""A pull quote or an epigraph is a sentence or two; a longer block quote may be what the article reports."""


def after_card(sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """The sentences from the first paragraph of prose under a card of labelled lines that opens them; all of
    them when they open otherwise.

    >>> from digest.text.sentences import split_paragraphs
    >>> card = ["The study: Roe, J. et al. Water Review, 2019.", "Who did it: The county water board"]
    >>> lead = "The county water board voted on Tuesday to raise household rates by nine percent, its first in years."
    >>> after_card(split_paragraphs([*card, lead]))[0].text.startswith("The county water board voted")
    True
    >>> len(after_card(split_paragraphs(["Q: Why now?", "A: The pipes are old.", lead])))
    3
    """
    order: list[int] = []
    texts: dict[int, list[str]] = {}
    for sentence in sentences:
        if sentence.paragraph not in texts:
            order.append(sentence.paragraph)
        texts.setdefault(sentence.paragraph, []).append(sentence.text)
    paragraphs = [" ".join(texts[k]) for k in order]
    labels: list[str] = []
    for text in paragraphs:
        match = LABEL.match(text)
        if match is None or not labelled(text) or turn(text):
            break
        labels.append(match.group(0).strip().casefold())
    n = len(labels)
    if n < MIN_LINES or len(set(labels)) < n or n == len(paragraphs):
        return sentences
    lead = paragraphs[n]
    if LABEL.match(lead) or not ends_sentence(lead) or len(lead.split()) < MIN_LEAD_WORDS:
        return sentences
    return [s for s in sentences if s.paragraph not in set(order[:n])]


def after_pull_quote(sentences: Sequence[Sentence], blocks: Sequence[Block]) -> Sequence[Sentence]:
    """The sentences from the first paragraph of prose under a block quote of at most `MAX_PULL_QUOTE_WORDS` words
    that opens them (a pull quote, an epigraph); all of them when they open otherwise.

    >>> from digest.text.sentences import split_paragraphs
    >>> pulled = '"We waited twenty years for this wall."'
    >>> lead = "The county water board voted on Tuesday to raise household rates by nine percent, its first in years."
    >>> blocks = [Block(pulled, Kind.QUOTE), Block(lead)]
    >>> after_pull_quote(split_paragraphs([pulled, lead]), blocks)[0].text.startswith("The county water board")
    True
    """
    if not sentences:
        return sentences
    quoted = {fold(b.text) for b in blocks if b.kind is Kind.QUOTE and len(b.text.split()) <= MAX_PULL_QUOTE_WORDS}
    first = sentences[0].paragraph
    opening = fold(" ".join(s.text for s in sentences if s.paragraph == first))
    rest = [s for s in sentences if s.paragraph != first]
    if opening not in quoted or not rest:
        return sentences
    lead = " ".join(s.text for s in rest if s.paragraph == rest[0].paragraph)
    prose = fold(lead) not in quoted and ends_sentence(lead) and len(lead.split()) >= MIN_LEAD_WORDS
    return rest if prose else sentences
