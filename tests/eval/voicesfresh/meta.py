"""Score conversion's metadata on the voices-fresh set: real Global Voices posts nobody tuned a rule on.

    python -m tests.eval.voicesfresh.meta     # aggregate scores only, never a failure

Like the voices set (`tests.eval.voices`: RSS feeds of one entry, built by its ``build.py``,
annotated before the first run by an editor who had read neither ``digest/`` nor any
output), but every page is unseen: the first run was taken after the last rule change
of the session that added the set, and no failure is ever printed. The report and its
floors (``meta_floors.yml``, first run in the header) are aggregates over all pages.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from digest.config import SiteConfig, load_config
from tests.eval.fresh import meta as fresh
from tests.eval.gate import Tally
from tests.eval.real import meta
from tests.eval.voices import meta as voices

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
FLOORS = HERE / "meta_floors.yml"
METRICS = {m: d for m, d in meta.METRICS.items() if m != "via_wire"}
below_floors = fresh.below_floors


def load_annotations() -> list[meta.Annotation]:
    return meta.load_annotations(HERE / "annotations.yml", HERE / "pages", voices.SUFFIX)


def load_floors() -> dict[str, float]:
    return fresh.load_floors(FLOORS)


def evaluate(notes: Sequence[meta.Annotation], config: SiteConfig) -> dict[str, Tally]:
    """Metric -> tally over every page (the voices scorer's two key halves added up)."""
    scores = voices.evaluate(notes, config)
    merged = {m: Tally() for m in METRICS}
    for split in scores.values():
        for metric, tally in split.items():
            if metric in merged:
                merged[metric].passed += tally.passed
                merged[metric].total += tally.total
    return merged


def main(argv: Sequence[str] | None = None) -> int:
    del argv
    scores = evaluate(load_annotations(), load_config(ROOT / "site_config"))
    floors = load_floors() if FLOORS.exists() else {}
    print(fresh.report(scores, floors, HERE.name))
    return 1 if below_floors(scores, floors) else 0


if __name__ == "__main__":
    sys.exit(main())
