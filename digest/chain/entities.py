"""Name mentions in English news text, found without a statistical model.

A *span* is a run of capitalised words (`digest.text.tokens`), possibly joined by name
particles ("Ana de la Cruz", "Tren de Aragua"), by "&" ("Procter & Gamble"), by
"of"/"for"/"the"/"and" after an organisation word ("Department of Government
Efficiency") or when the whole spells an acronym the article uses ("Customs and
Border Protection" beside "CBP"), and across the
possessive of "People", "Children", "Women", "Men" ("People's Liberation Army").
A capitalised function word ("OR") ends a span; a hashtag or a handle is none.
`digest.chain.trimming` turns each span into one or two mentions (roles, demonyms,
sentence openers, weekdays); a demonym in front also counts as half a mention of
its country.

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

from digest.chain import wording as w
from digest.chain.gazetteer import function_words
from digest.chain.trimming import Evidence
from digest.chain.wording import capitalised_pairs, compounds, is_heading, joined_pairs, lower_text, titles
from digest.config import EntityRules
from digest.text.sentences import Sentence
from digest.text.tokens import NAME_PARTICLES, Token, initial, shouting, tokenize

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]*[A-Z0-9]|[A-Z]{2,}")
_LOCATIVE = frozenset(["in", "at", "from", "near", "outside", "around", "across", "into", "inside", "within", "to"])
DEMONYM_WEIGHT = 0.5
_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
MAX_LOOKAHEAD = 6
MAX_RUN = 3
_POSSESSIVE_JOINS = frozenset({"people", "children", "women", "men"})
"""Plurals whose possessive starts a name: "People's Liberation Army", "Children's Hospital"."""
_SPAN_BREAKERS = frozenset({"or", "and", "of", "the", "for", "to", "in", "on", "at", "by", "with", "vs"})
"""Function words that end a span when written in capitals ("Pokemon Sword OR Shield")."""
_TEXT, _LOWER = operator.attrgetter("text"), operator.attrgetter("lower")
_HEADSHIPS = frozenset({"head", "chief", "lead", "leader"})
"""Nouns that name a job only with "of" after them ("Head of Research"); no role word alone."""


@functools.lru_cache(maxsize=4)
def _job_words(roles: frozenset[str]) -> frozenset[str]:
    """The configured roles and nameparser's titles, built once."""
    return roles | titles()


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
    heading: bool = False
    """Found in a line in Title Case (a subheading, a list item), where capitals say little."""
    numbered: bool = False
    """Right after a number that is no year ("737 Max", "80 Day Obsession"): the end of a numbered name."""


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
        self.sentences = w.shouted_words([_demote(shouting(compounds(tokenize(s.text)))) for s in sentences])
        self.paragraphs = [s.paragraph for s in sentences]
        pairs = zip(sentences, self.sentences, strict=True)
        self.headings = [is_heading(s.text, tokens, self.function_words) for s, tokens in pairs]
        every = list(chain.from_iterable(self.sentences))
        self.acronyms = frozenset(t.text for t in every if t.capitals and t.text.isalpha())
        self.joined_pairs = joined_pairs(self.sentences)
        self._candidates: list[tuple[list[Token], list[Token], bool]] = []
        self.spans = [list(self._spans(tokens)) for tokens in self.sentences]
        self.evidence = Evidence(
            rules=rules,
            roles=_role_table(rules.roles),
            function_words=self.function_words,
            lower_words=frozenset(compress(map(_TEXT, every), map(_LOWER, every))),
            lower_text=" " + lower_text(self.sentences) + " ",
            name_edges=self._name_edges(),
            alone=frozenset(" ".join(t.text for t in span).casefold() for spans in self.spans for _, span in spans),
            pairs=capitalised_pairs(self.sentences),
        )
        self.acronym_pairs = self._acronym_pairs()

    def _name_edges(self) -> frozenset[str]:
        """Words that start or end a name somewhere mid-sentence (evidence they are names)."""
        edges: set[str] = set()
        for tokens, spans in zip(self.sentences, self.spans, strict=True):
            for start, span in spans:
                if not initial(tokens, start):
                    edges.update((span[0].text.casefold(), span[-1].text.casefold()))
        return frozenset(edges)

    def mentions(self) -> Iterator[Mention]:
        position = 0
        names: dict[tuple[tuple[Token, ...], bool], list[str]] = {}  # a name repeats: its span is trimmed once
        for tokens, spans, paragraph, heading in zip(
            self.sentences, self.spans, self.paragraphs, self.headings, strict=True
        ):
            jobs = self._job_titles(tokens, spans)
            for start, span in spans:
                if start in jobs:
                    continue
                first = initial(tokens, start)
                before = tokens[start - 1].text.casefold() if start > 0 else ""
                pair = f"{span[0].text} {span[1].text}".casefold() if len(span) > 1 else ""
                country = self.rules.demonyms.get(pair) or self.rules.demonyms.get(span[0].text.casefold())
                if country:
                    yield Mention(country, paragraph, position + start, weight=DEMONYM_WEIGHT)
                key = (tuple(span), first)
                if (texts := names.get(key)) is None:
                    texts = names[key] = self.evidence.names(span, first)
                numbered = bool(_NUMBER.fullmatch(before)) and not _YEAR.fullmatch(before)
                for k, text in enumerate(texts):
                    yield Mention(
                        text,
                        paragraph,
                        position + start,
                        locative=before in _LOCATIVE,
                        heading=heading,
                        numbered=numbered and k == 0 and text.startswith(span[0].text),
                    )
            position += len(tokens)

    def _job_titles(self, tokens: list[Token], spans: Sequence[tuple[int, list[Token]]]) -> frozenset[int]:
        """Starts of spans naming a job ("Head of"), and after a comma its unit of the organisation named
        last (", General Manager of Care Europe at Acme"): no tags."""
        at = dict(spans)
        found: set[int] = set()
        for start, span in spans:
            end = start + len(span)
            if end + 1 >= len(tokens) or tokens[end].text.casefold() != "of" or end + 1 not in at:
                continue
            last = span[-1].text.casefold().rstrip(".")
            headship = len(span) == 1 and last in _HEADSHIPS
            if not headship and last not in _job_words(self.rules.role_words):
                continue
            if headship:
                found.add(start)
            after = end + 1 + len(at[end + 1])
            appositive = start > 0 and tokens[start - 1].text == ","
            if appositive and after + 1 in at and tokens[after].text.casefold() in {"at", "for"}:
                found.update((start, end + 1))
        return frozenset(found)

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
            run = self._run(tokens, i + 1)
            org_last = bool(run) and run[-1].text.casefold() in self.rules.org_words
            of_org = has_org and any(t.text.casefold() in {"of", "for"} for t in span)
            head = [t.text.casefold() for t in span[:2]]
            after_the = (i > len(span) and tokens[i - len(span) - 1].text.casefold() == "the") or head[0] == "the"
            after_the = after_the or any(h in self.rules.aliases for h in head)  # "U.S. Securities and ..."
            return (
                of_org
                or (after_the and org_last and len(run) <= MAX_RUN)  # "[the] Securities and Exchange Commission"
                or self._spelled_out(span, tokens, i)
                or (bool(run) and (span[-1].text, run[0].text) in self.joined_pairs)
            )
        return has_org or (word in {"of", "for"} and self._spelled_out(span, tokens, i))

    @staticmethod
    def _run(tokens: list[Token], start: int) -> list[Token]:
        """The capitalised words from ``start`` on."""
        run: list[Token] = []
        for token in tokens[start : start + MAX_LOOKAHEAD]:
            if not token.capitalised:
                break
            run.append(token)
        return run

    def _spelled_out(self, span: list[Token], tokens: list[Token], i: int) -> bool:
        """Whether the span, ``tokens[i]`` and the names after it spell an acronym the article uses
        ("Customs and Border Protection" beside "CBP", "Securities and Exchange Commission" beside "SEC")."""
        run: list[Token] = []
        for token in tokens[i + 1 : i + 1 + MAX_LOOKAHEAD]:
            if token.capitalised:
                run.append(token)
            elif not (token.lower and token.text.casefold() in {"of", "the", "for", "and"}) or not run:
                break
        capitals = [t.text[0] for t in (*span, *run) if t.capitalised and not t.capitals]
        return len(run) >= 1 and "".join(capitals) in self.acronyms

    def _continues(self, span: list[Token], tokens: list[Token], i: int) -> bool:
        token = tokens[i]
        if token.capitalised:
            return True
        if token.text == "&":
            return i + 1 < len(tokens) and tokens[i + 1].capitalised
        return token.lower and self._joins(span, tokens, i)

    def _spans(self, tokens: list[Token]) -> Iterator[tuple[int, list[Token]]]:
        i, n = 0, len(tokens)
        while i < n:
            if not tokens[i].capitalised:
                i += 1
                continue
            start, span = i, [tokens[i]]
            i += 1
            while i < n and (not span[-1].possessive or self._possessive_joins(span[-1], tokens[i])):
                if not self._continues(span, tokens, i):
                    break
                if span[-1].possessive:  # "People's Liberation Army" keeps its "'s"
                    span[-1] = span[-1]._replace(text=span[-1].text + "'s", possessive=False)
                span.append(tokens[i])
                i += 1
            while span and not span[-1].capitalised:
                span.pop()
                i -= 1
            self._note_acronym(tokens, start, start + len(span), span)
            yield start, span

    def _possessive_joins(self, owner: Token, nxt: Token) -> bool:
        """Whether a possessive starts a name: "People's Liberation Army", an office named after its
        holder's job ("Sheriff's Department", "U.S. Attorney's Office")."""
        word = owner.text.casefold()
        if word in _POSSESSIVE_JOINS:
            return True
        jobs = _job_words(self.rules.role_words)
        return word in jobs and nxt.capitalised and nxt.text.casefold() in self.rules.org_words

    def _note_acronym(self, tokens: list[Token], start: int, end: int, span: list[Token]) -> None:
        """Keep "Name (ACR)" and "ACR (Name)" right after a span, for `_acronym_pairs`."""
        if end >= len(tokens) or tokens[end].text != "(":
            return
        close = next((k for k in range(end + 1, min(end + 14, len(tokens))) if tokens[k].text == ")"), None)
        if close is not None:
            self._candidates.append((span, tokens[end + 1 : close], initial(tokens, start)))

    def _acronym_pairs(self) -> list[tuple[str, str]]:
        """(acronym, name) for every "Name (ACR)" and "ACR (Name)" noted."""
        found: list[tuple[str, str]] = []
        evidence = self.evidence
        for span, inner, first in self._candidates:
            if len(inner) == 1 and _ACRONYM.fullmatch(inner[0].text) and len(span) >= 2:
                name = evidence.trim(evidence.split(span)[-1], first)
                if len(name) >= 2:
                    found.append((inner[0].text, " ".join(t.text for t in name)))
            elif len(span) == 1 and _ACRONYM.fullmatch(span[0].text):
                name = evidence.trim(inner, False)
                if len(name) >= 2 and len(name) == len(inner):
                    found.append((span[0].text, " ".join(t.text for t in name)))
        return found


def _demote(tokens: list[Token]) -> list[Token]:
    """A hashtag or a handle (a word after "#" or "@") and a function word in capitals ("OR") are no names."""
    if not any(t.text in {"#", "@"} or t.capitals for t in tokens):
        return tokens
    return [
        t._replace(capitalised=False)
        if t.word and ((k and tokens[k - 1].text in {"#", "@"}) or (t.capitals and t.text.casefold() in _SPAN_BREAKERS))
        else t
        for k, t in enumerate(tokens)
    ]
