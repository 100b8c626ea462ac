"""Where a span of capitalised words is split into context and names (see `digest.chain.trimming`).

A span is split where context is glued to a name:

- at a role word: "Colorado Gov. Marcus Delahaye" gives "Marcus Delahaye" and, as a
  known place, "Colorado", or as an organisation's name "Portland Police Bureau" (in "Portland Police Bureau Chief
  Bob Day"; a country before its office is no mention: "U.S. Attorney"); roles come
  from site_config's ``roles`` and, when a person's name follows, from nameparser's titles ("U.S.
  Attorney James Kennedy") and a scientist's job ("Virologist Ann Roe");
- before a frequent given name after an organisation's word, a job or a demonym, or any words of a job's unit
  after its "of" ("Fire Department Walter Greer", "Chief of Staff Mara Quell"; `digest.chain.given.holder`);
- after a known place or an abbreviation, when a person the article names on
  their own follows: "Ukraine Kurt Volker" (Volker is named alone elsewhere),
  "Browns DL Sheldon Richardson"; not after a title's initial ("Dr. A. Michael Roe").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.chain import ends
from digest.chain.gazetteer import place_kind
from digest.chain.given import holder, initial_of, middle_name
from digest.chain.wording import GENERATIONS
from digest.text.tokens import Token

if TYPE_CHECKING:
    from digest.chain.trimming import Evidence

LEADS = frozenset({
    "president", "chief", "chair", "chairman", "chairwoman", "chairperson", "ceo", "director", "commissioner", "head",
    "leader", "executive", "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson", "superintendent",
    "administrator", "governor", "chancellor", "provost", "dean",
})  # fmt: skip
"""Jobs that lead or speak for a body: the organisation's name before one is a name of its own ("European
Commission President Ursula von der Leyen"); before another job it is part of the job ("Education Cabinet Secretary",
"U.S. District Judge")."""
OFFICE_PREPOSITIONS = frozenset({"without", "of", "for", "with", "under", "over", "from", "at", "in"})
"""Words that go on with an office capitalised after its role ("Minister Without Portfolio", "Ambassador At Large"): the
whole is a job, and no person's name starts with one (not "to": "President To Lam")."""
MIN_INNER_PERSON_WORDS = 2
MAX_PERSON_WORDS = 5
MAX_CONTEXT_ABBREVIATION = 4


def split(evidence: Evidence, span: list[Token], determined: bool = False, unit: bool = False) -> list[list[Token]]:
    """Split at the last role word, else before a given name after context (`given.holder`; ``unit``: after a job's
    "of"), else after a known place or an abbreviation before a person; not after a city when "the" comes first
    ("the Toronto Maple Leafs": a team; "the United States Donald Trump" splits)."""
    if len(span) < 3 or (ends.post_nominal(span) and evidence.person_like(span[:-1])):
        return [span]  # "Ann Roe PhD" is cut at its end, not at "Ann", a town's name too
    lowered = [t.text.casefold() for t in span]
    for k in range(len(span) - 2, 0, -1):
        role = evidence.role_at(lowered, k, span[k + 1 :])
        if role is None:
            continue
        rest = span[k + len(role) :]
        if not MIN_INNER_PERSON_WORDS <= len(rest) <= MAX_PERSON_WORDS or not rest[0].capitalised:
            continue
        if rest[0].text.casefold() in GENERATIONS:
            continue  # "Martin Luther King Jr. Day": a generation goes with the name before it, no name opens on one
        if rest[0].text.casefold() in OFFICE_PREPOSITIONS:
            continue  # "Deputy Minister Without Portfolio": the office goes on after its role
        if any(t.text.casefold() in evidence.rules.org_words for t in rest):
            continue
        left = span[:k]
        where = text_of(left)
        country = place_kind(evidence.rules.aliases.get(where.casefold(), where)) == "country"  # "U.S. Attorney Roe"
        body = (
            len(left) >= 2
            and left[-1].text.casefold() in evidence.rules.org_words
            and role[-1] in LEADS
            and (place_kind(left[0].text) is not None or left[0].text.casefold() in evidence.rules.demonyms)
        )  # a place's body and its head: "Portland Police Bureau Chief Bob Day"
        office = (evidence.known(where) or body) and not country
        return ([left] if office else []) + [rest]
    if unit and determined and (held := _after_unit(span, evidence)) is not None:
        return held  # "Secretary-General of the Treasury Azran Ismaw": the unit, then its officer
    if (held := holder(span, evidence, unit=unit)) is not None:
        return held  # "Lowell Fire Department Walter Greer": the department and its officer
    for k in range(1, len(span) - 1):
        left, rest = span[:k], span[k:]
        if not evidence.person_like(rest) or lowered[k] in OFFICE_PREPOSITIONS:
            continue
        letter = len(left[-1].text.rstrip(".")) == 1
        if letter and k > 1 and left[-1].text.endswith(".") and evidence.role_at(lowered, k - 2) is not None:
            return [span[k - 1 :]]  # "Dr. A. Ann Roe": the title goes, the initial opens the name
        initial = initial_of(left[-1].text, [t.text for t in rest])  # "John F. Roe Jr.", "A. Michael Roe"
        if k > 1 and left[-1].capitals and len(left[-1].text) <= MAX_CONTEXT_ABBREVIATION and not initial:
            return [rest]  # "Cleveland DL Larry Ogunjobi": a team, a position, a player (not "John F. Roe Jr.")
        owner = left[-1].possessive or left[-1].text.endswith(("s'", "s’"))
        whole = (determined and place_kind(text_of(left)) == "city") or middle_name(left, rest, evidence.lower_words)
        if ((evidence.known(text_of(left)) and not whole) or owner) and evidence.named_alone(rest):
            return [left, rest]  # "Ukraine Kurt Volker", "Golden State Warriors' Stephen Curry"; not "the Toronto
            # Maple Leafs" (a team) nor "Paul Harvey Roe" (a first name that is a place's too)
        if (role := evidence.role_at(lowered, 0)) and evidence.named_alone(rest):  # "Deputy Director of Public
            return [span[max(k, len(role)) :]]  # Prosecution Eva-Marie Roe"; "Chief Executive Ann Roe": the holder
    return [span]


def _after_unit(span: list[Token], evidence: Evidence) -> list[list[Token]] | None:
    """A span after a job's "of the": its unit runs to its last organisation word, else it is its first word ("the
    Treasury", "the Air Force"), and the rest is its officer when shaped as a person's name; the unit stays when it
    is an organisation's name."""
    org = [k for k, t in enumerate(span[:-2]) if t.text.casefold() in evidence.rules.org_words]
    cut = org[-1] + 1 if org else 1
    if not evidence.person_like(span[cut:]):
        return None
    left = span[:cut]
    return ([left] if org or evidence.known(text_of(left)) else []) + [span[cut:]]


def text_of(words: list[Token]) -> str:
    """The words as written: "Educational, Scientific" keeps its comma, "(Flood Defence)" its parentheses."""
    return " ".join(t.text for t in words).replace(" , ", ", ").replace("( ", "(").replace(" )", ")")
