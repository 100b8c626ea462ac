"""The hostile inputs: one row per thing an editor (or a scraper) might feed ``digest``.

`CONVERT_CASES` (`convert_cases.py`) put files in the inbox next to a good sample
article; `CHECK_CASES` and `CONFIG_CASES` (`check_cases.py`) put article files in
``content/articles/`` or break ``site_config/`` for ``digest check``. The tests run
every row (`test_hostile_inputs.py`) and the report generator prints them as a
table (`report.py`), so the table lists exactly what the tests assert.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

from tests.safety.check_cases import CHECK_CASES, CONFIG_CASES
from tests.safety.convert_cases import CONVERT_CASES
from tests.safety.harness import GOOD, GOOD_NAME, Case, Run, make_project, run


@contextlib.contextmanager
def _simulated_eacces(name: str) -> Iterator[None]:
    """Make opening files called ``name`` fail as chmod 000 would for a normal user."""
    real_open = os.open

    def fake_open(path: Any, flags: int, mode: int = 0o777, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path).endswith(name):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, flags, mode, *args, **kwargs)

    with mock.patch.object(os, "open", fake_open):
        yield


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def execute(case: Case, root: Path) -> Run:
    """Run ``case`` in a new project under ``root``."""
    project = make_project(root)
    if case.command == "convert":
        (project / "inbox" / GOOD_NAME).write_text(GOOD, encoding="utf-8")
    args = case.setup(project)
    simulate = _simulated_eacces(case.unreadable) if case.unreadable and running_as_root() else contextlib.nullcontext()
    with simulate:
        return run(project, case.command, *args)


ALL_CASES = CONVERT_CASES + CHECK_CASES + CONFIG_CASES
