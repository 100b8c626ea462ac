"""A transcript whose turns are headed by their speakers' lines (`speakers_headed`): "Ann Roe -- Chief Executive
Officer" on a line of its own, then what she said. An earnings call's or a hearing's transcript opens on its first
turn: that is its dek, but no lead (`digest.chain.summarize.dek` says so). A host's line handing over to the next
speaker (`hands_over`) is no dek."""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.chain.nolead import turn_label

_SPEAKER_LINE = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:--|[–—]) [A-Z][\w,&'’ -]{1,60}$")
"""A speaker's line: the name, a double hyphen or a dash, the role ("Ann Roe -- Chief Executive Officer")."""
SPAN = 10
MIN_SPEAKERS = 2
TRANSCRIPT = "a transcript's turns headed by their speakers"


def speakers_headed(paragraphs: Sequence[str]) -> bool:
    """Whether the opening paragraphs hold the lines of `MIN_SPEAKERS` speakers, each followed by a paragraph that is
    no such line (what the speaker said).

    >>> speakers_headed(["Hello.", "Ann Roe -- CEO", "Sales rose.", "Tom Vale -- CFO", "Costs fell."])
    True
    >>> speakers_headed(["Ann Roe -- the chief executive -- said sales rose.", "Tom Vale -- CFO", "Costs fell."])
    False
    """
    opening = [p.strip() for p in paragraphs[:SPAN]]
    names = [
        match.group("name")
        for k, line in enumerate(opening[:-1])
        if (match := _SPEAKER_LINE.match(line)) and not _SPEAKER_LINE.match(opening[k + 1])
    ]
    return len(set(names)) >= MIN_SPEAKERS


def _speaker(turn: str) -> str | None:
    """The last word of a turn's label, casefolded: the speaker's surname (`digest.chain.nolead.turn_label`)."""
    label = turn_label(turn)
    return label.split()[-1].casefold() if label else None


def hands_over(sentence: str, turn: str, following: str | None) -> bool:
    """Whether a sentence of a speaker's ``turn`` names the speaker of the ``following`` turn, someone else: a host
    handing over ("I will hand over to Chief Vale-Okafor."), which says what happens at the briefing, not what the
    briefing tells.

    >>> hands_over("Over to Chief Vale.", "MAYOR ANN ROE: Hello. Over to Chief Vale.", "CHIEF TOM VALE: Thanks.")
    True
    >>> hands_over("Crews reached the quay.", "CHIEF TOM VALE: Crews reached the quay.", "REPORTER: When?")
    False
    """
    speaker, then = _speaker(turn), _speaker(following or "")
    return bool(speaker and then and then != speaker and re.search(rf"\b{re.escape(then)}\b", sentence, re.IGNORECASE))
