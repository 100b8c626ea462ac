"""The title's names (`boost_from_title`): the title adds its weight to the entities it names, and names outright a
country the text names only by its people."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from digest.text.tokens import Token, tokenize

TITLE_WEIGHT = 3.0


class Titled(Protocol):
    """What the title changes in an entity (`digest.chain.tags`)."""

    forms: dict[str, int]
    surfaces: set[str]
    score: float
    direct: bool
    titled: bool


def boost_from_title(title: str, entities: Iterable[Titled]) -> None:
    """Add the title's weight to entities whose forms appear in the title.

    The title only boosts names found in the body: titles are often in Title Case,
    where capitals say nothing about names. A country the body names only by its people's name ("Malaysians") is
    named outright when the title writes it.
    """
    tokens = tokenize(title)
    texts = [t.text for t in tokens]
    words = f" {' '.join(t.text for t in tokens if t.word)} "
    entities = list(entities)
    forms = {form for entity in entities for form in entity.forms}
    for entity in entities:
        if any(f" {form} " in words for form in entity.surfaces | set(entity.forms)):
            entity.score += TITLE_WEIGHT
            entity.titled = True
            entity.direct = entity.direct or any(_alone_in(form, tokens, texts, forms) for form in entity.forms)


def _at(form: str, texts: Sequence[str]) -> Iterator[int]:
    """Where the words of ``form`` stand in a run of token texts."""
    parts = form.split()
    return (k for k in range(len(texts) - len(parts) + 1) if texts[k : k + len(parts)] == parts)


def _alone_in(form: str, tokens: Sequence[Token], texts: Sequence[str], forms: Iterable[str]) -> bool:
    """Whether the title writes ``form`` as a name of its own: no capitalised word against it and no longer name of
    the article around it ("Malaysia: Rallies ...", not "DR Congo", "Malaysia Airlines" nor "Republic of Congo")."""
    size = len(form.split())
    inside = {
        k + j
        for longer in forms
        if len(longer) > len(form) and f" {form} " in f" {longer} "
        for k in _at(longer, texts)
        for j in range(len(longer.split()))
    }
    for k in _at(form, texts):
        around = [tokens[i] for i in (k - 1, k + size) if 0 <= i < len(tokens)]
        if k not in inside and not any(t.word and t.capitalised for t in around):
            return True
    return False
