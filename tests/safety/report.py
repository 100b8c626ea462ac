"""Write ``tests/safety/REPORT.md``: every hostile input tried, and what ``digest`` answered.

    python -m tests.safety.report

Runs each row of `tests.safety.cases` (the same rows the tests assert on) and a
few editing scenarios in throwaway projects, and writes the outcome lines and
exit statuses as Markdown tables; then every payload of the hostile corpus and
what it produced in the browser (`tests.safety.browser_report`).
"""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.safety.browser_report import section as browser_section
from tests.safety.cases import ALL_CASES, execute, running_as_root
from tests.safety.harness import GOOD, GOOD_FILE, Case, Run, make_project, run

OUT = Path(__file__).with_name("REPORT.md")
MAX_LINES = 6
MAX_CHARS = 300


def _md(text: str, code: bool = True) -> str:
    """Plain text for a Markdown table cell; with ``code``, spans in backticks stay code (``|`` escaped)."""
    parts = text.split("`") if code and text.count("`") % 2 == 0 else [text]
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append("`" + part.replace("|", "\\|") + "`")
        else:
            escaped = html.escape(part, quote=False)
            out.append(re.sub(r"([\\`*_\[\]|])", r"\\\1", escaped))
    return "".join(out)


def _cell(lines: list[str]) -> str:
    shown = [line if len(line) <= MAX_CHARS else line[: MAX_CHARS - 1] + "…" for line in lines[:MAX_LINES]]
    if len(lines) > MAX_LINES:
        shown.append(f"… {len(lines) - MAX_LINES} more line(s)")
    return "<br>".join(_md(line, code=False) for line in shown)


def _relevant(case: Case, result: Run) -> list[str]:
    """The output lines about the case's own files (the good companion's usual line left out)."""
    if case.command != "convert":
        return result.lines
    usual = f"written   {GOOD_FILE}  <- inbox/good.txt"
    return [line for line in result.lines if not line.startswith(usual)]


def _case_rows(root: Path) -> list[str]:
    rows = []
    for number, case in enumerate(ALL_CASES, start=1):
        result = execute(case, root / f"case-{number}")
        tried = _md(case.tried)
        if case.unreadable and running_as_root():
            tried += " (run as root, where permissions do not block reads: EACCES simulated)"
        ok = "yes" if result.status == case.status and all(f in result.out for f in case.expect) else "**NO**"
        rows.append(
            f"| {number} | `{case.id}` | {tried} | `digest {case.command}` | {result.status} | "
            f"{_cell(_relevant(case, result))} | {ok} |"
        )
    return rows


def _scenario(root: Path, steps: Callable[[Path], Run]) -> Run:
    project = make_project(root)
    (project / "inbox" / "good.txt").write_text(GOOD, encoding="utf-8")
    run(project, "convert")
    return steps(project)


def _edit(project: Path, old: str, new: str) -> None:
    path = project / GOOD_FILE
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def _change_input(project: Path) -> None:
    (project / "inbox" / "good.txt").write_text(GOOD.replace("2025-03-14", "2025-03-15"), encoding="utf-8")


def _edited_then_changed(project: Path, *args: str) -> Run:
    _edit(project, "title: Harbour town", "title: Seaside town")
    _change_input(project)
    return run(project, "convert", *args)


def _again(project: Path) -> Run:
    return run(project, "convert")


def _title_edited(project: Path) -> Run:
    _edit(project, "title: Harbour town", "title: Seaside town")
    return run(project, "convert")


def _input_changed(project: Path) -> Run:
    _change_input(project)
    return run(project, "convert")


def _input_changed_update(project: Path) -> Run:
    _change_input(project)
    return run(project, "convert", "--update")


def _both_update(project: Path) -> Run:
    return _edited_then_changed(project, "--update")


def _deleted(project: Path) -> Run:
    (project / GOOD_FILE).unlink()
    return run(project, "convert")


SCENARIOS: list[tuple[str, Callable[[Path], Run]]] = [
    ("the same inbox converted again", _again),
    ("the article's title edited by an editor, then convert", _title_edited),
    ("the raw input changed (new date), then convert", _input_changed),
    ("the raw input changed, then `convert --update`", _input_changed_update),
    ("title edited and input changed, then convert", _edited_then_changed),
    ("title edited and input changed, then `convert --update`", _both_update),
    ("the article deleted by an editor, then convert", _deleted),
]


def _scenario_rows(root: Path) -> list[str]:
    rows = []
    for number, (what, steps) in enumerate(SCENARIOS, start=1):
        result = _scenario(root / f"scenario-{number}", steps)
        rows.append(f"| {number} | {_md(what)} | {result.status} | {_cell(result.lines)} |")
    return rows


def build() -> str:
    """The whole report as Markdown."""
    with tempfile.TemporaryDirectory() as tmp:
        cases = _case_rows(Path(tmp))
        scenarios = _scenario_rows(Path(tmp))
    return "\n".join(
        [
            "# Hostile inputs and editing safety: what Digest answered",
            "",
            "Generated by `python -m tests.safety.report` from the cases in `tests/safety/` (the tests assert",
            "the same rows). Each `convert` case ran next to a good sample article, which was converted every",
            "time; its lines are left out below. *As expected* means the exit status and every expected",
            "message fragment matched.",
            "",
            "## Inputs",
            "",
            "| # | case | what was tried | command | exit | outcome | as expected |",
            "| --- | --- | --- | --- | --- | --- | --- |",
            *cases,
            "",
            "## Editing safety",
            "",
            "Each scenario starts from one converted article (`inbox/good.txt`).",
            "",
            "| # | scenario | exit | outcome |",
            "| --- | --- | --- | --- |",
            *scenarios,
            "",
            *browser_section(),
        ]
    )


def main() -> None:
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
