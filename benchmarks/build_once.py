"""One ``mkdocs build`` of a project, in this process, timing the project's hooks.

    python benchmarks/build_once.py PROJECT

Does what ``mkdocs build`` does (load the configuration, start up, build, shut
down) and prints one line ``BENCH {json}`` with the seconds spent loading the
configuration (MkDocs imports the hooks there), building, and inside each hook
event, summed over calls. Run it as a child process of `measure.run` to get
the build's CPU time and peak memory as well.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PREFIX = "BENCH "


def _timed(fn: Callable[..., Any], name: str, spent: dict[str, float]) -> Callable[..., Any]:
    @functools.wraps(fn)  # the hooks' module names stay: hooks/buildcache.py tells handlers by them
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start

    return wrapper


def build(project: Path) -> dict[str, Any]:
    """Build ``project`` (its ``mkdocs.yml``) and return the timings."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    os.chdir(project)
    start = time.perf_counter()
    config = load_config(str(project / "mkdocs.yml"))
    loaded = time.perf_counter()
    hooks_dir = str(project / "hooks")
    spent: dict[str, float] = {}
    for event, methods in config.plugins.events.items():
        ours = [getattr(getattr(m, "__code__", None), "co_filename", "").startswith(hooks_dir) for m in methods]
        config.plugins.events[event] = [
            _timed(m, f"on_{event}", spent) if mine else m for m, mine in zip(methods, ours, strict=True)
        ]
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    finally:
        config.plugins.on_shutdown()
    done = time.perf_counter()
    return {"config": loaded - start, "build": done - loaded, "hooks": spent}


def parse(output: str) -> dict[str, Any]:
    """The timings a run of this script printed."""
    line = next(x for x in reversed(output.splitlines()) if x.startswith(PREFIX))
    found: dict[str, Any] = json.loads(line.removeprefix(PREFIX))
    return found


if __name__ == "__main__":
    print(PREFIX + json.dumps(build(Path(sys.argv[1]).resolve())))
