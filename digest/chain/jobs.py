"""Jobs before names: the roles table by first word, where a job's "of"/"for" introduces its unit ("Chief of
Staff Mara Quell", "Minister of State for Foreign Affairs Sarah Quell"), and spans that name a job, no one
("Head of Research"; `digest.chain.entities`)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from digest.chain import wording as w
from digest.chain.trimming import Evidence
from digest.config import EntityRules
from digest.text.tokens import Token


@functools.lru_cache(maxsize=8)
def role_table(roles: tuple[str, ...]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """First word -> the roles starting with it as word tuples, longest first (made once per rule set)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for role in sorted({tuple(r.casefold().split()) for r in roles}, key=len, reverse=True):
        table.setdefault(role[0], []).append(role)
    return {first: tuple(found) for first, found in table.items()}


@functools.lru_cache(maxsize=8)
def _long_role_heads(roles: tuple[str, ...]) -> frozenset[str]:
    """The first words of the roles of several words ("minister" of "Minister of State"), made once per rule set."""
    return frozenset(first for first, found in role_table(roles).items() if any(len(r) > 1 for r in found))


def after_job(
    tokens: list[Token],
    at: int,
    jobs_end: set[int],
    roles_end: list[set[int]],
    *,
    rules: EntityRules,
    evidence: Evidence,
) -> bool:
    """Whether ``tokens[at]`` is the "of" or "for" after a job ("Chief of", "Minister of State for"); the roles
    of several words are found once per sentence (``roles_end``), when first needed; the "and" of a unit of several
    words counts as its "of" ("Minister for Trade and Industry Ann Roe")."""
    if at > 0 and tokens[at].text in {"and", "&"}:
        k = at - 1
        while k >= 0 and tokens[k].capitalised:
            k -= 1
        at = k if k < at - 1 else -1
    if at < 0 or tokens[at].text.casefold() not in {"of", "for"}:
        return False
    if at in jobs_end:
        return True
    if not roles_end:
        roles_end.append(_roles_end(tokens, rules, evidence))
    return at in roles_end[0]


def _roles_end(tokens: list[Token], rules: EntityRules, evidence: Evidence) -> set[int]:
    """Where each role of several words ends ("Minister of State", "Secretary of State"): a job's unit may come
    after its "for" ("Minister of State for Foreign Affairs Sarah Quell")."""
    heads = _long_role_heads(rules.roles)
    starts = [k for k, t in enumerate(tokens) if t.capitalised and t.text.casefold() in heads]
    if not starts:
        return set()  # most sentences: no casefolded copy of the sentence made
    lowered = [t.text.casefold() for t in tokens]
    found = ((k, evidence.role_at(lowered, k)) for k in starts)
    return {k + len(role) for k, role in found if role is not None and len(role) > 1}


def job_titles(
    tokens: list[Token], spans: Sequence[tuple[int, list[Token]]], rules: EntityRules, evidence: Evidence
) -> frozenset[int]:
    """Starts of spans naming a job ("Head of"), and after a comma its unit of the organisation named
    last (", General Manager of Care Europe at Acme"): no tags."""
    at = dict(spans)
    found: set[int] = set()
    for start, span in spans:
        end = start + len(span)
        if end + 1 >= len(tokens) or tokens[end].text.casefold() != "of":
            continue
        of = end + 1 if tokens[end + 1].text != "the" else end + 2  # "Leader of the Opposition"
        if of not in at:
            continue
        last = span[-1].text.casefold().rstrip(".")
        alone = all(t.text == "The" for t in span[:-1])  # "The Head of", "Director of": no other word
        headship = last in w.HEADSHIPS and alone  # "The Head of Research"
        if not headship and last not in w.job_words(rules.role_words):
            continue
        unit = at[of]
        word = unit[0].text
        if headship:
            found.add(start)
            if len(unit) == 1 and (evidence.common_noun(word) or word.casefold() in w.DEPARTMENTS):
                found.add(of)  # "Head of Research", "Leader of the Opposition": the job's; not "Staff Mara Quell"
        elif alone and len(unit) == 1 and word.casefold() in w.DEPARTMENTS:
            found.add(of)  # "The Director of Operations", "Chair of Finance": a department, as after a headship
        after = of + len(unit)
        appositive = start > 0 and tokens[start - 1].text == ","
        if appositive and after + 1 in at and tokens[after].text.casefold() in {"at", "for"}:
            found.update((start, of))
    return frozenset(found)
