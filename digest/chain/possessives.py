"""Possessives in a run of capitalised words (for `digest.chain.spans`): where one starts a name ("People's
Liberation Army", "Sheriff's Department", "Rosie's Diner", "International Workers' Day", a day named after a word
the article writes only so: "International Work's Day"), where it ends one that is written only in the possessive
("Macy's and Sears", "McDonald's said"), and the nouns named after a person in it ("Alzheimer's disease").
"""

from __future__ import annotations

from digest.chain import groups
from digest.chain.gazetteer import place_kind
from digest.chain.wording import PRIZES, job_words
from digest.config import EntityRules
from digest.text.tokens import Token

_AFTER_A_NAME = frozenset(
    {"and", "or", "said", "says", "has", "have", "had", "is", "was", "will", "would", "plans", "announced", "reported"}
)
"""Words after a name that show a possessive ending it is no owner's: "McDonald's said", "Macy's and Sears"."""
SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste.", "Sts", "Sts."})
_PEOPLE = frozenset({"people", "children", "women", "men"})
_VENUES = frozenset({
    "Diner", "Cafe", "Café", "Pub", "Bar", "Grill", "Kitchen", "Bakery", "Tavern", "Deli", "Pizzeria", "Restaurant",
    "Bistro", "Inn", "Garage", "Hardware", "Salon", "Store", "Shop", "Market", "Farm", "Brewery", "Steakhouse",
    "Mercantile", "Emporium", "Baths", "Pool", "Wharf", "Landing", "Crossing", "Mill", "Orchard", "Bookshop",
})  # fmt: skip
"""Businesses and places named after their owner in the possessive ("Rosie's Diner", "Wylie's Baths")."""
_OFFICE_NAMED = PRIZES | {"cup", "trophy", "day", "birthday"}
"""What is named after an office in its possessive besides its organisation ("Emperor's Cup", "Presidents' Day")."""
_FEASTS = frozenset({"day", "eve"})
"""A day named after someone or something in the possessive ("St Patrick's Day", "Workers' Day")."""
EPONYMOUS = frozenset({"disease", "syndrome", "palsy", "lymphoma", "law", "paradox", "theorem"})
"""Nouns named after a person in the possessive ("Alzheimer's disease", "Moore's law"): the whole is the name."""


def joins(span: list[Token], tokens: list[Token], i: int, plain: frozenset[str], rules: EntityRules) -> bool:
    """Whether a possessive ending ``span`` starts a name with the next word (``tokens[i]``): "People's Liberation
    Army", an office named after its holder's job ("Sheriff's Department", "U.S. Attorney's Office"), a venue named
    after its owner ("Rosie's Diner"). ``plain``: the words the article writes at least once without a possessive."""
    nxt = tokens[i]
    owner = span[-1]
    word = owner.text.casefold()
    if word in _PEOPLE or (_group(owner, nxt, plain, rules) and place_kind(" ".join(t.text for t in span)) is None):
        return True  # not "the United States' Centers for Disease Control": a place's body, the place no part of it
    if len(span) >= 2 and span[-2].text in SAINTS and nxt.capitalised:
        return True  # "St James's University Hospital", "St Joseph's Catholic College": named after a saint
    venue = len(span) == 1 and not owner.apostrophe and (nxt.text in _VENUES or nxt.text[:-1] in _VENUES)  # "Stores"
    if venue and (owner.text not in plain or _last(tokens, i)):
        return True  # "Rosie's Diner", "Pettibone's Diner" beside Rosalind Pettibone; not "Tessaly's Farm Bill"
    if nxt.text.casefold() in _FEASTS and owner.text not in plain:
        return True  # "International Work's Day", "Midsummer's Eve": a word written only so names the day
    jobs = job_words(rules.role_words)
    named = nxt.text.casefold() in rules.org_words or nxt.text.casefold() in _OFFICE_NAMED
    return word in jobs and nxt.capitalised and named  # "Sheriff's Department", "Emperor's Cup"


def _last(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` ends a run of capitalised words: a venue's word that opens another name ("Farm Bill")
    names no venue."""
    return i + 1 >= len(tokens) or not tokens[i + 1].capitalised


def _group(owner: Token, nxt: Token, plain: frozenset[str], rules: EntityRules) -> bool:
    """A group's plural possessive before a capitalised word ("International Workers' Day", "Teachers'
    Federation", "Tenants' Associations"); not a family's ("the Kardashians' Los Angeles home": the article names a
    Kardashian)."""
    plural = groups.GROUP_PLURAL.search(owner.text) is not None and owner.capitalised and nxt.capitalised
    head = nxt.text.casefold()
    org = owner.text.endswith("s") and (head in rules.org_words or head.removesuffix("s") in rules.org_words)
    return org or (plural and owner.text[:-1] not in plain)  # "Bishops'"


def name_ends(word: Token, nxt: Token | None, whole: str, plain: frozenset[str]) -> bool:
    """Whether the possessive is part of a name: a word the article only ever writes in the possessive,
    with no noun after it ("Ford, Macy's and Sears", "McDonald's said"; not "Macy's stores"). An editor's square
    brackets after it name the owner, and the noun follows them ("Bibi's [Netanyahu's] government")."""
    if not word.possessive or word.text in plain or word.apostrophe or place_kind(whole) is not None:
        return False  # "neither is Cork's", "overlap with Australia's": a place's season, story, ...
    return nxt is None or (not nxt.word and nxt.text != "[") or nxt.text in _AFTER_A_NAME
