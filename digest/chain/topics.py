"""Topic assignment from the curated taxonomy in ``site_config/topics.yml``.

Each topic scores keyword hits (title x3, lead paragraph x2, elsewhere x1; one
keyword counts at most `MAX_HITS_PER_KEYWORD` times so one repeated word cannot
decide alone) plus `ENTITY_WEIGHT` for each of the article's tags that the topic
lists. Topics scoring at least `MIN_SCORE` and `RELATIVE` of the best are kept,
best first, up to three; with none, the best topic that scored at all; with no
score anywhere, the taxonomy's fallback topic.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from digest.config import Topic

MAX_TOPICS = 3
MIN_SCORE = 4.0
RELATIVE = 0.4
ENTITY_WEIGHT = 3.0
MAX_HITS_PER_KEYWORD = 3
WEIGHTS = (3.0, 2.0, 1.0)  # title, lead paragraph, rest


_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Keyword:
    topic: int
    words: tuple[str, ...]
    prefix: bool
    """The last word matches any word it begins (``deport*``)."""


class _Matcher:
    """All keywords of a taxonomy, indexed so a text is scanned once for every topic."""

    def __init__(self, topics: Sequence[Topic]) -> None:
        self.exact: dict[str, list[int]] = {}
        self.stems: dict[str, list[int]] = {}
        self.keywords: list[_Keyword] = []
        self._stem_cache: dict[str, tuple[int, ...]] = {}
        for t, topic in enumerate(topics):
            for keyword in topic.keywords:
                words = tuple(w.casefold() for w in _WORD.findall(keyword))
                if not words:
                    continue
                index = len(self.keywords)
                self.keywords.append(_Keyword(t, words, keyword.endswith("*")))
                if len(words) == 1 and keyword.endswith("*") and len(words[0]) >= 3:
                    self.stems.setdefault(words[0][:3], []).append(index)
                else:
                    self.exact.setdefault(words[0], []).append(index)

    def _matches(self, keyword: _Keyword, words: list[str], i: int) -> bool:
        tail = keyword.words
        if i + len(tail) > len(words):
            return False
        for k, want in enumerate(tail):
            word = words[i + k]
            last = k == len(tail) - 1
            if not (word == want or (last and keyword.prefix and word.startswith(want))):
                return False
        return True

    def hits(self, text: str) -> list[int]:
        """Indexes of the keywords found in ``text``, once per occurrence."""
        words = _WORD.findall(text.casefold())
        stems = self._stem_hits
        relevant = {w for w in set(words) if w in self.exact or stems(w)}
        found: list[int] = []
        for i in [i for i, word in enumerate(words) if word in relevant]:
            word = words[i]
            for index in self.exact.get(word, ()):
                if self._matches(self.keywords[index], words, i):
                    found.append(index)
            found += stems(word)
        return found

    def _stem_hits(self, word: str) -> tuple[int, ...]:
        """The ``stem*`` keywords ``word`` begins with, remembered per word."""
        candidates = self.stems.get(word[:3])
        if not candidates:
            return ()
        if (hits := self._stem_cache.get(word)) is None:
            hits = self._stem_cache[word] = tuple(i for i in candidates if word.startswith(self.keywords[i].words[0]))
        return hits


@functools.lru_cache(maxsize=16)
def _matcher(topics: tuple[Topic, ...]) -> _Matcher:
    return _Matcher(topics)


def score_topics(topics: Sequence[Topic], title: str, paragraphs: Sequence[str], tags: Sequence[str]) -> list[float]:
    """Every topic's score for one article (see the module docstring)."""
    matcher = _matcher(tuple(topics))
    parts = (title, paragraphs[0] if paragraphs else "", "\n".join(paragraphs[1:]))
    counts: dict[int, int] = {}
    scores = [0.0] * len(topics)
    for weight, text in zip(WEIGHTS, parts, strict=True):
        for index in matcher.hits(text):
            if counts.get(index, 0) < MAX_HITS_PER_KEYWORD:
                counts[index] = counts.get(index, 0) + 1
                scores[matcher.keywords[index].topic] += weight
    folded_tags = {tag.casefold() for tag in tags}
    for t, topic in enumerate(topics):
        scores[t] += ENTITY_WEIGHT * sum(1 for e in topic.entities if e.casefold() in folded_tags)
    return scores


def assign_topics(
    title: str,
    paragraphs: Sequence[str],
    tags: Sequence[str],
    topics: Sequence[Topic],
    fallback: str,
) -> tuple[str, ...]:
    """One to three topic titles for an article, best first."""
    scores = score_topics(topics, title, paragraphs, tags)
    scored = [(score, -i, t.title) for i, (score, t) in enumerate(zip(scores, topics, strict=True))]
    scored.sort(reverse=True)
    best = scored[0][0] if scored else 0.0
    chosen = [title_ for score, _, title_ in scored if score >= MIN_SCORE and score >= RELATIVE * best]
    if not chosen and best > 0:
        chosen = [scored[0][2]]  # a weak match still says more than the fallback
    return tuple(chosen[:MAX_TOPICS]) or ((fallback,) if fallback else ())
