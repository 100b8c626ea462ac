"""Companies among longer names: what a one-word start of a company's name stands for.

A company is rarely named after a place, unlike a council or an association ("Todmorden Town Council"), so a
one-word start of a company's name the article uses only now and then after a preposition ("Shares in Corbell")
is the company (`digest.chain.names`), and so is one whose longer names nest ("Vantor Shellfish", "Vantor Shellfish
Partners Ltd.").
"""

from __future__ import annotations

from digest.chain.wording import ends_in_legal_form

COMPANY_ENDS = frozenset(
    {"company", "corporation", "group", "holdings", "industries", "partners", "enterprises", "airlines", "airways"}
    | {"motors", "technologies", "studios", "pictures", "records", "bancorp", "shipping", "logistics", "systems"}
    | {"computing", "electronics", "software", "semiconductor", "therapeutics", "pharmaceuticals", "robotics"}
    | {"devices", "instruments", "chemicals", "appliances"}
)
"""Last words of a company's name without a legal form ("Haldvik Heavy Industries", "Meranti Port Holdings")."""


def company(name: str) -> bool:
    """Whether a name of several words is a company's: it ends in a legal form or a company's last word."""
    return ends_in_legal_form(name) or (" " in name and name.rsplit(" ", 1)[-1].casefold() in COMPANY_ENDS)


def nested_company(candidates: set[str]) -> set[str]:
    """Longer names that each start with the shortest of them, the longest a company's ("Vantor Shellfish",
    "Vantor Shellfish Partners Ltd."), are one candidate for a one-word start ("Vantor"): that shortest, itself
    joined to the others later. A product named after its maker ("Ascom Myco", "Ascom Myco 2") is no company."""
    if len(candidates) < 2 or not company(max(candidates, key=len)):
        return candidates
    head = min(candidates, key=len)
    return {head} if all(c == head or c.startswith(head + " ") for c in candidates) else candidates
