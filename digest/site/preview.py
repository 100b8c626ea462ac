"""The incremental preview: under ``mkdocs serve --dirty`` an edit rebuilds only the pages it changes.

MkDocs' dirty build renders a page only when its source file is newer than its
output, and always renders pages given as text. For the digest that is not
enough on its own; `Preview` adds what makes it correct and fast:

- generated pages (home, topics, timeline) and feeds are written to a folder of
  their own, each only when its text changed, and handed to MkDocs as files
  there: an edit re-renders the article and the listing pages it appears on,
  not every listing;
- a page another plugin fills in from every page (Material's tags index) is
  given as text, so it is built every time (the hook also lets plugins see the
  metadata of the pages the dirty build did not read);
- MkDocs makes a new Jinja environment for each build, which compiles every
  theme template again; `TemplateCache` keeps the compiled templates;
- ``mkdocs.yml`` and ``site_config/`` shape every page (topic links in article
  headers, feed links, the theme override): when one of them changed, the
  output folder is emptied and the whole site is built again.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2

from digest.site.generated import GeneratedFile

Stamp = tuple[int, int, int] | None


def stamp(path: Path | str) -> Stamp:
    """What tells that a file changed: its modification time, size and inode change time (``None``: missing)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ctime_ns)


def site_inputs(config_file: Path, config_dir: Path) -> list[Path]:
    """The files every page depends on: ``mkdocs.yml`` and everything under ``site_config/``."""
    found = sorted(p for p in config_dir.rglob("*") if p.is_file()) if config_dir.is_dir() else []
    return [config_file, config_dir, *found]


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates kept in memory, reused while a template's source is unchanged."""

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, Any]] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found = self._code.get(bucket.key)
        if found is not None and found[0] == bucket.checksum:
            bucket.code = found[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = (bucket.checksum, bucket.code)

    def clear(self) -> None:
        self._code.clear()


class Preview:
    """The state an incremental preview keeps between rebuilds (see the module docstring)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="digest-preview-"))
        """Where generated pages are written; removed by `close`."""
        self._inputs: dict[Path, Stamp] | None = None
        self._written: dict[str, str] = {}
        self.templates = TemplateCache()
        """Give it to each build's Jinja environment (``bytecode_cache``)."""

    def source(self, generated: GeneratedFile) -> Path | None:
        """The file holding ``generated`` (rewritten only when its text changed); ``None``: give it as text.

        The texts last written are kept, so an unchanged page costs no disk access;
        the folder is this preview's scratch space, so a changed one is written
        plainly (no ``fsync``: a few milliseconds a file on every edit).
        """
        if generated.filled_in:
            return None
        path = self.folder / generated.src
        if self._written.get(generated.src) != generated.content or not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(generated.content.encode("utf-8"))
            self._written[generated.src] = generated.content
        return path

    def site_changed(self, inputs: Iterable[Path]) -> bool:
        """Whether any of ``inputs`` changed (or appeared, or went) since the last call; True on the first."""
        stamps = {path: stamp(path) for path in inputs}
        changed = stamps != self._inputs
        self._inputs = stamps
        return changed

    @staticmethod
    def clear(site_dir: Path) -> None:
        """Empty the output folder, so the next build writes every page and file again."""
        if not site_dir.is_dir():
            return
        for child in site_dir.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()

    def close(self) -> None:
        """Remove the folder of generated pages."""
        shutil.rmtree(self.folder, ignore_errors=True)
