"""Score the tag extractor on a blind battery of invented news snippets (``probes.yml``).

    python -m tests.chain.tags.probes              # the aggregate scores against their floors
    python -m tests.chain.tags.probes --failures   # and every tune snippet that fails a check

Each snippet (2-5 sentences, written without reading ``digest/`` nor seeing any output) goes
through the tagger the way ``tagcase.py`` runs it: its title and paragraphs into
`digest.chain.tags.extract_tags` with the site's entity rules. Its tags are compared with the
editor's expectations, case-, accent- and quote-insensitively (`tests.eval.real.meta.tag_key`):

- ``tag_precision``: of all tags written, those naming an entity of the snippet's ``ok`` (its
  canonical form or one of its ``aliases``); a second tag for an entity already tagged is not
  acceptable: one entity, one tag.
- ``must_recall``: the snippet's ``must`` entities tagged (under any acceptable form).
- ``never_avoided``: the snippet's ``never`` forms (role words, fragments, glued labels, common
  words, demonyms) that are not a tag.

The battery is split in two halves by a hash of each snippet's id (`split_of`): rules may be tuned
on the ``tune`` half (read its failures); the ``untouched`` half is only ever read as aggregates, the
measure of generality. The floors of ``probes_floors.yml`` pin both halves' scores; its header records
the first run.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from digest.config import SiteConfig, load_config
from tests.chain.tags.tagcase import ranked_tags
from tests.eval.gate import Tally
from tests.eval.real import meta
from tests.eval.real.meta import tag_key

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
PROBES = HERE / "probes.yml"
FRESH = HERE / "probes_fresh.yml"
"""A second battery by another annotator, blind to the first and to the code: scored as aggregates only."""
THIRD = HERE / "probes_third.yml"
"""A third battery by a third annotator, blind to the others and to the code: split in halves like the first."""
FOURTH = HERE / "probes_fourth.yml"
"""A fourth battery (messy web genres: deals, results, citations, press releases), blind, split in halves too."""
FIFTH = HERE / "probes_fifth.yml"
"""A fifth battery (longer snippets of every genre in the English-language press of thirteen countries), blind, split
in halves too."""
SIXTH = HERE / "probes_sixth.yml"
"""A sixth battery (the ordinary web of US and UK news as an aggregator scrapes it, with page leftovers), blind,
split in halves too."""
FLOORS = HERE / "probes_floors.yml"
KEYS = ("id", "construction", "title", "text", "must", "ok", "aliases", "never")
MIN_WORDS, MAX_WORDS = 30, 250
SPLITS = (
    "tune",
    "untouched",
    "fresh",
    "third-tune",
    "third-untouched",
    "fourth-tune",
    "fourth-untouched",
    "fifth-tune",
    "fifth-untouched",
    "sixth-tune",
    "sixth-untouched",
)
TUNED = ("tune", "third-tune", "fourth-tune", "fifth-tune", "sixth-tune")
"""The halves whose failures may be read."""
METRICS = {
    "tag_precision": "tags that are acceptable entities (each entity once)",
    "must_recall": "the editor's must-have entities tagged",
    "never_avoided": "forms the editor said are never a tag, not tagged",
}


@dataclass(frozen=True, slots=True)
class Probe:
    """One invented snippet and the tags an editor expects of it."""

    id: str
    construction: str
    title: str
    paragraphs: tuple[str, ...]
    must: tuple[str, ...]
    ok: tuple[str, ...]
    aliases: Mapping[str, tuple[str, ...]]
    never: tuple[str, ...]

    def entity_index(self) -> dict[str, str]:
        """Every acceptable form (`tag_key`) -> the key of the entity it names."""
        index = {tag_key(name): tag_key(name) for name in self.ok}
        for name, forms in self.aliases.items():
            for form in forms:
                index.setdefault(tag_key(form), tag_key(name))
        return index


@dataclass(frozen=True, slots=True)
class Judged:
    """What one snippet's tags got right and wrong."""

    probe: Probe
    tags: tuple[str, ...]
    bad: tuple[str, ...]  # tags outside ok and aliases, or a second tag for one entity
    missing: tuple[str, ...]  # must entities not tagged
    never_hits: tuple[str, ...]  # never forms that are tags

    @property
    def failed(self) -> bool:
        return bool(self.bad or self.missing or self.never_hits)


def split_of(probe_id: str) -> str:
    """``fresh`` for a snippet of the second battery (ids prefixed ``fresh:`` when loaded); else ``tune`` for a
    snippet whose id's sha256 ends in 0-7, ``untouched`` for the rest (about half each), each prefixed ``third-``
    for the third battery (ids prefixed ``third:``).

    >>> split_of("fresh:a"), split_of("third:x"), split_of("x")
    ('fresh', 'third-tune', 'tune')
    """
    if probe_id.startswith("fresh:"):
        return "fresh"
    battery, _, name = probe_id.rpartition(":")
    half = "tune" if hashlib.sha256(name.encode()).hexdigest()[-1] in "01234567" else "untouched"
    return f"{battery}-{half}" if battery else half


