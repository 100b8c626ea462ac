"""Name mentions in English news text, found without a statistical model.

A *mention* is a run of capitalised words, possibly joined by name particles
("Tren de Aragua") or, after an organisation word, by "of"/"for"/"the"
("Department of Government Efficiency"). Each run is then trimmed:

- role words in front go ("Secretary of State Marco Rubio" -> "Marco Rubio");
- a demonym in front goes ("Venezuelan Tren de Aragua" -> "Tren de Aragua");
- a sentence's first word goes unless it is capitalised elsewhere mid-sentence or
  is a known name ("Deportees from ..." is not a name; "Bukele made ..." is);
- weekdays, months, pronouns and other ignored words go.

Acronyms spelled out in parentheses are recorded as pairs, both ways round:
"CECOT (Center for the Confinement of Terrorism)" and "Center for ... (CECOT)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from digest.config import EntityRules
from digest.gazetteer import function_words, place_kind
from digest.sentences import Sentence

_TOKEN = re.compile(r"([^\W_][\w'’‘\-.&]*)|([^\w\s])")
_POSSESSIVE = re.compile(r"['’‘]s$|['’‘]$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]*[A-Z0-9]|[A-Z]{2,}")
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
        "ltd",
        "vs",
        "mt",
        "ft",
    ]
)
_TERMINALS = frozenset(".!?:;")
MAX_ACRONYM = 6
_PARTICLES = frozenset(
    {
        "de",
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
        "y",
    }
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a name: its text as trimmed, and where it was found."""

    text: str
    paragraph: int
    position: int
    """Running token position in the article, for first-mention order."""


class Token(NamedTuple):
    """A word or a punctuation mark; flags precomputed because spans test them often."""

    text: str
    word: bool
    capitalised: bool = False
    possessive: bool = False


_new_token = tuple.__new__  # builds a Token without the Python-level NamedTuple constructor


def tokenize(sentence: str) -> list[Token]:
    """Words and punctuation; possessives and sentence-final full stops detached."""
    tokens: list[Token] = []
    append = tokens.append
    for raw, punct in _TOKEN.findall(sentence):
        if punct:
            append(_PUNCT.get(punct) or Token(punct, False))
            continue
        last = raw[-1]
        if last not in _SPECIAL_ENDINGS:
            append(_new_token(Token, (raw, True, raw[0].isupper(), False)))
            continue
        word, possessive = raw, False
        if last in "'’‘" or (len(word) > 2 and last in "sS" and word[-2] in "'’‘"):
            word = _POSSESSIVE.sub("", word)
            possessive = True
        stop = word.endswith(".") and not _INITIALS.fullmatch(word) and word[:-1].lower() not in ABBREVIATIONS
        if stop:
            word = word.rstrip(".")
        if word:
            append(_new_token(Token, (word, True, word[0].isupper(), possessive)))
        if stop:
            append(_STOP)
    return tokens


_STOP = Token(".", False)
_PUNCT = {p: Token(p, False) for p in ".,;:!?()[]“”‘’\"'—–-"}
_SPECIAL_ENDINGS = frozenset(".'’‘sS")


