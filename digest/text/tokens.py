"""Word tokens for name finding: words and punctuation, with the flags spans need.

>>> [t.text for t in tokenize("El Salvador’s President met U.S. Sen. Rubio.")]
['El', 'Salvador', 'President', 'met', 'U.S.', 'Sen.', 'Rubio', '.']
"""

from __future__ import annotations

import functools
import operator
import re
from itertools import chain
from typing import NamedTuple

_TOKEN = re.compile(
    r"\b[A-Z]{1,3}[$¢₵£€₦₹₱]|[^\W_](?:[\w\u0300-\u036f'’‘\-&]|\.(?!\.)|–(?=[^\W\d_]))*(?:\+(?![\w+]))?"
    r"|[^\w\s\u0300-\u036f]"
)
"""A currency's sign with its letters ("C$", "US$", "GH¢"), a word (a streaming service's "+" included: "Disney+"; words
joined by an en dash, "Paris–Roubaix"; not over an ellipsis written without spaces, "Yemen...and": its full stops
are marks as a spaced one's are) or one punctuation mark."""
_ADJECTIVE_SUFFIX = re.compile(
    r"^(?P<name>[A-Z][\w\u0300-\u036f'’.&-]*?)-(based|born|bred|led|owned|backed|bound|made|run|headquartered|registered|"
    r"listed|focused|centric|style|era|area|wide)$"
)
_COUNTED = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Hundred|First|Second|Third|"
    r"Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Half|Single|Double|Triple|Multi)-[a-z][a-z-]*"
)
"""A counted compound adjective opening a sentence ("Ten-man Leeds", "Two-time champion Ann Roe"): no name."""
_POSSESSIVE = re.compile(r"['’‘]s$|['’‘]$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sr",
        "jr",
        "st",
        "sen",
        "gov",
        "rep",
        "gen",
        "lt",
        "col",
        "capt",
        "prof",
        "rev",
        "adm",
        "maj",
        "sgt",
        "cpl",
        "pvt",
        "cmdr",
        "inc",
        "corp",
        "co",
        "cos",
        "ltd",
        "bros",
        "dept",
        "vs",
        "mt",
        "ft",
        "atty",
        "engr",
        "hon",
        "det",
        "supt",
        "insp",
        "cllr",
        "const",
        "ir",
    ]
)
NAME_PARTICLES = frozenset(
    [
        "de",
        "des",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "las",
        "los",
        "van",
        "von",
        "der",
        "den",
        "al",
        "bin",
        "ibn",
        "bint",
        "wa",
        "y",
    ]
)
"""Lower-case words inside personal names ("Ana de la Cruz", "Ludwig van Beethoven", "Bingu wa Mutharika")."""
PATRONYMIC = frozenset(["bin", "ibn", "bint"])
""""Son/daughter of" inside a name: the word before it is a given name ("Khalid bin Saad"), known to lists or not."""
TERMINALS = frozenset(".!?:;")
MAX_ACRONYM = 6
"""All-capital words longer than this are shouting, not acronyms."""


class Token(NamedTuple):
    """A word or a punctuation mark; flags precomputed because spans test them often."""

    text: str
    word: bool
    capitalised: bool = False
    possessive: bool = False
    capitals: bool = False
    """A word of two or more characters, all capitals ("NATO", "U.S."): an acronym, or shouting."""
    lower: bool = False
    """A word starting with a lower-case letter."""
    apostrophe: bool = False
    """A possessive written with its apostrophe alone ("Bishops'", not "James's")."""


_PARTICLE_NAME = re.compile(r"(?:al|el|ul|as|ad|at|bin|ibn|abu|bint|d|l)[-'’][A-Z]")
"""Lower-case particles joined to a name: "al-Harthy", "d'Alembert"; the word is a name."""
_CAMEL = re.compile(r"[a-z]{1,2}[A-Z][a-z]")
"""A brand written with a small first letter ("iPhone", "eBay", "xCloud"): a name."""
_CURRENCY_SIGNS = frozenset("$¢₵£€₦₹₱")
_STOP = Token(".", False)
_BREAK = Token("-", False)
_PUNCT = {p: Token(p, False) for p in ".,;:!?()[]“”‘’\"'—–-"}
_SPECIAL_ENDINGS = frozenset(".'’‘sS")
_CAPITALS = operator.attrgetter("capitals")
_INITIAL = re.compile(r"[A-Z]\.")
"""An initial: one capital and its full stop, no shouting."""


