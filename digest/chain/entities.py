"""Name mentions in English news text, found without a statistical model.

`digest.chain.spans` finds the runs of capitalised words that may be names;
`digest.chain.trimming` turns each span into one or two mentions (roles, demonyms,
sentence openers, the first word of a quoted clause, weekdays); a demonym in front
also counts as half a mention of its country. A known given name with a quoted nickname or a partner's full
name after it takes that surname ('Walter "The Ferret" Roe', "Walter and Edith Roe"; `digest.chain.given`).

Acronyms spelled out in parentheses are recorded as pairs (`digest.chain.pairs`). The places the story was filed
from (its dateline's, `digest.chain.datelines.tagged_lead`) are a mention each, as places, after the text's; not an
organisation's seat ("UNITED NATIONS (AP) —", `seat`).
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, compress, pairwise

from digest.chain import cast, openers, positions
from digest.chain import wording as w
from digest.chain.aliases import known_as
from digest.chain.gazetteer import function_words, people_of, place_kind
from digest.chain.given import couples, nickname_pairs, nicknamed
from digest.chain.hyphens import compounds
from digest.chain.initials import initials
from digest.chain.jobs import after_job, job_titles, role_table
from digest.chain.joins import bodies, campuses, laws, people_after_and
from digest.chain.kin import kin_name
from digest.chain.listed import listed_bodies
from digest.chain.locatives import locatives
from digest.chain.models import MIN_MODEL_MENTIONS, event_year, model_name
from digest.chain.notation import demote
from digest.chain.pairs import acronym_pairs
from digest.chain.portfolios import jobs_held, portfolios
from digest.chain.proof import doubtful, gerund, headline_quote
from digest.chain.quoted import quoted_titles
from digest.chain.spans import SpanFinder
from digest.chain.splits import text_of
from digest.chain.trimming import Evidence
from digest.chain.wording import YEAR, capitalised_pairs, job_words, joined_pairs, lower_text
from digest.config import EntityRules
from digest.text.sentences import Sentence
from digest.text.tokens import Token, shouting, tokenize

DEMONYM_WEIGHT = 0.5
_NUMBER = re.compile(r"\d[\d,.]*")
_TITLE_LINKS = frozenset({"to", "of", "and", "for", "in", "on", "at", "the", "a"})
"""Small words inside a title: a numbered name after one is the end of a longer title ("Dare to Play 3")."""
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
    owner: bool = False
    """In the possessive ("in Hanbit's history": the preposition is the history's, so no place need be meant)."""
    weight: float = 1.0
    """Less than 1 for indirect mentions (a demonym standing for its country)."""
    heading: bool = False
    """Found in a line in Title Case (a subheading, a list item), where capitals say little."""
    numbered: bool = False
    """Right after a number that is no year ("737 Max", "80 Day Obsession"): the end of a numbered name."""
    determined: bool = False
    """Right after "the": a thing, no person ("the Flos Showroom")."""
    kin: bool = False
    """A first name given a surname as someone's wife or child ("his wife, Kim": Kim Roe; `digest.chain.kin`)."""
    model: bool = False
    """Right before a number that is no year ("Series 3", "GTX 1660"): the start of a model's name."""


class Extractor:
    """Finds mentions in one article's sentences (see the module docstring)."""

    def __init__(
        self, rules: EntityRules, sentences: Sequence[Sentence], title: str = "", filed: Sequence[str] = ()
    ) -> None:
        self.rules = rules
        self.title = title
        self.filed = tuple(p for p in filed if not seat(p, rules))
        """The places the story was filed from (its dateline's)."""
        self.function_words = function_words()
        self.sentences = w.unglued(w.shouted_words([demote(shouting(compounds(tokenize(s.text)))) for s in sentences]))
        self.paragraphs = [s.paragraph for s in sentences]
        self.headings = doubtful(sentences, self.sentences, self.function_words)
        every = list(chain.from_iterable(self.sentences))
        self.acronyms = frozenset(t.text for t in every if t.capitals and t.text.isalpha())
        self.joined_pairs = joined_pairs(self.sentences)
        plain = frozenset(t.text for t in every if t.word and not t.possessive)
        lower_words = frozenset(compress(map(_TEXT, every), map(_LOWER, every)))
        self.finder = SpanFinder(rules, self.acronyms, self.joined_pairs, plain, lower_words)
        jobs = job_words(rules.role_words)
        org = rules.org_words
        found = [
            laws(
                t,
                bodies(t, listed_bodies(t, portfolios(t, campuses(t, self.finder.spans(t), org), org, jobs), org), org),
            )
            for t in self.sentences
        ]
        counts = Counter(" ".join(t.text for t in span).casefold() for spans in found for _, span in spans)
        alone = frozenset(counts)
        self.spans = [
            people_after_and(jobs_held(tokens, spans, org, jobs, counts), org, alone)
            for tokens, spans in zip(self.sentences, found, strict=True)
        ]
        lowered = " " + lower_text(self.sentences) + " "
        self.evidence = Evidence(
            rules=rules,
            roles=role_table(rules.roles),
            function_words=self.function_words,
            lower_words=lower_words,
            lower_text=lowered,
            name_edges=self._name_edges(lower_words),
            alone=frozenset(" ".join(t.text for t in span).casefold() for spans in self.spans for _, span in spans),
            pairs=capitalised_pairs(self.sentences),
            works=frozenset(k for k, n in quoted_titles(self.sentences).items() if n > max(1, lowered.count(f" {k} "))),
        )
        self.acronym_pairs = (
            acronym_pairs(self.finder.candidates, self.evidence)
            + known_as(self.sentences, self.spans, self.evidence)  # "Joko Widodo, widely known as Jokowi"
            + nickname_pairs(self.sentences, self.spans, self.evidence)  # 'Joaquín "El Chapo" Guzmán'
        )
        self.cast = cast.characters(self.sentences, self.spans, lowered)  # "who plays the ghost Iya Agba"
        self._every = every
        self._counted: Counter[tuple[str, str]] | None = None

    def _name_edges(self, lower_words: frozenset[str]) -> frozenset[str]:
        """Words that start or end a name somewhere mid-sentence (evidence they are names), and the openers of
        `digest.chain.openers`."""
        edges: set[str] = set()
        for tokens, spans in zip(self.sentences, self.spans, strict=True):
            for start, span in spans:
                if not positions.opens(tokens, start, start + len(span)):
                    edges.update((span[0].text.casefold(), span[-1].text.casefold()))
        named = openers.owners(self.sentences, lower_words)
        named |= openers.titled(self.sentences, self.title, lower_words, self.function_words | self.rules.ignore)
        return frozenset(edges | named)

    def mentions(self) -> Iterator[Mention]:
        """The text's mentions, in its order, then the places the story was filed from: a mention each, as places."""
        yield from self._text_mentions()
        after = self.paragraphs[-1] + 1 if self.paragraphs else 0
        for place in self.filed:
            yield Mention(place, after, len(self._every), locative=True)

    def _people(self, span: list[Token], first: bool) -> str | None:
        """The region a plural demonym the tables lack is formed from (`people_of`: "Albertans"), also after a word
        opening the sentence ("Many Albertans ...")."""
        if not span[-1].text.endswith("ns"):
            return None
        for words in (span, span[1:] if first else []):
            whole = text_of(words)
            if words and whole.casefold() not in self.rules.demonyms and (people := people_of(whole)):
                return people
        return None

    def _text_mentions(self) -> Iterator[Mention]:
        position = 0
        names: dict[tuple[tuple[Token, ...], bool, bool, bool], list[str]] = {}  # a name repeats: trimmed once
        job_words, parts = w.job_words(self.rules.role_words) | w.HEADSHIPS, iter(self.cast)
        for tokens, spans, paragraph, heading in zip(
            self.sentences, self.spans, self.paragraphs, self.headings, strict=True
        ):
            jobs = job_titles(tokens, spans, self.rules, self.evidence)
            category = -1  # where a prize's category ended in this sentence
            corners = positions.corners(tokens, spans) | next(parts)
            links = set(positions.link_run(tokens)) | headline_quote(tokens, spans, self.function_words)
            jobs_end = {s + len(sp) for s, sp in spans if w.is_job(sp[-1].text, job_words)}
            roles_end: list[set[int]] = []  # found only when a span follows "of" or "for" (most sentences: none)
            nicks = couples(tokens, spans, self.evidence) | nicknamed(
                tokens, spans, self.evidence.lower_words, self.evidence.alone
            )
            placed = locatives(tokens, spans)  # "in Stockton and Thornaby", "Millbrook residents"
            for start, span in spans:
                if start in corners or nicks.get(start) == []:
                    continue
                if positions.category(tokens, start, category):
                    category = start + len(span) if category < 0 else -1
                    continue
                if (
                    start in jobs
                    or positions.currency(tokens, start + len(span))
                    or positions.amount(tokens, start, span)
                    or positions.nationality(tokens, start)
                    or positions.cited(tokens, start, span)
                ):
                    continue
                first = positions.opens(tokens, start, start + len(span))
                if first and gerund(span, tokens, start):
                    continue  # "Reading through the report ...": a verb opening the sentence, not the town
                before = tokens[start - 1].text.casefold() if start > 0 else ""
                pair = f"{span[0].text} {span[1].text}".casefold() if len(span) > 1 else ""
                if people := self._people(span, first):  # "Albertans"
                    yield Mention(people, paragraph, position + start, weight=DEMONYM_WEIGHT)
                    continue
                country = self.rules.demonyms.get(pair) or self.rules.demonyms.get(span[0].text.casefold())
                if country and not (pair and place_kind(text_of(span[:2])) is not None):  # not "British Columbia"
                    yield Mention(country, paragraph, position + start, weight=DEMONYM_WEIGHT)
                at = start - 2 if before == "the" else start - 1  # "Chief of Staff Mara Quell", "Director of the"
                unit = after_job(tokens, at, jobs_end, roles_end, rules=self.rules, evidence=self.evidence)
                person = nicks.get(start, span)  # 'Joaquín "El Chapo" Guzmán': Joaquín Guzmán
                key = (tuple(person), first, before == "the", unit)
                if (texts := names.get(key)) is None:
                    texts = names[key] = self.evidence.names(person, first, determined=before == "the", unit=unit)
                if texts and texts[0].startswith(span[0].text) and (number := positions.ordinal(tokens, start, span)):
                    texts = [f"{number} {texts[0]}", *texts[1:]]  # "82nd Airborne Division"
                full = self._kin(tokens, start, spans) if len(person) == 1 and texts else None
                kin = full is not None
                if full is not None:
                    texts = [full]  # "his wife, Kim": Kim Roe
                numbered = bool(_NUMBER.fullmatch(before)) and (not YEAR.fullmatch(before) or positions.street(span))
                end = start + len(span)
                model = self._model_start(texts, span, tokens, end, first)
                for k, text in enumerate(texts):
                    yield Mention(
                        text,
                        paragraph,
                        position + start,
                        locative=start in placed,
                        owner=span[-1].possessive,
                        determined=before == "the",
                        kin=kin,
                        heading=heading or start in links,
                        numbered=numbered and k == 0 and text.startswith(span[0].text),
                        model=model and k == len(texts) - 1 and text.endswith(span[-1].text),
                    )
                continued = start > 1 and before in _TITLE_LINKS and tokens[start - 2].capitalised  # "Dare to Play 3"
                if (
                    model
                    and texts
                    and not continued
                    and (
                        named := model_name(
                            texts[-1], span, tokens, end, first, evidence=self.evidence, numbered=self._numbered()
                        )
                    )
                ):
                    yield Mention(named, paragraph, position + start, heading=heading or start in links)
            position += len(tokens)

    def _model_start(self, texts: list[str], span: list[Token], tokens: list[Token], end: int, first: bool) -> bool:
        """Whether the span starts a model's or a numbered thing's name: a number after it that is no year, or a year
        after a name written with it twice that makes a model's name (an event's: "Euro 2012"; not "in March 2012"), or
        once after an event's name of two words or more ("Game Summit 2025": `digest.chain.models.EVENTS`)."""
        after = tokens[end].text if end < len(tokens) else ""
        if not YEAR.fullmatch(after):
            return bool(_NUMBER.fullmatch(after))
        once = event_year(span, after)  # "Game Summit 2025"
        if not texts or (self._numbered()[(span[-1].text, after)] < MIN_MODEL_MENTIONS and not once):
            return False
        return (
            model_name(texts[-1], span, tokens, end, first, evidence=self.evidence, numbered=self._numbered())
            is not None
        )

    def _numbered(self) -> Counter[tuple[str, str]]:
        """A capitalised word and the number after it ("FTSE", "100"), counted over the article (made when a
        numbered name is first met), the title's too."""
        if self._counted is None:  # the title counts: "Windows 10 support ends" and "updates for Windows 10"
            pairs = chain(pairwise(self._every), pairwise(tokenize(self.title)))
            self._counted = Counter((a.text, b.text) for a, b in pairs if a.capitalised and b.text.isdigit())
        return self._counted

    def _kin(self, tokens: list[Token], start: int, spans: Sequence[tuple[int, list[Token]]]) -> str | None:
        """The full name of a one-word span that is "his wife, <Name>" after a person (`digest.chain.kin`)."""

        def name_of(at: int, span: list[Token]) -> str | None:
            found = self.evidence.names(span, positions.opens(tokens, at, at + len(span)))
            return found[-1] if found and place_kind(found[-1]) is None else None

        return kin_name(tokens, start, spans, name_of, self.evidence.alone)


def seat(place: str, rules: EntityRules) -> bool:
    """Whether a dateline's place is an organisation's seat ("UNITED NATIONS (AP) —": its headquarters), no place:
    a name the alias table also knows by its initials ("UN") and the gazetteer knows as no place.

    A story filed there names the organisation in its text when it is about it; its dateline adds no mention.
    """
    canonical = rules.aliases.get(place.casefold())
    if canonical is None or place_kind(canonical) is not None:
        return False
    return any(len(a) > 1 and rules.aliases.get(a.casefold()) == canonical for a in initials(canonical))
