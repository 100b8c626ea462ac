"""Score the converter on the blind pages (``expected.yml``): invented news pages and an editor's judgement of each.

    python -m tests.inputs.blind_pages.score              # the two halves' scores against their floors
    python -m tests.inputs.blind_pages.score --failures   # and every failure of the tune half
    python -m tests.inputs.blind_pages.score --dir tests/inputs/blind_pages2   # another battery (its own floors)

The pages and their expectations were written by someone who had not read ``digest/`` nor seen any output
(commit b426017). Each page is read as ``digest convert`` reads a saved page and converted with the others as one
batch. The pages are split in two halves by a hash of the id: rules may be tuned on the *tune* half (its failures
are printed); the *untouched* half is read as aggregates only.

A publisher is compared through the site's source table (its names and aliases: "Associated Press" and "The
Associated Press" are one), case, accents and quotes folded; a title and the authors exactly (spaces and quotes
folded); a summary by its first words (`digest.readers.document.fold`).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from digest.chain.pipeline import Conversion
from digest.config import SiteConfig, load_config
from digest.problems import InputError
from digest.readers.document import RawDocument
from digest.readers.html import read_html
from tests.eval import checks
from tests.eval.gate import Tally
from tests.eval.real import meta

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
EXPECTED = HERE / "expected.yml"
FLOORS = HERE / "floors.yml"
SPLITS = ("tune", "untouched")
METRICS = {
    "title_exact": "titles exactly as the editor wrote them, without the site name",
    "source": "the publisher (the wire for a wire story), as the source table names it",
    "via": "wire stories whose via is the site that carried them",
    "authors_exact": "pages whose authors are exactly the people the editor listed",
    "summary_lead": "summaries starting where the lead starts (pages with a usable lead)",
    "lead_flag": "pages whose output says 'unusable lead' exactly when the editor judged it so",
    "summary_unusable": "summaries starting at the editor's pick (pages with an unusable lead)",
}
TAG_METRICS = {
    "tag_precision": "tags that are acceptable entities (each entity once)",
    "must_recall": "the editor's must-have tags found",
}
KEYS = {"id", "kind", "url", "title", "source", "via", "authors", "lead", "lead_usable"}
TAG_KEYS = {"must_tags", "ok_tags"}
"""A battery whose editor also tagged its pages has these on every entry (and ``aliases`` where needed)."""


@dataclass(frozen=True, slots=True)
class Expected:
    """One page and the editor's judgement of it."""

    id: str
    title: str
    source: str
    via: str | None
    authors: tuple[str, ...]
    lead: str
    lead_usable: bool
    must_tags: tuple[str, ...] = ()
    ok_tags: tuple[str, ...] = ()
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    tagged: bool = False
    """Whether the editor tagged this page (an entry with ``must_tags`` and ``ok_tags``, even empty)."""


def split_of(page_id: str) -> str:
    """``tune`` for a page whose id's sha256 ends in 0-7, else ``untouched``."""
    return "tune" if hashlib.sha256(page_id.encode()).hexdigest()[-1] in "01234567" else "untouched"


def load_expected(path: Path = EXPECTED) -> list[Expected]:
    """Every page's expectations; a ValueError names each entry and key that is wrong."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    found: list[Expected] = []
    for k, item in enumerate(data if isinstance(data, list) else [], 1):
        where = f"entry {k} ({item.get('id', 'no id') if isinstance(item, dict) else '?'})"
        if not isinstance(item, dict) or set(item) - {"aliases"} not in (KEYS, KEYS | TAG_KEYS):
            problems.append(f"{where}: expected the keys {sorted(KEYS)}, and {sorted(TAG_KEYS)} (aliases) or none")
            continue
        must, ok, aliases = item.get("must_tags") or [], item.get("ok_tags") or [], item.get("aliases") or {}
        problems += [f"{where}: must_tags: {m!r} is not among ok_tags" for m in must if m not in ok]
        if not isinstance(aliases, dict) or not all(isinstance(v, list) for v in aliases.values()):
            problems.append(f"{where}: aliases: expected a mapping of a tag to its other spellings")
            continue
        if not (path.parent / f"{item['id']}.html").exists():
            problems.append(f"{where}: id: no page {item['id']}.html")
        found.append(
            Expected(
                str(item["id"]),
                str(item["title"]),
                str(item["source"]),
                item["via"],
                tuple(item["authors"] or ()),
                str(item["lead"]),
                bool(item["lead_usable"]),
                tuple(str(m) for m in must),
                tuple(str(o) for o in ok),
                {str(k): tuple(str(v) for v in vs or ()) for k, vs in aliases.items()},
                set(item) >= TAG_KEYS,
            )
        )
    if problems or not found:
        raise ValueError(f"{path.name}: " + ("\n".join(problems) or "no entries"))
    return found


def _names(config: SiteConfig) -> dict[str, str]:
    """Every source's name and alias, folded -> its name."""
    table: dict[str, str] = {}
    for source in config.sources:
        for name in (source.name, *source.aliases):
            table.setdefault(checks.tag_key(name), source.name)
    return table


