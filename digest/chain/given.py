"""Known given names: evidence, never a requirement, that a capitalised word starts a person's name.

``digest/data/given_names.txt`` holds the US Census Bureau's 1990 first-name lists (public domain), most frequent
first, then the given names of Faker's person providers for some forty countries that are no English word, place or
role ("Farhan", "Abiodun"; MIT; both made by ``scripts/build_given_names.py``). No list knows every name, so a rule
may only use it to add evidence ("Mara" starts a name), never to deny one ("Gudaf" is no known name, and still a
name). Many given names are words too ("Will", "Hope", "Grant", "May"): a rule asks `given` with the
article's own words, and a name the article also writes in lower case, or a function word, is no evidence.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Mapping, Sequence
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING

from digest.chain.gazetteer import ascii_fold, function_words, place_kind
from digest.chain.wording import HEADSHIPS, SUFFIXES, job_words, titles
from digest.text.tokens import PATRONYMIC, Token

if TYPE_CHECKING:
    from digest.chain.trimming import Evidence


COMMON_RANK = 2000
"""The given names a rule may cut a span at: the 2,000 most frequent of the census lists ("Buddy", "Mara"; not
"Royal", "Maple"; none of Faker's, ranked after them)."""


@functools.cache
def given_names() -> Mapping[str, int]:
    """Lower-case given name -> its frequency rank (0 the most frequent), read once."""
    text = resources.files("digest.data").joinpath("given_names.txt").read_text(encoding="utf-8")
    names = (line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name: rank for rank, name in enumerate(names)}


def given_rank(word: str) -> int | None:
    """The frequency rank of ``word`` as a given name, its accents dropped, or of the first part of a hyphenated
    one ("Eva-Marie"), whichever is more frequent; ``None`` for a word the lists do not hold.

    >>> given_rank("John"), given_rank("José") is not None, given_rank("Eva-Marie") is not None, given_rank("Gudaf")
    (1, True, True, None)
    """
    key = ascii_fold(word).casefold().rstrip(".")
    table = given_names()
    ranks = [table[part] for part in (key, key.split("-", 1)[0]) if part in table]
    return min(ranks) if ranks else None


def given(word: str, lower_words: Collection[str] = ()) -> bool:
    """Whether a capitalised ``word`` is evidence of a given name: a known one, in Title Case, no function word,
    and not written in lower case in the article (``lower_words``: "the grant" makes "Grant" no evidence).

    >>> given("Mara"), given("Will"), given("Grant", {"grant"}), given("JOHN")
    (True, False, False, False)
    """
    if not word[:1].isupper() or word.isupper() or given_rank(word) is None:
        return False
    key = word.casefold()
    return key not in function_words() and key not in lower_words and key.split("-", 1)[0] not in lower_words


def frequent(word: str, lower_words: Collection[str] = ()) -> bool:
    """A given name (`given`) among the `COMMON_RANK` most frequent: evidence enough to cut a span at."""
    return (given_rank(word) or COMMON_RANK) < COMMON_RANK and given(word, lower_words)


def holder_at(
    words: Sequence[str],
    lower_words: Collection[str],
    person_like: Callable[[int], bool],
    context: Callable[[int], bool],
) -> int | None:
    """Where a person's name starts in a span of capitalised ``words`` that opens on context ("Lowell Fire
    Department Walter Greer", after "Chief of": "Staff Mara Quell"): the first word after the start that is a
    frequent given name (`given`, `COMMON_RANK`), right after a word the lists do not hold and that is context
    (``context``: that word's index), with a person's name from there to the end (``person_like``: the index
    it starts at), or any word before "bin" or "ibn". ``None`` when no word is so placed: an unknown given name
    ("Kjeld Kirk Roe", "Luiz Carlos Roe") is no context, so it keeps its name whole."""
    for k in range(1, len(words) - 1):
        named = frequent(words[k], lower_words) or words[k + 1] in PATRONYMIC  # "Khalid bin Saad Al-Mansouri"
        if named and given_rank(words[k - 1]) is None and context(k - 1):
            return k if person_like(k) else None
    return None


def holder(span: list[Token], evidence: Evidence, *, unit: bool = False) -> list[list[Token]] | None:
    """A span split before the person it names after context (`holder_at`): the person, after the organisation
    or known place before it ("Lowell Fire Department", "Walter Greer"), else alone. Context is an organisation's
    word, a job or a demonym, and any word of a job's unit after its "of" or "for" ("Staff" of "Chief of Staff
    Mara Quell"), in the span or before it (``unit``). ``None`` when no word is so placed."""
    rules = evidence.rules
    texts = [t.text for t in span]
    lowered = [w.casefold().rstrip(".") for w in texts]
    jobs = job_words(rules.role_words) | HEADSHIPS
    of = [i for i in range(1, len(span)) if lowered[i] in {"of", "for"} and lowered[i - 1] in jobs]
    after = -1 if unit else min(of, default=len(span))

    def context(i: int) -> bool:
        key = lowered[i]
        return i > after or key in rules.org_words or key in titles() or key in rules.demonyms

    def person(k: int) -> bool:  # the capitalised words from k: "Mara Quell" of "Mara Quell on Friday"
        end = next((i for i in range(k, len(span)) if not span[i].capitalised and texts[i] not in PATRONYMIC), None)
        return evidence.person_like([t for t in span[k:end] if t.text not in PATRONYMIC])  # "Khalid bin Saad"

    cut = holder_at(texts, evidence.lower_words, person, context)
    if cut is None:
        return None
    left = span[:cut]
    kept = lowered[cut - 1] in rules.org_words or evidence.known(" ".join(texts[:cut]))
    return ([left] if kept else []) + [span[cut:]]


def initial_of(word: str, rest: Sequence[str]) -> bool:
    """Whether a capital ``word`` before the person's name ``rest`` is an initial of that name, no abbreviation of
    a position ("Browns DL Sheldon Roe"): one letter, before a name ending in a generation ("John F. Roe Jr.") or,
    with its full stop, before a known given name ("A. Michael Roe").

    >>> initial_of("A.", ["Michael", "Roe"]), initial_of("F.", ["Roe", "Jr."]), initial_of("DL", ["Ann", "Roe"])
    (True, True, False)
    """
    if len(word.rstrip(".")) != 1:
        return False
    return rest[-1].casefold().rstrip(".") in SUFFIXES or (word.endswith(".") and given(rest[0]))


_OPENING, _CLOSING = frozenset({'"', "“", "‘", "'"}), frozenset({'"', "”", "’", "'"})
MAX_SURNAME_WORDS = 2
MIN_PAIR = 2
MIN_NICKNAME = 2
"""A nickname made of a part of the given name has two letters or more ("Seun" of "Oluwaseun")."""


def nicknamed(
    tokens: Sequence[Token],
    spans: Sequence[tuple[int, list[Token]]],
    lower_words: Collection[str],
    alone: Collection[str] = frozenset(),
) -> dict[int, list[Token]]:
    """A nickname in quotes between a person's given name and surname ('Joaquín "El Chapo" Guzmán', 'Walter “Buddy”
    Greer'): the start of the span ending on a given name -> that span and the surname's together, and the
    surname's start -> nothing (its span is part of the name). The given name is a known one, or the nickname is,
    or the article writes the surname alone (``alone``: 'Connor "The Hammer" Callahan' beside "Callahan said");
    the nickname is another name of the person (`nickname_pairs`), and evidence of a given name the lists lack
    when it is a given name ('Stanislaw "Stan" Wojcik')."""
    found: dict[int, list[Token]] = {}
    for start, span, inner, _, last, surname in _nicknames(tokens, spans, lower_words, alone):
        found[start], found[last] = [*span, *surname], []
        found[inner] = []  # the person's other name, merged into the person (`nickname_pairs`)
    return found


def nickname_pairs(
    sentences: Sequence[Sequence[Token]], spans: Sequence[Sequence[tuple[int, list[Token]]]], evidence: Evidence
) -> list[tuple[str, str]]:
    """(nickname, person) for every quoted nickname inside a name ('Andrés "El Rayo" Ruiz', 'Amelia "Mely"
    Santos'): one entity, named in full, whether the article uses the nickname again or not."""
    found: list[tuple[str, str]] = []
    for tokens, spans_of in zip(sentences, spans, strict=True):
        for _, span, _, quoted, _, surname in _nicknames(tokens, spans_of, evidence.lower_words, evidence.alone):
            person = evidence.trim([*span, *surname], False)
            if len(person) >= MIN_PAIR:
                found += [(name, " ".join(t.text for t in person)) for name in evidence.names(quoted, False)]
    return found


def _nicknames(
    tokens: Sequence[Token],
    spans: Sequence[tuple[int, list[Token]]],
    lower_words: Collection[str],
    alone: Collection[str],
) -> list[tuple[int, list[Token], int, list[Token], int, list[Token]]]:
    """(start, given name's span, nickname's start, nickname, surname's start, surname) of every quoted nickname
    between a given name and a surname."""
    found: list[tuple[int, list[Token], int, list[Token], int, list[Token]]] = []
    for (start, span), (inner, quoted), (last, surname) in zip(spans, spans[1:], spans[2:], strict=False):
        shut = inner + len(quoted)
        if (
            start + len(span) + 1 == inner
            and tokens[inner - 1].text in _OPENING
            and shut + 1 == last
            and tokens[shut].text in _CLOSING
            and len(surname) <= MAX_SURNAME_WORDS
            and (
                given(span[-1].text, lower_words)
                or _short_given(quoted, span[-1], lower_words)
                or (len(span) == 1 and " ".join(t.text for t in surname).casefold() in alone)
            )
            and all(t.capitalised and not t.capitals for t in surname)
        ):
            found.append((start, span, inner, quoted, last, surname))
    return found


def _short_given(quoted: list[Token], first: Token, lower_words: Collection[str]) -> bool:
    """Whether a nickname of one word is a given name ("Stan") or a part of the given name before it ("Seun" of
    'Oluwaseun "Seun" Adeyemi'): the person's short name."""
    if len(quoted) != 1:
        return False
    word = quoted[0].text
    part = len(word) >= MIN_NICKNAME and word.casefold() in first.text.casefold() and word.casefold() not in lower_words
    return given(word, lower_words) or part


def couples(
    tokens: Sequence[Token], spans: Sequence[tuple[int, list[Token]]], evidence: Evidence
) -> dict[int, list[Token]]:
    """Two people sharing a surname written once ("Derek and Maureen Pilkington"): the start of the first given
    name, a known one alone before "and", -> that name with the surname of the person named in full after it,
    whose first word is a known given name too; not a title after an owner ("Ann Roe's James and Rachel Kay's"),
    nor a given name the article writes with another surname ("will play Harry and Alastair Stout will play Ron"
    beside "Harry Potter": the one it names).
    """
    found: dict[int, list[Token]] = {}
    lower_words = evidence.lower_words
    for (start, span), (later, pair) in pairwise(spans):
        if (
            len(span) == 1
            and later == start + 2
            and tokens[start + 1].text in {"and", "&"}
            and not (start > 0 and tokens[start - 1].possessive)
            and MIN_PAIR <= len(pair) <= MIN_PAIR + 1
            and given(span[0].text, lower_words)
            and given(pair[0].text, lower_words)
            and evidence.person_like(pair)
            and not _named_otherwise(span[0].text, pair[-1].text, evidence.pairs)
        ):
            found[start] = [span[0], *pair[1:]]
    return found


def _named_otherwise(first: str, surname: str, pairs: Collection[str]) -> bool:
    """Whether the article writes ``first`` before a capitalised word other than ``surname`` (``pairs``: two
    capitalised words in a row, casefolded)."""
    head = f"{first.casefold()} "
    own = head + surname.casefold()
    return any(pair.startswith(head) and pair != own for pair in pairs)


def middle_name(left: Sequence[Token], rest: Sequence[Token], lower_words: Collection[str]) -> bool:
    """Whether a one-word known place before a person's name is the person's first name ("Paul" of "Paul Harvey
    Roe", "Jordan Walter Roe"): both it and the next word are frequent given names, and it is no country ("Israel
    Benjamin Roe" is the country and the person)."""
    word = left[-1].text
    return (
        len(left) == 1
        and place_kind(word) != "country"
        and frequent(word, lower_words)
        and frequent(rest[0].text, lower_words)
    )
