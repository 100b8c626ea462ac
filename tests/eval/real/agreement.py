"""Two editors' tags for the same real pages: how far they agree, and how the converter's tags score under each.

    python -m tests.eval.real.agreement     # both splits, aggregates only (no page is named)

``annotations.yml`` (the first editors, scored by the gates) and ``annotations_second.yml`` (four more editors blind
to the first and to the code, ``ANNOTATING_SECOND.md``) each list, per page, the must-have tags and every
acceptable tag. Printed per split:

- the converter's tags judged by the first editors (the gate's figure), by the second, and by either (a tag either
  editor accepts);
- each editor's must-have tags the converter finds;
- one editor's lists judged by the other's as if they were a tagger's output: the second editors' acceptable tags
  (a generous human tagger) and must-have tags (a sparing one) under the first editors' annotation, and the first
  editors' must-have tags found in the second editors' lists.

The untouched split is printed as aggregates only, like every gate here: its failures are never read.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from digest.config import load_config
from tests.conftest import ROOT
from tests.eval.checks import Tagging, judge_tags
from tests.eval.real import meta

SECOND = meta.HERE / "annotations_second.yml"


@dataclass(frozen=True, slots=True)
class Tags:
    """One editor's tags for a page."""

    must_tags: tuple[str, ...]
    ok_tags: tuple[str, ...]
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def load_second(path: Path = SECOND) -> dict[str, Tags]:
    """Key -> the second editors' tags."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        key: Tags(
            tuple(item.get("must_tags") or ()),
            tuple(item.get("ok_tags") or ()),
            {name: tuple(others or ()) for name, others in (item.get("aliases") or {}).items()},
        )
        for key, item in data.items()
    }


def _judged(tags: Sequence[str], note: Tagging) -> tuple[list[str], int]:
    """(the tags acceptable under ``note``, how many of its must-have tags are among ``tags``)."""
    good, _, missing = judge_tags(tags, note)
    return good, len(note.must_tags) - len(missing)


def count(
    notes: Sequence[meta.Annotation], second: Mapping[str, Tags], tagged: Mapping[str, Sequence[str]]
) -> Counter[str]:
    """The agreement counts of one split's pages (``tagged``: the converter's tags by key)."""
    c: Counter[str] = Counter()
    for note in notes:
        other, tags = second[note.key], tagged.get(note.key, ())
        good_first, found_first = _judged(tags, note)
        good_second, found_second = _judged(tags, other)
        second_ok, first_must_in_second_ok = _judged(other.ok_tags, note)
        second_must, first_must_in_second_must = _judged(other.must_tags, note)
        c.update(pages=1, tags=len(tags), by_first=len(good_first), by_second=len(good_second))
        c.update(by_either=sum(1 for t in tags if t in good_first or t in good_second))
        c.update(must_first=len(note.must_tags), found_first=found_first)
        c.update(must_second=len(other.must_tags), found_second=found_second)
        c.update(second_ok=len(other.ok_tags), second_ok_by_first=len(second_ok))
        c.update(second_must=len(other.must_tags), second_must_by_first=len(second_must))
        c.update(first_must_in_second_ok=first_must_in_second_ok, first_must_in_second_must=first_must_in_second_must)
    return c


LINES = (
    ("the converter's tags acceptable to the first editors (the gate)", "by_first", "tags"),
    ("the converter's tags acceptable to the second editors", "by_second", "tags"),
    ("the converter's tags acceptable to either", "by_either", "tags"),
    ("the first editors' must-have tags the converter finds", "found_first", "must_first"),
    ("the second editors' must-have tags the converter finds", "found_second", "must_second"),
    ("the second editors' acceptable tags acceptable to the first", "second_ok_by_first", "second_ok"),
    ("the second editors' must-have tags acceptable to the first", "second_must_by_first", "second_must"),
    ("the first editors' must-have tags among the second's acceptable", "first_must_in_second_ok", "must_first"),
    ("the first editors' must-have tags among the second's must-have", "first_must_in_second_must", "must_first"),
)


def main() -> int:
    notes = meta.load_annotations()
    second = load_second()
    docs, _ = meta.read_pages(notes)
    tagged = {k: c.article.tags for k, c in meta.convert_pages(docs, load_config(ROOT / "site_config")).items()}
    for split in meta.SPLITS:
        c = count([n for n in notes if n.split == split], second, tagged)
        print(f"== {split} ({c['pages']} pages)")
        for label, part, whole in LINES:
            share = c[part] / c[whole] if c[whole] else 1.0
            print(f"  {label:<66} {share:.3f}  {c[part]}/{c[whole]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