@dataclass(slots=True)
class Run:
    """The tallies of every metric in each half and each snippet's judgement."""

    scores: dict[str, dict[str, Tally]] = field(
        default_factory=lambda: {split: {m: Tally() for m in METRICS} for split in SPLITS}
    )
    judged: list[Judged] = field(default_factory=list)


def _strings(item: Mapping[str, Any], key: str, where: str, problems: list[str]) -> tuple[str, ...]:
    value = item.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: {key}: expected a list of non-empty strings, got {value!r}")
        return ()
    return tuple(value)


def _text(item: Mapping[str, Any], key: str, where: str, problems: list[str]) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: {key}: expected a non-empty string, got {value!r}")
        return ""
    return value


def _aliases(item: Mapping[str, Any], where: str, problems: list[str]) -> dict[str, tuple[str, ...]]:
    value = item.get("aliases")
    if not isinstance(value, dict):
        problems.append(f"{where}: aliases: expected a mapping of canonical name to other forms, got {value!r}")
        return {}
    aliases: dict[str, tuple[str, ...]] = {}
    for name, forms in value.items():
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
            problems.append(f"{where}: aliases: {name}: expected a list of non-empty strings, got {forms!r}")
            continue
        aliases[str(name)] = tuple(forms)
    return aliases


def _paragraphs(text: str) -> tuple[str, ...]:
    """The text's paragraphs: every line, as a converted page gives a list's items and a label line ("Best for:
    travel") one paragraph each; blank lines only separate them."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return tuple(line for line in lines if line)


def _consistency(probe: Probe, where: str, problems: list[str]) -> None:
    problems += [f"{where}: must: {m!r} is not in ok" for m in probe.must if m not in probe.ok]
    problems += [f"{where}: aliases: {n!r} is not in ok" for n in probe.aliases if n not in probe.ok]
    index = probe.entity_index()
    problems += [f"{where}: never: {n!r} is an acceptable form too" for n in probe.never if tag_key(n) in index]
    words = sum(len(p.split()) for p in probe.paragraphs)
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"{where}: text: {words} words, not {MIN_WORDS}-{MAX_WORDS}")


def _probe(position: int, item: Any, problems: list[str], cased: bool = False) -> Probe | None:
    if not isinstance(item, dict):
        problems.append(f"item {position}: expected a mapping with the keys {', '.join(KEYS)}")
        return None
    where = f"item {position} ({item.get('id', 'no id')})"
    problems += [f"{where}: {key}: missing" for key in KEYS if key not in item]
    problems += [f"{where}: {key}: unknown key" for key in item if key not in KEYS]
    probe = Probe(
        id=_text(item, "id", where, problems),
        construction=_text(item, "construction", where, problems),
        title=_text(item, "title", where, problems),
        paragraphs=_paragraphs(_text(item, "text", where, problems)),
        must=_strings(item, "must", where, problems),
        ok=_strings(item, "ok", where, problems),
        aliases=_aliases(item, where, problems),
        never=_strings(item, "never", where, problems),
    )
    if cased:
        index = probe.entity_index()
        probe = replace(probe, never=tuple(n for n in probe.never if not (n.isupper() and tag_key(n) in index)))
    _consistency(probe, where, problems)
    return probe


def load_all() -> list[Probe]:
    """Every battery: the first, the fresh one with its ids prefixed ``fresh:``, the third with ``third:``, the
    fourth with ``fourth:``, the fifth with ``fifth:``, the sixth with ``sixth:``."""
    found = load_probes()
    for prefix, path in (("fresh", FRESH), ("third", THIRD), ("fourth", FOURTH), ("fifth", FIFTH), ("sixth", SIXTH)):
        found += [replace(p, id=f"{prefix}:{p.id}") for p in load_probes(path, cased=True)] if path.exists() else []
    return found


def load_probes(path: Path = PROBES, *, cased: bool = False) -> list[Probe]:
    """Every snippet of ``path``; a ValueError lists every problem, each naming the item's id and key.

    With ``cased``, a ``never`` form that differs from an acceptable one only in case ("WASHINGTON" beside
    "Washington": the dateline's capitals) is left out, as tags are compared case-folded.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path.name}: expected a list of snippets")
    problems: list[str] = []
    probes = [p for i, item in enumerate(data, 1) if (p := _probe(i, item, problems, cased)) is not None]
    seen: set[str] = set()
    for probe in probes:
        if probe.id in seen:
            problems.append(f"{probe.id}: id: used by more than one snippet")
        seen.add(probe.id)
    if problems:
        raise ValueError(f"{path.name}: {len(problems)} problems:\n" + "\n".join(problems))
    return probes


def judge(probe: Probe, tags: Sequence[str]) -> Judged:
    """Score one snippet's tags against its expectations."""
    index = probe.entity_index()
    seen: set[str] = set()
    bad: list[str] = []
    for tag in tags:
        entity = index.get(tag_key(tag))
        if entity is None:
            bad.append(tag)
        elif entity in seen:
            bad.append(f"{tag} (again)")
        else:
            seen.add(entity)
    missing = tuple(m for m in probe.must if index[tag_key(m)] not in seen)
    written = {tag_key(t) for t in tags}
    hits = tuple(n for n in probe.never if tag_key(n) in written)
    return Judged(probe, tuple(tags), tuple(bad), missing, hits)


def tally(run: Run, judged: Judged) -> None:
    """Add one snippet's judgement to the run's scores."""
    run.judged.append(judged)
    name = judged.probe.id
    scores = run.scores[split_of(name)]
    precision = scores["tag_precision"]
    precision.total += len(judged.tags)
    precision.passed += len(judged.tags) - len(judged.bad)
    if judged.bad:
        precision.failures.append(f"{name}: not acceptable: {list(judged.bad)}")
    for must in judged.probe.must:
        scores["must_recall"].check(must not in judged.missing, f"{name}: missing {must!r}")
    for never in judged.probe.never:
        scores["never_avoided"].check(never not in judged.never_hits, f"{name}: tagged {never!r}")


def evaluate(probes: Sequence[Probe], config: SiteConfig) -> Run:
    """Every snippet through the tagger, scored."""
    run = Run()
    for probe in probes:
        tally(run, judge(probe, ranked_tags(config, list(probe.paragraphs), probe.title)))
    return run


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    """Half -> metric -> floor from ``probes_floors.yml``."""
    return meta.load_floors(path, SPLITS)


below_floors = meta.below_floors
"""One line per score under its floor (`tests.eval.real.meta.below_floors`)."""


def cell(score: Tally, floor: float | None) -> str:
    """A score, its count and its floor, marked ``!`` below the floor and ``+`` when above it by more than 0.01."""
    mark = "!" if floor is None or score.score < floor else ("+" if score.score - floor > 0.01 else " ")
    shown = f"{floor:.2f}" if floor is not None else "----"
    return f"{score.score:>7.3f} {score.passed:>4}/{score.total:<4} ({shown}){mark}".rjust(26)


def report(run: Run, floors: Mapping[str, Mapping[str, float]], failures: bool = False) -> str:
    """The scores and their floors; with ``failures``, then every failing snippet of the tune half: its tags,
    misses and never-hits (the untouched halves and the fresh battery are shown as aggregates only)."""
    header = f"{'metric':<18}" + "".join(f"{split + ' (floor)':>26}" for split in SPLITS)
    lines = [header, "-" * len(header)]
    lines += [
        f"{metric:<18}"
        + "".join(cell(run.scores[split][metric], floors.get(split, {}).get(metric)) for split in SPLITS)
        for metric in METRICS
    ]
    failing = [j for j in run.judged if j.failed]
    lines += ["", f"{len(run.judged)} snippets, {len(failing)} with a failed check"]
    lines += ["", "! below its floor   + the floor can rise", ""]
    lines += [f"{m}: {d}" for m, d in METRICS.items()]
    if failures:
        for j in (j for j in failing if split_of(j.probe.id) in TUNED):
            lines += ["", f"{j.probe.id} ({j.probe.construction})", f"  tags: {list(j.tags)}"]
            if j.bad:
                lines.append(f"  not acceptable: {list(j.bad)}")
            if j.missing:
                lines.append(f"  missing: {list(j.missing)}")
            if j.never_hits:
                lines.append(f"  never: {list(j.never_hits)}")
    return "\n".join(lines)


def rounded_down(score: float) -> float:
    """A floor for a first-run score: the score rounded down to two decimals."""
    return math.floor(score * 100) / 100


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; exit status 1 when a score is under its floor."""
    parser = argparse.ArgumentParser(prog="python -m tests.chain.tags.probes", description=__doc__.split("\n")[0])
    parser.add_argument("--failures", action="store_true", help="print every failing snippet of the tune half")
    args = parser.parse_args(argv)
    run = evaluate(load_all(), load_config(ROOT / "site_config"))
    floors = load_floors() if FLOORS.exists() else {}
    print(report(run, floors, failures=args.failures))
    return 1 if below_floors(run.scores, floors) else 0


if __name__ == "__main__":
    sys.exit(main())
