"""Score conversion's metadata on the fresh set: real articles no rule was ever tuned on.

    python -m tests.eval.fresh.meta

The pages (``pages/<key>.txt.gz``, English Wikinews, CC BY 2.5; ``README.md``) are
plain text: the headline, then the article. Each goes through the real converter as
an editor's saved text would: the headline, a ``URL:`` line with the article's
address (the plain-text format's header, README "Inputs"), a blank line, the text;
read by `digest.readers.plaintext.read_text`, converted as one batch like
``tests.eval.real.meta`` does, and scored with its metrics against the hand
annotation (``annotations.yml``, made without seeing any output).

This set measures generality. Its failures are never printed, so that no rule is
ever fitted to it: only the aggregate scores are, and the gate
(``tests/eval/test_text_sets.py``) holds them at the floors of ``meta_floors.yml``. What a
plain text cannot carry is not scored: ``title_exact`` (the headline is given as
is) and ``via_wire`` (no wire story here); ``authors_exact`` measures that no
author is invented (Wikinews prints no bylines).
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from digest.config import SiteConfig, load_config
from digest.problems import InputError
from digest.readers.document import RawDocument
from digest.readers.plaintext import read_text
from tests.eval.gate import Tally
from tests.eval.real import meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
FLOORS = HERE / "meta_floors.yml"
METRICS = {m: d for m, d in meta.METRICS.items() if m not in {"title_exact", "via_wire"}}


def load_annotations() -> list[meta.Annotation]:
    return meta.load_annotations(HERE / "annotations.yml", HERE / "pages", ".txt.gz")


def saved_text(note: meta.Annotation) -> bytes:
    """The article as an editor saves it for ``digest convert``: headline, ``URL:`` line, blank line, text."""
    headline, _, rest = gzip.decompress(note.page.read_bytes()).decode("utf-8").partition("\n")
    return f"{headline}\nURL: {note.url}\n\n{rest.lstrip(chr(10))}".encode()


def evaluate(notes: Sequence[meta.Annotation], config: SiteConfig) -> dict[str, Tally]:
    """Metric -> tally over the whole set, every page converted once as one batch."""
    docs: dict[str, RawDocument] = {}
    scores = {m: Tally() for m in meta.METRICS}
    refused: dict[str, str] = {}
    for note in notes:
        try:
            (docs[note.key],) = read_text(f"{note.key}.txt", saved_text(note))
        except InputError as error:
            refused[note.key] = str(error)
    conversions = meta.convert_pages(docs, config)
    for note in notes:
        if note.key in refused:
            meta.score_refused(note, refused[note.key], scores)
        else:
            meta.score_page(note, conversions[note.key], scores)
    return {m: scores[m] for m in METRICS}


def load_floors(path: Path = FLOORS) -> dict[str, float]:
    """Metric -> floor from a floors file (``meta_floors.yml``)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, int | float) for v in data.values()):
        raise ValueError(f"{path.name}: expected a mapping of metric to a number")
    return {str(k): float(v) for k, v in data.items()}


def below_floors(scores: dict[str, Tally], floors: dict[str, float]) -> list[str]:
    return [
        f"{metric}: {tally.score:.3f} < floor {floors.get(metric, 1.0):.2f}"
        for metric, tally in scores.items()
        if tally.score < floors.get(metric, 1.0)
    ]


def report(scores: dict[str, Tally], floors: dict[str, float], name: str = "fresh") -> str:
    """The scores of a set read as aggregates only (``name``) and their floors; never a failure."""
    lines = [f"{'metric':<18}{name + ' (floor)':>26}", "-" * 44]
    lines += [f"{metric:<18}{meta.cell(tally, floors.get(metric))}" for metric, tally in scores.items()]
    lines += ["", "! below its floor   + the floor can rise", ""]
    lines += [f"{m}: {meta.METRICS[m]}" for m in scores]
    return "\n".join(lines)


def main() -> int:
    scores = evaluate(load_annotations(), load_config(ROOT / "site_config"))
    floors = load_floors() if FLOORS.exists() else {}
    print(report(scores, floors))
    return 1 if below_floors(scores, floors) else 0


if __name__ == "__main__":
    sys.exit(main())