def _publisher(name: str | None, table: Mapping[str, str]) -> str:
    key = checks.tag_key(name or "")
    return checks.tag_key(table.get(key, key))


def evaluate(
    pages: Sequence[Expected], config: SiteConfig, folder: Path = HERE
) -> tuple[dict[str, dict[str, Tally]], dict[str, str]]:
    """Half -> metric -> tally, and why each unread page was refused (``folder``: where the pages are)."""
    docs: dict[str, RawDocument] = {}
    refused: dict[str, str] = {}
    for page in pages:
        try:
            (docs[page.id],) = read_html(f"{page.id}.html", (folder / f"{page.id}.html").read_bytes())
        except InputError as error:
            refused[page.id] = str(error)
    conversions = meta.convert_pages(docs, config)
    table = _names(config)
    metrics = metrics_of(pages)
    scores = {split: {m: Tally() for m in metrics} for split in SPLITS}
    for page in pages:
        tallies = scores[split_of(page.id)]
        if page.id in refused:
            for tally in tallies.values():
                tally.fail(1, f"{page.id}: not converted: {refused[page.id]}")
            continue
        _score(page, conversions[page.id], tallies, table)
    return scores, refused


def _score(page: Expected, conversion: Conversion, tallies: dict[str, Tally], table: Mapping[str, str]) -> None:
    def same(got: str | None, want: str) -> bool:
        return _publisher(got, table) == _publisher(want, table)

    judged = checks.Judged(page.id, page.title, page.source, page.via, page.authors, page.lead, page.lead_usable)
    checks.check(judged, conversion, tallies, checks.Metrics("source", "via", same))
    if page.tagged:
        checks.check_tags(page.id, conversion.article.tags, page, tallies, "must_recall")


def metrics_of(pages: Sequence[Expected]) -> dict[str, str]:
    """The metrics a battery is scored on: the tags' too when its editor tagged the pages."""
    return {**METRICS, **TAG_METRICS} if any(page.tagged for page in pages) else dict(METRICS)


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    """Half -> metric -> floor."""
    return meta.load_floors(path, SPLITS)


below_floors = meta.below_floors


def report(scores: Mapping[str, Mapping[str, Tally]], floors: Mapping[str, Mapping[str, float]], failures: bool) -> str:
    lines = [f"{'metric':<18}" + "".join(f"{split + ' (floor)':>26}" for split in SPLITS), "-" * 70]
    metrics = {**METRICS, **TAG_METRICS}
    shown = [metric for metric in metrics if metric in scores["tune"]]
    lines += [
        f"{metric:<18}" + "".join(meta.cell(scores[s][metric], floors.get(s, {}).get(metric)) for s in SPLITS)
        for metric in shown
    ]
    lines += ["", "! below its floor   + the floor can rise", ""] + [f"{m}: {metrics[m]}" for m in shown]
    if failures:
        for metric, tally in scores["tune"].items():
            lines += [f"\ntune: {metric}: {len(tally.failures)} failed", *(f"  {f}" for f in tally.failures)]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.inputs.blind_pages.score")
    parser.add_argument("--failures", action="store_true", help="print every failure of the tune half")
    parser.add_argument("--dir", type=Path, default=HERE, help="a battery's folder (pages, expected.yml, floors.yml)")
    args = parser.parse_args(argv)
    folder = args.dir.resolve()
    scores, _ = evaluate(load_expected(folder / "expected.yml"), load_config(ROOT / "site_config"), folder)
    floors = load_floors(folder / "floors.yml") if (folder / "floors.yml").exists() else {}
    print(report(scores, floors, args.failures))
    return 1 if below_floors(scores, floors) else 0


if __name__ == "__main__":
    sys.exit(main())
