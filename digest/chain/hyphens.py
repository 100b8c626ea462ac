"""Capitalised compounds and contractions (see `digest.chain.wording`).

- a capitalised compound whose second half is lower case is an adjective or a
  common noun ("Oscar-winning", "South Dakota-sized", "Singer-guitarists"): only
  its first half can be a name, and not when that half is shaped like an adjective
  and is no place ("Olympic-size"); inside a name, a compound whose second half is no
  participle is a word of the name ("Organisation for Economic Co-operation and Development"), and so is one in -ing
  after the name's small word ("Federation of Rental-housing Providers");
- a pronoun's contraction ("I’m", "We’re", "They’ve") is no name.

>>> from digest.text.tokens import tokenize
>>> [t.text for t in compounds(tokenize("Oscar-winning actress met I’m"))]
['Oscar', '-', 'actress', 'met', 'I’m']
>>> [t.capitalised for t in compounds(tokenize("I’m here"))][0]
False
"""

from __future__ import annotations

import re

from digest.chain.gazetteer import place_kind
from digest.text.tokens import Token

_COMPOUND = re.compile(r"^(?P<name>[A-Z][\w\u0300-\u036f'’.&]*(?:-[A-Z][\w\u0300-\u036f'’.&]*)*)-[a-z]{3,}[a-z-]*$")
_SHORT_PARTS = re.compile(r"^[A-Z][a-z]{1,4}-(?P<second>[a-z]{3,5})$")
"""Two short syllables: a given name written with a hyphen ("Man-kei", "Tsz-lok", "Jae-myung"), no compound
adjective (`_COMPOUND_ENDS`: "Pro-life", "Anti-war")."""
# fmt: off
_COMPOUND_ENDS = frozenset({
    "born", "led", "run", "era", "made", "wide", "size", "free", "like", "held", "type", "only", "long", "year",
    "area", "week", "day", "old", "new", "aged", "owned", "based", "style", "level", "scale", "class", "grade",
    "side", "time", "life", "war", "ups", "up", "down", "off", "out", "back", "over", "fed", "bred", "bound",
    "fund", "funded", "front", "line", "plus", "sized",
})
# fmt: on
_CONTRACTION = re.compile(r"^[A-Z][a-z]{0,4}['’](?:m|re|ve|ll|d)$")
BREAK = Token("-", False)
_LINKS = frozenset({"of", "for", "and", "&"})
_OPENERS = frozenset({"A", "An", "The"})
_ADJECTIVE = re.compile(r"[A-Z][a-z]{3,}(?:ic|ical|al|ian|ish|ive|ous|ful|ese)")
"""How the first half of a compound adjective ends when it is itself an adjective ("Olympic-size",
"Herculean-sized", "Orwellian-sounding"): not the name half of "Oscar-winning"."""


def compounds(tokens: list[Token]) -> list[Token]:
    """Tokens with compound adjectives cut to their name part ("Oscar-winning"; a lower-case part of one or two
    letters is a name's: "Lee Dae-in", and so are two short syllables: "Man-kei") and contractions demoted."""
    if not any(t.capitalised and ("-" in t.text or "’" in t.text or "'" in t.text) for t in tokens):
        return tokens  # most sentences have neither
    out: list[Token] = []
    for k, token in enumerate(tokens):
        if (
            token.word
            and token.capitalised
            and "-" in token.text
            and (match := _COMPOUND.match(token.text))
            and not ((short := _SHORT_PARTS.match(token.text)) and short["second"] not in _COMPOUND_ENDS)
            and not _inside_name(tokens, k, token.text[len(match["name"]) + 1 :])
        ):
            name = match["name"]
            if _ADJECTIVE.fullmatch(name) and place_kind(name) is None:  # "Olympic-size": a modifier, no name
                out += [token._replace(text=name.casefold(), capitalised=False, lower=True), BREAK]
            else:
                out += [token._replace(text=name, possessive=False), BREAK]
        elif token.word and token.capitalised and _CONTRACTION.match(token.text):
            out.append(token._replace(capitalised=False, lower=True))
        else:
            out.append(token)
    return out


def _inside_name(tokens: list[Token], k: int, second: str) -> bool:
    """Whether a compound with a lower-case second half that is no participle sits between two words of one name
    ("Economic Co-operation and Development", "Christ of Latter-day Saints"; not "Party-controlled House")."""
    if second.endswith("ed") or k == 0 or k + 1 == len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    linked = before.text in _LINKS and k > 1 and tokens[k - 2].capitalised
    left = (before.capitalised and before.text not in _OPENERS) or linked
    right = after.capitalised or (after.text in _LINKS and k + 2 < len(tokens) and tokens[k + 2].capitalised)
    return left and right and (linked or not second.endswith("ing"))  # "Federation of Rental-housing Providers"
