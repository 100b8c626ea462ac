"""Author names from a byline: "By Jane Roe and John Doe, Political correspondents".

A byline names people, but often also their job and the outlet. Each part (split
on commas, "and", "&", ";") keeps its leading name words and stops at the first
lower-case word or job word; parts that name a desk or an outlet rather than a
person ("Staff Reporter", "Orbit Science News") are dropped. Whether a part names a person, and how the
name is capitalised, is `digest.readers.persons.person`.

>>> authors_from_byline("By Tom Ashworth-Briggs Political correspondent")
('Tom Ashworth-Briggs',)
>>> authors_from_byline("by Haruka Ishida-Moreau, Orbit Science News")
('Haruka Ishida-Moreau',)
>>> authors_from_byline("Maria Okafor and Tom Reyes")
('Maria Okafor', 'Tom Reyes')
>>> authors_from_byline("Staff Reporter")
()
>>> authors_from_byline("Ana de la Cruz")
('Ana de la Cruz',)
>>> authors_from_byline("Dr Liina Tamm, Senior Fellow")
('Liina Tamm',)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from digest.readers.bylinewords import JOB_WORDS, OUTLET_WORDS
from digest.readers.masthead import is_site, of_site
from digest.readers.namecuts import NOT_A_NAME, credits, particle, writers
from digest.readers.persons import HONORIFICS, MAX_NAME_WORDS, person
from digest.readers.printednames import as_linked
from digest.text.tokens import NAME_PARTICLES

SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\||[•·])\s*")
"""What parts the people a byline or a credit line names: a comma, a semicolon, "and", "&", a bar or a bullet."""
_BY = re.compile(r"^(?:by|words by|written by|reporting by|story by|text by|posted by)(?::\s*|\s+)", re.IGNORECASE)


def _name(part: str) -> str | None:
    words: list[str] = []
    tokens = part.split()
    while tokens and tokens[0].casefold() in HONORIFICS:
        tokens = tokens[1:]
    for word in tokens:
        bare = word.strip(".,;:()").casefold()
        if bare in JOB_WORDS and words:
            break
        if word[:1].isupper() or (words and particle(word)) or re.fullmatch(r"(?:[A-Z]\.)+", word):
            words.append(word.strip(",;:()"))
        else:
            break
    while words and words[-1].casefold() in NAME_PARTICLES:
        words.pop()
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return None
    lowered = {w.strip(".").casefold() for w in words}
    if lowered & OUTLET_WORDS or lowered <= JOB_WORDS:
        return None
    return " ".join(words)


def authors_from_byline(byline: str) -> tuple[str, ...]:
    """The people a byline names, in order, without jobs, desks or outlets."""
    text = _BY.sub("", byline.strip())
    names = [_name(part) for part in SPLIT.split(text) if part.strip()]
    return tuple(dict.fromkeys(n for n in names if n))


MAX_AUTHORS = 10


def page_authors(
    declared: Sequence[str],
    stated: str,
    sites: Iterable[str],
    url: str | None,
    shown: Sequence[str] = (),
    *,
    linked: Sequence[str] = (),
    headed: Sequence[str] = (),
) -> tuple[str, ...]:
    """The people a page names as its authors: those declared as people in its JSON-LD, else (none of
    them a person) its author field (``"A; B"``), without organisations, desks or the site itself, normally capitalised.

    With none of them a person, the people of the first byline the page shows right under its headline (``headed``)
    that does not open with the desk or agency the metadata names ("PTI New Delhi" where it declares "PTI"), each of
    two words or more.

    A byline the page shows (``shown``) made of people's names only (and perhaps their outlet), every one of them
    among them and more besides, is the fuller list: metadata often declares only the first of several writers. With no
    author declared or stated, the texts of links to writers' pages (``linked``) that are people's names.
    """
    sites = list(sites)

    def house(text: str) -> bool:  # "Maple & Main Podcasts": the site's own show
        whole = _BY.sub("", text.strip(" |•·"))
        return is_site(whole, sites, url) or of_site(whole, sites)

    declared = [chunk for chunk in declared if not house(chunk)]
    stated = "; ".join(c for c in _rejoined(stated.split("; "), sites) if not house(c))
    headed = [b for b in headed if not house(b)]
    names = people_among([p for chunk in declared for p in SPLIT.split(writers(chunk))], sites, url)
    if names and all(_LOGIN.fullmatch(d.strip()) for d in declared):  # "cdadmin": a CMS user, the byline names people
        names = _shown_by(shown, sites, url) or names
    if not names:  # none declared, or only addresses and desks declared as people: the author field
        names = people_among(as_linked([p for c in credits(stated) for p in SPLIT.split(c)], linked), sites, url)
    if not names:
        names = people_among(linked, sites, url, whole=True)
    if not names:  # the metadata names a desk or the site only: the writer the page shows under the headline
        desks = [d.casefold() for d in (*declared, stated) if d.strip()]
        own = [b for b in headed if not _BY.sub("", b.strip(" |•·")).casefold().startswith(tuple(desks) or ("\0",))]
        names = next((found for b in own if (found := people_among(_parts(b), sites, url, several=True))), {})
    for byline in shown if names else ():
        parts = _named_parts(byline, sites, url)
        fuller = people_among(parts, sites, url, whole=True)
        more = [name for key, name in fuller.items() if key not in names]
        if len(fuller) == len(parts) and names.keys() < fuller.keys() and all(" " in n for n in more):
            return tuple(fuller.values())[:MAX_AUTHORS]  # names only: no date, job, label or place ("Ann Roe, Leeds")
    return tuple(names.values())[:MAX_AUTHORS]


_BAR = re.compile(r"\s+\|\s+")


def _named_parts(byline: str, sites: Sequence[str], url: str | None) -> list[str]:
    """A shown byline's parts before its first bar (after it: a desk's or a role's label, a date, "Ann Roe & Tom
    Vale | Harbour studio"), without the outlet: a part naming it alone ("Ann Roe, Associated Press") goes, one
    glued after a name in capitals keeps the name ("TOM K. VALE Associated Press")."""
    names = _BAR.split(_BY.sub("", byline.strip()), maxsplit=1)[0]
    parts = []
    for part in SPLIT.split(names):
        if not part.strip():
            continue
        if not _outlet(part, sites, url):
            parts.append(part)
        elif (name := person(part, True)) and len(name.split()) < len(part.split()) and not _outlet(name, sites, url):
            parts.append(name)
    return parts


def _parts(byline: str) -> list[str]:
    """A shown byline's writers' parts ("By Ann Roe, Staff Writer" -> "Ann Roe", "Staff Writer")."""
    return [p for chunk in credits(byline.strip(" |•·")) for p in SPLIT.split(_BY.sub("", chunk)) if p.strip()]


_LOGIN = re.compile(r"[a-z][a-z0-9_.-]*")
"""A declared author in lower case, one word: a login (a CMS user's), which may or may not be the writer's name."""


def _shown_by(shown: Sequence[str], sites: Sequence[str], url: str | None) -> dict[str, str]:
    """The people of the first shown byline that opens with "By" ("Story by Ann Roe & photos by Tom Vale")."""
    for byline in shown:
        if _BY.match(byline.strip()) and (found := people_among(SPLIT.split(writers(byline.strip())), sites, url)):
            return found
    return {}


def _outlet(part: str, sites: Sequence[str], url: str | None) -> bool:
    """Whether a byline's part names the outlet, not a person ("Associated Press", the site): a shown byline naming
    its writers and then their outlet still names people only."""
    lowered = {w.strip(".,()").casefold() for w in part.split()}
    acronym = part.strip().isupper() and " " not in part.strip() and len(part.strip(".() ")) > 1  # "CNN", "AP"
    named = acronym or bool(lowered & OUTLET_WORDS) or is_site(part.strip(), sites, url)
    return named and not NOT_A_NAME.search(part)


def people_among(
    parts: Iterable[str], sites: Sequence[str], url: str | None, whole: bool = False, *, several: bool = False
) -> dict[str, str]:
    """The people among ``parts``, by their casefolded name, in order, the site's own name left out (and any name of
    one word when ``several``: in a shown byline, a place after the writer's name, "Ann Roe, Leeds")."""
    names: dict[str, str] = {}
    for part in parts:
        name = person(part, whole)
        if name and several and " " not in name:
            continue
        if name and not is_site(name, sites, url) and not (" " not in name and _one_word_site(name, sites, url)):
            names.setdefault(name.casefold(), name)
    return names


def _rejoined(parts: Sequence[str], sites: Sequence[str]) -> list[str]:
    """An author field's parts with a site's name the extractor split at its "&" made whole again ("Maple", "Main
    Podcasts" on Maple & Main: "Maple & Main Podcasts"); other parts as they are ("Harbour Gazette", "Lena Park").

    >>> _rejoined(["Maple", "Main Podcasts"], ["Maple & Main"]), _rejoined(["Ann Roe", "Tom Vale"], ["Maple & Main"])
    (['Maple & Main Podcasts'], ['Ann Roe', 'Tom Vale'])
    """
    out: list[str] = []
    for part in parts:
        head = out[-1].casefold() if out else ""
        if head and any(s.casefold().startswith((f"{head} & ", f"{head} and ")) for s in sites):
            out[-1] = f"{out[-1]} & {part}"
        else:
            out.append(part)
    return out


def _one_word_site(name: str, sites: Sequence[str], url: str | None) -> bool:
    """A one-word author inside the site's name or host ("Vortex" on Vortex Cannon Entertainment)."""
    key = name.casefold()
    return len(key) > 3 and any(key in s.casefold().replace(" ", "") for s in [*sites, url or ""])
