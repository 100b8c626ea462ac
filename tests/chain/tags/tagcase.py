"""The shape most tag-rule tests share: an invented article runs through the tagger, and some tags must be in
the result and others must not. A case names the rule it pins (its test id); the texts are invented."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pytest

from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs

LIMIT = 30  # high enough that a cap never hides a tag a case asks about


@dataclass(frozen=True)
class TagCase:
    """An article's paragraphs and what its tags must and must not hold."""

    text: tuple[str, ...]
    present: frozenset[str]  # every one is a tag
    absent: frozenset[str]  # none is a tag
    one_of: tuple[frozenset[str], ...]  # each group: exactly one form of one entity is a tag
    absent_prefixes: tuple[str, ...]  # no tag starts with any of these
    absent_parts: tuple[str, ...]  # no tag contains any of these
    title: str
    exclude: tuple[str, ...]  # names given as the article's authors


def case(
    rule: str,
    text: Sequence[str],
    *,
    present: Iterable[str] = (),
    absent: Iterable[str] = (),
    one_of: Iterable[Iterable[str]] = (),
    absent_prefixes: Iterable[str] = (),
    absent_parts: Iterable[str] = (),
    title: str = "A story",
    exclude: Iterable[str] = (),
) -> pytest.ParameterSet:
    """One parametrized case; `rule` says what it pins and is its test id."""
    return pytest.param(
        TagCase(
            text=tuple(text),
            present=frozenset(present),
            absent=frozenset(absent),
            one_of=tuple(frozenset(group) for group in one_of),
            absent_prefixes=tuple(absent_prefixes),
            absent_parts=tuple(absent_parts),
            title=title,
            exclude=tuple(exclude),
        ),
        id=rule,
    )


def tags_of(
    config: SiteConfig, paragraphs: Sequence[str], title: str = "A story", stated: Sequence[str] = ()
) -> set[str]:
    """The tags of an article made of these paragraphs."""
    return set(extract_tags(title, split_paragraphs(list(paragraphs)), config.entities, stated=stated, limit=LIMIT))


def ranked_tags(config: SiteConfig, paragraphs: Sequence[str], title: str = "A story") -> list[str]:
    """The tags of an article made of these paragraphs, most salient first."""
    return list(extract_tags(title, split_paragraphs(list(paragraphs)), config.entities, limit=LIMIT))


def check(config: SiteConfig, example: TagCase) -> None:
    """Assert every expectation of the case, naming the tags that break it."""
    sentences = split_paragraphs(list(example.text))
    tags = set(extract_tags(example.title, sentences, config.entities, example.exclude, limit=LIMIT))
    assert example.present <= tags, f"missing {sorted(example.present - tags)} from {sorted(tags)}"
    assert not example.absent & tags, f"unwanted {sorted(example.absent & tags)}"
    for forms in example.one_of:
        assert len(tags & forms) == 1, f"not exactly one of {sorted(forms)}: {sorted(tags & forms)}"
    prefixed = {t for t in tags if t.startswith(example.absent_prefixes)}
    assert not prefixed, f"tags that keep a word before the name: {sorted(prefixed)}"
    holding = {t for t in tags if any(part in t for part in example.absent_parts)}
    assert not holding, f"tags holding a part they must not: {sorted(holding)}"
