"""Cue phrases (``site_config/boilerplate.yml``) matched against a paragraph, outside its quotations.

Text in double quotes never counts: a story that quotes "subscribe now" is news.
An appeal cue with a word limit for unaddressed text needs the paragraph to speak
to the reader ("we", "your") when it is longer, so news *about* a paywall stays.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from digest.chain.layout import words
from digest.config import Cue
from digest.readers.document import straighten

_QUOTED = re.compile(r'"[^"]*"')
_READER_ADDRESSED = re.compile(r"\b(we|we're|we've|our|ours|us|you|your|you're)\b", re.IGNORECASE)


def _outside_quotes(text: str) -> str:
    return _QUOTED.sub(" ", straighten(text))


def addresses_reader(text: str) -> bool:
    """Whether ``text`` speaks to the reader ("we", "our", "you") outside quotation marks."""
    return bool(_READER_ADDRESSED.search(_outside_quotes(text)))


@functools.lru_cache(maxsize=4096)
def _prepared(text: str) -> tuple[str, str, int]:
    """``text`` outside quotes, the same lower-cased, and the number of words of ``text``.

    Remembered: each paragraph is tested at the edges and in the body, each sentence of the lead again.
    """
    haystack = _outside_quotes(text)
    return haystack, haystack.lower(), words(text)


def first_cue(text: str, cues: Sequence[Cue], *, edge: bool = False) -> Cue | None:
    """The first of ``cues`` matching ``text`` (outside quotes) within its word limits.

    Edge-only cues (bios, disclaimers) are tried only when ``edge`` is true.
    """
    if not cues:
        return None
    haystack, lowered, n = _prepared(text)
    addressed: bool | None = None
    for cue in cues:
        if cue.edge_only and not edge:
            continue
        limit = cue.max_words * 2 if edge else cue.max_words
        if n > limit or not cue.search(haystack, lowered):
            continue
        if cue.max_words_unaddressed is not None and n > cue.max_words_unaddressed:
            if addressed is None:
                addressed = bool(_READER_ADDRESSED.search(haystack))
            if not addressed:
                continue
        return cue
    return None
