"""A transcript whose turns are headed by their speakers' lines (`speakers_headed`): "Ann Roe -- Chief Executive
Officer" on a line of its own, then what she said. An earnings call's or a hearing's transcript opens on its first
turn: that is its dek, but no lead (`digest.chain.summarize.dek` says so)."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
