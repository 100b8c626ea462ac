"""Words that only ever open sentences, and yet are names: evidence for `digest.chain.entities.Extractor`.

A sentence's first word is capitalised whatever it is, so a word the article only writes there says nothing by its
capital. Two kinds of such words are names all the same:

- a word opening two sentences, once in the possessive ("Boeing said ...", "Boeing's shares fell"), neither a
  plural ("Officials' patience") nor written in lower case elsewhere (`owners`);
- a word opening a sentence that the title names too ("Netflix has renewed ..." under "Netflix Renews ..."; not
  only as the first word of a title in sentence case), no plural, no abstract noun, no function word or number,
  never written in lower case (`titled`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from digest.chain.wording import NUMBER_WORDS
from digest.text.tokens import Token, tokenize

_NOUN_ENDINGS = ("s", "tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ing")
"""How a plural or an abstract noun ends ("Officials", "Deforestation", "Unemployment"): no name by its capital."""


def owners(sentences: Sequence[list[Token]], lower_words: frozenset[str]) -> set[str]:
    """Words opening two sentences, one of them in the possessive before a lower-case word (casefolded)."""
    openers = Counter(t[0].text.casefold() for t in sentences if t and t[0].capitalised)
    owned = {t[0].text.casefold() for t in sentences if len(t) > 1 and t[0].possessive and t[1].lower}
    return {w for w in owned if openers[w] > 1 and not w.endswith("s") and w not in lower_words}


def titled(
    sentences: Sequence[list[Token]], title: str, lower_words: frozenset[str], plain: frozenset[str]
) -> set[str]:
    """Words opening a sentence and capitalised in the title (casefolded), not as the first word of a title in
    sentence case, capitalised there by its place ("Black bins to be emptied ..."); ``plain``: words never names alone
    (function words, ignored words)."""
    words = [t for t in tokenize(title) if t.word]
    sentence_case = any(t.lower and t.text.casefold() not in plain for t in words[1:])  # "Black bins to be emptied"
    named = {t.text.casefold() for t in words[sentence_case:] if t.capitalised and not t.capitals}
    opening = {t[0].text.casefold() for t in sentences if t and t[0].capitalised and not t[0].capitals}
    return {
        w
        for w in named & opening
        if not w.endswith(_NOUN_ENDINGS) and w not in lower_words and w not in plain and w not in NUMBER_WORDS
    }