class Extractor:
    """Finds mentions in one article's sentences (see the module docstring)."""

    def __init__(self, rules: EntityRules, sentences: Sequence[Sentence]) -> None:
        self.rules = rules
        self.sentences = [shouting(tokenize(s.text)) for s in sentences]
        self.paragraphs = [s.paragraph for s in sentences]
        self.function_words = function_words()
        self.mid_sentence = self._capitalised_mid_sentence()
        self.roles: dict[str, list[tuple[str, ...]]] = {}
        for role in sorted({tuple(r.casefold().split()) for r in rules.roles}, key=len, reverse=True):
            self.roles.setdefault(role[0], []).append(role)
        self.acronym_pairs: list[tuple[str, str]] = []

    def _capitalised_mid_sentence(self) -> frozenset[str]:
        seen: set[str] = set()
        for tokens in self.sentences:
            for i, token in enumerate(tokens):
                if token.capitalised and not _initial(tokens, i):
                    seen.add(token.text.casefold())
        return frozenset(seen)

    def known(self, text: str) -> bool:
        key = text.casefold()
        return key in self.rules.aliases or place_kind(text) is not None

    def mentions(self) -> Iterator[Mention]:
        position = 0
        for tokens, paragraph in zip(self.sentences, self.paragraphs, strict=True):
            for start, span in self._spans(tokens):
                words = self._trim(span, _initial(tokens, start))
                if words:
                    yield Mention(" ".join(t.text for t in words), paragraph, position + start)
            position += len(tokens)

    def _joins(self, span: list[Token], tokens: list[Token], i: int) -> bool:
        """Whether the lower-case word ``tokens[i]`` continues the name in ``span``."""
        word = tokens[i].text.casefold()
        ahead = tokens[i + 1 : i + 3]
        nxt = ahead[0] if ahead else None
        if word == "the":
            return bool(span) and span[-1].text.casefold() in {"of", "for", "on"} and bool(nxt and nxt.capitalised)
        if word in {"of", "for", "on"} and nxt is not None and nxt.text == "the" and len(ahead) > 1:
            nxt = ahead[1]
        if nxt is None or not nxt.capitalised or not span or not span[-1].capitalised:
            return False
        if word in _PARTICLES:
            return True
        if word not in self.rules.connectors:
            return False
        has_org = any(t.text.casefold() in self.rules.org_words for t in span)
        if word in {"and", "&"}:
            return has_org and any(t.text.casefold() in {"of", "for"} for t in span)
        return has_org

    def _spans(self, tokens: list[Token]) -> Iterator[tuple[int, list[Token]]]:
        i, n = 0, len(tokens)
        while i < n:
            if not tokens[i].capitalised:
                i += 1
                continue
            start, span = i, [tokens[i]]
            i += 1
            while i < n and not span[-1].possessive:
                token = tokens[i]
                lower = token.word and token.text[:1].islower()
                if token.capitalised or (lower and self._joins(span, tokens, i)):
                    span.append(token)
                    i += 1
                else:
                    break
            while span and not span[-1].capitalised:
                span.pop()
                i -= 1
            self._record_acronym(tokens, start, start + len(span), span)
            yield start, span

    def _record_acronym(self, tokens: list[Token], start: int, end: int, span: list[Token]) -> None:
        """Note "Name (ACR)" and "ACR (Name)" pairs right after a span."""
        if end >= len(tokens) or tokens[end].text != "(":
            return
        close = next((k for k in range(end + 1, min(end + 14, len(tokens))) if tokens[k].text == ")"), None)
        if close is None:
            return
        inner = tokens[end + 1 : close]
        if len(inner) == 1 and _ACRONYM.fullmatch(inner[0].text) and len(span) >= 2:
            name = self._trim(span, _initial(tokens, start))
            if len(name) >= 2:
                self.acronym_pairs.append((inner[0].text, " ".join(t.text for t in name)))
        elif len(span) == 1 and _ACRONYM.fullmatch(span[0].text):
            name = self._trim(inner, False)
            if len(name) >= 2 and len(name) == len(inner):
                self.acronym_pairs.append((span[0].text, " ".join(t.text for t in name)))

    def _trim(self, span: list[Token], initial: bool) -> list[Token]:
        words = [t for t in span if t.word]
        if len(words) != len(span):
            return []
        changed = True
        while words and changed:
            changed = False
            lowered = [t.text.casefold() for t in words]
            role = next((r for r in self.roles.get(lowered[0], ()) if tuple(lowered[: len(r)]) == r), None)
            if role and len(role) == len(words):
                role = None
            if role:
                words, initial, changed = words[len(role) :], False, True
            elif (
                (len(words) > 1 and lowered[0] in self.rules.demonyms)
                or lowered[0] == "the"
                or lowered[0] in self.rules.strip
                or (len(words) == 1 and lowered[0] in self.function_words)
            ):
                words, initial, changed = words[1:], False, True
            elif lowered[-1] in self.rules.strip and len(words) > 1:
                words, changed = words[:-1], True
            elif initial and not self._keeps_initial(words):
                words, initial, changed = words[1:], False, True
            while words and not words[0].text[:1].isupper():
                words, changed = words[1:], True
            while words and not words[-1].text[:1].isupper():
                words, changed = words[:-1], True
        return words

    def _keeps_initial(self, words: list[Token]) -> bool:
        """Whether the first word of a sentence-initial span belongs to a name."""
        first = words[0].text.casefold()
        if first in self.function_words:
            return False
        whole = " ".join(t.text for t in words)
        return first in self.mid_sentence or self.known(whole) or self.known(words[0].text)


def _initial(tokens: list[Token], index: int) -> bool:
    """True at the start of a sentence: no word since the last full stop (or the start).

    The full stop counts too because a sentence splitter may leave two sentences
    of a quotation together; any punctuation in between (quotes, brackets, ``#``)
    does not end the sentence start.
    """
    for token in reversed(tokens[:index]):
        if token.word:
            return False
        if token.text in _TERMINALS:
            return True
    return True


def shouting(tokens: list[Token]) -> list[Token]:
    """Demote capitals used for emphasis, not names, to plain words.

    A run of two or more all-capital words ("SAMPLE ARTICLE", "BREAKING NEWS")
    and an all-capital word longer than `MAX_ACRONYM` letters ("WASHINGTON" in a
    dateline) are shouting; a single short one ("CECOT", "NATO", "MS-13") is an
    acronym and stays a name.
    """
    caps = [t.word and len(t.text) > 1 and t.text.isupper() for t in tokens]
    out = list(tokens)
    for i, token in enumerate(tokens):
        if not caps[i]:
            continue
        in_run = (i > 0 and caps[i - 1]) or (i + 1 < len(tokens) and caps[i + 1])
        letters = sum(c.isalpha() for c in token.text)
        if in_run or letters > MAX_ACRONYM:
            out[i] = _new_token(Token, (token.text, True, False, token.possessive))
    return out
