"""Who made a story a site carries, as the site's note on it says (`carried_from`): a partner newsroom whose story
is "republished here with permission", or the body a release is "from"; or as a republication footer says
(`republished_from`: "originally published by Ridgeline Report"; `republisher`: the site that "republished" it).
`digest.chain.sources` makes the maker the story's source and the site the via.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.chain.given import given
from digest.chain.publisher import a_date
from digest.readers.document import RawDocument
from digest.readers.masthead import compact

_NAME = (
    r"(?:the )?(?P<name>(?:The )?[A-Z][\w&'’-]*(?: (?:of |for |and |the |&)?[A-Z][\w&'’-]*){0,5}"
    r"(?:(?<=[A-Z]{2}) \d{1,3}\b)?)"
)
"""A publisher's name as a note writes it: "The" is its own ("The Kelmouth Courier"), the running text's lower-case
"the" is not ("appeared in the Kelmouth Courier", a paper whose masthead says "Kelmouth Courier"); a station's call
letters keep their channel ("KWTR 9")."""
_NOTE = r"^(?:(?i:editor'?s'? note|note)\s*:\s*)?"
_PARTNER = re.compile(
    rf"{_NOTE}(?i:this|the following) (?i:story|article|report|piece) (?i:was|is|has been) "
    rf"(?i:produced|written|reported|published) by (?P<ours>our (?:[a-z-]+ ){{1,3}})?{_NAME}"
)
"""A partner's story: "This story was produced by Ridgeline Report, a newsroom covering ...\"; one the note says an
outlet related to the site made: "This story was reported by our sister station KWTR 9" (not the site's own writer,
a person: "written by our correspondent Ann Roe")."""
_PERMITTED = re.compile(
    r"\b(?:(?:republished|reprinted|reposted|shared|published) (?:here )?with (?:its )?permission"
    r"|in partnership with)\b"
)
"""What makes it a carried story rather than a credit of the site's own desk: "and is republished here with
permission", "and is published in partnership with Orchard Gazette"."""
_RELEASE = re.compile(
    rf"{_NOTE}(?i:the following|this|below|what follows) (?:(?i:is) (?i:a|an) )?(?i:news|press|media) "
    rf"(?i:release|statement) (?:(?i:was|is|has been) )?(?:(?i:issued|submitted|sent|provided|supplied) )?"
    rf"(?i:from|by) {_NAME}"
)
"""A release the site prints as it was sent: "The following is a news release from Ridgeline Health.", "The following
press release was issued by Ridgeline Health.", "This news release was submitted by Ridgeline Health."."""
_COURTESY = re.compile(
    rf"{_NOTE}(?i:this|the following) (?i:story|article|report|piece|column) (?i:is|was|has been|appears) "
    rf"(?:(?i:republished|reprinted|reproduced|published|shared|used) )?(?:here )?(?i:by )?(?i:courtesy of) {_NAME}"
)
"""A partner's story the site carries by its courtesy, the permission said another way: "This article is republished
courtesy of Ridgeline Report.", "This story appears courtesy of Ridgeline Report, a nonprofit newsroom."."""
_AGREEMENT = re.compile(
    r"\b(?i:published|shared|republished|reproduced|appears) (?:here )?(?:under|through|as part of|via) an? "
    r"(?:[\w-]+ ){0,3}(?:agreement|partnership) "
    rf"(?:between {_NAME.replace('?P<name>', '?P<one>')} and {_NAME.replace('?P<name>', '?P<other>')}|with {_NAME})"
)
"""A story shared under an agreement between two outlets, the site and the one that made it: "This article is
published under a content-sharing agreement between The Orchard Gazette and the Tallow Valley Herald", "... through a
content partnership with the Tallow Valley Herald"."""
_DISTRIBUTED = re.compile(
    rf"(?:^|[.!?]\s+)(?:(?i:his|her|their|this|the) (?i:column|cartoon|comic|feature|strip)s? (?i:is|are|was) )?"
    rf"(?i:distributed) by {_NAME}\.?\s*$"
)
"""A closing line naming who distributed the piece, the syndicate of a column: "Ann Roe writes about cities.
Distributed by Tallow Features Syndicate.", "Her column is distributed by Tallow Content Agency."."""
MAX_NOTE_PARAGRAPHS = 3
"""A site's note on what it carries opens or closes the story."""


