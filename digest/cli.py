"""The ``digest`` command line.

    digest convert [PATH ...] [--content DIR]   raw articles -> content/articles/*.md
    digest new "Headline" [--topic T ...]       start a piece written by hand
    digest check [--fix] [--content DIR]        validate content and site_config (--fix: the sure fixes)
    digest drafts [--content DIR]               the review queue, oldest first
    digest images [--content DIR]               fetch declared lead images into content/images/
    digest explain ARTICLE [--content DIR]      the paragraphs the converter removed, and why
    digest restore ARTICLE N [--content DIR]    put removed paragraph N back where it was

Exit status: 0 when everything succeeded, 1 when some input or article failed
(the others were still handled), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from digest import __version__
from digest.config import load_config
from digest.convert import convert_paths
from digest.problems import DigestError, ProblemsError, Severity, has_errors
from digest.store import explain, queue
from digest.store.check import check_content, fix_content
from digest.store.collection import load_articles
from digest.store.newpiece import Piece, canonical_topics, start_piece

PROGRESS_MIN = 20


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest", description="Curated news digest: convert raw articles and check content."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--config", type=Path, default=Path("site_config"), help="site configuration folder (default: site_config)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    convert = commands.add_parser(
        "convert",
        help="convert raw articles into Markdown with frontmatter",
        description="Convert raw articles (files or folders) into content/articles/*.md.",
    )
    convert.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="input files, folders or http(s) URLs of pages and feeds (default: inbox)",
    )
    convert.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    convert.add_argument(
        "--added", type=_date, default=None, help="date the articles entered the digest (default: today)"
    )
    convert.add_argument("--quiet", action="store_true", help="print only failures and the summary")
    convert.add_argument(
        "--update",
        action="store_true",
        help="apply changed inputs to articles already converted, keeping the editors' changes",
    )
    convert.add_argument(
        "--jobs", type=_positive, default=None, metavar="N", help="worker processes (default: one per core)"
    )

    new = commands.add_parser(
        "new",
        help="start a piece written by hand",
        description="Write content/articles/<slug-of-the-headline>.md with a complete frontmatter and print its path.",
    )
    new.add_argument("title", metavar="HEADLINE", help="the piece's title (quote it)")
    new.add_argument(
        "--topic", action="append", default=[], metavar="T", help="a topic of site_config/topics.yml (repeatable)"
    )
    new.add_argument("--date", type=_date, default=None, help="publication date, YYYY-MM-DD (default: none)")
    new.add_argument("--added", type=_date, default=None, help="date the piece entered the digest (default: today)")
    new.add_argument(
        "--draft", action="store_true", help="mark it draft: true (always so when site_config/editing.yml says review)"
    )
    new.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")

    check = commands.add_parser(
        "check",
        help="validate every article and the site configuration",
        description="Validate content/articles/*.md and site_config/; print every problem.",
    )
    check.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    check.add_argument(
        "--fix",
        action="store_true",
        help="first write the fixes a machine can be sure of (missing id or added, topic case, dates like 2025-3-7)",
    )

    drafts = commands.add_parser(
        "drafts",
        help="list the articles waiting for review (draft: true), oldest first",
        description="List the drafts in content/articles/, oldest first, with source and date.",
    )
    drafts.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    _add_removal_commands(commands)

    images = commands.add_parser(
        "images",
        help="fetch the lead images articles declare into the content folder",
        description="Fetch each declared lead image once into content/images/ (resized): the site serves its copy.",
    )
    images.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    return parser


def _add_removal_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    shown = commands.add_parser(
        "explain",
        help="list the paragraphs the converter removed from an article, and why",
        description="List the paragraphs removed when an article was converted: where each stood and why.",
    )
    put = commands.add_parser(
        "restore",
        help="put a paragraph the converter removed back into an article",
        description="Put removed paragraph N (as numbered by `digest explain`) back where it was in the article.",
    )
    for sub in (shown, put):
        sub.add_argument("article", type=Path, metavar="ARTICLE", help="an article file, e.g. content/articles/x.md")
    put.add_argument("number", type=_positive, metavar="N", help="the paragraph's number in `digest explain`")
    for sub in (shown, put):
        sub.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")


class _Progress:
    """A one-line progress bar on a terminal; silent elsewhere."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.active = stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.active or total < PROGRESS_MIN:
            return
        width = 30
        filled = width * done // total
        self.stream.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total}")
        if done == total:
            self.stream.write("\r" + " " * (width + 24) + "\r")
        self.stream.flush()


def _convert(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    paths = args.paths or ["inbox"]
    added = args.added or dt.date.today()
    progress = _Progress(sys.stderr)
    report = convert_paths(paths, args.content, config, added, progress=progress, update=args.update, jobs=args.jobs)
    for outcome in report.outcomes:
        if not args.quiet or outcome.status.value == "failed":
            print(outcome)
    print(report.summary())
    return 1 if report.failed else 0


def _new(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    piece = Piece(
        title=args.title.strip(),
        added=args.added or dt.date.today(),
        date=args.date,
        topics=canonical_topics(args.topic, config.topic_titles),
        draft=args.draft or config.review,
    )
    print(start_piece(args.content, piece, config.topic_titles))
    return 0


def _check(args: argparse.Namespace) -> int:
    if args.fix:
        fixed = fix_content(args.content, args.config)
        for file in fixed:
            print("\n".join(file.lines()))
        made = sum(1 for file in fixed for change in file.changes if change.made)
        print(f"{made} fix(es) written in {sum(1 for f in fixed if any(c.made for c in f.changes))} file(s)")
    problems, count = check_content(args.content, args.config)
    for problem in problems:
        print(problem)
    counts = {s: sum(1 for p in problems if p.severity is s) for s in Severity}
    notes = f", {counts[Severity.NOTE]} note(s)" if counts[Severity.NOTE] else ""
    errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
    print(f"{count} article(s) checked: {errors} error(s), {warnings} warning(s){notes}")
    return 1 if has_errors(problems) else 0


def _drafts(args: argparse.Namespace) -> int:
    entries, problems = load_articles(args.content)
    waiting = queue.oldest_first(entries)
    for entry in waiting:
        print(queue.line(entry, args.content))
    print(f"{len(waiting)} draft(s), oldest first; publish one by deleting its 'draft' line")
    broken = sorted({p.path for p in problems if p.severity.is_error()})
    if broken:
        print(f"{len(broken)} article file(s) have errors and are not listed; run 'digest check'", file=sys.stderr)
    return 1 if broken else 0


def _explain(args: argparse.Namespace) -> int:
    print("\n".join(explain.explain(args.article, args.content)))
    return 0


def _restore(args: argparse.Namespace) -> int:
    print(explain.restore(args.article, args.content, args.number))
    return 0


def _images(args: argparse.Namespace) -> int:
    from digest.site import fetchimages

    for line in fetchimages.run(args.content, args.config):
        print(line)
    return 0


COMMANDS = {
    "convert": _convert,
    "new": _new,
    "check": _check,
    "drafts": _drafts,
    "explain": _explain,
    "restore": _restore,
    "images": _images,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ProblemsError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except DigestError as exc:  # e.g. another convert holds the content folder's lock
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
