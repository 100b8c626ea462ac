"""Score what conversion writes about real pages (tags, summary, source, title, authors, topics).

    python -m tests.eval.real.meta            # per-split scores, then the tune split's failures

The pages of ``pages/`` go through the real converter, as ``digest convert`` would
read them from a folder: `digest.readers.html.read_html` on each saved page, the
paragraphs that repeat across the batch's articles of one source computed over the
whole batch, then `digest.chain.pipeline.convert_document`. The frontmatter is then
compared with the editors' hand annotation (``annotations.yml``, made without seeing
any output; ``ANNOTATING.md``).

Split: a key ending in ``0``-``7`` is *tune* (its failures are printed, so rules can be
improved by looking at them); one ending in ``8``-``f`` is *untouched*: only its
aggregate scores are printed, never its failures.

What each metric counts (see `METRICS`):

- ``tag_precision``: of all tags written, those that name an entity of the page's
  ``ok_tags`` (its canonical form or one of its ``aliases``), compared
  case-, accent- and quote-insensitively; a second tag for an entity already
  tagged (``Oscar`` after ``Oscars``) is *not* acceptable: one entity, one tag.
- ``must_recall``: must-have entities tagged (under any acceptable form).
- ``summary_lead``: on pages whose lead is usable, the summary's normalised start
  (`digest.readers.document.fold`) is the annotated lead's.
- ``lead_flag``: on every page, the output line says the lead is unusable exactly
  when the editors judged it so (``lead_usable: false``: a list of deals, a live
  blog, a letter and its answer). Those pages are left out of ``summary_lead``;
  ``summary_unusable`` says how often their summary still starts at the
  sentence the editors would pick.
- ``source_news``: on ``kind: news`` pages, ``source`` is the publisher, or the
  wire agency when the story is a wire story (``wire`` set); ``via_wire``: on those
  wire stories, ``via`` is the site that carried it.
- ``title_exact``: the title as annotated (whitespace and typographic quotes folded).
- ``authors_exact``: exactly the annotated people, in normal capitalisation (any order).
- ``topic_any``: on pages annotated with topics, at least one written topic is one of them.
"""

from __future__ import annotations

import gzip
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.chain.pipeline import Conversion, convert_document
from digest.chain.repeats import repeated_by_source, source_keys
from digest.config import SiteConfig, load_config
from digest.contract.model import Article
from digest.problems import InputError
from digest.readers.document import RawDocument
from digest.readers.html import read_html
from tests.conftest import ADDED
from tests.eval import checks
from tests.eval.gate import Tally

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
ANNOTATIONS = HERE / "annotations.yml"
FLOORS = HERE / "meta_floors.yml"
PAGES = HERE / "pages"
SPLITS = ("tune", "untouched")
KINDS = frozenset({"news", "feature", "blog", "product", "review", "other"})
METRICS = {
    "tag_precision": "tags that are acceptable entities (each entity once)",
    "must_recall": "the editors' must-have tags found",
    "summary_lead": "summaries starting where the lead starts (pages with a usable lead)",
    "lead_flag": "pages whose output says 'unusable lead' exactly when the editors judged it so",
    "summary_unusable": "summaries starting at the editors' pick (pages with an unusable lead)",
    "source_news": "news pages whose source is the publisher (the wire for wire stories)",
    "via_wire": "wire stories whose via is the site that carried them",
    "title_exact": "titles exactly as annotated, without the site name",
    "authors_exact": "pages whose authors are exactly the annotated people",
    "topic_any": "pages with an annotated topic among their topics",
}
"""An output line that says the article's lead is unusable as a summary."""
_FIELDS = {"url", "kind", "title", "publisher", "wire", "authors", "lead", "lead_usable", "must_tags", "ok_tags"}
_OPTIONAL = {"aliases", "topics", "notes"}


@dataclass(frozen=True, slots=True)
class Annotation:
    """What the editors expect of one real page (see ``ANNOTATING.md``)."""

    key: str
    url: str
    kind: str
    title: str
    publisher: str | None
    wire: str | None
    authors: tuple[str, ...]
    lead: str
    lead_usable: bool
    must_tags: tuple[str, ...]
    ok_tags: tuple[str, ...]
    aliases: dict[str, tuple[str, ...]]
    topics: tuple[str, ...]
    page: Path
    """The saved page (gzip)."""

    @property
    def split(self) -> str:
        """``tune`` for a key ending in 0-7, else ``untouched``."""
        return "tune" if self.key[-1] in "01234567" else "untouched"


tag_key = checks.tag_key
_same_text = checks.same_text
entity_index = checks.entity_index
judge_tags = checks.judge_tags


lead_flagged = checks.lead_flagged


# -- loading ------------------------------------------------------------------


