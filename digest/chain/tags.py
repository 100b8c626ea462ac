"""Tags: the people, places and organisations an article is about, most salient first.

Mentions from `digest.chain.entities` are grouped into entities by `digest.chain.names`
(aliases, acronyms, short forms). Salience is the weighted count of mentions
(the title counts most, then the lead; a demonym counts half for its country; the head of an organisation the
article is about gains one, `digest.chain.leaders`; the place the story was filed from counts one, ``filed``),
with ties broken by first appearance, then by name. Junk never becomes a tag
(`digest.chain.junk`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from digest.chain import junk as j
from digest.chain.aliases import clipped
from digest.chain.categories import stated_names
from digest.chain.entities import Extractor
from digest.chain.forms import described, umbrella
from digest.chain.gazetteer import ascii_fold, function_words, place_kind
from digest.chain.halves import halves
from digest.chain.initials import common_acronyms, kinds_written_in_capitals, spells
from digest.chain.kin import spouses_unbracketed
from digest.chain.labels import box_labels_cut, unlabelled
from digest.chain.leaders import HEAD_WEIGHT, led
from digest.chain.models import product_lines
from digest.chain.names import group_names
from digest.chain.spellings import skeleton
from digest.chain.titled import boost_from_title
from digest.chain.turns import titled_turns
from digest.chain.variantlabels import variant_labels
from digest.chain.wording import HEADSHIPS, OCCASIONS, ROYAL_TITLES, ends_in_legal_form, job_words, without_legal_form
from digest.chain.worktitles import quoter
from digest.config import EntityRules
from digest.text.prefilter import Screened
from digest.text.sentences import Sentence, at_name_ends
from digest.text.tokens import tokenize

PARAGRAPH_WEIGHTS = (2.0, 1.5)
_MODEL = re.compile(r"\d")
STATED_WEIGHT = 2.0
"""What a category the page states adds to an entity the text names."""
_CREDIT_LINE = Screened(  # the regex runs only on the sentences that hold one of its words
    re.compile(
        r"^\W*(?:(?:additional |with )?reporting by|(?:editing|edited|writing|written|compiled|produced) by)\b"
        r"|\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting)\b",
        re.IGNORECASE,
    )
)
"""A line crediting the article's own staff ("(Reporting by ...; Editing by ...)", "... contributed to this
report"): the people it names wrote the article, it is not about them."""


@dataclass(slots=True)
class _Entity:
    forms: dict[str, int] = field(default_factory=dict)
    """Canonical form -> mention count (not counting the start of a model's name, "Series" in "Series 3")."""
    surfaces: set[str] = field(default_factory=set)
    """Every form as written in the text."""
    score: float = 0.0
    first: int = 1 << 30
    canonical: str | None = None
    direct: bool = False
    """Named at least once, not only through a demonym ("Swiss" alone does not make Switzerland a tag)."""
    unnumbered: bool = False
    """Named at least once without a number before it (only "737 Max" makes "Max" no name of its own)."""
    titled: bool = False
    """Named in the title."""


def _weight(paragraph: int) -> float:
    return PARAGRAPH_WEIGHTS[paragraph] if paragraph < len(PARAGRAPH_WEIGHTS) else 1.0


