"""Which cleaning rules run on which text: scraped plain text, or text an extractor isolated from a page.

The rules of `digest.chain.clean` were written for scraped plain text, where the
whole page comes through: navigation, labels, link lists, appeals. On a web page
trafilatura has already isolated the article, and the same rules cut paragraphs,
lists, table rows and short lines that are the article. So a page's text runs
only the rules measured right on real pages (`EXTRACTED`):
``python -m tests.eval.real.rules`` shows, for each rule, how many paragraphs it
removed that the human-marked article holds (wrong) and how many it does not (right).

On the 64 tune pages of ``tests/eval/real/`` (``--scraped``: every rule on a page's text):

| rule (reason given) | wrong | right | on a page's text |
| --- | --- | --- | --- |
| duplicate paragraphs | 218 | 0 | off: repeated questions, table rows, list items are the article |
| clusters of labels (a list of labels or links) | 131 | 1 | off: tables, lists, short lines are the article |
| labels above and below the article | 67 | 21 | off |
| lines between and next to cue lines at the edges | 8 | 4 | off |
| title or byline repeated, captions, pull quotes, no words | 14 | 0 | off |
| cues furniture, appeal, footer, prompt, section | 15 | 12 | off |
| cues newsletter, link (and the link lists under it), credit | 0 | 16 | on |
| standfirst: a heading above the first paragraph that repeats the title or is a sentence | 0 | 9 | on |

With `EXTRACTED`, list items and table rows are never removed: 0 wrong, 26 right.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from digest.text.blocks import Kind


class Rule(enum.Enum):
    """A kind of removal `digest.chain.clean` makes."""

    EDGE_LABELS = "labels at the edges"
    EDGE_RUNS = "cue lines at the edges"
    BRIDGES = "lines between and next to cue lines at the edges"
    CUES = "cue phrases in the body"
    LINK_LISTS = "link lines under a list heading"
    REST = "everything after a closing heading"
    CAPTIONS = "captions and credits"
    NO_WORDS = "paragraphs without words"
    DUPLICATES = "duplicate paragraphs"
    REPEATS = "paragraphs repeated across a source's articles"
    METADATA = "title or byline repeated"
    PULL_QUOTES = "pull quotes"
    LABEL_CLUSTERS = "clusters of labels"
    STANDFIRST = "standfirst above the article"
    OFFER_LABELS = "priced lines as labels"


@dataclass(frozen=True, slots=True)
class Profile:
    """The rules that may remove a paragraph, and the cue categories they use (None: all of them)."""

    rules: frozenset[Rule]
    cue_categories: frozenset[str] | None = None
    keeps: frozenset[Kind] = frozenset()
    """Blocks no rule removes (list items and table rows of a page are the article's own structure)."""


SCRAPED = Profile(frozenset(Rule) - {Rule.STANDFIRST, Rule.OFFER_LABELS})
"""Scraped plain text: every rule (a standfirst needs to know which paragraphs are headings); a short line
naming a price ("Drip kit: $35 (was $60)") is an item of the article's list of offers, not a label."""
DESCRIBED = Profile(frozenset(Rule) - {Rule.STANDFIRST})
"""What a page's summary, tags and topics read besides the extracted text's own rules (`digest.chain.pipeline`):
every rule, a priced line counted as a label too (a shop's list is no sentence to summarise or tag)."""
EXTRACTED = Profile(
    frozenset({Rule.STANDFIRST, Rule.CUES, Rule.LINK_LISTS}),
    frozenset({"newsletter", "link", "credit"}),
    frozenset({Kind.ITEM, Kind.ROW}),
)
"""Text an article extractor already isolated from a page: only the rules measured right on real pages."""
