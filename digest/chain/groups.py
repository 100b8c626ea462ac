"""Names made of a capitalised common word, "for" or "of", and more capitalised words (see `digest.chain.spans`):

- a group named after its cause: a people's plural mid-sentence before "for" ("the group Doctors for Camp
  Closure", "Lawyers for Climate Justice");
- a group named after what it stands by: "Friends", "Sons", "Daughters" before "of" ("the Friends of the Signalman",
  "Daughters of the American Revolution"); at a sentence's start only before "of the" ("Friends of Ann Roe said");
- a designation or a title after "a" or "an": "listed as an Asset of Community Value", "a Site of Special Scientific
  Interest"; not a job ("a Professor of Economics") nor a member of a body ("a Fellow of the Royal Society");
- a body named after what it sets out to do: an organisation's word, "to" and a verb's capitalised words ("the
  Committee to Protect Journalists", "the Network to Record Incidents of Racist Violence"); not a journey's end ("the
  Elizabeth Line to Heathrow Airport", "aid to Tirana").
"""

from __future__ import annotations

import re

from digest.chain.gazetteer import place_kind
from digest.chain.given import given
from digest.text.tokens import Token, initial

GROUP_PLURAL = re.compile(r"[a-z](?:ers|ors|ists|ians|ans|ants|ents|ees|[a-hj-npr-tv-z]men)$")
"""A plural of people by what they do or are ("Workers", "Teachers", "Veterans", "Fishermen"): before a capitalised
word, its possessive belongs to a name ("International Workers' Day", "Sabah Fishermen's Association")."""
_FELLOWS = frozenset({"friends", "sons", "daughters", "sisters", "brothers", "knights", "mothers", "fathers"})
"""Plurals that name a group after what it stands by ("Friends of the Earth", "Knights of Columbus")."""
_INDEFINITE = frozenset({"a", "an"})
MAX_DESIGNATION = 4


def group_for(span: list[Token], tokens: list[Token], i: int) -> bool:
    """A people's plural capitalised mid-sentence before "for" (``tokens[i]``) and a name."""
    word = span[0]
    plural = bool(GROUP_PLURAL.search(word.text)) and not word.capitals
    return len(span) == 1 and plural and not initial(tokens, i - 1)


def fellows(span: list[Token], tokens: list[Token], i: int) -> bool:
    """ "Friends", "Sons", ... before "of" (``tokens[i]``): mid-sentence, or before "of the" at a sentence's start."""
    if len(span) != 1 or span[0].text.casefold() not in _FELLOWS:
        return False
    return not initial(tokens, i - 1) or (i + 1 < len(tokens) and tokens[i + 1].text == "the")


def designation(span: list[Token], tokens: list[Token], i: int, jobs: frozenset[str], words: frozenset[str]) -> bool:
    """A capitalised word after "a" or "an", "of" (``tokens[i]``) and capitalised words holding no organisation or
    place word (``words``) nor a known place: one name."""
    start = i - len(span)
    if len(span) != 1 or start == 0 or tokens[start - 1].text.casefold() not in _INDEFINITE:
        return False
    if span[0].capitals or span[0].text.casefold() in jobs:
        return False
    k = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "the" else i + 1
    run: list[Token] = []
    for token in tokens[k : k + MAX_DESIGNATION + 1]:
        if not token.capitalised:
            break
        run.append(token)
    if not run or len(run) > MAX_DESIGNATION or any(t.text.casefold() in words or t.capitals for t in run):
        return False
    return place_kind(" ".join(t.text for t in run)) is None and all(place_kind(t.text) is None for t in run)


def purpose(span: list[Token], tokens: list[Token], i: int, words: frozenset[str]) -> bool:
    """An organisation's word (``words``) ending ``span``, "to" (``tokens[i]``) and two capitalised words or more, no
    place, not ending in such a word and not opening on a given name (a person the body sends or writes to: "the
    Harbour Council to Tom Vale"): what the body sets out to do."""
    if span[-1].text.casefold() not in words:
        return False
    run: list[Token] = []
    for token in tokens[i + 1 : i + 1 + MAX_DESIGNATION]:
        if not token.capitalised or token.possessive:
            break
        run.append(token)
    if len(run) < 2 or run[-1].text.casefold() in words or given(run[0].text):
        return False  # not "the Harbour Council to Tom Vale"
    if any(place_kind(t.text) is not None for t in run):
        return False
    return place_kind(" ".join(t.text for t in run)) is None
