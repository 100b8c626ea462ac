"""From a span of capitalised words to the names in it (see `digest.chain.entities`).

A span is first split where context is glued to a name (`digest.chain.splits`). Each part is then trimmed: a style
of address mid-sentence goes ("Her Majesty"); roles in front go, except a royal or religious title before a single
name ("Prince Andrew", "Pope Francis") and a role opening a body's name ("Queen Elizabeth Hospital"); a demonym in
front goes when the rest is a name the article uses on its own ("Venezuelan Tren de Aragua"), not when it is part of
the name ("American Music Awards"), and so does a label that is never a tag ("Democrat", "Republican") before a name
of two words or more; a sentence's first word goes when it is a function word, or a common word before a name the
article uses on its own ("Remember New Jersey"), and so does any word that is no given name before a person's name
the article writes alone ("former Beatle George Harrison", `digest.chain.ends`); weekdays, months and pronouns go
from either end, except a weekday or a month the article names twice after the same word ("Black Friday", "Ann May")
and an "I" the article numbers otherwise too ("World War I" beside "World War II"). A name ends at a dotted
abbreviation followed only by common words ("Fort Worth P.D. Open the door!"). An organisation named before one of
its units ("... Conference West Division", "... Police Counter Terrorism Command") is the name.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from digest.chain import ends, splits
from digest.chain.gazetteer import dashed_countries, place_kind
from digest.chain.given import given
from digest.chain.splits import MAX_PERSON_WORDS, MIN_INNER_PERSON_WORDS, text_of
from digest.chain.wording import (
    AGENT_ENDINGS,
    IMPERATIVES,
    LAWS,
    NUMBER_WORDS,
    PARTICIPLES,
    PLACE_PREFIXES,
    ROYAL_TITLES,
    SCIENTIST,
    STYLES,
    legal_form,
    titles,
    written_out,
)
from digest.config import EntityRules
from digest.text.tokens import NAME_PARTICLES, Token

MAX_COMMON_PHRASE = 3
MIN_HOLDER_WORDS = 3
"""A capitalised common noun mid-sentence before a name of three words is a title ("... Housing Ciarán Mac Giolla")."""
_WEEKDAYS = frozenset(d.casefold() for d in (*calendar.day_name, *calendar.month_name) if d)
"""Weekdays and months: the end of a name the article writes twice ("Black Friday", "Ann May")."""
_DAYS = frozenset(d.casefold() for d in calendar.day_name)
_MONTHS = frozenset(m.casefold() for m in (*calendar.month_name, *calendar.month_abbr) if m)

_AGENTS = tuple(f"{ending}s" for ending in AGENT_ENDINGS)  # an occupation in the plural: "Bloggers Ann Roe and"
_INSIDE = frozenset({"&", ",", "(", ")"})
"""Marks only inside a name joined over them ("Procter & Gamble", an expansion's comma, a law part's brackets)."""
_CAMEL = re.compile(r"[a-z][A-Z]")
_LETTER_STOP = re.compile(r"\s[A-Z]\.$")
"""A name's last word a capital and a full stop ("Xbox One X."): the sentence's end (no middle initial is last)."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the whole article says about its words, for trimming one span."""

    rules: EntityRules
    roles: Mapping[str, tuple[tuple[str, ...], ...]]
    function_words: frozenset[str]
    lower_words: frozenset[str]
    """Words the article writes in lower case."""
    lower_text: str
    """The article's lower-case words in order, casefolded, runs between spaces (`wording.lower_text`)."""
    name_edges: frozenset[str]
    """Words that start or end a name somewhere mid-sentence."""
    alone: frozenset[str]
    """Every span as written, casefolded: names the article also uses on their own."""
    pairs: Counter[str]
    """Two capitalised words in a row, casefolded, with their count."""
    works: frozenset[str] = frozenset()
    """Titles the article quotes, casefolded, twice or more and more often than it writes their words in lower case
    ("‘War and Peace’" beside "[war and peace]"): works, not common phrases."""

    def known(self, text: str) -> bool:
        key = text.casefold()
        return key in self.rules.aliases or place_kind(text) is not None

    def common_noun(self, word: str) -> bool:
        """A capitalised word the article also writes in lower case ("Singer" beside "singer", "Children's")."""
        lowered = word.casefold().removesuffix("'s").removesuffix("’s")
        singular = lowered[:-1] if lowered.endswith("s") and not lowered.endswith("ss") else ""
        if lowered.endswith("ies"):
            singular = lowered[:-3] + "y"  # "Emergencies" beside "an emergency"
        return lowered in self.lower_words or lowered + "s" in self.lower_words or singular in self.lower_words

    def common_phrase(self, name: str) -> bool:
        """A capitalised common noun or phrase the article also writes in lower case ("Doctors", "Meal Plans")."""
        words = name.split()
        if self.known(name) and not self._town_as_word(name):
            return False
        if len(words) == 1:
            return not name.isupper() and self.common_noun(name)
        key = name.casefold()
        return len(words) <= MAX_COMMON_PHRASE and f" {key} " in self.lower_text and key not in self.works

    def _town_as_word(self, name: str) -> bool:
        """A town's name the article writes in lower case, exactly, as a word ("corona" beside "Corona"): a
        word there, not the town."""
        key = name.casefold()
        if " " in name or key not in self.lower_words or key in self.rules.aliases:
            return False
        return place_kind(key) == "city"

    def person_like(self, words: list[Token]) -> bool:
        """Two to five title-case words, no organisation or place word, not a known place."""
        if not MIN_INNER_PERSON_WORDS <= len(words) <= MAX_PERSON_WORDS or not words[0].capitalised:
            return False
        lowered = [t.text.casefold() for t in words]
        if any(w in self.rules.org_words or w in self.rules.place_words for w in lowered):
            return False
        return not self.known(text_of(words)) and all(t.capitalised and not t.capitals for t in words)

    def named_alone(self, words: list[Token]) -> bool:
        """The article uses this name, or its first or last word, on its own."""
        return any(w.casefold() in self.alone for w in (text_of(words), words[-1].text, words[0].text))

    def names(self, span: list[Token], first: bool, *, determined: bool = False, unit: bool = False) -> list[str]:
        """The names in one span: split, each part trimmed (a legal form kept as written: "Walt Disney Co."), a legal
        form alone and common phrases dropped; a span after "the" (``determined``) names no person; ``unit``: the span
        follows a job's "of" ("Chief of")."""
        thing = determined or span[0].text == "The"  # "the Tarvo Pro LE": no person, no letters after a name
        parts = [
            self._ends(self.trim(p, first and k == 0), thing) for k, p in enumerate(self.split(span, determined, unit))
        ]
        found = [written_out(text_of(words).strip("'’‘\"”“")) for words in parts if words]
        found = [n[:-1] if _LETTER_STOP.search(n) else n.rstrip("-–") for n in found]  # "Xbox One X." at an end
        found = [part for n in found for part in dashed_countries(n, self.rules.aliases)]
        return [n for n in found if n and not legal_form(n) and not self.common_phrase(n)]

    # -- splitting --------------------------------------------------------------

    def role_at(self, lowered: list[str], k: int, rest: list[Token] | None = None) -> tuple[str, ...] | None:
        """The configured role at word ``k`` (or two joined by "-"); or a nameparser title if ``rest`` is a person."""
        head = lowered[k].removeprefix("co-")  # "Co-CEO", "co-chair": the role shared
        role = next((r for r in self.roles.get(head, ()) if (head, *lowered[k + 1 : k + len(r)]) == r), None)
        if role is None and head.endswith("s") and rest and rest[0].capitalised:
            role = (lowered[k],) if (head[:-1],) in self.roles.get(head[:-1], ()) else None  # "Trustees Ann Roe and"
        title = lowered[k].rstrip(".")
        ranks = title.split("-") if title.count("-") == 1 else ()
        if role is None and ranks and all((p,) in self.roles.get(p, ()) or p in titles() for p in ranks):
            role = (lowered[k],)  # "Lieutenant-General", "Major-General": two ranks joined by a hyphen
        titled = title in titles() or title.endswith(SCIENTIST) or f"{title}." in self.roles  # "Rep" for "Rep."
        if role is None and rest is not None and titled and self.person_like(rest):
            role = (lowered[k],)
        return role

    def split(self, span: list[Token], determined: bool = False, unit: bool = False) -> list[list[Token]]:
        """The span's parts where context is glued to a name (`digest.chain.splits.split`)."""
        return splits.split(self, span, determined, unit)

    # -- trimming ---------------------------------------------------------------

    def _drop_first(self, words: list[Token], lowered: list[str], first: bool) -> bool:
        """Whether the first word of ``words`` is not part of the name."""
        head = lowered[0]
        if head == "the" and not first and words[0].text == "The" and len(words) > 1 and not words[1].capitals:
            return False  # "in The Hague", "a fan of The Corrs": a capital mid-sentence makes it the name's
        if head == "the" or (head in self.rules.strip and not self._spelt(words[0])):
            return True
        if len(words) == 1:  # "WHO" in capitals, known to the alias table, is no "who"
            known_acronym = words[0].capitals and head in self.rules.aliases
            return (head in self.function_words and not known_acronym) or (first and not self._keeps_initial(words))
        rest = words[1:]
        if head in self.rules.demonyms:  # "Venezuelan Tren de Aragua"; "Mexican Politics": a common noun left
            if place_kind(text_of(words[:2])) is not None:
                return False  # "British Columbia", "New Mexico": a place named with a demonym
            return not any(w in self.rules.org_words for w in lowered[1:]) and (
                self.named_alone(rest)
                or self.known(text_of(rest))
                or (len(rest) == 1 and self.common_noun(rest[0].text))
            )
        if len(rest) > 1 and rest[0].capitalised and self._label(head):
            return not any(w in self.rules.org_words for w in lowered[1:]) and (  # "Democrat Ann Roe"
                self.named_alone(rest) or self.known(text_of(rest))
            )
        if first and head in self.function_words:
            return not self.known(text_of(words))  # "New York, NY –" opening a dateline
        if ends.context_before(words, self.alone, self.lower_words, self.rules.org_words, self.known):
            return True  # "former Beatle George Harrison" beside "George Harrison"
        if not first or head in self.name_edges or head in PLACE_PREFIXES or self.known(text_of(words)):
            return False
        if self.known(text_of(rest)) and (len(rest) > 1 or text_of(rest).casefold() in self.rules.aliases):
            return True  # "Remember New Jersey", "Hey Twitter"; not "Jordan Henderson" (a city's name)
        agent = head.removesuffix("s") if head.endswith(_AGENTS) else head  # "Bloggers Ann Roe and Tom Vale"
        trade = agent.endswith(AGENT_ENDINGS) or (head.endswith("men") and len(head) > len("women"))  # "Businessmen"
        if trade and rest[0].capitalised and (agent in titles() or self._full_name(words)):
            return True  # "Blogger Baki says ...", "Parent Tobias Roe said": what someone is, opening the sentence
        if head in IMPERATIVES or head in PARTICIPLES:
            return True  # "Follow Ann Roe on Twitter" (a page's call to its reader), "Born Ann Roe in 1941, ..."
        return (self.common_noun(words[0].text) or head.endswith("ing")) and self.named_alone(rest)

    def _full_name(self, words: list[Token]) -> bool:
        """A word, no given name, before a given name and a surname ("Parent Tobias Roe") or a surname named alone."""
        rest = words[1:]
        if len(rest) < 2 or given(words[0].text):
            return False
        alone = any(w.casefold() in self.alone for w in (text_of(rest), rest[-1].text))
        return given(rest[0].text, self.lower_words) or (alone and self.person_like(rest))

    def _label(self, head: str) -> bool:
        """A word never a tag alone nor the start of a longer name ("Democrat"; not "North", "House", a month)."""
        rules = self.rules
        return head in rules.ignore and not (head in rules.strip or head in PLACE_PREFIXES or head in rules.org_words)

    def _spelt(self, word: Token) -> bool:
        """A known name in capitals, not the word it spells (`EntityRules.spelt_name`; shouting is no capitals)."""
        return word.capitals and self.rules.spelt_name(word.text)

    def _stub(self, words: list[Token], lowered: list[str]) -> bool:
        """A word before a weekday, never named alone, no given nor known name: "Black" of "Black Friday" is none."""
        day = len(words) == 2 and lowered[-1] in _DAYS and lowered[0] not in self.alone
        return day and not given(words[0].text, self.lower_words) and not self.known(words[0].text)

    def _keeps_weekday(self, words: list[Token], lowered: list[str]) -> bool:
        """ "Black Friday" (a weekday named twice after a word), "Ann May" (after a given name), "World War I"."""
        month = len(words) == 2 and lowered[-1].rstrip(".") in _MONTHS and given(words[0].text, self.lower_words)
        day = len(words) > 1 and lowered[-1] in _WEEKDAYS and self.pairs[" ".join(lowered[-2:])] > 1
        return month or day or ends.numeral(words, self.pairs, self.alone)

    def trim(self, span: list[Token], first: bool) -> list[Token]:
        words = [t for t in span if t.word or t.text in _INSIDE]
        if len(words) != len(span):
            return []
        if not first and len(words) > 1 and words[0].text in STYLES:
            words = words[2:]  # "Her Majesty", "His Holiness Pope Leo": a style of address, no name
        changed = True
        while words and changed:
            changed = False
            lowered = [t.text.casefold() for t in words]
            role = self.role_at(lowered, 0, words[1:])
            if role and (self.known(text_of(words)) or text_of(words).casefold() in self.rules.demonyms):
                role = None  # "Prince Edward Island" is a place, not Prince Edward; "Sri Lankans" its people
            if (
                role is None
                and 3 <= len(words) <= MAX_PERSON_WORDS + 1
                and words[1].capitalised
                and self.common_noun(words[0].text)
                and lowered[0] not in self.function_words  # "behind The Joe Rogan Experience": a title's "The"
                and not any(w in self.rules.org_words for w in lowered)
                and lowered[-1].rstrip(".") not in LAWS  # "Pension Stabilisation Act": a law's first word
                and not any(self.common_noun(t.text) or t.text.casefold() in NUMBER_WORDS for t in words[1:])
                and (first or len(words) > MIN_HOLDER_WORDS or self.named_alone(words[1:]) or given(words[1].text))
            ):  # not "World War Two", "Side Salad Bowl": the rest is no person's name; mid-sentence, not "Ban Ki Moon"
                # beside "the ban": the rest opens on no given name, is short and never named alone
                role = (lowered[0],)  # "Forecaster Ciarán Doherty" beside "forecasters"
            if role and len(role) == len(words) - 1 and role[-1].rstrip(".") in ROYAL_TITLES:
                role = None  # "Prince Andrew"
            if role == (lowered[0],) and len(words) == 2 and given(words[0].text, self.lower_words):
                role = None  # "forecaster Dean Halloran": a title goes before a full name, so a given name here
            if role and len(role) < len(words) and not words[len(role)].capitalised:
                role = None  # "Lord of the Rings": a name joined over "of", no title before a name
            if role and len(role) < len(words) and lowered[len(role)] in splits.OFFICE_PREPOSITIONS:
                holder = words[len(role) + 2 :]  # "Minister Without Portfolio": an office, no one's name; its holder
                return holder if self.person_like(holder) else []  # after the office's word: "... Ann Roe"
            if role and len(role) == 1 and len(words) > 1 and lowered[1] in self.rules.org_words:
                role = None  # "General Motors", "Premier League": a rank word starts the organisation's name
            if role and len(role) + 2 <= len(words) <= len(role) + 3 and lowered[-1] in self.rules.org_words:
                office = role[-1].rstrip(".")  # a holder's title or given name: "Queen Elizabeth Hospital" is named
                if office in ROYAL_TITLES or office in titles() or given(words[len(role)].text, self.lower_words):
                    role = None  # after a holder; "Embattled Harbour Trust" after none
            if role and len(role) < len(words):
                words, first, changed = words[len(role) :], False, True
            elif self._drop_first(words, lowered, first):
                words, first, changed = words[1:], False, True
            elif (
                lowered[-1] in self.rules.strip
                and len(words) > 1
                and not self._keeps_weekday(words, lowered)
                and not self._spelt(words[-1])
            ):
                if self._stub(words, lowered):
                    return []  # "the Black Friday weekend": "Black" is no name the article uses
                words, changed = words[:-1], True
            while words and not words[0].capitalised:
                words, changed = words[1:], True
            while words and not words[-1].capitalised:
                words, changed = words[:-1], True
        return words

    def _ends(self, words: list[Token], thing: bool = False) -> list[Token]:
        """The name without what follows its end (`digest.chain.ends`); a ``thing``'s (after "the") keeps letters."""
        words = ends.parent(ends.stop(words, self.common_noun), self.rules.org_words)
        words = ends.job_after(ends.hometown(words, self.person_like), self.named_alone)
        person = [t for t in words[:-1] if t.text not in NAME_PARTICLES]  # "Ann van der Roe SC"
        return words[:-1] if not thing and ends.post_nominal(words) and self.person_like(person) else words

    def _keeps_initial(self, words: list[Token]) -> bool:
        """Whether a one-word span at the start of a sentence is a name."""
        word = words[0].text
        camel = _CAMEL.search(word) is not None  # "OpenAI's Sam Altman ...": a capital inside a word is a name's
        return camel or word.casefold() in self.name_edges or self.known(word)
