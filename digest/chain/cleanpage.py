"""One article's paragraphs while `digest.chain.clean` decides which are boilerplate (`Page`), and the line shape
its passes share (`headline_like`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from digest.chain.bios import an_opening, named_before, someone_else
from digest.chain.cues import addresses_reader, first_cue
from digest.chain.datelines import strip_lead
from digest.chain.layout import caseless, ends_sentence, is_label, is_offer, narrates, repeats_metadata, reports, words
from digest.chain.profiles import SCRAPED, Profile, Rule
from digest.config import Boilerplate, Cue
from digest.readers.document import fold
from digest.text.blocks import Kind

_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
MAX_HEADLINE_WORDS = 15


_SAYS_ITSELF = frozenset({"bio", "publisher", "note", "credit", "disclosure"})
"""Cue kinds whose own lines report ("Ann Roe reported from Kelmouth.", "X contributed reporting.")."""
_NARRATED = frozenset({"appeal", "credit", "link", "newsletter", "prompt"})
"""Cue kinds whose lines address the reader or label something, never tell what happened: a paragraph they take
that narrates in the past tense without speaking to the reader is news ("Log in details ... were posted to every
household."; not "... the newsletter delivered to your inbox.")."""


def quoted_news(cue: Cue, text: str) -> bool:
    """Whether a paragraph a cue took, at an edge or inside the body, is a sentence telling what someone said
    ("Your support matters, Ann Roe told the fishermen.", "Accept all the terms or none, the contractor said.") or,
    for cues of lines that never narrate, what happened (`digest.chain.layout.narrates`): news, whatever words it
    shares with furniture; cues whose own lines report are not overruled by a reporting verb."""
    if cue.category in _NARRATED and narrates(text) and not addresses_reader(text):
        return True
    return cue.category not in _SAYS_ITSELF and ends_sentence(text) and reports(text)


def headline_like(text: str) -> bool:
    """A line in a list of links: short, and a headline rather than a sentence."""
    stripped = text.strip()
    return words(stripped) <= MAX_HEADLINE_WORDS and (
        bool(_NUMBERED.match(stripped)) or not stripped.endswith((".", "!", "?", '"', "”"))
    )


@dataclass(slots=True)
class Page:
    """One article's paragraphs with what the passes have decided so far."""

    paragraphs: Sequence[str]
    rules: Boilerplate
    cues: Sequence[Cue]
    names: Sequence[str]
    repeated: frozenset[str]
    title: str
    bylines: tuple[str, ...]
    run: Profile = SCRAPED
    kinds: Sequence[Kind] = ()
    reasons: dict[int, str] = field(default_factory=dict)

    def mark(self, i: int, reason: str, rule: Rule) -> None:
        """Remove paragraph ``i`` for ``reason`` when ``rule`` is one this page runs."""
        if rule in self.run.rules and not (self.kinds and self.kinds[i] in self.run.keeps):
            self.reasons.setdefault(i, reason)

    def edge_reason(self, i: int) -> str:
        """Why paragraph ``i`` belongs to an edge run by itself ("" when it does not)."""
        text = self.paragraphs[i]
        cue = first_cue(text, self.cues, edge=True)
        if cue is not None and not (cue.category == "bio" and self._opening_bio(i)) and not quoted_news(cue, text):
            return cue.category
        if Rule.REPEATS in self.run.rules and fold(text) in self.repeated:
            return "repeated across articles of this source"
        if Rule.METADATA in self.run.rules and repeats_metadata(text, self.title, self.bylines):
            return "title or byline repeated"
        return ""

    def _opening_bio(self, i: int) -> bool:
        """Whether bio-shaped paragraph ``i`` is the article's own text: about someone else than its writers, or
        above its middle and no writer's bio (`digest.chain.bios.an_opening`), or below it, the writers unknown, about
        someone the article named before (`digest.chain.bios.named_before`)."""
        text = self.paragraphs[i]
        if 2 * i < len(self.paragraphs):
            return an_opening(text, self.bylines)
        if not self.bylines:
            return named_before(text, self.paragraphs[:i])
        return someone_else(text, self.bylines)

    def offer(self, text: str) -> bool:
        """A priced line this page keeps as an item of a list of offers (not under `Rule.OFFER_LABELS`)."""
        return is_offer(text) and Rule.OFFER_LABELS not in self.run.rules

    def bridges(self, i: int) -> bool:
        """Whether paragraph ``i`` may sit inside a run of boilerplate without being a cue.

        A paragraph that reports ("said", "according to") is news even when it
        names the publisher, as in a story about the paper itself; so is one that names it only in its dateline's
        credit ("(KNA) - PORT ARDENT, DEC 4 - The board ..."): an agency's own story.
        """
        text = self.paragraphs[i]
        if is_label(text):  # a priced line too: "$1 a week" between two subscription appeals
            return True
        if reports(text) or caseless(text):  # a machine transcript's "we" is the speaker's, not the house's
            return False
        return addresses_reader(text) or (
            any(n in text for n in self.names) and any(n in strip_lead(text) for n in self.names)
        )
