"""Opening paragraphs about the page, not the story: a line that shares no content word with the headline nor with
the rest of the article ("Version française disponible ici.", "Scan the QR code to follow our account.", "This piece
contains strong language.") is no lead, whatever its wording. `digest.chain.summarize.dek` starts a usable lead's dek
after such lines (`after_unrelated`); the body keeps them, since no cue says they are furniture.

A story's lead names what the headline names and what the paragraphs after it go on about: a feature's anecdote
("Maria Roe woke at five ...") shares its people and places with the text that follows, so it stays the lead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from digest.chain.gazetteer import function_words
from digest.text.sentences import Sentence

MAX_UNRELATED = 3
"""Opening paragraphs that may be passed over as unrelated: furniture comes in short runs above the lead."""
MIN_REST_WORDS = 60
"""Words the paragraphs after an opening one must hold for sharing nothing with them to say anything (a page whose
text was cut after two paragraphs proves nothing)."""
MIN_WORD = 4
STEM = 5
"""Content words compared by their first letters once an ending is cut: "storm" and "storms", "gaming" and "games"."""
_WORD = re.compile(r"[^\W\d_]+")


_SUFFIX = re.compile(r"(?:ings?|ed|es|s|ers?|ly|ions?|ations?)$")


@functools.lru_cache(maxsize=1 << 14)
def _stem(word: str) -> str:
    """A word's comparison key: its first letters once a common ending is cut ("gaming", "games", "game": "gam";
    "roads", "road": "road")."""
    cut = _SUFFIX.sub("", word)
    cut = cut if len(cut) >= 3 else word
    return cut.removesuffix("e")[:STEM] if len(cut) > 3 else cut[:STEM]


def _keys(text: str) -> set[str]:
    small = function_words()
    return {_stem(w) for w in (m.casefold() for m in _WORD.findall(text)) if len(w) >= MIN_WORD and w not in small}


def after_unrelated(sentences: Sequence[Sentence], title: str) -> Sequence[Sentence]:
    """The sentences from the first opening paragraph that shares a content word with ``title`` or with a later
    paragraph; all of them when none of the first `MAX_UNRELATED` does, or too little text would follow.

    >>> from digest.text.sentences import split_paragraphs
    >>> more = ["The wall fell in the storms of January, and the harbour has been open to the sea since then."] * 4
    >>> text = ["Scan the QR code to follow our account.", "The board voted to rebuild the wall.", *more]
    >>> [s.text for s in after_unrelated(split_paragraphs(text), "Board to rebuild wall")][0]
    'The board voted to rebuild the wall.'
    >>> [s.text for s in after_unrelated(split_paragraphs(text[:3]), "Board to rebuild wall")][0]  # too little after
    'Scan the QR code to follow our account.'
    """
    parts: dict[int, list[str]] = {}
    for sentence in sentences:
        parts.setdefault(sentence.paragraph, []).append(sentence.text)
    order = list(parts)
    texts = {k: " ".join(p) for k, p in parts.items()}
    sizes = [len(texts[k].split()) for k in order]
    words: dict[int, set[str]] = {}

    def keys(k: int) -> set[str]:
        if k not in words:
            words[k] = _keys(texts[k])
        return words[k]

    wanted = _keys(title)
    for position, paragraph in enumerate(order[: MAX_UNRELATED + 1]):
        later = order[position + 1 :]
        if keys(paragraph) & wanted or sum(sizes[position + 1 :]) < MIN_REST_WORDS:
            break
        if any(keys(paragraph) & keys(k) for k in later):  # the next paragraphs first: most share a word at once
            break
    else:
        return sentences
    return [s for s in sentences if s.paragraph in order[position:]] if position else sentences
