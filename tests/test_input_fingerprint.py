"""A field added to `RawDocument` later does not change the fingerprint of a document that leaves it unset:
records written before the field existed stay valid, and only the inputs that now say more read as changed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from digest.readers.document import RawDocument
from digest.store.state import ALWAYS_HASHED, fingerprint


@dataclass(frozen=True, slots=True)
class _Later(RawDocument):
    """RawDocument as a later version might be: one more field a reader may set."""

    masthead: str | None = None


def _doc() -> RawDocument:
    return RawDocument("inbox/a.html", "A title", ("One paragraph.", "Two."), url="https://example.org/a")


def _later(doc: RawDocument, **more: object) -> _Later:
    return _Later(**{f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)}, **more)  # type: ignore[arg-type]


def test_a_new_field_left_at_its_default_keeps_the_fingerprint() -> None:
    doc = _doc()
    assert fingerprint(_later(doc)) == fingerprint(doc)


def test_a_new_field_a_reader_sets_changes_the_fingerprint() -> None:
    doc = _doc()
    assert fingerprint(_later(doc, masthead="The Evening Post")) != fingerprint(doc)


def test_an_old_field_at_its_default_still_counts() -> None:
    """The fields hashed before this rule stay hashed at their defaults: old records keep matching."""
    doc = _doc()
    assert fingerprint(doc) != fingerprint(dataclasses.replace(doc, lang="en"))
    assert fingerprint(doc) != fingerprint(dataclasses.replace(doc, paragraphs=("One paragraph.",)))


def test_every_always_hashed_field_exists() -> None:
    assert {f.name for f in dataclasses.fields(RawDocument)} >= ALWAYS_HASHED
