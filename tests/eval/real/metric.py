"""The article-body metric of the real-page benchmark, written from its description.

Both texts are cut into word tokens (runs of Unicode word characters, case
kept); every run of four consecutive tokens is a *shingle* (a text of one to
three tokens is one shingle, an empty text has none), counted as a multiset.
Per page, tp = shingles in both (with multiplicity), fp = only in the
prediction, fn = only in the gold, each divided by tp + fp + fn. Precision
(tp / (tp + fp)) is averaged over the pages where the prediction has shingles,
recall (tp / (tp + fn)) over the pages where the gold has any; F1 is the
harmonic mean of the two averages.

>>> s = score("the cat sat on the mat", "the cat sat on the mat today")
>>> s.tp, s.fp, s.fn
(0.75, 0.0, 0.25)
>>> s.precision, s.recall
(1.0, 0.75)
>>> score("The cat sat on the mat", "the cat sat on the mat").tp  # case counts
0.5
>>> round(summary([s, score("a b c", "a b c")]).f1, 4)
0.9333
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of ``text``."""
    words = tokens(text)
    if len(words) <= SHINGLE:
        return Counter([tuple(words)] if words else [])
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's normalised tp, fp and fn."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        """None when the prediction has no shingle (not averaged)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else None

    @property
    def recall(self) -> float | None:
        """None when the gold has no shingle (not averaged)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else None


def score(predicted: str, gold: str) -> PageScore:
    ours, truth = shingles(predicted), shingles(gold)
    tp = sum((ours & truth).values())
    fp = sum((ours - truth).values())
    fn = sum((truth - ours).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


@dataclass(frozen=True, slots=True)
class Summary:
    """Macro-averaged precision and recall over pages, and the F1 of the two."""

    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def summary(scores: Sequence[PageScore]) -> Summary:
    precisions = [p for s in scores if (p := s.precision) is not None]
    recalls = [r for s in scores if (r := s.recall) is not None]
    return Summary(
        sum(precisions) / len(precisions) if precisions else 0.0,
        sum(recalls) / len(recalls) if recalls else 0.0,
        len(scores),
    )


def coverage(paragraph: str, found: Counter[tuple[str, ...]]) -> float:
    """Share of ``paragraph``'s shingles present in ``found`` (1.0 for a paragraph without words)."""
    own = shingles(paragraph)
    total = sum(own.values())
    return sum((own & found).values()) / total if total else 1.0
