"""Score conversion's metadata on the voices3 set: sixty more real Global Voices posts read as feed entries.

    python -m tests.eval.voices3.meta            # per-split scores, then the tune split's failures

Built and scored like the voices set (`tests.eval.voices`: RSS feeds of one entry made by its ``build.py`` from
the same WordPress export, scored with the real pages' metrics), from posts neither earlier Global Voices set used,
annotated (``annotations.yml``) by three editors who had read neither ``digest/`` nor any output nor the earlier
sets' annotations, and committed before the first run. The split is the real pages' one: a key ending in ``0``-``7``
is *tune* (its failures are printed and rules may change after reading them); ``8``-``f`` is *untouched* (only its
aggregate scores are printed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.eval.real import meta
from tests.eval.voices import meta as voices

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
FLOORS = HERE / "meta_floors.yml"
SPLITS = meta.SPLITS
evaluate = voices.evaluate
below_floors = meta.below_floors


_SET = voices.PostSet(HERE)
load_annotations = _SET.load_annotations
load_floors = _SET.load_floors
main = _SET.main


if __name__ == "__main__":
    sys.exit(main())
