"""A newsletter's greeting above its first story (`after_greeting`): "Good morning, and welcome to the new readers
... This is The Harbour Letter, a weekly dispatch ...". A first paragraph that opens by speaking to the reader (a
greeting or a command, `digest.chain.nolead.to_reader`) and names the publication is the publication's note to
its reader, not the lead: it stays in the body, and the summary starts after it.

A greeting that names no publication is left as it is: leads open so too ("Welcome to the new 16-inch laptop").
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.nolead import to_reader
from digest.readers.document import fold
from digest.text.sentences import Sentence

MIN_NAME_CHARS = 4
"""A publication's name shorter than this ("AP", "CNN") is too easily a word of the text."""


def _names(text: str, names: Sequence[str]) -> bool:
    folded = f" {fold(text)} "
    keys = {fold(n).removeprefix("the ").strip() for n in names if n}
    return any(len(k) >= MIN_NAME_CHARS and f" {k}" in folded for k in keys)


def after_greeting(sentences: Sequence[Sentence], names: Sequence[str]) -> Sequence[Sentence]:
    """The sentences after a first paragraph that greets the reader and names the publication (one of ``names``),
    when more follows; else all of them.

    >>> from digest.text.sentences import split_paragraphs
    >>> note = "Good morning, readers. This is the Harbour Letter. Forward it to a friend."
    >>> lead = "The county water board voted on Tuesday to raise household rates by nine percent."
    >>> after_greeting(split_paragraphs([note, lead]), ["The Harbour Letter"])[0].text[:20]
    'The county water boa'
    >>> after_greeting(split_paragraphs([note, lead]), ["The Valley Echo"])[0].text[:20]
    'Good morning, reader'
    """
    if not sentences or not to_reader(sentences[0].text):
        return sentences
    first = sentences[0].paragraph
    rest = [s for s in sentences if s.paragraph != first]
    greeting = " ".join(s.text for s in sentences if s.paragraph == first)
    return rest if rest and _names(greeting, names) else sentences
