"""Acronyms and translations an article spells out in parentheses, as (short form, name) pairs, both ways round:
"CECOT (Center for the Confinement of Terrorism)" and "Center for ... (CECOT)"; a name with another one in
parentheses, no known place, is its translation ("Akhil Bharat Hindu Mahasabha (All India Hindu Union)"). An acronym
after a person's name that does not spell it is the person's party ("Johanna Albers (SPD)"), no pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from digest.chain import wording as w
from digest.chain.aliases import spelt_within
from digest.chain.given import given
from digest.chain.initials import initials
from digest.chain.joins import parenthesised, spelled_part
from digest.chain.splits import text_of
from digest.text.tokens import Token

if TYPE_CHECKING:
    from digest.chain.trimming import Evidence

ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]*[A-Z0-9]|[A-Z]{2,}")


def acronym_pairs(
    candidates: Sequence[tuple[list[Token], list[Token], bool]], evidence: Evidence
) -> list[tuple[str, str]]:
    """(acronym, name) for every "Name (ACR)" and "ACR (Name)" noted by the span finder (``candidates``: the span,
    the words in parentheses after it, whether it opens its sentence), and (name, translation) for "Name (Name)"."""
    found: list[tuple[str, str]] = []
    for span, said, first in candidates:
        inner = parenthesised(said)
        if len(inner) == 1 and len(span) >= 2 and _short_name(span, inner[0], evidence):
            name = evidence.trim(evidence.split(span)[-1], first)
            if len(name) >= 2 and not _party_of(name, inner[0].text, evidence):
                found.append((inner[0].text, w.without_legal_form(text_of(spelled_part(name, inner[0].text)))))
        elif len(span) == 1 and len(inner) == 1 and spelt_within(inner[0].text, span[0].text):
            found.append((inner[0].text, span[0].text))  # "the Kuomintang (KMT)"
        elif len(span) == 1 and ACRONYM.fullmatch(span[0].text):
            name = evidence.trim(inner, False)
            if len(name) >= 2 and len(name) == len(inner):
                found.append((span[0].text, text_of(name)))
        elif len(span) >= 2 and len(inner) >= 2 and all(t.capitalised for t in inner):
            name, other = evidence.trim(evidence.split(span)[-1], first), text_of(inner)
            if len(name) >= 2 and not evidence.known(other) and not evidence.known(text_of(name)):
                found.append((text_of(name), other))  # a name and its translation
    return found


def _short_name(span: list[Token], inner: Token, evidence: Evidence) -> bool:
    """Whether the one word in parentheses after ``span`` is its acronym, or an organisation's short name written in
    Title Case ("National Regeneration Movement (Morena)", "Bureau of Meteorology (BoM)")."""
    if ACRONYM.fullmatch(inner.text):
        return True
    org = any(t.text.casefold() in evidence.rules.org_words for t in span)
    return org and inner.capitalised and not inner.lower and not evidence.known(inner.text)


def _party_of(name: list[Token], acronym: str, evidence: Evidence) -> bool:
    """Whether the acronym after a person's name (a given name first) is their party's ("Johanna Albers (SPD)"), not
    the name's: it does not spell the name's initials."""
    person = given(name[0].text, evidence.lower_words) and evidence.person_like(name)
    return person and acronym.replace(".", "") not in initials(text_of(name))
