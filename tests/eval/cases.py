"""The evaluation cases of ``tests/eval/cases.yml``: loading, checking, and the raw inputs they describe.

A case names one raw input and what an editor expects of its conversion. Loading
checks every key and collects every problem, naming the case and the key, so a
typo in the expectations cannot pass silently as "nothing to check".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.readers.document import RawDocument, fold
from digest.readers.plaintext import read_text

ROOT = Path(__file__).resolve().parent.parent.parent
CASES = Path(__file__).resolve().parent / "cases.yml"
FLOORS = Path(__file__).resolve().parent / "floors.yml"
HELDOUT = Path(__file__).resolve().parent / "heldout"
"""The held-out set: samples written without reading the heuristics, with its own cases and floors."""
HELDOUT_CASES = HELDOUT / "cases.yml"
HELDOUT_FLOORS = HELDOUT / "floors.yml"
HELDOUT2 = Path(__file__).resolve().parent / "heldout2"
"""The second held-out set: the final, untouched measurement; never used for tuning."""
HELDOUT2_CASES = HELDOUT2 / "cases.yml"
HELDOUT2_FLOORS = HELDOUT2 / "floors.yml"
HELDOUT3 = Path(__file__).resolve().parent / "heldout3"
"""The third held-out set: written after the second was used for tuning; never used for tuning."""
HELDOUT3_CASES = HELDOUT3 / "cases.yml"
HELDOUT3_FLOORS = HELDOUT3 / "floors.yml"

REQUIRED = {"file", "title", "source", "via", "date", "keep", "drop", "tags_include", "tags_exclude"}
REQUIRED |= {"summary_starts", "summary_excludes", "topics_any"}
OPTIONAL = {"authors", "either", "tags_exclusive", "topics_all"}


@dataclass(frozen=True, slots=True)
class Case:
    """What an editor expects of one converted input (see the header of cases.yml)."""

    file: str
    title: str
    source: str | None
    via: str | None
    date: dt.date | None
    authors: tuple[str, ...] | None
    keep: tuple[str, ...]
    drop: tuple[str, ...]
    either: tuple[str, ...]
    tags_include: tuple[tuple[str, ...], ...]
    """Each entry is satisfied by any one of its names."""
    tags_exclude: tuple[str, ...]
    tags_exclusive: tuple[tuple[str, ...], ...]
    summary_starts: str
    summary_excludes: tuple[str, ...]
    topics_any: tuple[str, ...]
    topics_all: tuple[str, ...]

    @property
    def name(self) -> str:
        return Path(self.file).name


@dataclass(frozen=True, slots=True)
class Suite:
    junk: tuple[str, ...]
    """Tags that are junk in every article."""
    cases: tuple[Case, ...]


def _strings(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{where}: expected a list of strings, got {value!r}")
        return ()
    return tuple(value)


def _groups(value: Any, where: str, problems: list[str]) -> tuple[tuple[str, ...], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append(f"{where}: expected a list, got {value!r}")
        return ()
    groups: list[tuple[str, ...]] = []
    for i, item in enumerate(value):
        names = (item,) if isinstance(item, str) else _strings(item, f"{where}[{i}]", problems)
        if names:
            groups.append(names)
    return tuple(groups)


def _optional_str(value: Any, where: str, problems: list[str]) -> str | None:
    if value is not None and not isinstance(value, str):
        problems.append(f"{where}: expected a string or null, got {value!r}")
        return None
    return value


def _date(value: Any, where: str, problems: list[str]) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: expected 'YYYY-MM-DD' or null, got {value!r}")
        return None


def _case(item: Any, where: str, problems: list[str]) -> Case | None:
    if not isinstance(item, dict):
        problems.append(f"{where}: expected a mapping, got {item!r}")
        return None
    where = f"{where} ({item.get('file', '?')})"
    for key in sorted(REQUIRED - item.keys()):
        problems.append(f"{where}: missing key '{key}'")
    for key in sorted(item.keys() - REQUIRED - OPTIONAL):
        problems.append(f"{where}: unknown key '{key}'")
    for key in ("file", "title", "summary_starts"):
        if not isinstance(item.get(key), str) or not item.get(key):
            problems.append(f"{where}: {key}: expected a non-empty string, got {item.get(key)!r}")
    authors = _strings(item["authors"], f"{where}: authors", problems) if "authors" in item else None
    return Case(
        file=str(item.get("file", "")),
        title=str(item.get("title", "")),
        source=_optional_str(item.get("source"), f"{where}: source", problems),
        via=_optional_str(item.get("via"), f"{where}: via", problems),
        date=_date(item.get("date"), f"{where}: date", problems),
        authors=authors,
        keep=_strings(item.get("keep"), f"{where}: keep", problems),
        drop=_strings(item.get("drop"), f"{where}: drop", problems),
        either=_strings(item.get("either"), f"{where}: either", problems),
        tags_include=_groups(item.get("tags_include"), f"{where}: tags_include", problems),
        tags_exclude=_strings(item.get("tags_exclude"), f"{where}: tags_exclude", problems),
        tags_exclusive=_groups(item.get("tags_exclusive"), f"{where}: tags_exclusive", problems),
        summary_starts=str(item.get("summary_starts", "")),
        summary_excludes=_strings(item.get("summary_excludes"), f"{where}: summary_excludes", problems),
        topics_any=_strings(item.get("topics_any"), f"{where}: topics_any", problems),
        topics_all=_strings(item.get("topics_all"), f"{where}: topics_all", problems),
    )


def load_suite(path: Path = CASES) -> Suite:
    """Read ``cases.yml``; raise `ValueError` listing every problem found."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    if not isinstance(data, dict) or set(data) != {"junk", "cases"}:
        raise ValueError(f"{path.name}: expected the keys 'junk' and 'cases'")
    junk = _strings(data["junk"], f"{path.name}: junk", problems)
    cases = [_case(item, f"{path.name}: cases[{i}]", problems) for i, item in enumerate(data["cases"] or [])]
    if problems:
        raise ValueError("\n".join(problems))
    return Suite(junk, tuple(c for c in cases if c is not None))


def read_case(case: Case) -> RawDocument:
    """The raw document of a case, read as `digest convert` reads it."""
    (doc,) = read_text(case.file, (ROOT / case.file).read_bytes())
    return doc


def coverage_problems(case: Case, doc: RawDocument) -> list[str]:
    """Where a case does not describe its input: an uncovered raw paragraph or a segment not in the input.

    Keep segments may sit anywhere in a paragraph; drop and either segments are paragraph starts.
    """
    raw = [fold(p) for p in doc.paragraphs]
    problems: list[str] = []
    for segment in case.keep:
        if not any(fold(segment) in p for p in raw):
            problems.append(f"{case.name}: keep segment not in the input: {segment!r}")
    for segment in (*case.drop, *case.either):
        if not any(p.startswith(fold(segment)) for p in raw):
            problems.append(f"{case.name}: drop/either segment starts no paragraph of the input: {segment!r}")
    for paragraph, folded in zip(doc.paragraphs, raw, strict=True):
        if not (_covered(folded, case.keep, inside=True) or _covered(folded, (*case.drop, *case.either))):
            problems.append(f"{case.name}: paragraph not covered by keep, drop or either: {paragraph[:70]!r}")
    return problems


def _covered(folded: str, segments: Sequence[str], inside: bool = False) -> bool:
    if inside:
        return any(fold(s) in folded for s in segments)
    return any(folded.startswith(fold(s)) for s in segments)
