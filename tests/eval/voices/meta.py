"""Score conversion's metadata on the voices set: real Global Voices posts read as feed entries.

    python -m tests.eval.voices.meta            # per-split scores, then the tune split's failures

The pages (``pages/<key>.xml.gz``, Global Voices, CC BY 3.0; ``README.md``) are RSS
feeds of one entry each, built from a WordPress export by ``build.py``. They go through
the converter as ``digest convert`` reads a feed file (`digest.readers.feed.read_feed`;
one batch) and are scored with the real pages' metrics (`tests.eval.real.meta`) against
the hand annotation (``annotations.yml``, made and committed before the first run by
editors who had read neither ``digest/`` nor any output).

The split is the real pages' one: a key ending in ``0``-``7`` is *tune* (its failures
are printed and rules may change after reading them); ``8``-``f`` is *untouched* (only
its aggregate scores are printed). ``via_wire`` has nothing to score (no wire story).
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Sequence
from pathlib import Path

from digest.config import SiteConfig, load_config
from digest.problems import InputError
from digest.readers.document import RawDocument
from digest.readers.feed import read_feed
from tests.eval.gate import Tally
from tests.eval.real import meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
FLOORS = HERE / "meta_floors.yml"
SUFFIX = ".xml.gz"
SPLITS = meta.SPLITS
METRICS = meta.METRICS
below_floors = meta.below_floors


def load_annotations() -> list[meta.Annotation]:
    return meta.load_annotations(HERE / "annotations.yml", HERE / "pages", SUFFIX)


def load_floors() -> dict[str, dict[str, float]]:
    return meta.load_floors(FLOORS)


def evaluate(notes: Sequence[meta.Annotation], config: SiteConfig) -> dict[str, dict[str, Tally]]:
    """Split -> metric -> tally, every page read as a feed file and converted once as one batch."""
    docs: dict[str, RawDocument] = {}
    refused: dict[str, str] = {}
    for note in notes:
        try:
            (docs[note.key],) = read_feed(f"{note.key}.xml", gzip.decompress(note.page.read_bytes()))
        except (InputError, ValueError) as error:
            refused[note.key] = str(error)
    conversions = meta.convert_pages(docs, config)
    scores = {split: {m: Tally() for m in METRICS} for split in SPLITS}
    for note in notes:
        if note.key in refused:
            meta.score_refused(note, refused[note.key], scores[note.split])
        else:
            meta.score_page(note, conversions[note.key], scores[note.split])
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; exit status 1 when a score is under its floor."""
    del argv
    scores = evaluate(load_annotations(), load_config(ROOT / "site_config"))
    floors = load_floors() if FLOORS.exists() else {}
    print(meta.report(scores, floors))
    return 1 if meta.below_floors(scores, floors) else 0


if __name__ == "__main__":
    sys.exit(main())
