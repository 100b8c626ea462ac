"""Word-level evidence for name finding: what a capital letter does not make a name.

- compound adjectives and contractions: `digest.chain.hyphens`;
- a line in Title Case without a full stop (a subheading, a list item, a caption
  label: "Less Money For Teachers") capitalises every word, so its capitals say
  nothing: names found only there are not trusted (`is_heading`);
- titles and jobs in front of a person's name come from site_config's ``roles``
  and from nameparser's list of titles (about 800: "attorney", "singer", "envoy");
- legal forms at the end of a company's name go ("Boeing Co" -> "Boeing");
- a police or fire department abbreviated after its city is written out ("Fort Worth P.D.");
- what the whole article says about its words: pairs of capitalised words, its lower-case
  text, and words it writes only joined by "and" ("Customs and Border Protection").

>>> without_legal_form("SoftBank Group Corp"), without_legal_form("Walt Disney Co."), without_legal_form("Co")
('SoftBank Group', 'Walt Disney', 'Co')
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from nameparser.config import CONSTANTS

from digest.chain.gazetteer import place_kind
from digest.chain.hyphens import BREAK, compounds
from digest.text.tokens import Token, initial, tokenize

_LEGAL_FORM = re.compile(
    r"\s+(?:Cos?\.?|Corp\.?|Inc\.?|Ltd\.?|Limited|LLC|LLP|L\.L\.C\.|plc|Plc|PLC|SE|AG|S\.A\.|SA|N\.V\.|NV|B\.V\.|BV"
    r"|GmbH|Pty|AB|ASA|Oyj|SpA|S\.p\.A\.?|Bhd|Berhad)$"
)
# fmt: off
OCCASIONS = frozenset({"day", "week", "month", "year", "decade", "summit", "forum", "declaration", "convention",
                       "charter", "treaty", "covenant", "protocol", "accord", "act"})
# fmt: on
"""Names that take "of", "for", "on" as an organisation's do ("World Day for Peace", "Convention on Human Rights")."""
PEERAGES = frozenset({
    "duke", "duchess", "earl", "countess", "marquess", "marchioness", "viscount", "viscountess", "baron", "baroness",
    "prince", "princess",
})  # fmt: skip
"""Titles of nobility held "of" a place: the title and its place name one person ("Duke of Edinburgh")."""
DEPARTMENTS = frozenset({
    "research", "communications", "staff", "opposition", "policy", "operations", "security", "finance", "marketing",
    "sales", "strategy", "news", "sport", "sports", "content", "engineering", "design", "product", "programming",
    "development", "investigations", "government", "delegation", "mission", "department",
})  # fmt: skip
"""What the "of" of a headship names when it is the job's, not an organisation ("Head of Research", "Leader of the
Opposition"; not "Head of Interpol")."""
LAWS = frozenset({
    "act", "bill", "amendment", "code", "treaty", "convention", "accord", "protocol", "charter", "statute",
    "ordinance", "directive", "regulations", "agreement", "law", "clause",
})  # fmt: skip
"""Nouns ending a law's or a treaty's name ("the Pension Stabilisation Act", "the Paris Agreement")."""
PRIZES = frozenset({"award", "awards", "prize", "prizes", "medal", "medals", "trophy"})
"""Words for a prize: the category after "for" is no part of its name ("Academy Award for Best Actress")."""
STREETS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane", "highway"})
"""A street's last word ("Harmon Road", "17th Street")."""
AGENT_ENDINGS = ("er", "ist", "ian", "ent", "member")
"""How an occupation or a part someone plays ends when it opens a sentence ("Blogger", "Activist", "Comedian",
"Parent", "Councilmember"); not a rank of a name ("General Motors", "Major League") nor "Doctor Who"."""
IMPERATIVES = frozenset({
    "follow", "contact", "email", "e-mail", "subscribe", "join", "visit", "listen", "watch", "get", "buy", "read",
    "download", "click", "order", "shop", "donate", "discover", "explore", "register", "try", "tour", "stay", "meet",
    "learn", "find", "see", "grab", "enjoy", "skip", "hike", "taste", "print", "share",
})  # fmt: skip
"""Verbs a page opens a sentence with to address its reader, before a name."""
PARTICIPLES = frozenset({"born", "named", "dubbed", "nicknamed", "renamed", "christened"})
"""Participles a sentence opens on before a name ("Born Robert Burns in 1941, he ...")."""
HEADSHIPS = frozenset({"head", "chief", "lead", "leader"})
"""Nouns that name a job only with "of" after them ("Head of Research"); no role word alone."""
SCIENTIST = ("ologist", "ologists")
"""How a scientist's job ends ("Virologist Ann Roe"), beside nameparser's titles."""
STYLES = frozenset({"His", "Her", "Their", "Your"})
"""Possessives capitalised mid-sentence: the start of a style of address ("Her Majesty", "Your Honor")."""
NUMBER_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
"""Numbers written out: the end of a name ("World War Two"), never of a person's."""
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Generational suffixes: after one, a single capital before the surname is a middle initial ("John F. Roe Jr.")."""
GENERATIONS = SUFFIXES | {"jr.", "sr."}
"""The same suffixes as written, a dot or not ("John Roe Jr."): part of the name before them, never the start of one."""
UNITS = frozenset({"division", "unit", "section", "branch", "squad", "command"})
"""Last words of a unit inside an organisation."""
MIN_HEADING_WORDS = 2
MAX_HEADING_WORDS = 20
HEADING_CAPITALS = 0.6
_TERMINAL = re.compile(r"[.!?][\"”’')\]]*$")

ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "pope", "duke", "duchess", "emperor", "empress"})
"""Titles that stay with a single name: "Prince Andrew" is how the man is named."""
# fmt: off
PLACE_PREFIXES = frozenset([
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "inner", "outer",
    "upper", "lower", "greater", "new", "old", "little", "great", "grand", "san", "santa", "saint", "st", "fort",
    "port", "mount", "lake", "cape",
])
# fmt: on
"""First words of place names ("Inner Mongolia", "Fort Worth"): never dropped as a sentence's opener."""


