"""The real-page gate: article bodies of 121 real pages, scored against what people marked as the article.

``digest convert`` converts every page once per test session (`tests.eval.real.body`);
each body is read back from the Markdown file, rendered as the site renders it, and
scored with the benchmark's metric (`tests.eval.real.metric`). F1, precision and
recall of the tune and untouched halves must stay at or above ``floors.yml``, whose
comments keep the first run. ``python -m tests.eval.real.body`` prints the full
report, with bare trafilatura beside it.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
import yaml

from tests.eval.real import body as real
from tests.eval.real import metric

FLOORS = Path(__file__).with_name("floors.yml")
SCORES = ("f1", "precision", "recall")
STRUCTURE = {
    "pages_with_subheadings": re.compile(r"(?m)^#{2,6} "),
    "pages_with_lists": re.compile(r"(?m)^(?:- |\d+\. )"),
    "pages_with_tables": re.compile(r"(?m)^\|(?: --- \|)+$"),
    "pages_with_quotes": re.compile(r"(?m)^> "),
}
SAFE_ELEMENTS = {"div", "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "thead", "tbody"}
SAFE_ELEMENTS |= {"tr", "th", "td"}


@pytest.fixture(scope="session")
def bodies() -> dict[str, str]:
    """Every page's Markdown body as ``digest convert`` wrote it."""
    return real.ours(list(real.gold()))


@pytest.fixture(scope="session")
def summaries(bodies: dict[str, str]) -> dict[str, metric.Summary]:
    md = real.site_markdown()
    return real.summaries(real.score_pages({k: real.rendered_text(b, md) for k, b in bodies.items()}, real.gold()))


def floors() -> dict[str, float]:
    loaded: dict[str, float] = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))
    return loaded


def test_floors_name_every_score() -> None:
    expected = {f"{score}_{split}" for score in SCORES for split in ("tune", "untouched")} | set(STRUCTURE)
    assert set(floors()) == expected


@pytest.mark.parametrize("split", ["tune", "untouched"])
def test_scores_are_at_or_above_their_floors(summaries: dict[str, metric.Summary], split: str) -> None:
    found = summaries[split]
    scores = {"f1": found.f1, "precision": found.precision, "recall": found.recall}
    pinned = {name: floors()[f"{name}_{split}"] for name in SCORES}
    below = [f"{name}_{split}: {value:.4f} < {pinned[name]}" for name, value in scores.items() if value < pinned[name]]
    assert below == [], "scores below their floors (python -m tests.eval.real.body tells which pages lose what)"


def test_every_page_converts(bodies: dict[str, str]) -> None:
    assert sorted(k for k, b in bodies.items() if not b.strip()) == []


def test_structure_comes_through_as_markdown(bodies: dict[str, str]) -> None:
    counts = {name: sum(1 for b in bodies.values() if pattern.search(b)) for name, pattern in STRUCTURE.items()}
    assert {n: c for n, c in counts.items() if c < floors()[n]} == {}


def test_bodies_carry_no_character_reference_but_where_markdown_needs_one(bodies: dict[str, str]) -> None:
    """``&amp;`` and ``&lt;`` only before what would read as an entity or a tag; never ``&#91;`` and the like."""
    references = {m.group(0) for b in bodies.values() for m in re.finditer(r"&#?\w+;", b)}
    assert references <= {"&lt;", "&amp;"}
    needless = re.compile(r"&amp;(?!#?\w+;)|&lt;(?![A-Za-z/!?]|[^\s>]*@[^\s>]*>)")
    assert [m.group(0) for b in bodies.values() for m in needless.finditer(b)] == []


def test_bodies_render_as_text_in_elements_of_their_structure_only(bodies: dict[str, str]) -> None:
    md = real.site_markdown()
    for key, text in bodies.items():
        root = lxml.html.fragment_fromstring(md.reset().convert(text) or "<p></p>", create_parent="div")
        for link in root.xpath("//a[@class='headerlink']"):
            link.drop_tree()
        tags = {el.tag for el in root.iter()}
        assert tags <= SAFE_ELEMENTS, (key, tags - SAFE_ELEMENTS)
        assert {name for el in root.iter() for name in el.attrib} <= {"id"}, key
