"""The words for a country's people, derived from every country's name (pycountry): "Malawian", "Liberians",
"Bangladeshi", "Togolese", "Bahamian", "Kazakh".

A hand list covers what morphology cannot (``demonyms:`` of ``site_config/entities.yml``: "Dutch", "Swiss",
"Filipino"); it is read first and wins. What is derived here covers the rest, so that an article about any
country tags the country, not the word for its people.

>>> table = derived()
>>> table["malawian"], table["liberians"], table["bangladeshi"], table["togolese"], table["bahamian"]
('Malawi', 'Liberia', 'Bangladesh', 'Togo', 'Bahamas')
>>> table["kazakh"], table["sri lankan"], table["yemenis"], table["cameroonian"], table["lebanese"]
('Kazakhstan', 'Sri Lanka', 'Yemen', 'Cameroon', 'Lebanon')
"""

from __future__ import annotations

import functools

import pycountry

_VOWELS = "aeiou"
MIN_STEM = 3


def _forms(name: str) -> set[str]:
    """The demonyms English builds from a country's name, singular and plural (some are no words: never read)."""
    n = name.casefold()
    out: set[str] = set()
    if n.endswith("stan"):
        out |= {n[:-4], n[:-4] + "s", n + "i", n + "is"}  # Kazakh(s), Pakistani(s)
    if n.endswith("on"):
        out |= {n[:-2] + "ese"}  # Lebanese
    if n.endswith("a"):
        out |= {n + "n", n + "ns", n + "ian", n + "ians", n[:-1] + "ese"}  # Kenyan, Liberians, Ghanaian, Maltese
    elif n.endswith("e"):
        out |= {n + "an", n + "ans"}  # Zimbabwean, Cape Verdean
    elif n.endswith("o"):
        out |= {n[:-1] + "an", n[:-1] + "ans", n + "lese"}  # Moroccan, Togolese
    elif n.endswith("i"):
        out |= {n + "an", n + "ans"}  # Malawian, Malian
    elif n.endswith("s"):
        out |= {n[:-1] + "ian", n[:-1] + "ians", n[:-2] + "ian", n[:-2] + "ians"}  # Bahamian
    elif n.endswith("y"):
        out |= {n[:-1] + "ian", n[:-1] + "ians"}
    elif n[-1:] not in _VOWELS:
        out |= {n + "ian", n + "ians", n + "i", n + "is", n + "ese"}  # Jordanian, Yemeni, Sudanese
    return {f for f in out if len(f.split()[-1]) > MIN_STEM and f != n}


@functools.cache
def derived() -> dict[str, str]:
    """Casefolded demonym -> the country's common name, for every country whose name makes one."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        display = str(getattr(country, "common_name", None) or country.name)
        if "," in display or "(" in display:
            continue
        for form in _forms(display):
            table.setdefault(form, display)
    return table


def people_nouns(table: dict[str, str]) -> dict[str, str]:
    """The nouns English makes of a demonym in "-sh" or "-ch" for one of its people: "Irishman", "Frenchwomen",
    "Dutchmen" (casefolded, each to its country).

    >>> people_nouns({"irish": "Ireland", "kenyan": "Kenya"})["irishman"]
    'Ireland'
    """
    return {
        f"{demonym}{noun}": country
        for demonym, country in table.items()
        if " " not in demonym and demonym.endswith(("sh", "ch"))
        for noun in ("man", "men", "woman", "women")
    }
