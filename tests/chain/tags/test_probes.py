"""The blind probe battery of the tag extractor (``probes.yml``): valid, and scored at or above its floors.

``python -m tests.chain.tags.probes --failures`` prints the scores and every failing snippet;
``probes_floors.yml`` pins the scores and records the first run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import SiteConfig
from tests.chain.tags import probes
from tests.eval.gate import Tally

MIN_SNIPPETS = 160


def test_the_battery_is_valid_and_large_enough() -> None:
    battery = probes.load_probes()
    assert len(battery) >= MIN_SNIPPETS
    assert all(p.must for p in battery), [p.id for p in battery if not p.must]


def test_every_problem_of_the_battery_names_the_snippet_and_the_key(tmp_path: Path) -> None:
    path = tmp_path / "probes.yml"
    path.write_text(
        """
- id: one
  construction: a case
  title: A title
  text: |
    Ann Roe of Leeds met Bob Lee of York on Monday to talk about the new bridge over the river,
    and both said that the work would start in the spring after the council agreed to pay for it.
  must: [Ann Roe, Bob Lee]
  ok: [Ann Roe]
  aliases: {Leeds: [Leeds City]}
  never: [Roe, Ann Roe]
- id: one
  construction: a case
  title: A title
  text: Too short.
  ok: [York]
  aliases: {}
  never: []
""",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="problems") as raised:
        probes.load_probes(path)
    message = str(raised.value)
    assert "item 1 (one): must: 'Bob Lee' is not in ok" in message
    assert "item 1 (one): aliases: 'Leeds' is not in ok" in message
    assert "item 1 (one): never: 'Ann Roe' is an acceptable form too" in message
    assert "item 2 (one): must: missing" in message
    assert "item 2 (one): text: 2 words, not 30-250" in message
    assert "one: id: used by more than one snippet" in message


def test_judging_counts_each_entity_once_and_finds_never_forms() -> None:
    probe = probes.Probe(
        id="x",
        construction="",
        title="",
        paragraphs=(),
        must=("Ann Roe", "Leeds City Council"),
        ok=("Ann Roe", "Leeds City Council", "Leeds"),
        aliases={"Leeds City Council": ("LCC",)},
        never=("Cllr Ann Roe", "Monday"),
    )
    judged = probes.judge(probe, ["ann roe", "LCC", "Leeds City Council", "Cllr Ann Roe"])
    assert judged.bad == ("Leeds City Council (again)", "Cllr Ann Roe")
    assert judged.missing == ()
    assert judged.never_hits == ("Cllr Ann Roe",)
    assert probes.judge(probe, ["Leeds"]).missing == ("Ann Roe", "Leeds City Council")


def test_the_report_marks_floors_and_lists_failures_only_when_asked() -> None:
    tune = next(f"snippet-{n}" for n in range(100) if probes.split_of(f"snippet-{n}") == "tune")
    untouched = next(f"snippet-{n}" for n in range(100) if probes.split_of(f"snippet-{n}") == "untouched")
    run = probes.Run()
    for name in (tune, untouched):
        probe = probes.Probe(name, "a case", "T", ("p",), ("Ann Roe",), ("Ann Roe",), {}, ("Monday",))
        probes.tally(run, probes.judge(probe, ["Monday"]))
    run.scores["tune"]["must_recall"] = Tally(passed=9, total=10)
    floors = {split: {"tag_precision": 0.0, "must_recall": 0.88, "never_avoided": 0.5} for split in probes.SPLITS}
    text = probes.report(run, floors)
    assert tune not in text
    lines = text.split("\n")
    assert next(line for line in lines if line.startswith("must_recall")).split(")")[1].startswith("+")
    assert "!" in next(line for line in lines if line.startswith("never_avoided"))
    detailed = probes.report(run, {}, failures=True).split("\n")
    assert f"{tune} (a case)" in detailed
    assert f"{untouched} (a case)" not in detailed  # the untouched half is read as aggregates only
    assert "  missing: ['Ann Roe']" in detailed
    assert "  never: ['Monday']" in detailed


def test_the_halves_are_fixed_by_the_id_and_about_even() -> None:
    battery = probes.load_probes()
    halves = [probes.split_of(p.id) for p in battery]
    assert probes.split_of("kr-samsung-galaxy-models") == probes.split_of("kr-samsung-galaxy-models")
    assert 0.35 < halves.count("tune") / len(halves) < 0.65


def test_every_score_is_at_or_above_its_floor(config: SiteConfig) -> None:
    run = probes.evaluate(probes.load_all(), config)
    below = probes.below_floors(run.scores, probes.load_floors())
    if below:
        hint = "python -m tests.chain.tags.probes --failures"
        pytest.fail(f"tag probe scores below their floors ({hint}):\n" + "\n".join(below))


def test_the_fresh_battery_is_valid_and_scored_apart() -> None:
    fresh = [p for p in probes.load_all() if probes.split_of(p.id) == "fresh"]
    assert len(fresh) >= 120
    assert all(p.id.startswith("fresh:") for p in fresh)
