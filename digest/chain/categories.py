"""Categories an input states (feed categories, ``article:section``/``article:tag``) as topics and tags.

A category equal to a topic's title or to one of its keywords (``deport*``
matches ``Deportation``) becomes that topic. Any other category becomes a tag
only when it looks like a name (``Nayib Bukele``, ``El Salvador``, ``NATO``):
capitalised words, no section label (``Local News``), nothing the entity rules
ignore. One word is a name only as an acronym or a known alias: a lone
capitalised word (``Ferries``, ``Transport``) is usually a section. Section
labels and lower-case keywords (``flood defences``) are dropped.

>>> looks_like_name("El Salvador", frozenset({"de"}), frozenset())
True
>>> looks_like_name("Local News", frozenset(), frozenset())
False
>>> looks_like_name("flood defences", frozenset(), frozenset())
False
>>> looks_like_name("Ferries", frozenset(), frozenset()), looks_like_name("NATO", frozenset(), frozenset())
(False, True)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from digest.config import SiteConfig, Topic

MAX_NAME_WORDS = 5
SECTION_WORDS = frozenset(
    {
        "news",
        "latest",
        "breaking",
        "top",
        "stories",
        "story",
        "local",
        "national",
        "regional",
        "opinion",
        "analysis",
        "live",
        "video",
        "videos",
        "photos",
        "pictures",
        "features",
        "feature",
        "comment",
        "editorial",
        "blog",
        "blogs",
        "home",
        "general",
        "uncategorized",
        "uncategorised",
        "more",
        "sections",
        "section",
        "world",
        "today",
        "daily",
        "briefing",
        "newsletter",
        "podcast",
        "podcasts",
        "review",
        "reviews",
        "lifestyle",
    }
)
"""Words that make a category a section label, never a name."""
_WORD = re.compile(r"[\w'’.&-]+")


_STEM_ENDING = re.compile(r"[\w-]*")
"""What may follow a ``stem*`` keyword's stem in a category."""


@functools.lru_cache(maxsize=16)
def _index(topics: tuple[Topic, ...]) -> tuple[dict[str, int], tuple[tuple[str, int], ...]]:
    """Every title and plain keyword, casefolded -> the first topic with it; every ``stem*`` keyword's stem and
    topic, in the topics' order. Made once per taxonomy: each category is then one look-up and a few stems."""
    exact: dict[str, int] = {}
    stems: list[tuple[str, int]] = []
    for t, topic in enumerate(topics):
        exact.setdefault(topic.title.casefold(), t)
        for keyword in map(str.casefold, topic.keywords):
            if keyword.endswith("*"):
                stems.append((keyword[:-1], t))
            else:
                exact.setdefault(keyword, t)
    return exact, tuple(stems)


def topic_for(category: str, topics: Sequence[Topic]) -> Topic | None:
    """The first topic whose title or keyword is ``category`` (case-insensitive), if any."""
    key = " ".join(category.casefold().split())
    exact, stems = _index(tuple(topics))
    found = exact.get(key, len(topics))
    for stem, t in stems:
        if t >= found:
            break
        if key.startswith(stem) and _STEM_ENDING.fullmatch(key, len(stem)):
            found = t
            break
    return topics[found] if found < len(topics) else None


def looks_like_name(
    category: str, connectors: frozenset[str], ignore: frozenset[str], known: Mapping[str, str] | None = None
) -> bool:
    """Capitalised words (connectors allowed inside), not a section label, not ignored."""
    words = _WORD.findall(category)
    if not words or len(words) > MAX_NAME_WORDS or category.casefold() in ignore:
        return False
    if len(words) == 1:
        return (len(category) > 1 and category.isupper()) or category.casefold() in (known or {})
    if any(w.casefold() in SECTION_WORDS for w in words):
        return False
    if words[0].casefold() in connectors and not words[0][0].isupper():
        return False
    return all(w[0].isupper() or (w.casefold() in connectors and i > 0) for i, w in enumerate(words))


def map_categories(categories: Sequence[str], config: SiteConfig) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(topics, tags) stated by ``categories``, in their order, without repeats."""
    topics: dict[str, None] = {}
    tags: dict[str, str] = {}
    rules = config.entities
    for category in categories:
        topic = topic_for(category, config.topics)
        if topic is not None:
            topics[topic.title] = None
        elif looks_like_name(category, rules.connectors, rules.ignore, rules.aliases):
            name = rules.aliases.get(category.casefold(), " ".join(category.split()))
            tags.setdefault(name.casefold(), name)
    return tuple(topics), tuple(tags.values())


_CATEGORY_SPLIT = re.compile(r"\s*[;|,]\s*")


def stated_names(categories: Iterable[str]) -> list[str]:
    """The names a category string may hold: its parts, without labels, and an inverted name put right.

    >>> stated_names(["Sport:Olympics (Summer);Sport:Swimming", "Bevin, Matthew", "Tennis,Davis Cup,Sport"])
    ['Olympics', 'Swimming', 'Bevin', 'Matthew', 'Matthew Bevin', 'Tennis', 'Davis Cup', 'Sport']
    """
    found: list[str] = []
    for category in categories:
        parts = [re.sub(r"\s*\([^)]*\)", "", p.rsplit(":", 1)[-1]).strip() for p in _CATEGORY_SPLIT.split(category)]
        parts = [p for p in parts if p]
        found += parts
        if category.count(",") == 1 and not set(category) & set(";|:") and len(parts) == 2:
            found.append(f"{parts[1]} {parts[0]}")  # "Bevin, Matthew": a name written surname first
    return list(dict.fromkeys(found))
