"""Spans: runs of capitalised words in English news text that may be names (see `digest.chain.entities`).

A span is a run of capitalised words (`digest.text.tokens`), possibly joined by name particles ("Ana de la Cruz",
"Tren de Aragua", Māori "o": "Te Rūnanga o Ngāi Tahu"), by "&" ("Procter & Gamble"), by "of"/"for"/"the"/"and" after
an organisation word ("Department of Government Efficiency"; "and" not after a name the alias table knows whole:
"Department of Homeland Security and Alex Azar") or when the whole spells an acronym the article uses ("Customs and
Border Protection" beside "CBP"), by "and" where one side is no name by itself (`digest.chain.ands`: "the Utah Test
and Training Range", not "the Maritime Safety Authority and SA Police"), by "of the" after a capitalised plural
mid-sentence before an organisation's name ("Proceedings of the National Academy of Sciences"), by "for" or "of" in a
group's or a designation's name (`digest.chain.groups`: "Friends of the Signalman", "an Asset of Community Value"),
and across the possessive of "People", "Children", "Women", "Men" ("People's Liberation Army"), of a group before an
organisation word ("Tenants' Associations") or of a job before an organisation word ("Sheriff's Department"); a word
the article only writes in the possessive, with no noun after it, keeps it ("Macy's"), and so does one inside a quoted
title ("“Dawson's Creek”"). A quoted title in Title Case keeps its small words ("‘Jewels after Jewels’", "“Melvin and
Howard”"). A capitalised function word ("OR") ends a span; a hashtag or a handle is none (`demote`). A span followed
by words in parentheses is noted as a candidate acronym pair ("CECOT (Center for ...)"); spans whose capitals, read
over commas and small words, spell the acronym in parentheses after them (or before the parentheses around them) are
one span, commas kept ("United Nations Educational, Scientific and Cultural Organization (UNESCO)").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from digest.chain import ands, groups, possessives
from digest.chain.gazetteer import place_kind
from digest.chain.joins import expansions
from digest.chain.quoted import cued_title, in_quoted_title, quoted_title
from digest.chain.wording import OCCASIONS, PEERAGES, PERIODS, PRIZES, STREETS, job_words
from digest.config import EntityRules
from digest.text.tokens import NAME_PARTICLES, Token, initial

MAX_LOOKAHEAD = 6
MAX_RUN = 3
MAX_TITLE_WORDS = 2
_VERSUS = frozenset({"v."})
"""A court case's parties ("Moore v. Harper"); not a fixture's "v" or "vs." ("Arsenal v Chelsea", "Lakers vs.
Celtics")."""
_SPELLED_WORDS = frozenset({"of", "the", "for", "and", "to", "on", "in", "at"})
"""Small words an acronym's spelled-out name may hold."""
_MEDIA = frozenset({"TV", "Radio", "Netflix", "HBO"})
_SHOWS = frozenset(
    {"series", "show", "drama", "sitcom", "miniseries", "adaptation", "programme", "program", "documentary"}
)
"""A medium before one of these words describes a show named before it ("the Fargo TV series")."""


class SpanFinder:
    """Finds the spans of one article's sentences, knowing its acronyms and the pairs it joins by "and"."""

    def __init__(
        self,
        rules: EntityRules,
        acronyms: frozenset[str],
        joined_pairs: frozenset[tuple[str, str]],
        plain: frozenset[str] = frozenset(),
        lower: frozenset[str] = frozenset(),
    ) -> None:
        self.rules = rules
        self.acronyms = acronyms
        self.joined_pairs = joined_pairs
        self.plain = plain
        """Words the article writes at least once without a possessive."""
        self.lower = lower
        """Words the article writes in lower case."""
        self.candidates: list[tuple[list[Token], list[Token], bool]] = []
        """(span, the tokens in parentheses right after it, whether it opens its sentence)."""

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
        if word == "of" and tokens[i + 1].text == "the" and nxt.text in PERIODS and span[-1].capitalised:
            return True  # "PFA Player of the Year": one title, no "Year" (`digest.chain.junk`)
        if word in NAME_PARTICLES or (word == "of" and any(t.text in _VERSUS for t in span)):
            return True  # "de la Cruz"; a party to a case: "Hollis v. City of Savannah"
        if word == "o" and span[-1].capitalised:
            return True  # Māori "o" (of): "Te Rūnanga o Ngāi Tahu", "Ngā Tāngata Tiaki o Whanganui"
        if (
            word in {"on", "at"}
            and (run := self._run(tokens, i + 1))
            and run[-1].text.casefold().rstrip(".") in STREETS
        ):
            return False  # "St Brigid Church on Harmon Road": where it stands, no part of its name
        if word not in self.rules.connectors or not span[-1].capitalised:  # "... Cruelty to Children" beside "NSPCC"
            spelled = word in _SPELLED_WORDS and span[-1].capitalised and self._spelled_out(span, tokens, i)
            return spelled or (word == "to" and groups.purpose(span, tokens, i, self.rules.org_words))
        if word == "for" and span[-1].text.casefold() in PRIZES:
            return False  # "Academy Award for Best Actress": the category is no part of the prize's name
        has_org = any(t.text.casefold() in self.rules.org_words for t in span) or (
            any(t.text.casefold() in OCCASIONS for t in span[1:])  # not for a nation's people: "Day for Kenyans"
            and nxt.text.casefold() not in self.rules.demonyms
            and place_kind(nxt.text) is None
        )
        if word in {"and", "&"}:
            run = self._run(tokens, i + 1)
            if word == "and" and ands.one_place(span, run):
                return True  # "Trinidad and Tobago"
            if run and run[0].possessive and place_kind(run[0].text) is not None:
                return False  # "... Science Program and Japan's Ministry of Education": a place's own body follows
            if ands.two_bodies(span, run, self.rules):
                return False  # "the University of Washington and Stanford University"
            org_last = bool(run) and run[-1].text.casefold() in self.rules.org_words
            whole = " ".join(t.text for t in span).casefold() in self.rules.aliases  # a name known whole ends here
            of_org = has_org and any(t.text.casefold() in {"of", "for", "on"} for t in span) and not whole
            head = [t.text.casefold() for t in span[:2]]
            before = tokens[i - len(span) - 1] if i > len(span) else None
            after_the = head[0] == "the" or (before is not None and (before.text == "the" or before.possessive))
            after_the = after_the or any(h in self.rules.aliases for h in head)  # "U.S. Securities and ..."
            after_the = after_the and not ands.between_two(span, run, self.rules)
            return (
                of_org
                or (after_the and (org_last or ands.common_place(run, self.rules, self.lower)) and len(run) <= MAX_RUN)
                or ands.two_areas(span, run, self.rules)
                or (word == "and" and ands.two_places(span, run, self.rules))
                or self._spelled_out(span, tokens, i)
                or (bool(run) and (span[-1].text, run[0].text) in self.joined_pairs)
            )
        return (
            has_org
            or (word == "for" and groups.group_for(span, tokens, i))
            or (word == "of" and (groups.fellows(span, tokens, i) or self._designation(span, tokens, i)))
            or (word == "of" and span[-1].text.casefold() in PEERAGES and {t.text for t in span[:-1]} <= {"The"})
            or (word in {"of", "for"} and self._spelled_out(span, tokens, i))
            or (word == "of" and self._plural_title(span, tokens, i))
            or (word in {"of", "for"} and (span[-1].text, nxt.text) in self.joined_pairs)  # "Bread for the World"
        )

    @functools.cached_property
    def _designation_words(self) -> frozenset[str]:
        """The words no designation's name holds (`groups.designation`): made once, at the first "of" met."""
        return self.rules.org_words | self.rules.place_words

    def _designation(self, span: list[Token], tokens: list[Token], i: int) -> bool:
        """ "an Asset of Community Value": a designation's name (`groups.designation`)."""
        return groups.designation(span, tokens, i, job_words(self.rules.role_words), self._designation_words)

    def _plural_title(self, span: list[Token], tokens: list[Token], i: int) -> bool:
        """Whether a capitalised plural mid-sentence, "of the" and an organisation's name make one title
        ("Proceedings of the National Academy of Sciences", "Monthly Notices of the Royal Astronomical
        Society"); not a job ("Ministers of the Crown") nor a sentence's first words."""
        last = span[-1].text
        plural = last.endswith("s") and not last.endswith("ss") and not span[-1].capitals
        if not plural or len(span) > MAX_TITLE_WORDS or i + 1 >= len(tokens) or tokens[i + 1].text != "the":
            return False
        if initial(tokens, i - len(span)) or last[:-1].casefold() in job_words(self.rules.role_words):
            return False
        return any(t.text.casefold() in self.rules.org_words for t in self._run(tokens, i + 2))

    @staticmethod
    def _run(tokens: list[Token], start: int) -> list[Token]:
        """The capitalised words from ``start`` on, to the first in the possessive after the first word ("Sector
        Union's Ann Roe": the union's name ends there; "Children's Hospital" goes on)."""
        run: list[Token] = []
        for token in tokens[start : start + MAX_LOOKAHEAD]:
            if not token.capitalised:
                break
            run.append(token)
            if token.possessive and len(run) > 1:
                break
        return run

    def _spelled_out(self, span: list[Token], tokens: list[Token], i: int) -> bool:
        """Whether the span, ``tokens[i]`` and the names after it spell an acronym the article uses
        ("Customs and Border Protection" beside "CBP", "Securities and Exchange Commission" beside "SEC")."""
        run: list[Token] = []
        end = i + 1
        for k, token in enumerate(tokens[i + 1 : i + 1 + MAX_LOOKAHEAD], i + 1):
            if token.capitalised:
                run.append(token)
                end = k + 1
            elif not (token.lower and token.text.casefold() in _SPELLED_WORDS) or not run:
                break
        if not run:
            return False
        capitals = [t.text[0] for t in (*span, *run) if t.capitalised and not t.capitals and t.text != "The"]
        every = [t.text[0] for t in tokens[i - len(span) : end] if t.word and t.text != "The"]
        return any("".join(letters).upper() in self.acronyms for letters in (capitals, every))  # ECOWAS: its "of"

    def _continues(self, span: list[Token], tokens: list[Token], i: int) -> bool:
        token = tokens[i]
        if token.capitalised:
            return True
        if token.text == "&" or token.text in _VERSUS:  # "Procter & Gamble", "Hollis v. City of Savannah"
            return i + 1 < len(tokens) and tokens[i + 1].capitalised
        start = i - len(span)
        return token.lower and (
            self._joins(span, tokens, i) or in_quoted_title(tokens, start, i) or cued_title(tokens, start, i)
        )

    def spans(self, tokens: list[Token]) -> list[tuple[int, list[Token]]]:
        """The spans of one sentence, an acronym's expansion written over commas and "and" as one span; each
        span before words in parentheses noted (`candidates`)."""
        found = list(self._spans(tokens))
        if "(" in (t.text for t in tokens):
            found = expansions(tokens, found)
            for start, span in found:
                self._note_acronym(tokens, start, start + len(span), span)
        return found

    def _spans(self, tokens: list[Token]) -> Iterator[tuple[int, list[Token]]]:
        i, n = 0, len(tokens)
        while i < n:
            if not tokens[i].capitalised:
                i += 1
                continue
            start, span = i, [tokens[i]]
            i += 1
            while i < n and (
                not span[-1].possessive
                or possessives.joins(span, tokens, i, self.plain, self.rules)
                or quoted_title(tokens, start, i)
            ):
                if not self._continues(span, tokens, i):
                    break
                if span[-1].possessive:  # "People's Liberation Army" keeps its "'s", "Workers' Day" its "'"
                    mark = "'" if span[-1].apostrophe else "'s"
                    span[-1] = span[-1]._replace(text=span[-1].text + mark, possessive=False)
                span.append(tokens[i])
                i += 1
            while span and not span[-1].capitalised:
                span.pop()
                i -= 1
            if len(span) > 1 and len(span[-1].text) == 1 and i + 1 < n and tokens[i].text == "/":
                span.pop()  # "Novo Nordisk A/S": a legal form written with a slash
                i -= 1
            if len(span) > 1 and span[-1].text in _MEDIA and i < n and tokens[i].text in _SHOWS:
                span.pop()  # "the Fargo TV series": the medium describes the show, it is no part of its name
                i -= 1
            if len(span) == 1 and span[0].possessive and i < n and tokens[i].text in possessives.EPONYMOUS:
                span = [
                    span[0]._replace(text=span[0].text + "'s", possessive=False),
                    tokens[i]._replace(capitalised=True),
                ]
                i += 1  # "Alzheimer's disease": the disease is the name, not the doctor
            quoted = start > 0 and tokens[start - 1].text in {"‘", "'"}  # ‘CBR600F4’: a closing quote
            whole = " ".join(t.text for t in span)
            named = len(span) == 1 or span[0].text in possessives.SAINTS  # "Macy's.", "St. Mary's."
            if (
                named
                and not quoted
                and possessives.name_ends(span[-1], tokens[i] if i < n else None, whole, self.plain)
            ):
                span[-1] = span[-1]._replace(text=span[-1].text + "'s", possessive=False)
            yield start, span

    def _note_acronym(self, tokens: list[Token], start: int, end: int, span: list[Token]) -> None:
        """Keep "Name (ACR)" and "ACR (Name)" right after a span, for `digest.chain.pairs.acronym_pairs`."""
        if end >= len(tokens) or tokens[end].text != "(":
            return
        close = next((k for k in range(end + 1, min(end + 14, len(tokens))) if tokens[k].text == ")"), None)
        if close is not None:
            self.candidates.append((span, tokens[end + 1 : close], initial(tokens, start)))
