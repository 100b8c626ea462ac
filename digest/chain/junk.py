"""What never becomes a tag, whatever its salience (see `digest.chain.tags`).

Ignored words, agencies, the publisher, demonyms and demonyms joined ("North American"), role words and nameparser's
titles, generic heads and languages on their own ("MP", "Treasurer", "Street", "Hindi"), jobs ("Deputy Director",
"Member of Parliament", a configured role alone: "Secretary of State"; not "Kevin King"), plural acronyms and brands
("MPs", "iPhones"), single letters, initials and Roman numerals, grades ("Series B", "Phase 3"), ordinals, numbers
and codes ("N23", "SAVE200"), a politician's party and state ("D-Minn"), degrees ("Ph.D", "PhD"), phrases in Title
Case ("Rest In Peace", "Didn't Like"), identifiers from links, words glued in a row of buttons ("ShareFacebookX");
two names hyphenated ("U.S.-Mexico"); people named after a name ("Delhiites") or after what they love or fear
("Anglophiles"); the start of a longer acronym quoted alone ("COVI"); a slip of the keyboard ("Chriac"); an adjective
capitalised between lower-case words, named once ("his Constitutional duties").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from digest.chain.gazetteer import languages, place_kind
from digest.chain.wording import IMPERATIVES, NUMBER_WORDS, PERIODS, titles
from digest.config import EntityRules
from digest.text.tokens import Token

_HAS_LETTER = re.compile(r"[^\W\d_]")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s|[a-z]{1,2}[A-Z][a-z]+s")
"""A plural acronym or brand: members or things ("MPs", "iPhones"), not a name."""
_CODE = re.compile(r"(?:[A-Z]|[A-Z]{2}(?=[a-z]))[a-z]{0,2}\d[\d.,]*")
"""A capital, maybe a small letter or two, and digits: an amount in a currency ("N23", naira; "Sh38", shillings;
"Rs500"; a country's letter first: "KSh900", "NRs500") or a code, not a name."""
_MONEY = re.compile(
    r"[A-Z]{1,3}[a-z]{0,2}\d[\d,]*(?:\.\d+)?(?:bn|mn|m|k|tn|b|cr|-(?:billion|million|trillion))|[A-Z]{2,3}\d[\d,]*\.\d+"
)
"""A currency's letters and an amount with its magnitude or decimals ("R1.2bn", "RM14.6", "KSh2.5m", "R4-billion"):
money, not a name (no road's nor model's code has a magnitude or decimals: "A39", "G20")."""
_COUPON = re.compile(r"[A-Z]{4,}\d{2,}")
"""Four capitals or more and digits in one word: a discount code or a registry number ("SAVE200"), not a name."""
_AFFILIATION = re.compile(r"[DRI]-[A-Z][\w.]*")
"""A US politician's party and state ("D-Minn", "R-W.Va."), not a name."""
_OF_PERIODS = tuple(f" of the {period}" for period in sorted(PERIODS))
"""A title "of the Year" ("PFA Player of the Year", "Man of the Match"): an honour's generic title, no entity."""
_INITIAL = re.compile(r"[A-Z]\.")
"""One letter and a period: an initial standing for a name ("Y. pestis"), not a name."""
_ROMAN = re.compile(r"[IVX]{2,5}")
"""A Roman numeral alone: the second of two numbered names written once ("World War I and II"), not a name."""
_DOTTED_SHORT = re.compile(r"(?=\S*[a-z])[A-Z][a-z]{0,2}(?:\.[A-Z][a-z]{0,2})+\.?")
"""Short parts joined by periods, one in lower case: a degree or an abbreviation ("Ph.D", "M.Sc"), not a name."""
_DEGREE = re.compile(r"(?:Ph|Ed|Psy|D|B|M)(?:D|Sc|Phil|Ed|Eng|Mus|Litt|Arch)")
"""A degree written without periods ("PhD", "MSc", "DPhil")."""
_TITLE_CASE_INNER = re.compile(
    r" (?:In|On|At|Of|The|For|And|To|By|With|From|Is|Are|Was|Were|Has|Have|Had|Not|Its|A|An) "
)
"""A function word capitalised inside a name: a phrase in Title Case ("May he Rest In Peace", a
headline: "Harbour Trust Lost Its Way"), not a name."""
_RANDOM = re.compile(r"(?=[^\s-]*\d)(?=[^\s-]*[a-z])(?=[^\s-]*[A-Z])[^\s-]{8,}")
"""Letters of both cases and digits in one long word without hyphens: an identifier from a link, not a name
(a name of parts joined by hyphens stays: "SARS-CoV-2")."""
_GLUED = re.compile(r"[a-z][A-Z]")
MIN_GLUED = 3
"""Three words or more glued in one ("ShareFacebookXWhatsApp": a row of buttons without spaces), not a name; a
name has two joins at most ("GlaxoSmithKline", "PricewaterhouseCoopers")."""
_ORDINAL_WORD = re.compile(
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|(?:Thir|Four|Fif|Six|Seven"
    r"|Eigh|Nine)teenth|Twentieth)"
)
"""An ordinal alone ("between Fifth and Ninth streets"): a street's number or a rank, not a name."""
_NEGATED = re.compile(r"\b[A-Z][a-z]*n['’]t\b")
"""A negated verb in Title Case ("Didn't Like", "Can't Get Enough"): a label or a line of a list, not a name."""
_GRADED = re.compile(
    r"(?:Series|Class|Type|Phase|Grade|Stage|Tier|Level|Round|Category|Group|Pool|Season|Episode|Chapter|Part|Volume"
    r"|Week|Day|Game|Leg|Heat) (?:[A-H]|\d{1,2}[a-z]?|[IVX]{1,4}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
)
"""A grade or a part of something, not a name ("Series B" of a funding round, "Phase 3", "Category 5", "Class A"
shares, "Season Two", "Game 7")."""
MAX_JOB_WORDS = 3
MIN_CUT_ACRONYM = 3


def is_junk(name: str, rules: EntityRules, excluded: frozenset[str]) -> bool:
    """Whether a name is never a tag: see the module docstring."""
    if name.casefold() in excluded:
        return True
    judged = _judged(rules)
    if (known := judged.get(name)) is None:
        known = judged[name] = _junk(name, rules)
    return known


_REMEMBERED: dict[int, tuple[EntityRules, dict[str, bool]]] = {}
MAX_RULE_SETS, MAX_NAMES = 8, 1 << 16


def _judged(rules: EntityRules) -> dict[str, bool]:
    """Names judged under ``rules`` (by `_junk`, the same in every article): names recur across articles."""
    found = _REMEMBERED.get(id(rules))
    if found is None or found[0] is not rules or len(found[1]) > MAX_NAMES:
        if len(_REMEMBERED) >= MAX_RULE_SETS:
            _REMEMBERED.clear()
        found = _REMEMBERED[id(rules)] = (rules, {})  # holds the rules: their id is not reused meanwhile
    return found[1]


def _junk(name: str, rules: EntityRules) -> bool:
    """`is_junk` but for the article's own exclusions."""
    key = name.casefold()
    single = " " not in name
    return (
        len(name) < 2
        or not _HAS_LETTER.search(name)
        or (key in rules.ignore and not rules.spelt_name(name))
        or (single and key.endswith(".") and key.rstrip(".") in rules.ignore)  # "Sr." beside "Sr"
        or key in rules.agencies
        or key in rules.demonyms
        or _demonym_compound(key, rules)
        or _people_of(key, rules)
        or (single and (key in rules.org_words or key in rules.role_words or key in titles() or key in languages()))
        or (single and key in IMPERATIVES)  # "Buy", "Print": a button's label
        or bool(_PLURAL_ACRONYM.fullmatch(name))
        or (
            bool(_CODE.fullmatch(name) or _COUPON.fullmatch(name) or _MONEY.fullmatch(name))
            and key not in rules.aliases
        )
        or bool(_AFFILIATION.fullmatch(name))
        or bool(_RANDOM.fullmatch(name))
        or any(len(_GLUED.findall(word)) >= MIN_GLUED for word in name.split())
        or bool(_INITIAL.fullmatch(name) or _ROMAN.fullmatch(name))
        or bool(_ORDINAL_WORD.fullmatch(name))
        or (single and key.endswith(_LOVERS))
        or bool(_DOTTED_SHORT.fullmatch(name))
        or bool(_DEGREE.fullmatch(name))
        or (not single and bool(_TITLE_CASE_INNER.search(name)))
        or (not single and bool(_NEGATED.search(name)))
        or (not single and name.endswith(_OF_PERIODS))
        or bool(_GRADED.fullmatch(name))
        or (not single and (_is_job(name, rules) or key in _role_names(rules.roles)))
        or _other_script(name)
    )


def _other_script(name: str) -> bool:
    """A name with letters of another script than the Latin ("Սերժ Սարգսյան"): in an English article, words
    quoted in their own language (the article writes the name it tags in Latin letters)."""
    return not name.isascii() and any(
        c.isalpha() and not c.isascii() and not unicodedata.name(c, "").startswith("LATIN") for c in name
    )


_LOVERS = ("philes", "phobes", "phile", "phobe")
"""People who love or fear what a name names ("Anglophiles", "Francophobe"): no entity."""
_COMPASS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"})


def _demonym_compound(key: str, rules: EntityRules) -> bool:
    """Demonyms joined, maybe after a point of the compass or a number: "Kenyan-American", "North American", "Four
    Afghan" (soldiers), no entity."""
    parts = re.split(r"[\s-]+", key)
    if len(parts) < 2 or not all(p in rules.demonyms or p in _COMPASS or p in NUMBER_WORDS for p in parts):
        return False
    return parts[-1] in rules.demonyms


def _people_of(key: str, rules: EntityRules) -> bool:
    """A word before a nation's people, no place's name: "Young Egyptians", "Ordinary Russians" (not "Montreal
    Canadiens", a team named after its city)."""
    first, _, last = key.partition(" ")
    return " " not in last and last.endswith("s") and last in rules.demonyms and place_kind(first) is None


@functools.lru_cache(maxsize=4)
def _role_names(roles: tuple[str, ...]) -> frozenset[str]:
    """The configured roles, casefolded: "Secretary of State" alone names a job, not its holder."""
    return frozenset(r.casefold() for r in roles)


def _is_job(name: str, rules: EntityRules) -> bool:
    """A job, not someone who holds it: an office after words that qualify it (`_office`), "Deputy Director",
    "Strategy Officer", "Foreign Secretary" (a role word last), "Member of Parliament" (a role word before "of"; not a
    rank: "Duke of Edinburgh" names a man)."""
    words = name.casefold().split()
    jobs = _jobs(rules.role_words, rules.org_words, rules.place_words)
    if _office(words, jobs, rules):
        return name.casefold() not in rules.aliases
    if len(words) > 2 and words[1] == "of" and words[0] in jobs and words[0] not in _RANKS | _KIN:
        return name.casefold() not in rules.aliases
    if len(words) > MAX_JOB_WORDS:
        return False
    if words[-1] in _RANKS and not any(w.rstrip(".") in jobs for w in words[:-1]):
        return False  # a title that only goes before a name ends a surname: "Kevin King", "Carole Bishop"
    if words[-1] in rules.org_words and any(w in rules.demonyms or w in rules.place_words for w in words[:-1]):
        return False  # a body, no job: "Philippine Coast Guard" ("guard" names both)
    return words[-1].rstrip(".") in jobs and name.casefold() not in rules.aliases


def _office(words: list[str], jobs: frozenset[str], rules: EntityRules) -> bool:
    """A configured role, or its plural, after words that only qualify it (jobs, organisation words, parties,
    demonyms, numbers): "Republican Senate Majority Leader", "Two Democratic Representatives", "Prime Ministers";
    not "Republican National Committee" (a body), nor one plural word ("Chiefs", "Senators": teams)."""
    qualifiers = (jobs, rules.org_words, rules.demonyms, rules.ignore, NUMBER_WORDS)
    k = 0
    while k < len(words) - 1 and any(words[k] in q for q in qualifiers):
        k += 1
    rest = " ".join(words[k:])
    roles = _role_names(rules.roles)
    plural = len(words) > 1 and rest.endswith("s") and rest[:-1] in roles and rest not in rules.ignore  # "Democrats"
    return (k > 0 and rest in roles) or plural


_RANKS = frozenset({"king", "queen", "prince", "princess", "pope", "bishop", "duke", "lord", "knight"})
"""Titles written before a name ("King Charles"), never after a qualifier as a job: last, they end a surname."""
_KIN = frozenset({"father", "mother", "brother", "sister"})
"""Words for kin that are also titles: "Sisters of Mercy" is an order, no job."""


@functools.lru_cache(maxsize=4)
def _jobs(roles: frozenset[str], org_words: frozenset[str], place_words: frozenset[str]) -> frozenset[str]:
    """Words for a job: the configured roles, and nameparser's job titles less organisation and place words."""
    return (titles() - org_words - place_words) | roles


def pairing(name: str, known: dict[str, str]) -> bool:
    """Two names the article uses on their own, hyphenated ("U.S.-Mexico" border, a "Browns-Steelers" game)."""
    parts = name.split("-")
    return len(parts) == 2 and " " not in name and all(p.casefold() in known for p in parts)


_FOLK_SUFFIXES = ("ites", "ians", "ies", "ans", "ers", "ists")


def folk(name: str, known: dict[str, str]) -> bool:
    """People named after a name the article uses, or after the end of one: residents, fans, followers
    ("Delhiites" beside "Delhi", "Swifties" beside "Taylor Swift"); and what a known place or a name the article
    uses becomes ("Belfastisation")."""
    if " " in name or not name[:1].isupper():
        return False
    key = name.casefold()
    bases = [key[: -len(s)] for s in _FOLK_SUFFIXES if key.endswith(s) and len(key) > len(s) + 2]
    if any(base in known or any(k.endswith(" " + base) for k in known) for base in bases):
        return True
    base = next((key[: -len(s)] for s in _BECOMING if key.endswith(s) and len(key) > len(s) + 2), "")
    return bool(base) and (base in known or place_kind(base) is not None)


_BECOMING = ("isation", "ization")
"""What a place or a name becomes ("Belfastisation", "Balkanization"): a process, no entity."""


def cut_acronym(name: str, capitals: Counter[str]) -> bool:
    """An acronym that starts a longer one the article writes more often, a letter after it: a part of that
    name quoted on its own ("COVI" of "COVID-19"), not a name."""
    if " " in name or not name.isupper() or len(name) < MIN_CUT_ACRONYM:
        return False
    return any(
        len(other) > len(name) and other.startswith(name) and other[len(name)].isalpha() and count > capitals[name]
        for other, count in capitals.items()
    )


MIN_TYPO_LETTERS = 5


def misspelt(name: str, count: int, words: frozenset[str]) -> bool:
    """A one-word name written once with two letters swapped from a word of the names the article uses
    (``words``, casefolded: "Chriac" beside "Jacques Chirac"): a slip of the keyboard, no name of its own."""
    key = name.casefold()
    if " " in name or count > 1 or len(key) < MIN_TYPO_LETTERS:
        return False
    return any(len(w) == len(key) and w != key and _swapped(key, w) for w in words)


def _swapped(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring letters swapped."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_ADJECTIVE = re.compile(r"[A-Z][a-z]{3,}(?:al|ive|ous|ful|ic)")
"""How an English adjective ends ("Constitutional", "Massive", "Historic")."""


def adjectives(sentences: Iterable[list[Token]]) -> frozenset[str]:
    """Capitalised words shaped like an adjective, between lower-case words ("his Constitutional duties"):
    emphasis on a word, not a name."""
    return frozenset(
        tokens[k].text
        for tokens in sentences
        for k in range(1, len(tokens) - 1)
        if tokens[k - 1].lower and tokens[k + 1].lower and _ADJECTIVE.fullmatch(tokens[k].text)
    )
