"""A site built from the hostile corpus (``tests/safety/hostile/``), as an editor would build it.

`build` makes a throwaway project with the project's ``mkdocs.yml``, hooks and
``site_config/`` (plus one topic with a hostile title, from
``hostile/topics-extra.yml``), converts the raw inputs with ``digest convert``,
adds the hand-edited articles and runs ``mkdocs build --strict``. The browser
test and the report generator both use it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from tests.safety.harness import Run, run
from tests.site.helpers import make_project, mkdocs

CORPUS = Path(__file__).with_name("hostile")
INBOX = CORPUS / "inbox"
ARTICLES = CORPUS / "articles"
EXTRA_TOPICS = CORPUS / "topics-extra.yml"


@dataclass(frozen=True, slots=True)
class HostileSite:
    """A built hostile site: the project, its output folder and what ``digest convert`` said."""

    project: Path
    site: Path
    convert: Run

    @property
    def articles(self) -> Path:
        return self.project / "content" / "articles"


def build(where: Path, site_url: str) -> HostileSite:
    """Convert the hostile inputs, add the hand-edited articles, build with ``--strict`` for ``site_url``."""
    project = make_project(where)
    topics = project / "site_config" / "topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8") + EXTRA_TOPICS.read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copytree(INBOX, project / "inbox")
    converted = run(project, "convert", "--jobs", "1", "inbox")
    assert converted.status == 0, converted.out
    for article in sorted(ARTICLES.glob("*.md")):
        shutil.copy2(article, project / "content" / "articles" / article.name)
    built = mkdocs(project, "build", "--strict", site_url=site_url)
    assert built.returncode == 0, built.stderr
    return HostileSite(project, project / "site", converted)