def _display(
    entity: _Entity,
    org_words: frozenset[str] = frozenset(),
    common: Callable[[str], bool] = bool,
    place_words: frozenset[str] = frozenset(),
    things: frozenset[str] = frozenset(),
) -> str:
    """The alias table's name; else the most used form, or the full name it is short for, unless the article
    uses the start of a longer name more often than the whole (`digest.chain.forms.umbrella`), or the longer
    name is the start and common nouns after "the" (`digest.chain.forms.described`; ``things``: the forms
    written after "the"). Capitals that spell none of the entity's forms are a code it is given (a ticker:
    "Tarvo Holdings (TRVH)"), never the name shown when it has a name of words with the same first letter, written as
    often (another is a part of the name the capitals stand for: "People's Party" of "CHP")."""
    if entity.canonical:
        return entity.canonical
    top = max(entity.forms, key=lambda f: (entity.forms[f], f.isupper(), not _MODEL.search(f), len(f), f))
    if top in things and (
        short := [
            f for f in entity.forms if top.startswith(f + " ") and described(f, top, entity.forms, org_words, common)
        ]
    ):
        return min(short, key=len)  # "Flos" as often as "Flos Showroom"
    if " " in top and (fuller := [f for f in entity.forms if clipped(top, f)]):
        return max(fuller, key=lambda f: (len(f), f))  # "Cal Fire": the name it clips
    title, _, bare = top.partition(" ")
    if title.casefold() in ROYAL_TITLES and " " not in bare:  # "Princess Ann" beside "Ann Beth Roe"
        full_names = [f for f in entity.forms if f.startswith(bare + " ")]
        if full_names:
            return max(full_names, key=lambda f: (entity.forms[f], len(f), f))
    same = [
        f
        for f in entity.forms
        if f != top and ascii_fold(f) == ascii_fold(top) and entity.forms[f] == entity.forms[top]
    ]
    if place_kind(top) != "country" and (known := [f for f in same if place_kind(f) == "country"]):
        top = known[0]  # "Mexico" beside "México" as often: the country as the gazetteer writes it
    word = f" {ascii_fold(top).casefold()} "
    longer = [
        f
        for f in entity.forms
        if (f.startswith(top + " ") and not _MODEL.search(f[len(top) :]))
        or (
            not f.startswith(top + " ")
            and word != f" {ascii_fold(f).casefold()} "
            and word in f" {ascii_fold(f).casefold()} "
        )
        or (" " not in top and " " in f and skeleton(top) is not None and skeleton(f.split()[-1]) == skeleton(top))
    ]  # a later or inner word of it (folded: "Ozdemir"), not only its accents ("Pena" beside "Peña"); not a model
    # of the maker ("Airbus" beside "Airbus A350-900"), or the full name of a surname spelt another way
    if longer:
        full = max(longer, key=lambda f: (ends_in_legal_form(f), entity.forms[f], len(f), f))  # a company as written
        if fuller := [f for f in longer if f.endswith(" " + full)]:  # "Ahmed El Gizawy", not "El Gizawy"
            full = max(fuller, key=lambda f: (entity.forms[f], len(f), f))
        return top if umbrella(top, full, entity.forms, org_words, common) else full
    if " " not in top:  # an acronym, also in Title Case ("BoM", "Nasa"): the expansion the article spells out,
        spelled = [f for f in entity.forms if " " in f and spells(top.upper(), f, place_words)]  # or the name it
        spelled = spelled or [  # shortens ("Hawu"), not a model of it ("Airbus A350")
            f for f in entity.forms if " " in f and not top.isupper() and not f.startswith(top) and not _MODEL.search(f)
        ]
        if (
            not spelled
            and top.isupper()
            and (words := [f for f in entity.forms if " " in f and f[0] == top[0] and f.upper() != f])
            and max(entity.forms[f] for f in words) >= entity.forms[top]
        ):
            named = [f for f in words if not _MODEL.search(f)] or words  # "TRVH" spells no form: a ticker
            return max(named, key=lambda f: (entity.forms[f], len(f), f))
        return max(spelled, key=lambda f: (entity.forms[f], len(f), f)) if spelled else top
    return top


@dataclass(frozen=True, slots=True)
class Ranked:
    """One entity of an article as ranked: its display name, salience and number of mentions."""

    name: str
    score: float
    mentions: int


def extract_tags(
    title: str,
    sentences: Sequence[Sentence],
    rules: EntityRules,
    exclude: Iterable[str] = (),
    limit: int | None = None,
    *,
    stated: Sequence[str] = (),
    works: Sequence[str] = (),
    filed: Sequence[str] = (),
) -> tuple[str, ...]:
    """The display names of the article's entities, most salient first, at most ``limit``."""
    ranked = rank(title, sentences, rules, exclude, stated=stated, works=works, filed=filed)
    return tuple(r.name for r in ranked[: limit or rules.max_tags])


def rank(
    title: str,
    sentences: Sequence[Sentence],
    rules: EntityRules,
    exclude: Iterable[str] = (),
    *,
    stated: Sequence[str] = (),
    works: Sequence[str] = (),
    filed: Sequence[str] = (),
) -> list[Ranked]:
    """Every entity of an article, most salient first.

    ``stated`` are names the input states (categories, keywords): each adds to the entity the
    text names that way, and is never a tag by itself. ``works`` are titles the input marks (each read whole).
    ``filed``: the places the story was filed from (its dateline's), a mention each (`digest.chain.entities`).
    When the prose names nothing (a teaser, a listing), the names of the title and of the Title Case lines are the
    entities.
    """
    texts = [s.text for s in sentences]  # "lithium iron phosphate (LFP)", "a QR code": things, no entities
    common = common_acronyms(texts) | kinds_written_in_capitals(texts, rules.aliases)
    labels = variant_labels(texts, rules.colours)  # "in Matte Black", "the Firm version"
    excluded = frozenset(e.casefold() for e in (*exclude, *common, *labels))
    quote = quoter(title, works)
    sentences = [replace(s, text=quote(unlabelled(s.text))) for s in sentences if not _CREDIT_LINE.search(s.text)]
    sentences = [replace(s, text=spouses_unbracketed(s.text)) for s in box_labels_cut(sentences)]
    sentences = at_name_ends(titled_turns(sentences), rules.org_words | rules.place_words | OCCASIONS)
    found = _rank(title, sentences, rules, excluded, stated, filed=filed)
    if found or not title.strip():
        return found
    found = _rank(title, [Sentence(title, 0, 0), *sentences], rules, excluded, stated, filed=filed, headings=True)
    small = function_words()  # a line in Title Case capitalises them too: "So Many Ways to Play"
    return [r for r in found if " " in r.name and r.name.split()[0].casefold() not in small]


