"""Print the evaluation gate's score table and every failed expectation.

    python -m tests.eval.report              # the development set (cases.yml, floors.yml)
    python -m tests.eval.report --heldout    # the held-out set (heldout/cases.yml, heldout/floors.yml)
    python -m tests.eval.report --heldout2   # the second held-out set (heldout2/cases.yml, heldout2/floors.yml)
    python -m tests.eval.report --heldout3   # the third held-out set (heldout3/cases.yml, heldout3/floors.yml)

Exit status 1 when a score is below its floor, as the test would fail.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from digest.config import load_config
from tests.eval.cases import (
    CASES,
    FLOORS,
    HELDOUT2_CASES,
    HELDOUT2_FLOORS,
    HELDOUT3_CASES,
    HELDOUT3_FLOORS,
    HELDOUT_CASES,
    HELDOUT_FLOORS,
    ROOT,
    load_suite,
)
from tests.eval.gate import evaluate, load_floors, report

SETS: dict[str, tuple[str, Path, Path]] = {
    "development": ("development", CASES, FLOORS),
    "heldout": ("held-out", HELDOUT_CASES, HELDOUT_FLOORS),
    "heldout2": ("second held-out", HELDOUT2_CASES, HELDOUT2_FLOORS),
    "heldout3": ("third held-out", HELDOUT3_CASES, HELDOUT3_FLOORS),
}
"""Each evaluation set by its option name: the label printed, its cases and its floors."""


def main(argv: list[str] | None = None) -> int:
    """Evaluate a suite against the project's ``site_config/`` and print the report."""
    parser = argparse.ArgumentParser(prog="python -m tests.eval.report", description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--heldout", dest="set", action="store_const", const="heldout", help="score the held-out set")
    which.add_argument(
        "--heldout2", dest="set", action="store_const", const="heldout2", help="score the second held-out set"
    )
    which.add_argument(
        "--heldout3", dest="set", action="store_const", const="heldout3", help="score the third held-out set"
    )
    args = parser.parse_args(argv)
    label, cases, floors_file = SETS[args.set or "development"]
    scores = evaluate(load_suite(cases), load_config(ROOT / "site_config"))
    floors = load_floors(floors_file) if floors_file.exists() else {}
    print(f"{label} set: {cases.relative_to(ROOT)}")
    print(report(scores, floors))
    below = [name for name, tally in scores.items() if tally.score < floors.get(name, 1.0)]
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