PERIODS = frozenset({"Year", "Season", "Decade", "Month", "Match", "Tournament", "Series", "Century"})
"""What a title is "of the" ("Player of the Year", "Goal of the Season", "Man of the Match", "Trial of the
Century"): one title, and no entity an editor tags (`digest.chain.spans`, `digest.chain.junk`)."""

def is_heading(sentence: str, tokens: Sequence[Token], function_words: frozenset[str]) -> bool:
    """A line in Title Case without a full stop: a subheading, a list item, a label."""
    if _TERMINAL.search(sentence.rstrip()):
        return False
    words = [t for t in tokens if t.word and t.text.casefold() not in function_words]
    if not MIN_HEADING_WORDS <= len(words) <= MAX_HEADING_WORDS:
        return False
    return sum(t.capitalised for t in words) >= HEADING_CAPITALS * len(words)


_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ent|ant|man|woman|ess|ee|ey|oy)$")


@functools.cache
def titles() -> frozenset[str]:
    """nameparser's titles that name a job or rank ("attorney", "singer", "envoy"), casefolded.

    Its list also holds words such as "theatre", "police" or "first", which end many
    organisations' names: only words shaped like a job (an agent noun) are kept.
    """
    found = (t.casefold().rstrip(".") for t in CONSTANTS.titles)
    return frozenset(t for t in found if " " not in t and _AGENT_NOUN.search(t))


_LEGAL_WORDS = frozenset({"co", "corp", "corporation", "inc", "ltd", "limited", "llc", "l.l.c", "plc", "se", "ag"})
_LEGAL_WORDS |= {"s.a", "sa", "n.v", "nv", "b.v", "bv", "gmbh", "pty", "llp", "ab", "asa", "oyj", "spa", "s.p.a", "bhd"}
_LEGAL_WORDS |= {"berhad", "cos"}
_BARE_LEGAL_FORMS = frozenset({"co", "cos", "corp", "inc", "ltd", "llc", "plc", "gmbh", "llp", "pty", "bhd"})
"""Legal forms that are never a name alone (not "SA", "AG", "AB": a place's or an office's abbreviation too)."""


@functools.lru_cache(maxsize=4)
def job_words(roles: frozenset[str]) -> frozenset[str]:
    """The configured roles and nameparser's titles, built once."""
    return roles | titles()


def is_job(word: str, jobs: frozenset[str]) -> bool:
    """Whether a word is one of ``jobs``, or a job and a word joined to it by a hyphen ("Commissioner-General",
    "Inspector-General", "President-elect").

    >>> is_job("Commissioner-General", frozenset({"commissioner"})), is_job("Co-founder", frozenset({"founder"}))
    (True, False)
    """
    key = word.casefold().rstrip(".")
    return key in jobs or ("-" in key and key.split("-", 1)[0] in jobs)


def legal_form(name: str) -> bool:
    """Whether a name is only a legal form ("Co." of "Eli Lilly and Co.", split at its "and")."""
    return " " not in name and name.rstrip(".").casefold() in _BARE_LEGAL_FORMS


YEAR_PATTERN = r"(?:1[89]|20)\d\d"
"""A year of the last two centuries ("1998", "2026"), as numbers in names and dates write it."""
YEAR = re.compile(YEAR_PATTERN)

CLUB_FORMS = frozenset({"fc", "afc", "cf", "cfc", "sc"})
"""A sports club's form after its name ("Kitakyushu Sea Eagles FC"): the name without it is the club's too."""


def ends_in_legal_form(name: str) -> bool:
    """Whether a name of several words ends in a company's legal form, in any case ("hanbit semiconductor co.")."""
    return " " in name and name.rsplit(" ", 1)[-1].rstrip(".").casefold() in _LEGAL_WORDS


def without_legal_form(name: str) -> str:
    """A company's name without its legal form; a name that is only a legal form is left alone."""
    if not ends_in_legal_form(name):
        return name
    stripped = _LEGAL_FORM.sub("", name)
    if stripped.endswith((" &", " and")):
        return name  # "Tiffany & Co.": the legal form is written as the partners' name, it stays
    return stripped or name


