"""Score the cleaner and the dek on lines two blind writers wrote (`para15/`, `para16/`; the fifteenth session on
issue 11): furniture above the lead (``openings``: the dek must start at the lead), first paragraphs that look like
furniture (``leads``: the dek must start at them) and article paragraphs that share words with furniture (``kept``:
``first | ...``, ``middle | ...``, ``last | ...``: the body must keep them). Each line is wrapped in the invented
harbour story (`tests.chain.harbour`); a line holding several paragraphs separates them with `` || ``.

    python -m tests.eval.lines.score              # every writer's file and half against its floor
    python -m tests.eval.lines.score --failures   # and each TUNE line that fails (never the untouched ones)

The writers read neither `digest/` nor any output; their lines were split by a hash of each line into *tune* (read,
rules fitted) and *untouched* (aggregates only) before the first run, which ``floors.yml`` records.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from digest.config import SiteConfig, load_config
from tests.chain.harbour import LEAD, MORE, converted

HERE = Path(__file__).resolve().parent
WRITERS = ("para15", "para16")
FILES = ("openings", "leads", "kept")
HALVES = ("tune", "untouched")
_SPACE = re.compile(r"\s+")


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\\", "").replace("*", "")).strip()


def opening_fails(line: str, config: SiteConfig) -> bool:
    """A line above the lead: the dek must start at the lead, with no note that the lead is unusable."""
    conversion = converted(config, *(p.strip() for p in line.split(" || ")), LEAD, *MORE)
    return not conversion.article.summary.startswith(LEAD[:40]) or any("unusable" in n for n in conversion.notes)


def lead_fails(line: str, config: SiteConfig) -> bool:
    """A first paragraph that looks like furniture: the dek must start at it."""
    paragraphs = tuple(p.strip() for p in line.split(" || "))
    conversion = converted(config, *paragraphs, *MORE)
    start = paragraphs[0][:40]
    return not conversion.article.summary.startswith(start) or any("unusable" in n for n in conversion.notes)


def kept_fails(line: str, config: SiteConfig) -> bool:
    """An article paragraph placed first, in the middle or last: the body must keep it."""
    where, text = (part.strip() for part in line.split("|", 1))
    placed = {
        "first": (text, LEAD, *MORE),
        "middle": (LEAD, MORE[0], text, *MORE[1:]),
        "last": (LEAD, *MORE, text),
    }[where]
    return _flat(text) not in _flat(converted(config, *placed).article.body)


CHECKS: dict[str, Callable[[str, SiteConfig], bool]] = {
    "openings": opening_fails,
    "leads": lead_fails,
    "kept": kept_fails,
}


def lines(writer: str, name: str, half: str) -> list[str]:
    text = (HERE / writer / f"{name}_{half}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def score(config: SiteConfig, failures: bool = False) -> dict[str, tuple[int, int]]:
    """``writer/file/half`` -> (lines passing, lines); with ``failures``, each failing tune line is printed."""
    found = {}
    for writer in WRITERS:
        for name in FILES:
            for half in HALVES:
                items = lines(writer, name, half)
                failed = [line for line in items if CHECKS[name](line, config)]
                found[f"{writer}/{name}/{half}"] = (len(items) - len(failed), len(items))
                if failures and half == "tune":
                    for line in failed:
                        print(f"FAIL {writer}/{name}: {line[:150]}")
    return found


def load_floors() -> dict[str, float]:
    data = yaml.safe_load((HERE / "floors.yml").read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data.items()}


def below_floors(scores: dict[str, tuple[int, int]], floors: dict[str, float]) -> list[str]:
    return [
        f"{k}: {p}/{n} under {floors.get(k, 1.0):.2f}" for k, (p, n) in scores.items() if p / n < floors.get(k, 1.0)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="print each failing tune line")
    args = parser.parse_args(argv)
    scores = score(load_config(HERE.parent.parent.parent / "site_config"), args.failures)
    floors = load_floors()
    for key, (passed, total) in scores.items():
        print(f"{key:28} {passed:>4}/{total:<4} {passed / total:.3f}  (floor {floors.get(key, 1.0):.2f})")
    below = below_floors(scores, floors)
    print("\n".join(below))
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
