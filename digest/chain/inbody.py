"""Boilerplate inside an article's body (`digest.chain.clean`): cue lines and what they bring along, captions and
their credits, duplicates, repeats across a source's articles, the title or byline repeated, pull quotes, and
clusters of labels."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.captions import CREDIT_ONLY, caption_like, caption_of
from digest.chain.cleanpage import Page, headline_like, quoted_news
from digest.chain.cues import first_cue
from digest.chain.layout import is_label, is_pull_quote, is_timestamp, repeats_metadata
from digest.chain.profiles import Rule
from digest.config import Cue
from digest.readers.document import fold

REST_FROM = 0.6
"""A "then: rest" heading only counts in the last 40% of the paragraphs."""


def body(page: Page) -> None:
    """Mark boilerplate inside the body (see the module docstring)."""
    paragraphs = page.paragraphs
    folded = [fold(p) for p in paragraphs]
    seen: set[str] = {folded[i] for i in page.reasons}
    for i in range(len(paragraphs)):
        if i in page.reasons:
            continue
        reason, rule = _body_reason(page, i, folded, seen)
        if reason and rule is not None:
            page.mark(i, reason, rule)
        seen.add(folded[i])
    _label_clusters(page)


def _body_reason(page: Page, i: int, folded: Sequence[str], seen: set[str]) -> tuple[str, Rule | None]:
    """Why paragraph ``i`` inside the body is not the article, and the rule that says so ("" when it is)."""
    text, paragraphs = page.paragraphs[i], page.paragraphs
    cue = first_cue(text, page.cues) if Rule.CUES in page.run.rules else None
    if cue is not None and not quoted_news(cue, text):
        _follow(page, i, cue)
        above = i > 0 and i - 1 not in page.reasons and caption_like(paragraphs[i - 1])
        if cue.category == "credit" and above and _more(page, i):
            page.mark(i - 1, "caption (above its credit line)", Rule.CUES)
        return cue.category, Rule.CUES
    caption = caption_of(text, page.rules) if Rule.CAPTIONS in page.run.rules else None
    if caption is not None or (Rule.CAPTIONS in page.run.rules and CREDIT_ONLY.match(text)):
        if caption and i > 0 and folded[i - 1] == fold(caption):
            page.reasons[i - 1] = "caption (repeated above its credit)"
        elif caption is None and i > 0 and i - 1 not in page.reasons and _captions(page, i):
            page.reasons[i - 1] = "caption (above a credit line)"
        seen.add(fold(caption or ""))
        return "caption with photo credit", Rule.CAPTIONS
    checks = (
        (not folded[i], "no words", Rule.NO_WORDS),
        (folded[i] in seen, "duplicate paragraph", Rule.DUPLICATES),
        (folded[i] in page.repeated, "repeated across articles of this source", Rule.REPEATS),
        (repeats_metadata(text, page.title, page.bylines), "title or byline repeated", Rule.METADATA),
        (is_pull_quote(text, list(paragraphs)), "pull quote", Rule.PULL_QUOTES),
    )
    return next(((reason, rule) for found, reason, rule in checks if found and rule in page.run.rules), ("", None))


def _more(page: Page, i: int) -> bool:
    """Whether article text follows paragraph ``i``: a credit line ending the article ("Reuters") credits the story,
    and the sentence above it is the article's last, no caption."""
    return any(j not in page.reasons for j in range(i + 1, len(page.paragraphs)))


def _captions(page: Page, i: int) -> bool:
    """Whether the line above the credit-only line ``i`` ("(Jane Roe/Getty Images)") is its caption: a line that is
    no sentence, or, under a credit that names a picture's source, a short sentence with more article after it."""
    above = page.paragraphs[i - 1]
    if headline_like(above):
        return True
    match = CREDIT_ONLY.match(page.paragraphs[i])
    named = match is not None and page.rules.credit.search(match.group("credit")) is not None
    return named and caption_like(above) and _more(page, i)


def _label_clusters(page: Page) -> None:
    """Labels next to a removed cue line (a newsletter box) and runs of two or more labels."""
    paragraphs, n = page.paragraphs, len(page.paragraphs)
    labels = [
        is_label(p) and not page.offer(p) and i not in page.reasons and not is_timestamp(p)
        for i, p in enumerate(paragraphs)
    ]
    for i in range(n):
        if not labels[i]:
            continue
        beside_cue = any(0 <= j < n and page.reasons.get(j) in _BOX_CATEGORIES for j in (i - 1, i + 1))
        in_cluster = (i > 0 and labels[i - 1]) or (i + 1 < n and labels[i + 1])
        if beside_cue or in_cluster:
            page.mark(i, "label beside boilerplate" if beside_cue else "list of labels or links", Rule.LABEL_CLUSTERS)


_BOX_CATEGORIES = frozenset({"appeal", "newsletter", "consent", "privacy"})
"""Cue categories that come in boxes: the labels right beside such a line belong to the box."""


def _follow(page: Page, i: int, cue: Cue) -> None:
    """Apply a cue's ``then``: the link lines under a list heading, or the rest of the article."""
    paragraphs, n = page.paragraphs, len(page.paragraphs)
    if cue.then == "links":
        j = i + 1
        while j < n and headline_like(paragraphs[j]):
            page.mark(j, "link list", Rule.LINK_LISTS)
            j += 1
    elif cue.then == "rest" and i >= REST_FROM * n:
        for j in range(i + 1, n):
            page.mark(j, f"after '{paragraphs[i].strip()}'", Rule.REST)
