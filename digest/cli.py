"""The ``digest`` command line.

    digest convert [PATH ...] [--content DIR]   raw articles -> content/articles/*.md
    digest check [--content DIR]                validate content and site_config
    digest images [--content DIR]               fetch declared lead images into content/images/

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
from digest.problems import DigestError, ProblemsError, has_errors
from digest.store.check import check_content

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

    check = commands.add_parser(
        "check",
        help="validate every article and the site configuration",
        description="Validate content/articles/*.md and site_config/; print every problem.",
    )
    check.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")

    images = commands.add_parser(
        "images",
        help="fetch the lead images articles declare into the content folder",
        description="Fetch each declared lead image once into content/images/ (resized): the site serves its copy.",
    )
    images.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    return parser


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


def _check(args: argparse.Namespace) -> int:
    problems, count = check_content(args.content, args.config)
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity.is_error())
    print(f"{count} article(s) checked: {errors} error(s), {len(problems) - errors} warning(s)")
    return 1 if has_errors(problems) else 0


def _images(args: argparse.Namespace) -> int:
    from digest.site import fetchimages

    for line in fetchimages.run(args.content, args.config):
        print(line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "convert":
            return _convert(args)
        if args.command == "images":
            return _images(args)
        return _check(args)
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
