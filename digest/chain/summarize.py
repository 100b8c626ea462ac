"""Extractive summaries: the lead, with guards.

For news the lead is the strongest unsupervised summary (Lead-3 beats TextRank
and LexRank on CNN/DailyMail), so the summary is the first sentences of the
cleaned body, in order, skipping any sentence that would read wrongly out of
context:

- it opens with a dangling connective ("However", "For his part", "Also");
- it opens with a pronoun, when it would be the summary's first sentence;
- it is a quote fragment (unbalanced quotation marks) or starts with a quote;
- it matches a boilerplate cue, has fewer than four words, or does not end like a
  sentence (a subheading, a line ending in a colon).

At most three sentences and about 70 words. A first sentence over the cap is
only cut (with an ellipsis) when no sentence of the lead fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.chain.clean import first_cue
from digest.config import Boilerplate, Cue
from digest.readers.document import straighten, strip_dateline
from digest.text.markdown import prose_paragraphs
from digest.text.sentences import Sentence, split_paragraphs

MAX_WORDS = 70
MAX_SENTENCES = 3
LEAD_SENTENCES = 12
MIN_WORDS = 4
CONNECTIVES = (
    "however",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "still",
    "also",
    "meanwhile",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "instead",
    "in addition",
    "additionally",
    "for his part",
    "for her part",
    "for their part",
    "for its part",
    "on the other hand",
    "in contrast",
    "by contrast",
    "as a result",
    "even so",
    "that said",
    "then",
    "thus",
    "therefore",
    "besides",
    "likewise",
    "similarly",
    "otherwise",
    "in turn",
    "at the same time",
    "in response",
    "separately",
    "earlier",
    "later",
    "this",
    "these",
    "those",
    "such",
    "indeed",
    "after all",
    "of course",
    "as well",
    "too",
    "again",
)
PRONOUNS = ("he", "she", "they", "it", "his", "her", "their", "its", "we", "i", "him", "them")
_CONNECTIVE_RE = re.compile(rf"^(?:{'|'.join(re.escape(c) for c in CONNECTIVES)})\b", re.IGNORECASE)
_PRONOUN_RE = re.compile(rf"^(?:{'|'.join(PRONOUNS)})\b", re.IGNORECASE)
_OPEN_QUOTES = "“‘\"'"
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*$")


def _balanced(text: str) -> bool:
    straight = straighten(text)
    return straight.count('"') % 2 == 0 and text.count("“") == text.count("”")


def _dangling(text: str) -> bool:
    return bool(_CONNECTIVE_RE.match(text))


def _usable(text: str, cues: Sequence[Cue]) -> bool:
    words = len(text.split())
    return (
        words >= MIN_WORDS
        and _ENDS_SENTENCE.search(text.rstrip()) is not None
        and text[:1] not in _OPEN_QUOTES
        and _balanced(text)
        and not _dangling(text)
        and any(c.islower() for c in text)
        and first_cue(text, cues, edge=True) is None
    )


def summarize(sentences: Sequence[Sentence], rules: Boilerplate | None = None) -> str:
    """A plain-text summary from the first usable sentences of the body."""
    lead = [s.text for s in sentences[:LEAD_SENTENCES]]
    cues = rules.active(straighten(" ".join(lead)).lower()) if rules else ()
    if lead:
        lead[0] = strip_dateline(lead[0])
    picked: list[str] = []
    total = 0
    for text in lead:
        if not _usable(text, cues) or (not picked and _PRONOUN_RE.match(text)):
            continue
        words = len(text.split())
        if total + words > MAX_WORDS:
            if picked:
                break
            continue
        picked.append(text)
        total += words
        if len(picked) == MAX_SENTENCES:
            break
    if picked:
        return " ".join(picked)
    return _cut(next((t for t in lead if _usable(t, cues)), lead[0] if lead else ""))


def from_markdown(body: str, lang: str | None = None) -> str:
    """`summarize` for an article an editor wrote: the first sentences of the body's prose paragraphs.

    The same rules as for a conversion; no boilerplate cues (the editor wrote the text).

    >>> from_markdown("## Vote\\n\\nThe council voted to fund a **sea wall** on Monday. It will cost more.")
    'The council voted to fund a sea wall on Monday. It will cost more.'
    """
    head = _head(body)
    found = split_paragraphs(prose_paragraphs(head), lang or "en")
    if len(found) < LEAD_SENTENCES and head != body:  # the opening was too short to hold the lead
        found = split_paragraphs(prose_paragraphs(body), lang or "en")
    return summarize(found)


HEAD_CHARS = 3000
"""About this much of a body is rendered to find its lead (rendering all of an 800-word body takes 2 ms)."""
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE)


def _head(body: str) -> str:
    """The body up to the first blank line after `HEAD_CHARS`, with the link definitions of the rest.

    Blocks before a blank line read the same without what follows them, but for
    reference links (``[text][ref]``) defined further down: those definitions come along.
    """
    cut = _BLANK_LINE.search(body, HEAD_CHARS)
    if cut is None:
        return body
    rest = body[cut.end() :]
    return body[: cut.start()] + "\n\n" + "\n".join(_REFERENCE.findall(rest))


def _cut(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_WORDS:
        return text
    return " ".join(words[:MAX_WORDS]).rstrip(",;:—–-") + "…"
