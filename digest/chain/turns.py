"""Speakers named in capitals at the head of their turns in a transcript: "FERGAL DUNLEAVY: Good morning." The
capitals are the page's typography, not shouting (`digest.text.tokens.shouting`), so `titled_turns` writes such a
label in Title Case before names are looked for: the speaker is a name of the article ("Mayor Angela Duchamp-Wells",
then "Duchamp-Wells").

A label is a speaker's when its last word heads two turns or more (a speaker speaks more than once, perhaps by the
surname alone: "MAYOR ANGELA DUCHAMP-WELLS:", then "DUCHAMP-WELLS:") and the article never writes that word in lower
case: "UPDATE:" or "BREAKING NEWS:" label a live blog's posts, no one speaks them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from digest.text.sentences import Sentence

_LABEL = re.compile(r"^(?P<label>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,5}):\s")
"""A turn's label: up to six words of letters, then a colon."""
_PART = re.compile(r"([-'’ ])")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")


def titled_turns(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences, each speaker's label in capitals written in Title Case (see the module docstring).

    >>> turns = ["ANN ROE-LEE: Good morning.", "Q: Why?", "ROE-LEE: Yes.", "UPDATE: The road is shut, roe said."]
    >>> [s.text for s in titled_turns([Sentence(t, k, 0) for k, t in enumerate(turns)])]
    ['Ann Roe-Lee: Good morning.', 'Q: Why?', 'Roe-Lee: Yes.', 'UPDATE: The road is shut, roe said.']
    """
    labels = [_label(s.text) for s in sentences]
    heads = Counter(label.split()[-1] for label in labels if label)
    if not heads or max(heads.values()) < 2:
        return list(sentences)
    lower = {w.casefold() for s in sentences for w in _LOWER_WORD.findall(s.text)}
    speakers = {last for last, count in heads.items() if count >= 2 and last.casefold() not in lower}
    named = {label.split()[-1] for label in labels if label and " " in label}  # "ANN ROE", not only "ROE"
    speakers &= named
    return [
        replace(s, text=_titled(label) + s.text[len(label) :]) if label and label.split()[-1] in speakers else s
        for s, label in zip(sentences, labels, strict=True)
    ]


def _label(text: str) -> str | None:
    """The label in capitals heading a turn ("ANN ROE"), or None."""
    match = _LABEL.match(text)
    label = match.group("label") if match else None
    return label if label and label.isupper() and len(label) > 1 else None


def _titled(label: str) -> str:
    """A label in Title Case, each part of a hyphenated or an apostrophised name too ("O'Neil-Roe")."""
    return "".join(part.capitalize() for part in _PART.split(label.casefold()))
