"""Writers' names as the page prints them (`as_printed`): metadata often writes a name without its accents ("Sile Ni
Bhriain" for "Síle Ní Bhriain"), and reading it may dot a lone letter that was a word of the name ("O" -> "O.")."""

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
