"""Score conversion's metadata on the voices4 set: a fourth set of real Global Voices posts read as feed entries.

    python -m tests.eval.voices4.meta            # per-split scores, then the tune split's failures

Built and scored like the voices set (`tests.eval.voices`: RSS feeds of one entry made by its ``build.py`` from
the same WordPress export, scored with the real pages' metrics), from posts no earlier Global Voices set used,
annotated (``annotations.yml``) by three editors who had read neither ``digest/`` nor any output nor the earlier
sets' annotations, and committed before the first run. The split is the real pages' one: a key ending in ``0``-``7``
is *tune* (its failures are printed and rules may change after reading them); ``8``-``f`` is *untouched* (only its
aggregate scores are printed).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from digest.config import load_config
from tests.eval.real import meta
from tests.eval.voices import meta as voices

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
FLOORS = HERE / "meta_floors.yml"
SPLITS = meta.SPLITS
evaluate = voices.evaluate
below_floors = meta.below_floors


def load_annotations() -> list[meta.Annotation]:
    return meta.load_annotations(HERE / "annotations.yml", HERE / "pages", voices.SUFFIX)


def load_floors() -> dict[str, dict[str, float]]:
    return meta.load_floors(FLOORS)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; exit status 1 when a score is under its floor."""
    del argv
    scores = evaluate(load_annotations(), load_config(ROOT / "site_config"))
    floors = load_floors() if FLOORS.exists() else {}
    print(meta.report(scores, floors))
    return 1 if below_floors(scores, floors) else 0


if __name__ == "__main__":
    sys.exit(main())