def tokenize(sentence: str) -> list[Token]:
    """Words and punctuation; possessives and sentence-final full stops detached."""
    return list(chain.from_iterable(map(_piece, _TOKEN.findall(sentence))))


@functools.lru_cache(maxsize=1 << 16)
def _piece(raw: str) -> tuple[Token, ...]:
    """The tokens of one match of `_TOKEN` (a word or a punctuation mark), remembered: words repeat.

    A word starts with a letter or a digit (``[^\\W_]`` is what `str.isalnum` says); a punctuation mark never does.
    """
    if not raw[0].isalnum() or raw[-1] in _CURRENCY_SIGNS:  # a punctuation mark, or a currency's sign ("C$"): no word
        return (_PUNCT.get(raw) or Token(raw, False),)
    last = raw[-1]
    if "-" in raw and raw[0].isupper() and (adjective := _ADJECTIVE_SUFFIX.match(raw)):
        return (_word(adjective["name"], False), _BREAK)  # "Copenhagen-based"
    if last not in _SPECIAL_ENDINGS:
        return (_word(raw, False)._replace(capitalised=False),) if _COUNTED.fullmatch(raw) else (_word(raw, False),)
    word, possessive = raw, False
    stop = word.endswith(".") and not _INITIALS.fullmatch(word) and word[:-1].lower() not in ABBREVIATIONS
    if stop:
        word = word.rstrip(".")
        last = word[-1:]  # "neither is Cork's.": a possessive before the sentence's full stop
    if last in "'’‘" or (len(word) > 2 and last in "sS" and word[-2] in "'’‘"):
        word = _POSSESSIVE.sub("", word)
        possessive = True
    pieces = (_word(word, possessive)._replace(apostrophe=possessive and last in "'’‘"),) if word else ()
    return (*pieces, _STOP) if stop else pieces


def _word(text: str, possessive: bool) -> Token:
    """A word token with its flags; a particle joined to a capital ("al-Harthy") and a brand with a small
    first letter ("iPhone") start a name too."""
    camel = text[0].islower() and _CAMEL.match(text) is not None
    lower = text[0].islower() and not camel
    capitalised = text[0].isupper() or camel or (lower and _PARTICLE_NAME.match(text) is not None)
    return Token(text, True, capitalised, possessive, len(text) > 1 and text.isupper(), lower)


def initial(tokens: list[Token], index: int) -> bool:
    """True at the start of a sentence: no word since the last full stop (or the start).

    The full stop counts too because a sentence splitter may leave two sentences
    of a quotation together; any punctuation in between (quotes, brackets, ``#``)
    does not end the sentence start.
    """
    for k in range(index - 1, -1, -1):  # walk back without copying: this runs for every span
        token = tokens[k]
        if token.word:
            return False
        if token.text in TERMINALS:
            return True
    return True


def shouting(tokens: list[Token]) -> list[Token]:
    """Demote capitals used for emphasis, not names, to plain words.

    A run of two or more all-capital words ("SAMPLE ARTICLE", "BREAKING NEWS")
    and an all-capital word longer than `MAX_ACRONYM` letters ("WASHINGTON" in a
    dateline) are shouting; a single short one ("CECOT", "NATO", "MS-13") is an
    acronym and stays a name.
    """
    caps = list(map(_CAPITALS, tokens))
    if True not in caps:
        return tokens
    caps = [c and not _INITIAL.fullmatch(t.text) for c, t in zip(caps, tokens, strict=True)]  # "C. C. Wei"
    out = list(tokens)
    for i, token in enumerate(tokens):
        if not caps[i]:
            continue
        in_run = (i > 0 and caps[i - 1]) or (i + 1 < len(tokens) and caps[i + 1])
        letters = sum(c.isalpha() for c in token.text)
        if in_run or letters > MAX_ACRONYM:
            out[i] = token._replace(capitalised=False)
    return out
