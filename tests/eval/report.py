"""Print the evaluation gate's score table and every failed expectation.

    python -m tests.eval.report

Exit status 1 when a score is below its floor in ``floors.yml``, as the test would fail.
"""

from __future__ import annotations

import sys

from digest.config import load_config
from tests.eval.cases import ROOT, load_suite
from tests.eval.gate import evaluate, load_floors, report


def main() -> int:
    """Evaluate the suite against the project's ``site_config/`` and print the report."""
    scores = evaluate(load_suite(), load_config(ROOT / "site_config"))
    floors = load_floors()
    print(report(scores, floors))
    below = [name for name, tally in scores.items() if tally.score < floors.get(name, 1.0)]
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
