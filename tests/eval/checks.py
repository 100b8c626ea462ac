"""The checks every annotated set makes of a conversion (title, source, via, authors, summary, lead flag, tags), one
checker for the real pages' annotations (`tests.eval.real.meta`) and the blind batteries' expectations
(`tests.inputs.blind_pages.score`).

Each caller names what differs: the metrics the source and the via count in, whether the page is judged on them,
how two publishers are the same, and whether a failure repeats what the editors wrote (``explain``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from digest.chain.pipeline import Conversion
from digest.readers.document import fold, straighten
from tests.eval.gate import Tally

_UNUSABLE = re.compile(r"\b(?:unusable|not usable)\b.*\blead\b|\blead\b.*\b(?:unusable|not usable)\b", re.I)


def same_text(text: str) -> str:
    """Titles and names: NFKC, typographic quotes and whitespace folded; case and accents kept."""
    return " ".join(unicodedata.normalize("NFKC", straighten(text)).split())


def tag_key(text: str) -> str:
    """How tags are compared: accents and case folded, typographic quotes straightened, spaces squashed.

    >>> tag_key("  Côte d’Ivoire "), tag_key("CÔTE D'IVOIRE")
    ("cote d'ivoire", "cote d'ivoire")
    """
    decomposed = unicodedata.normalize("NFKD", straighten(text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


class Tagging(Protocol):
    """An editor's tags for a page: the must-haves, every acceptable entity, other spellings of each."""

    @property
    def must_tags(self) -> tuple[str, ...]: ...
    @property
    def ok_tags(self) -> tuple[str, ...]: ...
    @property
    def aliases(self) -> Mapping[str, tuple[str, ...]]: ...


def entity_index(note: Tagging) -> dict[str, str]:
    """Every acceptable form (`tag_key`) -> the key of the entity it names."""
    index: dict[str, str] = {}
    for name, others in note.aliases.items():  # first: an alias the editor also listed as a tag is that entity
        for other in others:
            index.setdefault(tag_key(other), tag_key(name))
    for name in (*note.ok_tags, *note.must_tags, *note.aliases):
        index.setdefault(tag_key(name), tag_key(name))
    return index


def judge_tags(tags: Sequence[str], note: Tagging) -> tuple[list[str], list[str], list[str]]:
    """(acceptable tags, rejected tags, must-have entities missing); a repeat of an entity is rejected."""
    index = entity_index(note)
    seen: set[str] = set()
    good: list[str] = []
    bad: list[str] = []
    for tag in tags:
        entity = index.get(tag_key(tag))
        if entity is None or entity in seen:
            bad.append(tag if entity is None else f"{tag} (again)")
        else:
            good.append(tag)
        if entity is not None:
            seen.add(entity)
    missing = [m for m in note.must_tags if index[tag_key(m)] not in seen]
    return good, bad, missing


def check_tags(name: str, tags: Sequence[str], note: Tagging, tallies: dict[str, Tally], must: str) -> None:
    """Tag precision (each entity once) and the must-haves found (``must``: that metric's name), into ``tallies``."""
    good, bad, missing = judge_tags(tags, note)
    tallies["tag_precision"].passed += len(good)
    tallies["tag_precision"].total += len(tags)
    if bad:
        tallies["tag_precision"].failures.append(f"{name}: not acceptable: {bad}; tags: {list(tags)}")
    for wanted in note.must_tags:
        tallies[must].check(wanted not in missing, f"{name}: missing {wanted!r}; tags: {list(tags)}")


def lead_flagged(conversion: Conversion) -> bool:
    """Whether the conversion's output line says the lead is unusable."""
    return any(_UNUSABLE.search(n) for n in conversion.notes)


@dataclass(frozen=True, slots=True)
class Judged:
    """What an editor wrote of a page: ``source`` None when the page is not judged on its source, ``via`` None when
    not on its via."""

    name: str
    title: str
    source: str | None
    via: str | None
    authors: tuple[str, ...]
    lead: str
    lead_usable: bool


@dataclass(frozen=True, slots=True)
class Metrics:
    """How a set counts: the metrics of the source and the via, and how two publishers are the same."""

    source: str
    via: str
    same: Callable[[str | None, str], bool]
    explain: bool = False
    """A failure repeats what the editors wrote (the title, the editors' judgement of the lead)."""


def check(want: Judged, conversion: Conversion, tallies: dict[str, Tally], metrics: Metrics) -> None:
    """Every check of ``want`` against the conversion, into ``tallies``."""
    article = conversion.article
    name = want.name
    starts = fold(article.summary).startswith(fold(want.lead))
    tallies["summary_lead" if want.lead_usable else "summary_unusable"].check(
        starts, f"{name}: summary {article.summary[:140]!r} does not start with {want.lead!r}"
    )
    flagged = lead_flagged(conversion)
    judged = f", the editors judged it {'usable' if want.lead_usable else 'unusable'}" if metrics.explain else ""
    tallies["lead_flag"].check(
        flagged != want.lead_usable, f"{name}: lead {'flagged' if flagged else 'not flagged'} unusable{judged}"
    )
    if want.source is not None:
        ok = metrics.same(article.source, want.source)
        tallies[metrics.source].check(ok, f"{name}: source {article.source!r} != {want.source!r} (via {article.via!r})")
    if want.via is not None:
        tallies[metrics.via].check(metrics.same(article.via, want.via), f"{name}: via {article.via!r} != {want.via!r}")
    wanted = f" != {want.title!r}" if metrics.explain else ""
    title_ok = same_text(article.title) == same_text(want.title)
    tallies["title_exact"].check(title_ok, f"{name}: title {article.title!r}{wanted}")
    got = sorted(same_text(a) for a in article.authors)
    want_authors = sorted(same_text(a) for a in want.authors)
    tallies["authors_exact"].check(got == want_authors, f"{name}: authors {got} != {want_authors}")
