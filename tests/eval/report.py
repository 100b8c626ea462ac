"""Print the evaluation gate's score table and every failed expectation.

    python -m tests.eval.report              # the development set (cases.yml, floors.yml)
    python -m tests.eval.report --heldout    # the held-out set (heldout/cases.yml, heldout/floors.yml)

Exit status 1 when a score is below its floor, as the test would fail.
"""

from __future__ import annotations

import argparse
import sys

from digest.config import load_config
from tests.eval.cases import CASES, FLOORS, HELDOUT_CASES, HELDOUT_FLOORS, ROOT, load_suite
from tests.eval.gate import evaluate, load_floors, report


def main(argv: list[str] | None = None) -> int:
    """Evaluate a suite against the project's ``site_config/`` and print the report."""
    parser = argparse.ArgumentParser(prog="python -m tests.eval.report", description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="score the held-out set instead of the development set")
    args = parser.parse_args(argv)
    cases, floors_file = (HELDOUT_CASES, HELDOUT_FLOORS) if args.heldout else (CASES, FLOORS)
    scores = evaluate(load_suite(cases), load_config(ROOT / "site_config"))
    floors = load_floors(floors_file) if floors_file.exists() else {}
    print(f"{'held-out' if args.heldout else 'development'} set: {cases.relative_to(ROOT)}")
    print(report(scores, floors))
    below = [name for name, tally in scores.items() if tally.score < floors.get(name, 1.0)]
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