def _rank(
    title: str,
    sentences: Sequence[Sentence],
    rules: EntityRules,
    excluded: frozenset[str],
    stated: Sequence[str],
    *,
    filed: Sequence[str],
    headings: bool = False,
) -> list[Ranked]:
    """`rank` on the sentences given; names found only in Title Case lines count when ``headings``."""
    extractor = Extractor(rules, sentences, title, filed)

    def is_junk(name: str) -> bool:  # each verdict is remembered across articles (`digest.chain.junk`)
        return j.is_junk(name, rules, excluded)

    mentions = [m for m in extractor.mentions() if not is_junk(m.text)]
    prose = {m.text.casefold() for m in mentions if not m.heading}
    lines = {s.text.rsplit(": ", 1)[-1].strip().casefold() for s in sentences}  # "Runner-Up: Orsk Velo 250"
    prose |= product_lines((m.text, m.heading, m.model) for m in mentions if m.text.casefold() in lines or m.model)
    mentions = [m for m in mentions if headings or not m.heading or m.text.casefold() in prose]
    groups, canonical_of, plurals = group_names(mentions, extractor.acronym_pairs, rules, extractor.evidence.alone)
    entities: dict[str, _Entity] = defaultdict(_Entity)
    for m in mentions:
        key = m.text.casefold()
        if key in plurals:
            continue
        entity = entities[groups.find(key)]
        form = canonical_of[key]
        if not m.model:  # "Series 3": the start of a model's name counts, but is no form to show
            entity.forms[form] = entity.forms.get(form, 0) + 1
        entity.surfaces.add(m.text)
        entity.score += _weight(m.paragraph) * m.weight
        entity.first = min(entity.first, m.position)
        entity.direct = entity.direct or m.weight >= 1.0
        entity.unnumbered = entity.unnumbered or not m.numbered
        if form != m.text and form.casefold() in rules.aliases:
            entity.canonical = form
    for e in entities.values():  # "The Wrap" and "Wrap" (a sentence's first "The" is cut): one form, the bare one
        for form in [f for f in e.forms if f.startswith("The ") and f[4:] in e.forms]:  # if "the Wrap" or used more
            bare = any(f"the {form[4:]}" in s.text for s in sentences) or e.forms[form[4:]] >= e.forms[form]
            e.forms[form[4:] if bare else form] += e.forms.pop(form if bare else form[4:])
    for e in entities.values():  # "Harbour Energy Inc." and "Harbour Energy": one form, the full name as written
        for form in [f for f in e.forms if without_legal_form(f) != f and without_legal_form(f) in e.forms]:
            e.forms[form] += e.forms.pop(without_legal_form(form), 0)  # two forms may share one bare name
    boost_from_title(title, entities.values())
    scores = {key: (e.score, e.titled) for key, e in entities.items()}
    for key in led(extractor, mentions, known=canonical_of, find=groups.find, scores=scores):
        entities[key].score += HEAD_WEIGHT  # "Tornvik chief executive Ann Roe" (`digest.chain.leaders`)
    things = frozenset(canonical_of[m.text.casefold()] for m in mentions if m.determined)
    for name in stated_names(stated):
        if (key := name.casefold()) in canonical_of:
            entities[groups.find(key)].score += STATED_WEIGHT
    ranked = sorted(
        (
            -e.score,
            e.first,
            _display(e, rules.org_words, extractor.evidence.common_noun, rules.place_words, things),
            sum(e.forms.values()),
        )
        for e in entities.values()
        if e.direct and e.unnumbered and e.forms and not _in_passing(e, rules.background)
    )
    capitals = Counter(t.text for tokens in extractor.sentences for t in tokens if t.capitals)
    words = frozenset(w for key in canonical_of for w in key.split())
    adjectives = j.adjectives(extractor.sentences)
    split = halves(extractor.sentences, job_words(rules.role_words) | HEADSHIPS, rules.demonyms)  # "Call of Duty"
    titled = {t.text for t in tokenize(title)}
    names: dict[str, Ranked] = {}
    for score, _first, name, count in ranked:
        if (
            name not in names
            and not is_junk(name)
            and not j.pairing(name, canonical_of)
            and not j.folk(name, canonical_of)
            and not j.cut_acronym(name, capitals)
            and not j.misspelt(name, count, words)
            and not (count == 1 and name in adjectives and place_kind(name) is None)
            and not (split[name] >= count and name not in titled and place_kind(name) is None)
        ):
            names[name] = Ranked(name, -score, count)
    return list(names.values())


def _in_passing(entity: _Entity, background: frozenset[str]) -> bool:
    """A name of the background (``background``) named once, not in the title: mentioned in passing."""
    return (
        entity.titled is False
        and sum(entity.forms.values()) < 2
        and all(f.casefold() in background for f in entity.forms)
    )
