"""Python's garbage collector during a build.

A warm build at 10,000 articles makes and keeps millions of small objects (the
articles, MkDocs' files and pages, the plans) that live to the build's end. The
collector's default policy goes over young objects every 700 allocations and
over all of them now and then, which costs a warm build more than half a second
and frees almost nothing (about a hundred objects). During a build:

- young collections run every `YOUNG_THRESHOLD` allocations instead (what a
  build leaves behind in cycles waits a little longer; peak memory is the same
  within a few megabytes);
- what is loaded for the whole build is frozen (`loaded`), so that collections
  skip it.

Between builds (a preview waiting for changes) the default policy is back.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 50_000

_default: list[tuple[int, int, int]] = []  # the policy a build replaced, while it runs


def build_started() -> None:
    """Collect young objects less often until `build_ended`."""
    if not _default:
        _default.append(gc.get_threshold())
        gc.set_threshold(max(YOUNG_THRESHOLD, _default[0][0]), *_default[0][1:])


def loaded() -> None:
    """Everything alive now lives to the build's end: collections skip it (`gc.freeze`)."""
    gc.freeze()


def build_ended() -> None:
    """The default policy again; what the build froze can be collected."""
    gc.unfreeze()
    if _default:
        gc.set_threshold(*_default.pop())


def exiting() -> None:
    """The process ends next: its last collections would go over every object the build
    made (a second at 10,000 articles) to free what exiting frees anyway."""
    gc.freeze()


def starting() -> None:
    """What the last command in this process left frozen (`exiting`) can be collected again."""
    gc.unfreeze()
