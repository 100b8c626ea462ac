"""``site_config/site.yml``: what the built site shows, beyond the articles.

The file is optional (every key has a default); a key it does not know is an
error naming the file and the key, like the rest of ``site_config/``.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> load_settings(folder)
SiteSettings(images=True)
>>> _ = (folder / SETTINGS_FILE).write_text("images: false\\n", encoding="utf-8")
>>> load_settings(folder)
SiteSettings(images=False)
>>> _ = (folder / SETTINGS_FILE).write_text("image: no\\n", encoding="utf-8")
>>> load_settings(folder)
Traceback (most recent call last):
...
digest.problems.ProblemsError: ...site.yml: image: unknown key (did you mean 'images'?)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from digest.config.read import read_yaml
from digest.problems import Problem, ProblemsError

SETTINGS_FILE = "site.yml"


@dataclass(frozen=True, slots=True)
class SiteSettings:
    """The site's settings, with their defaults."""

    images: bool = True
    """Show the lead images articles declare, from the site's own copies (``digest images`` fetches them)."""


def load_settings(folder: Path | str = "site_config") -> SiteSettings:
    """Read ``folder/site.yml`` (defaults when it is missing); raise `ProblemsError` listing every problem."""
    folder = Path(folder)
    if not (folder / SETTINGS_FILE).exists():
        return SiteSettings()
    problems: list[Problem] = []
    r, data = read_yaml(folder, SETTINGS_FILE, problems)
    r.unknown_keys(data, {"images"}, "")
    images = r.get(data, "images", "", bool, True)
    if problems:
        raise ProblemsError(problems)
    return SiteSettings(images=bool(images))
