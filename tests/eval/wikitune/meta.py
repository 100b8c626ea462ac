"""Score conversion's metadata on the wikitune set: real articles the rules may be tuned on.

    python -m tests.eval.wikitune.meta              # the scores and their floors
    python -m tests.eval.wikitune.meta --failures   # ... then every failure, page by page

The pages (``pages/<key>.txt.gz``, English Wikinews, CC BY 2.5; ``README.md``) are
plain text like the fresh set's, and go through the converter the same way
(`tests.eval.fresh.meta.evaluate`: headline, ``URL:`` line, blank line, text; one
batch), scored with the real set's metrics against the hand annotation
(``annotations.yml``, made and committed before the first run).

Unlike the fresh set, this one is for tuning: a second tuning set besides the real
pages' *tune* split, differently distributed (plain text, one publisher, many
subjects), so its failures may be printed and read and a rule may be changed after
reading them. The gate (``tests/eval/test_text_sets.py``) holds the aggregate scores at the
floors of ``meta_floors.yml``. As on the fresh set, ``title_exact`` and ``via_wire``
are not scored (the headline is given as is; no wire story here).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from digest.config import load_config
from tests.eval.fresh import meta as fresh
from tests.eval.fresh.meta import METRICS, below_floors, evaluate, saved_text
from tests.eval.gate import Tally
from tests.eval.real import meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
FLOORS = HERE / "meta_floors.yml"

__all__ = ["METRICS", "Tally", "below_floors", "evaluate", "load_annotations", "load_floors", "report", "saved_text"]


def load_annotations() -> list[meta.Annotation]:
    return meta.load_annotations(HERE / "annotations.yml", HERE / "pages", ".txt.gz")


def load_floors() -> dict[str, float]:
    return fresh.load_floors(FLOORS)


def report(scores: dict[str, Tally], floors: dict[str, float], failures: bool = False) -> str:
    """The scores and their floors; with ``failures``, then every failed check of every metric."""
    lines = [f"{'metric':<18}{'wikitune (floor)':>26}", "-" * 44]
    lines += [f"{metric:<18}{meta.cell(tally, floors.get(metric))}" for metric, tally in scores.items()]
    lines += ["", "! below its floor   + the floor can rise", ""]
    lines += [f"{m}: {d}" for m, d in METRICS.items()]
    if failures:
        for metric, tally in scores.items():
            if tally.failures:
                lines += ["", f"wikitune: {metric}: {len(tally.failures)} failed"]
                lines += [f"  - {message}" for message in tally.failures]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; exit status 1 when a score is under its floor."""
    parser = argparse.ArgumentParser(prog="python -m tests.eval.wikitune.meta", description=__doc__.split("\n")[0])
    parser.add_argument("--failures", action="store_true", help="print every failed check, page by page")
    args = parser.parse_args(argv)
    scores = evaluate(load_annotations(), load_config(ROOT / "site_config"))
    floors = load_floors() if FLOORS.exists() else {}
    print(report(scores, floors, failures=args.failures))
    return 1 if below_floors(scores, floors) else 0


if __name__ == "__main__":
    sys.exit(main())
