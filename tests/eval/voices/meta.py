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
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class PostSet:
    """A set of Global Voices posts in ``here`` built and scored like this one (voices3, voices4 are): its pages,
    annotations, floors and report."""

    here: Path

    def load_annotations(self) -> list[meta.Annotation]:
        return meta.load_annotations(self.here / "annotations.yml", self.here / "pages", SUFFIX)

    def load_floors(self) -> dict[str, dict[str, float]]:
        return meta.load_floors(self.here / "meta_floors.yml")

    def main(self, argv: Sequence[str] | None = None) -> int:
        """Print the report; exit status 1 when a score is under its floor."""
        del argv
        floors_file = self.here / "meta_floors.yml"
        scores = evaluate(self.load_annotations(), load_config(ROOT / "site_config"))
        floors = meta.load_floors(floors_file) if floors_file.exists() else {}
        print(meta.report(scores, floors))
        return 1 if meta.below_floors(scores, floors) else 0

    def check_pages(self, notes: Sequence[meta.Annotation], earlier: Sequence[PostSet], minimum: int) -> list[str]:
        """What is wrong with the set's pages: one annotation per page, each post's origin and author named in
        ``SOURCES.md`` (CC BY), no post of an ``earlier`` set, at least ``minimum`` pages in each split."""
        problems = []
        pages = sorted(p.name.removesuffix(SUFFIX) for p in (self.here / "pages").glob("*" + SUFFIX))
        if [n.key for n in notes] != pages:
            problems.append("the annotations are not the pages")
        sources = (self.here / "SOURCES.md").read_text(encoding="utf-8")
        problems += [f"{n.key}: not in SOURCES.md" for n in notes if f"| {n.key} | {n.url} |" not in sources]
        used = {n.url for other in earlier for n in other.load_annotations()}
        problems += [f"{n.key}: an earlier set's post" for n in notes if n.url in used]
        if min(sum(n.split == s for n in notes) for s in SPLITS) < minimum:
            problems.append(f"a split has fewer than {minimum} pages")
        return problems


_SET = PostSet(HERE)
load_annotations = _SET.load_annotations
load_floors = _SET.load_floors
main = _SET.main


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


if __name__ == "__main__":
    sys.exit(main())
