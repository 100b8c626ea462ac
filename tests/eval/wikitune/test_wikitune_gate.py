"""The wikitune-set metadata gate: conversion's metadata on real articles the rules may be tuned on.

``meta_floors.yml`` pins the scores and records the first run; ``python -m tests.eval.wikitune.meta
--failures`` prints them and every failure (this set is for tuning: see its docstring).
"""

from __future__ import annotations

import gzip

import pytest

from digest.config import SiteConfig
from tests.eval.real.meta import Annotation
from tests.eval.wikitune import meta


@pytest.fixture(scope="module")
def notes() -> list[Annotation]:
    return meta.load_annotations()


def test_every_page_is_annotated_and_attributed(notes: list[Annotation]) -> None:
    pages = sorted(p.name.removesuffix(".txt.gz") for p in (meta.HERE / "pages").glob("*.txt.gz"))
    assert [n.key for n in notes] == pages
    sources = (meta.HERE / "SOURCES.md").read_text(encoding="utf-8")
    for note in notes:  # CC BY: each article's origin is named beside it
        assert note.key in sources, note.key
        assert note.url in sources, note.key


def test_no_page_is_also_in_the_fresh_set(notes: list[Annotation]) -> None:
    fresh = {p.name for p in (meta.HERE.parent / "fresh" / "pages").glob("*.txt.gz")}
    assert not fresh & {n.page.name for n in notes}
    fresh_sources = (meta.HERE.parent / "fresh" / "SOURCES.md").read_text(encoding="utf-8")
    assert not [n.url for n in notes if n.url in fresh_sources]


def test_saved_text_carries_the_address_in_the_plain_text_header(notes: list[Annotation]) -> None:
    note = notes[0]
    lines = meta.saved_text(note).decode("utf-8").split("\n")
    headline = gzip.decompress(note.page.read_bytes()).decode("utf-8").split("\n")[0]
    assert lines[:3] == [headline, f"URL: {note.url}", ""]


def test_the_failures_flag_lists_each_failed_check() -> None:
    tally = meta.Tally(passed=1, total=2, failures=["0123456789: missing 'X'"])
    scores = {metric: meta.Tally() for metric in meta.METRICS} | {"must_recall": tally}
    assert "0123456789: missing 'X'" not in meta.report(scores, {})
    assert "  - 0123456789: missing 'X'" in meta.report(scores, {}, failures=True).split("\n")


def test_every_score_is_at_or_above_its_floor(notes: list[Annotation], config: SiteConfig) -> None:
    below = meta.below_floors(meta.evaluate(notes, config), meta.load_floors())
    if below:
        pytest.fail("wikitune-set metadata scores below their floors:\n" + "\n".join(below))