def _strs(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: expected a list of non-empty strings, got {value!r}")
        return ()
    return tuple(value)


def _opt(value: Any, where: str, problems: list[str]) -> str | None:
    if value is not None and not (isinstance(value, str) and value.strip()):
        problems.append(f"{where}: expected a non-empty string or null, got {value!r}")
        return None
    return value


def _annotation(key: str, item: Any, problems: list[str], pages: Path, suffix: str) -> Annotation | None:
    where = f"annotations.yml: {key}"
    if not isinstance(item, dict):
        problems.append(f"{where}: expected a mapping")
        return None
    problems += [f"{where}: missing key '{k}'" for k in sorted(_FIELDS - item.keys())]
    problems += [f"{where}: unknown key '{k}'" for k in sorted(item.keys() - _FIELDS - _OPTIONAL)]
    for field in ("url", "title", "lead"):
        if not isinstance(item.get(field), str) or not item[field].strip():
            problems.append(f"{where}: {field}: expected a non-empty string, got {item.get(field)!r}")
    if item.get("kind") not in KINDS:
        problems.append(f"{where}: kind: expected one of {sorted(KINDS)}, got {item.get('kind')!r}")
    if not isinstance(item.get("lead_usable"), bool):
        problems.append(f"{where}: lead_usable: expected true or false, got {item.get('lead_usable')!r}")
    raw_aliases = item.get("aliases") or {}
    aliases: dict[str, tuple[str, ...]] = {}
    if not isinstance(raw_aliases, dict):
        problems.append(f"{where}: aliases: expected a mapping of tag to spellings")
    else:
        aliases = {str(k): _strs(v, f"{where}: aliases: {k}", problems) for k, v in raw_aliases.items()}
    must = _strs(item.get("must_tags"), f"{where}: must_tags", problems)
    ok = _strs(item.get("ok_tags"), f"{where}: ok_tags", problems)
    problems += [f"{where}: must tag {m!r} is not among ok_tags" for m in must if m not in ok]
    page = pages / f"{key}{suffix}"
    if not page.is_file():
        problems.append(f"{where}: no page pages/{page.name}")
    return Annotation(
        key=key,
        url=str(item.get("url", "")),
        kind=str(item.get("kind", "")),
        title=str(item.get("title", "")),
        publisher=_opt(item.get("publisher"), f"{where}: publisher", problems),
        wire=_opt(item.get("wire"), f"{where}: wire", problems),
        authors=_strs(item.get("authors"), f"{where}: authors", problems),
        lead=str(item.get("lead", "")),
        lead_usable=bool(item.get("lead_usable")),
        must_tags=must,
        ok_tags=ok,
        aliases=aliases,
        topics=_strs(item.get("topics"), f"{where}: topics", problems),
        page=page,
    )


def load_annotations(path: Path = ANNOTATIONS, pages: Path = PAGES, suffix: str = ".html.gz") -> list[Annotation]:
    """Every annotated page (``pages/<key><suffix>``), in key order; `ValueError` listing every problem found."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a mapping of page key to annotation")
    problems: list[str] = []
    notes = [_annotation(str(key), item, problems, pages, suffix) for key, item in sorted(data.items())]
    if problems:
        raise ValueError("\n".join(problems))
    return [n for n in notes if n is not None]


def load_floors(path: Path = FLOORS, splits: Sequence[str] = SPLITS) -> dict[str, dict[str, float]]:
    """Split -> metric -> pinned floor (``splits``: the file's keys, exactly)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) != set(splits):
        raise ValueError(f"{path.name}: expected the keys {list(splits)}")
    floors: dict[str, dict[str, float]] = {}
    for split, values in data.items():
        if not isinstance(values, dict) or not all(isinstance(v, int | float) for v in values.values()):
            raise ValueError(f"{path.name}: {split}: expected a mapping of metric to a number")
        floors[split] = {str(k): float(v) for k, v in values.items()}
    return floors


# -- converting ---------------------------------------------------------------


def read_pages(notes: Iterable[Annotation]) -> tuple[dict[str, RawDocument], dict[str, str]]:
    """Each page's raw document as `digest convert` reads a saved page; why each refused page was refused."""
    docs: dict[str, RawDocument] = {}
    refused: dict[str, str] = {}
    for note in notes:
        try:
            (docs[note.key],) = read_html(f"{note.key}.html", gzip.decompress(note.page.read_bytes()))
        except InputError as error:
            refused[note.key] = str(error)
    return docs, refused


def convert_pages(docs: dict[str, RawDocument], config: SiteConfig) -> dict[str, Conversion]:
    """Convert the pages as one batch, with the repeats across articles of one source."""
    keys = list(docs)
    sources = source_keys([docs[k] for k in keys], config)
    repeated = repeated_by_source([docs[k] for k in keys], config, sources)
    groups = dict(zip(keys, sources, strict=True))
    return {k: convert_document(docs[k], config, ADDED, repeated.get(groups[k], frozenset())) for k in keys}


# -- scoring ------------------------------------------------------------------


def _same_publisher(got: str | None, want: str) -> bool:
    return tag_key(got or "") == tag_key(want)


METRICS_CHECKED = checks.Metrics("source_news", "via_wire", _same_publisher, explain=True)


def score_page(note: Annotation, conversion: Conversion, scores: dict[str, Tally]) -> None:
    article: Article = conversion.article
    name = note.key[:10]
    checks.check_tags(name, article.tags, note, scores, "must_recall")
    news = note.kind == "news"
    source = (note.wire or note.publisher) if news else None
    via = note.publisher if news and note.wire else None
    judged = checks.Judged(name, note.title, source or None, via, note.authors, note.lead, note.lead_usable)
    checks.check(judged, conversion, scores, METRICS_CHECKED)
    if note.topics:
        ok = bool(set(article.topics) & set(note.topics))
        scores["topic_any"].check(ok, f"{name}: topics {list(article.topics)}, annotated {list(note.topics)}")


def score_refused(note: Annotation, reason: str, scores: dict[str, Tally]) -> None:
    name = note.key[:10]
    scores["must_recall"].fail(len(note.must_tags), f"{name}: not converted: {reason}")
    for metric in ("summary_lead" if note.lead_usable else "summary_unusable", "lead_flag", "title_exact"):
        scores[metric].fail(1, f"{name}: not converted: {reason}")
    scores["authors_exact"].fail(1, f"{name}: not converted: {reason}")
    if note.kind == "news" and (note.wire or note.publisher):
        scores["source_news"].fail(1, f"{name}: not converted: {reason}")
    if note.kind == "news" and note.wire and note.publisher:
        scores["via_wire"].fail(1, f"{name}: not converted: {reason}")
    if note.topics:
        scores["topic_any"].fail(1, f"{name}: not converted: {reason}")


def evaluate(notes: Sequence[Annotation], config: SiteConfig) -> dict[str, dict[str, Tally]]:
    """Split -> metric -> tally, every page converted once as one batch."""
    docs, refused = read_pages(notes)
    conversions = convert_pages(docs, config)
    scores = {split: {m: Tally() for m in METRICS} for split in SPLITS}
    for note in notes:
        if note.key in refused:
            score_refused(note, refused[note.key], scores[note.split])
        else:
            score_page(note, conversions[note.key], scores[note.split])
    return scores


def below_floors(scores: dict[str, dict[str, Tally]], floors: dict[str, dict[str, float]]) -> list[str]:
    """One line per score under its floor (a metric without a floor counts as under)."""
    return [
        f"{split}: {metric}: {tally.score:.3f} < floor {floors.get(split, {}).get(metric, 1.0):.2f}"
        for split, tallies in scores.items()
        for metric, tally in tallies.items()
        if tally.score < floors.get(split, {}).get(metric, 1.0)
    ]


def report(scores: dict[str, dict[str, Tally]], floors: dict[str, dict[str, float]]) -> str:
    """Both splits' tables side by side, then the tune split's failures (never the untouched ones)."""
    head = f"{'metric':<18}" + "".join(f"{s + ' (floor)':>26}" for s in SPLITS)
    lines = [head, "-" * len(head)]
    for metric in METRICS:
        cells = ""
        for split in SPLITS:
            cells += cell(scores[split][metric], floors.get(split, {}).get(metric))
        lines.append(f"{metric:<18}{cells}")
    lines += ["", "! below its floor   + the floor can rise", ""]
    lines += [f"{m}: {d}" for m, d in METRICS.items()]
    for metric, tally in scores["tune"].items():
        if tally.failures:
            lines += ["", f"tune: {metric}: {len(tally.failures)} failed"]
            lines += [f"  - {message}" for message in tally.failures]
    return "\n".join(lines)


def cell(tally: Tally, floor: float | None) -> str:
    """A score, its count and its floor, marked ``!`` below the floor and ``+`` when the floor can rise."""
    pinned = math.floor(tally.score * 100) / 100
    mark = "!" if floor is None or tally.score < floor else ("+" if pinned > floor else " ")
    shown = f"{floor:.2f}" if floor is not None else "----"
    return f"{tally.score:>7.3f} {tally.passed:>4}/{tally.total:<4} ({shown}){mark}".rjust(26)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; exit status 1 when a score is under its floor."""
    del argv
    scores = evaluate(load_annotations(), load_config(ROOT / "site_config"))
    floors = load_floors() if FLOORS.exists() else {}
    print(report(scores, floors))
    return 1 if below_floors(scores, floors) else 0


if __name__ == "__main__":
    sys.exit(main())
