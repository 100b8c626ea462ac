"""A news agency's name read onto the end of a writer's (`without_agency`): a byline that prints the agency after
its writer with no comma ("Ann Roe AAP", "By Ann Roe and Tom Vale" over a line "Bloomberg") reads as one name."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.lookup import by_name
from digest.config import Source

MAX_AGENCY_WORDS = 3
MIN_NAME_WORDS = 2


def without_agency(authors: Sequence[str], sources: Sequence[Source]) -> tuple[str, ...]:
    """The authors, each without the last words when they name a configured news agency (in any case) and at least
    two words of a name stay before them; no author twice."""
    kept: list[str] = []
    for author in authors:
        words = author.split()
        cut = next(
            (
                size
                for size in range(min(MAX_AGENCY_WORDS, len(words) - MIN_NAME_WORDS), 0, -1)
                if (known := by_name(" ".join(words[-size:]), sources)) is not None and known.wire
            ),
            0,
        )
        kept.append(" ".join(words[: len(words) - cut]) if cut else author)
    return tuple(dict.fromkeys(kept))
