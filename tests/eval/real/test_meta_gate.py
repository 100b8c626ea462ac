"""The real-page metadata gate: tags, summaries, sources, titles, authors and topics on real pages.

The annotation was made by editors who had read neither ``digest/`` nor any output;
``meta_floors.yml`` pins each split's scores and records the first run's.
``python -m tests.eval.real.meta`` prints the full report.
"""

from __future__ import annotations

import dataclasses

import pytest

from digest.chain.pipeline import Conversion
from digest.config import SiteConfig
from digest.contract.model import Article
from tests.conftest import ADDED
from tests.eval.gate import Tally
from tests.eval.real import agreement, meta, untabled

_PAGES = 121
_ENGLISH = 110


@pytest.fixture(scope="module")
def notes() -> list[meta.Annotation]:
    return meta.load_annotations()


@pytest.fixture(scope="module")
def scores(notes: list[meta.Annotation], config: SiteConfig) -> dict[str, dict[str, Tally]]:
    return meta.evaluate(notes, config)


def test_every_score_is_at_or_above_its_floor(scores: dict[str, dict[str, Tally]]) -> None:
    floors = meta.load_floors()
    below = meta.below_floors(scores, floors)
    if below:
        pytest.fail("real-page metadata scores below their floors:\n" + "\n".join(below))


def test_floors_name_every_metric_of_both_splits_and_are_shares() -> None:
    floors = meta.load_floors()
    assert all(set(floors[split]) == set(meta.METRICS) for split in meta.SPLITS)
    assert all(0.0 <= v <= 1.0 for split in floors.values() for v in split.values())


def test_the_set_covers_the_english_pages_in_both_splits(notes: list[meta.Annotation]) -> None:
    assert len(list(meta.PAGES.glob("*.html.gz"))) == _PAGES
    assert len(notes) == _ENGLISH
    sizes = {split: sum(1 for a in notes if a.split == split) for split in meta.SPLITS}
    assert min(sizes.values()) >= 50


def test_annotated_topics_exist_in_the_taxonomy(notes: list[meta.Annotation], config: SiteConfig) -> None:
    assert {(a.key, t) for a in notes for t in a.topics if t not in config.topic_titles} == set()


def _note(**changes: object) -> meta.Annotation:
    base = meta.Annotation(
        key="ab0",
        url="https://example.org/a",
        kind="news",
        title="Ships collide off Cádiz",
        publisher="Example Post",
        wire=None,
        authors=("Ana Ruiz",),
        lead="Two cargo ships collided",
        lead_usable=True,
        must_tags=("Côte d'Ivoire", "International Maritime Organization"),
        ok_tags=("Côte d'Ivoire", "International Maritime Organization", "Cádiz", "Oscars"),
        aliases={"International Maritime Organization": ("IMO",), "Oscars": ("Oscar", "Academy Awards")},
        topics=("World",),
        page=meta.PAGES / "ab0.html.gz",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_tags_match_any_form_folded_and_a_repeated_entity_is_rejected() -> None:
    good, bad, missing = meta.judge_tags(["COTE D’IVOIRE", "IMO", "International Maritime Organization"], _note())
    assert good == ["COTE D’IVOIRE", "IMO"]
    assert bad == ["International Maritime Organization (again)"]
    assert missing == []


def test_an_alias_the_editor_also_listed_as_a_tag_is_the_entity_it_is_an_alias_of() -> None:
    note = _note(
        must_tags=("Macon, Ga.",), ok_tags=("Macon, Ga.", "Macon", "Georgia"), aliases={"Macon, Ga.": ("Macon",)}
    )
    good, bad, missing = meta.judge_tags(["Macon", "Georgia", "Macon, Ga."], note)
    assert good == ["Macon", "Georgia"]
    assert bad == ["Macon, Ga. (again)"]
    assert missing == []


def test_fragments_are_rejected_and_missing_must_tags_are_named() -> None:
    good, bad, missing = meta.judge_tags(["Oscar", "Cadiz.", "Maritime Organization"], _note())
    assert good == ["Oscar"]
    assert bad == ["Cadiz.", "Maritime Organization"]
    assert missing == ["Côte d'Ivoire", "International Maritime Organization"]


def _scored(note: meta.Annotation, notes: tuple[str, ...] = (), **fields: object) -> dict[str, Tally]:
    values: dict[str, object] = {
        "title": "Ships collide off Cádiz",
        "added": ADDED,
        "id": "x",
        "body": "Two cargo ships collided.",
        "summary": "Two cargo ships collided off the coast.",
        "source": "Example Post",
        "authors": ("Ana Ruiz",),
        "topics": ("World",),
    }
    values.update(fields)
    article = Article(**values)  # type: ignore[arg-type]
    scores = {m: Tally() for m in meta.METRICS}
    meta.score_page(note, Conversion(article, (), notes), scores)
    return scores


def test_a_wire_story_scores_the_wire_as_source_and_the_site_as_via() -> None:
    wire = _note(wire="The Associated Press")
    right = _scored(wire, source="The Associated Press", via="Example Post")
    assert (right["source_news"].passed, right["via_wire"].passed) == (1, 1)
    wrong = _scored(wire, source="Example Post")
    assert (wrong["source_news"].passed, wrong["source_news"].total, wrong["via_wire"].passed) == (0, 1, 0)
    feature = _scored(_note(kind="feature"), source="Someone Else")
    assert feature["source_news"].total == 0


def test_an_unusable_lead_is_scored_by_the_output_line_not_the_summary_start() -> None:
    unusable = _note(lead_usable=False)
    flagged = _scored(unusable, notes=("lead unusable as a summary (a list): summary from the best early sentences",))
    assert (flagged["lead_flag"].passed, flagged["summary_lead"].total, flagged["summary_unusable"].passed) == (1, 0, 1)
    assert _scored(unusable)["lead_flag"].passed == 0
    false_alarm = _scored(_note(), notes=("lead unusable as a summary",))
    assert (false_alarm["lead_flag"].passed, false_alarm["summary_lead"].passed) == (0, 1)


def test_titles_and_authors_keep_case_but_fold_quotes_and_spaces() -> None:
    assert _scored(_note(title="It’s  here"), title="It's here")["title_exact"].passed == 1
    shouted = _scored(_note(), authors=("ANA RUIZ",))
    assert shouted["authors_exact"].passed == 0
    assert _scored(_note(), title="Ships collide off Cádiz | Example Post")["title_exact"].passed == 0


def test_the_report_prints_both_splits_and_only_the_tune_failures(scores: dict[str, dict[str, Tally]]) -> None:
    text = meta.report(scores, meta.load_floors())
    assert "tune (floor)" in text
    assert "untouched (floor)" in text
    assert all(metric in text for metric in meta.METRICS)
    assert "untouched: " not in text.split("! below its floor")[1]


def test_the_publisher_is_found_without_the_table_at_or_above_its_floors(
    notes: list[meta.Annotation], config: SiteConfig
) -> None:
    scores = untabled.evaluate(notes, config)
    floors = meta.load_floors(untabled.FLOORS)
    below = [
        f"{split}: {tally.score:.3f} < floor {floors[split]['source_news']:.2f}"
        for split, tally in scores.items()
        if tally.score < floors[split]["source_news"]
    ]
    assert not below, below


def test_the_second_editors_tagged_every_page_the_first_did(notes: list[meta.Annotation]) -> None:
    second = agreement.load_second()
    assert set(second) == {n.key for n in notes}
    assert all(set(t.must_tags) <= set(t.ok_tags) for t in second.values())
