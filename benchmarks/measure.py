"""Measuring one process at a time: wall time, CPU time and peak memory, and summaries of repeats.

`run` starts a command and reaps it with ``os.wait4``, which reports the
resource use of that child alone (and of the processes it waited for): CPU
seconds and peak resident memory are the command's own, whatever else runs on
the machine. Wall time is measured around it. `time_to_serve` times a local
server (``mkdocs serve``, ``hugo server``) from its start to its first page.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SERVE_TIMEOUT = 900.0
"""Seconds `time_to_serve` waits for a server's first page."""


@dataclass(frozen=True, slots=True)
class Sample:
    """One run of a command."""

    wall: float
    """Seconds from start to exit."""
    cpu: float
    """User plus system CPU seconds of the command (and the children it waited for)."""
    peak_mb: float
    """Peak resident set size, MiB."""
    output: str
    """Standard output and standard error, interleaved."""


@dataclass(frozen=True, slots=True)
class Stat:
    """The best and the median of repeated measurements."""

    best: float
    """The smallest time, or the largest rate."""
    median: float
    runs: int

    @classmethod
    def of(cls, values: Iterable[float], *, larger_is_better: bool = False) -> Stat:
        found = sorted(values, reverse=larger_is_better)
        if not found:
            raise ValueError("no measurements")
        return cls(found[0], statistics.median(found), len(found))


class CommandFailed(RuntimeError):
    """A measured command exited with an error."""


def run(cmd: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> Sample:
    """Run ``cmd`` in ``cwd`` to completion and measure it; raise `CommandFailed` on a non-zero exit.

    The command is started by a small launcher (this file run as a script): a
    process forked from a large one (a benchmark that generated 10,000 articles)
    starts with that process's memory, which would count as the command's peak.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "usage.json"
        launcher = [sys.executable, str(Path(__file__).resolve()), str(report), *cmd]
        proc = subprocess.Popen(launcher, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        proc.wait()
        out.seek(0)
        text = out.read().decode("utf-8", errors="replace")
        usage = json.loads(report.read_text(encoding="utf-8")) if report.exists() else None
    if usage is None or usage["code"] != 0:
        code = usage["code"] if usage else proc.returncode
        raise CommandFailed(f"{' '.join(cmd)} (in {cwd}) exited with {code}:\n{text[-3000:]}")
    return Sample(usage["wall"], usage["cpu"], usage["peak_kb"] / 1024, text)


def _launch(report: str, cmd: list[str]) -> int:
    """Run ``cmd``, reaped with ``os.wait4``, which reports the resource use of that child alone."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = code = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
    cpu = usage.ru_utime + usage.ru_stime
    Path(report).write_text(json.dumps({"wall": wall, "cpu": cpu, "peak_kb": usage.ru_maxrss, "code": code}))
    return code


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    """The page at ``url``, or ``""`` while nothing is served there."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def stop(proc: subprocess.Popen[Any], timeout: float = 30) -> None:
    """End a server: terminate it, kill it if it has not exited after ``timeout`` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def time_to_serve(cmd: Sequence[str], cwd: Path, env: dict[str, str], url: str, name: str) -> float:
    """Seconds from starting the server ``cmd`` to ``url`` serving the site (a page that says "Digest").

    The server is stopped after; `RuntimeError` with the end of its output if it stops first,
    or if nothing is served within `SERVE_TIMEOUT`. ``name`` names it in those messages.
    """
    return times_to_serve(cmd, cwd, env, (url,), name)[0]


def times_to_serve(cmd: Sequence[str], cwd: Path, env: dict[str, str], urls: Sequence[str], name: str) -> list[float]:
    """Seconds from starting the server ``cmd`` to each of ``urls`` being served, in turn (see `time_to_serve`)."""
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        found = []
        try:
            for url in urls:
                while "Digest" not in fetch(url):
                    if proc.poll() is not None:
                        log.seek(0)
                        raise RuntimeError(f"{name} stopped:\n{log.read().decode('utf-8', 'replace')[-3000:]}")
                    if time.perf_counter() - start > SERVE_TIMEOUT:
                        raise RuntimeError(f"{name}: nothing served at {url} within {SERVE_TIMEOUT:.0f} s")
                    time.sleep(0.05)
                found.append(time.perf_counter() - start)
            return found
        finally:
            stop(proc)


def tool_env(**extra: str) -> dict[str, str]:
    """The environment for measured commands: quiet MkDocs, no stray PYTHONPATH."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **extra)
    env.pop("PYTHONPATH", None)
    return env


def tree_size(folder: Path) -> int:
    """Bytes in every file under ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


if __name__ == "__main__":
    sys.exit(_launch(sys.argv[1], sys.argv[2:]))
