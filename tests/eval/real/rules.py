"""Which removals are right on real pages: every paragraph the chain removed, judged by the gold body.

``python -m tests.eval.real.rules`` reads each page as ``digest convert`` does
(`digest.readers.html.read_html`, then `digest.chain.pipeline.convert_document`)
and, for every reason the chain gave for removing a paragraph, counts the
paragraphs removed that the human-marked body holds (wrong: article text lost)
and those it does not (right), with their words. A paragraph is in the body when
most of its words line up with the body's words (`in_gold`). Only the *tune*
pages are read (``--split untouched`` or ``all`` measures, never tunes);
``--show`` prints the paragraphs of tune pages removed wrongly (``--show-right``: rightly).
``--scraped`` judges every rule written for scraped text (`digest.chain.profiles.SCRAPED`) on these pages.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import gzip
import sys
from collections import defaultdict
from collections.abc import Sequence

from digest.chain import clean, profiles, sources
from digest.config import SiteConfig, load_config
from digest.problems import InputError
from digest.readers.document import RawDocument
from digest.readers.html import read_html
from tests.conftest import ROOT
from tests.eval.real import metric
from tests.eval.real.body import PAGES, gold, split_of

IN_GOLD = 0.5
"""A paragraph is article text when at least this share of its words line up with the gold body."""
MIN_RUN = 3
"""Words line up in runs of at least three (a lone "the" matched somewhere in the body does not count)."""


def in_gold(paragraphs: Sequence[str], body: str) -> list[tuple[int, int]]:
    """For each paragraph: its words that line up with ``body`` (one alignment of all the words), and its words."""
    words: list[str] = []
    owner: list[int] = []
    for i, paragraph in enumerate(paragraphs):
        found = metric.tokens(paragraph)
        words += found
        owner += [i] * len(found)
    matcher = difflib.SequenceMatcher(None, words, metric.tokens(body), autojunk=False)
    matched = [0] * len(paragraphs)
    for a, _, size in matcher.get_matching_blocks():
        for j in range(a, a + size if size >= MIN_RUN else a):
            matched[owner[j]] += 1
    return [(matched[i], len(metric.tokens(p))) for i, p in enumerate(paragraphs)]


@dataclasses.dataclass(frozen=True, slots=True)
class Removal:
    key: str
    text: str
    matched: int
    words: int

    @property
    def wrong(self) -> bool:
        return self.words > 0 and self.matched >= IN_GOLD * self.words


def read_pages(split: str) -> dict[str, RawDocument]:
    """The tune (or untouched, or all) pages as the HTML reader reads them."""
    docs: dict[str, RawDocument] = {}
    for key in gold():
        if split in ("all", split_of(key)):
            try:
                docs[key] = read_html(f"{key}.html", gzip.decompress((PAGES / f"{key}.html.gz").read_bytes()))[0]
            except InputError:
                continue
    return docs


def removed_by(doc: RawDocument, config: SiteConfig, profile: profiles.Profile) -> tuple[clean.Removed, ...]:
    """What `digest.chain.clean.clean` removes from ``doc`` with ``profile``, called as the pipeline calls it."""
    source, via = sources.identify(doc, config.sources)
    return clean.clean(
        doc.paragraphs,
        config.boilerplate,
        [n for n in (source, via) if n],
        title=doc.title,
        bylines=doc.authors,
        profile=profile,
        kinds=tuple(b.kind for b in doc.blocks),
    ).removed


def removals(docs: dict[str, RawDocument], profile: profiles.Profile = profiles.EXTRACTED) -> dict[str, list[Removal]]:
    """By reason, the paragraphs the chain removed from each page."""
    config = load_config(ROOT / "site_config")
    golds = gold()
    found: dict[str, list[Removal]] = defaultdict(list)
    for key, doc in docs.items():
        aligned = in_gold(doc.paragraphs, golds[key])
        for removed in removed_by(doc, config, profile):
            found[removed.reason].append(Removal(key, removed.text, *aligned[removed.index]))
    return dict(found)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "untouched", "all"), default="tune")
    parser.add_argument("--show", action="store_true", help="print the article paragraphs removed (tune pages only)")
    parser.add_argument("--show-right", action="store_true", help="print the other paragraphs removed (tune only)")
    parser.add_argument("--scraped", action="store_true", help="judge every rule written for scraped text")
    args = parser.parse_args(argv)
    found = removals(read_pages(args.split), profiles.SCRAPED if args.scraped else profiles.EXTRACTED)
    print(f"{'reason':<50}{'wrong':>7}{'words':>7}{'right':>7}{'words':>7}")
    for reason, rows in sorted(found.items(), key=lambda kv: (-sum(r.wrong for r in kv[1]), kv[0])):
        wrong = [r for r in rows if r.wrong]
        right = [r for r in rows if not r.wrong]
        print(
            f"{reason[:49]:<50}{len(wrong):>7}{sum(r.matched for r in wrong):>7}"
            f"{len(right):>7}{sum(r.words - r.matched for r in right):>7}"
        )
        for shown, flag in ((wrong, args.show), (right, args.show_right)):
            for r in shown if flag else []:
                if split_of(r.key) == "tune":
                    print(f"    {r.key[:12]} {r.matched}/{r.words} {r.text[:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
