"""Name mentions in English news text, found without a statistical model.

A *span* is a run of capitalised words (`digest.text.tokens`), possibly joined by name
particles ("Ana de la Cruz", "Tren de Aragua") or, after an organisation word,
by "of"/"for"/"the"/"and" ("Department of Government Efficiency"). Each span
becomes one or two mentions:

- a role word inside it splits it: "Colorado Gov. Marcus Delahaye" gives
  "Marcus Delahaye" and, because it is a known place, "Colorado";
- role words in front go ("Secretary of State Marco Rubio" -> "Marco Rubio");
- a demonym in front goes unless an organisation follows ("Venezuelan Tren de
  Aragua" -> "Tren de Aragua", but "European Commission" stays);
- a sentence's first word goes when it is a function word, and a one-word span at
  the start of a sentence is kept only if the word starts or ends a name
  elsewhere mid-sentence or is a known name ("Deportees from ..." is not a
  name; "Bukele made ..." is);
- weekdays, months and pronouns go.

Acronyms spelled out in parentheses are recorded as pairs, both ways round:
"CECOT (Center for the Confinement of Terrorism)" and "Center for ... (CECOT)".
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, compress

from digest.chain.gazetteer import function_words, place_kind
from digest.config import EntityRules
from digest.text.sentences import Sentence
from digest.text.tokens import NAME_PARTICLES, Token, initial, shouting, tokenize

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]*[A-Z0-9]|[A-Z]{2,}")
_LOCATIVE = frozenset(["in", "at", "from", "near", "outside", "around", "across", "into", "inside", "within", "to"])
DEMONYM_WEIGHT = 0.5
MIN_INNER_PERSON_WORDS = 2
MAX_PERSON_WORDS = 5
_TEXT, _LOWER = operator.attrgetter("text"), operator.attrgetter("lower")


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a name: its text as trimmed, and where it was found."""

    text: str
    paragraph: int
    position: int
    """Running token position in the article, for first-mention order."""
    locative: bool = False
    """Preceded by "in", "at", "from"...: the name is used as a place."""
    weight: float = 1.0
    """Less than 1 for indirect mentions (a demonym standing for its country)."""


