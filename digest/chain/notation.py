"""What is written like a name in a sentence but is notation: a hashtag or a handle, a function word in
capitals ("OR"), a stock ticker with its exchange ("(NYSE: LOW)"), a politician's party and seat after the name
("Ann Roe (PN-Kuala Krai)")."""

from __future__ import annotations

import re

from digest.text.tokens import Token

_SPAN_BREAKERS = frozenset({"or", "and", "of", "the", "for", "to", "in", "on", "at", "by", "with", "vs"})
"""Function words that end a span when written in capitals ("Pokemon Sword OR Shield")."""


def demote(tokens: list[Token]) -> list[Token]:
    """A hashtag or a handle (a word after "#" or "@"), a function word in capitals ("OR"), a stock ticker
    with its exchange ("(NYSE: LOW)") and a party's initials joined to a seat ("(PN-Kuala Krai)") are no names."""
    if not any(t.text in {"#", "@", "("} or t.capitals for t in tokens):
        return tokens
    ticker = _tickers(tokens) | _seats(tokens)
    return [
        t._replace(capitalised=False)
        if t.word
        and (
            (k and tokens[k - 1].text in {"#", "@"})
            or (t.capitals and t.text.casefold() in _SPAN_BREAKERS)
            or k in ticker
        )
        else t
        for k, t in enumerate(tokens)
    ]


MAX_EXCHANGE_WORDS = 2


def _tickers(tokens: list[Token]) -> frozenset[int]:
    """Where a stock ticker is written with its exchange in parentheses ("(NYSE: LOW)", "(Nasdaq: AAPL)") or after
    the word for it ('under the ticker "VRDN"'), or with its exchange's letter ("(ORSK.O)"): a notation, not a mention
    of the exchange or a second name of the company."""
    found: set[int] = set()
    for k, token in enumerate(tokens):
        if token.text != ":" or k + 2 >= len(tokens) or not tokens[k + 1].capitals or tokens[k + 2].text != ")":
            continue
        start = k - 1
        while start > 0 and k - start <= MAX_EXCHANGE_WORDS and tokens[start].capitalised:
            start -= 1
        if start >= 0 and tokens[start].text == "(" and start < k - 1:
            found.update(range(start + 1, k + 2))
    for k, token in enumerate(tokens[1:-1], 1):  # "(ORSK.O)": a ticker with its exchange's letter after a period
        if tokens[k - 1].text == "(" and tokens[k + 1].text == ")" and _EXCHANGE_SUFFIX.fullmatch(token.text):
            found.add(k)
    for k, token in enumerate(tokens[:-1]):  # 'under the ticker "VRDN"', "the symbol NMBS"
        if token.text in _TICKER_WORDS:
            at = k + 2 if tokens[k + 1].text in _QUOTES and k + 2 < len(tokens) else k + 1
            if tokens[at].capitals:
                found.add(at)
    return frozenset(found)


_EXCHANGE_SUFFIX = re.compile(r"[A-Z]{1,6}\.[A-Z]{1,2}")
"""A ticker with its exchange's code after a period, as wire services write it ("ORSK.O", "TRVO.N", "HBE.L")."""
_TICKER_WORDS = frozenset({"ticker", "symbol"})
_QUOTES = frozenset({'"', "“", "'", "‘"})


_SEAT = re.compile(r"[A-Z]{1,4}-[A-Z][a-z]")
"""A party's initials joined to a constituency's name ("PN-Kuala Krai", "R-Texas")."""
MAX_SEAT_WORDS = 4


def _seats(tokens: list[Token]) -> frozenset[int]:
    """The words of a party's initials and a seat in parentheses after a name ("Ann Roe (PN-Kuala Krai)"): her
    party and her constituency, no second name of hers."""
    found: set[int] = set()
    for k, token in enumerate(tokens[1:-2], 1):
        if token.text == "(" and tokens[k - 1].capitalised and _SEAT.match(tokens[k + 1].text):
            end = next((e for e in range(k + 1, min(k + 2 + MAX_SEAT_WORDS, len(tokens))) if tokens[e].text == ")"), 0)
            found.update(range(k + 1, end))
    return frozenset(found)
