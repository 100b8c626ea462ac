"""Titles of works written without quotes: a Title Case run holding small words ("The Boy and the Heron", "Ghost of
Yōtei") that the headline writes too, or that the page marks as a title (`digest.readers.emphasis`), is one name, not
the capitalised words on either side of its small words.

The tagger reads quoted titles whole (`digest.chain.quoted`); `quote_headline_runs` puts the quotes such a title lacks
around it, in the text the tagger reads (never in the article).

>>> quote_headline_runs("Miyazaki's The Boy and the Heron Wins Golden Globe", "The Boy and the Heron, known in Japan")
'“The Boy and the Heron”, known in Japan'
>>> quote_headline_runs("Storms hit Texas and Florida", "Storms hit Texas and Florida on Monday")
'Storms hit Texas and Florida on Monday'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from digest.chain.gazetteer import ascii_fold
from digest.chain.quoted import ARTICLES, curl_quotes
from digest.chain.wording import LAWS, YEAR_PATTERN

_CAP = r"[A-Z][\w'’.&-]*"
_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "with", "from"})
_SMALL = rf"(?:{'|'.join(sorted(_SMALL_WORDS))})"
_RUN = re.compile(rf"(?<![\w“‘\"]){_CAP}(?:\s+{_CAP})*(?:(?:\s+{_SMALL})+(?:\s+{_CAP})+)+")
_HEADLINE_TITLE = re.compile(rf"\b(?:The|A|An)\s+{_CAP}(?:\s+{_CAP})*\s+{_SMALL}\s", re.IGNORECASE)
"""A headline holding a run that opens with an article and goes on over a small word, in any case ("Miyazaki's The Boy
And The Heron Wins"): without one, an article's sentences are not scanned."""
_EDGE_QUOTES = re.compile(r"(?<!\w)['’‘]|['’‘](?!\w)")
"""Single quotes around a title in a headline ("Swift's 'The Life of a Showgirl' Breaks ..."), not its apostrophes."""


def _key(text: str) -> str:
    return " " + " ".join(ascii_fold(text.replace("’", "'")).casefold().split()) + " "


_TRADEMARKED = re.compile(rf"(?P<pre>\b[a-z\d][\w'’-]*\s+)(?P<name>{_CAP}(?:\s+(?:{_CAP}|{_SMALL}))*?)[™®]")
"""A name the text marks as a trademark where it ends ("Fortune Best Workplaces in Technology™", "Great Place To
Work®"): the mark closes it as a closing quote would, and a lower-case word or a number opens it ("of Great Place To
Work®" is not "Michael Bush of Great Place To Work")."""
_LAW_NAMES = "|".join(sorted(w.capitalize() for w in LAWS))
_LAW_HINT = re.compile(_LAW_NAMES)
"""A law's word anywhere (no word boundaries: the cheapest test, run on every sentence)."""
_LAW = re.compile(
    rf"(?:(?<=\b[Tt]he )|(?<=[a-z]['’]s )){_CAP}(?:\s+(?:{_CAP}|{_SMALL}))*?\s+(?:{_LAW_NAMES})(?:\s+{YEAR_PATTERN})?"
    rf"\b(?![\w”’\"])(?!\s+[A-Z])"
)
"""A law's or a treaty's name after "the" or a possessive, over small words ("the Prevention and Combating of Corrupt
Activities Act", "the Fair Rents and Housing Supply Act", "the constitution's Free and Equal Elections Clause"), its
year with it ("the Planning and Development Act 2024"): one name, as a title in quotes is."""


def _trademarked(match: re.Match[str]) -> str:
    """A trademark holding a small word, quoted (the mark left out); any other as it is."""
    name = match["name"]
    quoted = any(w.casefold() in _SMALL_WORDS for w in name.split()[1:])
    return f"{match['pre']}“{name}”" if quoted else match.group(0)


def _law(match: re.Match[str]) -> str:
    """A law's name holding a small word, quoted; any other as it is, and two laws joined by "and"."""
    name = match.group(0)
    words = name.split()
    if re.fullmatch(YEAR_PATTERN, words[-1]):
        words = words[:-1]  # "the Planning and Development Act 2024": its year
    two = " and the " in name or " or the " in name or any(w.casefold() in LAWS for w in words[:-1])
    return f"“{name}”" if not two and any(w in _SMALL_WORDS for w in words[1:-1]) else name  # not "the Treaty of
    # Versailles and the Paris Agreement": two names


def _title_in(words: list[str], headline: str) -> int | None:
    """Where the longest run of ``words`` ending at their end that the headline writes and that is a title starts."""
    for start, word in enumerate(words):
        if word not in ARTICLES:
            continue  # only an article opens such a title ("and" then joins no two names: "Texas and Florida")
        run = words[start:]
        if any(not w[:1].isupper() for w in run) and _key(" ".join(run)) in headline:
            return start
    return None


def quote_headline_runs(title: str, text: str, works: Sequence[str] = ()) -> str:
    """``text`` with quotes around each Title Case run with small words that the headline ``title`` writes too, and
    around each of the ``works`` the page marks as a title.

    >>> quote_headline_runs("", "Their album The Captain and Me sold well", ["The Captain and Me"])
    'Their album “The Captain and Me” sold well'
    """
    return quoter(title, works)(text)


def quoter(title: str, works: Sequence[str] = ()) -> Callable[[str], str]:
    """`quote_headline_runs` for one article: the headline read once for all its sentences."""
    headline = _key(_EDGE_QUOTES.sub(" ", re.sub(r"[^\w\s'’‘&.-]", " ", title)))
    titled = _HEADLINE_TITLE.search(title) is not None  # most headlines hold no title opening with an article
    marked = [(work, re.compile(rf"(?<![\w“‘\"]){re.escape(work)}(?![\w”’\"])")) for work in works]

    def quoted(match: re.Match[str]) -> str:
        whole = match.group(0)
        words = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", whole)]
        start = _title_in([w for _, w in words], headline)
        if start is None:
            return whole
        at = words[start][0]
        return f"{whole[:at]}“{whole[at:]}”"

    def quote(text: str) -> str:
        text = curl_quotes(text)
        for work, pattern in marked:
            if work in text:
                text = pattern.sub(lambda found: f"“{found.group(0)}”", text)
        if "™" in text or "®" in text:
            text = _TRADEMARKED.sub(_trademarked, text)
        if _LAW_HINT.search(text):
            text = _LAW.sub(_law, text)
        return _RUN.sub(quoted, text) if titled else text

    return quote
