"""The evaluation gate: the converter's heuristics scored on written samples and the real seed.

Scores must not fall below the floors pinned in ``floors.yml``. On failure the
message is the full report: the score table and every failed expectation, by case.
Run ``python -m tests.eval.report`` to see the same report at any time.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from digest.chain import clean, repeats
from digest.config import SiteConfig
from digest.readers.document import fold
from digest.text import markdown
from tests.eval.cases import ROOT, Case, Suite, coverage_problems, load_suite, read_case
from tests.eval.gate import METRICS, Tally, evaluate, load_floors, not_from_body, report

SAMPLES = Path(__file__).resolve().parent / "samples"


@pytest.fixture(scope="module")
def suite() -> Suite:
    return load_suite()


@pytest.fixture(scope="module")
def scores(suite: Suite, config: SiteConfig) -> dict[str, Tally]:
    return evaluate(suite, config)


def test_every_score_is_at_or_above_its_floor(scores: dict[str, Tally]) -> None:
    floors = load_floors()
    below = [f"{n}: {t.score:.3f} < floor {floors[n]:.2f}" for n, t in scores.items() if t.score < floors[n]]
    if below:
        pytest.fail("scores below their floors:\n" + "\n".join(below) + "\n\n" + report(scores, floors))


def test_floors_name_every_metric_and_are_shares() -> None:
    floors = load_floors()
    assert set(floors) == set(METRICS)
    assert all(0.0 <= value <= 1.0 for value in floors.values())


def test_the_suite_holds_the_seed_and_enough_written_samples(suite: Suite) -> None:
    files = [case.file for case in suite.cases]
    assert "inbox/000_485ba8381d172209.txt" in files
    samples = sorted(p.relative_to(ROOT).as_posix() for p in SAMPLES.glob("*.txt"))
    assert 14 <= len(samples) <= 18
    assert all(Path(s).name.startswith("sample-") for s in samples)
    assert sorted(f for f in files if f.startswith("tests/")) == samples  # every sample has a case
    assert len(files) == len(set(files))
    assert "invented" in (SAMPLES / "README.md").read_text(encoding="utf-8")


def _case_id(case: Case) -> str:
    return case.name


@pytest.mark.parametrize("case", load_suite().cases, ids=_case_id)
def test_each_case_describes_every_paragraph_of_its_input(case: Case) -> None:
    assert coverage_problems(case, read_case(case)) == []


def test_the_gate_notices_when_cleaning_rules_are_lost(suite: Suite, config: SiteConfig) -> None:
    no_cues = dataclasses.replace(config, boilerplate=dataclasses.replace(config.boilerplate, cues=()))
    scores = evaluate(suite, no_cues)
    assert scores["drop_recall"].score < load_floors()["drop_recall"]


def test_repeats_across_articles_of_one_source_are_removed_only_by_repeat_detection(config: SiteConfig) -> None:
    """A site line with no cue, in prose, mid-article: only the batch's repeat count can tell."""
    site_line = "The valley paper has covered eleven towns for a hundred years, with a staff of nine."
    docs = [
        [
            f"Story {n} begins with a long first paragraph about the council and its budget plans.",
            site_line,
            f"Story {n} ends with a long last paragraph about the vote that follows next month.",
        ]
        for n in range(3)
    ]
    repeated = repeats.repeated_paragraphs(docs, config.boilerplate.repeat_min_docs)
    assert fold(site_line) in repeated
    assert site_line not in clean.clean(docs[0], config.boilerplate, repeated=repeated).kept
    assert site_line in clean.clean(docs[0], config.boilerplate).kept


BODY = markdown.paragraphs(
    [
        "WASHINGTON (Sample Wire) — Senators met on Tuesday. They agreed on a plan.",
        "Aides said little.",
        "1. Senators [met] on *Tuesday* & <b>.",
    ]
).split("\n\n")


@pytest.mark.parametrize(
    ("summary", "left"),
    [
        ("Senators met on Tuesday. They agreed on a plan.", ""),
        ("WASHINGTON (Sample Wire) — Senators met on Tuesday. Aides said little.", ""),
        ("Senators met on Tuesday. They agreed on a…", ""),
        ("Senators met on Tuesday and agreed.", "Senators met on Tuesday and agreed."),
        ("Senators met on Tuesday. Sign up for our newsletter.", "Sign up for our newsletter."),
        ("They agreed on a plan Aides said little.", "They agreed on a plan Aides said little."),
        ("1. Senators [met] on *Tuesday* & <b>.", ""),
    ],
)
def test_a_summary_must_be_whole_sentences_of_the_body(summary: str, left: str) -> None:
    assert not_from_body(summary, BODY) == left


def test_a_segment_that_is_not_in_the_input_is_reported(suite: Suite) -> None:
    case = suite.cases[0]
    typo = dataclasses.replace(case, keep=(*case.keep, "Bukele made teh offer"), drop=(*case.drop, "Logo-favicn"))
    problems = coverage_problems(typo, read_case(typo))
    assert len(problems) == 2
    assert "teh offer" in problems[0]
    assert "Logo-favicn" in problems[1]
