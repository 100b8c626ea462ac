"""Writers' names as the page prints them (`as_printed`): metadata often writes a name without its accents ("Sile Ni
Bhriain" for "Síle Ní Bhriain"), and reading it may dot a lone letter that was a word of the name ("O" -> "O.");
a byline read whole may run the writer's linked name into the role printed after it (`as_linked`)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from digest.readers.document import fold


def _bare(name: str) -> str:
    """A name's comparison key without accents: "Síle Ní Bhriain" and "Sile Ni Bhriain" are one."""
    decomposed = unicodedata.normalize("NFKD", fold(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def as_printed(names: Sequence[str], printed: Sequence[str]) -> tuple[str, ...]:
    """Each name as a writer's name the page prints (a link to the writer's page, a byline) writes it, when the two
    differ only in accents, case or punctuation and the printed one has accents the name lacks.

    >>> as_printed(["Sile Ni Bhriain", "Ann Roe"], ["Síle Ní Bhriain", "ANN ROE"])
    ('Síle Ní Bhriain', 'Ann Roe')
    >>> as_printed(["Cathal O. Murchu"], ["Cathal Ó Murchú"])
    ('Cathal Ó Murchú',)
    """
    shown = {_bare(p): p.strip() for p in printed if p.strip() and fold(p) != _bare(p)}
    return tuple(shown.get(_bare(name), name) for name in names)


def as_linked(names: Sequence[str], linked: Sequence[str]) -> tuple[str, ...]:
    """Each name that opens with the text of a link to a writer's page and goes on: that text, the writer's name
    (the words after the link are a role the byline prints, "Local Democracy Correspondent").

    >>> as_linked(["Ann Roe Local Democracy", "Tom Vale"], ["Ann Roe"])
    ('Ann Roe', 'Tom Vale')
    """
    keys = {fold(link): link.strip() for link in linked if len(link.split()) > 1}
    found = []
    for name in names:
        words = name.split()
        opening = next((k for k in range(len(words) - 1, 1, -1) if fold(" ".join(words[:k])) in keys), None)
        found.append(keys[fold(" ".join(words[:opening]))] if opening else name)
    return tuple(found)