@functools.lru_cache(maxsize=8)
def _role_table(roles: tuple[str, ...]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """First word -> the roles starting with it as word tuples, longest first (made once per rule set)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for role in sorted({tuple(r.casefold().split()) for r in roles}, key=len, reverse=True):
        table.setdefault(role[0], []).append(role)
    return {first: tuple(found) for first, found in table.items()}


class Extractor:
    """Finds mentions in one article's sentences (see the module docstring)."""

    def __init__(self, rules: EntityRules, sentences: Sequence[Sentence]) -> None:
        self.rules = rules
        self.function_words = function_words()
        self.roles = _role_table(rules.roles)
        self.acronym_pairs: list[tuple[str, str]] = []
        self.sentences = [shouting(tokenize(s.text)) for s in sentences]
        self.paragraphs = [s.paragraph for s in sentences]
        every = list(chain.from_iterable(self.sentences))
        self.lower_words = frozenset(compress(map(_TEXT, every), map(_LOWER, every)))
        self.spans = [list(self._spans(tokens)) for tokens in self.sentences]
        self.name_edges = self._name_edges()

    def _name_edges(self) -> frozenset[str]:
        """Words that start or end a name somewhere mid-sentence (evidence they are names)."""
        edges: set[str] = set()
        for tokens, spans in zip(self.sentences, self.spans, strict=True):
            for start, span in spans:
                if not initial(tokens, start):
                    edges.update((span[0].text.casefold(), span[-1].text.casefold()))
        return frozenset(edges)

    def known(self, text: str) -> bool:
        key = text.casefold()
        return key in self.rules.aliases or place_kind(text) is not None

    def mentions(self) -> Iterator[Mention]:
        position = 0
        names: dict[tuple[tuple[Token, ...], bool], list[str]] = {}  # a name repeats: its span is trimmed once
        for tokens, spans, paragraph in zip(self.sentences, self.spans, self.paragraphs, strict=True):
            for start, span in spans:
                first = initial(tokens, start)
                before = tokens[start - 1].text.casefold() if start > 0 else ""
                pair = f"{span[0].text} {span[1].text}".casefold() if len(span) > 1 else ""
                country = self.rules.demonyms.get(pair) or self.rules.demonyms.get(span[0].text.casefold())
                if country:
                    yield Mention(country, paragraph, position + start, weight=DEMONYM_WEIGHT)
                key = (tuple(span), first)
                if (texts := names.get(key)) is None:
                    texts = names[key] = self._names(span, first)
                for text in texts:
                    yield Mention(text, paragraph, position + start, locative=before in _LOCATIVE)
            position += len(tokens)

    def _names(self, span: list[Token], first: bool) -> list[str]:
        """The names in one span: split at a role word, each part trimmed (see the module docstring)."""
        parts = [self._trim(part, first and k == 0) for k, part in enumerate(self._split_at_role(span))]
        return [" ".join(t.text for t in words) for words in parts if words]

    # -- spans ------------------------------------------------------------------

    def _joins(self, span: list[Token], tokens: list[Token], i: int) -> bool:
        """Whether the lower-case word ``tokens[i]`` continues the name in ``span``."""
        word = tokens[i].text.casefold()
        ahead = tokens[i + 1 : i + 3]
        nxt = ahead[0] if ahead else None
        if word == "the":
            return span[-1].text.casefold() in {"of", "for", "on"} and bool(nxt and nxt.capitalised)
        if nxt is not None and nxt.word and nxt.text in NAME_PARTICLES and word in NAME_PARTICLES | {"of", "for", "on"}:
            nxt = ahead[1] if len(ahead) > 1 else None  # "de la Cruz", "of the Interior"
        if word in {"of", "for", "on"} and nxt is not None and nxt.text == "the" and len(ahead) > 1:
            nxt = ahead[1]
        if nxt is None or not nxt.capitalised:
            return False
        if word in NAME_PARTICLES:
            return True
        if word not in self.rules.connectors or not span[-1].capitalised:
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
                if token.capitalised or (token.lower and self._joins(span, tokens, i)):
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
            name = self._trim(self._split_at_role(span)[-1], initial(tokens, start))
            if len(name) >= 2:
                self.acronym_pairs.append((inner[0].text, " ".join(t.text for t in name)))
        elif len(span) == 1 and _ACRONYM.fullmatch(span[0].text):
            name = self._trim(inner, False)
            if len(name) >= 2 and len(name) == len(inner):
                self.acronym_pairs.append((span[0].text, " ".join(t.text for t in name)))

    # -- trimming ---------------------------------------------------------------

    def _role_at(self, lowered: list[str], k: int) -> tuple[str, ...] | None:
        return next((r for r in self.roles.get(lowered[k], ()) if tuple(lowered[k : k + len(r)]) == r), None)

    def _common_noun(self, word: str) -> bool:
        """A capitalised word the article also writes in lower case ("Singer" beside "the singer")."""
        lowered = word.casefold()
        return lowered in self.lower_words or lowered + "s" in self.lower_words

    def _split_at_role(self, span: list[Token]) -> list[list[Token]]:
        """Split "Colorado Gov. Marcus Delahaye" at its last role word.

        Returns the person part alone, preceded by the part before the role when
        that is a known place or alias ("Colorado"). A span is only split when what
        follows the role looks like a person's name (no organisation word).
        """
        if len(span) < 3:  # a role needs a word before it and two after
            return [span]
        lowered = [t.text.casefold() for t in span]
        for k in range(len(span) - 2, 0, -1):
            role = self._role_at(lowered, k)
            if role is None:
                continue
            rest = span[k + len(role) :]
            if not MIN_INNER_PERSON_WORDS <= len(rest) <= MAX_PERSON_WORDS or not rest[0].capitalised:
                continue
            if any(t.text.casefold() in self.rules.org_words for t in rest):
                continue
            left = span[:k]
            return ([left] if self.known(" ".join(t.text for t in left)) else []) + [rest]
        return [span]

    def _drop_first(self, words: list[Token], lowered: list[str], first: bool) -> bool:
        """Whether the first word of ``words`` is not part of the name."""
        head = lowered[0]
        if head == "the" or head in self.rules.strip:
            return True
        if len(words) == 1:
            return head in self.function_words or (first and not self._keeps_initial(words))
        if head in self.rules.demonyms:
            return not any(w in self.rules.org_words for w in lowered[1:])
        return first and head in self.function_words

    def _trim(self, span: list[Token], first: bool) -> list[Token]:
        words = [t for t in span if t.word]
        if len(words) != len(span):
            return []
        changed = True
        while words and changed:
            changed = False
            lowered = [t.text.casefold() for t in words]
            role = self._role_at(lowered, 0)
            if role and self.known(" ".join(t.text for t in words)):
                role = None  # "Prince Edward Island" is a place, not Prince Edward
            if (
                role is None
                and 3 <= len(words) <= MAX_PERSON_WORDS + 1
                and words[1].capitalised
                and self._common_noun(words[0].text)
                and not any(w in self.rules.org_words for w in lowered)
            ):
                role = (lowered[0],)  # "Forecaster Ciarán Doherty" beside "forecasters"
            if role and len(role) < len(words):
                words, first, changed = words[len(role) :], False, True
            elif self._drop_first(words, lowered, first):
                words, first, changed = words[1:], False, True
            elif lowered[-1] in self.rules.strip and len(words) > 1:
                words, changed = words[:-1], True
            while words and not words[0].capitalised:
                words, changed = words[1:], True
            while words and not words[-1].capitalised:
                words, changed = words[:-1], True
        return words

    def _keeps_initial(self, words: list[Token]) -> bool:
        """Whether a one-word span at the start of a sentence is a name."""
        word = words[0].text
        return word.casefold() in self.name_edges or self.known(word)
