"""The checks every annotated set makes of a conversion (title, source, via, authors, summary, lead flag), one
checker for the real pages' annotations (`tests.eval.real.meta`) and the blind batteries' expectations
(`tests.inputs.blind_pages.score`).

Each caller names what differs: the metrics the source and the via count in, whether the page is judged on them,
how two publishers are the same, and whether a failure repeats what the editors wrote (``explain``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from digest.chain.pipeline import Conversion
from digest.readers.document import fold, straighten
from tests.eval.gate import Tally

_UNUSABLE = re.compile(r"\b(?:unusable|not usable)\b.*\blead\b|\blead\b.*\b(?:unusable|not usable)\b", re.I)


def same_text(text: str) -> str:
    """Titles and names: NFKC, typographic quotes and whitespace folded; case and accents kept."""
    return " ".join(unicodedata.normalize("NFKC", straighten(text)).split())


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
