"""The third held-out gate: the converter scored on samples nobody tuned it on.

The samples in ``heldout3/samples/`` and the expectations in ``heldout3/cases.yml`` were
written by someone who had not read ``digest/``, ``site_config/`` or the other three sets,
before the converter was first run on them. The development set and both earlier held-out
sets have been used for tuning; this one has not: it is the final measurement of
generality. Scores must not fall below the floors pinned in ``heldout3/floors.yml``. Run
``python -m tests.eval.report --heldout3`` for the full report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import SiteConfig
from digest.document import fold
from tests.eval import report as report_cli
from tests.eval.cases import (
    HELDOUT3,
    HELDOUT3_CASES,
    HELDOUT3_FLOORS,
    ROOT,
    Case,
    Suite,
    coverage_problems,
    load_suite,
    read_case,
)
from tests.eval.gate import METRICS, Tally, evaluate, load_floors, report

SAMPLES = HELDOUT3 / "samples"


@pytest.fixture(scope="module")
def suite() -> Suite:
    return load_suite(HELDOUT3_CASES)


@pytest.fixture(scope="module")
def scores(suite: Suite, config: SiteConfig) -> dict[str, Tally]:
    return evaluate(suite, config)


def test_every_heldout3_score_is_at_or_above_its_floor(scores: dict[str, Tally]) -> None:
    floors = load_floors(HELDOUT3_FLOORS)
    below = [f"{n}: {t.score:.3f} < floor {floors[n]:.2f}" for n, t in scores.items() if t.score < floors[n]]
    if below:
        pytest.fail("third held-out scores below their floors:\n" + "\n".join(below) + "\n\n" + report(scores, floors))


def test_heldout3_floors_name_every_metric_and_are_shares() -> None:
    floors = load_floors(HELDOUT3_FLOORS)
    assert set(floors) == set(METRICS)
    assert all(0.0 <= value <= 1.0 for value in floors.values())


def test_the_third_heldout_set_has_24_marked_samples_each_with_a_case(suite: Suite) -> None:
    samples = sorted(p.relative_to(ROOT).as_posix() for p in SAMPLES.glob("*.txt"))
    assert len(samples) == 24
    assert all(Path(s).name.startswith("heldout3-") for s in samples)
    assert sorted(case.file for case in suite.cases) == samples
    assert "invented" in (SAMPLES / "README.md").read_text(encoding="utf-8")


def test_heldout3_topics_exist_in_the_taxonomy(suite: Suite, config: SiteConfig) -> None:
    unknown = {(c.name, t) for c in suite.cases for t in (*c.topics_any, *c.topics_all) if t not in config.topic_titles}
    assert unknown == set()


@pytest.mark.parametrize("case", load_suite(HELDOUT3_CASES).cases, ids=lambda case: case.name)
def test_each_heldout3_case_describes_every_paragraph_of_its_input(case: Case) -> None:
    assert coverage_problems(case, read_case(case)) == []


@pytest.mark.parametrize("case", load_suite(HELDOUT3_CASES).cases, ids=lambda case: case.name)
def test_each_heldout3_sample_has_300_to_900_words_of_article_text(case: Case) -> None:
    article = {fold(p): p for p in read_case(case).paragraphs if any(fold(k) in fold(p) for k in case.keep)}
    assert 300 <= sum(len(p.split()) for p in article.values()) <= 900


def test_the_report_prints_the_heldout3_table(capsys: pytest.CaptureFixture[str]) -> None:
    status = report_cli.main(["--heldout3"])
    out = capsys.readouterr().out
    assert "third held-out set: tests/eval/heldout3/cases.yml" in out
    assert all(name in out for name in METRICS)
    assert status == 0


def test_the_report_takes_one_set_at_a_time() -> None:
    with pytest.raises(SystemExit):
        report_cli.main(["--heldout2", "--heldout3"])