_DEPARTMENTS = {"pd": "Police Department", "fd": "Fire Department"}
"""A city's police or fire department abbreviated after its name ("Fort Worth P.D.")."""


def written_out(name: str) -> str:
    """A name ending in an abbreviated department with it written out ("Fort Worth P.D." -> "Fort Worth Police
    Department"); any other name as it is."""
    head, _, last = name.rpartition(" ")
    unit = _DEPARTMENTS.get(last.replace(".", "").casefold()) if head and last.isupper() else None
    return f"{head} {unit}" if unit else name


def tokens_of(text: str) -> list[Token]:
    return compounds(tokenize(text))


def joined_pairs(sentences: Sequence[list[Token]]) -> frozenset[tuple[str, str]]:
    """A word and the first of two or more capitalised words after "and" (or the first one after "of", "for", "of the"
    or "for the"), joined into one name when the article writes both only in that phrase, and it at least twice
    ("Customs and Border Protection", never "Customs" or "Border" alone mid-sentence; "Game of Thrones", "Bread for
    the World"); a known place on either side is a name of its own."""
    capitalised = Counter(
        t.text for tokens in sentences for k, t in enumerate(tokens) if t.capitalised and not initial(tokens, k)
    )
    phrases: Counter[tuple[str, str]] = Counter(
        (tokens[k - 1].text, tokens[k + 1].text)
        for tokens in sentences
        for k in range(1, len(tokens) - 2)
        if tokens[k].text == "and"
        and tokens[k - 1].capitalised
        and not initial(tokens, k - 1)
        and tokens[k + 1].capitalised
        and tokens[k + 2].capitalised
    )
    for tokens in sentences:  # "Game of Thrones", "Lord of the Rings", "Bread for the World": "of", "for", "the"
        for k in range(1, len(tokens) - 1):
            after = k + 2 if tokens[k + 1].text == "the" and k + 2 < len(tokens) else k + 1
            if tokens[k].text in {"of", "for"} and tokens[k - 1].capitalised and tokens[after].capitalised:
                phrases[tokens[k - 1].text, tokens[after].text] += 1
    return frozenset(
        (left, right)
        for (left, right), count in phrases.items()
        if count >= MIN_JOINED
        and capitalised[left] == count == capitalised[right]
        and place_kind(left) is None
        and place_kind(right) is None
    )


MIN_JOINED = 2


def capitalised_pairs(sentences: Sequence[Sequence[Token]]) -> Counter[str]:
    """Two capitalised words in a row, casefolded, counted ("black friday": 3)."""
    return Counter(
        f"{a.text} {b.text}".casefold()
        for tokens in sentences
        for a, b in pairwise(tokens)
        if a.capitalised and b.capitalised
    )


def lower_text(sentences: Sequence[Sequence[Token]]) -> str:
    """The article's lower-case words, casefolded, each run between spaces and "|" for any other token,
    so that `` meal plans `` is found only where the article writes the phrase in lower case."""
    return " ".join(" ".join(t.text.casefold() if t.lower else "|" for t in tokens) + " |" for tokens in sentences)


MIN_SHOUTED = 4


def shouted_words(sentences: list[list[Token]]) -> list[list[Token]]:
    """Demote a word in capitals that the article also writes in lower case ("A HUNTER who ... the
    hunter"): emphasis, not an acronym. Short ones stay ("US" beside "us")."""
    lower = {t.text for tokens in sentences for t in tokens if t.lower}
    return [
        [
            t._replace(capitalised=False, capitals=False)
            if t.capitals and len(t.text) >= MIN_SHOUTED and t.text.lower() in lower
            else t
            for t in tokens
        ]
        for tokens in sentences
    ]


_GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")
"""Where a word ends and a capitalised one starts with no space: "OmarIlhan", "SoftBank"."""


def unglued(sentences: list[list[Token]]) -> list[list[Token]]:
    """Split words glued without a space where each part is a word the article writes on its own (link texts run
    together: "Ilhan OmarIlhan OmarHillicon Valley" beside "Omar" and "Hillicon Valley"), or glued to two different
    words ("Ocasio-CortezAlexandria", "Ocasio-CortezSanders"); a brand written in one word stays ("SoftBank",
    "PlayStation": its parts are never written alone)."""
    glued = [t.text for tokens in sentences for t in tokens if t.capitalised and _GLUE.search(t.text)]
    if not glued:
        return sentences  # most articles
    alone = {t.text for tokens in sentences for t in tokens if t.capitalised}
    alone |= {p for p, n in Counter(p for g in set(glued) for p in _GLUE.split(g)).items() if n > 1}  # glued twice
    out: list[list[Token]] = []
    for tokens in sentences:
        fixed: list[Token] = []
        for token in tokens:
            parts = _GLUE.split(token.text) if token.capitalised and not token.capitals else [token.text]
            if len(parts) > 1 and all(p in alone for p in parts):
                for k, part in enumerate(parts):
                    last = k == len(parts) - 1
                    fixed += [token._replace(text=part, possessive=token.possessive and last)]
                    fixed += [] if last else [BREAK]
            else:
                fixed.append(token)
        out.append(fixed)
    return out