def carried_from(paragraphs: Sequence[str], site: str | None = None) -> str | None:
    """The partner or issuer a site's note names for the story it carries, opening or closing it; of the two outlets
    an agreement is between, the one that is not the ``site``; the distributor a closing line names.

    >>> carried_from(["This story was produced by Ridgeline Report and is republished here with permission."])
    'Ridgeline Report'
    >>> carried_from(["The following is a press release from Penhallow Stoneworks.", "Stone will come by barge."])
    'Penhallow Stoneworks'
    >>> carried_from(["This story was produced by Ridgeline Report."]) is None  # no carried story: a credit
    True
    >>> carried_from(["It is shared under an agreement between the Echo and the Ridgeline Report."], "The Echo")
    'Ridgeline Report'
    """
    ends = [*paragraphs[:MAX_NOTE_PARAGRAPHS], *paragraphs[MAX_NOTE_PARAGRAPHS:][-MAX_NOTE_PARAGRAPHS:]]
    for paragraph in ends:
        text = paragraph.strip()
        if (release := _RELEASE.match(text) or _COURTESY.match(text)) is not None:
            return release.group("name").rstrip(".")
        if (partner := _PARTNER.match(text)) is not None and (
            (partner.group("ours") and not given(partner.group("name").split()[0]))
            or _PERMITTED.search(text, partner.end())
        ):
            return partner.group("name").rstrip(".")
        if (shared := _AGREEMENT.search(text)) is not None and (maker := _other_than(shared, site)):
            return maker
    for paragraph in paragraphs[-MAX_NOTE_PARAGRAPHS:]:
        if (distributor := _DISTRIBUTED.search(paragraph.strip())) is not None:
            return distributor.group("name").rstrip(".")
    return None


def _other_than(agreement: re.Match[str], site: str | None) -> str | None:
    """The outlet of an agreement that is not the site: the one it is "with", or of the two it is "between", the one
    whose name is not the site's (none when neither is: two other outlets' agreement)."""
    own = compact(site or "")
    if agreement.group("name"):
        return None if compact(name := agreement.group("name").rstrip(".")) == own else name
    others = [n.rstrip(".") for n in agreement.group("one", "other") if compact(n) != own]
    return others[0] if len(others) == 1 else None


_ORIGINALLY = re.compile(
    r"(?:(?:[Oo]riginally|[Ff]irst) (?:published|appeared|posted|ran) (?:by|in|on|at)|[Rr]epublished from) "
)
"""A republication footer's words before the original's name, a sentence's first word capitalised too ("Republished
from Ridgeline Report under a Creative Commons licence.")."""
_REPUBLISHED = re.compile(rf"\b{_ORIGINALLY.pattern}{_NAME}")
_BY_ANOTHER = re.compile(r"(?:republished|syndicated|reposted) (?:by|on|in) ")
_REPUBLISHER = re.compile(rf"\b(?:is |was )?{_BY_ANOTHER.pattern}{_NAME}")


def _first_name(pattern: re.Pattern[str], words: re.Pattern[str], paragraphs: Sequence[str]) -> str | None:
    """The first name the pattern catches in a paragraph, not a date's. ``words``: what each of its matches
    holds, looked for first (a fast search: most paragraphs have none)."""
    for paragraph in paragraphs:
        if words.search(paragraph) is None:
            continue
        for match in pattern.finditer(paragraph):
            if not a_date(name := match.group("name").rstrip(".")):
                return name
    return None


def republished_from(paragraphs: Sequence[str]) -> str | None:
    """The original publisher a republication footer names ("originally published by Ridgeline Report", "is
    republished from Ridgeline Report under a Creative Commons license")."""
    return _first_name(_REPUBLISHED, _ORIGINALLY, paragraphs)


def republisher(paragraphs: Sequence[str]) -> str | None:
    """The site a footer says republished the article ("is republished by Harbourline")."""
    return _first_name(_REPUBLISHER, _BY_ANOTHER, paragraphs)


_CREDITED = re.compile(
    r"^(?:(?i:by):?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:\s*[|,/]|\s+[-–—]{1,2})\s*(?P<name>[^|,]{2,60})"
)
"""A byline crediting its writer's desk or outlet after a bar, a comma, a slash or a dash: "by Ann Roe | Tallow National
Desk", "Ann Roe — Tallow National Desk"."""


