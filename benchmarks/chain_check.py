"""The conversion chain on a fixed workload: its profile, its CPU time, and its output, to compare before and after.

    python benchmarks/chain_check.py dump OUT.json           # each article's file, removals and notes
    python benchmarks/chain_check.py compare BEFORE.json AFTER.json
    python benchmarks/chain_check.py profile [--top 25]      # cProfile, by own time and by cumulative time
    python benchmarks/chain_check.py time [--repeat 3]       # CPU seconds of converting the workload

The workload is every input of the evaluation sets (``tests/eval``: the real pages, the feeds of
``voices`` and ``voicesfresh``, the texts of ``fresh`` and ``wikitune``, the text cases and the
held-out ones), each set converted as one batch as its evaluation converts it (with the paragraphs
that repeat across a source's articles), and ``--text`` generated plain-text articles and
``--html`` generated pages (`corpus`). Reading happens before the clock starts: `profile` and
`time` measure `digest.chain.pipeline.convert_document` and the batch's repeats only.

A change meant to keep every output (a speed-up) is checked by ``dump`` before and after it and
``compare``: 0 differences. ``--sets real,gen-text`` keeps some sets only. Run from the repository
root (the evaluation sets are read from ``tests/eval``).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus import write_corpus

from digest.config import load_config
from digest.contract import articlefile
from digest.problems import InputError
from digest.readers import READERS
from digest.readers.document import RawDocument
from digest.readers.feed import read_feed
from digest.readers.plaintext import read_text

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval"
CASES = ("cases.yml", "heldout/cases.yml", "heldout2/cases.yml", "heldout3/cases.yml")

Batch = tuple[str, dict[str, RawDocument]]


def _unzipped(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def _read(notes: list[Any], read: Callable[[Any], RawDocument]) -> dict[str, RawDocument]:
    docs: dict[str, RawDocument] = {}
    for note in notes:
        try:
            docs[note.key] = read(note)
        except (InputError, ValueError):
            continue  # refused as its evaluation refuses it
    return docs


def workload(text: int, html: int) -> list[Batch]:
    """The batches of documents to convert, read (see the module docstring)."""
    sys.path.insert(0, str(ROOT))  # the evaluation sets' loaders
    from tests.eval import cases
    from tests.eval.fresh.meta import saved_text
    from tests.eval.real import meta

    batches: list[Batch] = [("real", meta.read_pages(meta.load_annotations())[0])]
    for name in ("voices", "voicesfresh"):
        notes = meta.load_annotations(EVAL / name / "annotations.yml", EVAL / name / "pages", ".xml.gz")
        batches.append(
            (name, _read(notes, lambda n: read_feed(f"{n.key}.xml", gzip.decompress(n.page.read_bytes()))[0]))
        )
    for name in ("fresh", "wikitune"):
        notes = meta.load_annotations(EVAL / name / "annotations.yml", EVAL / name / "pages", ".txt.gz")
        batches.append((name, _read(notes, lambda n: read_text(f"{n.key}.txt", saved_text(n))[0])))
    for name in CASES:
        batches.append((name, {c.file: cases.read_case(c) for c in cases.load_suite(EVAL / name).cases}))
    with tempfile.TemporaryDirectory() as tmp:
        for kind, n in (("text", text), ("html", html)):
            inbox = Path(tmp) / kind
            write_corpus(n, inbox=inbox, as_html=kind == "html")
            docs = {}
            for path in sorted(inbox.iterdir()):
                for i, doc in enumerate(READERS[path.suffix](path.name, path.read_bytes())):
                    docs[f"{path.name}#{i}"] = doc
            batches.append((f"gen-{kind}", docs))
    return batches


def convert(batches: list[Batch], root: Path = ROOT) -> dict[str, Any]:
    """Set name -> key -> conversion, each set as one batch."""
    from tests.eval.real import meta

    config = load_config(root / "site_config")
    return {name: meta.convert_pages(docs, config) for name, docs in batches}


def dump(batches: list[Batch], out: Path) -> int:
    found = {}
    for name, conversions in convert(batches).items():
        for key, c in conversions.items():
            found[f"{name}/{key}"] = {
                "file": articlefile.render(c.article),
                "removed": [repr(r) for r in c.removed],
                "places": list(c.places),
                "notes": list(c.notes),
            }
    out.write_text(json.dumps(found, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    return len(found)


def compare(before: Path, after: Path) -> int:
    """Print the differing articles; the number of differences."""
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    differ = [k for k in sorted(a.keys() | b.keys()) if a.get(k) != b.get(k)]
    print(f"{len(a)} and {len(b)} articles: {len(differ)} differences")
    for key in differ[:20]:
        print(f"  {key}")
    return len(differ)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("dump", "compare", "profile", "time"))
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--text", type=int, default=300)
    parser.add_argument("--html", type=int, default=20)
    parser.add_argument("--sets", help="comma-separated set names to keep (e.g. real,gen-text)")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.command == "compare":
        return 1 if compare(*args.paths[:2]) else 0
    batches = workload(args.text, args.html)
    if args.sets:
        batches = [b for b in batches if b[0] in args.sets.split(",")]
    if args.command == "dump":
        print(f"{dump(batches, args.paths[0])} articles written to {args.paths[0]}")
    elif args.command == "time":
        seconds = []
        for _ in range(args.repeat):
            start = time.process_time()
            convert(batches)
            seconds.append(time.process_time() - start)
        print(
            f"{sum(len(d) for _, d in batches)} articles: CPU seconds per run {' '.join(f'{s:.2f}' for s in seconds)}"
        )
    else:
        profile = cProfile.Profile()
        profile.runcall(convert, batches)
        if args.paths:
            profile.dump_stats(args.paths[0])
        for key in ("tottime", "cumulative"):
            pstats.Stats(profile).strip_dirs().sort_stats(key).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
