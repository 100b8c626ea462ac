"""The held-out gates: the converter scored on samples written by someone who had not read its code.

Each set (``heldout/``, ``heldout2/``, ``heldout3/``) holds invented samples and an
editor's expectations (``cases.yml``), written before the converter was first run
on them; ``floors.yml`` pins the scores, and its comments record the set's first-run
scores, the honest measure of generality. Scores must not fall below the floors.
``python -m tests.eval.report --heldout`` (``--heldout2``, ``--heldout3``) prints a
set's full report.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from digest.config import SiteConfig
from digest.problems import InputError
from digest.readers.document import RawDocument, fold
from digest.readers.plaintext import read_text
from tests.eval import report as report_cli
from tests.eval.cases import ROOT, Case, Suite, coverage_problems, load_suite, read_case
from tests.eval.gate import METRICS, Tally, evaluate, load_floors, report

SIZES = {"heldout": 20, "heldout2": 24, "heldout3": 24}
"""Each held-out set by its report option, with its number of samples."""
_DATE_LINE = re.compile(rb"^Date:.*\n", re.MULTILINE)


def _set(name: str) -> tuple[str, Path, Path]:
    return report_cli.SETS[name]


def _cases(name: str) -> list[tuple[str, Case]]:
    return [(name, case) for case in load_suite(_set(name)[1]).cases]


EVERY_CASE = [pytest.param(n, c, id=f"{n}/{c.name}") for name in SIZES for n, c in _cases(name)]


@pytest.fixture(scope="module", params=list(SIZES))
def heldout(request: pytest.FixtureRequest, config: SiteConfig) -> tuple[str, Suite, dict[str, Tally]]:
    """A held-out set's name, its cases and its scores."""
    suite = load_suite(_set(request.param)[1])
    return request.param, suite, evaluate(suite, config)


def test_every_score_is_at_or_above_its_floor(heldout: tuple[str, Suite, dict[str, Tally]]) -> None:
    name, _, scores = heldout
    floors = load_floors(_set(name)[2])
    below = [f"{n}: {t.score:.3f} < floor {floors[n]:.2f}" for n, t in scores.items() if t.score < floors[n]]
    if below:
        listed = "\n".join(below)
        pytest.fail(f"{_set(name)[0]} scores below their floors:\n{listed}\n\n{report(scores, floors)}")


@pytest.mark.parametrize("name", SIZES)
def test_floors_name_every_metric_and_are_shares(name: str) -> None:
    floors = load_floors(_set(name)[2])
    assert set(floors) == set(METRICS)
    assert all(0.0 <= value <= 1.0 for value in floors.values())


@pytest.mark.parametrize("name", SIZES)
def test_each_set_has_its_marked_samples_each_with_a_case(name: str) -> None:
    samples_folder = _set(name)[1].parent / "samples"
    samples = sorted(p.relative_to(ROOT).as_posix() for p in samples_folder.glob("*.txt"))
    assert len(samples) == SIZES[name]
    assert all(Path(s).name.startswith(f"{name}-") for s in samples)
    assert sorted(case.file for case in load_suite(_set(name)[1]).cases) == samples
    assert "invented" in (samples_folder / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SIZES)
def test_topics_exist_in_the_taxonomy(name: str, config: SiteConfig) -> None:
    cases = load_suite(_set(name)[1]).cases
    unknown = {(c.name, t) for c in cases for t in (*c.topics_any, *c.topics_all) if t not in config.topic_titles}
    assert unknown == set()


def _described_input(case: Case) -> RawDocument:
    """The case's raw input; one whose Date line the reader refuses is read without it, to check coverage only."""
    try:
        return read_case(case)
    except InputError:
        raw = _DATE_LINE.sub(b"", (ROOT / case.file).read_bytes(), count=1)
        (doc,) = read_text(case.file, raw)
        return doc


@pytest.mark.parametrize(("name", "case"), EVERY_CASE)
def test_each_case_describes_every_paragraph_of_its_input(name: str, case: Case) -> None:
    assert coverage_problems(case, _described_input(case)) == []


@pytest.mark.parametrize(("name", "case"), [p for p in EVERY_CASE if p.values[0] != "heldout"])
def test_each_later_sample_has_300_to_900_words_of_article_text(name: str, case: Case) -> None:
    article = {fold(p): p for p in read_case(case).paragraphs if any(fold(k) in fold(p) for k in case.keep)}
    assert 300 <= sum(len(p.split()) for p in article.values()) <= 900


def test_a_refused_input_fails_every_check_of_its_case(config: SiteConfig, tmp_path: Path) -> None:
    suite = load_suite(_set("heldout")[1])
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


@pytest.mark.parametrize("name", SIZES)
def test_the_report_prints_the_set_table(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    status = report_cli.main([f"--{name}"])
    out = capsys.readouterr().out
    label, cases, _ = _set(name)
    assert f"{label} set: {cases.relative_to(ROOT).as_posix()}" in out
    assert all(metric in out for metric in METRICS)
    assert status == 0


def test_the_report_takes_one_set_at_a_time() -> None:
    with pytest.raises(SystemExit):
        report_cli.main(["--heldout", "--heldout2"])
