"""A first name introduced as someone's spouse or child: "Ann Roe's announcement that his wife, Kim, ..." names
Kim Roe (see `digest.chain.entities`). The person's surname is the part of the owner's name the article also
writes alone ("Van Der Beek" of "James Van Der Beek"), else the owner's last word. The owner is the nearest person
before whose surname the article writes alone, past places and firms ("Ann Roe, who ran Elm Lane Bakery in Walsall,
was reported missing by his wife, Kim"), else the nearest name that is no place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from digest.chain.given import given_rank
from digest.chain.wording import ROYAL_TITLES
from digest.text.tokens import Token

KIN = frozenset({"wife", "husband", "son", "daughter", "fiancée", "fiancé", "fiance", "fiancee"})
"""Relations that share a surname, or often do."""
_OWNERS = frozenset({"his", "her"})


def kin_name(
    tokens: Sequence[Token],
    start: int,
    spans: Sequence[tuple[int, list[Token]]],
    name_of: Callable[[int, list[Token]], str | None],
    alone: frozenset[str],
) -> str | None:
    """The full name of the one-word span at ``start`` when it is "his wife, <Name>" after a person named
    earlier in the sentence (``name_of``: the trimmed name of the span at a start), else ``None``."""
    k = start - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if k < 1 or tokens[k].text.casefold() not in KIN or tokens[k - 1].text.casefold() not in _OWNERS:
        return None
    owners = [name for at, span in reversed(spans) if at + len(span) < k - 1 and (name := name_of(at, span))]
    if owners and owners[0].split()[0].casefold() in ROYAL_TITLES:
        return None  # "Prince Harry and his wife Meghan": a royal title and a given name, no surname to share
    for owner in owners:  # "Ann Roe, who ran Elm Lane Bakery in Walsall, ... his wife, Kim": past the firm
        if owner.split()[0].casefold() not in ROYAL_TITLES and (surname := _surname(owner, alone, strict=True)):
            break
    else:
        owner = owners[0] if owners else ""
        surname = _surname(owner, alone, strict=False) if owner else None
    return f"{tokens[start].text} {surname}" if surname else None


def _surname(owner: str, alone: frozenset[str], *, strict: bool) -> str | None:
    """The surname ``owner`` shares: its last words the article writes alone ("Van Der Beek"), or the owner
    itself when the article writes it after a given name; else (not ``strict``) its last word."""
    words = owner.split()
    surname = next((" ".join(words[i:]) for i in range(1, len(words)) if " ".join(words[i:]).casefold() in alone), "")
    if not surname:
        key = f" {owner.casefold()}"
        surname = owner if any(a.endswith(key) for a in alone) else "" if strict or len(words) < 2 else words[-1]
    return surname or None


_BRACKETED = re.compile(r"\b(?P<given>[A-Z][\w'’-]+) \((?P<spouse>[A-Z][\w'’-]+)\) (?=[A-Z])")


def spouses_unbracketed(text: str) -> str:
    """``text`` without a spouse's given name in brackets between a given name and the surname, as an obituary writes
    a couple ("children Dean (Karen) Lund": Dean Lund, and Karen no name of her own).

    >>> spouses_unbracketed("children Dean (Karen) Lund and Lisa (Tom) Marsh"), spouses_unbracketed("Roe (Ltd) Co")
    ('children Dean Lund and Lisa Marsh', 'Roe (Ltd) Co')
    """
    if "(" not in text:
        return text

    def unbracketed(found: re.Match[str]) -> str:
        couple = given_rank(found["given"]) is not None and given_rank(found["spouse"]) is not None
        return f"{found['given']} " if couple else found.group(0)

    return _BRACKETED.sub(unbracketed, text)