_DESK_WORDS = re.compile(
    r"staff|desk|newsroom|team|(?:reporter|writer|editor|correspondent|contributor|columnist|producer|photographer"
    r"|journalist|intern|fellow)s?",
    re.IGNORECASE,
)
"""Words of a site's own desk or of a writer's job in an author field ("Web Staff", "Metro Desk", "Reporter"): no
other outlet."""
_OUTLET = re.compile(r"[A-Z][\w&.'’-]*(?: (?:[A-Z0-9][\w&.'’-]*|&)){1,4}")
"""An outlet's name in an author field: two to five capitalised words ("MBN News")."""


def _declared_outlets(doc: RawDocument, site: str | None) -> set[str]:
    """Outlets the metadata declares the story comes from: JSON-LD providers, and an author field holding an outlet's
    name (`_OUTLET`) that is neither a writer nor the site's own desk nor a job (no word of the site's name, no desk
    or job word: "MBN News" on "WKLD NewsChannel 4", not "Echo Staff" on "The Echo", not "Reporter")."""
    own = {w for w in re.findall(r"\w+", f"{site or ''} {doc.source or ''}".casefold()) if len(w) > 2}
    writers = {compact(a) for a in doc.authors}
    named = {
        c.strip()
        for c in doc.credits
        if _OUTLET.fullmatch(c.strip())
        and compact(c) not in writers
        and not any(w in own or _DESK_WORDS.fullmatch(w) for w in re.findall(r"\w+", c.casefold()))
    }
    return {compact(p) for p in (*doc.providers, *named)} - {compact(site or ""), compact(doc.source or ""), ""}


def desk_of(doc: RawDocument, site: str | None) -> str | None:
    """The desk or outlet a byline credits after its writer when the metadata also declares it the organisation the
    story comes from (`_declared_outlets`: JSON-LD ``sourceOrganization``, ``provider``, an author field naming an
    outlet), and it is not the site: a group's national desk, a partner newsroom, a network's news service on an
    affiliate's site. A byline's outlet alone is often the site's own desk; both agree on a maker. The byline may run
    on into what the page printed after it ("By Ann Roe, MBN NewsPublished: ...").

    >>> credits, providers = ("By Ann Roe | Tallow Desk",), ("The Echo", "Tallow Desk")
    >>> desk_of(RawDocument("p.html", "T", ("Text.",), credits=credits, providers=providers), "The Echo")
    'Tallow Desk'
    >>> desk_of(RawDocument("p.html", "T", ("Text.",), credits=credits), "The Echo") is None  # the byline alone
    True
    >>> credits = ("By Ann Roe, MBN News", "MBN News")
    >>> desk_of(RawDocument("p.html", "T", ("Text.",), credits=credits, authors=("Ann Roe",)), "WKLD 4")
    'MBN News'
    >>> credits = ("By Ann Roe, Echo Staff", "Echo Staff")
    >>> desk_of(RawDocument("p.html", "T", ("Text.",), credits=credits, authors=("Ann Roe",)), "The Echo") is None
    True
    """
    declared = _declared_outlets(doc, site)
    for credit in doc.credits:
        if not (credited := _CREDITED.match(credit.strip())):
            continue
        name = credited.group("name").strip()
        key = compact(name)
        for outlet in declared:
            if key == outlet or (key.startswith(outlet) and len(outlet) >= 4):
                return name if key == outlet else name[: _prefix_length(name, outlet)]
    return None


def _prefix_length(name: str, key: str) -> int:
    """How many characters of ``name`` it takes to read ``key`` compacted ("MBN NewsPublished: ...", "mbnnews": 8)."""
    return next((i for i in range(1, len(name) + 1) if compact(name[:i]) == key), len(name))


def not_the_source(authors: Sequence[str], source: str | None, via: str | None) -> tuple[str, ...]:
    """The authors of a carried story (one with a ``via``) but its source, whole or cut where a byline's words
    stopped reading it as a name ("Submitted by Ridgeline Health" read "Ridgeline"): a release's issuer is no
    writer.

    >>> not_the_source(["Ridgeline", "Ann Roe"], "Ridgeline Health", "The Echo")
    ('Ann Roe',)
    >>> not_the_source(["Ann Roe"], "Ann Roe", None)
    ('Ann Roe',)
    """
    words = (source or "").casefold().split()
    if not via or not words:
        return tuple(authors)
    return tuple(a for a in authors if (cut := a.casefold().split()) != words[: len(cut)])
