"""The held-out gate: the converter's heuristics scored on samples written without reading them.

The samples in ``heldout/samples/`` and the expectations in ``heldout/cases.yml`` were
written by someone who had not read ``digest/``, ``site_config/`` or the development set,
before the converter was first run on them. Scores must not fall below the floors pinned
in ``heldout/floors.yml``. Run ``python -m tests.eval.report --heldout`` for the full report.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from digest.config import SiteConfig
from digest.document import RawDocument
from digest.problems import InputError
from digest.readers.plaintext import read_text
from tests.eval import report as report_cli
from tests.eval.cases import (
    HELDOUT,
    HELDOUT_CASES,
    HELDOUT_FLOORS,
    ROOT,
    Case,
    Suite,
    coverage_problems,
    load_suite,
    read_case,
)
from tests.eval.gate import METRICS, Tally, evaluate, load_floors, report

SAMPLES = HELDOUT / "samples"
_DATE_LINE = re.compile(rb"^Date:.*\n", re.MULTILINE)


@pytest.fixture(scope="module")
def suite() -> Suite:
    return load_suite(HELDOUT_CASES)


@pytest.fixture(scope="module")
def scores(suite: Suite, config: SiteConfig) -> dict[str, Tally]:
    return evaluate(suite, config)


def test_every_heldout_score_is_at_or_above_its_floor(scores: dict[str, Tally]) -> None:
    floors = load_floors(HELDOUT_FLOORS)
    below = [f"{n}: {t.score:.3f} < floor {floors[n]:.2f}" for n, t in scores.items() if t.score < floors[n]]
    if below:
        pytest.fail("held-out scores below their floors:\n" + "\n".join(below) + "\n\n" + report(scores, floors))


def test_heldout_floors_name_every_metric_and_are_shares() -> None:
    floors = load_floors(HELDOUT_FLOORS)
    assert set(floors) == set(METRICS)
    assert all(0.0 <= value <= 1.0 for value in floors.values())


def test_the_heldout_set_has_twenty_marked_samples_each_with_a_case(suite: Suite) -> None:
    samples = sorted(p.relative_to(ROOT).as_posix() for p in SAMPLES.glob("*.txt"))
    assert len(samples) == 20
    assert all(Path(s).name.startswith("heldout-") for s in samples)
    assert sorted(case.file for case in suite.cases) == samples
    assert "invented" in (SAMPLES / "README.md").read_text(encoding="utf-8")


def test_heldout_topics_exist_in_the_taxonomy(suite: Suite, config: SiteConfig) -> None:
    unknown = {(c.name, t) for c in suite.cases for t in (*c.topics_any, *c.topics_all) if t not in config.topic_titles}
    assert unknown == set()


def _described_input(case: Case) -> RawDocument:
    """The case's raw input; one whose Date line the reader refuses is read without it, to check coverage only."""
    try:
        return read_case(case)
    except InputError:
        raw = _DATE_LINE.sub(b"", (ROOT / case.file).read_bytes(), count=1)
        (doc,) = read_text(case.file, raw)
        return doc


@pytest.mark.parametrize("case", load_suite(HELDOUT_CASES).cases, ids=lambda case: case.name)
def test_each_heldout_case_describes_every_paragraph_of_its_input(case: Case) -> None:
    assert coverage_problems(case, _described_input(case)) == []


def test_a_refused_input_fails_every_check_of_its_case(suite: Suite, config: SiteConfig, tmp_path: Path) -> None:
    source = ROOT / suite.cases[0].file
    bad = tmp_path / "refused.txt"
    bad.write_bytes(source.read_bytes().split(b"\n", 1)[0] + b"\n")  # a title and no text: refused
    case = dataclasses.replace(suite.cases[0], file=bad.as_posix())
    with pytest.raises(InputError):
        read_case(case)
    scores = evaluate(Suite(suite.junk, (case,)), config)
    assert all(tally.passed == 0 and tally.total >= 1 for tally in scores.values())
    assert scores["keep_recall"].total == len(case.keep)
    assert scores["drop_recall"].total == len(case.drop)
    assert scores["tag_include_recall"].total == len(case.tags_include)
    assert all(len(t.failures) == 1 and "not converted" in t.failures[0] for t in scores.values())


def test_the_report_prints_the_heldout_table(capsys: pytest.CaptureFixture[str]) -> None:
    status = report_cli.main(["--heldout"])
    out = capsys.readouterr().out
    assert "held-out set: tests/eval/heldout/cases.yml" in out
    assert all(name in out for name in METRICS)
    assert status == 0
